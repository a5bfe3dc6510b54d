import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agrees, dateValues, moneyValues, mostly, textValues } from '../internal/fast.fixtures.js';
import { NOT_FAST } from '../internal/fast.js';
import { type DunningEventInput, DunningEventsSchema, dunningEventTypes } from './events.js';
import { fastDecisionOptions, fastDunningEvents } from './fast-inputs.js';
import { OptionsSchema } from './next-step.js';
import { parseEvents } from './state.js';

// Every field any event type has, each drawn from valid and invalid values: a random subset of
// them with a random type gives valid events of every type and every way of being invalid.
const anyEvent = fc.record(
  {
    type: fc.constantFrom<unknown>(...dunningEventTypes, 'unknown', undefined, 3),
    date: dateValues,
    stepId: mostly(
      ['friendly-email', 'a'.repeat(64), 'v2.step_1'],
      ['-bad', 'a'.repeat(65), '', 1],
    ),
    channel: mostly(['email', 'registered_letter'], ['fax', undefined]),
    amount: moneyValues,
    reference: textValues,
    promisedDate: dateValues,
    reason: textValues,
    outcome: fc.constantFrom<unknown>('upheld', 'rejected', 'settled', 'agreement', 'failure', 'x'),
    installments: fc.oneof(
      fc.array(fc.record({ dueDate: dateValues, amount: moneyValues }, { requiredKeys: [] }), {
        maxLength: 3,
      }),
      fc.constantFrom<unknown>('none', undefined),
    ),
    deadlineDays: mostly([1, 8, 365], [0, 366, 8.5, '8', 2 ** 53, undefined]),
    route: mostly(['small_claims', 'ordinary_action'], ['court']),
    orderDate: dateValues,
    proceeding: mostly(['sauvegarde', 'liquidation'], ['faillite']),
    publishedOn: dateValues,
    until: dateValues,
    code: fc.constantFrom<unknown>('200', '210', 210),
    appId: fc.constantFrom<unknown>('x-1', 7),
  },
  { requiredKeys: [] },
);

const eventLog = fc.oneof(
  { weight: 8, arbitrary: fc.array(anyEvent, { maxLength: 1 }) },
  { weight: 2, arbitrary: fc.array(anyEvent, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, {}, 'events', [null], [[]]) },
);

describe('fast validator of event logs (issue 17)', () => {
  it('accepts only what DunningEventsSchema accepts, with the same output (property)', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(eventLog, (log) => {
        if (agrees(fastDunningEvents, DunningEventsSchema, log)) fast++;
        if (DunningEventsSchema.safeParse(log).success) valid++;
      }),
      { numRuns: 5000 },
    );
    // The fast path must really be taken: most valid logs are everyday events.
    expect(fast).toBeGreaterThan(valid / 2);
  });

  it('parseEvents accepts and rejects exactly what the schema does, with the same result (property)', () => {
    fc.assert(
      fc.property(eventLog, (log) => {
        const reference = DunningEventsSchema.safeParse(log);
        let parsed: unknown;
        try {
          parsed = parseEvents(log);
        } catch {
          expect(reference.success).toBe(false);
          return;
        }
        expect(reference.success).toBe(true);
        expect(parsed).toStrictEqual(reference.data);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the fast path for every everyday event type, and leaves the rest to the schema', () => {
    const log: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
      { type: 'payment_received', date: '2026-03-11', amount: '300.00', reference: 'VIR-1' },
      { type: 'credit_note_issued', date: '2026-03-12', amount: 50 },
      { type: 'promise_to_pay', date: '2026-03-14', promisedDate: '2026-03-20', amount: '10.00' },
      { type: 'dispute_opened', date: '2026-03-22', reason: 'Quantité contestée' },
      { type: 'dispute_resolved', date: '2026-03-25', outcome: 'settled', amount: '20.00' },
      {
        type: 'payment_plan_agreed',
        date: '2026-04-01',
        installments: [{ dueDate: '2026-04-10', amount: '200.00' }],
      },
      { type: 'mediation_started', date: '2026-04-22' },
      { type: 'mediation_ended', date: '2026-04-29', outcome: 'failure' },
      { type: 'formal_notice_sent', date: '2026-05-02', deadlineDays: 8 },
      { type: 'legal_action_filed', date: '2026-06-01', route: 'injonction_de_payer' },
      { type: 'injonction_order_served', date: '2026-07-01', orderDate: '2026-06-20' },
      { type: 'judgment_served', date: '2026-08-01' },
      { type: 'debtor_acknowledged', date: '2026-08-02' },
      { type: 'paused', date: '2026-08-03', until: '2026-08-10', reason: 'Vacances' },
      { type: 'resumed', date: '2026-08-11' },
      { type: 'claim_declared', date: '2026-08-12' },
      {
        type: 'insolvency_opened',
        date: '2026-08-13',
        proceeding: 'redressement',
        publishedOn: '2026-08-20',
      },
      { type: 'written_off', date: '2026-09-01', reason: 'Irrécouvrable' },
    ];
    expect(agrees(fastDunningEvents, DunningEventsSchema, log)).toBe(true);
    expect(fastDunningEvents([{ type: 'einvoice_status', date: '2026-03-01', code: '210' }])).toBe(
      NOT_FAST,
    );
    expect(
      fastDunningEvents([{ type: 'paused', date: '2026-08-03', until: '2026-08-01', reason: 'x' }]),
    ).toBe(NOT_FAST);
  });

  it('options of nextDunningStep: the fast check accepts only what the schema accepts (property)', () => {
    const options = fc.record(
      {
        today: dateValues,
        policy: fc.constantFrom<unknown>(undefined, {}, 'any'),
        rates: fc.constantFrom<unknown>(undefined, []),
        tomorrow: fc.constant('2026-03-05'),
      },
      { requiredKeys: ['today'] },
    );
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(options, fc.constantFrom<unknown>(null, [], 'today')), (o) => {
        if (agrees(fastDecisionOptions, OptionsSchema, o)) fast++;
        if (OptionsSchema.safeParse(o).success) valid++;
      }),
      { numRuns: 500 },
    );
    // Every valid option object is on the fast path.
    expect(fast).toBe(valid);
    expect(valid).toBeGreaterThan(20);
  });
});
