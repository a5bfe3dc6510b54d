import type { PlainDate } from '../dates/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import type { DunningEventInput } from './events.js';
import {
  type DecisionContext,
  type DunningAction,
  type DunningAmounts,
  type DunningDecision,
  type DunningWarning,
  decide,
  einvoiceSettingsOf,
  type NextDunningStepOptions,
  prepare,
  scheduleStep,
  withLaterEvents,
} from './next-step.js';
import { copyStep, type DunningStep } from './policy.js';
import { say } from './say.js';
import { type Folded, foldOnward, type StepRecordEvent } from './state.js';
import type { DunningTextMessage } from './text.js';
import type { DunningStatus } from './transitions.js';

/**
 * One dated entry of a dunning timeline.
 *
 * - `step`: a step of the ladder — `done` (recorded), `due` (to do today), `planned` (projected) or
 *   `dropped` (a pre-due notice that can no longer be sent before the due date);
 * - `formal_notice_deadline`: the last day the formal notice gives;
 * - `escalation`: the day the amicable phase ends and a recovery route must be chosen;
 * - `declare_claim`: the last day to declare the claim in insolvency;
 * - `hold`: an open-ended hold (dispute, mediation, pause without end) that stops the projection;
 * - `limitation_deadline`: the last day to act before the claim is time-barred.
 *
 * @category Dunning
 */
export interface DunningTimelineEntry {
  /** What the entry is. */
  readonly type:
    | 'step'
    | 'formal_notice_deadline'
    | 'escalation'
    | 'declare_claim'
    | 'hold'
    | 'limitation_deadline';
  /** Its date; `null` for an open-ended hold. */
  readonly date: PlainDate | null;
  /** Done, due today, planned, or dropped. */
  readonly status: 'done' | 'due' | 'planned' | 'dropped';
  /** The policy step, for `step` entries recorded with a step of the policy. */
  readonly step: DunningStep | null;
  /** The step id (also for recorded steps that are not in the policy). */
  readonly stepId: string | null;
  /** Whether the step is (or was) carried out after its scheduled day. */
  readonly late: boolean;
  /** The penalties statement on that date, for due and planned steps and the escalation. */
  readonly amounts: DunningAmounts | null;
  /** What happens, in one sentence in the locale of the call (`'fr'` by default). */
  readonly description: string;
  /** The same sentence as a message: its stable `code` and `params` (and the rendered text). */
  readonly descriptionMessage: DunningTextMessage;
}

/**
 * A dunning timeline: what was done and what will happen if nothing is paid.
 *
 * @category Dunning
 */
export interface DunningTimeline {
  /** The day of the projection. */
  readonly today: PlainDate;
  /** The invoice's status on that day. */
  readonly status: DunningStatus;
  /** The entries, by date (open-ended holds last). */
  readonly entries: ReadonlyArray<DunningTimelineEntry>;
  /** The warnings of today's decision. */
  readonly warnings: ReadonlyArray<DunningWarning>;
}

/** @internal The most projected steps a timeline lists. */
export const MAX_STEPS = 64;

/** @internal One entry, with the defaults of an entry that is not a step. */
export function entry(
  e: Omit<DunningTimelineEntry, 'step' | 'stepId' | 'late' | 'amounts' | 'description'> &
    Partial<Pick<DunningTimelineEntry, 'step' | 'stepId' | 'late' | 'amounts'>>,
): DunningTimelineEntry {
  return {
    step: null,
    stepId: null,
    late: false,
    amounts: null,
    ...e,
    description: e.descriptionMessage.message,
  };
}

/** @internal A copy of the policy's step (an entry never hands out the policy's own object). */
export function stepOf(byId: ReadonlyMap<string, DunningStep>, id: string): DunningStep | null {
  const step = byId.get(id);
  return step === undefined ? null : copyStep(step);
}

/** @internal The steps already recorded, and the formal notice already sent. */
export function doneEntries(first: DecisionContext): DunningTimelineEntry[] {
  const { state } = first.folded;
  const { steps } = first.settings;
  const L = first.locale;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const entries = state.steps.map((r) =>
    entry({
      type: 'step',
      date: r.date,
      status: 'done',
      step: stepOf(byId, r.stepId),
      stepId: r.stepId,
      descriptionMessage: say(L, 'TIMELINE_STEP_DONE', { stepId: r.stepId, channel: r.channel }),
    }),
  );
  const fn = state.formalNotice;
  if (fn !== null) {
    const formal = steps[steps.length - 1]!;
    entries.push(
      entry({
        type: 'step',
        date: fn.date,
        status: 'done',
        step: copyStep(formal),
        stepId: fn.stepId ?? formal.id,
        descriptionMessage: say(L, 'TIMELINE_FORMAL_NOTICE_SENT', {
          channel: fn.channel,
          days: fn.deadlineDays,
        }),
      }),
    );
  }
  return entries;
}

