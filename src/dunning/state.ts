import * as z from 'zod/mini';
import {
  addDaysValid,
  addMonthsValid,
  dayNumber,
  type PlainDate,
  PlainDateSchema,
} from '../dates/internal.js';
import type { EffectSettings } from '../einvoicing/status-effect.js';
import { ImpayesError } from '../errors/internal.js';
import { add, type Dec, dec, sub, toCents, ZERO } from '../internal/decimal.js';
import { parseFast } from '../internal/fast.js';
import { countLater, type LaterEvents } from '../internal/later-events.js';
import { invalidInput, parseOrThrow } from '../internal/validate.js';
import type { InvoiceLike } from '../invoice/internal.js';
import type { LimitationDeadlineResult, LimitationEventInput } from '../limitation/internal.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import { defaultLocale, type Locale, LocaleSchema } from '../text/internal.js';
import { formalNoticeDeadline, workCalendar } from './calendar.js';
import { type InvoiceFacts, limitationOf, type MoneyMove, readInvoice } from './deps.js';
import {
  applyEinvoiceStatus,
  creditNoteAnswersStatus,
  DEFAULT_EINVOICE_SETTINGS,
  type DunningEinvoice,
  type EinvoiceCtx,
  einvoiceStateOf,
  inTransitEnd,
  type PauseRecord,
} from './einvoice.js';
import {
  type ByEventType,
  type DunningChannel,
  type DunningEvent,
  type DunningEventInput,
  type DunningEventOf,
  DunningEventsSchema,
  type DunningEventType,
  type LegalRoute,
} from './events.js';
import { fastDunningEvents } from './fast-inputs.js';
import {
  type LimitationView,
  limitationEventsOf,
  limitationEventsOfMove,
} from './limitation-events.js';
import { type MoneyIndex, type MoneySlot, moneyIndex } from './money-index.js';
import { type DunningGuardView, type DunningStatus, findTransition } from './transitions.js';
import { type DunningWarning, laterEventsOf } from './warning.js';

/**
 * A dunning step the app recorded with `reminder_sent`.
 *
 * @category Dunning
 */
export interface DunningStepRecord {
  /** The policy step id. */
  readonly stepId: string;
  /** How it was sent. */
  readonly channel: DunningChannel;
  /** When it was carried out. */
  readonly date: PlainDate;
  /** Its position in the event log. */
  readonly eventIndex: number;
}

/**
 * The balances of an invoice, all including VAT.
 *
 * @category Dunning
 */
export interface DunningBalances {
  /** The invoice total (TTC). */
  readonly invoiced: Amount;
  /** Payments received (invoice payments and `payment_received` events). */
  readonly paid: Amount;
  /** Credit notes, and the part of the claim dropped by resolved disputes. */
  readonly credited: Amount;
  /** What is still owed in principal, never negative. */
  readonly outstanding: Amount;
  /** What was paid or credited beyond the total. */
  readonly overpaid: Amount;
}

/**
 * The dunning state of one invoice as of a date: the fold of its event log. Plain JSON data
 * (dates and amounts are strings, absent facts are `null`), so it survives `JSON.stringify` /
 * `JSON.parse` unchanged.
 *
 * @category Dunning
 */
export interface DunningState {
  /** The invoice number. */
  readonly invoiceNumber: string;
  /** The debtor kind (it selects the policy variant and the legal regime). */
  readonly debtorKind: DebtorKind;
  /** The date the state is computed for; events dated later are not applied (see `warnings`). */
  readonly asOf: PlainDate;
  /** The invoice's due date (from the invoice module). */
  readonly dueDate: PlainDate;
  /** Where the invoice stands; see {@link DunningStatus}. */
  readonly status: DunningStatus;
  /** Principal balances as of `asOf`. */
  readonly balances: DunningBalances;
  /** The steps recorded with `reminder_sent`, in log order. */
  readonly steps: ReadonlyArray<DunningStepRecord>;
  /** The date of the last step carried out (reminder or formal notice). */
  readonly lastStepOn: PlainDate | null;
  /** The formal notice, once sent; `deadline` is the last day given to pay. */
  readonly formalNotice: {
    readonly date: PlainDate;
    readonly deadlineDays: number;
    readonly deadline: PlainDate;
    readonly stepId: string | null;
    readonly channel: DunningChannel;
  } | null;
  /** The latest dispute. */
  readonly dispute: {
    readonly openedOn: PlainDate;
    readonly reason: string;
    readonly open: boolean;
    readonly outcome: 'upheld' | 'rejected' | 'settled' | null;
    readonly resolvedOn: PlainDate | null;
  } | null;
  /** The latest promise to pay and whether it was kept (judged the day after `promisedDate`). */
  readonly promise: {
    readonly madeOn: PlainDate;
    readonly promisedDate: PlainDate;
    readonly amount: Amount | null;
    readonly state: 'pending' | 'kept' | 'broken';
  } | null;
  /** The latest payment plan and how it is going. */
  readonly plan: {
    readonly agreedOn: PlainDate;
    readonly installments: ReadonlyArray<{ readonly dueDate: PlainDate; readonly amount: Amount }>;
    readonly state: 'current' | 'missed' | 'completed';
    /** The due date of the first installment not paid in full on time. */
    readonly missedInstallmentOn: PlainDate | null;
    /** The next installment not yet due, while the plan is current. */
    readonly nextInstallment: { readonly dueDate: PlainDate; readonly amount: Amount } | null;
  } | null;
  /** The latest creditor pause; `endedOn` is the first day it no longer applies. */
  readonly pause: {
    readonly since: PlainDate;
    readonly until: PlainDate | null;
    readonly reason: string;
    readonly endedOn: PlainDate | null;
  } | null;
  /** The latest mediation or conciliation; `endedOn` is `null` while it lasts. */
  readonly mediation: { readonly since: PlainDate; readonly endedOn: PlainDate | null } | null;
  /** The court route, once filed. */
  readonly legal: {
    readonly route: LegalRoute;
    readonly filedOn: PlainDate;
    readonly orderServedOn: PlainDate | null;
    readonly judgmentServedOn: PlainDate | null;
  } | null;
  /** The debtor's insolvency proceedings (dates of the judgment and the BODACC publication). */
  readonly insolvency: {
    readonly proceeding: 'sauvegarde' | 'redressement' | 'liquidation';
    readonly openedOn: PlainDate;
    readonly publishedOn: PlainDate;
    readonly claimDeclaredOn: PlainDate | null;
  } | null;
  /** The write-off, if any. */
  readonly writtenOff: { readonly date: PlainDate; readonly reason: string } | null;
  /** The last acknowledgement of the debt (written acknowledgement, promise, plan). */
  readonly acknowledgedOn: PlainDate | null;
  /** The first day after the latest hold (promise, plan, dispute, pause, mediation) ended. */
  readonly resumedOn: PlainDate | null;
  /** How many promises were broken. */
  readonly brokenPromises: number;
  /** How many payment plans failed on a missed installment. */
  readonly missedPlans: number;
  /** The limitation deadline (from the limitation module), when the claim is still open. */
  readonly limitation: {
    readonly deadline: PlainDate | null;
    readonly status: 'running' | 'suspended' | 'expired';
    readonly daysLeft: number | null;
  } | null;
  /** How many events of the log were applied (those dated on or before `asOf`). */
  readonly eventsApplied: number;
  /** What the e-invoicing lifecycle statuses say (`einvoice_status` events), or `null`. */
  readonly einvoice: DunningEinvoice | null;
  /** `EVENTS_AFTER_AS_OF` when events of the log are dated after `asOf` (not applied), else empty. */
  readonly warnings: ReadonlyArray<DunningWarning>;
}

