import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import {
  b2bInvoice,
  consumerInvoice,
  everyDay,
  publicInvoice,
  runDays,
} from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { type DunningDecision, einvoiceSettingsOf, nextDunningStep, prepare } from './next-step.js';
import { dunningState, foldDunning, type StepRecordEvent } from './state.js';
import { dunningTimelineByRefold } from './timeline.fixtures.js';
import {
  actionEntry,
  byDate,
  deadlineEntries,
  doneEntries,
  droppedEntries,
  dunningTimeline,
  endEntry,
  projectionFold,
  projectSteps,
} from './timeline.js';

const summary = (t: ReturnType<typeof dunningTimeline>) =>
  t.entries.map((e) => `${e.date} ${e.type} ${e.status} ${e.stepId ?? ''}`.trim());

describe('dunningTimeline', () => {
  it('projects the dated ladder with amounts, then the escalation and the limitation date', () => {
    const t = dunningTimeline(b2bInvoice, [], { today: '2026-02-20' });
    expect(summary(t)).toEqual([
      '2026-02-27 step planned courtesy-notice',
      '2026-03-04 step planned friendly-email',
      '2026-03-09 step planned phone-call',
      '2026-03-13 step planned written-reminder',
      '2026-03-23 step planned registered-letter',
      '2026-04-02 step planned formal-notice',
      '2026-04-17 formal_notice_deadline planned',
      '2026-04-18 escalation planned',
      '2031-03-03 limitation_deadline planned',
    ]);
    expect(t.entries[1]!.amounts).toMatchObject({ total: '1240.40' });
    expect(t.status).toBe('not_due');
  });

  it('shows what was done, what is due today and a dropped pre-due notice', () => {
    const events: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
      { type: 'reminder_sent', date: '2026-03-05', stepId: 'custom-sms', channel: 'sms' },
    ];
    const t = dunningTimeline(b2bInvoice, events, { today: '2026-03-10' });
    expect(summary(t).slice(0, 4)).toEqual([
      '2026-02-27 step dropped courtesy-notice',
      '2026-03-04 step done friendly-email',
      '2026-03-05 step done custom-sms',
      '2026-03-10 step due phone-call',
    ]);
    expect(t.entries[2]!.step).toBeNull();
  });

  it('assumes broken promises and stops at an open-ended hold', () => {
    const promise: DunningEventInput[] = [
      { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' },
    ];
    const t = dunningTimeline(b2bInvoice, promise, { today: '2026-03-06' });
    expect(summary(t).slice(0, 2)).toEqual([
      '2026-02-27 step dropped courtesy-notice',
      '2026-03-13 step planned friendly-email',
    ]);
    const dispute: DunningEventInput[] = [
      { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
    ];
    expect(summary(dunningTimeline(b2bInvoice, dispute, { today: '2026-03-06' })).at(-1)).toBe(
      'null hold planned',
    );
  });

  it('shows a formal notice already sent and its deadline', () => {
    const events: DunningEventInput[] = [
      { type: 'formal_notice_sent', date: '2026-03-20', deadlineDays: 15, stepId: 'formal-notice' },
    ];
    const t = dunningTimeline(b2bInvoice, events, { today: '2026-04-10' });
    expect(summary(t)).toContain('2026-03-20 step done formal-notice');
    expect(summary(t)).toContain('2026-04-07 formal_notice_deadline done');
    expect(summary(t)).toContain('2026-04-10 escalation due');
  });

  it('ends with the claim declaration in insolvency, and is empty once paid', () => {
    const events: DunningEventInput[] = [
      {
        type: 'insolvency_opened',
        date: '2026-03-20',
        proceeding: 'liquidation',
        publishedOn: '2026-03-27',
      },
    ];
    expect(summary(dunningTimeline(b2bInvoice, events, { today: '2026-03-30' }))).toEqual([
      '2026-05-27 declare_claim due',
    ]);
    const paid: DunningEventInput[] = [
      { type: 'payment_received', date: '2026-03-05', amount: '1200.00' },
    ];
    expect(dunningTimeline(b2bInvoice, paid, { today: '2026-03-30' }).entries).toEqual([]);
  });
});

/** A B2B invoice with its own payment and credit note: moves the fold adds after the log's events. */
const withOwnMoves: InvoiceLike = Object.freeze({
  ...b2bInvoice,
  number: 'F-2026-010',
  payments: [{ date: '2026-03-20', amount: '100.00' }],
  creditNotes: [{ date: '2026-04-08', amount: '50.00', reference: 'AV-1' }],
});

/** Taken over four years late: a backlog (over 60 days past due, no step recorded). */
const oldInvoice: InvoiceLike = Object.freeze({
  ...b2bInvoice,
  issueDate: '2022-01-03',
  dueDate: '2022-02-02',
});

/** A date literal, typed. */
const D = (s: string): PlainDate => s as PlainDate;

const decisionOf = (invoice: InvoiceLike, events: DunningEventInput[], today: string) =>
  nextDunningStep(invoice, events, { today });

function expectType<T extends DunningDecision['type']>(
  d: DunningDecision,
  type: T,
): Extract<DunningDecision, { type: T }> {
  expect(d.type).toBe(type);
  return d as Extract<DunningDecision, { type: T }>;
}

describe('dunningTimeline steps (issue 13 item 4)', () => {
  it('doneEntries: recorded steps (the policy step copied, null when not in the policy), then the formal notice', () => {
    const events: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
      { type: 'reminder_sent', date: '2026-03-05', stepId: 'custom-sms', channel: 'sms' },
      { type: 'formal_notice_sent', date: '2026-03-20', deadlineDays: 15 },
    ];
    const first = prepare(b2bInvoice, events, { today: '2026-03-25' }, false);
    const done = doneEntries(first);
    expect(done.map((e) => [e.date, e.stepId, e.status])).toEqual([
      ['2026-03-04', 'friendly-email', 'done'],
      ['2026-03-05', 'custom-sms', 'done'],
      ['2026-03-20', 'formal-notice', 'done'],
    ]);
    expect(done[0]!.step).toMatchObject({ id: 'friendly-email', kind: 'reminder' });
    expect(done[0]!.step).not.toBe(first.settings.steps[1]);
    expect(done[1]!.step).toBeNull();
    expect(done[2]!.description).toMatch(/15/);
    expect(doneEntries(prepare(b2bInvoice, [], { today: '2026-03-25' }, false))).toEqual([]);
  });

  it('droppedEntries: a pre-due notice not sent is dropped from the due date on, never once closed', () => {
    const at = (invoice: InvoiceLike, events: DunningEventInput[], today: string) =>
      droppedEntries(prepare(invoice, events, { today }, false)).map(
        (e) => `${e.date} ${e.stepId}`,
      );
    expect(at(b2bInvoice, [], '2026-03-02')).toEqual([]);
    expect(at(b2bInvoice, [], '2026-03-03')).toEqual(['2026-02-27 courtesy-notice']);
    const sent: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
    ];
    expect(at(b2bInvoice, sent, '2026-03-10')).toEqual([]);
    const paid: DunningEventInput[] = [
      { type: 'payment_received', date: '2026-03-05', amount: '1200.00' },
    ];
    expect(at(b2bInvoice, paid, '2026-03-10')).toEqual([]);
    // Issued on its due date: no day is left for the notice, dropped with no date.
    const late = { ...b2bInvoice, issueDate: '2026-03-03' };
    expect(at(late, [], '2026-03-03')).toEqual(['null courtesy-notice']);
  });

  it('actionEntry: due on today, planned later, with the decision’s step, lateness and amounts', () => {
    const d = expectType(decisionOf(b2bInvoice, [], '2026-03-06'), 'action');
    const due = actionEntry(d, D('2026-03-06'), D('2026-03-06'));
    expect(due).toMatchObject({ type: 'step', date: '2026-03-06', status: 'due', late: true });
    expect(due.stepId).toBe('friendly-email');
    expect(due.amounts).toBe(d.amounts);
    expect(due.description).toBe(d.explanation);
    expect(actionEntry(d, D('2026-03-06'), D('2026-03-01')).status).toBe('planned');
  });

  it('endEntry: escalation on its day, the claim by its deadline, an open-ended hold, nothing for none', () => {
    const notice: DunningEventInput[] = [
      { type: 'formal_notice_sent', date: '2026-03-20', deadlineDays: 15 },
    ];
    const esc = expectType(decisionOf(b2bInvoice, notice, '2026-04-10'), 'escalate');
    expect(endEntry(esc, D('2026-04-10'), D('2026-04-10'))).toMatchObject({
      type: 'escalation',
      date: '2026-04-10',
      status: 'due',
      amounts: esc.amounts,
    });
    expect(endEntry(esc, D('2026-04-10'), D('2026-04-01'))!.status).toBe('planned');
    const insolvency: DunningEventInput[] = [
      {
        type: 'insolvency_opened',
        date: '2026-03-20',
        proceeding: 'liquidation',
        publishedOn: '2026-03-27',
      },
    ];
    const claim = expectType(decisionOf(b2bInvoice, insolvency, '2026-03-30'), 'declare_claim');
    expect(endEntry(claim, D('2026-03-30'), D('2026-03-30'))).toMatchObject({
      type: 'declare_claim',
      date: '2026-05-27',
      status: 'due',
    });
    const dispute: DunningEventInput[] = [
      { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
    ];
    const hold = expectType(decisionOf(b2bInvoice, dispute, '2026-03-06'), 'wait');
    expect(endEntry(hold, D('2026-03-06'), D('2026-03-06'))).toMatchObject({
      type: 'hold',
      date: null,
      status: 'planned',
    });
    const paid: DunningEventInput[] = [
      { type: 'payment_received', date: '2026-03-05', amount: '1200.00' },
    ];
    expect(
      endEntry(
        expectType(decisionOf(b2bInvoice, paid, '2026-03-06'), 'none'),
        D('2026-03-06'),
        D('2026-03-06'),
      ),
    ).toBeNull();
  });

  it('projectionFold: the log applied once, then each record, as foldDunning of the longer log would', () => {
    const events: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
      { type: 'payment_received', date: '2026-03-10', amount: '10.00' },
      { type: 'payment_received', date: '2026-03-05', amount: '20.00' },
      { type: 'reminder_sent', date: '2026-04-20', stepId: 'phone-call', channel: 'phone' },
    ];
    const first = prepare(withOwnMoves, events, { today: '2026-03-12' }, false);
    const fold = projectionFold(first);
    const log = first.folded.events.slice(0, 3);
    const options = (asOf: string) => ({
      asOf: D(asOf),
      warnWithinDays: 90,
      limitationHorizonDays: 90,
      einvoice: einvoiceSettingsOf(first.settings),
      locale: first.locale,
    });
    const steps: [StepRecordEvent | null, string][] = [
      [
        { type: 'reminder_sent', date: D('2026-03-12'), stepId: 'phone-call', channel: 'phone' },
        '2026-03-12',
      ],
      [null, '2026-03-21'],
      [
        {
          type: 'reminder_sent',
          date: D('2026-03-21'),
          stepId: 'written-reminder',
          channel: 'email',
        },
        '2026-03-21',
      ],
      [
        {
          type: 'formal_notice_sent',
          date: D('2026-04-09'),
          deadlineDays: 15,
          stepId: 'formal-notice',
        },
        '2026-04-25',
      ],
    ];
    for (const [record, day] of steps) {
      if (record !== null) log.push(record);
      const onward = fold(record, D(day));
      expect(onward).toStrictEqual(foldDunning(first.folded.facts, [...log], options(day)));
    }
    // The invoice's own payment (03-20) and credit note (04-08) count once their day is reached.
    expect(fold(null, D('2026-04-25')).state.balances).toMatchObject({
      paid: '130.00',
      credited: '50.00',
    });
  });

  it('projectSteps: the ladder replayed day after day, today’s warnings, the formal notice deadline', () => {
    const p = projectSteps(prepare(b2bInvoice, [], { today: '2026-02-20' }, false));
    expect(p.entries.map((e) => `${e.date} ${e.stepId ?? e.type}`)).toEqual([
      '2026-02-27 courtesy-notice',
      '2026-03-04 friendly-email',
      '2026-03-09 phone-call',
      '2026-03-13 written-reminder',
      '2026-03-23 registered-letter',
      '2026-04-02 formal-notice',
      '2026-04-18 escalation',
    ]);
    expect(p.noticeDeadline).toBe('2026-04-17');
    const later: DunningEventInput[] = [
      { type: 'payment_received', date: '2026-04-01', amount: '10.00' },
    ];
    const w = projectSteps(prepare(b2bInvoice, later, { today: '2026-02-20' }, false));
    expect(w.warnings.map((x) => x.code)).toContain('EVENTS_AFTER_AS_OF');
  });

  it('deadlineEntries: the formal notice deadline (done once past) and the limitation date', () => {
    const first = prepare(b2bInvoice, [], { today: '2026-04-10' }, false);
    const lines = (n: string | null, l: string | null) =>
      deadlineEntries(n === null ? null : D(n), l === null ? null : D(l), first).map(
        (e) => `${e.date} ${e.type} ${e.status}`,
      );
    expect(lines('2026-04-07', '2031-03-03')).toEqual([
      '2026-04-07 formal_notice_deadline done',
      '2031-03-03 limitation_deadline planned',
    ]);
    expect(lines('2026-04-10', null)).toEqual(['2026-04-10 formal_notice_deadline planned']);
    expect(lines(null, null)).toEqual([]);
  });

  it('byDate: by date, open-ended holds last, a day’s entries in their order', () => {
    const first = prepare(b2bInvoice, [], { today: '2026-04-10' }, false);
    const [a, b] = deadlineEntries(D('2026-05-01'), D('2026-04-20'), first);
    const hold = { ...a!, date: null, type: 'hold' as const };
    const same = { ...b!, type: 'escalation' as const };
    expect([hold, a!, b!, same].sort(byDate)).toEqual([b!, same, a!, hold]);
    expect(byDate(a!, a!)).toBe(0);
  });
});

