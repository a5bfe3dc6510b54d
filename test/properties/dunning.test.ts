// Invariants of the dunning engine over random, valid event logs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, plainDate } from '../../src/dates/internal.js';
import { readInvoice } from '../../src/dunning/deps.js';
import { b2bInvoice, consumerInvoice, publicInvoice } from '../../src/dunning/dunning.fixtures.js';
import {
  type DunningEventInput,
  dunningState,
  dunningTransitions,
  nextDunningStep,
} from '../../src/dunning/internal.js';
import { foldDunning, parseEvents } from '../../src/dunning/state.js';
import { isImpayesError } from '../../src/errors/internal.js';
import type { InvoiceLike } from '../../src/invoice/internal.js';

const KINDS = [
  'follow',
  'pay',
  'credit',
  'promise',
  'dispute',
  'resolve',
  'plan',
  'pause',
  'resume',
  'mediation',
  'mediation_end',
  'ack',
  'legal',
  'served',
  'insolvency',
  'declared',
  'writeoff',
] as const;

// Terminal events (court, insolvency, write-off) are rare, so that logs get long.
const RARE = new Set(['legal', 'insolvency', 'writeoff', 'declared', 'served']);
const CLOSERS = new Set(['resolve', 'resume', 'mediation_end']);
const kind = fc.oneof(
  ...[...new Set(KINDS)].map((k) => ({
    arbitrary: fc.constant(k),
    weight: k === 'follow' ? 30 : RARE.has(k) ? 1 : CLOSERS.has(k) ? 6 : 2,
  })),
);

const move = fc.record({
  gap: fc.nat({ max: 9 }),
  kind,
  n: fc.nat({ max: 100_000 }),
});

const scenario = fc.record({
  invoice: fc.constantFrom<unknown>(b2bInvoice, consumerInvoice, publicInvoice),
  start: fc.nat({ max: 40 }),
  moves: fc.array(move, { minLength: 8, maxLength: 30, size: 'max' }),
});

type Move = { gap: number; kind: (typeof KINDS)[number]; n: number };

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
      return m.n % 3 === 0
        ? { type: 'dispute_resolved', date: day, outcome: 'rejected' }
        : m.n % 3 === 1
          ? { type: 'dispute_resolved', date: day, outcome: 'settled', amount: '10.00' }
          : { type: 'dispute_resolved', date: day, outcome: 'upheld', amount: '5.00' };
    case 'plan':
      return {
        type: 'payment_plan_agreed',
        date: day,
        installments: Array.from({ length: (m.n % 3) + 1 }, (_, k) => ({
          dueDate: addDays(day, 10 * (k + 1)),
          amount: '300.00',
        })),
      };
    case 'pause':
      return m.n % 2 === 0
        ? { type: 'paused', date: day, reason: 'holidays', until: addDays(day, m.n % 15) }
        : { type: 'paused', date: day, reason: 'client call' };
    case 'resume':
      return { type: 'resumed', date: day };
    case 'mediation':
      return { type: 'mediation_started', date: day };
    case 'mediation_end':
      return { type: 'mediation_ended', date: day };
    case 'ack':
      return { type: 'debtor_acknowledged', date: day };
    case 'legal':
      return {
        type: 'legal_action_filed',
        date: day,
        route: (
          ['injonction_de_payer', 'refere_provision', 'ordinary_action', 'small_claims'] as const
        )[m.n % 4]!,
      };
    case 'served':
      return { type: 'injonction_order_served', date: day };
    case 'insolvency':
      return {
        type: 'insolvency_opened',
        date: day,
        proceeding: 'redressement',
        publishedOn: addDays(day, m.n % 10),
      };
    case 'declared':
      return { type: 'claim_declared', date: day };
    case 'writeoff':
      return { type: 'written_off', date: day, reason: 'uneconomic' };
  }
}