interface Installment {
  readonly dueDate: PlainDate;
  /** The day after the due date (when a missed installment resumes dunning). */
  readonly dayAfter: PlainDate;
  readonly amount: Dec;
}

/** An installment of the plan in force, with the sum of the plan up to it (summed once). */
interface PlanInstallment extends Installment {
  readonly cumulative: Dec;
}

/** The fold's working context: raw facts, time-dependent facts are derived by `derive`. */
interface Ctx {
  readonly facts: InvoiceFacts;
  moves: MoneyMove[];
  /** The moves recorded so far, by date (sums up to a day in O(log n)). */
  readonly money: MoneyIndex;
  /** The index slot of each log event that moves money (-1 for the others). */
  readonly slotOf: ReadonlyArray<number>;
  /** Running sums of `moves` and their latest date: `derive` skips the sums when none is later. */
  movesPaid: Dec;
  movesCredited: Dec;
  movesUpTo: PlainDate | '';
  steps: DunningStepRecord[];
  lastStepOn: PlainDate | null;
  formalNotice: DunningState['formalNotice'];
  dispute: DunningState['dispute'];
  promise: {
    madeOn: PlainDate;
    promisedDate: PlainDate;
    endsOn: PlainDate;
    amount: Dec | null;
  } | null;
  plan: { agreedOn: PlainDate; installments: ReadonlyArray<PlanInstallment> } | null;
  pause: PauseRecord | null;
  mediation: { since: PlainDate; endedOn: PlainDate | null } | null;
  legal: DunningState['legal'];
  insolvency: DunningState['insolvency'];
  writtenOff: DunningState['writtenOff'];
  acknowledgedOn: PlainDate | null;
  pastResume: PlainDate | null;
  brokenPromises: number;
  missedPlans: number;
  lastDatedOn: PlainDate | null;
  applied: number;
  limitationEvents: LimitationEventInput[];
  /** A court action passed to the limitation module is pending (no proceedings_ended yet). */
  legalPending: boolean;
  /** Proceedings passed to the limitation module ended with a judgment. */
  judged: boolean;
  /** The e-invoicing statuses applied, and the settings that read them. */
  einvoice: EinvoiceCtx | null;
  readonly einvoiceSettings: EffectSettings;
  /** The language of the e-invoicing explanations and tasks kept in the state. */
  readonly locale: Locale;
  /** The last outstanding balance derived, with the sums it came from (the same on most events). */
  outstandingOf: { paid: Dec; credited: Dec; outstanding: Dec } | null;
}

interface Derived {
  readonly paid: Dec;
  readonly credited: Dec;
  readonly outstanding: Dec;
  readonly promise: 'pending' | 'kept' | 'broken' | null;
  readonly plan: 'current' | 'missed' | 'completed' | null;
  readonly missedInstallmentOn: PlainDate | null;
  readonly nextInstallment: Installment | null;
  readonly pauseEndedOn: PlainDate | null;
  readonly pauseActive: boolean;
  readonly mediationActive: boolean;
  readonly resumedOn: PlainDate | null;
  /** The end of the latest 211 Paiement transmis hold, or `null`. */
  readonly inTransitEnd: PlainDate | null;
}

function later(a: PlainDate | null, b: PlainDate | null): PlainDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function promiseState(
  p: NonNullable<Ctx['promise']>,
  d: PlainDate,
  money: MoneyIndex,
  inclVat: Dec,
): 'pending' | 'kept' | 'broken' {
  if (d <= p.promisedDate) return 'pending';
  const kept =
    p.amount === null
      ? money.upToAtLeast(p.promisedDate, inclVat)
      : money.betweenAtLeast(p.madeOn, p.promisedDate, p.amount);
  return kept ? 'kept' : 'broken';
}

function planState(
  plan: NonNullable<Ctx['plan']>,
  d: PlainDate,
  money: MoneyIndex,
): {
  state: 'current' | 'missed' | 'completed';
  missedOn: PlainDate | null;
  resumeOn: PlainDate | null;
  next: Installment | null;
} {
  for (const inst of plan.installments) {
    if (inst.dueDate >= d) return { state: 'current', missedOn: null, resumeOn: null, next: inst };
    if (!money.betweenAtLeast(plan.agreedOn, inst.dueDate, inst.cumulative))
      return { state: 'missed', missedOn: inst.dueDate, resumeOn: inst.dayAfter, next: null };
  }
  return {
    state: 'completed',
    missedOn: null,
    resumeOn: plan.installments[plan.installments.length - 1]!.dayAfter,
    next: null,
  };
}