const CLOSED: ReadonlySet<DunningStatus> = new Set([
  'paid',
  'written_off',
  'insolvency',
  'time_barred',
  'legal',
]);

/**
 * @internal The pre-due notices not recorded that can no longer be sent before the due date (today
 * is the due date or later, or no day before it is left), unless the invoice is closed.
 */
export function droppedEntries(first: DecisionContext): DunningTimelineEntry[] {
  const { state, facts } = first.folded;
  if (CLOSED.has(state.status)) return [];
  const done = new Set(state.steps.map((r) => r.stepId));
  const entries: DunningTimelineEntry[] = [];
  for (const step of first.settings.steps) {
    if (step.kind !== 'pre_due_notice' || done.has(step.id)) continue;
    const scheduled = scheduleStep(step, state, facts.issueDate, first.settings, first.calendar);
    if (scheduled === null || first.today >= state.dueDate)
      entries.push(
        entry({
          type: 'step',
          date: scheduled,
          status: 'dropped',
          step: copyStep(step),
          stepId: step.id,
          descriptionMessage: say(first.locale, 'TIMELINE_STEP_DROPPED', { stepId: step.id }),
        }),
      );
  }
  return entries;
}

/** @internal The entry of a projected action on `day`: due when `day` is today, else planned. */
export function actionEntry(
  decision: DunningAction,
  day: PlainDate,
  today: PlainDate,
): DunningTimelineEntry {
  return entry({
    type: 'step',
    date: day,
    status: day === today ? 'due' : 'planned',
    step: decision.step,
    stepId: decision.step.id,
    late: decision.late,
    amounts: decision.amounts,
    descriptionMessage: decision.explanationMessage,
  });
}

/**
 * @internal The entry of a decision that ends the projection on `day`: the escalation, the claim's
 * declaration, or an open-ended hold; `null` for a decision with none (nothing to do).
 */
export function endEntry(
  decision: Exclude<DunningDecision, DunningAction>,
  day: PlainDate,
  today: PlainDate,
): DunningTimelineEntry | null {
  const descriptionMessage = decision.explanationMessage;
  switch (decision.type) {
    case 'escalate':
      return entry({
        type: 'escalation',
        date: day,
        status: day === today ? 'due' : 'planned',
        amounts: decision.amounts,
        descriptionMessage,
      });
    case 'declare_claim':
      return entry({
        type: 'declare_claim',
        date: decision.deadline,
        status: 'due',
        amounts: decision.amounts,
        descriptionMessage,
      });
    case 'wait':
      return entry({ type: 'hold', date: null, status: 'planned', descriptionMessage });
    default:
      return null;
  }
}

/** @internal The projected entries, today's warnings and the formal notice's deadline, if any. */
export interface Projection {
  readonly entries: ReadonlyArray<DunningTimelineEntry>;
  readonly warnings: ReadonlyArray<DunningWarning>;
  readonly noticeDeadline: PlainDate | null;
}

/**
 * @internal The fold of today's log carried on with the projected records, as of a later day: the
 * log is applied once, on the first call (issue 17: no more refolding per projected step).
 */
export function projectionFold(
  first: DecisionContext,
): (record: StepRecordEvent | null, day: PlainDate) => Folded {
  let next: ((record: StepRecordEvent | null, day: PlainDate) => Folded) | null = null;
  return (record, day) => {
    // Events dated after today are not applied, in the projection either: it starts from today's facts.
    next ??= foldOnward(
      first.folded.facts,
      first.folded.events.filter((e) => e.date <= first.today),
      {
        asOf: first.today,
        warnWithinDays: first.settings.limitationWarningDays,
        limitationHorizonDays: first.settings.limitationWarningDays,
        einvoice: einvoiceSettingsOf(first.settings),
        locale: first.locale,
      },
    );
    return next(record, day);
  };
}

/**
 * @internal Replays the decisions from today on, recording each step on the day it is asked for,
 * until the escalation, the claim's declaration, an open-ended hold or nothing to do.
 */
