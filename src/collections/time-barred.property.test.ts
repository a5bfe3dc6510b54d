import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysValid, type PlainDate } from '../dates/internal.js';
import { limitationDeadline } from '../limitation/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import { timeBarredOn } from './amounts.js';

const day = fc
  .date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2045-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as PlainDate);
const kind = fc.constantFrom<DebtorKind>('professional', 'consumer', 'public', 'non_professional');

/** The public, validating call collections made before (issue 17): its status is the reference. */
const publicExpired = (
  debtor: DebtorKind,
  dueDate: PlainDate,
  invoiceDate: PlainDate,
  asOf: PlainDate,
) =>
  limitationDeadline({ debtor, dueDate, invoiceDate, events: [] }, { asOf }).status === 'expired';

/** An invoice paid late: issued, due 0–120 days later, judged 0–8 years after the due date. */
const paidLate = fc
  .tuple(kind, day, fc.nat(120), fc.nat(8 * 366))
  .map(([debtor, issue, term, after]) => {
    const dueDate = addDaysValid(issue, term);
    return { debtor, issue, dueDate, asOf: addDaysValid(dueDate, after) };
  });

describe('timeBarredOn (the paid-late claim, without revalidation)', () => {
  it('says what the public limitationDeadline says, on random paid-late invoices', () => {
    const seen = new Set<boolean>();
    fc.assert(
      fc.property(paidLate, ({ debtor, issue, dueDate, asOf }) => {
        const barred = timeBarredOn(debtor, dueDate, issue, asOf);
        seen.add(barred);
        expect(barred).toBe(publicExpired(debtor, dueDate, issue, asOf));
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('agrees on the last day to act and the day after, for every debtor kind', () => {
    fc.assert(
      fc.property(kind, day, fc.nat(120), (debtor, issue, term) => {
        const dueDate = addDaysValid(issue, term);
        const deadline = limitationDeadline({ debtor, dueDate, invoiceDate: issue }).deadline!;
        expect(timeBarredOn(debtor, dueDate, issue, deadline)).toBe(false);
        expect(timeBarredOn(debtor, dueDate, issue, addDaysValid(deadline, 1))).toBe(true);
        expect(publicExpired(debtor, dueDate, issue, addDaysValid(deadline, 1))).toBe(true);
      }),
    );
  });
});