/** Records a money move (`slot`: its place in the index, by default its event's). */
function pushMove(ctx: Ctx, m: MoneyMove, slot: number = ctx.slotOf[m.index]!): void {
  ctx.moves.push(m);
  ctx.money.insert(slot, m.kind, m.amount);
  if (m.kind === 'payment') ctx.movesPaid = add(ctx.movesPaid, m.amount);
  else ctx.movesCredited = add(ctx.movesCredited, m.amount);
  if (m.date > ctx.movesUpTo) ctx.movesUpTo = m.date;
}

/** `inclVat − paid − credited`, subtracted again only when a sum changed. */
function outstandingOf(ctx: Ctx, paid: Dec, credited: Dec): Dec {
  const last = ctx.outstandingOf;
  if (last !== null && last.paid === paid && last.credited === credited) return last.outstanding;
  const outstanding = sub(sub(ctx.facts.inclVat, paid), credited);
  ctx.outstandingOf = { paid, credited, outstanding };
  return outstanding;
}

/** The facts that depend on the date `d` and on the money moves recorded so far. */
function derive(ctx: Ctx, d: PlainDate): Derived {
  const inclVat = ctx.facts.inclVat;
  // Running sums when no move recorded so far is later than `d` (a log in date order), else the
  // index: both O(1) or O(log n), so an unsorted log costs no more than a sorted one.
  const inOrder = ctx.movesUpTo <= d;
  const paid = inOrder ? ctx.movesPaid : ctx.money.upTo(d, 'payment');
  const credited = inOrder ? ctx.movesCredited : ctx.money.upTo(d, 'credit');
  const outstanding = outstandingOf(ctx, paid, credited);
  let resumedOn = ctx.pastResume;
  const promise = ctx.promise ? promiseState(ctx.promise, d, ctx.money, inclVat) : null;
  if (ctx.promise && promise !== 'pending') resumedOn = later(resumedOn, ctx.promise.endsOn);
  const plan = ctx.plan ? planState(ctx.plan, d, ctx.money) : null;
  if (plan) resumedOn = later(resumedOn, plan.resumeOn);
  let pauseEndedOn: PlainDate | null = null;
  if (ctx.pause) {
    pauseEndedOn =
      ctx.pause.resumedOn ??
      (ctx.pause.until !== null && d > ctx.pause.until ? ctx.pause.endsOn : null);
    resumedOn = later(resumedOn, pauseEndedOn);
  }
  const mediationActive = ctx.mediation !== null && ctx.mediation.endedOn === null;
  if (ctx.mediation) resumedOn = later(resumedOn, ctx.mediation.endedOn);
  if (ctx.dispute) resumedOn = later(resumedOn, ctx.dispute.resolvedOn);
  const transitEnd = inTransitEnd(ctx.einvoice, ctx.moves, d);
  if (transitEnd !== null && transitEnd <= d) resumedOn = later(resumedOn, transitEnd);
  return {
    paid,
    credited,
    outstanding,
    promise,
    plan: plan?.state ?? null,
    missedInstallmentOn: plan?.missedOn ?? null,
    nextInstallment: plan?.next ?? null,
    pauseEndedOn,
    pauseActive: ctx.pause !== null && pauseEndedOn === null,
    mediationActive,
    resumedOn,
    inTransitEnd: transitEnd,
  };
}

function statusOf(ctx: Ctx, d: PlainDate, x: Derived): DunningStatus {
  if (ctx.writtenOff) return 'written_off';
  if (!isAboveZero(x.outstanding)) return 'paid';
  if (ctx.insolvency) return 'insolvency';
  if (ctx.legal) return 'legal';
  if (ctx.dispute?.open) return 'disputed';
  if (x.pauseActive || x.mediationActive) return 'paused';
  if (x.plan === 'current') return 'payment_plan';
  if (x.promise === 'pending') return 'promised';
  if (ctx.formalNotice) return 'formal_notice';
  const due = ctx.facts.dueDate;
  return d < due ? 'not_due' : d === due ? 'due' : 'overdue';
}

function viewOf(ctx: Ctx, x: Derived): DunningGuardView {
  return {
    dispute: ctx.dispute,
    pause: ctx.pause ? { endedOn: x.pauseEndedOn } : null,
    mediation: ctx.mediation,
    legal: ctx.legal,
    insolvency: ctx.insolvency,
  };
}

function transitionError(
  index: number,
  event: DunningEvent,
  status: DunningStatus,
  why: string,
): ImpayesError {
  return new ImpayesError({
    code: 'INVALID_TRANSITION',
    message: `Event ${index} (${event.type} on ${event.date}) cannot happen: ${why}.`,
    path: ['events', index],
    details: { index, type: event.type, date: event.date, status },
  });
}

const GUARD_TEXT: Readonly<Record<string, string>> = {
  disputeOpen: 'no dispute is open',
  noDisputeOpen: 'a dispute is already open',
  pauseActive: 'dunning is not paused',
  mediationActive: 'no mediation is under way',
  noMediationActive: 'a mediation is already under way',
  legalActionFiled: 'no legal action was filed',
  injonctionFiled: 'no injonction de payer was filed',
  insolvencyOpen: 'no insolvency proceedings were opened',
  hasInstallments: 'a payment plan needs at least one installment',
};

const STATUS_TEXT: Readonly<Record<DunningStatus, string>> = {
  not_due: 'the invoice is not due yet',
  due: 'the invoice is due today',
  overdue: 'the invoice is overdue',
  paused: 'dunning is paused (pause or mediation)',
  promised: 'a promise to pay is in force',
  disputed: 'the invoice is disputed',
  payment_plan: 'a payment plan is in force',
  formal_notice: 'the formal notice was already sent',
  legal: 'a legal action is pending',
  insolvency:
    'insolvency proceedings are open (reminders and individual actions are forbidden, C. com. L622-21)',
  paid: 'the invoice is fully paid',
  written_off: 'the claim was written off',
  time_barred: 'the claim is time-barred',
};

