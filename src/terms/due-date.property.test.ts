import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates/internal.js';
import { computeDueDate } from './index.js';

const date = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1950-01-01', n));
const days = fc.integer({ min: 0, max: 3650 });

describe('computeDueDate properties', () => {
  it('method A and method B never differ by more than a month (C. com. L441-10 I al. 2)', () => {
    fc.assert(
      fc.property(date, days, (issueDate, d) => {
        const a = computeDueDate({
          issueDate,
          terms: { type: 'end-of-month', days: d, method: 'days-then-eom' },
        }).dueDate;
        const b = computeDueDate({
          issueDate,
          terms: { type: 'end-of-month', days: d, method: 'eom-then-days' },
        }).dueDate;
        expect(Math.abs(daysBetween(a, b))).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('never gives a due date before the invoice date for non-negative terms', () => {
    const terms = fc.oneof(
      days.map((d) => ({ type: 'net' as const, days: d })),
      fc
        .tuple(days, fc.constantFrom('days-then-eom' as const, 'eom-then-days' as const))
        .map(([d, method]) => ({ type: 'end-of-month' as const, days: d, method })),
      fc.constant({ type: 'on-receipt' as const }),
      fc.constant({ type: 'statutory-default' as const }),
    );
    fc.assert(
      fc.property(date, terms, (issueDate, t) => {
        const { dueDate } = computeDueDate({ issueDate, terms: t });
        expect(dueDate >= issueDate).toBe(true);
      }),
    );
  });

  it('net terms are exactly that many calendar days', () => {
    fc.assert(
      fc.property(date, days, (issueDate, d) => {
        const { dueDate } = computeDueDate({ issueDate, terms: { type: 'net', days: d } });
        expect(daysBetween(issueDate, dueDate)).toBe(d);
      }),
    );
  });

  it('method A is always the last day of a month, on or after invoice date + days', () => {
    fc.assert(
      fc.property(date, days, (issueDate, d) => {
        const { dueDate } = computeDueDate({
          issueDate,
          terms: { type: 'end-of-month', days: d, method: 'days-then-eom' },
        });
        expect(addDays(dueDate, 1).slice(8)).toBe('01');
        expect(daysBetween(addDays(issueDate, d), dueDate)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(addDays(issueDate, d), dueDate)).toBeLessThanOrEqual(30);
      }),
    );
  });
});
