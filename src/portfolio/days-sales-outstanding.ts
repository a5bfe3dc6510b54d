import * as z from 'zod/mini';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  type PlainDate,
  PlainDateSchema,
} from '../dates/index.js';
import { D, type Dec, ZERO } from '../internal/decimal.js';
import { invalidInput, parseOrThrow, recordEntries } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/index.js';
import { amountFromCents, centsOf, checkedTotal, decimalFromCents } from './cents.js';
import { addLater, type Later, laterWarnings, ledgerContext, readLedger } from './ledger.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import type { PortfolioWarning } from './warning.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DSO_ARTICLE = 'C. com. L441-10 I (payment terms); DSO is a management ratio, not a legal one';

/**
 * Schema of the options of {@link daysSalesOutstanding}.
 *
 * @category Portfolio
 */
export const DaysSalesOutstandingOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    /** The day of the computation: receivables are those outstanding at its end. */
    asOf: PlainDateSchema,
    /**
     * `simple`: the length of the sales period ending on `asOf` (required). `count-back`: how far
     * back (in days) months may be walked (default 365).
     */
    periodDays: z.optional(z.int().check(z.minimum(1), z.maximum(3660))),
    /** `'simple'` (default) or `'count-back'`. */
    method: z.optional(z.enum(['simple', 'count-back'])),
    /** `simple` only: the sales (incl. VAT) of the period, instead of those of the ledger. */
    sales: z.optional(NonNegativeMoneyInputSchema),
    /**
     * `count-back` only: the sales (incl. VAT) per month `YYYY-MM`, instead of those of the
     * ledger.
     */
    monthlySales: z.optional(
      z.record(
        z.string().check(z.regex(MONTH, { error: 'must be a month written YYYY-MM' })),
        NonNegativeMoneyInputSchema,
      ),
    ),
  })
  .check(
    z.superRefine((o, ctx) => {
      const countBack = o.method === 'count-back';
      if (!countBack && o.periodDays === undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'is required with the simple method',
          input: o,
          path: ['periodDays'],
        });
      }
      if (countBack && o.sales !== undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'applies to the simple method only; give monthlySales with count-back',
          input: o,
          path: ['sales'],
        });
      }
      if (!countBack && o.monthlySales !== undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'applies to the count-back method only; give sales with the simple method',
          input: o,
          path: ['monthlySales'],
        });
      }
    }),
  );

/**
 * The validated options of {@link daysSalesOutstanding}.
 *
 * @category Portfolio
 */
export type DaysSalesOutstandingOptions = z.infer<typeof DaysSalesOutstandingOptionsSchema>;

/**
 * What {@link daysSalesOutstanding} accepts as options.
 *
 * @category Portfolio
 */
export type DaysSalesOutstandingOptionsInput = z.input<typeof DaysSalesOutstandingOptionsSchema>;

/**
 * One month of the count-back walk.
 *
 * @category Portfolio
 */
export interface CountBackMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Days of the month in the walk (for the month of `asOf`: its 1st to `asOf`). */
  readonly days: number;
  /** Sales of the month (for the month of `asOf`: up to `asOf`). */
  readonly sales: Amount;
  /** The receivables this month's sales absorbed. */
  readonly absorbed: Amount;
  /** Days this month adds to the DSO: `days × absorbed / sales`. */
  readonly dsoDays: number;
}

/**
 * The result of {@link daysSalesOutstanding}.
 *
 * @category Portfolio
 */
