import { describe, expect, it } from 'vitest';
import { averageDaysLate } from './average-days-late.js';

const asOf = '2026-06-30';

describe('averageDaysLate', () => {
  it('is 0 without payments', () => {
    const r = averageDaysLate(
      [{ id: '1', debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 10 }],
      { asOf },
    );
    expect(r).toMatchObject({ averageDaysLate: 0, paymentCount: 0, paidAmount: '0.00' });
  });

  it('reads only the debtor asked for', () => {
    const r = averageDaysLate(
      [
        {
          id: '1',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 10,
          payments: [{ date: '2026-02-10', amount: 10 }],
        },
        {
          id: '2',
          debtorId: 'B',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 10,
          payments: [{ date: '2026-01-31', amount: 10 }],
        },
      ],
      { asOf, debtorId: 'A' },
    );
    expect(r).toMatchObject({ averageDaysLate: 10, paymentCount: 1 });
  });

  it('weighs only the part of a payment that pays the invoice (overpayment, credit note)', () => {
    // 100 − 40 credited = 60 payable: 50 paid 10 days late, then 30 of which 10 counts, 20 days late.
    // (50 × 10 + 10 × 20) / 60 = 11.67; the third payment pays nothing and is not counted.
    const r = averageDaysLate(
      [
        {
          id: '1',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 100,
          creditNotes: [{ date: '2026-01-15', amount: 40 }],
          payments: [
            { date: '2026-02-20', amount: 30 },
            { date: '2026-02-10', amount: 50 },
            { date: '2026-03-01', amount: 5 },
          ],
        },
      ],
      { asOf },
    );
    expect(r).toMatchObject({
      averageDaysLate: 11.67,
      paymentCount: 2,
      paidAmount: '60.00',
      maxDaysLate: 20,
    });
  });

  it('stays exact when cents × days leave the safe integer range', () => {
    const big = (id: string, amount: string, paid: string) => ({
      id,
      debtorId: 'A',
      issueDate: '2026-01-01',
      dueDate: '2026-01-01',
      amount,
      payments: [{ date: paid, amount }],
    });
    // 45 035 996 273 704.96 € (2^52 cents) one day late, then 90 071 992 547 409.91 € two days late.
    const r = averageDaysLate(
      [big('1', '45035996273704.96', '2026-01-02'), big('2', '1.00', '2026-01-01')],
      { asOf },
    );
    expect(r.averageDaysLate).toBe(1);
    const s = averageDaysLate([big('3', '90071992547409.91', '2026-01-03')], { asOf });
    expect(s.averageDaysLate).toBe(2);
  });

  it('throws INVALID_INPUT for an empty debtorId', () => {
    expect(() => averageDaysLate([], { asOf, debtorId: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'debtorId'] }),
    );
  });
});
