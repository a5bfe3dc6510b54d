// Invariant: more risk never lowers the recommended deposit (issue 7).
import fc from 'fast-check';
import { type RecommendDepositRequest, recommendDeposit } from 'impayes-core';
import { describe, expect, it } from 'vitest';

const GRADES = ['A', 'B', 'C', 'D'] as const;
const FLAGS = ['chronic_late_payer', 'over_credit_limit', 'has_overdue', 'has_disputes'];

/** A risk profile as plain numbers, so that "more risk" is a component-wise order. */
const risk = fc.record({
  newClient: fc.boolean(),
  urgent: fc.boolean(),
  totalCents: fc.integer({ min: 0, max: 5_000_000 }),
  withProfile: fc.boolean(),
  daysLate: fc.integer({ min: -30, max: 200 }),
  lateShare: fc.integer({ min: 0, max: 100 }),
  grade: fc.integer({ min: 0, max: 3 }),
  flags: fc.integer({ min: 0, max: FLAGS.length }),
});
type Risk = typeof risk extends fc.Arbitrary<infer T> ? T : never;

/** A risk at least as high as `r` on every component. */
const riskier = (r: Risk) =>
  fc.record({
    newClient: r.newClient ? fc.constant(true) : fc.boolean(),
    urgent: r.urgent ? fc.constant(true) : fc.boolean(),
    totalCents: fc.integer({ min: r.totalCents, max: 5_000_000 }),
    withProfile: r.withProfile ? fc.constant(true) : fc.boolean(),
    daysLate: fc.integer({ min: r.daysLate, max: 250 }),
    lateShare: fc.integer({ min: r.lateShare, max: 100 }),
    grade: fc.integer({ min: r.grade, max: 3 }),
    flags: fc.integer({ min: r.flags, max: FLAGS.length }),
  });

function request(r: Risk): RecommendDepositRequest {
  // No profile is the lowest risk: a profile only ever adds points.
  const profile = r.withProfile
    ? {
        averageDaysLate: r.daysLate,
        lateShare: (r.lateShare / 100).toString(),
        grade: GRADES[r.grade]!,
        flags: FLAGS.slice(0, r.flags),
      }
    : undefined;
  return {
    orderTotalInclVat: (r.totalCents / 100).toFixed(2),
    newClient: r.newClient,
    urgent: r.urgent,
    ...(profile ? { payerProfile: profile } : {}),
  };
}

const rule = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b]) => ({ minPercent: Math.min(a, b), maxPercent: Math.max(a, b) }));

describe('recommendDeposit is monotone in risk', () => {
  it('never recommends less for a riskier order', () => {
    fc.assert(
      fc.property(
        risk.chain((r) => fc.tuple(fc.constant(r), riskier(r))),
        rule,
        ([low, high], ru) => {
          const a = recommendDeposit(request(low), ru);
          const b = recommendDeposit(request(high), ru);
          expect(Number(a.percent)).toBeLessThanOrEqual(Number(b.percent));
          expect(Number(a.amount)).toBeLessThanOrEqual(Number(b.amount));
          // Within the rule, and the reasons add up to the percent.
          expect(Number(b.percent)).toBeGreaterThanOrEqual(ru.minPercent);
          expect(Number(b.percent)).toBeLessThanOrEqual(ru.maxPercent);
          const sum = b.reasons.reduce((n, x) => n + Number(x.points), 0);
          expect(sum).toBeCloseTo(Number(b.percent), 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});
