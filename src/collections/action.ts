// The customer's message of the day: the most advanced step due gives its kind; every overdue
// invoice not on hold is listed with its own amounts; only the invoices whose own step is due
// advance their ladder (records).
import { addDaysValid, type PlainDate } from '../dates/internal.js';
import type { DunningChannel } from '../dunning/internal.js';
import { lineAmountsOf, penaltyFactsOf } from './amounts.js';
import { say } from './catalogue.js';
import type {
  CollectionsFinding,
  CustomerDunningAction,
  CustomerDunningNone,
  CustomerRecord,
} from './decision.js';
import type { Ctx } from './evaluate.js';
import { type CustomerMessageKind, moreAdvanced } from './kinds.js';
import type { LineState } from './lines.js';
import { sumTotals } from './totals.js';

/** @internal A listed line: an overdue invoice in the message (not a pre-due courtesy line). */
export function isListed(s: LineState): boolean {
  const { role, step } = s.line;
  return (
    (role === 'step' || role === 'overdue' || role === 'escalate') &&
    (step === null || step.kind !== 'pre_due_notice')
  );
}

function withAmounts(s: LineState, ctx: Ctx): LineState {
  if (s.line.amounts !== null) return s;
  const ev = s.ev;
  const facts = penaltyFactsOf(ev.inv.invoice, ev.inv.events, ev.decision.invoice, ctx.today);
  return { ...s, line: { ...s.line, amounts: lineAmountsOf(facts, ctx.today, ctx.rates) } };
}

/** The wording: the kind, or the level a listed invoice already reached (never a formal notice). */
function toneOf(kind: CustomerMessageKind, listed: ReadonlyArray<LineState>): CustomerMessageKind {
  if (kind === 'formal_notice' || kind === 'phone_call' || listed.length === 0) return kind;
  let tone: CustomerMessageKind = kind === 'late_payment_claim' ? 'reminder' : kind;
  for (const s of listed) {
    const level = s.line.level?.kind ?? null;
    if (level !== null && level !== 'formal_notice') tone = moreAdvanced(tone, level);
    if (level === 'formal_notice') tone = moreAdvanced(tone, 'registered_letter');
  }
  return tone;
}

function recordsOf(
  steps: ReadonlyArray<LineState>,
  claims: ReadonlyArray<LineState>,
  channel: DunningChannel,
  today: PlainDate,
): CustomerRecord[] {
  const out: CustomerRecord[] = [];
  for (const s of steps) {
    const r = s.record!;
    // The step was carried out by the customer's message: its channel is the message's.
    out.push({
      invoiceNumber: s.line.invoice.number,
      event: r.type === 'formal_notice_sent' || r.type === 'reminder_sent' ? { ...r, channel } : r,
    });
  }
  for (const s of claims) {
    const c = s.line.claimable!;
    out.push({
      invoiceNumber: s.line.invoice.number,
      event: {
        type: 'late_payment_claimed',
        date: today,
        penalties: c.penalties,
        indemnity: c.indemnity,
      },
    });
  }
  return out;
}

/** @internal The ten latest distinct days a step was recorded on the given lines, in order. */
export function previousContacts(states: ReadonlyArray<LineState>): PlainDate[] {
  const days: PlainDate[] = [];
  for (const s of states) for (const d of s.ev.stepDays) days.push(d);
  days.sort();
  // The ten latest distinct days, in order: a letter recalls the recent requests, not a whole
  // history.
  const latest: PlainDate[] = [];
  for (let i = days.length - 1; i >= 0 && latest.length < 10; i--)
    if (i === days.length - 1 || days[i] !== days[i + 1]) latest.push(days[i]!);
  return latest.reverse();
}

function formalNoticeOf(steps: ReadonlyArray<LineState>): CustomerDunningAction['formalNotice'] {
  const covered = steps.filter((s) => s.line.step!.kind === 'formal_notice');
  if (covered.length === 0) return null;
  let deadline = covered[0]!.formalNoticeDeadline!;
  for (const s of covered)
    if (s.formalNoticeDeadline! > deadline) deadline = s.formalNoticeDeadline!;
  return {
    covers: covered.map((s) => s.line.invoice.number),
    deadlineDays: covered[0]!.line.step!.deadlineDays ?? 15,
    deadline,
    totals: sumTotals(covered.map((s) => s.line.amounts)),
  };
}

function dueOnOf(steps: ReadonlyArray<LineState>, claims: ReadonlyArray<LineState>): PlainDate {
  const days: PlainDate[] = steps.map((s) => s.line.stepDueOn!);
  for (const s of claims) days.push(addDaysValid(s.line.claimable!.paidOn, 1));
  return days.reduce((a, b) => (b < a ? b : a));
}

/** @internal The message of the day, with every line it covers. */
export function actionDecision(
  input: ReadonlyArray<LineState>,
  ctx: Ctx,
  base: (
    states: ReadonlyArray<LineState>,
    extra: ReadonlyArray<CollectionsFinding>,
  ) => Omit<CustomerDunningNone, 'type' | 'reason' | 'explanation'>,
): CustomerDunningAction {
  const states = input.map((s) => (isListed(s) ? withAmounts(s, ctx) : s));
  const steps = states.filter((s) => s.line.role === 'step');
  let kind: CustomerMessageKind = 'late_payment_claim';
  for (const s of steps) kind = moreAdvanced(kind, s.line.step!.kind);
  // A call cannot carry a written claim: claims wait for the next written message.
  const claims = kind === 'phone_call' ? [] : states.filter((s) => s.line.role === 'claim');
  const listed = states.filter(isListed);
  const channel: DunningChannel =
    kind === 'late_payment_claim'
      ? 'email'
      : steps.find((s) => s.line.step!.kind === kind)!.line.step!.channel;
  const dueOn = dueOnOf(steps, claims);
  const b = base(states, []);
  const totals = sumTotals(listed.map((s) => s.line.amounts));
  const claimTotals = sumTotals(claims.map((s) => ({ ...s.line.claimable!, principal: '0.00' })));
  return {
    type: 'action',
    ...b,
    kind,
    tone: toneOf(kind, listed),
    channel,
    dueOn,
    late: dueOn < ctx.today,
    idempotencyKey: `${b.debtor.id}:${kind}:${dueOn}`,
    formalNotice: formalNoticeOf(steps),
    previousContacts: previousContacts(states.filter((s) => isListed(s) || s.line.role === 'step')),
    totals,
    claimTotals,
    records: recordsOf(steps, claims, channel, ctx.today),
    explanation: say(ctx.locale, 'ACTION_DUE', {
      kind,
      count: listed.length + (steps.length - steps.filter(isListed).length),
      claims: claims.length,
      total: sumTotals([totals, claimTotals]).total,
    }),
  };
}
