import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';
import { type Locale, LocaleSchema } from '../text/internal.js';
import { amountFromCents, checkedTotal } from './cents.js';
import {
  type Entry,
  type Later,
  type LedgerInvoice,
  laterWarnings,
  ledgerContext,
  type ReadSummary,
} from './ledger.js';
import { type FoldItem, foldItemRecord, foldLedger } from './ledger-fold.js';
import { invoiceMapper, type LedgerItem } from './ledger-item-from-invoice.js';
import { bothLabels, portfolioText, renderPortfolioWarnings } from './render.js';
import type { PortfolioText } from './text.js';
import {
  AGING_ARTICLE,
  type PortfolioLabel,
  type PortfolioWarning,
  type PortfolioWarningDraft,
} from './warning.js';

/** The default bucket bounds: the tranches of the C. com. D441-6 model table. */
const DEFAULT_BOUNDS: ReadonlyArray<number> = [30, 60, 90];

/**
 * Schema of the options of {@link agingReport}.
 *
 * @category Portfolio
 */
export const AgingReportOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The day of the report: payments and credit notes dated after it are ignored. */
  asOf: PlainDateSchema,
  /** The language of the warnings: `'fr'` (default) or `'en'`. */
  locale: z.optional(LocaleSchema),
  /**
   * Upper bounds (in days past due, inclusive, ascending) of the overdue buckets. Default
   * `[30, 60, 90]`: not due, 1-30, 31-60, 61-90, 91 and more.
   */
  buckets: z.optional(
    z.array(z.int().check(z.minimum(1), z.maximum(36_500))).check(
      z.minLength(1),
      z.maxLength(24),
      z.superRefine((bounds, ctx) => {
        for (let i = 1; i < bounds.length; i++) {
          if ((bounds[i] as number) <= (bounds[i - 1] as number)) {
            ctx.issues.push({
              code: 'custom',
              message: `bucket bounds must be strictly ascending, received ${bounds[i]} after ${bounds[i - 1]}`,
              input: bounds,
              path: [i],
            });
          }
        }
      }),
    ),
  ),
  /**
   * Leave disputed invoices out of the buckets (C. com. D441-6 IV allows it if their number and
   * amount are stated, which the result does). Default `false`: they stay in the buckets.
   */
  excludeDisputed: z.optional(z.boolean()),
});

/**
 * The validated options of {@link agingReport}; see {@link AgingReportOptionsSchema}.
 *
 * @category Portfolio
 */
export type AgingReportOptions = z.infer<typeof AgingReportOptionsSchema>;

/**
 * What {@link agingReport} accepts as options (`asOf` as a `YYYY-MM-DD` string).
 *
 * @category Portfolio
 */
export type AgingReportOptionsInput = z.input<typeof AgingReportOptionsSchema>;

/**
 * One bucket (tranche de retard) of an aged balance.
 *
 * @category Portfolio
 */
export interface AgingBucket {
  /** Stable id: `'not_due'`, `'1-30'`, `'31-60'`, `'61-90'`, `'91+'` with the default bounds. */
  readonly id: string;
  /** Smallest number of days past due in the bucket; `null` for `not_due` (0 or less). */
  readonly fromDays: number | null;
  /** Largest number of days past due in the bucket; `null` for the last, open-ended bucket. */
  readonly toDays: number | null;
  /** Display label, in French and English. */
  readonly label: PortfolioLabel;
  /** The label in the requested locale (`message`), with its `code` and `params`. */
  readonly labelMessage: PortfolioText<'LABEL_AGING_BUCKET'>;
}

/**
 * The outstanding amount and the number of open invoices in one bucket.
 *
 * @category Portfolio
 */
export interface AgingBucketFigures {
  /** The bucket's {@link AgingBucket.id}. */
  readonly id: string;
  /** The sum of the outstanding amounts of the bucket's invoices. */
  readonly outstanding: Amount;
  /** The number of open invoices in the bucket. */
  readonly count: number;
}

/**
 * The aged balance of one debtor, or of the whole ledger.
 *
 * @category Portfolio
 */
