import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';
import { LocaleSchema } from '../text/internal.js';
import { averageOf, type Behaviour, newBehaviour, observe } from './behaviour.js';
import { amountFromCents, checkedTotal } from './cents.js';
import { addLater, type Later, laterWarnings, ledgerContext, readLedger } from './ledger.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import { renderPortfolioWarnings } from './render.js';
import type { PortfolioWarning } from './warning.js';

/**
 * Schema of the options of {@link averageDaysLate}.
 *
 * @category Portfolio
 */
export const AverageDaysLateOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The day of the computation: payments dated after it are ignored. */
  asOf: PlainDateSchema,
  /** The language of the warnings: `'fr'` (default) or `'en'`. */
  locale: z.optional(LocaleSchema),
  /** Only read the invoices of this debtor; default every invoice of the ledger. */
  debtorId: z.optional(z.string().check(z.minLength(1))),
});

/**
 * The validated options of {@link averageDaysLate}.
 *
 * @category Portfolio
 */
export type AverageDaysLateOptions = z.infer<typeof AverageDaysLateOptionsSchema>;

/**
 * What {@link averageDaysLate} accepts as options.
 *
 * @category Portfolio
 */
export type AverageDaysLateOptionsInput = z.input<typeof AverageDaysLateOptionsSchema>;

/**
 * The result of {@link averageDaysLate}.
 *
 * @category Portfolio
 */
export interface AverageDaysLateResult {
  /** The day of the computation. */
  readonly asOf: PlainDate;
  /**
   * Amount-weighted average of the days late of the payments (0 for a payment on or before the
   * due date), rounded half-up to 2 decimals; 0 when no payment was found.
   */
  readonly averageDaysLate: number;
  /** The largest number of days late of a payment. */
  readonly maxDaysLate: number;
  /** Number of payments weighed. */
  readonly paymentCount: number;
  /** Number of those made after the due date. */
  readonly latePaymentCount: number;
  /** The sum of the weights: the part of the payments that paid the invoices. */
  readonly paidAmount: Amount;
  /** How the average is computed. */
  readonly rule: string;
  /** What the caller should know (`EVENTS_AFTER_AS_OF` when later payments were left out). */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

/** @internal */
export const AVERAGE_RULE =
  'Σ(payment × max(0, payment date − due date)) / Σ payment, over payments dated on or before asOf; each payment weighs the part of it that pays the invoice (excess of an overpayment left out)';

/** @internal */
export function averageResult(
  asOf: PlainDate,
  b: Behaviour,
  warnings: ReadonlyArray<PortfolioWarning> = [],
): AverageDaysLateResult {
  return {
    asOf,
    averageDaysLate: averageOf(b).toNumber(),
    maxDaysLate: b.maxPaymentDaysLate,
    paymentCount: b.paymentCount,
    latePaymentCount: b.latePaymentCount,
    paidAmount: amountFromCents(checkedTotal(b.weight, 'sum of payments')),
    rule: AVERAGE_RULE,
    warnings,
  };
}

/**
 * Computes the amount-weighted average number of days late of the payments received (délai
 * moyen de retard de paiement).
 *
 * @remarks Days late of a payment = `daysBetween(dueDate, payment date)` when positive, else 0
 * ([law.md §1](../../docs/law.md): due 2018-04-15, paid 2018-05-15 → 30 days; C. com. L441-10 II makes penalties
 * run from the day after the due date). Each payment weighs its amount, capped at what was still
 * due on the invoice (credit notes deducted first), so 1 000 € paid 30 days late and 3 000 € paid
 * on time average 7.5 days. Invoices still unpaid are not in this figure: see {@link payerProfile}
 * and {@link agingReport}.
 * @param invoices - any iterable of ledger items ({@link LedgerItem})
 * @param options - see {@link AverageDaysLateOptionsSchema}
 * @returns the average with its counts and rule
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad options or a bad item (path
 * `['invoices', index, field]`).
 * @example
 * ```ts
 * averageDaysLate(
 *   [
 *     { id: 'F1', debtorId: 'ACME', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 1000,
 *       payments: [{ date: '2026-03-02', amount: 1000 }] },
 *     { id: 'F2', debtorId: 'ACME', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 3000,
 *       payments: [{ date: '2026-01-30', amount: 3000 }] },
 *   ],
 *   { asOf: '2026-04-01' },
 * ).averageDaysLate;
 * //=> 7.5
 * ```
 * @category Portfolio
 */
export function averageDaysLate(
  invoices: Iterable<LedgerItem>,
  options: AverageDaysLateOptionsInput,
): AverageDaysLateResult {
  const o = parseOrThrow(AverageDaysLateOptionsSchema, options, 'options', ['options']);
  const ctx = ledgerContext(o.asOf, true, invoiceMapper);
  const b = newBehaviour();
  let later: Later | null = null;
  readLedger(ctx, invoices, (e) => {
    if (o.debtorId !== undefined && e.debtorId !== o.debtorId) return;
    later = addLater(later, e);
    observe(b, e, ctx.asOfDay);
  });
  return averageResult(o.asOf, b, renderPortfolioWarnings(laterWarnings(later, o.asOf), o.locale));
}
