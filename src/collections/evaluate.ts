// One invoice of an account through the per-invoice engine (nextDunningStep, a black box), plus the
// few facts of its log the customer level needs (its level in the ladder, its contact days).
import { dayNumber, type PlainDate } from '../dates/internal.js';
import {
  type DecisionContext,
  type DunningDecision,
  type DunningEventInput,
  decideDunning,
  pendingStep,
  prepareDunning,
  settingsFor,
  withLaterEvents,
} from '../dunning/internal.js';
import { ImpayesError } from '../errors/internal.js';
import type { RatesOption } from '../rates/internal.js';
import type { Locale } from '../text/internal.js';
import type { AccountInvoice } from './account.js';
import { rethrowForInvoice } from './account.js';
import type { CustomerInvoiceLine } from './decision.js';
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
  readonly level: CustomerInvoiceLine['level'];
  /** Days a step was recorded (reminders and formal notices), on or before today. */
  readonly stepDays: ReadonlyArray<PlainDate>;
  /** The collections events dated on or before today. */
  readonly own: ReadonlyArray<CollectionsEvent>;
}

/** @internal Days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The invoice and its log validated and folded once, for the plain ladder (courtesy steps kept). */
function prepared(inv: AccountInvoice, ctx: Ctx): DecisionContext {
  const policy = plainPolicy(ctx.policy);
  return prepareDunning(
    inv.invoice,
    inv.events,
    ctx.rates === undefined
      ? { today: ctx.today, policy }
      : { today: ctx.today, policy, rates: ctx.rates },
  );
}

/** The same folded invoice on the backlog ladder (the two ladders differ only in their steps). */
function onBacklogLadder(c: DecisionContext, ctx: Ctx): DecisionContext {
  return { ...c, settings: settingsFor(backlogPolicy(ctx.policy), c.folded.facts.debtorKind) };
}

/** What nextDunningStep decides, from a prepared context. */
function decideOn(c: DecisionContext): DunningDecision {
  return withLaterEvents(decideDunning(c), c);
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

/**
 * The backlog decision when the plain one is surely a friendly reminder of a backlog, without
 * deciding (and pricing) the plain one; else `null`. Both ladders take the same path up to the
 * pending step (only their steps differ), so a backlog action means the plain decision is an
 * action too, with the plain pending step.
 */
function backlogShortcut(c: DecisionContext, ctx: Ctx, hasSteps: boolean): DunningDecision | null {
  const after = ctx.policy.backlogAfterDays;
  if (after === null || hasSteps || daysFrom(c.folded.state.dueDate, ctx.today) <= after)
    return null;
  try {
    const plain = pendingStep(c);
    if (plain.step.kind !== 'reminder' && plain.step.kind !== 'pre_due_notice') return null;
    if (plain.dueOn > ctx.today) return null;
    const d = decideOn(onBacklogLadder(c, ctx));
    return d.type === 'action' ? d : null;
  } catch {
    // Not a plain pending step (a state the full decision handles): take the long way.
    return null;
  }
}

/** The decision of one invoice, whether the backlog ladder gave it, and its recorded steps. */
function decisionOf(inv: AccountInvoice, ctx: Ctx) {
  let c: DecisionContext;
  try {
    c = prepared(inv, ctx);
  } catch (error) {
    return rethrowForInvoice(error, inv);
  }
  // The log is read only once validated (a malformed date is an ImpayesError, never a TypeError).
  const steps = stepsOf(inv.events, ctx.today);
  const hasSteps = steps.last !== null;
  try {
    const shortcut = backlogShortcut(c, ctx, hasSteps);
    if (shortcut !== null) return { decision: shortcut, backlog: true, ...steps };
    const first = decideOn(c);
    const backlog = isBacklog(first, ctx, hasSteps);
    const decision = backlog ? decideOn(onBacklogLadder(c, ctx)) : first;
    return { decision, backlog, ...steps };
  } catch (error) {
    return rethrowForInvoice(error, inv);
  }
}

/** @internal Decides one invoice with its own ladder (the backlog ladder when it applies). */
export function evaluateInvoice(inv: AccountInvoice, ctx: Ctx): Evaluated {
  const { decision, backlog, last, days } = decisionOf(inv, ctx);
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
