import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { D, toPlain } from '../internal/decimal.js';
import { invalidInput, parseOrThrow } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import { type Locale, LocaleSchema, type Message, renderMessage } from '../text/internal.js';
import { averageOf, lateCounts, maxDaysLateOf, newBehaviour, observe } from './behaviour.js';
import { amountFromCents, centsOf, checkedTotal } from './cents.js';
import { addLater, type Later, laterWarnings, ledgerContext, readLedger } from './ledger.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import { bothLabels, portfolioText, renderPortfolioWarnings } from './render.js';
import { portfolioCatalogues } from './text.catalogues.js';
import type { PayerGradeDetailCode, PortfolioMessages, PortfolioText } from './text.js';
import type { PortfolioLabel, PortfolioWarning } from './warning.js';

/**
 * Schema of the options of {@link payerProfile}.
 *
 * @category Portfolio
 */
export const PayerProfileOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The day of the profile: payments, credit notes and events dated after it are ignored. */
  asOf: PlainDateSchema,
  /** The language of the warnings: `'fr'` (default) or `'en'`. */
  locale: z.optional(LocaleSchema),
  /**
   * The debtor to profile. When given, the other debtors' invoices are skipped (a whole ledger
   * can be passed); when omitted, every invoice must belong to the same debtor.
   */
  debtorId: z.optional(z.string().check(z.minLength(1))),
  /** The credit limit (plafond d'encours) granted to the debtor, incl. VAT. */
  creditLimit: z.optional(NonNegativeMoneyInputSchema),
});

/**
 * The validated options of {@link payerProfile}.
 *
 * @category Portfolio
 */
export type PayerProfileOptions = z.infer<typeof PayerProfileOptionsSchema>;

/**
 * What {@link payerProfile} accepts as options.
 *
 * @category Portfolio
 */
export type PayerProfileOptionsInput = z.input<typeof PayerProfileOptionsSchema>;

/**
 * A payer grade, from `A` (pays on time) to `D` (serious risk); see {@link payerProfile}.
 *
 * @category Portfolio
 */
export type PayerGrade = 'A' | 'B' | 'C' | 'D';

/**
 * A risk flag of a {@link PayerProfile}:
 * - `chronic_late_payer`: at least half of the assessed invoices, and at least 3, were late;
 * - `over_credit_limit`: the outstanding amount is above the credit limit;
 * - `has_disputes`: an open invoice is disputed;
 * - `broken_promises`: a promise to pay was not kept;
 * - `has_overdue`: something is past due;
 * - `overdue_over_90_days`: an open invoice is more than 90 days past due.
 *
 * @category Portfolio
 */
export type PayerFlag =
  | 'chronic_late_payer'
  | 'over_credit_limit'
  | 'has_disputes'
  | 'broken_promises'
  | 'has_overdue'
  | 'overdue_over_90_days';

/**
 * The code of a {@link PayerGradeReason}.
 *
 * @category Portfolio
 */
export type PayerGradeReasonCode =
  | 'REPEATED_BROKEN_PROMISES'
  | 'DAYS_LATE_OVER_90'
  | 'BROKEN_PROMISE'
  | 'DAYS_LATE_OVER_60'
  | 'CHRONIC_LATE_PAYER'
  | 'DAYS_LATE_OVER_30'
  | 'FREQUENT_LATE_PAYMENTS'
  | 'OVER_CREDIT_LIMIT';

/**
 * One criterion of the grade rule that the debtor meets, with the grade it leads to.
 *
 * @category Portfolio
 */
export interface PayerGradeReason {
  /** Stable code. */
  readonly code: PayerGradeReasonCode;
  /** The grade this criterion leads to; the profile's grade is the worst of them. */
  readonly grade: PayerGrade;
  /** Display label, in French and English. */
  readonly label: PortfolioLabel;
  /** The label in the requested locale (`message`), with its `code` and `params`. */
  readonly labelMessage: PortfolioText<'LABEL_GRADE_REASON'>;
  /** The figures behind it, in the requested locale. */
  readonly detail: string;
  /** The figures behind it as `code` and `params`, for apps rendering their own text. */
  readonly detailMessage: Message<PayerGradeDetailCode>;
}

/**
 * A promise to pay that was not kept.
 *
 * @category Portfolio
 */
export interface BrokenPromise {
  /** The invoice's `id` (or `number`). */
  readonly invoiceId: string;
  /** The day the debtor promised to pay by. */
  readonly promisedDate: string;
  /** The promised amount; `null` for a promise to settle the whole balance. */
  readonly promisedAmount: Amount | null;
}