describe('dunningTimeline and backlogs (issue 15): the steps nextDunningStep will ask for', () => {
  const projected = (invoice: InvoiceLike, events: DunningEventInput[], today: string) =>
    dunningTimeline(invoice, events, { today })
      .entries.filter((e) => e.type === 'step' && (e.status === 'due' || e.status === 'planned'))
      .map((e) => `${e.date} ${e.stepId}`);
  const daily = (invoice: InvoiceLike, events: DunningEventInput[], from: string, to: string) =>
    runDays(invoice, events, everyDay(from, to))
      .run.filter((r) => r.decision.type === 'action')
      .map((r) => `${r.day} ${r.decision.type === 'action' ? r.decision.step.id : ''}`);

  it('a backlog skips the courtesy steps in the timeline too, as in the daily decisions', () => {
    expect(projected(oldInvoice, [], '2026-01-12')).toEqual(
      daily(oldInvoice, [], '2026-01-12', '2026-02-10'),
    );
    expect(projected(oldInvoice, [], '2026-01-12')[0]).toBe('2026-01-12 phone-call');
  });

  it('a hold that ends past the backlog threshold: the projection skips the courtesy steps on that day', () => {
    const pause: DunningEventInput[] = [
      { type: 'paused', date: '2022-02-10', until: '2022-04-15', reason: 'x' },
    ];
    const t = projected(oldInvoice, pause, '2022-02-20');
    expect(t).toEqual(daily(oldInvoice, pause, '2022-02-20', '2022-06-01'));
    expect(t[0]).toBe('2022-04-19 phone-call'); // Easter Monday 2022-04-18 is a holiday
  });

  it('not yet a backlog on the day of the first step: the courtesy steps stay', () => {
    const t = projected(oldInvoice, [], '2022-03-20');
    expect(t).toEqual(daily(oldInvoice, [], '2022-03-20', '2022-05-01'));
    expect(t[0]).toBe('2022-03-21 friendly-email');
  });
});