export interface AgingFigures {
  /** Total outstanding: the sum of the buckets. */
  readonly outstanding: Amount;
  /** Outstanding past its due date: the sum of every bucket but `not_due`. */
  readonly overdue: Amount;
  /** Number of open invoices (outstanding above 0) in the buckets. */
  readonly count: number;
  /** One entry per bucket, in bucket order. */
  readonly buckets: ReadonlyArray<AgingBucketFigures>;
  /** Overpayments owed back to the debtor: reported here, never netted against debts. */
  readonly credit: Amount;
  /** Number of overpaid invoices. */
  readonly creditCount: number;
  /** Outstanding on disputed invoices (inside the buckets unless `excludeDisputed`). */
  readonly disputed: Amount;
  /** Number of open disputed invoices. */
  readonly disputedCount: number;
}

/**
 * The aged balance of one debtor.
 *
 * @category Portfolio
 */
export interface DebtorAging extends AgingFigures {
  /** The debtor's id, as given in the ledger. */
  readonly debtorId: string;
}

/**
 * The result of {@link agingReport}.
 *
 * @category Portfolio
 */
export interface AgingReportResult {
  /** The day of the report. */
  readonly asOf: PlainDate;
  /** The bucket definitions, in order. */
  readonly buckets: ReadonlyArray<AgingBucket>;
  /** The whole ledger: the sum of the debtors' figures. */
  readonly total: AgingFigures;
  /** One entry per debtor with at least one invoice issued on or before `asOf`, by `debtorId`. */
  readonly debtors: ReadonlyArray<DebtorAging>;
  /** Number of ledger items read. */
  readonly invoiceCount: number;
  /** Items fully settled on `asOf` (neither outstanding nor overpaid). */
  readonly settledCount: number;
  /** Items issued after `asOf`, left out. */
  readonly notYetIssuedCount: number;
  /** How an invoice is placed in a bucket, in the requested locale. */
  readonly rule: string;
  /** The rule as `code` and `params`, for apps rendering their own text. */
  readonly ruleMessage: PortfolioText<'RULE_AGING'>;
  /** The legal basis of the tranches. */
  readonly article: string;
  /** What the caller should know; see {@link PortfolioWarning}. */
  readonly warnings: ReadonlyArray<PortfolioWarning>;
}

/** @internal */
export function bucketDefinitions(
  bounds: ReadonlyArray<number>,
  locale: Locale | undefined = 'fr',
): AgingBucket[] {
  const bucket = (id: string, fromDays: number | null, toDays: number | null): AgingBucket => {
    const params = { fromDays, toDays };
    return {
      id,
      fromDays,
      toDays,
      label: bothLabels('LABEL_AGING_BUCKET', params),
      labelMessage: portfolioText('LABEL_AGING_BUCKET', params, locale),
    };
  };
  const out: AgingBucket[] = [bucket('not_due', null, 0)];
  let from = 1;
  for (const to of bounds) {
    out.push(bucket(`${from}-${to}`, from, to));
    from = to + 1;
  }
  out.push(bucket(`${from}+`, from, null));
  return out;
}

/** The index of the bucket of `daysPastDue` (0 = not due). @internal */
export function bucketIndex(bounds: ReadonlyArray<number>, daysPastDue: number): number {
  if (daysPastDue <= 0) return 0;
  for (let k = 0; k < bounds.length; k++) {
    if (daysPastDue <= (bounds[k] as number)) return k + 1;
  }
  return bounds.length + 1;
}

/** @internal The running figures of one debtor (integer cents). */
export interface Acc {
  readonly cents: number[];
  readonly counts: number[];
  credit: number;
  creditCount: number;
  disputed: number;
  disputedCount: number;
}

function newAcc(size: number): Acc {
  return {
    cents: new Array<number>(size).fill(0),
    counts: new Array<number>(size).fill(0),
    credit: 0,
    creditCount: 0,
    disputed: 0,
    disputedCount: 0,
  };
}

