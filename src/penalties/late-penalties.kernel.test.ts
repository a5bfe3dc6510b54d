import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, toCents } from '../internal/decimal.js';
import { computeClaimStatement, computeLatePenalties } from './index.js';

// The statement's sums run on the integer kernel (issue 17): Decimal and number inputs keep
// working, and amounts near the input limit (past 2^53 cents) take the BigInt ring with the same
// cents as decimal.js.

const debt = {
  debtor: 'professional',
  dueDate: '2025-06-15',
  asOf: '2025-08-15',
} as const;

describe('statements on the integer kernel', () => {
  it('reads string, number and Decimal amounts alike', () => {
    const byText = computeLatePenalties({
      ...debt,
      amount: '10000.50',
      payments: [{ date: '2025-07-20', amount: '4000.25' }],
    });
    const byNumber = computeLatePenalties({
      ...debt,
      amount: 10000.5,
      payments: [{ date: '2025-07-20', amount: 4000.25 }],
    });
    const byDecimal = computeLatePenalties({
      ...debt,
      amount: new Decimal('10000.50'),
      payments: [{ date: '2025-07-20', amount: new Decimal('4000.25') }],
    });
    expect(byNumber).toEqual(byText);
    expect(byDecimal).toEqual(byText);
    expect(byText.input.amount).toBe('10000.50');
    // 10000.50 × 13.15 % × 15 / 365 = 54.04; × 12.15 % × 20 / 365 = 66.58; 6000.25 × 12.15 % × 26 / 365 = 51.93.
    expect(byText.interest).toBe('172.55');
  });

  it('gives decimal.js’s cents for an amount near the input limit (BigInt ring)', () => {
    const amount = '999999999999999.99';
    const r = computeLatePenalties({ ...debt, amount });
    // 2025-H1: 15 days at 13.15 %; 2025-H2: 46 days at 12.15 % (ACT/365).
    const line = (rate: string, days: number) =>
      new D(amount).times(rate).times(days).div(36_500).toDecimalPlaces(2, D.ROUND_HALF_UP);
    const h1 = line('13.15', 15);
    const h2 = line('12.15', 46);
    expect(r.segments.map((s) => s.amount)).toEqual([toCents(h1), toCents(h2)]);
    expect(r.interest).toBe(toCents(h1.plus(h2)));
    expect(r.amountDue).toBe(toCents(new D(amount).plus(h1).plus(h2).plus(40)));
  });

  it('adds claim totals past 2^53 cents exactly', () => {
    const item = { reference: 'A', amount: '999999999999999.99', dueDate: debt.dueDate };
    const claim = computeClaimStatement([item, { ...item, reference: 'B' }], {
      asOf: debt.asOf,
      debtor: 'professional',
    });
    expect(claim.totals.principal).toBe('1999999999999999.98');
    expect(claim.totals.indemnities).toBe('80.00');
  });
});
