// One invoice of an account through the per-invoice engine (nextDunningStep, a black box), plus the
// few facts of its log the customer level needs (its level in the ladder, its contact days).
import { dayNumber, type PlainDate } from '../dates/internal.js';
import {
  type DunningDecision,
  type DunningEventInput,
  type DunningStepKind,
  nextDunningStep,
} from '../dunning/internal.js';
import { ImpayesError } from '../errors/internal.js';
import type { RatesOption } from '../rates/internal.js';
import type { Locale } from '../text/internal.js';
import type { AccountInvoice } from './account.js';
import { rethrowForInvoice } from './account.js';
import type { CollectionsEvent } from './events.js';
import { backlogPolicy, type CollectionsPolicy, plainPolicy, settingsOf } from './policy.js';

/** @internal What every step of a customer decision shares. */
export interface Ctx {
  readonly today: PlainDate;
  readonly policy: CollectionsPolicy;
  readonly rates: RatesOption | undefined;
  readonly locale: Locale;
}

/** @internal One invoice, decided. */
export interface Evaluated {
  readonly inv: AccountInvoice;
  readonly decision: DunningDecision;
  /** The courtesy steps were skipped (a backlog). */
  readonly backlog: boolean;
  /** The last step recorded, on or before today. */
  readonly level: {
    readonly stepId: string;
    readonly kind: DunningStepKind | null;
    readonly date: PlainDate;
  } | null;
  /** Days a step was recorded (reminders and formal notices), on or before today. */
  readonly stepDays: ReadonlyArray<PlainDate>;
  /** The collections events dated on or before today. */
  readonly own: ReadonlyArray<CollectionsEvent>;
}

/** @internal Days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

function decide(inv: AccountInvoice, ctx: Ctx, backlog: boolean): DunningDecision {
  const policy = backlog ? backlogPolicy(ctx.policy) : plainPolicy(ctx.policy);
  try {
    return nextDunningStep(
      inv.invoice as never,
      inv.events,
      ctx.rates === undefined
        ? { today: ctx.today, policy }
        : { today: ctx.today, policy, rates: ctx.rates },
    );
  } catch (error) {
    return rethrowForInvoice(error, inv);
  }
}

function stepsOf(
  events: ReadonlyArray<DunningEventInput>,
  today: PlainDate,
): { last: { stepId: string | null; date: PlainDate } | null; days: PlainDate[] } {
  let last: { stepId: string | null; date: PlainDate } | null = null;
  const days: PlainDate[] = [];
  for (const e of events) {
    if (e.date > today) continue;
    if (e.type === 'reminder_sent') last = { stepId: e.stepId, date: e.date as PlainDate };
    else if (e.type === 'formal_notice_sent')
      last = { stepId: e.stepId ?? null, date: e.date as PlainDate };
    else continue;
    days.push(e.date as PlainDate);
  }
  return { last, days };
}

/** A friendly reminder for an invoice long past due that nobody chased yet: a backlog. */
function isBacklog(d: DunningDecision, ctx: Ctx, hasSteps: boolean): boolean {
  const after = ctx.policy.backlogAfterDays;
  if (after === null || hasSteps || d.type !== 'action') return false;
  if (d.step.kind !== 'reminder' && d.step.kind !== 'pre_due_notice') return false;
  return daysFrom(d.invoice.dueDate, ctx.today) > after;
}

/** @internal Decides one invoice with its own ladder (the backlog ladder when it applies). */
export function evaluateInvoice(inv: AccountInvoice, ctx: Ctx): Evaluated {
  const first = decide(inv, ctx, false);
  const { last, days } = stepsOf(inv.events, ctx.today);
  const backlog = isBacklog(first, ctx, last !== null);
  const decision = backlog ? decide(inv, ctx, true) : first;
  const steps = settingsOf(ctx.policy, decision.invoice.debtorKind).steps;
  const formal = steps[steps.length - 1]!;
  const level =
    last === null
      ? null
      : {
          stepId: last.stepId ?? formal.id,
          kind:
            last.stepId === null
              ? formal.kind
              : (steps.find((s) => s.id === last.stepId)?.kind ?? null),
          date: last.date,
        };
  const own = inv.own.filter((e) => e.date <= ctx.today);
  if (own.length > 0 && !(decision.type === 'none' && decision.reason === 'paid'))
    throw new ImpayesError({
      code: 'INVALID_TRANSITION',
      message: `invoices[${inv.index}] (${decision.invoice.number}): a ${own[0]!.type} event needs an invoice paid in full, and this one is ${decision.status} on ${ctx.today}.`,
      path: ['account', 'invoices', inv.index, 'events'],
      details: { type: own[0]!.type, date: own[0]!.date, status: decision.status },
    });
  return { inv, decision, backlog, level, stepDays: days, own };
}