/**
 * The payment behaviour of one debtor: the result of {@link payerProfile}. Its `averageDaysLate`,
 * `lateShare`, `grade` and `flags` have the names and forms the deposit module's
 * `recommendDeposit` reads, so the profile can be passed to it as is.
 *
 * @category Portfolio
 */
export interface PayerProfile {
  /** The day of the profile. */
  readonly asOf: PlainDate;
  /** The debtor; `null` when the ledger held no invoice and no `debtorId` was given. */
  readonly debtorId: string | null;
  /** Invoices of the debtor issued on or before `asOf`. */
  readonly invoiceCount: number;
  /** Invoices assessed for lateness: settled with a payment, or open (undisputed) past due. */
  readonly assessedInvoiceCount: number;
  /** Of those, the late ones: settled after the due date, or still open past due. */
  readonly lateInvoiceCount: number;
  /** `lateInvoiceCount / assessedInvoiceCount` as a decimal string (`'0.25'`), `'0'` if none. */
  readonly lateShare: string;
  /** Amount-weighted average days late of the payments (see {@link averageDaysLate}). */
  readonly averageDaysLate: number;
  /** The largest delay: a payment's days late or an open undisputed invoice's days past due. */
  readonly maxDaysLate: number;
  /** Payments weighed in the average. */
  readonly paymentCount: number;
  /** Of those, payments after the due date. */
  readonly latePaymentCount: number;
  /** What the debtor owes on `asOf`. */
  readonly outstanding: Amount;
  /** The part of it past its due date (disputed invoices included). */
  readonly overdue: Amount;
  /** Overpayments owed back to the debtor. */
  readonly credit: Amount;
  /** Open disputed invoices. */
  readonly openDisputes: number;
  /** Outstanding on open disputed invoices. */
  readonly disputedAmount: Amount;
  /** Promises to pay not kept, in ledger order. */
  readonly brokenPromises: ReadonlyArray<BrokenPromise>;
  /** The credit limit given, or `null`. */
  readonly creditLimit: Amount | null;
  /** True when `outstanding` is above `creditLimit`. */
  readonly overCreditLimit: boolean;
  /** The grade; see the rule in {@link payerProfile}. */
  readonly grade: PayerGrade;
  /** Every criterion met, worst first. */
  readonly reasons: ReadonlyArray<PayerGradeReason>;
  /** Risk flags, in a fixed order. */
  readonly flags: ReadonlyArray<PayerFlag>;
  /** The grade rule, in one sentence. */
  readonly rule: string;
  /** What the caller should know. */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

const GRADE_RULE =
  'D: 2+ broken promises or more than 90 days late; C: 1 broken promise, more than 60 days late, or chronic late payer (≥ 3 and ≥ half of assessed invoices late); B: more than 30 days late, ≥ a quarter of assessed invoices late, or over the credit limit; A otherwise';

const ORDER: Readonly<Record<PayerGrade, number>> = { A: 0, B: 1, C: 2, D: 3 };

function reason<C extends PayerGradeDetailCode>(
  code: PayerGradeReasonCode,
  grade: PayerGrade,
  locale: Locale,
  detailCode: C,
  params: PortfolioMessages[C],
): PayerGradeReason {
  const detailMessage = renderMessage(portfolioCatalogues, locale, detailCode, params);
  return {
    code,
    grade,
    label: bothLabels('LABEL_GRADE_REASON', { reason: code }),
    labelMessage: portfolioText('LABEL_GRADE_REASON', { reason: code }, locale),
    detail: detailMessage.message,
    detailMessage,
  };
}

/** The grade inputs, all non-decreasing when a late-paid invoice is added. @internal */
export interface GradeInputs {
  readonly brokenPromises: number;
  readonly maxDaysLate: number;
  readonly late: number;
  readonly assessed: number;
  readonly overCreditLimit: boolean;
}

/** The documented grade rule, the figures of each reason in `locale`. @internal */
export function gradeOf(
  g: GradeInputs,
  locale: Locale = 'fr',
): { grade: PayerGrade; reasons: PayerGradeReason[] } {
  const reasons: PayerGradeReason[] = [];
  const promises = { count: g.brokenPromises };
  if (g.brokenPromises >= 2)
    reasons.push(
      reason('REPEATED_BROKEN_PROMISES', 'D', locale, 'GRADE_BROKEN_PROMISES', promises),
    );
  else if (g.brokenPromises === 1)
    reasons.push(reason('BROKEN_PROMISE', 'C', locale, 'GRADE_BROKEN_PROMISES', promises));
  const late = (code: PayerGradeReasonCode, grade: PayerGrade) =>
    reason(code, grade, locale, 'GRADE_DAYS_LATE', { days: g.maxDaysLate });
  if (g.maxDaysLate > 90) reasons.push(late('DAYS_LATE_OVER_90', 'D'));
  else if (g.maxDaysLate > 60) reasons.push(late('DAYS_LATE_OVER_60', 'C'));
  else if (g.maxDaysLate > 30) reasons.push(late('DAYS_LATE_OVER_30', 'B'));
  const share = { late: g.late, assessed: g.assessed };
  if (isChronic(g))
    reasons.push(reason('CHRONIC_LATE_PAYER', 'C', locale, 'GRADE_LATE_SHARE', share));
  else if (g.late > 0 && g.late * 4 >= g.assessed)
    reasons.push(reason('FREQUENT_LATE_PAYMENTS', 'B', locale, 'GRADE_LATE_SHARE', share));
  if (g.overCreditLimit)
    reasons.push(reason('OVER_CREDIT_LIMIT', 'B', locale, 'GRADE_OVER_LIMIT', {}));
  reasons.sort((a, b) => ORDER[b.grade] - ORDER[a.grade]);
  return { grade: reasons[0]?.grade ?? 'A', reasons };
}

function isChronic(g: GradeInputs): boolean {
  return g.late >= 3 && g.late * 2 >= g.assessed;
}

type Behaviour = ReturnType<typeof newBehaviour>;

/** @internal Step: reads the debtor's ledger once (one debtor only, unless `debtorId` picks one). */
export function readPayerLedger(
  invoices: unknown,
  o: PayerProfileOptions,
): { readonly b: Behaviour; readonly debtorId: string | undefined; readonly later: Later | null } {
  const ctx = ledgerContext(o.asOf, true, invoiceMapper);
  const b = newBehaviour();
  let debtorId: string | undefined = o.debtorId;
  let later: Later | null = null;
  readLedger(ctx, invoices, (e) => {
    if (debtorId === undefined) debtorId = e.debtorId;
    else if (e.debtorId !== debtorId) {
      if (o.debtorId !== undefined) return;
      invalidInput(
        `belongs to debtor "${e.debtorId}" while earlier invoices belong to "${debtorId}"; pass options.debtorId to pick one debtor from a ledger`,
        ['invoices', e.index, 'debtorId'],
      );
    }
    later = addLater(later, e);
    observe(b, e, ctx.asOfDay);
  });
  return { b, debtorId, later };
}

/** @internal Step: the risk flags of a payer, in a fixed order. */
export function payerFlags(
  b: Behaviour,
  reasons: ReadonlyArray<PayerGradeReason>,
  overCreditLimit: boolean,
): PayerFlag[] {
  const flags: PayerFlag[] = [];
  if (reasons.some((r) => r.code === 'CHRONIC_LATE_PAYER')) flags.push('chronic_late_payer');
  if (overCreditLimit) flags.push('over_credit_limit');
  if (b.openDisputes > 0) flags.push('has_disputes');
  if (b.broken.length > 0) flags.push('broken_promises');
  if (b.overdue > 0) flags.push('has_overdue');
  if (b.maxOpenDaysPastDue > 90) flags.push('overdue_over_90_days');
  return flags;
}

/** @internal Step: the money figures of a payer (exact cents, checked totals). */
export function payerAmounts(b: Behaviour, outstanding: number, limit: number | undefined) {
  return {
    outstanding: amountFromCents(outstanding),
    overdue: amountFromCents(checkedTotal(b.overdue, 'overdue')),
    credit: amountFromCents(checkedTotal(b.credit, 'credit')),
    openDisputes: b.openDisputes,
    disputedAmount: amountFromCents(checkedTotal(b.disputedOutstanding, 'disputed amount')),
    brokenPromises: b.broken.map((p) => ({
      invoiceId: p.invoiceId,
      promisedDate: p.promisedDate,
      promisedAmount: p.cents === undefined ? null : amountFromCents(p.cents),
    })),
    creditLimit: limit === undefined ? null : amountFromCents(limit),
  };
}

/**
 * Profiles how one debtor pays: lateness, amounts owed, disputes, broken promises, a grade from
 * `A` to `D` with its reasons, and risk flags.
 *
 * @remarks Spotting bad payers before working with them again (seed articles 002–003). Days late
 * count from the day after the due date (C. com. L441-10 II; [law.md §1](../../docs/law.md)). An invoice is
 * *assessed* when it was settled with a payment, or is open, undisputed and past due; it is *late*
 * when a payment came after the due date, or when it is still open past due. Disputed open
 * invoices are reported (`openDisputes`, flag `has_disputes`) but do not count as late. A promise
 * to pay (`promise_to_pay` event dated on or before `asOf`) is broken when its promised date is
 * before `asOf` and the payments from the promise day to the promised day fall short of the
 * promised amount (or, without an amount, the invoice was not settled by the promised day).
 *
 * The grade is the library's documented convention, not a legal rating. It is the worst of:
 * - **D**: two or more broken promises, or more than 90 days late (`maxDaysLate`);
 * - **C**: one broken promise, more than 60 days late, or a chronic late payer (at least 3 late
 *   invoices making at least half of the assessed ones);
 * - **B**: more than 30 days late, at least a quarter of the assessed invoices late, or over the
 *   credit limit;
 * - **A** otherwise (also with no history: warning `NO_PAYMENT_HISTORY`).
 * Every criterion only grows when a late-paid invoice is added, so more lateness never improves
 * the grade. The average days late is reported but not graded (it can fall when a short delay is
 * added).
 * @param invoices - any iterable of ledger items ({@link LedgerItem}) of the debtor
 * @param options - see {@link PayerProfileOptionsSchema}
 * @returns the {@link PayerProfile}, ready for `recommendDeposit`
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad options or items, or (without `debtorId`)
 * an item of another debtor (path `['invoices', index, 'debtorId']`).
 * @example
 * ```ts
 * const profile = payerProfile(
 *   [
 *     { id: 'F1', debtorId: 'ACME', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 1000,
 *       payments: [{ date: '2026-03-17', amount: 1000 }] },
 *     { id: 'F2', debtorId: 'ACME', issueDate: '2026-02-01', dueDate: '2026-03-03', amount: 500 },
 *   ],
 *   { asOf: '2026-04-01', creditLimit: 400 },
 * );
 * profile.grade;  //=> 'B'
 * profile.flags;  //=> ['over_credit_limit', 'has_overdue']
 * profile.lateShare; //=> '1'
 * ```
 * @category Portfolio
 */
export function payerProfile(
  invoices: Iterable<LedgerItem>,
  options: PayerProfileOptionsInput,
): PayerProfile {
  const o = parseOrThrow(PayerProfileOptionsSchema, options, 'options', ['options']);
  const limit =
    o.creditLimit === undefined
      ? undefined
      : centsOf(o.creditLimit, ['options', 'creditLimit'], 'nonNegative');
  const { b, debtorId, later } = readPayerLedger(invoices, o);
  const outstanding = checkedTotal(b.outstanding, 'outstanding');
  const overCreditLimit = limit !== undefined && outstanding > limit;
  const { late, assessed } = lateCounts(b);
  const maxDaysLate = maxDaysLateOf(b);
  const brokenPromises = b.broken.length;
  const inputs = { brokenPromises, maxDaysLate, late, assessed, overCreditLimit };
  const { grade, reasons } = gradeOf(inputs, o.locale);
  const warnings = laterWarnings(later, o.asOf);
  if (assessed === 0)
    warnings.push({
      code: 'NO_PAYMENT_HISTORY',
      params: {},
      severity: 'info',
      article: 'C. com. L441-10 II',
    });
  return {
    asOf: o.asOf,
    debtorId: debtorId ?? null,
    invoiceCount: b.invoiceCount,
    assessedInvoiceCount: assessed,
    lateInvoiceCount: late,
    lateShare:
      assessed === 0 ? '0' : toPlain(new D(late).div(assessed).toDecimalPlaces(4, D.ROUND_HALF_UP)),
    averageDaysLate: averageOf(b).toNumber(),
    maxDaysLate,
    paymentCount: b.paymentCount,
    latePaymentCount: b.latePaymentCount,
    ...payerAmounts(b, outstanding, limit),
    overCreditLimit,
    grade,
    reasons,
    flags: payerFlags(b, reasons, overCreditLimit),
    rule: GRADE_RULE,
    warnings: renderPortfolioWarnings(warnings, o.locale),
  };
}
