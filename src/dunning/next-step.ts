import * as z from 'zod/mini';
import { addDaysValid, dayNumber, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import type { EffectSettings, EinvoiceStopReason } from '../einvoicing/status-effect.js';
import { ImpayesError } from '../errors/internal.js';
import { type Dec, dec } from '../internal/decimal.js';
import { parseFast } from '../internal/fast.js';
import { lawNextRow, lawNumber } from '../law/internal.js';
import {
  forclusionReliefDeadline,
  insolvencyClaimDeadline,
  type LimitationDeadlineResult,
} from '../limitation/internal.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { RatesOption } from '../rates/internal.js';
import { defaultLocale, type Locale, LocaleSchema } from '../text/internal.js';
import { formalNoticeDeadline, type WorkCalendar, workCalendar } from './calendar.js';
import {
  limitationOf,
  type MoneyMove,
  penaltyStatement,
  penaltyTextIn,
  readInvoice,
} from './deps.js';
import type { DunningChannel, DunningEventInput } from './events.js';
import { fastDecisionOptions } from './fast-inputs.js';
import { say, warn } from './say.js';
import type { DunningTextMessage } from './text.js';
import { type DunningWarning, laterEventsOf } from './warning.js';

export type { DunningWarning } from './warning.js';

import type { InvoiceLike } from '../invoice/internal.js';
import {
  copyStep,
  type DunningPolicy,
  type DunningPolicyInput,
  type DunningSettings,
  type DunningStep,
  minimumAmountOf,
  settingsFor,
} from './policy.js';
import { type RecoveryOption, recoveryOptions } from './recovery-options.js';
import { type DunningState, type Folded, foldDunning, isAboveZero, parseEvents } from './state.js';
import type { DunningStatus } from './transitions.js';

/**
 * The penalties statement that goes with an action: what to claim as of the decision's day
 * (from the penalties module).
 *
 * @category Dunning
 */
export interface DunningAmounts {
  /** The statement date (the decision's `today`). */
  readonly asOf: PlainDate;
  /** Principal still owed (TTC). */
  readonly principal: Amount;
  /** Late-payment penalties or interest accrued and unpaid. */
  readonly penalties: Amount;
  /** The 40 € recovery indemnity where owed (B2B and public buyers), else `'0.00'`. */
  readonly indemnity: Amount;
  /** Principal + penalties + indemnity. */
  readonly total: Amount;
  /** The legal regime of the penalties. */
  readonly regime: 'b2b-l441-10' | 'legal-interest' | 'public-procurement';
  /** The first day bearing interest, `null` when none yet (consumer before a formal notice). */
  readonly interestFrom: PlainDate | null;
  /** `false` when a rate was unknown: penalties are then computed up to the last known day. */
  readonly complete: boolean;
  /** The legal basis of the penalties. */
  readonly article: string;
}

/**
 * The invoice facts a decision carries, so that a message can be written from it alone.
 *
 * @category Dunning
 */
export interface DunningInvoiceRef {
  /** The invoice number. */
  readonly number: string;
  /** Its issue date. */
  readonly issueDate: PlainDate;
  /** Its due date. */
  readonly dueDate: PlainDate;
  /** The invoice total (TTC). */
  readonly invoiced: Amount;
  /** The debtor kind. */
  readonly debtorKind: DebtorKind;
  /** The debtor's name, from the invoice. */
  readonly debtorName: string;
}

interface DecisionBase {
  /** The decision's day. */
  readonly today: PlainDate;
  /** The status of the invoice on that day. */
  readonly status: DunningStatus;
  /** The invoice concerned. */
  readonly invoice: DunningInvoiceRef;
  /** Why, in one sentence in the locale of the call (`'fr'` by default). */
  readonly explanation: string;
  /** The same sentence as a message: its stable `code` and `params` (and the rendered text). */
  readonly explanationMessage: DunningTextMessage;
  /** Legal and practical warnings. */
  readonly warnings: ReadonlyArray<DunningWarning>;
}

/**
 * Why nothing is to be done, ever again (or until the app records something).
 *
 * @category Dunning
 */
export type DunningNoneReason =
  | 'paid'
  | 'nothing_due'
  | 'written_off'
  | 'time_barred'
  | 'below_minimum'
  | 'legal_action_pending'
  | 'claim_declared'
  // A stopping e-invoicing status (its reason passed on as it is).
  | EinvoiceStopReason;

/**
 * Nothing to do: the invoice is paid, written off, time-barred, below the policy's minimum, in
 * court, or its claim was declared in insolvency; or an e-invoicing status stopped dunning
 * (`einvoice_*` reasons: refused, rejected, cancelled or misrouted, so no valid invoice and no
 * penalties or 40 € indemnity; factored or paid directly, so someone else collects).
 *
 * @category Dunning
 */
export interface DunningNone extends DecisionBase {
  /** Discriminant. */
  readonly type: 'none';
  /** The stable reason. */
  readonly reason: DunningNoneReason;
  /**
   * For an invoice paid in full after its due date (`reason: 'paid'`): the penalties and the 40 €
   * indemnity the law still lets the creditor claim; `null` otherwise (paid on time, nothing left
   * to claim, or any other reason).
   */
  readonly claimable: DunningClaimable | null;
}

/**
 * What may still be claimed on an invoice paid in full after its due date (issue 15): the
 * late-payment penalties (or interest) accrued up to the payment and not paid, and the 40 €
 * recovery indemnity (never for a consumer or a non-professional), less what the debtor paid
 * beyond the principal. They remain owed after a late payment (C. com. L441-10 II).
 *
 * @category Dunning
 */
export interface DunningClaimable {
  /** The day the principal was paid in full. */
  readonly paidOn: PlainDate;
  /** Days between the due date and `paidOn`. */
  readonly daysLate: number;
  /** Penalties or interest still claimable. */
  readonly penalties: Amount;
  /** The indemnity still claimable, `'0.00'` when none is owed. */
  readonly indemnity: Amount;
  /** `penalties + indemnity`. */
  readonly total: Amount;
  /** The legal basis of the penalties. */
  readonly article: string;
  /** `false` when a rate was unknown (penalties then stop at the last known day). */
  readonly complete: boolean;
}

/**
 * Why the next step is later.
 *
 * @category Dunning
 */
export type DunningWaitReason =
  | 'not_due'
  | 'next_step_scheduled'
  | 'not_working_day'
  | 'promise'
  | 'dispute'
  | 'pause'
  | 'mediation'
  | 'payment_plan'
  | 'formal_notice_deadline'
  | 'payment_in_transit';

/**
 * Nothing to do today; call again on `until` (`null`: when the app records the event that ends
 * the hold — a resolved dispute, the end of a mediation or of an open-ended pause).
 * `payment_in_transit`: the buyer's platform said the payment was sent (e-invoicing status 211).
 *
 * @category Dunning
 */
export interface DunningWait extends DecisionBase {
  /** Discriminant. */
  readonly type: 'wait';
  /** The first day the decision may change, or `null` (see above). */
  readonly until: PlainDate | null;
  /** The stable reason. */
  readonly reason: DunningWaitReason;
  /** The next step of the ladder and its date, when one is scheduled. */
  readonly next: { readonly step: DunningStep; readonly dueOn: PlainDate } | null;
}

/**
 * The single step to carry out today. Do it, then store `record` (with the real date) in the event
 * log; use `idempotencyKey` to make sure it is done once even if the daily run repeats.
 *
 * @category Dunning
 */
export interface DunningAction extends DecisionBase {
  /** Discriminant. */
  readonly type: 'action';
  /** The policy step. */
  readonly step: DunningStep;
  /** The day the step became due (its scheduled date). */
  readonly dueOn: PlainDate;
  /** Whether the step is done after its scheduled day (a missed run). */
  readonly late: boolean;
  /** Stable across calls until the step is recorded: invoice number, step id and `dueOn`. */
  readonly idempotencyKey: string;
  /** The penalties statement as of today. */
  readonly amounts: DunningAmounts;
  /** For a formal notice: the last day given to pay, if it is sent today. */
  readonly formalNoticeDeadline: PlainDate | null;
  /** The steps already carried out (for letters that recall the previous requests). */
  readonly previousSteps: ReadonlyArray<{
    readonly stepId: string;
    readonly channel: DunningChannel;
    readonly date: PlainDate;
  }>;
  /** The event to store once the step is done (`reminder_sent` or `formal_notice_sent`). */
  readonly record: DunningEventInput;
}

/**
 * The amicable phase is over (formal notice expired, or limitation too close): choose a recovery
 * route before `actBefore`.
 *
 * @category Dunning
 */
export interface DunningEscalate extends DecisionBase {
  /** Discriminant. */
  readonly type: 'escalate';
  /** What triggered the escalation. */
  readonly trigger: 'formal_notice_expired' | 'limitation_imminent';
  /** The routes, each with eligibility and reasons. */
  readonly options: ReadonlyArray<RecoveryOption>;
  /** The limitation deadline (last day to act), `null` when unknown or suspended indefinitely. */
  readonly actBefore: PlainDate | null;
  /** The claim as of today. */
  readonly amounts: DunningAmounts;
  /** Stable while the escalation stands (for a task in the app). */
  readonly idempotencyKey: string;
}

/**
 * The debtor is in insolvency proceedings: stop dunning and file the claim with the mandataire
 * judiciaire by `deadline`.
 *
 * @category Dunning
 */
export interface DunningDeclareClaim extends DecisionBase {
  /** Discriminant. */
  readonly type: 'declare_claim';
  /** The last day to file (2 months from the BODACC publication, 4 from abroad; C. com. R622-24). */
  readonly deadline: PlainDate;
  /** Whether `deadline` has passed. */
  readonly late: boolean;
  /** The last day to ask for relief from late filing (6 months; C. com. L622-26). */
  readonly reliefDeadline: PlainDate;
  /** The proceedings. */
  readonly proceeding: 'sauvegarde' | 'redressement' | 'liquidation';
  /** The opening judgment's date (interest stops on it, L622-28). */
  readonly openedOn: PlainDate;
  /** The BODACC publication date. */
  readonly publishedOn: PlainDate;
  /** The amounts to declare (interest up to the opening). */
  readonly amounts: DunningAmounts;
  /** Stable until `claim_declared` is recorded. */
  readonly idempotencyKey: string;
}

/**
 * What to do about an invoice today; a discriminated union on `type`.
 *
 * @category Dunning
 */
export type DunningDecision =
  | DunningNone
  | DunningWait
  | DunningAction
  | DunningEscalate
  | DunningDeclareClaim;

/**
 * Options of {@link nextDunningStep}.
 *
 * @category Dunning
 */
export interface NextDunningStepOptions {
  /** The day of the decision (`YYYY-MM-DD`). */
  readonly today: string;
  /** The policy: built by {@link createDunningPolicy} (fast) or raw input; default {@link defaultDunningPolicy}. */
  readonly policy?: DunningPolicy | DunningPolicyInput;
  /** Rate rows beyond the built-in table, for the penalties statement. */
  readonly rates?: RatesOption;
  /** The language of explanations, warnings and route reasons: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** @internal The options of a decision (a fast validator in fast-inputs.ts mirrors it). */
export const OptionsSchema = /* @__PURE__ */ z.strictObject({
  today: PlainDateSchema,
  policy: z.optional(z.custom<DunningPolicy | DunningPolicyInput>()),
  rates: z.optional(z.custom<RatesOption>()),
  locale: z.optional(LocaleSchema),
});

/** @internal The context of one decision. */
export interface DecisionContext {
  readonly folded: Folded;
  readonly settings: DunningSettings;
  readonly today: PlainDate;
  readonly rates: RatesOption | undefined;
  readonly calendar: WorkCalendar;
  readonly locale: Locale;
}

/** @internal The scheduled date of a step (null for a pre-due notice that cannot be sent in time). */
export function scheduleStep(
  step: DunningStep,
  state: DunningState,
  issueDate: PlainDate,
  s: DunningSettings,
  cal: WorkCalendar,
): PlainDate | null {
  const nominal = addDaysValid(state.dueDate, step.offsetDays);
  if (step.kind === 'pre_due_notice') {
    let d = nominal < issueDate ? issueDate : nominal;
    if (s.workingDaysOnly) {
      const back = cal.rollBack(d);
      d = back >= issueDate ? back : cal.rollForward(d);
    }
    return d < state.dueDate ? d : null;
  }
  let d = nominal;
  if (state.lastStepOn !== null) {
    const gap = addDaysValid(state.lastStepOn, s.minGapDays);
    if (gap > d) d = gap;
  }
  if (state.resumedOn !== null && state.resumedOn > d) d = state.resumedOn;
  return s.workingDaysOnly ? cal.rollForward(d) : d;
}

/**
 * @internal A backlog taken over: no step recorded yet and more than the policy's
 * `backlogAfterDays` past due today. Its courtesy steps are skipped (issue 15).
 */
export function isBacklog(c: DecisionContext): boolean {
  const after = c.settings.backlogAfterDays;
  if (after === null || c.folded.state.steps.length > 0) return false;
  // today > dueDate + after, on day numbers (no date text built).
  return dayNumber(c.today) > dayNumber(c.folded.state.dueDate) + after;
}

/** @internal The next step of the ladder and its date (the formal notice is always pending here). */
export function pendingStep(c: DecisionContext): { step: DunningStep; dueOn: PlainDate } {
  const { state, facts } = c.folded;
  const steps = c.settings.steps;
  const records = state.steps;
  // The last step of the ladder already recorded (no step recorded: none to look up).
  let highest = -1;
  if (records.length > 0) {
    const done = new Set<string>();
    for (const r of records) done.add(r.stepId);
    for (let i = steps.length - 1; i >= 0 && highest < 0; i--)
      if (done.has(steps[i]!.id)) highest = i;
  }
  const formal = steps[steps.length - 1]!;
  if (highest === steps.length - 1) {
    const rec = state.steps.find((r) => r.stepId === formal.id)!;
    throw new ImpayesError({
      code: 'INVALID_TRANSITION',
      message: `Event ${rec.eventIndex} (reminder_sent on ${rec.date}) records the formal notice step "${formal.id}": record a formal notice with a formal_notice_sent event, which starts its deadline.`,
      path: ['events', rec.eventIndex],
      details: {
        index: rec.eventIndex,
        type: 'reminder_sent',
        date: rec.date,
        status: state.status,
      },
    });
  }
  // Steps are scheduled lazily: only as far as needed (each date may need working-day look-ups).
  let found: { step: DunningStep; dueOn: PlainDate } | null = null;
  const backlog = isBacklog(c);
  for (let i = highest + 1; i < steps.length; i++) {
    const step = steps[i]!;
    if (backlog && (step.kind === 'pre_due_notice' || step.kind === 'reminder')) continue;
    if (step.kind === 'pre_due_notice' && c.today >= state.dueDate) continue;
    const dueOn = scheduleStep(step, state, facts.issueDate, c.settings, c.calendar);
    if (dueOn === null) continue;
    if (found !== null && dueOn > c.today) break;
    found = { step, dueOn };
    if (c.settings.catchUp === 'earliest' || dueOn > c.today) break;
  }
  // A copy: the decision must not hand out the policy's own step (issue 12 item 1).
  return { step: copyStep(found!.step), dueOn: found!.dueOn };
}

/** @internal The penalties statement as of `today`, with its warnings. */
export function amountsOf(
  c: DecisionContext,
  asOf: PlainDate = c.today,
): { amounts: DunningAmounts; warnings: DunningWarning[] } {
  const { state, facts } = c.folded;
  // A partial approval (206): only the approved part is claimed, the disputed part bears nothing.
  const partial = state.status === 'insolvency' ? null : heldPart(state);
  const moves =
    partial === null
      ? c.folded.moves
      : [
          ...c.folded.moves,
          {
            date: partial.date < facts.dueDate ? partial.date : facts.dueDate,
            amount: partial.held,
            kind: 'credit' as const,
            index: -1,
          },
        ];
  const r = penaltyStatement(facts, moves, asOf, {
    formalNoticeDate: state.formalNotice?.date ?? null,
    judgmentServedOn: state.legal?.judgmentServedOn ?? null,
    insolvencyOpenedOn: state.insolvency?.openedOn ?? null,
    rates: c.rates,
  });
  const warnings: DunningWarning[] = [];
  let complete = true;
  for (const w of r.warnings) {
    if (w.code === 'RATE_UNKNOWN') complete = false;
    if (
      w.code === 'RATE_UNKNOWN' ||
      w.code === 'CONTRACT_RATE_BELOW_FLOOR' ||
      w.code === 'STATUTORY_RATE_BELOW_FLOOR'
    )
      // In the call's locale (the statement is written in French), with a copy of its params.
      warnings.push({
        code: w.code,
        message: penaltyTextIn(w, c.locale).message,
        params: { ...w.params },
        article: w.article,
      });
  }
  return {
    amounts: {
      asOf,
      principal: r.principalOutstanding,
      penalties: r.interestOutstanding,
      indemnity: r.indemnity,
      // principal + penalties + indemnity: no additional costs are claimed here.
      total: r.amountDue,
      regime: r.regime,
      interestFrom: r.interestFrom,
      complete,
      article: r.article,
    },
    warnings,
  };
}

type NoneOf = (
  reason: DunningNoneReason,
  explanation: DunningTextMessage,
  warnings?: DunningWarning[],
  claimable?: DunningClaimable | null,
) => DunningNone;

/** The `none`/`paid` decision, with what may still be claimed when the payment came late. */
function paidNone(c: DecisionContext, none: NoneOf): DunningNone {
  const { state } = c.folded;
  const head = { paid: state.balances.paid, credited: state.balances.credited };
  const claimable = claimableAfterPayment(c);
  if (claimable === null) return none('paid', say(c.locale, 'NONE_PAID', head));
  return none(
    'paid',
    say(c.locale, 'NONE_PAID_LATE', {
      ...head,
      paidOn: claimable.paidOn,
      daysLate: claimable.daysLate,
      penalties: claimable.penalties,
      indemnity: claimable.indemnity,
    }),
    [],
    claimable,
  );
}

/**
 * @internal What may still be claimed on an invoice paid in full after its due date, or `null`:
 * paid on time, paid by credit notes only, after a dispute upheld or settled (the claim was
 * corrected), or nothing left. Money beyond principal and penalties is taken off the indemnity.
 */
export function claimableAfterPayment(c: DecisionContext): DunningClaimable | null {
  const { state, facts } = c.folded;
  const o = state.dispute?.outcome;
  if (o === 'upheld' || o === 'settled') return null;
  const { capped, excess } = capAtPrincipal(c.folded.moves, facts.inclVat, c.today);
  if (!capped.some((m) => m.kind === 'payment' && m.date > facts.dueDate)) return null;
  const r = penaltyStatement(facts, capped, c.today, {
    formalNoticeDate: state.formalNotice?.date ?? null,
    judgmentServedOn: state.legal?.judgmentServedOn ?? null,
    insolvencyOpenedOn: state.insolvency?.openedOn ?? null,
    rates: c.rates,
  });
  if (r.paidOn === null || r.paidOn <= facts.dueDate) return null;
  // What was paid beyond the principal goes to the penalties first, then to the indemnity.
  const interest = dec(r.interestOutstanding);
  const toInterest = excess.lte(interest) ? excess : interest;
  const penalties = interest.minus(toInterest);
  const rest = excess.minus(toInterest);
  const fee = dec(r.indemnity);
  const indemnity = rest.gte(fee) ? dec(0) : fee.minus(rest);
  if (penalties.plus(indemnity).lte(0)) return null;
  return {
    paidOn: r.paidOn,
    daysLate: r.daysLate,
    penalties: toAmount(penalties),
    indemnity: toAmount(indemnity),
    total: toAmount(penalties.plus(indemnity)),
    article: r.article,
    complete: !r.warnings.some((w) => w.code === 'RATE_UNKNOWN'),
  };
}

/** The moves up to `asOf` in date order, cut at the principal, and the payments beyond it. */
function capAtPrincipal(
  moves: ReadonlyArray<MoneyMove>,
  principal: Dec,
  asOf: PlainDate,
): { capped: MoneyMove[]; excess: Dec } {
  const sorted = moves
    .filter((m) => m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let left = principal;
  let excess = dec(0);
  const capped: MoneyMove[] = [];
  for (const m of sorted) {
    const take = m.amount.lte(left) ? m.amount : left;
    if (take.gt(0)) capped.push({ ...m, amount: take });
    left = left.minus(take);
    if (m.kind === 'payment') excess = excess.plus(m.amount.minus(take));
  }
  return { capped, excess };
}

function invoiceRef(f: Folded): DunningInvoiceRef {
  return {
    number: f.facts.number,
    issueDate: f.facts.issueDate,
    dueDate: f.facts.dueDate,
    invoiced: f.state.balances.invoiced,
    debtorKind: f.facts.debtorKind,
    debtorName: f.facts.debtorName,
  };
}

function holdWarnings(state: DunningState, locale: Locale): DunningWarning[] {
  const out: DunningWarning[] = [];
  if (state.promise?.state === 'broken')
    out.push(
      warn(
        locale,
        'PROMISE_BROKEN',
        {
          madeOn: state.promise.madeOn,
          promisedDate: state.promise.promisedDate,
          resumedOn: addDaysValid(state.promise.promisedDate, 1),
        },
        'C. civ. 1231-1',
      ),
    );
  if (state.plan?.state === 'missed')
    out.push(
      warn(
        locale,
        'INSTALLMENT_MISSED',
        { missedOn: state.plan.missedInstallmentOn!, agreedOn: state.plan.agreedOn },
        'C. civ. 1343-5',
      ),
    );
  return out;
}

function consumerWarning(state: DunningState, locale: Locale): DunningWarning[] {
  const kind = state.debtorKind;
  if ((kind !== 'consumer' && kind !== 'non_professional') || state.formalNotice !== null)
    return [];
  return [
    warn(
      locale,
      'CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE',
      { debtor: kind },
      'C. civ. 1231-6, 1344-1',
    ),
  ];
}

/** @internal The settings of the e-invoicing statuses, from the policy. */
export function einvoiceSettingsOf(s: DunningSettings): EffectSettings {
  return { paymentInTransitWorkingDays: s.paymentInTransitWorkingDays, region: s.region };
}

/** @internal The disputed amount a partial approval (206) holds back, while it holds. */
export function heldPart(state: DunningState): { date: PlainDate; held: Dec } | null {
  const p = state.einvoice?.partialApproval;
  if (!p || p.endedOn !== null || p.held === '0.00') return null;
  return { date: p.date, held: dec(p.held) };
}

function einvoiceWarnings(state: DunningState, locale: Locale): DunningWarning[] {
  const x = state.einvoice;
  if (x === null) return [];
  const out: DunningWarning[] = x.warnings.map((w) => ({ ...w }));
  const held = heldPart(state);
  if (held !== null)
    out.push(
      warn(
        locale,
        'EINVOICE_PARTIAL_APPROVAL',
        { date: held.date, held: toAmount(held.held) },
        'AFNOR XP Z12-012 (206 Approuvée partiellement)',
      ),
    );
  return out;
}

function toAmount(v: Dec): Amount {
  return v.toFixed(2) as Amount;
}

type Base = Pick<DecisionBase, 'today' | 'status' | 'invoice'>;

/** @internal The builder of `none` decisions on this base. */
export function noneOn(base: Base): NoneOf {
  return (reason, explanation, warnings = [], claimable = null) => ({
    type: 'none',
    reason,
    claimable,
    ...base,
    explanation: explanation.message,
    explanationMessage: explanation,
    warnings,
  });
}

type WaitOf = (
  until: PlainDate | null,
  reason: DunningWaitReason,
  explanation: DunningTextMessage,
  next?: DunningWait['next'],
) => DunningWait;

/** @internal The builder of `wait` decisions on this base, all carrying `warnings`. */
export function waitOn(base: Base, warnings: DunningWarning[]): WaitOf {
  return (until, reason, explanation, next = null) => ({
    type: 'wait',
    until,
    reason,
    next,
    ...base,
    explanation: explanation.message,
    explanationMessage: explanation,
    warnings,
  });
}

/** @internal `none` when an e-invoicing status stopped dunning (unless paid or written off). */
export function einvoiceStopDecision(c: DecisionContext, none: NoneOf): DunningNone | null {
  const { state } = c.folded;
  const stop = state.einvoice?.stop;
  if (!stop || state.status === 'written_off' || state.status === 'paid') return null;
  return none(
    stop.reason,
    say(c.locale, 'NONE_EINVOICE_STOP', {
      status: String(stop.code),
      date: stop.date,
      reason: stop.reason,
    }),
    einvoiceWarnings(state, c.locale),
  );
}

/** @internal The decision of a closed or judicial status, or `null` while dunning may go on. */
export function closedDecision(
  c: DecisionContext,
  base: Base,
  none: NoneOf,
): DunningDecision | null {
  const { state, facts, limitation } = c.folded;
  const L = c.locale;
  switch (state.status) {
    case 'written_off':
      return none(
        'written_off',
        say(L, 'NONE_WRITTEN_OFF', {
          date: state.writtenOff!.date,
          reason: state.writtenOff!.reason,
        }),
      );
    case 'paid':
      return facts.inclVat.lte(0)
        ? none('nothing_due', say(L, 'NONE_NOTHING_DUE', {}))
        : paidNone(c, none);
    case 'time_barred':
      return none(
        'time_barred',
        say(L, 'NONE_TIME_BARRED', { deadline: lastDay(state) }),
        limitation!.warnings.map((w) => ({ code: w.code, message: w.message, article: w.article })),
      );
    case 'insolvency':
      return declareClaim(c, base);
    case 'legal':
      return none('legal_action_pending', legalActionMessage(state, L));
    default:
      return null;
  }
}

/**
 * @internal When a partial approval (206) holds part of the claim: wait if nothing else is owed;
 * `none` when what is chased is below the policy's minimum; else `null`.
 */
export function chasedDecision(
  c: DecisionContext,
  none: NoneOf,
  wait: WaitOf,
): DunningDecision | null {
  const { state } = c.folded;
  const held = heldPart(state);
  const chased = held === null ? c.folded.outstanding : c.folded.outstanding.minus(held.held);
  if (held !== null && !isAboveZero(chased))
    return wait(
      null,
      'dispute',
      say(c.locale, 'WAIT_DISPUTED_PART_ONLY', {
        outstanding: state.balances.outstanding,
        date: held.date,
      }),
    );
  if (chased.gte(minimumAmountOf(c.settings))) return null;
  return none(
    'below_minimum',
    say(c.locale, 'NONE_BELOW_MINIMUM', {
      outstanding: held === null ? state.balances.outstanding : toAmount(chased),
      minimum: c.settings.minimumAmount,
    }),
  );
}

/** @internal The limitation warnings a decision passes on (deadline soon, suspension). */
export function limitationWarnings(limitation: LimitationDeadlineResult | null): DunningWarning[] {
  return (limitation?.warnings ?? [])
    .filter((w) => w.code === 'LIMITATION_SOON' || w.code === 'LIMITATION_SUSPENDED')
    .map((w) => ({
      code: w.code,
      message: w.message,
      params: { ...w.params },
      article: w.article,
    }));
}

/** @internal The day from which limitation is too close to go on with reminders, or `null`. */
export function limitationImminentFrom(
  limitation: LimitationDeadlineResult | null,
  s: DunningSettings,
): PlainDate | null {
  if (
    limitation === null ||
    limitation.status !== 'running' ||
    limitation.daysLeft === null ||
    limitation.daysLeft > s.escalateBeforeLimitationDays
  )
    return null;
  return addDaysValid(limitation.deadline!, -s.escalateBeforeLimitationDays);
}

/** @internal Wait while a payment sent (211) is in transit, in a status without a hold. */
export function transitDecision(c: DecisionContext, wait: WaitOf): DunningWait | null {
  const { state } = c.folded;
  const transit = state.einvoice?.paymentInTransit;
  if (!transit || transit.endedOn !== null || !UNHELD.has(state.status)) return null;
  return wait(
    transit.resumeOn,
    'payment_in_transit',
    say(c.locale, 'WAIT_PAYMENT_IN_TRANSIT', {
      since: transit.since,
      amount: transit.amount,
      resumeOn: transit.resumeOn,
    }),
  );
}

/** @internal Wait while a pause or a mediation holds dunning. */
export function pauseDecision(c: DecisionContext, wait: WaitOf): DunningWait {
  const { state } = c.folded;
  if (state.mediation !== null && state.mediation.endedOn === null)
    return wait(
      null,
      'mediation',
      say(c.locale, 'WAIT_MEDIATION', { since: state.mediation.since }),
    );
  const pause = state.pause!;
  return wait(
    pause.until === null ? null : addDaysValid(pause.until, 1),
    'pause',
    say(c.locale, 'WAIT_PAUSE', { since: pause.since, reason: pause.reason, until: pause.until }),
  );
}

/** @internal After a formal notice: wait for its deadline (and any hold after it), then escalate. */
export function formalNoticeDecision(
  c: DecisionContext,
  base: Base,
  wait: WaitOf,
  warnings: DunningWarning[],
): DunningDecision {
  const { state } = c.folded;
  const fn = state.formalNotice!;
  let from = addDaysValid(fn.deadline, 1);
  if (state.resumedOn !== null && state.resumedOn > from) from = state.resumedOn;
  if (c.today < from)
    return wait(
      from,
      'formal_notice_deadline',
      say(c.locale, 'WAIT_FORMAL_NOTICE', { date: fn.date, deadline: fn.deadline, from }),
    );
  return escalate(c, base, 'formal_notice_expired', warnings, from);
}

/** @internal The decision of a status that holds dunning, or `null` when none holds. */
export function holdDecision(
  c: DecisionContext,
  base: Base,
  wait: WaitOf,
  warnings: DunningWarning[],
): DunningDecision | null {
  const { state } = c.folded;
  const L = c.locale;
  switch (state.status) {
    case 'disputed':
      return wait(
        null,
        'dispute',
        say(L, 'WAIT_DISPUTE', { since: state.dispute!.openedOn, reason: state.dispute!.reason }),
      );
    case 'paused':
      return pauseDecision(c, wait);
    case 'payment_plan': {
      const next = state.plan!.nextInstallment!;
      return wait(
        addDaysValid(next.dueDate, 1),
        'payment_plan',
        say(L, 'WAIT_PAYMENT_PLAN', { amount: next.amount, dueDate: next.dueDate }),
      );
    }
    case 'promised': {
      const { madeOn, promisedDate } = state.promise!;
      return wait(
        addDaysValid(promisedDate, 1),
        'promise',
        say(L, 'WAIT_PROMISE', { madeOn, promisedDate }),
      );
    }
    case 'formal_notice':
      return formalNoticeDecision(c, base, wait, warnings);
    default:
      return null;
  }
}

/** @internal The next step of the ladder: wait for its day (a working day), or carry it out. */
export function stepDecision(
  c: DecisionContext,
  base: Base,
  wait: WaitOf,
  warnings: DunningWarning[],
): DunningDecision {
  const { state, limitation } = c.folded;
  const today = c.today;
  const next = pendingStep(c);
  const { id: stepId, kind, channel } = next.step;
  if (today < next.dueOn) {
    const notDue =
      state.status === 'not_due' && kind !== 'pre_due_notice' && next.dueOn > state.dueDate;
    return wait(
      next.dueOn,
      notDue ? 'not_due' : 'next_step_scheduled',
      say(c.locale, 'WAIT_NEXT_STEP', { stepId, kind, channel, dueOn: next.dueOn }),
      next,
    );
  }
  if (c.settings.workingDaysOnly && !c.calendar.isWorkingDay(today)) {
    const until = c.calendar.rollForward(addDaysValid(today, 1));
    return wait(
      until,
      'not_working_day',
      say(c.locale, 'WAIT_NOT_WORKING_DAY', { today, stepId, kind, until }),
      next,
    );
  }
  const deadline = limitation?.status === 'running' ? limitation.deadline : null;
  return action(c, base, next, warnings, deadline);
}

/** @internal The decision for a folded invoice: the first of the named steps that decides. */
export function decide(c: DecisionContext): DunningDecision {
  const { state } = c.folded;
  const base = { today: c.today, status: state.status, invoice: invoiceRef(c.folded) };
  const none = noneOn(base);
  const closed = einvoiceStopDecision(c, none) ?? closedDecision(c, base, none);
  if (closed !== null) return closed;
  const warnings: DunningWarning[] = [
    ...holdWarnings(state, c.locale),
    ...consumerWarning(state, c.locale),
    ...einvoiceWarnings(state, c.locale),
  ];
  const wait = waitOn(base, warnings);
  const chased = chasedDecision(c, none, wait);
  if (chased !== null) return chased;
  warnings.push(...limitationWarnings(c.folded.limitation));
  const imminent = limitationImminentFrom(c.folded.limitation, c.settings);
  if (imminent !== null) return escalate(c, base, 'limitation_imminent', warnings, imminent);
  return (
    transitDecision(c, wait) ??
    holdDecision(c, base, wait, warnings) ??
    stepDecision(c, base, wait, warnings)
  );
}

const UNHELD: ReadonlySet<DunningStatus> = new Set(['not_due', 'due', 'overdue', 'formal_notice']);

function lastDay(state: DunningState): string | null {
  return state.limitation?.deadline ?? null;
}

/** The explanation of a court route under way (with the service period of an unserved order). */
function legalActionMessage(state: DunningState, locale: Locale): DunningTextMessage {
  const legal = state.legal!;
  const unserved = legal.route === 'injonction_de_payer' && legal.orderServedOn === null;
  const next = unserved ? lawNextRow('injonction-service-months', legal.filedOn) : undefined;
  return say(locale, 'NONE_LEGAL_ACTION', {
    route: legal.route,
    filedOn: legal.filedOn,
    serveMonths: unserved ? lawNumber('injonction-service-months', legal.filedOn) : null,
    laterMonths: next === undefined ? null : Number(next.value),
    laterFrom: next === undefined ? null : next.from,
  });
}

function action(
  c: DecisionContext,
  base: Pick<DecisionBase, 'today' | 'status' | 'invoice'>,
  next: { step: DunningStep; dueOn: PlainDate },
  warnings: DunningWarning[],
  limitationDeadline: PlainDate | null,
): DunningAction {
  const { state, facts } = c.folded;
  const { step, dueOn } = next;
  const today = c.today;
  const formal = step.kind === 'formal_notice';
  const { amounts, warnings: amountWarnings } = amountsOf(c);
  const all = [...warnings, ...amountWarnings];
  if (formal && limitationDeadline !== null && all.some((w) => w.code === 'LIMITATION_SOON'))
    all.push(
      warn(
        c.locale,
        'FORMAL_NOTICE_NO_INTERRUPTION',
        { deadline: limitationDeadline },
        'Cass. com., 18 mai 2022, n° 20-23.204; C. civ. 2240, 2241, 2244',
      ),
    );
  const deadlineDays = step.deadlineDays ?? 15;
  const record: DunningEventInput = formal
    ? {
        type: 'formal_notice_sent',
        date: today,
        deadlineDays,
        stepId: step.id,
        channel: step.channel,
      }
    : { type: 'reminder_sent', date: today, stepId: step.id, channel: step.channel };
  const late = today > dueOn;
  const explanation = say(c.locale, 'ACTION', {
    stepId: step.id,
    kind: step.kind,
    channel: step.channel,
    late,
    dueOn,
  });
  return {
    type: 'action',
    ...base,
    step,
    dueOn,
    late,
    idempotencyKey: `${facts.number}:${step.id}:${dueOn}`,
    amounts,
    // On the debtor's holiday calendar (where the notice runs), not the policy's.
    formalNoticeDeadline: formal
      ? formalNoticeDeadline(today, deadlineDays, workCalendar(facts.region))
      : null,
    previousSteps: state.steps.map((r) => ({ stepId: r.stepId, channel: r.channel, date: r.date })),
    record,
    explanation: explanation.message,
    explanationMessage: explanation,
    warnings: all,
  };
}

function escalate(
  c: DecisionContext,
  base: Pick<DecisionBase, 'today' | 'status' | 'invoice'>,
  trigger: DunningEscalate['trigger'],
  warnings: DunningWarning[],
  from: PlainDate,
): DunningEscalate {
  const { state, facts } = c.folded;
  const { amounts, warnings: amountWarnings } = amountsOf(c);
  const approvedOn = state.einvoice?.approvedOn ?? null;
  const actBefore = (
    c.folded.limitation ??
    limitationOf(
      facts,
      c.folded.limitationEvents,
      c.today,
      c.settings.limitationWarningDays,
      c.locale,
    )
  ).deadline;
  const options = recoveryOptions(c.locale, {
    debtorKind: facts.debtorKind,
    today: c.today,
    principal: dec(amounts.principal),
    interest: dec(amounts.penalties),
    total: dec(amounts.total),
    disputed:
      state.dispute !== null &&
      state.dispute.outcome !== 'rejected' &&
      !(approvedOn !== null && approvedOn >= state.dispute.openedOn),
    approvedOn,
    mediationTried: state.mediation !== null,
    creditorIsTrader: c.settings.creditorIsTrader,
    recoveryCostEstimate: dec(c.settings.recoveryCostEstimate),
  });
  const explanation =
    trigger === 'formal_notice_expired'
      ? say(c.locale, 'ESCALATE_FORMAL_NOTICE_EXPIRED', {
          date: state.formalNotice!.date,
          deadline: state.formalNotice!.deadline,
          actBefore,
        })
      : say(c.locale, 'ESCALATE_LIMITATION_IMMINENT', { actBefore });
  return {
    type: 'escalate',
    ...base,
    trigger,
    options,
    actBefore,
    amounts,
    idempotencyKey: `${facts.number}:escalate:${trigger}:${from}`,
    explanation: explanation.message,
    explanationMessage: explanation,
    warnings: [...warnings, ...amountWarnings],
  };
}

function declareClaim(
  c: DecisionContext,
  base: Pick<DecisionBase, 'today' | 'status' | 'invoice'>,
): DunningDecision {
  const { state, facts } = c.folded;
  const ins = state.insolvency!;
  const L = c.locale;
  if (ins.claimDeclaredOn !== null) {
    const declared = say(L, 'NONE_CLAIM_DECLARED', { date: ins.claimDeclaredOn });
    return {
      type: 'none',
      reason: 'claim_declared',
      claimable: null,
      ...base,
      explanation: declared.message,
      explanationMessage: declared,
      warnings: [],
    };
  }
  const region = c.settings.region;
  const deadline = insolvencyClaimDeadline(ins.publishedOn, {
    creditorAbroad: c.settings.creditorAbroad,
    region,
  }).deadline;
  const reliefDeadline = forclusionReliefDeadline(ins.publishedOn, { region }).deadline;
  const late = c.today > deadline;
  const { amounts, warnings: amountWarnings } = amountsOf(c);
  const warnings: DunningWarning[] = [
    warn(
      L,
      'INSOLVENCY_STAY',
      { proceeding: ins.proceeding, openedOn: ins.openedOn },
      'C. com. L622-21, L622-7',
    ),
    warn(L, 'INTEREST_STOPPED', { openedOn: ins.openedOn }, 'C. com. L622-28'),
    ...amountWarnings,
  ];
  if (late)
    warnings.push(
      warn(L, 'CLAIM_DEADLINE_PASSED', { deadline, reliefDeadline }, 'C. com. L622-26'),
    );
  const explanation = say(L, 'DECLARE_CLAIM', {
    total: amounts.total,
    deadline,
    months:
      lawNumber('insolvency-claim-months', ins.publishedOn) +
      (c.settings.creditorAbroad
        ? lawNumber('insolvency-claim-abroad-extra-months', ins.publishedOn)
        : 0),
    publishedOn: ins.publishedOn,
  });
  return {
    type: 'declare_claim',
    ...base,
    deadline,
    late,
    reliefDeadline,
    proceeding: ins.proceeding,
    openedOn: ins.openedOn,
    publishedOn: ins.publishedOn,
    amounts,
    idempotencyKey: `${facts.number}:declare_claim:${ins.publishedOn}`,
    explanation: explanation.message,
    explanationMessage: explanation,
    warnings,
  };
}

/** @internal Validates the inputs of a public call and folds them. */
export function prepare(
  invoice: unknown,
  events: unknown,
  options: NextDunningStepOptions,
  lazyLimitation = true,
): DecisionContext {
  const o = parseFast(fastDecisionOptions, OptionsSchema, options, 'options', ['options']);
  const facts = readInvoice(invoice);
  const settings = settingsFor(o.policy, facts.debtorKind);
  const parsed = parseEvents(events);
  const locale = o.locale ?? defaultLocale;
  const asOf = o.today;
  const einvoice = einvoiceSettingsOf(settings);
  const warnWithinDays = settings.limitationWarningDays;
  // Two literals rather than a conditional spread (V8 copies that on its slow path).
  const fold = (lazy: boolean): Folded =>
    foldDunning(
      facts,
      parsed,
      lazy
        ? { asOf, einvoice, warnWithinDays, locale, limitationHorizonDays: warnWithinDays }
        : { asOf, einvoice, warnWithinDays, locale },
    );
  let folded = fold(lazyLimitation);
  // The lazy horizon only knows that limitation cannot be close yet; a mediation under way
  // suspends it (C. civ. 2238) at any time, and LIMITATION_SUSPENDED must not depend on the horizon.
  if (folded.limitation === null && folded.state.mediation?.endedOn === null) folded = fold(false);
  return {
    folded,
    settings,
    today: o.today,
    rates: o.rates,
    calendar: workCalendar(settings.region),
    locale,
  };
}

/**
 * Tells what to do about an unpaid invoice today: nothing, wait, one action, escalate to a court
 * route, or declare the claim in insolvency. Deterministic and safe to call every day.
 *
 * @remarks [law.md §6](../../docs/law.md) timing rules: a step is due from its date on, so a missed daily run catches
 * up with the earliest missed step, one at a time (`late: true`); the next step is then scheduled at
 * the later of its own date and the last step + `minGapDays`, so two are never due at once. A
 * pre-due notice not sent before the due date is dropped. Reminders stop while a dispute, a promise,
 * a payment plan, a pause or a mediation is in force, but penalties keep accruing and limitation
 * keeps running. `amounts` is the penalties statement as of `today` (C. com. L441-10 II and D441-5
 * for businesses; C. civ. 1231-6 from the formal notice for consumers; CCP L2192-13 for public
 * buyers). After the formal notice's deadline, or when limitation is close, the decision is to
 * escalate, with the routes (CPCE L125-1, CPC 1405, 835/873, 750-1) and `actBefore` = the limitation
 * deadline; a formal notice does not interrupt limitation (Cass. com. 18 May 2022). In insolvency,
 * reminders are forbidden (C. com. L622-21): declare the claim within 2 months of the BODACC
 * publication (R622-24).
 * @param invoice - the invoice (see the invoice module's `parseInvoice`)
 * @param events - the event log, in recording order (see {@link DunningEventSchema})
 * @param options - `today`, and optionally `policy`, `rates` and `locale` (the language of
 * `explanation`, warnings and route reasons: `'fr'` by default, or `'en'`)
 * @returns the decision; see {@link DunningDecision}
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed invoice, event or option;
 * `INVALID_TRANSITION` for an impossible event log; `INVALID_POLICY` for a contradictory policy.
 * A rate missing from the table never throws: the penalties are computed up to the last known day
 * with a `RATE_UNKNOWN` warning. Events dated after `today` are not applied (the decision is the one
 * of that day, so a past day can be replayed with the whole log); the decision then carries an
 * `EVENTS_AFTER_AS_OF` warning with their count and first date.
 * @example
 * ```ts
 * const decision = nextDunningStep(invoice, [], { today: '2026-03-17' });
 * //=> { type: 'action', step: { id: 'friendly-email', … }, dueOn: '2026-03-17', late: false,
 * //     idempotencyKey: 'F-2026-001:friendly-email:2026-03-17', amounts: { … }, record: { … }, … }
 * ```
 * @category Dunning
 */
export function nextDunningStep(
  invoice: InvoiceLike,
  events: ReadonlyArray<DunningEventInput>,
  options: NextDunningStepOptions,
): DunningDecision {
  const c = prepare(invoice, events, options);
  return withLaterEvents(decide(c), c);
}

/**
 * @internal The decision with the EVENTS_AFTER_AS_OF warning when events of the log are dated after
 * `today` (they were not applied: the decision is the one of that day).
 */
export function withLaterEvents(decision: DunningDecision, c: DecisionContext): DunningDecision {
  const later = laterEventsOf(c.folded.later, c.today, c.locale);
  return later.length === 0
    ? decision
    : { ...decision, warnings: [...decision.warnings, ...later] };
}
