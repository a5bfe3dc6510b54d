import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, plainDate } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { type Entry, ledgerContext, readLedger } from './ledger.js';
import { type FoldItem, foldItemRecord, foldLedger } from './ledger-fold.js';
import { invoiceMapper } from './ledger-item-from-invoice.js';
import { ASOF } from './portfolio.fixtures.js';

type Outcome = { visits: unknown[]; summary?: unknown; later?: unknown; error?: unknown };

function outcome(run: (visits: unknown[]) => { summary: unknown; later: unknown }): Outcome {
  const visits: unknown[] = [];
  try {
    return { visits, ...run(visits) };
  } catch (error) {
    if (!isImpayesError(error)) throw error;
    return { visits, error: { code: error.code, issues: error.issues, message: error.message } };
  }
}

/** What the reference read visits, with the later movements summed as the aged balance does. */
function reference(invoices: unknown): Outcome {
  return outcome((visits) => {
    const ctx = ledgerContext(plainDate(ASOF), false, invoiceMapper);
    let later: { count: number; firstDay: number; firstDate: string } | null = null;
    const summary = readLedger(ctx, invoices, (e: Entry) => {
      if (e.later !== null) {
        if (later === null) later = { ...e.later };
        else {
          later.count += e.later.count;
          if (e.later.firstDay < later.firstDay) {
            later.firstDay = e.later.firstDay;
            later.firstDate = e.later.firstDate;
          }
        }
      }
      visits.push([e.debtorId, e.dueDay, e.outstandingCents, e.creditCents, e.disputed]);
    });
    return { summary, later };
  });
}

function folded(invoices: unknown): Outcome {
  return outcome((visits) => {
    const ctx = ledgerContext(plainDate(ASOF), false, invoiceMapper);
    const s = foldItemRecord();
    const summary = foldLedger(ctx, invoices, s, (e: FoldItem) => {
      visits.push([e.debtorId, e.dueDay, e.outstandingCents, e.creditCents, e.disputed]);
    });
    return { summary, later: s.later };
  });
}

/** Few distinct dates, so that most items after the first are read by the fast path. */
const day = fc.constantFrom(-40, -10, 0, 5).map((d) => addDays(ASOF, d));
const movement = fc.record({
  date: day,
  amount: fc.oneof(
    fc.integer({ min: 1, max: 900_000 }).map((c) => (c / 100).toFixed(2)),
    fc.integer({ min: 1, max: 900_000 }).map((c) => c / 100),
  ),
});
const ledgerItem = fc
  .record({
    id: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('F1', 'F2', '3')),
    debtorId: fc.constantFrom('A', 'B'),
    dates: fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    amount: fc.integer({ min: 0, max: 1_000_000 }).map((c) => (c / 100).toFixed(2)),
    payments: fc.array(movement, { maxLength: 2 }),
    creditNotes: fc.array(movement, { maxLength: 2 }),
    disputed: fc.boolean(),
  })
  .map(({ dates, ...rest }) => ({ ...rest, issueDate: dates[0], dueDate: dates[1] }));

/** Values a field may take instead of a good one: each is bad for some field. */
const ODD: unknown[] = [
  undefined,
  null,
  '',
  0,
  -1,
  1.005,
  Number.NaN,
  'x',
  '2026-02-30',
  '2026-13-01',
  '12.5',
  '-3.00',
  true,
  'A',
  {},
  [],
  [{}],
  [null],
  [{ date: '2026-01-01', amount: 0 }],
  [{ date: '2026-01-01', amount: '1.00' }],
  [{ type: 'promise_to_pay', date: '2026-01-01', promisedDate: '2026-02-01' }],
];
const odd = fc.constantFrom(...ODD);
const FIELDS = [
  'id',
  'number',
  'debtorId',
  'issueDate',
  'dueDate',
  'amount',
  'payments',
  'creditNotes',
  'disputed',
  'events',
];
const fields = fc.constantFrom(...FIELDS);

/** A valid ledger item, or one with a field replaced by an odd value, or not an object at all. */
const anyItem: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: ledgerItem },
  {
    weight: 3,
    arbitrary: fc
      .tuple(ledgerItem, fields, odd)
      .map(([item, key, value]) => ({ ...item, [key]: value })),
  },
  {
    weight: 1,
    arbitrary: ledgerItem.map(({ amount, ...rest }) => ({ ...rest, amount: Number(amount) })),
  },
  { weight: 1, arbitrary: odd },
);

describe('foldLedger (fast read of the aged balance)', () => {
  it('visits, counts, and throws exactly as readLedger, on arrays and on streams (property)', () => {
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 12 }), fc.boolean(), (items, stream) => {
        const source = () =>
          stream
            ? (function* () {
                yield* items;
              })()
            : items;
        expect(folded(source())).toEqual(reference(source()));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a duplicate id in an array like readLedger, whichever path read the item', () => {
    const a = { id: 7, debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 1 };
    const b = { ...a, id: '7', amount: '2.00' };
    const out = folded([a, a, b]);
    expect(out.error).toBeDefined();
    expect(out).toEqual(reference([a, a, b]));
    // The first item fills the date cache, so the second is read by the fast path.
    expect(folded([a, b])).toEqual(reference([a, b]));
  });

  it('reads every odd field of an item whose dates are cached as readLedger does', () => {
    const good = {
      id: 1,
      debtorId: 'A',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amount: '10.00',
      payments: [{ date: '2026-01-01', amount: 1 }],
    };
    for (const key of FIELDS) {
      for (const value of ODD) {
        const items = [good, { ...good, id: 2, [key]: value }];
        expect(folded(items), `${key}: ${String(value)}`).toEqual(reference(items));
        expect(folded(items.values())).toEqual(reference(items.values()));
      }
    }
  });
});