const MONEY: ReadonlySet<string> = new Set(['payment_received', 'credit_note_issued']);

/** The date of the credit a resolved dispute gives. */
function disputeCreditDate(
  facts: InvoiceFacts,
  e: Extract<DunningEvent, { type: 'dispute_resolved' }>,
): PlainDate {
  // An upheld claim was never owed: credit it from the due date, so no penalty accrues on it.
  return e.outcome === 'upheld' && facts.dueDate < e.date ? facts.dueDate : e.date;
}

/** What a handler knows besides the event: its place in the log and the facts just before it. */
interface At {
  readonly index: number;
  readonly d: Derived;
}

type Handler<K extends DunningEventType> = (e: DunningEventOf<K>, ctx: Ctx, at: At) => void;

function reminderSent(e: DunningEventOf<'reminder_sent'>, ctx: Ctx, { index }: At): void {
  ctx.steps.push({ stepId: e.stepId, channel: e.channel, date: e.date, eventIndex: index });
  ctx.lastStepOn = e.date;
}

function moneyReceived(
  kind: MoneyMove['kind'],
): Handler<'payment_received' | 'credit_note_issued'> {
  return (e, ctx, { index }) => {
    pushMove(ctx, { date: e.date, amount: dec(e.amount), kind, index });
    if (kind === 'credit') creditNoteAnswersStatus(ctx, e.date);
  };
}

function promiseToPay(e: DunningEventOf<'promise_to_pay'>, ctx: Ctx, { d }: At): void {
  if (ctx.promise && d.promise === 'broken') ctx.brokenPromises++;
  if (ctx.promise && d.promise !== 'pending')
    ctx.pastResume = later(ctx.pastResume, ctx.promise.endsOn);
  ctx.promise = {
    madeOn: e.date,
    promisedDate: e.promisedDate,
    endsOn: addDaysValid(e.promisedDate, 1),
    amount: e.amount === undefined ? null : dec(e.amount),
  };
  ctx.acknowledgedOn = e.date;
}

function disputeOpened(e: DunningEventOf<'dispute_opened'>, ctx: Ctx): void {
  if (ctx.dispute) ctx.pastResume = later(ctx.pastResume, ctx.dispute.resolvedOn);
  ctx.dispute = { openedOn: e.date, reason: e.reason, open: true, outcome: null, resolvedOn: null };
}

/** @internal The part of the claim a resolved dispute drops (throws when over the balance). */
export function droppedByResolution(
  e: DunningEventOf<'dispute_resolved'>,
  outstanding: Dec,
  fail: (why: string) => never,
): Dec {
  const dropped =
    e.amount !== undefined ? dec(e.amount) : e.outcome === 'upheld' ? outstanding : ZERO;
  if (dropped.gt(outstanding))
    fail(
      `the amount dropped (${toCents(dropped)}) exceeds the outstanding balance (${toCents(outstanding)})`,
    );
  return dropped;
}

function disputeResolved(e: DunningEventOf<'dispute_resolved'>, ctx: Ctx, at: At): void {
  const dropped = droppedByResolution(e, at.d.outstanding, (why) => {
    throw transitionError(at.index, e, statusOf(ctx, e.date, at.d), why);
  });
  if (dropped.gt(0))
    pushMove(ctx, {
      date: disputeCreditDate(ctx.facts, e),
      amount: dropped,
      kind: 'credit',
      index: at.index,
    });
  ctx.dispute = { ...ctx.dispute!, open: false, outcome: e.outcome, resolvedOn: e.date };
}

/** @internal Checks that a plan's installments are in date order, from the agreement on. */
export function checkInstallmentOrder(
  e: DunningEventOf<'payment_plan_agreed'>,
  index: number,
): void {
  let previous = e.date;
  e.installments.forEach((inst, i) => {
    if (inst.dueDate < previous)
      invalidInput(
        `installments must be in date order and not before the agreement (${e.date}): ${inst.dueDate} comes after ${previous}`,
        ['events', index, 'installments', i, 'dueDate'],
      );
    previous = inst.dueDate;
  });
}

function planAgreed(e: DunningEventOf<'payment_plan_agreed'>, ctx: Ctx, { index, d }: At): void {
  checkInstallmentOrder(e, index);
  if (ctx.plan && d.plan === 'missed') ctx.missedPlans++;
  if (ctx.plan && d.plan !== 'current') ctx.pastResume = later(ctx.pastResume, d.resumedOn);
  ctx.plan = {
    agreedOn: e.date,
    installments: installmentsOf(e.installments),
  };
  ctx.acknowledgedOn = e.date;
}

/** The installments of a plan, with their running sums. */
function installmentsOf(
  given: DunningEventOf<'payment_plan_agreed'>['installments'],
): PlanInstallment[] {
  let cumulative = ZERO;
  return given.map((i) => {
    const amount = dec(i.amount);
    cumulative = cumulative.plus(amount);
    return { dueDate: i.dueDate, dayAfter: addDaysValid(i.dueDate, 1), amount, cumulative };
  });
}

function mediationStarted(e: DunningEventOf<'mediation_started'>, ctx: Ctx): void {
  if (ctx.mediation) ctx.pastResume = later(ctx.pastResume, ctx.mediation.endedOn);
  ctx.mediation = { since: e.date, endedOn: null };
}

function formalNoticeSent(e: DunningEventOf<'formal_notice_sent'>, ctx: Ctx): void {
  ctx.formalNotice = {
    date: e.date,
    deadlineDays: e.deadlineDays,
    deadline: formalNoticeDeadline(e.date, e.deadlineDays, workCalendar(ctx.facts.region)),
    stepId: e.stepId ?? null,
    channel: e.channel ?? 'registered_letter',
  };
  ctx.lastStepOn = e.date;
}

function legalActionFiled(e: DunningEventOf<'legal_action_filed'>, ctx: Ctx): void {
  // A second route keeps the first filing's date and what was served.
  ctx.legal = {
    route: e.route,
    filedOn: ctx.legal?.filedOn ?? e.date,
    orderServedOn: ctx.legal?.orderServedOn ?? null,
    judgmentServedOn: ctx.legal?.judgmentServedOn ?? null,
  };
}

