import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import {
  type LimitationClaimInput,
  type LimitationDeadlineResult,
  type LimitationEventInput,
  limitationDeadline,
} from './index.js';

const AS_OF = '2045-12-31';

const debtorArb = fc.constantFrom('professional', 'consumer', 'public', 'non_professional');
const offset = fc.integer({ min: 0, max: 5500 });

const pointArb = fc.record({
  type: fc.constantFrom(
    'debtor_acknowledged',
    'payment_received',
    'formal_notice_sent',
    'conservatory_measure',
    'enforcement_measure',
    'public_claim_written',
  ),
  at: offset,
});

/** A valid claim: point events plus at most one of each paired structure. */
const claimArb = fc
  .record({
    debtor: debtorArb,
    due: fc.integer({ min: 0, max: 3650 }),
    points: fc.array(pointArb, { maxLength: 6 }),
    mediation: fc.option(fc.tuple(offset, fc.integer({ min: 0, max: 400 }), fc.boolean())),
    smallClaims: fc.option(fc.tuple(offset, fc.integer({ min: 0, max: 60 }), fc.boolean())),
    action: fc.option(
      fc.tuple(
        offset,
        fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 900 }),
            fc.constantFrom('judgment', 'dismissed', 'withdrawn', 'lapsed'),
          ),
        ),
      ),
    ),
    injonction: fc.option(fc.tuple(offset, fc.option(fc.integer({ min: 0, max: 240 })))),
  })
  .map(({ debtor, due, points, mediation, smallClaims, action, injonction }) => {
    const dueDate = addDays('2010-01-01', due);
    const at = (n: number) => addDays(dueDate, n);
    const events: LimitationEventInput[] = points.map((p) => ({
      type: p.type,
      date: at(p.at),
    }));
    if (mediation) {
      events.push({ type: 'mediation_started', date: at(mediation[0]) });
      if (mediation[2])
        events.push({ type: 'mediation_ended', date: at(mediation[0] + mediation[1]) });
    }
    if (smallClaims) {
      events.push({ type: 'small_claims_accepted', date: at(smallClaims[0]) });
      if (smallClaims[2])
        events.push({ type: 'small_claims_ended', date: at(smallClaims[0] + smallClaims[1]) });
    }
    if (action) {
      events.push({ type: 'legal_action_filed', date: at(action[0]) });
      if (action[1])
        events.push({
          type: 'proceedings_ended',
          date: at(action[0] + action[1][0]),
          outcome: action[1][1],
        });
    }
    if (injonction) {
      events.push({ type: 'injonction_order_issued', date: at(injonction[0]) });
      if (injonction[1] !== null)
        events.push({ type: 'injonction_order_served', date: at(injonction[0] + injonction[1]) });
    }
    return { debtor, dueDate, events } satisfies LimitationClaimInput;
  });

const laterOrEqual = (a: string | null, b: string | null): boolean =>
  a === null || (b !== null && a >= b);

const withoutIndexes = (r: LimitationDeadlineResult) => ({
  ...r,
  trail: r.trail.map(({ index: _index, ...rest }) => rest),
});

const run = (claim: LimitationClaimInput) => limitationDeadline(claim, { asOf: AS_OF });

describe('limitationDeadline (properties)', () => {
  it('gives the same result for events in any order (property)', () => {
    fc.assert(
      fc.property(
        claimArb.chain((c) =>
          fc.tuple(fc.constant(c), fc.shuffledSubarray(c.events, { minLength: c.events.length })),
        ),
        ([claim, shuffled]) => {
          const a = withoutIndexes(run(claim));
          const b = withoutIndexes(run({ ...claim, events: shuffled }));
          expect(b).toEqual(a);
          expect(a.trail).toHaveLength(claim.events.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never makes the deadline earlier when an interrupting event is added (property)', () => {
    fc.assert(
      fc.property(
        claimArb,
        fc.constantFrom(
          'debtor_acknowledged',
          'payment_received',
          'enforcement_measure',
          'conservatory_measure',
        ),
        offset,
        (claim, type, at) => {
          const before = run(claim);
          const after = run({
            ...claim,
            events: [...claim.events, { type, date: addDays(claim.dueDate, at) }],
          });
          expect(laterOrEqual(after.deadline, before.deadline)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never changes anything when a no-effect event is added (property)', () => {
    fc.assert(
      fc.property(
        claimArb.filter((c) => c.debtor !== 'public'),
        fc.constantFrom('formal_notice_sent', 'public_claim_written'),
        offset,
        (claim, type, at) => {
          const before = run(claim);
          const after = run({
            ...claim,
            events: [...claim.events, { type, date: addDays(claim.dueDate, at) }],
          });
          expect(after.trail.find((t) => t.index === claim.events.length)?.effect).toBe(
            'no-effect',
          );
          expect(after.deadline).toBe(before.deadline);
          expect(after.status).toBe(before.status);
          expect(after.trail.filter((t) => t.index !== claim.events.length)).toEqual(before.trail);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never moves the deadline to a working day nor past the long-stop by acknowledgements alone (property)', () => {
    fc.assert(
      fc.property(
        debtorArb.filter((d) => d !== 'public'),
        fc.integer({ min: 0, max: 3650 }),
        fc.array(fc.integer({ min: 0, max: 9000 }), { maxLength: 12 }),
        (debtor, due, acks) => {
          const dueDate = addDays('2010-01-01', due);
          const r = limitationDeadline({
            debtor,
            dueDate,
            events: acks.map((n) => ({ type: 'debtor_acknowledged', date: addDays(dueDate, n) })),
          });
          expect(r.deadline! <= r.longStop.date).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
