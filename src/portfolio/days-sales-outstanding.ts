import * as z from 'zod/mini';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  type PlainDate,
  PlainDateSchema,
} from '../dates/internal.js';
import { D, type Dec, ZERO } from '../internal/decimal.js';
import { invalidInput, parseOrThrow, recordEntries } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import { type Locale, LocaleSchema } from '../text/internal.js';
import { amountFromCents, centsOf, checkedTotal, decimalFromCents } from './cents.js';
import { addLater, type Later, laterWarnings, ledgerContext, readLedger } from './ledger.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import { portfolioText, renderPortfolioWarnings } from './render.js';
import type { PortfolioText } from './text.js';
import type { PortfolioWarning, PortfolioWarningDraft } from './warning.js';

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
    /** The language of the warnings: `'fr'` (default) or `'en'`. */
    locale: z.optional(LocaleSchema),
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
  /** The rule as `code` and `params`, for apps rendering their own text. */
  readonly ruleMessage: PortfolioText<'RULE_DSO'>;
  /** What the caller should know. */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

function round2(d: Dec): number {
  return d.toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
}

/** @internal What one pass over the ledger gives the DSO: receivables and ledger sales. */
export interface DsoLedger {
  readonly receivables: number;
  readonly periodSales: number;
  readonly monthly: Map<string, number>;
  readonly later: Later | null;
}

/** @internal Step: reads the ledger once: receivables, and sales when not given by the caller. */
export function readDsoLedger(invoices: unknown, o: DaysSalesOutstandingOptions): DsoLedger {
  const ctx = ledgerContext(o.asOf, false, invoiceMapper);
  const countBack = o.method === 'count-back';
  const startDay = ctx.asOfDay + 1 - (o.periodDays ?? 365);
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
  return { receivables: checkedTotal(receivables, 'receivables'), periodSales, monthly, later };
}

/** @internal Step: the simple method, receivables / sales of the period × its days. */
export function simpleDso(
  o: DaysSalesOutstandingOptions,
  ledger: DsoLedger,
  warnings: PortfolioWarningDraft[],
): DaysSalesOutstandingResult {
  const { receivables } = ledger;
  const periodDays = o.periodDays ?? 365;
  const periodStart = addDays(o.asOf, 1 - periodDays);
  const sales =
    o.sales === undefined
      ? checkedTotal(ledger.periodSales, 'sales')
      : centsOf(o.sales, ['options', 'sales'], 'nonNegative');
  let days: number | null = null;
  if (sales > 0)
    days = round2(decimalFromCents(receivables).div(decimalFromCents(sales)).mul(periodDays));
  else if (receivables === 0) days = 0;
  else
    warnings.push({
      code: 'NO_SALES',
      params: { periodDays, periodStart, asOf: o.asOf },
      severity: 'warning',
      article: DSO_ARTICLE,
    });
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
    ...ruleOf('simple', o.locale),
    warnings: renderPortfolioWarnings(warnings, o.locale),
  };
}

/** The formula of `method`, in `locale`. */
function ruleOf(
  method: 'simple' | 'count-back',
  locale: Locale | undefined,
): { rule: string; ruleMessage: PortfolioText<'RULE_DSO'> } {
  const ruleMessage = portfolioText('RULE_DSO', { method }, locale);
  return { rule: ruleMessage.message, ruleMessage };
}

/** @internal Step: the monthly sales the caller gave, checked (months written YYYY-MM). */
export function givenMonthlySales(
  given: NonNullable<DaysSalesOutstandingOptions['monthlySales']>,
  raw: unknown,
): Map<string, number> {
  const monthly = new Map<string, number>();
  for (const [month, value] of recordEntries(given, raw, NonNegativeMoneyInputSchema, [
    'options',
    'monthlySales',
  ])) {
    if (!MONTH.test(month))
      invalidInput('must be a month written YYYY-MM', ['options', 'monthlySales', month]);
    monthly.set(month, centsOf(value, ['options', 'monthlySales', month], 'nonNegative'));
  }
  return monthly;
}

/** @internal The months walked back by the count-back method, and what is left uncovered. */
export interface CountBackWalk {
  readonly months: CountBackMonth[];
  readonly dso: Dec;
  readonly left: Dec;
  readonly walked: number;
  readonly salesWalked: number;
}

/** @internal Step: walks back month by month from `asOf` until the sales cover the receivables. */
export function countBackWalk(
  asOf: PlainDate,
  receivables: number,
  monthly: ReadonlyMap<string, number>,
  periodDays: number,
): CountBackWalk {
  let oldest = '9999-99';
  for (const [month, cents] of monthly) if (cents > 0 && month < oldest) oldest = month;
  const months: CountBackMonth[] = [];
  let left = decimalFromCents(receivables);
  let dso = ZERO;
  let walked = 0;
  let salesWalked = 0;
  let first: PlainDate = `${asOf.slice(0, 7)}-01` as PlainDate;
  let last: PlainDate = asOf;
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
  return { months, dso, left, walked, salesWalked };
}

/** @internal Step: the count-back (exhaustion) method. */
export function countBackDso(
  o: DaysSalesOutstandingOptions,
  ledger: DsoLedger,
  rawMonthlySales: unknown,
  warnings: PortfolioWarningDraft[],
): DaysSalesOutstandingResult {
  const monthly =
    o.monthlySales === undefined
      ? ledger.monthly
      : givenMonthlySales(o.monthlySales, rawMonthlySales);
  const periodDays = o.periodDays ?? 365;
  const walk = countBackWalk(o.asOf, ledger.receivables, monthly, periodDays);
  const complete = walk.left.isZero();
  if (!complete)
    warnings.push({
      code: 'SALES_EXHAUSTED',
      params: { days: walk.walked },
      severity: 'warning',
      article: DSO_ARTICLE,
    });
  return {
    asOf: o.asOf,
    method: 'count-back',
    days: round2(walk.dso),
    receivables: amountFromCents(ledger.receivables),
    sales: amountFromCents(checkedTotal(walk.salesWalked, 'sales')),
    periodDays,
    periodStart: null,
    months: walk.months,
    complete,
    ...ruleOf('count-back', o.locale),
    warnings: renderPortfolioWarnings(warnings, o.locale),
  };
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
  const ledger = readDsoLedger(invoices, o);
  const warnings = laterWarnings(ledger.later, o.asOf);
  if (o.method !== 'count-back') return simpleDso(o, ledger, warnings);
  const raw = (options as { monthlySales?: unknown }).monthlySales;
  return countBackDso(o, ledger, raw, warnings);
}
