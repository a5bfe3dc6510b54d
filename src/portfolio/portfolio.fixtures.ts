// Test-only arbitraries (excluded from coverage): random ledgers around a fixed asOf.
import fc from 'fast-check';
import { addDays } from '../dates/internal.js';
import type { LedgerInvoice } from './ledger.js';

export const ASOF = '2026-03-31';

const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2));
const movement = fc.record({
  date: fc.integer({ min: -200, max: 40 }).map((d) => addDays(ASOF, d)),
  amount: cents(600_000),
});

/** A random ledger item for one of three debtors, issued up to 20 days after ASOF. */
export const ledgerItem: fc.Arbitrary<LedgerInvoice> = fc
  .record({
    id: fc.integer({ min: 0, max: 1e6 }),
    debtorId: fc.constantFrom('A', 'B', 'C'),
    issue: fc.integer({ min: -260, max: 20 }),
    term: fc.integer({ min: 0, max: 90 }),
    amount: fc.integer({ min: 0, max: 1_000_000 }).map((c) => (c / 100).toFixed(2)),
    payments: fc.array(movement, { maxLength: 3 }),
    creditNotes: fc.array(movement, { maxLength: 2 }),
    disputed: fc.boolean(),
  })
  .map(({ issue, term, ...rest }) => ({
    ...rest,
    issueDate: addDays(ASOF, issue),
    dueDate: addDays(ASOF, issue + term),
  }));

export const ledger = fc.uniqueArray(ledgerItem, { selector: (i) => i.id, maxLength: 40 });