function figures(acc: Acc, defs: ReadonlyArray<AgingBucket>, what: string): AgingFigures {
  let outstanding = 0;
  let count = 0;
  const buckets: AgingBucketFigures[] = [];
  for (let k = 0; k < defs.length; k++) {
    const cents = checkedTotal(acc.cents[k] as number, what);
    outstanding += cents;
    count += acc.counts[k] as number;
    buckets.push({
      id: (defs[k] as AgingBucket).id,
      outstanding: amountFromCents(cents),
      count: acc.counts[k] as number,
    });
  }
  outstanding = checkedTotal(outstanding, what);
  return {
    outstanding: amountFromCents(outstanding),
    overdue: amountFromCents(outstanding - (acc.cents[0] as number)),
    count,
    buckets,
    credit: amountFromCents(checkedTotal(acc.credit, what)),
    creditCount: acc.creditCount,
    disputed: amountFromCents(checkedTotal(acc.disputed, what)),
    disputedCount: acc.disputedCount,
  };
}

/**
 * @internal Step: adds one ledger entry to its debtor's accumulator; `false` when it is settled.
 * A disputed invoice is counted as disputed, and left out of the buckets when so asked.
 */
export function addToAcc(
  acc: Acc,
  e: Pick<Entry, 'outstandingCents' | 'creditCents' | 'disputed'>,
  bucket: number,
  excludeDisputed: boolean,
): boolean {
  if (e.outstandingCents > 0) {
    if (e.disputed) {
      acc.disputed += e.outstandingCents;
      acc.disputedCount++;
      if (excludeDisputed) return true;
    }
    acc.cents[bucket] = (acc.cents[bucket] as number) + e.outstandingCents;
    acc.counts[bucket] = (acc.counts[bucket] as number) + 1;
    return true;
  }
  if (e.creditCents > 0) {
    acc.credit += e.creditCents;
    acc.creditCount++;
    return true;
  }
  return false;
}

/** @internal Step: per-debtor figures (debtors sorted by id) and the ledger total. */
export function debtorFigures(
  byDebtor: ReadonlyMap<string, Acc>,
  defs: ReadonlyArray<AgingBucket>,
): { readonly total: Acc; readonly debtors: DebtorAging[] } {
  const total = newAcc(defs.length);
  const debtors: DebtorAging[] = [];
  for (const id of [...byDebtor.keys()].sort((a, b) => (a < b ? -1 : 1))) {
    const acc = byDebtor.get(id) as Acc;
    for (let k = 0; k < defs.length; k++) {
      total.cents[k] = (total.cents[k] as number) + (acc.cents[k] as number);
      total.counts[k] = (total.counts[k] as number) + (acc.counts[k] as number);
    }
    total.credit += acc.credit;
    total.creditCount += acc.creditCount;
    total.disputed += acc.disputed;
    total.disputedCount += acc.disputedCount;
    debtors.push({ debtorId: id, ...figures(acc, defs, `outstanding of debtor ${id}`) });
  }
  return { total, debtors };
}

/** @internal Step: what the caller should know about the figures of an aged balance. */
export function agingWarnings(
  notYetIssued: number,
  later: Later | null,
  options: AgingReportOptions,
  total: Acc,
  totals: AgingFigures,
): PortfolioWarningDraft[] {
  const warnings: PortfolioWarningDraft[] = [];
  const D441_6_IV = 'C. com. D441-6 IV';
  if (notYetIssued > 0)
    warnings.push({
      code: 'NOT_YET_ISSUED',
      params: { count: notYetIssued, asOf: options.asOf },
      severity: 'info',
      article: AGING_ARTICLE,
    });
  warnings.push(...laterWarnings(later, options.asOf));
  const disputed = { count: total.disputedCount, amount: totals.disputed };
  if (total.disputedCount > 0)
    warnings.push(
      options.excludeDisputed === true
        ? { code: 'DISPUTED_EXCLUDED', params: disputed, severity: 'info', article: D441_6_IV }
        : { code: 'DISPUTED_INCLUDED', params: disputed, severity: 'info', article: D441_6_IV },
    );
  if (total.creditCount > 0)
    warnings.push({
      code: 'CREDIT_BALANCES',
      params: { count: total.creditCount, amount: totals.credit },
      severity: 'warning',
      article: AGING_ARTICLE,
    });
  return warnings;
}

