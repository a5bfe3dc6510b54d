// Test fixtures of the timeline (excluded from coverage and from the package).
import type { PlainDate } from '../dates/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import type { DunningEvent, DunningEventInput } from './events.js';
import {
  type DecisionContext,
  decide,
  einvoiceSettingsOf,
  type NextDunningStepOptions,
  prepare,
  scheduleStep,
  withLaterEvents,
} from './next-step.js';
import { copyStep } from './policy.js';
import { say } from './say.js';
import { foldDunning } from './state.js';
import {
  type DunningTimeline,
  type DunningTimelineEntry,
  entry,
  MAX_STEPS,
  stepOf,
} from './timeline.js';

/**
 * The timeline as `dunningTimeline` computed it before issue 17: the whole log folded again for each
 * projected step (quadratic). Kept as the oracle of the incremental projection.
 */
export function dunningTimelineByRefold(
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
