import { describe, expectTypeOf, it } from 'vitest';
import {
  type DunningEventInput,
  type EinvoiceStatusCode,
  type EinvoiceStatusEffect,
  type EinvoiceStopReason,
  einvoiceStatusEffect,
  einvoiceStatusInfo,
  type InvoiceLike,
  nextDunningStep,
} from '../index.js';

describe('e-invoicing types (issue 16)', () => {
  it('narrows an effect on its kind', () => {
    const e = {} as EinvoiceStatusEffect;
    if (e.kind === 'stop') {
      expectTypeOf(e.reason).toEqualTypeOf<EinvoiceStopReason>();
      expectTypeOf(e.validInvoice).toEqualTypeOf<boolean>();
    }
    if (e.kind === 'payment_in_transit') expectTypeOf(e).toHaveProperty('resumeOn');
    expectTypeOf(e.code).toEqualTypeOf<EinvoiceStatusCode>();
  });

  it('accepts known codes as numbers or strings, and rejects others at compile time', () => {
    einvoiceStatusEffect({ type: 'einvoice_status', date: '2026-10-05', code: 207 });
    einvoiceStatusEffect({ type: 'einvoice_status', date: '2026-10-05', code: '207' });
    einvoiceStatusInfo('228');
    // @ts-expect-error — 215 is not in the code list
    einvoiceStatusInfo(215);
  });

  it('is a dunning event, as const logs included', () => {
    const log = [
      { type: 'einvoice_status', date: '2026-10-05', code: 211, amounts: { paid: '10.00' } },
    ] as const satisfies ReadonlyArray<DunningEventInput>;
    expectTypeOf(nextDunningStep).toBeCallableWith({} as InvoiceLike, log, { today: '2026-10-06' });
  });
});