/** The unvalidated core of {@link agingReport}, for callers that validated already. @internal */
export function agingReportCore(invoices: unknown, options: AgingReportOptions): AgingReportResult {
  const bounds = options.buckets ?? DEFAULT_BOUNDS;
  const size = bounds.length + 2;
  const excludeDisputed = options.excludeDisputed === true;
  const byDebtor = new Map<string, Acc>();
  const ctx = ledgerContext(options.asOf, false, invoiceMapper);
  let settled = 0;
  const item = foldItemRecord();
  const summary: ReadSummary = foldLedger(ctx, invoices, item, (e: FoldItem) => {
    let acc = byDebtor.get(e.debtorId);
    if (acc === undefined) {
      acc = newAcc(size);
      byDebtor.set(e.debtorId, acc);
    }
    const bucket = bucketIndex(bounds, ctx.asOfDay - e.dueDay);
    if (!addToAcc(acc, e, bucket, excludeDisputed)) settled++;
  });
  const later: Later | null = item.later;
  const defs = bucketDefinitions(bounds, options.locale);
  const rule = portfolioText('RULE_AGING', {}, options.locale);
  const { total, debtors } = debtorFigures(byDebtor, defs);
  const totals = figures(total, defs, 'ledger total');
  return {
    asOf: options.asOf,
    buckets: defs,
    total: totals,
    debtors,
    invoiceCount: summary.read,
    settledCount: settled,
    notYetIssuedCount: summary.notYetIssued,
    rule: rule.message,
    ruleMessage: rule,
    article: AGING_ARTICLE,
    warnings: renderPortfolioWarnings(
      agingWarnings(summary.notYetIssued, later, options, total, totals),
      options.locale,
    ),
  };
}

/**
 * Builds the aged balance (balance âgée) of a receivables ledger: the outstanding amount per
 * bucket of days past due, per debtor and in total, with the number of open invoices.
 *
 * @remarks Suivi des encours. The default buckets are the tranches of delay of the model table of
 * C. com. D441-6 (management report on payment delays, L441-14): not due, 1–30, 31–60, 61–90,
 * 91 days and more. Days past due = `daysBetween(dueDate, asOf)`: due today (0) is not due, 30 days
 * is in 1–30, 31 in 31–60. Outstanding = amount incl. VAT − payments − credit notes dated on or
 * before `asOf`, never negative: an overpaid invoice adds 0 to the buckets and its excess is
 * reported as `credit`. Disputed invoices stay in the buckets unless `excludeDisputed` (D441-6 IV).
 *
 * The ledger is read once, item by item, so a generator can stream millions of invoices: memory
 * holds one accumulator per debtor, nothing per invoice. Items are checked by hand-written tests,
 * not a zod schema (see {@link LedgerInvoice}). Amounts are summed exactly as integer cents.
 * @param invoices - any iterable of {@link LedgerInvoice} (or parsed `Invoice` objects)
 * @param options - see {@link AgingReportOptionsSchema}
 * @returns the buckets, the total and per-debtor figures, counts and warnings
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad options (path `['options', …]`) or a bad
 * item (path `['invoices', index, field]`); `OUT_OF_RANGE` for a total above 90 071 992 547 409.91 €.
 * @example
 * ```ts
 * const report = agingReport(
 *   [
 *     { id: 'F1', debtorId: 'ACME', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '1200.00' },
 *     { id: 'F2', debtorId: 'ACME', issueDate: '2026-02-10', dueDate: '2026-03-12', amount: '300.00',
 *       payments: [{ date: '2026-03-01', amount: '100.00' }] },
 *   ],
 *   { asOf: '2026-03-06' },
 * );
 * report.total.buckets.map((b) => [b.id, b.outstanding]);
 * //=> [['not_due', '200.00'], ['1-30', '1200.00'], ['31-60', '0.00'], ['61-90', '0.00'], ['91+', '0.00']]
 * ```
 * @category Portfolio
 */
export function agingReport(
  invoices: Iterable<LedgerItem>,
  options: AgingReportOptionsInput,
): AgingReportResult {
  return agingReportCore(
    invoices,
    parseOrThrow(AgingReportOptionsSchema, options, 'options', ['options']),
  );
}
