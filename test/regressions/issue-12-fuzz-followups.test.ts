// Regression tests for the last issue 12 fuzz findings (known failures cleared on 2026-12-06):
// each failed before its fix.
import { describe, expect, it } from 'vitest';
import {
  computeLatePenalties,
  exposureByDebtor,
  isImpayesError,
  limitationDeadline,
  nextDunningStep,
  parseInvoice,
  safeParseInvoice,
} from '../../src/index.js';
import { linesInvoice } from '../../src/invoice/invoice.fixtures.js';

describe('issue 12 item 14: results carry no -0 and no undefined-valued key', () => {
  it('echoes a -0 contractual rate as 0 in computeLatePenalties().input', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '1000.00',
      dueDate: '2025-06-15',
      asOf: '2025-07-15',
      clause: { type: 'fixed', ratePercent: -0 },
    });
    const clause = s.input.clause as { ratePercent: unknown };
    expect(Object.is(clause.ratePercent, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('leaves an optional event key given as undefined out of the limitation trail', () => {
    const r = limitationDeadline({
      debtor: 'professional',
      dueDate: '2015-03-10',
      events: [{ type: 'debtor_acknowledged', date: '2016-05-01', note: undefined }],
    });
    expect(Object.keys(r.trail[0]!.event)).toEqual(['type', 'date']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('returns the same invoice from safeParseInvoice as from parseInvoice (no undefined keys)', () => {
    const r = safeParseInvoice({ ...linesInvoice, deliveryDate: undefined });
    expect(r.success).toBe(true);
    if (r.success) expect(Object.hasOwn(r.data, 'deliveryDate')).toBe(false);
  });
});

describe('issue 12 item 14 (long fuzz run): parseInvoice gives back no -0', () => {
  it('reads a -0 VAT rate as 0', () => {
    const input = JSON.parse(JSON.stringify(linesInvoice));
    input.lines[0].vatRatePercent = -0;
    expect(Object.is(parseInvoice(input).lines?.[0]?.vatRatePercent, 0)).toBe(true);
  });
});

describe('issue 12 item 14 (long fuzz run): a "__proto__" record key is checked by its schema', () => {
  it('turns a throwing Proxy under creditLimits.__proto__ into INVALID_INPUT', () => {
    const creditLimits = {};
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('proxy that throws');
        },
        getPrototypeOf: () => {
          throw new Error('proxy that throws');
        },
      },
    );
    Object.defineProperty(creditLimits, '__proto__', { value: proxy, enumerable: true });
    let caught: unknown;
    try {
      exposureByDebtor([], { asOf: '2026-03-01', creditLimits });
    } catch (e) {
      caught = e;
    }
    expect(isImpayesError(caught)).toBe(true);
    expect((caught as { path: unknown }).path).toEqual(['options', 'creditLimits', '__proto__']);
  });
});

describe('issue 12 item 14 (long fuzz run): a throwing Proxy as dunning policy', () => {
  it('is an INVALID_INPUT at ["options", "policy"], not the Proxy error', () => {
    const policy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('proxy that throws');
        },
      },
    );
    let caught: unknown;
    try {
      nextDunningStep(linesInvoice, [], { today: '2025-06-01', policy: policy as never });
    } catch (e) {
      caught = e;
    }
    expect(isImpayesError(caught)).toBe(true);
    expect((caught as { code: unknown }).code).toBe('INVALID_INPUT');
  });
});

describe('issue 12 item 14 (long fuzz run on the testing entry): logs handed back are JSON data', () => {
  it('anAccount drops an undefined-valued key of an event and of an invoice', async () => {
    const { anAccount, anInvoice } = await import('../../src/testing/index.js');
    const event = {
      type: 'reminder_sent',
      date: '2026-02-05',
      stepId: 'friendly-email',
      channel: 'email',
    } as const;
    Object.defineProperty(event, '__proto__', { value: undefined, enumerable: true });
    const account = anAccount({
      invoices: [{ invoice: { ...anInvoice(), terms: undefined }, events: [event] }],
    });
    expect(JSON.parse(JSON.stringify(account))).toEqual(account);
    expect(Object.hasOwn(account.invoices[0]!.events[0]!, '__proto__')).toBe(false);
  });

  it('simulateDunning refuses Infinity in a scripted event instead of returning it', async () => {
    const { anInvoice, aPayment, simulateDunning } = await import('../../src/testing/index.js');
    const payment = { ...aPayment({ date: '2026-02-20' }), note2: Number.POSITIVE_INFINITY };
    let caught: unknown;
    try {
      simulateDunning([anInvoice()], {
        from: '2026-02-01',
        to: '2026-02-25',
        script: [{ invoiceNumber: 'F-2026-0001', event: payment as never }],
      });
    } catch (e) {
      caught = e;
    }
    expect(isImpayesError(caught)).toBe(true);
  });
});