function insolvencyOpened(e: DunningEventOf<'insolvency_opened'>, ctx: Ctx): void {
  // A conversion (e.g. redressement to liquidation) keeps the first judgment's dates.
  ctx.insolvency = ctx.insolvency
    ? { ...ctx.insolvency, proceeding: e.proceeding }
    : {
        proceeding: e.proceeding,
        openedOn: e.date,
        publishedOn: e.publishedOn,
        claimDeclaredOn: null,
      };
}

function paused(e: DunningEventOf<'paused'>, ctx: Ctx, { d }: At): void {
  // A past pause's end (null while the pause applies: an extension keeps its start).
  ctx.pastResume = later(ctx.pastResume, d.pauseEndedOn);
  ctx.pause = {
    since: ctx.pause && d.pauseActive ? ctx.pause.since : e.date,
    until: e.until ?? null,
    endsOn: e.until === undefined ? null : addDaysValid(e.until, 1),
    reason: e.reason,
    resumedOn: null,
  };
}

function einvoiceStatus(e: DunningEventOf<'einvoice_status'>, ctx: Ctx, { index, d }: At): void {
  const view = {
    status: statusOf(ctx, e.date, d),
    outstanding: d.outstanding,
    pauseActive: d.pauseActive,
    pauseEndedOn: d.pauseEndedOn,
    inTransitEnd: d.inTransitEnd,
  };
  applyEinvoiceStatus(ctx, e, view, ctx.einvoiceSettings, ctx.locale, (amount) =>
    pushMove(ctx, { date: e.date, amount, kind: 'payment', index }),
  );
}

/**
 * @internal How each event changes the fold, keyed by event type: a type of
 * {@link DunningEventSchema} without its handler does not compile. What an event gives the
 * limitation module is in `limitationEventsByType`.
 */
export const dunningHandlers: ByEventType<DunningEvent, [ctx: Ctx, at: At], void> = {
  reminder_sent: reminderSent,
  payment_received: moneyReceived('payment'),
  credit_note_issued: moneyReceived('credit'),
  promise_to_pay: promiseToPay,
  dispute_opened: disputeOpened,
  dispute_resolved: disputeResolved,
  payment_plan_agreed: planAgreed,
  mediation_started: mediationStarted,
  mediation_ended: (e, ctx) => {
    ctx.mediation = { since: ctx.mediation!.since, endedOn: e.date };
  },
  formal_notice_sent: formalNoticeSent,
  legal_action_filed: legalActionFiled,
  injonction_order_served: (e, ctx) => {
    ctx.legal = { ...ctx.legal!, orderServedOn: e.date };
  },
  judgment_served: (e, ctx) => {
    ctx.legal = { ...ctx.legal!, judgmentServedOn: e.date };
  },
  insolvency_opened: insolvencyOpened,
  claim_declared: (e, ctx) => {
    ctx.insolvency = { ...ctx.insolvency!, claimDeclaredOn: e.date };
  },
  debtor_acknowledged: (e, ctx) => {
    ctx.acknowledgedOn = e.date;
  },
  paused,
  resumed: (e, ctx) => {
    ctx.pause = { ...ctx.pause!, resumedOn: e.date };
  },
  written_off: (e, ctx) => {
    ctx.writtenOff = { date: e.date, reason: e.reason };
  },
  einvoice_status: einvoiceStatus,
};

/** The handler of `e`'s own type (the correlated lookup TypeScript checks without a cast). */
function handlerFor<K extends DunningEventType>(e: DunningEventOf<K>): Handler<K> {
  return dunningHandlers[e.type];
}

function limitationViewOf(ctx: Ctx): LimitationView {
  return {
    debtorKind: ctx.facts.debtorKind,
    legalPending: ctx.legalPending,
    judged: ctx.judged,
    orderServed: ctx.legal !== null && ctx.legal.orderServedOn !== null,
    einvoice: ctx.einvoiceSettings,
  };
}

/**
 * @internal Whether proceedings passed to the limitation module are pending, and whether some
 * ended with a judgment, after these limitation events (a declaration in insolvency, `other`, is
 * not such proceedings).
 */
export function proceedingsAfter(
  before: { readonly legalPending: boolean; readonly judged: boolean },
  events: ReadonlyArray<LimitationEventInput>,
): { legalPending: boolean; judged: boolean } {
  let { legalPending, judged } = before;
  for (const l of events) {
    if (l.type === 'legal_action_filed' && l.kind !== 'other') legalPending = true;
    if (l.type === 'proceedings_ended') {
      legalPending = false;
      judged = true;
    }
  }
  return { legalPending, judged };
}

/** Applies one allowed event: its handler, then what it gives the limitation module. */
function apply(ctx: Ctx, e: DunningEvent, index: number, d: Derived): void {
  const lim = limitationEventsOf(e, limitationViewOf(ctx));
  handlerFor(e)(e, ctx, { index, d });
  ctx.limitationEvents.push(...lim);
  const proceedings = proceedingsAfter(ctx, lim);
  ctx.legalPending = proceedings.legalPending;
  ctx.judged = proceedings.judged;
}

/** @internal The result of the fold: the public state plus what the decision needs. */
export interface Folded {
  readonly facts: InvoiceFacts;
  /** The whole validated log (also the events after `asOf`). */
  readonly events: ReadonlyArray<DunningEvent>;
  readonly state: DunningState;
  /** Every money move dated on or before `asOf` (log and invoice). */
  readonly moves: ReadonlyArray<MoneyMove>;
  /** `state.balances.outstanding` as a Decimal (never below 0). */
  readonly outstanding: Dec;
  /** The limitation result, when computed (see `FoldOptions.limitationHorizonDays`). */
  readonly limitation: LimitationDeadlineResult | null;
  /** The events passed to the limitation module. */
  readonly limitationEvents: ReadonlyArray<LimitationEventInput>;
  /** The events of the log dated after `asOf` (not applied), or `null`. */
  readonly later: LaterEvents | null;
}