/** Builds a valid log: the engine's own steps plus random events, keeping only the valid ones. */
function build(s: { invoice: unknown; start: number; moves: Move[] }): {
  log: DunningEventInput[];
  day: string;
} {
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

const RUNS = { numRuns: 60 };

describe('nextDunningStep (properties)', () => {
  it('never returns an action for a paid or written-off invoice (property)', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), fc.nat({ max: 400 }), (s, pay, later) => {
        const { log, day } = build(s);
        const closing: DunningEventInput = pay
          ? { type: 'payment_received', date: day, amount: '5000.00' }
          : { type: 'written_off', date: day, reason: 'abandoned' };
        let full: DunningEventInput[];
        try {
          dunningState(s.invoice as InvoiceLike, [...log, closing], { asOf: day });
          full = [...log, closing];
        } catch {
          return; // e.g. written_off after full payment: nothing to check
        }
        for (const today of [day, addDays(day, later)]) {
          const d = nextDunningStep(s.invoice as InvoiceLike, full, { today });
          if (d.status === 'paid' || d.status === 'written_off') expect(d.type).toBe('none');
          expect(d.type).not.toBe('action');
        }
      }),
      RUNS,
    );
  });

  it('gives the same output for the same inputs (property)', () => {
    fc.assert(
      fc.property(scenario, fc.nat({ max: 60 }), (s, later) => {
        const { log, day } = build(s);
        const today = addDays(day, later);
        expect(nextDunningStep(s.invoice as InvoiceLike, log, { today })).toStrictEqual(
          nextDunningStep(s.invoice as InvoiceLike, structuredClone(log), { today }),
        );
      }),
      RUNS,
    );
  });

  it('never returns the same step again once it is recorded (property)', () => {
    fc.assert(
      fc.property(scenario, fc.nat({ max: 30 }), fc.nat({ max: 90 }), (s, wait, later) => {
        const { log, day } = build(s);
        const today = addDays(day, wait);
        const d = nextDunningStep(s.invoice as InvoiceLike, log, { today });
        if (d.type !== 'action') return;
        const recorded = [...log, d.record];
        for (const next of [today, addDays(today, later)]) {
          const again = nextDunningStep(s.invoice as InvoiceLike, recorded, { today: next });
          if (again.type === 'action') {
            expect(again.step.id).not.toBe(d.step.id);
            expect(again.idempotencyKey).not.toBe(d.idempotencyKey);
          }
        }
        // Never two steps due on the same day.
        expect(nextDunningStep(s.invoice as InvoiceLike, recorded, { today }).type).not.toBe(
          'action',
        );
      }),
      RUNS,
    );
  });

  it('replays any prefix of a valid log without throwing (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { log, day } = build(s);
        for (let k = 0; k <= log.length; k++) {
          const prefix = log.slice(0, k);
          expect(() => dunningState(s.invoice as InvoiceLike, prefix, { asOf: day })).not.toThrow();
          expect(() =>
            nextDunningStep(s.invoice as InvoiceLike, prefix, { today: day }),
          ).not.toThrow();
        }
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the state unchanged through a JSON round trip (property)', () => {
    fc.assert(
      fc.property(scenario, fc.nat({ max: 200 }), (s, later) => {
        const { log, day } = build(s);
        const state = dunningState(s.invoice as InvoiceLike, log, { asOf: addDays(day, later) });
        expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
      }),
      RUNS,
    );
  });

  it('only makes transitions that the table lists (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { log, day } = build(s);
        foldDunning(readInvoice(s.invoice), parseEvents(log), {
          asOf: plainDate(day),
          warnWithinDays: 90,
          onTransition: (from, event, to) => {
            const ok = dunningTransitions.some(
              (t) =>
                t.event === event.type &&
                t.from.includes(from) &&
                (t.to.includes(to) || (to === from && t.to.includes('same'))),
            );
            expect(ok, `${from} --${event.type}--> ${to}`).toBe(true);
          },
        });
      }),
      RUNS,
    );
  });
});
