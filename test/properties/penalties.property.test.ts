// Invariants of the late-payment statement (issue 4).
import fc from 'fast-check';
import {
  addDays,
  computeClaimStatement,
  computeLatePenalties,
  type LatePenaltiesRequestInput,
} from 'impayes-core';
import { describe, expect, it } from 'vitest';

const LAST = '2026-06-30'; // last day every built-in series is known
const dayIndex = fc.integer({ min: 0, max: 4000 }); // days after 2015-01-01
const day = (n: number) => addDays('2015-01-01', n);
const cents = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));
const debtor = fc.constantFrom(
  'professional',
  'public',
  'consumer',
  'non_professional',
) as fc.Arbitrary<'professional' | 'public' | 'consumer' | 'non_professional'>;
const clause = fc.oneof(
  fc.constant({ type: 'statutory' as const }),
  cents(0, 3000).map((r) => ({ type: 'fixed' as const, ratePercent: r })),
  cents(0, 1500).map((p) => ({ type: 'ecb-plus' as const, points: p })),
);
const num = (s: string) => Math.round(Number(s) * 100);

/** A debt due between 2015 and 2025, with a formal notice for civil debtors. */
const debt = fc
  .record({
    debtor,
    clause,
    amount: cents(1, 100_000_000),
    due: dayIndex,
    notice: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ debtor, clause, amount, due, notice }) => {
    const dueDate = day(due);
    return {
      debtor,
      clause,
      amount,
      dueDate,
      ...(debtor === 'consumer' || debtor === 'non_professional'
        ? { formalNoticeDate: addDays(dueDate, notice) }
        : {}),
    };
  });

describe('computeLatePenalties properties', () => {
  it('is zero when paid in full on or before the due date (property)', () => {
    fc.assert(
      fc.property(
        debt,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 400 }),
        (d, early, later) => {
          const paid = addDays(d.dueDate, -early);
          const asOf = addDays(d.dueDate, later);
          const s = computeLatePenalties({
            ...d,
            payments: [{ date: paid, amount: d.amount }],
            asOf: asOf > LAST ? LAST : asOf,
          });
          expect(s.interest).toBe('0.00');
          expect(s.indemnity).toBe('0.00');
          expect(s.total).toBe('0.00');
        },
      ),
    );
  });

  it('never decreases as asOf moves later while unpaid (property)', () => {
    fc.assert(
      fc.property(
        debt,
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (d, a, b) => {
          const first = addDays(d.dueDate, Math.min(a, b));
          const second = addDays(d.dueDate, Math.max(a, b));
          fc.pre(second <= LAST);
          const s1 = computeLatePenalties({ ...d, asOf: first });
          const s2 = computeLatePenalties({ ...d, asOf: second });
          expect(num(s2.interest)).toBeGreaterThanOrEqual(num(s1.interest));
          expect(num(s2.total)).toBeGreaterThanOrEqual(num(s1.total));
        },
      ),
    );
  });

  it('a part payment never increases the total, whatever the allocation (property)', () => {
    fc.assert(
      fc.property(
        debt,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('principal-first', 'interest-first') as fc.Arbitrary<
          'principal-first' | 'interest-first'
        >,
        (d, after, share, until, allocation) => {
          const payDay = addDays(d.dueDate, after);
          const asOf = addDays(payDay, until);
          fc.pre(asOf <= LAST);
          const part = ((num(d.amount) * share) / 100 / 100).toFixed(2);
          fc.pre(num(part) > 0 && num(part) < num(d.amount));
          const without = computeLatePenalties({ ...d, asOf }, { allocation });
          const withPart = computeLatePenalties(
            { ...d, asOf, payments: [{ date: payDay, amount: part }] },
            { allocation },
          );
          // Exact interest never grows with a payment; per-segment rounding to the cent
          // (docs/law.md §3.1) may move each side by half a cent per segment.
          const slack = Math.floor((withPart.segments.length + without.segments.length) / 2);
          expect(num(withPart.total)).toBeLessThanOrEqual(num(without.total) + slack);
        },
      ),
    );
  });

  it('interest-first never gives less interest than principal-first (property)', () => {
    fc.assert(
      fc.property(
        debt,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 300 }),
        (d, after, share, until) => {
          const payDay = addDays(d.dueDate, after);
          const asOf = addDays(payDay, until);
          fc.pre(asOf <= LAST);
          const part = ((num(d.amount) * share) / 100 / 100).toFixed(2);
          fc.pre(num(part) > 0);
          const input: LatePenaltiesRequestInput = {
            ...d,
            asOf,
            payments: [{ date: payDay, amount: part }],
          };
          const pf = computeLatePenalties(input, { allocation: 'principal-first' });
          const inf = computeLatePenalties(input, { allocation: 'interest-first' });
          // Exact interest is never lower interest-first; each segment is then rounded to the
          // cent (docs/law.md §3.1), which may move each side by half a cent per segment.
          const slack = Math.floor((inf.segments.length + pf.segments.length) / 2);
          expect(num(inf.interest) + slack).toBeGreaterThanOrEqual(num(pf.interest));
        },
      ),
    );
  });

  it('splitting a debt into two invoices gives the same interest (± 1 cent per segment) and one more 40 € (property)', () => {
    fc.assert(
      fc.property(
        debt,
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 600 }),
        (d, share, late) => {
          const asOf = addDays(d.dueDate, late);
          fc.pre(asOf <= LAST);
          const a = ((num(d.amount) * share) / 100 / 100).toFixed(2);
          const b = ((num(d.amount) - num(a)) / 100).toFixed(2);
          fc.pre(num(a) > 0 && num(b) > 0);
          const whole = computeLatePenalties({ ...d, asOf });
          const { amount: _, debtor: kind, ...rest } = d;
          const claim = computeClaimStatement(
            [
              { reference: 'A', amount: a, dueDate: d.dueDate },
              { reference: 'B', amount: b, dueDate: d.dueDate },
            ],
            {
              asOf,
              debtor: kind,
              ...(rest.formalNoticeDate ? { formalNoticeDate: rest.formalNoticeDate } : {}),
              clause: d.clause,
            },
          );
          const gap = Math.abs(num(claim.totals.interest) - num(whole.interest));
          expect(gap).toBeLessThanOrEqual(whole.segments.length);
          const extra = whole.indemnity === '40.00' ? 4000 : 0;
          expect(num(claim.totals.indemnities) - num(whole.indemnity)).toBe(extra);
        },
      ),
    );
  });
});
