import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { parseOrThrow, recordEntries } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import { LocaleSchema } from '../text/internal.js';
import { amountFromCents, centsOf, checkedTotal } from './cents.js';
import { addLater, type Later, laterWarnings, ledgerContext, readLedger } from './ledger.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import { renderPortfolioWarnings } from './render.js';
import type { PortfolioWarning } from './warning.js';

/**
 * Schema of the options of {@link exposureByDebtor}.
 *
 * @category Portfolio
 */
export const ExposureByDebtorOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The day of the figures: payments and credit notes dated after it are ignored. */
  asOf: PlainDateSchema,
  /** The language of the warnings: `'fr'` (default) or `'en'`. */
  locale: z.optional(LocaleSchema),
  /** Credit limits (plafonds d'encours) incl. VAT, by debtor id. */
  creditLimits: z.optional(z.record(z.string(), NonNegativeMoneyInputSchema)),
});

/**
 * The validated options of {@link exposureByDebtor}.
 *
 * @category Portfolio
 */
export type ExposureByDebtorOptions = z.infer<typeof ExposureByDebtorOptionsSchema>;

/**
 * What {@link exposureByDebtor} accepts as options.
 *
 * @category Portfolio
 */
export type ExposureByDebtorOptionsInput = z.input<typeof ExposureByDebtorOptionsSchema>;

/**
 * What one debtor owes, against its credit limit.
 *
 * @category Portfolio
 */
export interface DebtorExposure {
  /** The debtor's id. */
  readonly debtorId: string;
  /** Open invoices. */
  readonly openInvoiceCount: number;
  /** Everything the debtor owes on `asOf` (not due and overdue). */
  readonly outstanding: Amount;
  /** The part past its due date. */
  readonly overdue: Amount;
  /** The part not yet due. */
  readonly notDue: Amount;
  /** Overpayments owed back to the debtor (not netted). */
  readonly credit: Amount;
  /** The credit limit given for this debtor, or `null`. */
  readonly creditLimit: Amount | null;
  /** `creditLimit − outstanding` when positive, else `'0.00'`; `null` without a limit. */
  readonly headroom: Amount | null;
  /** `outstanding − creditLimit` when positive, else `'0.00'`; `null` without a limit. */
  readonly overLimit: Amount | null;
  /** True when `outstanding` is above `creditLimit`. */
  readonly isOverLimit: boolean;
}

/**
 * The result of {@link exposureByDebtor}.
 *
 * @category Portfolio
 */
