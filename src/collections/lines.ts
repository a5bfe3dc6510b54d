// Turns each per-invoice decision into a line of the customer decision: its role, its step, its
// hold, its claim after late payment.
import type { PlainDate } from '../dates/internal.js';
import type {
  DunningAmounts,
  DunningDecision,
  DunningEventInput,
  DunningStep,
  DunningWaitReason,
} from '../dunning/internal.js';
import { dec } from '../internal/decimal.js';
import {
  type CustomerLineAmounts,
  claimableOf,
  type LatePaymentClaimable,
  penaltyFactsOf,
} from './amounts.js';
import { finding } from './catalogue.js';
import type { CollectionsFinding, CustomerInvoiceLine, CustomerLineRole } from './decision.js';
import { type Ctx, daysFrom, type Evaluated } from './evaluate.js';
import type { CustomerHoldReason } from './kinds.js';
import { settingsOf } from './policy.js';

/** @internal A line and what the customer decision needs beside it. */
export interface LineState {
  readonly ev: Evaluated;
  readonly line: CustomerInvoiceLine;
  /** The per-invoice wait's `until`, for a waiting invoice. */
  readonly until: PlainDate | null;
  /** How the invoice waits: a scheduled step, a hold, a non-working day; `null` when it does not. */
  readonly waiting: 'scheduled' | 'held' | 'not_working_day' | null;
  /** For a step: the event the dunning module asks to record. */
  readonly record: DunningEventInput | null;
  /** For a formal notice step: its last day to pay. */
  readonly formalNoticeDeadline: PlainDate | null;
  readonly findings: ReadonlyArray<CollectionsFinding>;
}

const HOLDS: Readonly<Partial<Record<DunningWaitReason, CustomerHoldReason>>> = {
  dispute: 'dispute',
  promise: 'promise',
  payment_plan: 'payment_plan',
  pause: 'pause',
  mediation: 'mediation',
  payment_in_transit: 'payment_in_transit',
};

/**
 * @internal A copy of a policy step (results never alias the policy). Field by field, as a spread
 * would copy it: a validated step has its keys in the schema's order (zod and the fast checks build
 * it so), and an optional key given as `undefined` is kept. Faster than a spread of the decision's
 * step, which comes out of an object rest.
 */
export function copyStep(s: DunningStep): DunningStep {
  const out: { -readonly [K in keyof DunningStep]: DunningStep[K] } = {
    id: s.id,
    kind: s.kind,
    channel: s.channel,
    offsetDays: s.offsetDays,
  };
  if ('deadlineDays' in s) out.deadlineDays = s.deadlineDays;
  if ('label' in s) out.label = s.label === undefined ? undefined : { ...s.label };
  return out;
}

/** @internal The amounts of a per-invoice decision, in the customer decision's shape. */
export function amountsFrom(a: DunningAmounts): CustomerLineAmounts {
  return {
    principal: a.principal,
    penalties: a.penalties,
    indemnity: a.indemnity,
    total: a.total,
    complete: a.complete,
  };
}

/** A line being built: a fresh object whose fields are set in place (no spread copy). */
type LineDraft = { -readonly [K in keyof CustomerInvoiceLine]: CustomerInvoiceLine[K] };

/**
 * The line with every field of its role's shape, in the result's key order; the builders below set
 * the fields they fill in place (the keys keep their order, as they did with a spread).
 */
function baseLine(ev: Evaluated, ctx: Ctx, role: CustomerLineRole): LineDraft {
  const d = ev.decision;
  const late = daysFrom(d.invoice.dueDate, ctx.today);
  return {
    invoice: { ...d.invoice },
    role,
    status: d.status,
    daysLate: late > 0 ? late : 0,
    step: null,
    stepDueOn: null,
    late: false,
    backlog: false,
    level: ev.level === null ? null : { ...ev.level },
    amounts: null,
    claimable: null,
    hold: null,
    next: null,
    escalation: null,
    idempotencyKey: null,
    warnings: d.warnings.map((w) => ({ ...w })),
  };
}

interface Built {
  line: CustomerInvoiceLine;
  until?: PlainDate | null;
  waiting?: LineState['waiting'];
  record?: DunningEventInput;
  formalNoticeDeadline?: PlainDate | null;
  findings?: CollectionsFinding[];
}

function actionLine(ev: Evaluated, ctx: Ctx, d: DunningDecision & { type: 'action' }): Built {
  const findings: CollectionsFinding[] = [];
  if (ev.backlog)
    findings.push(
      finding(
        ctx.locale,
        'BACKLOG_TAKEOVER',
        {
          number: d.invoice.number,
          daysLate: daysFrom(d.invoice.dueDate, ctx.today),
          stepId: d.step.id,
        },
        'info',
        '',
      ),
    );
  const line = baseLine(ev, ctx, 'step');
  // A plain fresh object: the decision's own copy comes out of an object rest, slower to read.
  line.step = copyStep(d.step);
  line.stepDueOn = d.dueOn;
  line.late = d.late;
  line.backlog = ev.backlog;
  line.amounts = amountsFrom(d.amounts);
  line.idempotencyKey = d.idempotencyKey;
  return {
    line,
    record: { ...d.record },
    formalNoticeDeadline: d.formalNoticeDeadline,
    findings,
  };
}

