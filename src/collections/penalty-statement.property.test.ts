import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysValid, type PlainDate } from '../dates/internal.js';
import { dec } from '../internal/decimal.js';
import type { DebtorKind } from '../parties/internal.js';
import { computeLatePenalties } from '../penalties/internal.js';
import { type Move, type PenaltyFacts, penaltyRequestOf, statementOf } from './amounts.js';
import { account, invoice, paid } from './collections.fixtures.js';
import { customerStatement } from './statement.js';

const day = fc
  .date({
    min: new Date('2012-01-01T00:00:00Z'),
    max: new Date('2031-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as PlainDate);
const kind = fc.constantFrom<DebtorKind>('professional', 'consumer', 'public', 'non_professional');
const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2));
const clause = fc.constantFrom<unknown>(
  undefined,
  { type: 'statutory' },
  { type: 'fixed', ratePercent: '12.5' },
  { type: 'fixed', ratePercent: 0 },
  { type: 'ecb-plus', points: 7 },
  { type: 'legal-rate-multiple', multiple: '3' },
);
const maybeDay = (from: PlainDate) =>
  fc.option(
    fc.nat(400).map((n) => addDaysValid(from, n)),
    { nil: null },
  );

/** Facts as collections reads them from a valid invoice and log (cents, dates up to asOf). */
const facts = fc
  .record({
    debtor: kind,
    invoiced: cents(2_000_000),
    dueDate: day,
    after: fc.nat(900),
    moves: fc.array(fc.tuple(fc.nat(900), cents(1_500_000)), { maxLength: 4 }),
    clause,
    notice: fc.nat(60),
    judgment: fc.boolean(),
    insolvency: fc.boolean(),
  })
  .chain((r) => {
    const asOf = addDaysValid(r.dueDate, r.after);
    return fc.record({ r: fc.constant(r), asOf: fc.constant(asOf), extra: maybeDay(r.dueDate) });
  })
  .map(({ r, asOf, extra }) => {
    const moves: Move[] = r.moves
      .map(([d, amount]) => ({
        date: addDaysValid(r.dueDate, d % (r.after + 1)),
        amount: dec(amount),
        kind: 'payment' as const,
        source: 'payment' as const,
        reference: null,
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const on = extra !== null && extra <= asOf ? extra : null;
    const f: PenaltyFacts = {
      ref: { debtorKind: r.debtor, invoiced: r.invoiced, dueDate: r.dueDate } as never,
      clause: r.clause,
      moves,
      formalNoticeDate: r.notice < 40 ? addDaysValid(r.dueDate, r.notice % (r.after + 1)) : null,
      judgmentServedOn: r.judgment ? on : null,
      insolvencyOpenedOn: r.insolvency && !r.judgment ? on : null,
      disputeSettled: false,
      closedOtherwise: false,
    };
    return { f, asOf };
  });

const outcome = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    const e = error as { code?: string; message: string; path?: unknown };
    return `throws ${e.code} ${JSON.stringify(e.path)} ${e.message}`;
  }
};

describe('statementOf (the penalty statement of collections, without revalidation)', () => {
  it('gives the JSON of the public computeLatePenalties, results and errors alike', () => {
    let threw = 0;
    let warned = 0;
    fc.assert(
      fc.property(facts, ({ f, asOf }) => {
        const request = penaltyRequestOf(f, f.moves, asOf);
        const internal = outcome(() => statementOf(request, undefined));
        const reference = outcome(() => computeLatePenalties(request, { onUnknownRate: 'warn' }));
        expect(internal).toBe(reference);
        if (internal.startsWith('throws')) threw++;
        else if (internal.includes('RATE_UNKNOWN')) warned++;
      }),
      { numRuns: 400 },
    );
    // Both outcomes were compared: overpayments throw, and rates past the table warn.
    expect(threw).toBeGreaterThan(0);
    expect(warned).toBeGreaterThan(0);
  });

  it('leaves the error of a bad rates option as the public call gives it', () => {
    const a = account([
      {
        invoice: invoice('F-1', '2025-01-02', '2025-02-01'),
        events: [paid('2025-03-01', '1200.00')],
      },
    ]);
    for (const rates of [5, 'x', null, []])
      expect(
        outcome(() => customerStatement(a, { asOf: '2025-06-01', rates: rates as never })),
      ).toMatch(/^throws INVALID_INPUT \["rates"\] Invalid options\. rates: is invalid/);
  });
});