/** @internal Options of the fold. */
export interface FoldOptions {
  readonly asOf: PlainDate;
  /** The language of the state's warnings (default French). */
  readonly locale?: Locale;
  /** Days before the limitation deadline from which LIMITATION_SOON is given. */
  readonly warnWithinDays: number;
  /**
   * When given, the limitation module is consulted only if `asOf` is within this many days of the
   * earliest possible limitation deadline: 2 years (the shortest period, C. conso L218-2) from the
   * earliest of the issue, delivery and due dates — no period starts earlier, and events only push
   * the deadline later. Before that, the claim can be neither time-barred nor close to it.
   */
  readonly limitationHorizonDays?: number;
  /** How e-invoicing statuses are read (the hold after 211); default 3 working days, metropolitan. */
  readonly einvoice?: EffectSettings;
  /** Called with each applied event's status before and after (tests of the table). */
  readonly onTransition?: (from: DunningStatus, event: DunningEvent, to: DunningStatus) => void;
}

const CLOSED: ReadonlySet<DunningStatus> = new Set(['paid', 'written_off', 'insolvency']);

function limitationMayMatter(
  facts: InvoiceFacts,
  asOf: PlainDate,
  horizon: number | undefined,
): boolean {
  if (horizon === undefined) return true;
  let earliest = facts.issueDate < facts.dueDate ? facts.issueDate : facts.dueDate;
  if (facts.deliveryDate !== null && facts.deliveryDate < earliest) earliest = facts.deliveryDate;
  // Years apart (the common case, a recent invoice): asOf + horizon ≤ the 31 December of asOf's
  // year + horizon < the 1 January of the deadline's year, with no date built.
  const yearsApart = Number(earliest.slice(0, 4)) + 2 - Number(asOf.slice(0, 4)) - 1;
  if (yearsApart > 0 && horizon < 365 * yearsApart + 1) return false;
  return dayNumber(asOf) + horizon >= dayNumber(addMonthsValid(earliest, 24));
}

/**
 * The money index of a fold: a slot per log event that may move money and per invoice move, dated
 * on or before `asOf`; amounts are exact to the most decimals among them and the invoice total.
 */
function indexMoney(
  facts: InvoiceFacts,
  events: ReadonlyArray<DunningEvent>,
  asOf: PlainDate,
): { money: MoneyIndex; slotOf: number[]; factSlots: number[] } {
  const slots: MoneySlot[] = [];
  const slotOf = new Array<number>(events.length).fill(-1);
  let decimals = Math.max(2, facts.inclVat.decimalPlaces());
  events.forEach((e, index) => {
    if (e.date > asOf) return;
    if (e.type === 'payment_received' || e.type === 'credit_note_issued')
      slotOf[index] = slots.push({ date: e.date, order: index }) - 1;
    else if (e.type === 'dispute_resolved')
      slotOf[index] = slots.push({ date: disputeCreditDate(facts, e), order: index }) - 1;
  });
  const factSlots = facts.moves.map((m, j) => {
    decimals = Math.max(decimals, m.amount.decimalPlaces());
    return m.date <= asOf ? slots.push({ date: m.date, order: events.length + j }) - 1 : -1;
  });
  return { money: moneyIndex(slots, decimals), slotOf, factSlots };
}

function freshCtx(
  facts: InvoiceFacts,
  money: { money: MoneyIndex; slotOf: ReadonlyArray<number> },
  einvoiceSettings: EffectSettings,
  locale: Locale,
): Ctx {
  return {
    facts,
    moves: [],
    money: money.money,
    slotOf: money.slotOf,
    movesPaid: ZERO,
    movesCredited: ZERO,
    movesUpTo: '',
    outstandingOf: null,
    steps: [],
    lastStepOn: null,
    formalNotice: null,
    dispute: null,
    promise: null,
    plan: null,
    pause: null,
    mediation: null,
    legal: null,
    insolvency: null,
    writtenOff: null,
    acknowledgedOn: null,
    pastResume: null,
    brokenPromises: 0,
    missedPlans: 0,
    lastDatedOn: null,
    applied: 0,
    limitationEvents: [],
    legalPending: false,
    judged: false,
    einvoice: null,
    einvoiceSettings,
    locale,
  };
}

/**
 * @internal Checks that a non-money event is not dated before the last one (payments and credit
 * notes may be recorded late) and returns the new latest date.
 */
export function checkDateOrder(
  e: DunningEvent,
  index: number,
  lastDatedOn: PlainDate | null,
): PlainDate | null {
  if (MONEY.has(e.type)) return lastDatedOn;
  if (lastDatedOn !== null && e.date < lastDatedOn)
    invalidInput(
      `events must be recorded in date order: ${e.type} dated ${e.date} comes after an event dated ${lastDatedOn} (only payments and credit notes may be recorded late)`,
      ['events', index, 'date'],
    );
  return e.date;
}

/** The limitation result and the status it may turn to `time_barred`. */
function limitationStep(
  ctx: Ctx,
  status: DunningStatus,
  options: FoldOptions,
): {
  status: DunningStatus;
  limitation: LimitationDeadlineResult | null;
  events: LimitationEventInput[];
} {
  const { facts } = ctx;
  const events: LimitationEventInput[] = [...ctx.limitationEvents];
  for (const m of facts.moves)
    if (m.date <= options.asOf) events.push(...limitationEventsOfMove(m));
  if (
    CLOSED.has(status) ||
    !limitationMayMatter(facts, options.asOf, options.limitationHorizonDays)
  )
    return { status, limitation: null, events };
  const limitation = limitationOf(
    facts,
    events,
    options.asOf,
    options.warnWithinDays,
    options.locale ?? defaultLocale,
  );
  return { status: limitation.status === 'expired' ? 'time_barred' : status, limitation, events };
}

const cents = (v: Dec): Amount => toCents(v) as Amount;

/** `v.gt(0)` by its sign: decimal.js would make a Decimal of the 0 on every comparison. */
export const isAboveZero = (v: Dec): boolean => !v.isZero() && v.isPositive();

/** `v.lt(0)` by its sign. */
const isBelowZero = (v: Dec): boolean => !v.isZero() && v.isNegative();

