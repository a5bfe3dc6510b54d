import type { PlainDate } from '../dates/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import type { DunningEvent, DunningEventInput } from './events.js';
import {
  type DecisionContext,
  type DunningAmounts,
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
import { foldDunning } from './state.js';
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

const MAX_STEPS = 64;

function entry(
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

/** A copy of the policy's step (an entry never hands out the policy's own object). */
function stepOf(byId: ReadonlyMap<string, DunningStep>, id: string): DunningStep | null {
  const step = byId.get(id);
  return step === undefined ? null : copyStep(step);
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
  const { facts, state } = first.folded;
  const settings = first.settings;
  const L = first.locale;
  const byId = new Map(settings.steps.map((s) => [s.id, s]));
  const entries: DunningTimelineEntry[] = [];
  for (const r of state.steps)
    entries.push(
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
  if (fn !== null)
    entries.push(
      entry({
        type: 'step',
        date: fn.date,
        status: 'done',
        step: copyStep(settings.steps[settings.steps.length - 1]!),
        stepId: fn.stepId ?? settings.steps[settings.steps.length - 1]!.id,
        descriptionMessage: say(L, 'TIMELINE_FORMAL_NOTICE_SENT', {
          channel: fn.channel,
          days: fn.deadlineDays,
        }),
      }),
    );
  const done = new Set(state.steps.map((r) => r.stepId));
  const closed = ['paid', 'written_off', 'insolvency', 'time_barred', 'legal'].includes(
    state.status,
  );
  for (const step of settings.steps) {
    if (closed || step.kind !== 'pre_due_notice' || done.has(step.id)) continue;
    const scheduled = scheduleStep(step, state, facts.issueDate, settings, first.calendar);
    if (scheduled === null || first.today >= state.dueDate)
      entries.push(
        entry({
          type: 'step',
          date: scheduled,
          status: 'dropped',
          step: copyStep(step),
          stepId: step.id,
          descriptionMessage: say(L, 'TIMELINE_STEP_DROPPED', { stepId: step.id }),
        }),
      );
  }

  // Events dated after today are not applied, in the projection either: it starts from today's facts.
  const log: DunningEvent[] = first.folded.events.filter((e) => e.date <= first.today);
  let day = first.today;
  let ctx: DecisionContext = first;
  let decision = withLaterEvents(decide(ctx), ctx);
  const warnings = decision.warnings;
  let noticeDeadline: PlainDate | null = fn?.deadline ?? null;
  for (let i = 0; i < MAX_STEPS; i++) {
    if (decision.type === 'action') {
      entries.push(
        entry({
          type: 'step',
          date: day,
          status: day === first.today ? 'due' : 'planned',
          step: decision.step,
          stepId: decision.step.id,
          late: decision.late,
          amounts: decision.amounts,
          descriptionMessage: decision.explanationMessage,
        }),
      );
      log.push(decision.record as DunningEvent);
      if (decision.formalNoticeDeadline !== null) noticeDeadline = decision.formalNoticeDeadline;
    } else if (decision.type === 'wait' && decision.until !== null) {
      day = decision.until;
    } else {
      if (decision.type === 'escalate')
        entries.push(
          entry({
            type: 'escalation',
            date: day,
            status: day === first.today ? 'due' : 'planned',
            amounts: decision.amounts,
            descriptionMessage: decision.explanationMessage,
          }),
        );
      else if (decision.type === 'declare_claim')
        entries.push(
          entry({
            type: 'declare_claim',
            date: decision.deadline,
            status: 'due',
            amounts: decision.amounts,
            descriptionMessage: decision.explanationMessage,
          }),
        );
      else if (decision.type === 'wait')
        entries.push(
          entry({
            type: 'hold',
            date: null,
            status: 'planned',
            descriptionMessage: decision.explanationMessage,
          }),
        );
      break;
    }
    const folded = foldDunning(facts, log, {
      asOf: day,
      warnWithinDays: settings.limitationWarningDays,
      limitationHorizonDays: settings.limitationWarningDays,
      einvoice: einvoiceSettingsOf(settings),
      locale: L,
    });
    ctx = { ...ctx, folded, today: day };
    decision = decide(ctx);
  }
  if (noticeDeadline !== null)
    entries.push(
      entry({
        type: 'formal_notice_deadline',
        date: noticeDeadline,
        status: noticeDeadline < first.today ? 'done' : 'planned',
        descriptionMessage: say(L, 'TIMELINE_FORMAL_NOTICE_DEADLINE', {}),
      }),
    );
  const limit = state.limitation?.deadline ?? null;
  if (limit !== null)
    entries.push(
      entry({
        type: 'limitation_deadline',
        date: limit,
        status: 'planned',
        descriptionMessage: say(L, 'TIMELINE_LIMITATION_DEADLINE', {}),
      }),
    );
  entries.sort((a, b) =>
    a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1,
  );
  return { today: first.today, status: state.status, entries, warnings };
}