export interface ExposureByDebtorResult {
  /** The day of the figures. */
  readonly asOf: PlainDate;
  /** One entry per debtor, largest outstanding first (then by `debtorId`). */
  readonly debtors: ReadonlyArray<DebtorExposure>;
  /** Sum of the debtors' outstanding amounts. */
  readonly totalOutstanding: Amount;
  /** Sum of the debtors' overdue amounts. */
  readonly totalOverdue: Amount;
  /** Debtors above their credit limit. */
  readonly overLimitCount: number;
  /** What the caller should know (`EVENTS_AFTER_AS_OF` when later payments were left out). */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

interface Acc {
  open: number;
  outstanding: number;
  overdue: number;
  credit: number;
}

/**
 * Sums, per debtor, what is owed (outstanding, overdue, not yet due) and compares it with the
 * debtor's credit limit (plafond d'encours).
 *
 * @remarks Encours client: outstanding = amount incl. VAT − payments − credit notes dated on or
 * before `asOf`, never negative (an overpayment is reported as `credit`); overdue = outstanding of
 * invoices whose due date is before `asOf` (C. com. L441-10 II: late from the day after the due
 * date). A credit limit is a commercial choice of the creditor, not a legal figure. Debtors with a
 * limit but no invoice are listed with zero amounts. Streams the ledger once.
 * @param invoices - any iterable of ledger items ({@link LedgerItem})
 * @param options - see {@link ExposureByDebtorOptionsSchema}
 * @returns per-debtor exposure, largest first
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad options (e.g. path
 * `['options', 'creditLimits', 'ACME']`) or items.
 * @example
 * ```ts
 * const { debtors } = exposureByDebtor(
 *   [{ id: 'F1', debtorId: 'ACME', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: '1200.00' }],
 *   { asOf: '2026-03-01', creditLimits: { ACME: 1000 } },
 * );
 * debtors[0];
 * //=> { debtorId: 'ACME', openInvoiceCount: 1, outstanding: '1200.00', overdue: '1200.00',
 * //     notDue: '0.00', credit: '0.00', creditLimit: '1000.00', headroom: '0.00',
 * //     overLimit: '200.00', isOverLimit: true }
 * ```
 * @category Portfolio
 */
export function exposureByDebtor(
  invoices: Iterable<LedgerItem>,
  options: ExposureByDebtorOptionsInput,
): ExposureByDebtorResult {
  const o = parseOrThrow(ExposureByDebtorOptionsSchema, options, 'options', ['options']);
  const limits = new Map<string, number>();
  const raw = (options as { creditLimits?: unknown }).creditLimits;
  for (const [id, value] of recordEntries(o.creditLimits, raw, NonNegativeMoneyInputSchema, [
    'options',
    'creditLimits',
  ])) {
    limits.set(id, centsOf(value, ['options', 'creditLimits', id], 'nonNegative'));
  }
  const byDebtor = new Map<string, Acc>();
  for (const id of limits.keys())
    byDebtor.set(id, { open: 0, outstanding: 0, overdue: 0, credit: 0 });
  const ctx = ledgerContext(o.asOf, false, invoiceMapper);
  let later: Later | null = null;
  readLedger(ctx, invoices, (e) => {
    later = addLater(later, e);
    let acc = byDebtor.get(e.debtorId);
    if (acc === undefined) {
      acc = { open: 0, outstanding: 0, overdue: 0, credit: 0 };
      byDebtor.set(e.debtorId, acc);
    }
    if (e.outstandingCents > 0) {
      acc.open++;
      acc.outstanding += e.outstandingCents;
      if (e.dueDay < ctx.asOfDay) acc.overdue += e.outstandingCents;
    } else acc.credit += e.creditCents;
  });

  const rows: { cents: number; row: DebtorExposure }[] = [];
  let totalOutstanding = 0;
  let totalOverdue = 0;
  let overLimitCount = 0;
  for (const [debtorId, acc] of byDebtor) {
    const what = `outstanding of debtor ${debtorId}`;
    const outstanding = checkedTotal(acc.outstanding, what);
    const overdue = checkedTotal(acc.overdue, what);
    totalOutstanding += outstanding;
    totalOverdue += overdue;
    const limit = limits.get(debtorId);
    const isOverLimit = limit !== undefined && outstanding > limit;
    if (isOverLimit) overLimitCount++;
    rows.push({
      cents: outstanding,
      row: {
        debtorId,
        openInvoiceCount: acc.open,
        outstanding: amountFromCents(outstanding),
        overdue: amountFromCents(overdue),
        notDue: amountFromCents(outstanding - overdue),
        credit: amountFromCents(checkedTotal(acc.credit, what)),
        creditLimit: limit === undefined ? null : amountFromCents(limit),
        headroom:
          limit === undefined ? null : amountFromCents(isOverLimit ? 0 : limit - outstanding),
        overLimit:
          limit === undefined ? null : amountFromCents(isOverLimit ? outstanding - limit : 0),
        isOverLimit,
      },
    });
  }
  // Largest first; ties by id (ids are unique, so never equal).
  rows.sort((a, b) => b.cents - a.cents || (a.row.debtorId < b.row.debtorId ? -1 : 1));
  const debtors = rows.map((r) => r.row);
  return {
    asOf: o.asOf,
    debtors,
    totalOutstanding: amountFromCents(checkedTotal(totalOutstanding, 'ledger total')),
    totalOverdue: amountFromCents(checkedTotal(totalOverdue, 'ledger total')),
    overLimitCount,
    warnings: renderPortfolioWarnings(laterWarnings(later, o.asOf), o.locale),
  };
}