/** @internal The balances as of the state's date (`x.outstanding` may be below 0: overpaid). */
export function balancesOf(
  inclVat: Dec,
  x: Pick<Derived, 'paid' | 'credited' | 'outstanding'>,
): DunningBalances {
  return {
    invoiced: cents(inclVat),
    paid: cents(x.paid),
    credited: cents(x.credited),
    outstanding: cents(isAboveZero(x.outstanding) ? x.outstanding : ZERO),
    overpaid: cents(isBelowZero(x.outstanding) ? x.outstanding.neg() : ZERO),
  };
}

/** @internal The public view of the latest promise, judged as of the state's date. */
export function promiseOf(
  promise: Ctx['promise'],
  state: Derived['promise'],
): DunningState['promise'] {
  if (promise === null) return null;
  return {
    madeOn: promise.madeOn,
    promisedDate: promise.promisedDate,
    amount: promise.amount === null ? null : cents(promise.amount),
    state: state!,
  };
}

/** @internal The public view of the latest payment plan, as of the state's date. */
export function planOf(
  plan: { readonly agreedOn: PlainDate; readonly installments: ReadonlyArray<Installment> } | null,
  x: Pick<Derived, 'plan' | 'missedInstallmentOn' | 'nextInstallment'>,
): DunningState['plan'] {
  if (plan === null) return null;
  const next = x.nextInstallment;
  return {
    agreedOn: plan.agreedOn,
    installments: plan.installments.map((i) => ({ dueDate: i.dueDate, amount: cents(i.amount) })),
    state: x.plan!,
    missedInstallmentOn: x.missedInstallmentOn,
    nextInstallment: next ? { dueDate: next.dueDate, amount: cents(next.amount) } : null,
  };
}

/** @internal The public view of the latest pause (`endedOn` as of the state's date). */
export function pauseOf(pause: Ctx['pause'], endedOn: PlainDate | null): DunningState['pause'] {
  if (pause === null) return null;
  return { since: pause.since, until: pause.until, reason: pause.reason, endedOn };
}

/** The public state, from the fold's context and the facts derived as of `asOf`. */
function stateOf(
  ctx: Ctx,
  x: Derived,
  lim: { status: DunningStatus; limitation: LimitationDeadlineResult | null },
  later: LaterEvents | null,
  options: FoldOptions,
): DunningState {
  const { facts } = ctx;
  const { limitation } = lim;
  return {
    invoiceNumber: facts.number,
    debtorKind: facts.debtorKind,
    asOf: options.asOf,
    dueDate: facts.dueDate,
    status: lim.status,
    balances: balancesOf(facts.inclVat, x),
    steps: [...ctx.steps],
    lastStepOn: ctx.lastStepOn,
    formalNotice: ctx.formalNotice,
    dispute: ctx.dispute,
    promise: promiseOf(ctx.promise, x.promise),
    plan: planOf(ctx.plan, x),
    pause: pauseOf(ctx.pause, x.pauseEndedOn),
    mediation: ctx.mediation,
    legal: ctx.legal,
    insolvency: ctx.insolvency,
    writtenOff: ctx.writtenOff,
    acknowledgedOn: ctx.acknowledgedOn,
    resumedOn: x.resumedOn,
    brokenPromises: ctx.brokenPromises + (x.promise === 'broken' ? 1 : 0),
    missedPlans: ctx.missedPlans + (x.plan === 'missed' ? 1 : 0),
    limitation: limitation
      ? { deadline: limitation.deadline, status: limitation.status, daysLeft: limitation.daysLeft }
      : null,
    eventsApplied: ctx.applied,
    einvoice: einvoiceStateOf(ctx.einvoice, x.inTransitEnd, options.asOf),
    warnings: laterEventsOf(later, options.asOf, options.locale ?? defaultLocale),
  };
}

/** A fold under way: the log's events applied, the invoice's own moves not yet. */
interface Started {
  readonly ctx: Ctx;
  readonly later: LaterEvents | null;
  /** The index slot of each invoice move (-1 for one after the day the index was built for). */
  readonly factSlots: ReadonlyArray<number>;
}

/** Applies event `index` of the log, checked against the transition table and the date order. */
function applyLogged(ctx: Ctx, e: DunningEvent, index: number, options: FoldOptions): void {
  ctx.lastDatedOn = checkDateOrder(e, index, ctx.lastDatedOn);
  const before = derive(ctx, e.date);
  const from = statusOf(ctx, e.date, before);
  const found = findTransition(from, viewOf(ctx, before), e);
  if (!('row' in found))
    throw transitionError(
      index,
      e,
      from,
      found.failed === null ? STATUS_TEXT[from] : GUARD_TEXT[found.failed]!,
    );
  apply(ctx, e, index, before);
  ctx.applied++;
  if (options.onTransition)
    options.onTransition(from, e, statusOf(ctx, e.date, derive(ctx, e.date)));
}

/** Applies the log's events dated on or before `options.asOf` (the money index built up to `indexUpTo`). */
function startFold(
  facts: InvoiceFacts,
  events: ReadonlyArray<DunningEvent>,
  options: FoldOptions,
  indexUpTo: PlainDate = options.asOf,
): Started {
  const asOf = options.asOf;
  const { money, slotOf, factSlots } = indexMoney(facts, events, indexUpTo);
  const ctx = freshCtx(
    facts,
    { money, slotOf },
    options.einvoice ?? DEFAULT_EINVOICE_SETTINGS,
    options.locale ?? defaultLocale,
  );
  let later: LaterEvents | null = null;
  for (let index = 0; index < events.length; index++) {
    const e = events[index]!;
    if (e.date > asOf) later = countLater(later, e.date, asOf);
    else applyLogged(ctx, e, index, options);
  }
  return { ctx, later, factSlots };
}

/**
 * The fold's result as of `options.asOf`. The invoice's own payments and credit notes count from
 * here on (not for the log's transitions); they are taken out of the context again afterwards, so
 * that more events can still be applied to it (see {@link foldOnward}).
 */
