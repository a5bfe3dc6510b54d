// Issue 16 property: a tracking status (200 Déposée, 201, 202, 204) changes no dunning decision,
// whatever the log, wherever it is recorded and whichever day is asked (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/internal.js';
import { b2bInvoice, consumerInvoice, publicInvoice } from '../../src/dunning/dunning.fixtures.js';
import {
  type DunningEventInput,
  dunningState,
  dunningTimeline,
  nextDunningStep,
} from '../../src/dunning/internal.js';
import { isImpayesError } from '../../src/errors/internal.js';
import type { InvoiceLike } from '../../src/invoice/internal.js';

const KINDS = [
  'follow',
  'pay',
  'credit',
  'promise',
  'dispute',
  'resolve',
  'pause',
  'resume',
  'status',
] as const;
type Move = { gap: number; kind: (typeof KINDS)[number]; n: number };

// Statuses that do change dunning, so that logs hold disputes, holds, payments and stops.
const CODES = [203, 205, 206, 207, 208, 209, 210, 211, 212, 213, 225, 228] as const;

function candidate(m: Move, day: string): DunningEventInput | null {
  const amount = `${(m.n % 30_000) / 100 + 1}`;
  switch (m.kind) {
    case 'follow':
      return null;
    case 'pay':
      return { type: 'payment_received', date: day, amount };
    case 'credit':
      return { type: 'credit_note_issued', date: day, amount };
    case 'promise':
      return { type: 'promise_to_pay', date: day, promisedDate: addDays(day, m.n % 20) };
    case 'dispute':
      return { type: 'dispute_opened', date: day, reason: 'contested' };
    case 'resolve':
      return { type: 'dispute_resolved', date: day, outcome: 'rejected' };
    case 'pause':
      return { type: 'paused', date: day, reason: 'holidays', until: addDays(day, m.n % 15) };
    case 'resume':
      return { type: 'resumed', date: day };
    case 'status': {
      const code = CODES[m.n % CODES.length]!;
      return {
        type: 'einvoice_status',
        date: day,
        code,
        ...(m.n % 2 === 0 ? { reasonCodes: ['MONTANTTOTAL_ERR'] } : {}),
        ...(m.n % 3 === 0 ? { amounts: { approved: amount, paid: amount } } : {}),
      };
    }
  }
}

const scenario = fc.record({
  invoice: fc.constantFrom<unknown>(b2bInvoice, consumerInvoice, publicInvoice),
  start: fc.nat({ max: 40 }),
  moves: fc.array(
    fc.record({
      gap: fc.nat({ max: 9 }),
      kind: fc.oneof(
        ...KINDS.map((k) => ({ arbitrary: fc.constant(k), weight: k === 'follow' ? 8 : 2 })),
      ),
      n: fc.nat({ max: 100_000 }),
    }),
    { minLength: 5, maxLength: 25 },
  ),
  tracking: fc.constantFrom(200, 201, 202, 204),
  at: fc.nat(),
  later: fc.nat({ max: 120 }),
});

/** A valid log: the engine's own steps plus random events, keeping only the valid ones. */
function build(s: { invoice: unknown; start: number; moves: Move[] }) {
  const log: DunningEventInput[] = [];
  let day = addDays('2026-02-10', s.start);
  for (const m of s.moves) {
    day = addDays(day, m.gap);
    const c = candidate(m, day);
    if (c === null) {
      const d = nextDunningStep(s.invoice as InvoiceLike, log, { today: day });
      if (d.type === 'action') log.push(d.record);
      continue;
    }
    try {
      dunningState(s.invoice as InvoiceLike, [...log, c], { asOf: day });
      log.push(c);
    } catch (error) {
      if (!isImpayesError(error)) throw error;
    }
  }
  return { log, day };
}

describe('issue 16: tracking statuses (property)', () => {
  it('adding a 200/201/202/204 status to any valid log changes no decision', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { log, day } = build(s);
        // Insert at a position whose neighbours allow the date (non-money events are in date order).
        const at = s.at % (log.length + 1);
        const before = log
          .slice(0, at)
          .filter((e) => e.type !== 'payment_received' && e.type !== 'credit_note_issued');
        const date = before.length > 0 ? before[before.length - 1]!.date : '2026-02-01';
        const withStatus = [
          ...log.slice(0, at),
          { type: 'einvoice_status', date, code: s.tracking } as DunningEventInput,
          ...log.slice(at),
        ];
        for (const today of [day, addDays(day, s.later)]) {
          expect(nextDunningStep(s.invoice as InvoiceLike, withStatus, { today })).toStrictEqual(
            nextDunningStep(s.invoice as InvoiceLike, log, { today }),
          );
        }
        const t = (events: DunningEventInput[]) =>
          dunningTimeline(s.invoice as InvoiceLike, events, { today: day }).entries;
        expect(t(withStatus)).toStrictEqual(t(log));
      }),
      { numRuns: 60 },
    );
  });
});
