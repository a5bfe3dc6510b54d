import { describe, expect, it } from 'vitest';
import type { DunningEventInput } from '../dunning/internal.js';
import { outstandingAmount } from '../invoice/internal.js';
import { agingReport } from './aging-report.js';
import { ledgerItemFromInvoice } from './ledger-item-from-invoice.js';

const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-01-10',
  buyer: { kind: 'professional' as const, name: 'Client SA' },
  lines: [{ description: 'Audit', quantity: 2, unitPriceExclVat: '450', vatRatePercent: 20 }],
  payments: [{ date: '2026-02-01', amount: '80.00' }],
  creditNotes: [{ date: '2026-01-20', amount: '20.00' }],
};

describe('ledgerItemFromInvoice', () => {
  it('maps totals incl. VAT, the statutory due date and the payments (C. com. L441-10 I)', () => {
    expect(ledgerItemFromInvoice(invoice)).toEqual({
      id: 'F-2026-001',
      debtorId: 'Client SA',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amount: '1080.00',
      payments: [{ date: '2026-02-01', amount: '80.00' }],
      creditNotes: [{ date: '2026-01-20', amount: '20.00' }],
    });
  });

  it('issue 15 item event-store glue: reads the payments and credit notes of the dunning log', () => {
    const log: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-02-10', stepId: 'friendly-email', channel: 'email' },
      { type: 'payment_received', date: '2026-02-15', amount: 300, reference: 'VIR-1' },
      { type: 'credit_note_issued', date: '2026-02-16', amount: '50.5' },
    ];
    const item = ledgerItemFromInvoice(invoice, { events: log });
    expect(item.payments).toEqual([
      { date: '2026-02-01', amount: '80.00' },
      { date: '2026-02-15', amount: '300.00' },
    ]);
    expect(item.creditNotes).toEqual([
      { date: '2026-01-20', amount: '20.00' },
      { date: '2026-02-16', amount: '50.50' },
    ]);
    // The aging report then sees what the log says was paid.
    const r = agingReport([item], { asOf: '2026-03-01' });
    expect(r.total.outstanding).toBe('629.50');
  });

  it('issue 15 item event-store glue: a malformed payment event is an INVALID_INPUT with its path', () => {
    expect(() =>
      ledgerItemFromInvoice(invoice, {
        events: [{ type: 'payment_received', date: '2026-02-15' } as never],
      }),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'events', 0, 'amount'] }),
    );
  });

  it('takes the debtor id, dispute and events from the options', () => {
    const events = [
      { type: 'promise_to_pay', date: '2026-02-10', promisedDate: '2026-02-20' },
    ] as const;
    expect(
      ledgerItemFromInvoice(invoice, { debtorId: 'C-1', disputed: true, events }),
    ).toMatchObject({
      debtorId: 'C-1',
      disputed: true,
      events,
    });
  });

  it('accepts invoices in a ledger, with the same outstanding as outstandingAmount', () => {
    const r = agingReport([invoice], { asOf: '2026-03-31' });
    expect(r.total.outstanding).toBe(outstandingAmount(invoice, '2026-03-31').outstanding);
    expect(r.total.buckets[2]).toEqual({ id: '31-60', outstanding: '980.00', count: 1 });
  });

  it("prefixes an invoice's errors with its ledger index", () => {
    try {
      agingReport([invoice, { ...invoice, currency: 'USD' }] as never, { asOf: '2026-03-31' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['invoices', 1, 'currency'] });
    }
  });
});
