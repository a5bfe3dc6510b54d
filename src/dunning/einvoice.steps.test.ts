// Issue 13 item 4: the named steps of applyEinvoiceStatus, each on its own.
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import type { EinvoiceStatusEffect } from '../einvoicing/status-effect.js';
import { dec } from '../internal/decimal.js';
import type { Amount } from '../money/internal.js';
import { partialHold, strongerStop } from './einvoice.js';

const date = '2026-03-04' as PlainDate;
const amount = (a: string) => a as Amount;

describe('partialHold (206)', () => {
  it('holds the disputed amount, or what exceeds the approved part', () => {
    expect(partialHold(date, null, amount('200.00'), dec('1200')).held.toString()).toBe('200');
    expect(partialHold(date, amount('1000.00'), null, dec('1200')).held.toString()).toBe('200');
    expect(partialHold(date, amount('1000.00'), amount('150.00'), dec('1200'))).toMatchObject({
      date,
      approved: '1000.00',
      disputed: '150.00',
      endedOn: null,
    });
  });

  it('never holds more than the balance nor less than zero', () => {
    expect(partialHold(date, null, amount('500.00'), dec('300')).held.toString()).toBe('300');
    expect(partialHold(date, amount('1500.00'), null, dec('1200')).held.toString()).toBe('0');
  });
});

describe('strongerStop', () => {
  const stop = (
    validInvoice: boolean,
    code: number,
  ): Extract<EinvoiceStatusEffect, { kind: 'stop' }> =>
    ({
      kind: 'stop',
      reason: validInvoice ? 'einvoice_factored' : 'einvoice_refused',
      code,
      date,
      validInvoice,
      creditorTask: { requestedAction: null, task: 't' },
      explanation: 'e',
    }) as never;

  it('takes the first stop', () => {
    expect(strongerStop(null, stop(true, 224))).toMatchObject({ code: 224, validInvoice: true });
  });

  it('a stop saying there is no valid invoice outweighs one saying someone else collects', () => {
    const factored = strongerStop(null, stop(true, 224));
    expect(strongerStop(factored, stop(false, 210))).toMatchObject({ code: 210 });
    const refused = strongerStop(null, stop(false, 210));
    expect(strongerStop(refused, stop(true, 224))).toBe(refused);
    expect(strongerStop(refused, stop(false, 213))).toBe(refused);
    expect(strongerStop(factored, stop(true, 225))).toBe(factored);
  });
});