/** One random move of a log: a day's gap and what happens (`follow`: the engine's own step). */
interface Move {
  readonly gap: number;
  readonly kind: (typeof KINDS)[number];
  readonly n: number;
}

const KINDS = [
  'follow',
  'pay',
  'late_pay',
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
  'insolvency',
  'writeoff',
] as const;

function candidate(m: Move, day: string): DunningEventInput | null {
  const amount = `${(m.n % 20_000) / 100 + 1}`;
  const events: Record<(typeof KINDS)[number], DunningEventInput | null> = {
    follow: null,
    pay: { type: 'payment_received', date: day, amount },
    late_pay: { type: 'payment_received', date: addDays(day, -(m.n % 30)), amount },
    credit: { type: 'credit_note_issued', date: day, amount },
    promise: { type: 'promise_to_pay', date: day, promisedDate: addDays(day, m.n % 20) },
    dispute: { type: 'dispute_opened', date: day, reason: 'contested' },
    resolve: { type: 'dispute_resolved', date: day, outcome: 'rejected' },
    plan: {
      type: 'payment_plan_agreed',
      date: day,
      installments: [{ dueDate: addDays(day, 10 + (m.n % 20)), amount: '300.00' }],
    },
    pause:
      m.n % 2 === 0
        ? { type: 'paused', date: day, reason: 'holidays', until: addDays(day, m.n % 40) }
        : { type: 'paused', date: day, reason: 'client call' },
    resume: { type: 'resumed', date: day },
    mediation: { type: 'mediation_started', date: day },
    mediation_end: { type: 'mediation_ended', date: day },
    ack: { type: 'debtor_acknowledged', date: day },
    insolvency: {
      type: 'insolvency_opened',
      date: day,
      proceeding: 'redressement',
      publishedOn: addDays(day, m.n % 10),
    },
    writeoff: { type: 'written_off', date: day, reason: 'uneconomic' },
  };
  return events[m.kind];
}