export interface DaysSalesOutstandingResult {
  /** The day of the computation. */
  readonly asOf: PlainDate;
  /** The method used. */
  readonly method: 'simple' | 'count-back';
  /**
   * Days sales outstanding (délai moyen de règlement clients), rounded half-up to 2 decimals;
   * `null` when receivables exist but no sales to divide by.
   */
  readonly days: number | null;
  /** Receivables: the ledger's outstanding amount on `asOf`. */
  readonly receivables: Amount;
  /** `simple`: the sales of the period; `count-back`: the sales of the months walked. */
  readonly sales: Amount;
  /** `simple`: the period length; `count-back`: the walk's limit. */
  readonly periodDays: number;
  /** `simple`: the first day of the sales period (`asOf − periodDays + 1`); `null` otherwise. */
  readonly periodStart: PlainDate | null;
  /** `count-back`: the months walked, newest first; empty for `simple`. */
  readonly months: ReadonlyArray<CountBackMonth>;
  /** False when sales ran out before the receivables (the DSO is then a lower bound). */
  readonly complete: boolean;
  /** The formula used. */
  readonly rule: string;
  /** What the caller should know. */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

function round2(d: Dec): number {
  return d.toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
}

/**
 * Computes days sales outstanding (DSO, délai moyen de règlement clients) by the simple method
 * or the count-back method.
 *
 * @remarks A management ratio, not a legal one; it is compared with the terms of C. com.
 * L441-10 I (60 days, 45 days end of month). Receivables = outstanding on `asOf` (amount incl.
 * VAT − payments − credit notes dated on or before `asOf`, never negative); sales = invoice amounts
 * incl. VAT by issue date (credit notes not deducted), so both sides include VAT.
 * - **simple**: `DSO = receivables / sales of the period × periodDays`, the period being the
 *   `periodDays` days ending on `asOf` (`asOf − periodDays + 1` … `asOf`).
 * - **count-back** (exhaustion method): starting with the month of `asOf` (its 1st to `asOf`),
 *   then each previous calendar month, subtract the month's sales from the receivables and add
 *   the month's days while the sales do not cover what is left; in the month that covers it, add
 *   `days × left / sales` and stop. The walk stops after `periodDays` days (default 365) or
 *   before the oldest month with sales; if receivables are left, `complete` is false and the
 *   figure is a lower bound (warning `SALES_EXHAUSTED`).
 * @param invoices - any iterable of ledger items ({@link LedgerItem})
 * @param options - see {@link DaysSalesOutstandingOptionsSchema}
 * @returns the DSO with its receivables, sales, breakdown and rule
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad options (`periodDays` missing with the
 * simple method…) or items.
 * @example
 * ```ts
 * const ledger = [
 *   { id: 'F1', debtorId: 'A', issueDate: '2026-03-10', dueDate: '2026-04-09', amount: 3000 },
 *   { id: 'F2', debtorId: 'B', issueDate: '2026-02-10', dueDate: '2026-03-12', amount: 2800,
 *     payments: [{ date: '2026-03-20', amount: 1400 }] },
 * ];
 * daysSalesOutstanding(ledger, { asOf: '2026-03-31', periodDays: 90 }).days; //=> 68.28
 * daysSalesOutstanding(ledger, { asOf: '2026-03-31', method: 'count-back' }).days; //=> 45
 * ```
 * @category Portfolio
 */
export function daysSalesOutstanding(
  invoices: Iterable<LedgerItem>,
  options: DaysSalesOutstandingOptionsInput,
): DaysSalesOutstandingResult {
  const o = parseOrThrow(DaysSalesOutstandingOptionsSchema, options, 'options', ['options']);
  const ctx = ledgerContext(o.asOf, false, invoiceMapper);
  const countBack = o.method === 'count-back';
  const periodDays = o.periodDays ?? 365;
  const periodStart = addDays(o.asOf, 1 - periodDays);
  const startDay = ctx.asOfDay + 1 - periodDays;
  const useLedgerSales = countBack ? o.monthlySales === undefined : o.sales === undefined;
  let receivables = 0;
  let periodSales = 0;
  const monthly = new Map<string, number>();
  let later: Later | null = null;
  readLedger(ctx, invoices, (e) => {
    later = addLater(later, e);
    receivables += e.outstandingCents;
    if (!useLedgerSales) return;
    if (countBack) {
      const month = e.issueDate.slice(0, 7);
      monthly.set(month, (monthly.get(month) ?? 0) + e.amountCents);
    } else if (e.issueDay >= startDay) periodSales += e.amountCents;
  });
  receivables = checkedTotal(receivables, 'receivables');
  const warnings: PortfolioWarning[] = laterWarnings(later, o.asOf);

  if (!countBack) {
    const sales =
      o.sales === undefined
        ? checkedTotal(periodSales, 'sales')
        : centsOf(o.sales, ['options', 'sales'], 'nonNegative');
    let days: number | null;
    if (sales > 0) {
      days = round2(decimalFromCents(receivables).div(decimalFromCents(sales)).mul(periodDays));
    } else if (receivables === 0) days = 0;
    else {
      days = null;
      warnings.push({
        code: 'NO_SALES',
        message: `No sales in the ${periodDays} days from ${periodStart} to ${o.asOf}: the DSO cannot be computed.`,
        article: DSO_ARTICLE,
      });
    }
    return {
      asOf: o.asOf,
      method: 'simple',
      days,
      receivables: amountFromCents(receivables),
      sales: amountFromCents(sales),
      periodDays,
      periodStart,
      months: [],
      complete: days !== null,
      rule: 'DSO = receivables / sales of the period × periodDays',
      warnings,
    };
  }

  if (o.monthlySales !== undefined) {
    const raw = (options as { monthlySales?: unknown }).monthlySales;
    for (const [month, value] of recordEntries(o.monthlySales, raw)) {
      if (!MONTH.test(month)) {
        invalidInput('must be a month written YYYY-MM', ['options', 'monthlySales', month]);
      }
      monthly.set(month, centsOf(value, ['options', 'monthlySales', month], 'nonNegative'));
    }
  }
  let oldest = '9999-99';
  for (const [month, cents] of monthly) if (cents > 0 && month < oldest) oldest = month;

  const months: CountBackMonth[] = [];
  let left = decimalFromCents(receivables);
  let dso = ZERO;
  let walked = 0;
  let salesWalked = 0;
  let first: PlainDate = `${o.asOf.slice(0, 7)}-01` as PlainDate;
  let last: PlainDate = o.asOf;
  while (left.gt(0)) {
    const month = first.slice(0, 7);
    const days = daysBetween(first, last) + 1;
    if (month < oldest || walked + days > periodDays) break;
    walked += days;
    const salesCents = monthly.get(month) ?? 0;
    salesWalked += salesCents;
    const sales = decimalFromCents(salesCents);
    const absorbed = sales.lt(left) ? sales : left;
    const part = sales.isZero() ? new D(days) : new D(days).mul(absorbed).div(sales);
    dso = dso.plus(part);
    left = left.minus(absorbed);
    months.push({
      month,
      days,
      sales: amountFromCents(salesCents),
      absorbed: amountFromCents(absorbed.mul(100).toNumber()),
      dsoDays: round2(part),
    });
    first = addMonths(first, -1);
    last = endOfMonth(first);
  }
  const complete = left.isZero();
  if (!complete) {
    warnings.push({
      code: 'SALES_EXHAUSTED',
      message: `Sales of the months walked (${walked} days) do not cover the receivables: the DSO is a lower bound.`,
      article: DSO_ARTICLE,
    });
  }
  return {
    asOf: o.asOf,
    method: 'count-back',
    days: round2(dso),
    receivables: amountFromCents(receivables),
    sales: amountFromCents(checkedTotal(salesWalked, 'sales')),
    periodDays,
    periodStart: null,
    months,
    complete,
    rule: 'count-back: walk back month by month from asOf, adding whole months while their sales do not cover the receivables left, then days × left / sales',
    warnings,
  };
}