function waitLine(ev: Evaluated, ctx: Ctx, d: DunningDecision & { type: 'wait' }): Built {
  const hold = HOLDS[d.reason];
  const next = d.next === null ? null : { stepId: d.next.step.id, dueOn: d.next.dueOn };
  if (hold !== undefined) {
    const line = baseLine(ev, ctx, 'held');
    line.hold = { reason: hold, until: d.until };
    line.next = next;
    return { line, until: d.until, waiting: 'held' };
  }
  const overdue = d.status === 'overdue' || d.status === 'formal_notice';
  const line = baseLine(ev, ctx, overdue ? 'overdue' : 'not_due');
  line.next = next;
  return {
    line,
    until: d.until,
    waiting: d.reason === 'not_working_day' ? 'not_working_day' : 'scheduled',
  };
}

function withClaimable(line: LineDraft, c: LatePaymentClaimable): LineDraft {
  line.claimable = c;
  return line;
}

function paidLine(ev: Evaluated, ctx: Ctx): Built {
  const d = ev.decision;
  if (ev.own.length > 0) return { line: baseLine(ev, ctx, 'claimed') };
  const facts = penaltyFactsOf(ev.inv.invoice, ev.inv.events, d.invoice, ctx.today);
  const c = claimableOf(facts, ctx.today, ctx.rates, d.invoice.issueDate);
  if (c === null || c.total === '0.00') return { line: baseLine(ev, ctx, 'closed') };
  const number = d.invoice.number;
  if (c.timeBarred)
    return {
      line: withClaimable(baseLine(ev, ctx, 'closed'), c),
      findings: [
        finding(
          ctx.locale,
          'LATE_PAYMENT_CLAIM_TIME_BARRED',
          { number, paidOn: c.paidOn },
          'info',
          'C. com. L110-4; C. civ. 2224',
        ),
      ],
    };
  const claim =
    ctx.policy.afterLatePayment === 'claim' &&
    dec(c.total).gte(dec(settingsOf(ctx.policy, d.invoice.debtorKind).minimumAmount));
  return {
    line: withClaimable(baseLine(ev, ctx, claim ? 'claim' : 'claim_reported'), c),
    findings: claim
      ? []
      : [
          finding(
            ctx.locale,
            'LATE_PAYMENT_CLAIMABLE',
            {
              number,
              paidOn: c.paidOn,
              daysLate: c.daysLate,
              penalties: c.penalties,
              indemnity: c.indemnity,
              total: c.total,
              debtorKind: d.invoice.debtorKind,
            },
            'info',
            c.article,
          ),
        ],
  };
}

function noneLine(ev: Evaluated, ctx: Ctx, d: DunningDecision & { type: 'none' }): Built {
  switch (d.reason) {
    case 'paid':
      return paidLine(ev, ctx);
    case 'below_minimum':
      return { line: baseLine(ev, ctx, d.status === 'overdue' ? 'overdue' : 'not_due') };
    case 'legal_action_pending':
      return { line: baseLine(ev, ctx, 'in_court') };
    default:
      return { line: baseLine(ev, ctx, 'closed') };
  }
}

function escalateLine(ev: Evaluated, ctx: Ctx, d: DunningDecision & { type: 'escalate' }) {
  const line = baseLine(ev, ctx, 'escalate');
  line.amounts = amountsFrom(d.amounts);
  line.escalation = {
    trigger: d.trigger,
    actBefore: d.actBefore,
    options: d.options.map((o) => ({
      ...o,
      label: { ...o.label },
      reasons: [...o.reasons],
      articles: [...o.articles],
    })),
  };
  line.idempotencyKey = d.idempotencyKey;
  return line;
}

/** @internal The line of one invoice (amounts of `'overdue'` lines are filled in by the action). */
export function lineOf(ev: Evaluated, ctx: Ctx): LineState {
  const d = ev.decision;
  let b: Built;
  switch (d.type) {
    case 'action':
      b = actionLine(ev, ctx, d);
      break;
    case 'wait':
      b = waitLine(ev, ctx, d);
      break;
    case 'none':
      b = noneLine(ev, ctx, d);
      break;
    case 'escalate':
      b = { line: escalateLine(ev, ctx, d) };
      break;
    case 'declare_claim':
      b = { line: baseLine(ev, ctx, 'insolvency') };
      break;
  }
  return {
    ev,
    line: b.line,
    until: b.until ?? null,
    waiting: b.waiting ?? null,
    record: b.record ?? null,
    formalNoticeDeadline: b.formalNoticeDeadline ?? null,
    findings: b.findings ?? [],
  };
}

/** @internal Canonical order of lines: due date, then number (the input order never matters). */
export function compareLines(a: LineState, b: LineState): number {
  const x = a.line.invoice;
  const y = b.line.invoice;
  if (x.dueDate !== y.dueDate) return x.dueDate < y.dueDate ? -1 : 1;
  return x.number < y.number ? -1 : x.number > y.number ? 1 : 0;
}