/** A valid log: the engine's own steps and random events, keeping only those the fold accepts. */
function buildLog(invoice: InvoiceLike, start: string, moves: ReadonlyArray<Move>) {
  const log: DunningEventInput[] = [];
  let day = start;
  for (const m of moves) {
    day = addDays(day, m.gap);
    const c = candidate(m, day);
    if (c === null) {
      const d = nextDunningStep(invoice, log, { today: day });
      if (d.type === 'action') log.push(d.record);
      continue;
    }
    try {
      dunningState(invoice, [...log, c], { asOf: day });
      log.push(c);
    } catch (error) {
      if (!isImpayesError(error)) throw error;
    }
  }
  return { log, day };
}

const moveArb: fc.Arbitrary<Move> = fc.record({
  gap: fc.nat({ max: 12 }),
  kind: fc.oneof(
    ...KINDS.map((k) => ({
      arbitrary: fc.constant(k),
      weight: k === 'follow' ? 12 : k === 'insolvency' || k === 'writeoff' ? 1 : 3,
    })),
  ),
  n: fc.nat({ max: 100_000 }),
});

const scenarioArb = fc.record({
  invoice: fc.constantFrom<InvoiceLike>(
    b2bInvoice,
    consumerInvoice,
    publicInvoice,
    withOwnMoves,
    oldInvoice,
  ),
  start: fc.integer({ min: -40, max: 90 }),
  moves: fc.array(moveArb, { maxLength: 14 }),
  // Today: from before the last event (later events are left out) to months after it.
  offset: fc.integer({ min: -15, max: 150 }),
  policy: fc.constantFrom(
    undefined,
    { catchUp: 'latest' as const },
    { minGapDays: 7, workingDaysOnly: false },
    { backlogAfterDays: null },
  ),
  locale: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
});

