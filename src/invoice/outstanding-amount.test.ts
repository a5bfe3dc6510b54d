import { describe, expect, it } from 'vitest';
import { outstandingAmount } from './index.js';
import { totalsInvoice } from './invoice.fixtures.js';

const paid = {
  ...totalsInvoice,
  payments: [
    { date: '2025-04-01', amount: '500.00' },
    { date: '2025-06-01', amount: '700.00' },
  ],
  creditNotes: [{ date: '2025-04-15', amount: '100.00' }],
};

describe('outstandingAmount', () => {
  it('deducts payments and credit notes dated on or before asOf (C. com. L441-10 II: TTC)', () => {
    expect(outstandingAmount(paid, '2025-04-15')).toEqual({
      asOf: '2025-04-15',
      inclVat: '1200.00',
      paid: '500.00',
      credited: '100.00',
      outstanding: '600.00',
      credit: '0.00',
      ignoredAfterAsOf: 1,
      warnings: [
        {
          code: 'EVENTS_AFTER_AS_OF',
          message:
            '1 payment(s) or credit note(s) dated after 2025-04-15 (the first on 2025-06-01) was not applied: the result is computed as of 2025-04-15.',
          article: 'n/a',
          details: { count: 1, firstDate: '2025-06-01' },
        },
      ],
    });
  });

  it('issue 12 item 8: leaves out what is dated after asOf, with EVENTS_AFTER_AS_OF', () => {
    expect(outstandingAmount(paid, '2025-04-14')).toMatchObject({
      paid: '500.00',
      credited: '0.00',
      outstanding: '700.00',
      ignoredAfterAsOf: 2,
      warnings: [expect.objectContaining({ details: { count: 2, firstDate: '2025-04-15' } })],
    });
  });

  it('counts a payment made on asOf itself', () => {
    expect(outstandingAmount(paid, '2025-06-01').paid).toBe('1200.00');
  });

  it('reports an overpayment as a credit, never a negative debt (C. civ. 1302-1)', () => {
    expect(outstandingAmount(paid, '2025-12-31')).toMatchObject({
      outstanding: '0.00',
      credit: '100.00',
    });
  });

  it('is the full amount when nothing was paid', () => {
    expect(outstandingAmount(totalsInvoice, '2025-12-31')).toMatchObject({
      outstanding: '1200.00',
      credit: '0.00',
      ignoredAfterAsOf: 0,
      warnings: [],
    });
  });

  it('throws INVALID_INPUT at path asOf for an impossible date', () => {
    expect(() => outstandingAmount(paid, '2025-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['asOf'] }),
    );
  });
});
