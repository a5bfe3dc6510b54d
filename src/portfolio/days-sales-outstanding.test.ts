import { describe, expect, it } from 'vitest';
import { daysSalesOutstanding } from './days-sales-outstanding.js';
import type { LedgerInvoice } from './ledger.js';

const asOf = '2026-03-31';
const ledger: ReadonlyArray<LedgerInvoice> = [
  { id: '1', debtorId: 'A', issueDate: '2026-03-10', dueDate: '2026-04-09', amount: 3000 },
  { id: '2', debtorId: 'A', issueDate: '2026-01-10', dueDate: '2026-02-09', amount: 2000 },
];

describe('daysSalesOutstanding', () => {
  it('uses the sales given for the simple method', () => {
    const r = daysSalesOutstanding(ledger, { asOf, periodDays: 90, sales: '10000' });
    expect(r).toMatchObject({ days: 45, receivables: '5000.00', sales: '10000.00' });
  });

  it('returns null with NO_SALES when receivables exist but no sales', () => {
    const r = daysSalesOutstanding(ledger, { asOf, periodDays: 10 });
    expect(r).toMatchObject({ days: null, complete: false, sales: '0.00' });
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_SALES']);
  });

  it('returns 0 for an empty ledger', () => {
    expect(daysSalesOutstanding([], { asOf, periodDays: 30 }).days).toBe(0);
    expect(daysSalesOutstanding([], { asOf, method: 'count-back' }).days).toBe(0);
  });

  it('counts a month without sales as whole days in count-back (January 2000 → 31 + 28 + ...)', () => {
    // March 3000 (31 d) < 5000; February no sales (28 d); January 2000 covers the 2000 left:
    // 31 + 28 + 31 × 2000 / 2000 = 90.
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back' });
    expect(r.days).toBe(90);
    expect(r.months.map((m) => [m.month, m.dsoDays])).toEqual([
      ['2026-03', 31],
      ['2026-02', 28],
      ['2026-01', 31],
    ]);
  });

  it('stops at periodDays and flags SALES_EXHAUSTED (lower bound)', () => {
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back', periodDays: 60 });
    expect(r).toMatchObject({ days: 59, complete: false, sales: '3000.00' });
    expect(r.warnings.map((w) => w.code)).toEqual(['SALES_EXHAUSTED']);
  });

  it('stops before the oldest month with sales', () => {
    const r = daysSalesOutstanding(ledger, {
      asOf,
      method: 'count-back',
      monthlySales: { '2026-03': 1000, '2026-02': '1000.00' },
    });
    expect(r).toMatchObject({ days: 59, complete: false, sales: '2000.00' });
  });

  it.each([
    [{ asOf }, ['options', 'periodDays']],
    [{ asOf, method: 'count-back', sales: 1 }, ['options', 'sales']],
    [{ asOf, periodDays: 30, monthlySales: { '2026-03': 1 } }, ['options', 'monthlySales']],
    [
      { asOf, method: 'count-back', monthlySales: { '2026-13': 1 } },
      ['options', 'monthlySales', '2026-13'],
    ],
    [{ asOf, periodDays: 0 }, ['options', 'periodDays']],
  ])('throws INVALID_INPUT for bad options %#', (options, path) => {
    try {
      daysSalesOutstanding(ledger, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect((error as { issues: { path: unknown }[] }).issues[0]?.path).toEqual(path);
    }
  });
});