/** The outcome of a call: its result, or the ImpayesError's code and message. */
function outcome<T>(f: () => T): { ok: T } | { code: string; message: string } {
  try {
    return { ok: f() };
  } catch (error) {
    if (!isImpayesError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('dunningTimeline projects from one fold (issue 17)', () => {
  it('gives the timeline of the per-step refolding on random logs (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const start = addDays(s.invoice.dueDate ?? '2026-03-03', s.start);
        const { log, day } = buildLog(s.invoice, start, s.moves);
        const options = {
          today: addDays(day, s.offset),
          locale: s.locale,
          ...(s.policy === undefined ? {} : { policy: s.policy }),
        };
        expect(outcome(() => dunningTimeline(s.invoice, log, options))).toStrictEqual(
          outcome(() => dunningTimelineByRefold(s.invoice, log, options)),
        );
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('a long log: costs well under the per-date refolding, measured side by side', () => {
    const events: DunningEventInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      type: 'payment_received',
      date: addDays('2026-09-30', -(i % 200)),
      amount: '0.01',
    }));
    const today = '2026-10-01';
    // CPU time, interleaved, best of three each: one run of a loaded machine (GC, other workers)
    // can double a figure, and both sides see the same load.
    let folded = Number.POSITIVE_INFINITY;
    let refolded = Number.POSITIVE_INFINITY;
    const cpu = (f: () => unknown): number => {
      const start = process.cpuUsage();
      f();
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    let entries = 0;
    for (let run = 0; run < 3; run++) {
      folded = Math.min(
        folded,
        cpu(() => {
          entries = dunningTimeline(b2bInvoice, events, { today }).entries.length;
        }),
      );
      refolded = Math.min(
        refolded,
        cpu(() => dunningTimelineByRefold(b2bInvoice, events, { today })),
      );
    }
    // Six projected dates (steps and waits): the refolding folds the whole log six more times.
    expect(entries).toBe(8);
    // One fold carried on costs about 2 folds plus a statement per date: measured 0.3–0.5 of the
    // refolding (10^5 events: 3.4 s against 8.5 s of CPU).
    expect(folded / refolded).toBeLessThan(0.7);
  }, 300_000);
});