function finishFold(s: Started, events: ReadonlyArray<DunningEvent>, options: FoldOptions): Folded {
  const { ctx } = s;
  // An invoice without payments or credit notes of its own: nothing to count and take out again.
  if (ctx.facts.moves.length === 0) return foldedAt(ctx, events, s.later, options);
  const {
    moves: { length },
    movesPaid,
    movesCredited,
    movesUpTo,
  } = ctx;
  const own = ctx.facts.moves.flatMap((m, j) =>
    m.date <= options.asOf ? [{ m, slot: s.factSlots[j]! }] : [],
  );
  for (const { m, slot } of own) pushMove(ctx, m, slot);
  const folded = foldedAt(ctx, events, s.later, options);
  for (const { m, slot } of own) ctx.money.insert(slot, m.kind, m.amount.neg());
  ctx.moves.length = length;
  Object.assign(ctx, { movesPaid, movesCredited, movesUpTo });
  return folded;
}

/** @internal Folds validated events into the state (throws INVALID_TRANSITION / INVALID_INPUT). */
export function foldDunning(
  facts: InvoiceFacts,
  events: ReadonlyArray<DunningEvent>,
  options: FoldOptions,
): Folded {
  return finishFold(startFold(facts, events, options), events, options);
}

/**
 * @internal A fold that goes on (the timeline's projection, issue 17): `events`, all dated on or
 * before `options.asOf`, are applied once. Each call applies one more step record (or none), dated
 * on or after every event before it, and returns what {@link foldDunning} of the longer log would
 * return as of `asOf` (never before the previous call's), without applying the log again.
 */
export function foldOnward(
  facts: InvoiceFacts,
  events: ReadonlyArray<DunningEvent>,
  options: FoldOptions,
): (record: StepRecordEvent | null, asOf: PlainDate) => Folded {
  const s = startFold(facts, events, options, MAX_DATE);
  const log = [...events];
  return (record, asOf) => {
    if (record !== null) {
      applyLogged(s.ctx, record, log.length, options);
      log.push(record);
    }
    return finishFold(s, [...log], { ...options, asOf });
  };
}

/** @internal The events `foldOnward` can apply after the log: they move no money. */
export type StepRecordEvent = Extract<
  DunningEvent,
  { type: 'reminder_sent' | 'formal_notice_sent' }
>;

const MAX_DATE = '9999-12-31' as PlainDate;

/** The public state and the fold's result, from the context of a fold as of `options.asOf`. */
function foldedAt(
  ctx: Ctx,
  events: ReadonlyArray<DunningEvent>,
  later: LaterEvents | null,
  options: FoldOptions,
): Folded {
  const x = derive(ctx, options.asOf);
  const lim = limitationStep(ctx, statusOf(ctx, options.asOf, x), options);
  return {
    facts: ctx.facts,
    events,
    state: stateOf(ctx, x, lim, later, options),
    moves: [...ctx.moves],
    outstanding: isAboveZero(x.outstanding) ? x.outstanding : ZERO,
    limitation: lim.limitation,
    limitationEvents: lim.events,
    later,
  };
}

/** @internal Validates an event log (INVALID_INPUT with paths under `events`). */
export function parseEvents(events: unknown): ReadonlyArray<DunningEvent> {
  // The hand-written check first (issue 17); the schema decides whatever it cannot prove valid.
  return parseFast(fastDunningEvents, DunningEventsSchema, events, 'events', ['events']);
}

const StateOptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: PlainDateSchema,
  locale: z.optional(LocaleSchema),
});

/**
 * Options of {@link dunningState}.
 *
 * @category Dunning
 */
export interface DunningStateOptions {
  /** The date to compute the state for; events dated later are ignored. */
  readonly asOf: string;
  /** The language of the state's warnings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Folds an invoice's event log into its dunning state as of a date.
 *
 * @remarks Events are applied in the order they were recorded; each must be allowed by
 * {@link dunningTransitions} in the status the invoice had on its date, else the fold throws
 * `INVALID_TRANSITION` naming the event's index and type. Events dated after `asOf` are not applied
 * and give the warning `EVENTS_AFTER_AS_OF` (count and first date) in `warnings`, so a past day can
 * be replayed with the whole log. Non-money events must be recorded in date
 * order; payments and credit notes may be recorded late (with their real date). The invoice's own
 * `payments` and `creditNotes` count as well (record each payment once: on the invoice or as an
 * event). Holds (dispute, promise, plan, pause, mediation) stop reminders but not penalties nor
 * limitation ([law.md §6](../../docs/law.md)); the limitation deadline comes from the limitation module, with
 * promises and payment plans counted as acknowledgements (C. civ. 2240) and the declaration of a
 * claim in insolvency as a demand in court (C. civ. 2241).
 * @param invoice - the invoice (validated with the invoice module's rules)
 * @param events - the event log, in recording order; see {@link DunningEventSchema}
 * @param options - `{ asOf }`, and optionally `locale` (`'fr'` by default) for the warnings
 * @returns the state, plain JSON data
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed invoice, event or option (paths
 * like `['events', 2, 'amount']`); `INVALID_TRANSITION` for an impossible sequence (a reminder after
 * full payment, a plan without installments, resolving a dispute that is not open, `resumed`
 * without a pause…), with `details: { index, type, date, status }`.
 * @example
 * ```ts
 * dunningState(invoice, [
 *   { type: 'reminder_sent', date: '2026-03-02', stepId: 'friendly-email', channel: 'email' },
 *   { type: 'promise_to_pay', date: '2026-03-04', promisedDate: '2026-03-15' },
 * ], { asOf: '2026-03-10' }).status;
 * //=> 'promised'
 * ```
 * @category Dunning
 */
export function dunningState(
  invoice: InvoiceLike,
  events: ReadonlyArray<DunningEventInput>,
  options: DunningStateOptions,
): DunningState {
  const o = parseOrThrow(StateOptionsSchema, options, 'options', ['options']);
  const facts = readInvoice(invoice);
  return foldDunning(facts, parseEvents(events), {
    asOf: o.asOf,
    warnWithinDays: 90,
    ...(o.locale === undefined ? {} : { locale: o.locale }),
  }).state;
}
