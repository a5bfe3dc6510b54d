import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import type { LedgerInvoice } from './ledger.js';
import { type PayerGrade, payerProfile } from './payer-profile.js';
import { ASOF, ledger } from './portfolio.fixtures.js';

const ORDER: Record<PayerGrade, number> = { A: 0, B: 1, C: 2, D: 3 };
const promise = fc.record({
  type: fc.constant('promise_to_pay'),
  date: fc.integer({ min: -120, max: -10 }).map((d) => addDays(ASOF, d)),
  promisedDate: fc.integer({ min: -9, max: 5 }).map((d) => addDays(ASOF, d)),
});

// One debtor's history (with promises to pay) and a new invoice paid late: due `due` days before
// asOf, paid `late` ≥ 1 days after its due date (on or before asOf), in full.
const history = fc.tuple(ledger, fc.array(promise, { maxLength: 3 })).map(([items, promises]) =>
  items.map((i, k) => ({
    ...i,
    debtorId: 'A',
    ...(k === 0 && promises.length > 0 ? { events: promises } : {}),
  })),
);
const latePaid = fc
  .record({
    due: fc.integer({ min: 1, max: 300 }),
    late: fc.integer({ min: 1, max: 300 }),
    cents: fc.integer({ min: 1, max: 1e7 }),
  })
  .filter(({ due, late }) => late <= due)
  .map(({ due, late, cents }): LedgerInvoice => {
    const dueDate = addDays(ASOF, -due);
    const amount = (cents / 100).toFixed(2);
    return {
      id: 'NEW',
      debtorId: 'A',
      issueDate: addDays(dueDate, -30),
      dueDate,
      amount,
      payments: [{ date: addDays(dueDate, late), amount }],
    };
  });

describe('payerProfile (properties)', () => {
  it('adding an invoice paid late never improves the grade (property)', () => {
    fc.assert(
      fc.property(history, latePaid, fc.constantFrom(undefined, 0, 5000), (items, extra, limit) => {
        const options = limit === undefined ? { asOf: ASOF } : { asOf: ASOF, creditLimit: limit };
        const before = payerProfile(items, options);
        const after = payerProfile([...items, extra], options);
        expect(ORDER[after.grade]).toBeGreaterThanOrEqual(ORDER[before.grade]);
        expect(after.lateInvoiceCount).toBe(before.lateInvoiceCount + 1);
      }),
    );
  });

  it('does not depend on invoice order (property)', () => {
    fc.assert(
      fc.property(
        history.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        ([items, shuffled]) => {
          const a = payerProfile(items, { asOf: ASOF });
          const b = payerProfile(shuffled, { asOf: ASOF });
          expect({ ...b, brokenPromises: [] }).toEqual({ ...a, brokenPromises: [] });
          expect(b.brokenPromises.length).toBe(a.brokenPromises.length);
        },
      ),
    );
  });
});
