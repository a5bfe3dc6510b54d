import { describe, expect, it } from 'vitest';
import { createRateTable } from '../rates/internal.js';
import { advancePaymentInterest } from './index.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('advancePaymentInterest', () => {
  it('runs from the day after paidOn + 3 months to delivery, at the consumer-creditor legal rate (C. conso L214-2)', () => {
    const r = advancePaymentInterest({
      amount: '3000',
      paidOn: '2025-01-15',
      deliveredOn: '2025-06-30',
      asOf: '2025-07-01',
    });
    // 3000 × 7.21 % × 76 / 365 = 45.0378 → 45.04
    expect(r).toEqual({
      amount: '3000.00',
      paidOn: '2025-01-15',
      threeMonthsEnd: '2025-04-15',
      firstInterestDay: '2025-04-16',
      lastInterestDay: '2025-06-30',
      endedBy: 'delivered',
      days: 76,
      segments: [
        {
          from: '2025-04-16',
          to: '2025-06-30',
          days: 76,
          halfYear: '2025-H1',
          ratePercent: '7.21',
          interest: '45.04',
        },
      ],
      interest: '45.04',
      rateCategory: 'consumer-creditor',
      dayCount: 'ACT/365',
      article: 'C. conso L214-2; CMF L313-2',
      warnings: [],
    });
  });

  it('splits per half-year and rounds each segment', () => {
    const r = advancePaymentInterest({
      amount: '3000',
      paidOn: '2025-03-10',
      deliveredOn: '2025-09-30',
      asOf: '2025-12-31',
    });
    // 20 days at 7.21 % = 11.852 → 11.85; 92 days at 6.65 % = 50.2849 → 50.28
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.ratePercent, s.interest])).toEqual([
      ['2025-06-11', '2025-06-30', 20, '7.21', '11.85'],
      ['2025-07-01', '2025-09-30', 92, '6.65', '50.28'],
    ]);
    expect(r.interest).toBe('62.13');
    expect(r.days).toBe(112);
  });

  it('counts to asOf while not delivered, or when delivery is after asOf', () => {
    const r = advancePaymentInterest({ amount: '1000', paidOn: '2025-11-30', asOf: '2026-03-31' });
    // 2025-11-30 + 3 months = 2026-02-28 (CPC 641): 31 days in March at 6.67 % = 5.6649 → 5.66
    expect(r).toMatchObject({
      threeMonthsEnd: '2026-02-28',
      firstInterestDay: '2026-03-01',
      endedBy: 'asOf',
      days: 31,
      interest: '5.66',
    });
    const later = advancePaymentInterest({
      amount: '1000',
      paidOn: '2025-11-30',
      deliveredOn: '2026-05-01',
      asOf: '2026-03-31',
    });
    expect(later).toMatchObject({ endedBy: 'asOf', lastInterestDay: '2026-03-31', days: 31 });
  });

  it('owes nothing within the three months, with a warning', () => {
    const r = advancePaymentInterest({
      amount: '1000',
      paidOn: '2025-01-15',
      deliveredOn: '2025-04-15',
      asOf: '2025-05-01',
    });
    expect(r).toMatchObject({ days: 0, interest: '0.00', segments: [] });
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'INTEREST_NOT_STARTED', article: 'C. conso L214-2' }),
    ]);
  });

  it('throws RATE_UNKNOWN beyond the known rates, and uses supplied rates', () => {
    const req = { amount: '1000', paidOn: '2026-03-01', asOf: '2026-07-31' };
    expect(caught(() => advancePaymentInterest(req))).toMatchObject({
      code: 'RATE_UNKNOWN',
      details: { halfYear: '2026-H2' },
    });
    const overrides = {
      legalConsumerCreditor: { rows: [{ from: '2026-07-01', ratePercent: '6.00' }] },
    };
    const raw = advancePaymentInterest({ ...req, rates: overrides });
    const built = advancePaymentInterest({ ...req, rates: createRateTable(overrides) });
    // 2026-06-02..06-30: 29 days at 6.67 % = 5.30; 31 days at 6.00 % = 5.10
    expect(raw.segments.map((s) => s.interest)).toEqual(['5.30', '5.10']);
    expect(built).toEqual(raw);
  });

  it('refuses bad input with INVALID_INPUT and paths', () => {
    expect(
      caught(() =>
        advancePaymentInterest({ amount: 'x', paidOn: '2025-13-01', asOf: '2025-01-01' }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['amount'] }, { path: ['paidOn'] }],
    });
    expect(
      caught(() =>
        advancePaymentInterest({
          amount: '1',
          paidOn: '2025-03-01',
          deliveredOn: '2025-02-01',
          asOf: '2025-04-01',
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['deliveredOn'] });
    expect(
      caught(() =>
        advancePaymentInterest({ amount: '1', paidOn: '2025-03-01', asOf: '2025-02-01' }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['asOf'] });
    expect(
      caught(() =>
        advancePaymentInterest({
          amount: '1',
          paidOn: '2025-03-01',
          asOf: '2025-04-01',
          rates: { legalConsumerCreditor: { rows: [{ from: 'x', ratePercent: '1' }] } },
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['rates', 'legalConsumerCreditor', 'rows', 0, 'from'] }],
    });
  });
});

describe('issue 12 item 5: no two-digit-year shift in the three-month start', () => {
  it('rejects a payment before 1900 as OUT_OF_RANGE instead of silently 0 interest', () => {
    expect(() =>
      advancePaymentInterest({ amount: '1000', paidOn: '0050-01-10', asOf: '0051-01-10' }),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['paidOn'] }));
  });

  it('computes the three months past 2199 exactly', () => {
    const r = advancePaymentInterest({ amount: '1000', paidOn: '2199-11-30', asOf: '2199-12-31' });
    expect(r.threeMonthsEnd).toBe('2200-02-28');
    expect(r.firstInterestDay).toBe('2200-03-01');
    expect(r.interest).toBe('0.00');
  });

  it("issue 18 vocabulary: onUnknownRate, default 'throw', 'warn' stops at the last known day", () => {
    const request = { amount: '3000', paidOn: '2026-03-10', asOf: '2027-03-31' } as const;
    expect(caught(() => advancePaymentInterest(request))).toMatchObject({ code: 'RATE_UNKNOWN' });
    expect(
      caught(() => advancePaymentInterest({ ...request, onUnknownRate: 'throw' })),
    ).toMatchObject({
      code: 'RATE_UNKNOWN',
    });
    const partial = advancePaymentInterest({ ...request, onUnknownRate: 'warn' });
    expect(partial.segments.map((s) => [s.from, s.to])).toEqual([['2026-06-11', '2026-06-30']]);
    expect(partial.days).toBe(20);
    expect(partial.lastInterestDay).toBe('2027-03-31');
    expect(partial.warnings).toEqual([
      expect.objectContaining({ code: 'RATE_UNKNOWN', article: 'CMF L313-2' }),
    ]);
    expect(partial.warnings[0]?.message).toContain("calculés jusqu'au 30 juin 2026 seulement");
    // Known rates: 'warn' changes nothing.
    const known = {
      amount: '3000',
      paidOn: '2025-03-10',
      deliveredOn: '2025-09-30',
      asOf: '2025-12-31',
    };
    expect(advancePaymentInterest({ ...known, onUnknownRate: 'warn' })).toEqual(
      advancePaymentInterest(known),
    );
    expect(
      caught(() => advancePaymentInterest({ ...request, onUnknownRate: 'skip' as never })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