export function projectSteps(first: DecisionContext): Projection {
  const fold = projectionFold(first);
  const entries: DunningTimelineEntry[] = [];
  let noticeDeadline = first.folded.state.formalNotice?.deadline ?? null;
  let ctx = first;
  let decision = withLaterEvents(decide(ctx), ctx);
  const warnings = decision.warnings;
  for (let i = 0; i < MAX_STEPS; i++) {
    let record: StepRecordEvent | null = null;
    if (decision.type === 'action') {
      entries.push(actionEntry(decision, ctx.today, first.today));
      record = decision.record as StepRecordEvent;
      noticeDeadline = decision.formalNoticeDeadline ?? noticeDeadline;
    } else if (decision.type !== 'wait' || decision.until === null) {
      const last = endEntry(decision, ctx.today, first.today);
      if (last !== null) entries.push(last);
      break;
    }
    const day = decision.type === 'wait' ? decision.until! : ctx.today;
    ctx = { ...ctx, folded: fold(record, day), today: day };
    decision = decide(ctx);
  }
  return { entries, warnings, noticeDeadline };
}

/** @internal The formal notice's deadline and the limitation deadline, when there are. */
export function deadlineEntries(
  noticeDeadline: PlainDate | null,
  limit: PlainDate | null,
  first: DecisionContext,
): DunningTimelineEntry[] {
  const entries: DunningTimelineEntry[] = [];
  if (noticeDeadline !== null)
    entries.push(
      entry({
        type: 'formal_notice_deadline',
        date: noticeDeadline,
        status: noticeDeadline < first.today ? 'done' : 'planned',
        descriptionMessage: say(first.locale, 'TIMELINE_FORMAL_NOTICE_DEADLINE', {}),
      }),
    );
  if (limit !== null)
    entries.push(
      entry({
        type: 'limitation_deadline',
        date: limit,
        status: 'planned',
        descriptionMessage: say(first.locale, 'TIMELINE_LIMITATION_DEADLINE', {}),
      }),
    );
  return entries;
}

/** @internal Entries by date, open-ended holds last (a stable sort keeps the order of a day). */
export function byDate(a: DunningTimelineEntry, b: DunningTimelineEntry): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/**
 * Projects the dunning timeline of an invoice: the steps already recorded, then the dated steps the
 * engine would ask for if nothing were paid, up to the escalation (or the claim's declaration), with
 * the penalties statement on each date — for calendars and previews.
 *
 * @remarks The projection replays {@link nextDunningStep} day after day, recording each step on the
 * day it is asked for: the timeline and the daily decisions cannot disagree. Promises are assumed
 * broken and installments missed (nothing is paid); an open-ended hold (dispute, mediation, pause
 * without end) stops the projection. Limitation dates come from the limitation module (a formal
 * notice does not interrupt limitation, Cass. com. 18 May 2022). Events dated after `today` are left
 * out of the projection too, with the warning `EVENTS_AFTER_AS_OF`.
 * @param invoice - the invoice
 * @param events - the event log, in recording order
 * @param options - `today`, and optionally `policy`, `rates` and `locale` (`'fr'` by default)
 * @returns the timeline
 * @throws {@link ImpayesError} like {@link nextDunningStep}.
 * @example
 * ```ts
 * dunningTimeline(invoice, [], { today: '2026-02-20' }).entries.map((e) => [e.date, e.stepId ?? e.type]);
 * //=> [['2026-02-27', 'courtesy-notice'], ['2026-03-04', 'friendly-email'], ['2026-03-09', 'phone-call'], …,
 * //    ['2026-04-02', 'formal-notice'], ['2026-04-17', 'formal_notice_deadline'], ['2026-04-20', 'escalation'], …]
 * ```
 * @category Dunning
 */
export function dunningTimeline(
  invoice: InvoiceLike,
  events: ReadonlyArray<DunningEventInput>,
  options: NextDunningStepOptions,
): DunningTimeline {
  const first = prepare(invoice, events, options, false);
  const { state } = first.folded;
  const projection = projectSteps(first);
  const entries = [
    ...doneEntries(first),
    ...droppedEntries(first),
    ...projection.entries,
    ...deadlineEntries(projection.noticeDeadline, state.limitation?.deadline ?? null, first),
  ].sort(byDate);
  return { today: first.today, status: state.status, entries, warnings: projection.warnings };
}
