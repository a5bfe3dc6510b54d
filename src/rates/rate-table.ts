import * as z from 'zod/mini';
import { halfYearOf, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { D, type Dec, dec, decimalInputProblem, toPercent } from '../internal/decimal.js';
import { deepFreeze } from '../internal/freeze.js';
import { invalidInput, parseOrThrow, rethrowAsInvalidInput, show } from '../internal/validate.js';
import { ECB_MRO, LEGAL_CONSUMER_CREDITOR, LEGAL_OTHER } from './data.js';
import type { RateSeriesData } from './rate-series.js';

/**
 * Which rate series: the ECB main refinancing rate, or one of the two French legal interest rates
 * (CMF L313-2: creditor a natural person outside their trade, or all other cases).
 *
 * @category Rates
 */
export type RateSeriesId = 'ecb-mro' | 'legal-consumer-creditor' | 'legal-other';

/**
 * One row of a rate series: the rate applies from `from` (inclusive) until the next row.
 *
 * @category Rates
 */
export interface RateRow {
  /** First day the rate applies. */
  readonly from: PlainDate;
  /** The rate in percent, as a canonical decimal string (`'4.25'`). */
  readonly ratePercent: string;
}

/**
 * A rate series: rows sorted by date and the last day its values are known. A date after
 * `knownUntil` has an **unknown** rate: look-ups throw `RATE_UNKNOWN` rather than carry the last
 * row forward.
 *
 * @category Rates
 */
export interface RateSeries {
  /** Which series. */
  readonly id: RateSeriesId;
  /** What the series is and where it comes from. */
  readonly article: string;
  /** The rows, sorted by `from`. */
  readonly rows: ReadonlyArray<RateRow>;
  /** The last day the series' value is known. */
  readonly knownUntil: PlainDate;
}

const TABLE: unique symbol = Symbol.for('impayes-core.rate-table') as never;

/**
 * The three series every computation looks rates up in. Build one with {@link createRateTable}
 * once, and pass it as `rates` to every call: it is never rebuilt per call.
 *
 * @category Rates
 */
export interface RateTable {
  /** ECB main refinancing operations rate, by effective date. */
  readonly ecb: RateSeries;
  /** Legal interest rate when the creditor is a natural person outside their trade. */
  readonly legalConsumerCreditor: RateSeries;
  /** Legal interest rate in all other cases (a business creditor; the base of the 3× floor). */
  readonly legalOther: RateSeries;
}

const RateRowInputSchema = /* @__PURE__ */ z.strictObject({
  from: PlainDateSchema,
  ratePercent: z.custom<string | number>().check(
    z.superRefine((value, ctx) => {
      const problem =
        typeof value === 'string' || typeof value === 'number'
          ? decimalInputProblem(value)
          : 'must be a decimal string such as "2.40"';
      if (problem !== undefined)
        ctx.issues.push({ code: 'custom', message: problem, input: value });
      else if (dec(value).isNegative() || dec(value).gt(100))
        ctx.issues.push({ code: 'custom', message: 'must be between 0 and 100', input: value });
    }),
  ),
});

const SeriesOverrideSchema = /* @__PURE__ */ z.strictObject({
  rows: z.optional(z.array(RateRowInputSchema)),
  knownUntil: z.optional(PlainDateSchema),
});

/**
 * Schema of the rates a caller may add: rows that extend or replace the built-in series, and the
 * date until which each series is then known.
 *
 * @category Rates
 */
export const RateOverridesSchema = /* @__PURE__ */ z.strictObject({
  ecb: z.optional(SeriesOverrideSchema),
  legalConsumerCreditor: z.optional(SeriesOverrideSchema),
  legalOther: z.optional(SeriesOverrideSchema),
});

/**
 * Caller-supplied rates; see {@link createRateTable}.
 *
 * @example
 * ```ts
 * const overrides: RateOverrides = {
 *   legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] },
 * };
 * ```
 * @category Rates
 */
export type RateOverrides = z.input<typeof RateOverridesSchema>;

/**
 * What a `rates` option accepts: a table built by {@link createRateTable} (fast: nothing is
 * rebuilt), or raw {@link RateOverrides} (validated and merged on every call).
 *
 * @category Rates
 */
export type RatesOption = RateTable | RateOverrides;

// Values derived from frozen rows and tables, kept beside them rather than on them: a row stays a
// plain `{ from, ratePercent }` (JSON, equality and spreads see nothing else). Only frozen rows get
// an entry (their rate cannot change after it was parsed).
const rowDecimals = new WeakMap<RateRow, Dec>();
const tableMemos = new WeakMap<RateTable, Map<unknown, unknown>>();

/** A row; its rate is parsed into a Decimal on first use only (cold start, issue 17). */
function row(from: PlainDate, ratePercent: string): RateRow {
  return { from, ratePercent };
}

/**
 * The rate of a row as a Decimal, parsed once on first use and kept beside the row.
 * @internal
 */
export function rowRate(r: RateRow): Dec {
  let rate = rowDecimals.get(r);
  if (rate === undefined) {
    rate = new D(r.ratePercent);
    if (Object.isFrozen(r)) rowDecimals.set(r, rate);
  }
  return rate;
}

function build(data: RateSeriesData): RateSeries {
  return {
    id: data.id,
    article: data.article,
    knownUntil: data.knownUntil as PlainDate,
    rows: data.rows.map((r) => row(r.from as PlainDate, r.ratePercent)),
  };
}

function brand(table: RateTable): RateTable {
  Object.defineProperty(table, TABLE, { value: true });
  tableMemos.set(table, new Map());
  // A table is a value: frozen, so that nothing derived from it (parsed rates, the memo) can go stale.
  for (const series of [table.ecb, table.legalConsumerCreditor, table.legalOther]) {
    for (const r of series.rows) Object.freeze(r);
    Object.freeze(series.rows);
    Object.freeze(series);
  }
  return Object.freeze(table);
}

/** @internal A memo key: every input a memoised value depends on, in a fixed order. */
export type MemoKey = ReadonlyArray<string | number | boolean>;

/**
 * @internal A value derived from `table` and `key` alone, computed once per table (e.g. a
 * half-year's statutory rate and its floor finding). The key must list everything the value
 * depends on besides the table: every input the computation reads. The memo is a tree of Maps, one
 * level per part of the key: no key text is built per call, and no two keys can collide. Values
 * must be immutable: they are shared by every call that uses the table. A table built by another
 * copy of the library (ESM next to CJS) has no memo here: the value is computed each time, never
 * taken from other code.
 */
export function memoOnTable<V>(table: RateTable, key: MemoKey, compute: () => V): V {
  let node = tableMemos.get(table);
  if (node === undefined) return compute();
  const last = key.length - 1;
  for (let i = 0; i < last; i++) {
    let next = node.get(key[i]) as Map<unknown, unknown> | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(key[i], next);
    }
    node = next;
  }
  if (node.has(key[last])) return node.get(key[last]) as V;
  const value = compute();
  node.set(key[last], value);
  return value;
}

/**
 * The built-in rate table, from the sourced series in the package (see the README's "Rates"
 * section). Its `knownUntil` dates say how far each series goes.
 *
 * @category Rates
 */
export const defaultRateTable: RateTable = /* @__PURE__ */ brand({
  ecb: build(ECB_MRO),
  legalConsumerCreditor: build(LEGAL_CONSUMER_CREDITOR),
  legalOther: build(LEGAL_OTHER),
});

function merge(
  base: RateSeries,
  override: z.output<typeof SeriesOverrideSchema> | undefined,
  semester: boolean,
): RateSeries {
  if (!override) return base;
  const byDate = new Map<string, RateRow>(base.rows.map((r) => [r.from, r]));
  let latest: PlainDate | undefined;
  for (const r of override.rows ?? []) {
    byDate.set(r.from, row(r.from, toPercent(dec(r.ratePercent))));
    if (latest === undefined || r.from > latest) latest = r.from;
  }
  const rows = [...byDate.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
  // Without an explicit knownUntil, a supplied semester rate is known to the end of its half-year
  // and a supplied ECB change is known on its own date (later changes may exist).
  const derived =
    latest === undefined ? base.knownUntil : semester ? halfYearOf(latest).lastDay : latest;
  const wanted = override.knownUntil ?? derived;
  return { ...base, rows, knownUntil: wanted > base.knownUntil ? wanted : base.knownUntil };
}

/**
 * Builds a rate table from the defaults (or another table) and caller rows.
 *
 * @remarks Rows replace a default row with the same `from` and add the others. Without an explicit
 * `knownUntil`, a series becomes known until the end of the half-year of the latest supplied row
 * (legal rates, set per half-year by arrêté under CMF L313-2 / D313-1-A) or until the latest
 * supplied ECB date. `knownUntil` never moves earlier than the base table's. Build the table once
 * and reuse it: look-ups are then a binary search.
 * @param overrides - rows and `knownUntil` per series
 * @param base - the table to extend, {@link defaultRateTable} by default
 * @returns a new table (the base is not modified)
 * @throws {@link ImpayesError} `INVALID_INPUT` for malformed rows.
 * @example
 * ```ts
 * // The 2026 H2 legal rates are not in the built-in data: supply them once.
 * const rates = createRateTable({
 *   legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] },
 * });
 * legalInterestRate('2026-08-01', 'other', { rates }).ratePercent; //=> '2.50'
 * ```
 * @category Rates
 */
export function createRateTable(
  overrides: RateOverrides = {},
  base: RateTable = defaultRateTable,
): RateTable {
  const o = parseOrThrow(RateOverridesSchema, overrides, 'rates');
  if (!isRateTable(base)) {
    invalidInput(`must be a table made by createRateTable, received ${show(base)}`, ['base']);
  }
  return brand({
    ecb: merge(base.ecb, o.ecb, false),
    legalConsumerCreditor: merge(base.legalConsumerCreditor, o.legalConsumerCreditor, true),
    legalOther: merge(base.legalOther, o.legalOther, true),
  });
}

/**
 * Tells whether a value is a table made by {@link createRateTable} (or the default table).
 *
 * @param value - anything
 * @returns `true` for a built table
 * @example
 * ```ts
 * isRateTable(defaultRateTable); //=> true
 * ```
 * @category Rates
 */
export function isRateTable(value: unknown): value is RateTable {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[TABLE] === true
    );
  } catch {
    // A Proxy that throws on reads is not a table; a type guard must not throw.
    return false;
  }
}

/** @internal Resolves a `rates` option: a built table as is, raw overrides merged, else the default. */
/** The `rates` of a lookup's options, after checking the options are an object. */
function ratesOf(options: unknown): RatesOption | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    invalidInput(`must be an object such as { rates }, received ${show(options)}`, ['options']);
  }
  try {
    return (options as RateLookupOptions).rates;
  } catch (error) {
    return rethrowAsInvalidInput(error, 'options', ['options']);
  }
}

export function resolveRates(rates: RatesOption | undefined): RateTable {
  if (rates === undefined) return defaultRateTable;
  return isRateTable(rates) ? rates : createRateTable(rates);
}

const LABEL: Record<RateSeriesId, string> = {
  'ecb-mro': 'ECB main refinancing rate',
  'legal-consumer-creditor': 'legal interest rate (creditor a natural person outside their trade)',
  'legal-other': 'legal interest rate (other cases)',
};

const KEY: Record<RateSeriesId, keyof RateTable> = {
  'ecb-mro': 'ecb',
  'legal-consumer-creditor': 'legalConsumerCreditor',
  'legal-other': 'legalOther',
};

/** @internal The row in force on `date`, or a RATE_UNKNOWN error naming the half-year. */
export function rowOn(series: RateSeries, date: PlainDate): RateRow {
  const rows = series.rows;
  if (date <= series.knownUntil && rows.length > 0 && date >= rows[0]!.from) {
    let lo = 0;
    let hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid]!.from <= date) lo = mid;
      else hi = mid - 1;
    }
    return rows[lo]!;
  }
  const halfYear = halfYearOf(date).id;
  const before = rows.length === 0 || date < rows[0]!.from;
  throw new ImpayesError({
    code: 'RATE_UNKNOWN',
    message: before
      ? `The ${LABEL[series.id]} for ${halfYear} (${date}) is not in the rate table, which starts on ${rows[0]?.from ?? 'no date'}. Supply it with the "rates" option: createRateTable({ ${KEY[series.id]}: { rows: [{ from, ratePercent }] } }).`
      : `The ${LABEL[series.id]} for ${halfYear} (${date}) is unknown: the rate table is known until ${series.knownUntil}. Supply it with the "rates" option, e.g. createRateTable({ ${KEY[series.id]}: { rows: [{ from: '${halfYearOf(date).firstDay}', ratePercent: '…' }] } }).`,
    path: [],
    details: { series: series.id, halfYear, date, knownUntil: series.knownUntil },
  });
}

/**
 * A rate looked up for a date, with where it comes from.
 *
 * @category Rates
 */
export interface RateLookup {
  /** The rate in percent (`'4.25'`). */
  readonly ratePercent: string;
  /** The series it comes from. */
  readonly series: RateSeriesId;
  /** The date asked about. */
  readonly date: PlainDate;
  /** The date the rate took effect. */
  readonly effectiveFrom: PlainDate;
  /** The half-year the date falls in, e.g. `'2024-H2'`. */
  readonly halfYear: string;
  /** The date whose rate was used: the date itself, or the first day of the half-year. */
  readonly referenceDate: PlainDate;
  /** The legal basis. */
  readonly article: string;
}

/** Options of the rate look-ups. @category Rates */
export interface RateLookupOptions {
  /** A table from {@link createRateTable}, or raw overrides; the built-in table by default. */
  readonly rates?: RatesOption;
}

function lookup(
  series: RateSeries,
  date: PlainDate,
  reference: PlainDate,
  article: string,
): RateLookup {
  const row = rowOn(series, reference);
  return {
    ratePercent: row.ratePercent,
    series: series.id,
    date,
    effectiveFrom: row.from,
    halfYear: halfYearOf(date).id,
    referenceDate: reference,
    article,
  };
}

/**
 * Returns the ECB main refinancing rate in force on a given day.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param options - `rates` to extend the built-in series
 * @returns the rate and its effective date
 * @throws {@link ImpayesError} `RATE_UNKNOWN` after the series' `knownUntil` (or before 1999).
 * @example
 * ```ts
 * ecbRateOn('2024-08-10').ratePercent; //=> '4.25' (in force since 2024-06-12)
 * ecbRateOn('2024-09-18').ratePercent; //=> '3.65'
 * ```
 * @category Rates
 */
export function ecbRateOn(date: string, options: RateLookupOptions = {}): RateLookup {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  return lookup(resolveRates(ratesOf(options)).ecb, d, d, 'ECB main refinancing operations');
}

/**
 * Returns the ECB rate that French law uses for the half-year of a date: the rate in force on
 * 1 January for January–June, on 1 July for July–December.
 *
 * @remarks C. com. L441-10 II (B2B default rate = this + 10 points) and CCP R2192-31 (public buyers
 * = this + 8 points, taken for the half-year in which interest started). Changes during the
 * half-year do not count: for 2024 H2 the rate is 4.25 % (1 July), not the 3.65 % of September.
 * @param date - any day of the half-year
 * @param options - `rates` to extend the built-in series
 * @returns the rate, with `referenceDate` = 1 January or 1 July
 * @throws {@link ImpayesError} `RATE_UNKNOWN` when the half-year's first day is after the series' `knownUntil`.
 * @example
 * ```ts
 * ecbRateForHalfYear('2024-08-10').ratePercent; //=> '4.25'
 * ```
 * @category Rates
 */
export function ecbRateForHalfYear(date: string, options: RateLookupOptions = {}): RateLookup {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  return lookup(
    resolveRates(ratesOf(options)).ecb,
    d,
    halfYearOf(d).firstDay,
    'C. com. L441-10 II',
  );
}

/**
 * Which legal interest rate (CMF L313-2): `'consumer-creditor'` when the **creditor** is a natural
 * person acting outside their trade; `'other'` in all other cases — including a business claiming
 * from a consumer.
 *
 * @category Rates
 */
export type LegalRateCategory = z.infer<typeof LegalRateCategorySchema>;

/**
 * Schema of a {@link LegalRateCategory}.
 *
 * @category Rates
 */
export const LegalRateCategorySchema = /* @__PURE__ */ z.enum(['consumer-creditor', 'other']);

/**
 * Returns the French legal interest rate (taux de l'intérêt légal) in force on a day.
 *
 * @remarks CMF L313-2: two rates set per half-year by arrêté since 2015 (one annual rate before).
 * The category follows the creditor: a business creditor always uses `'other'` (the "tous les
 * autres cas" rate), which is also the base of the L441-10 contractual floor (3 ×).
 * @param date - a `YYYY-MM-DD` date
 * @param category - `'other'` or `'consumer-creditor'`
 * @param options - `rates` to extend the built-in series (the 2026 H2 rates are not built in)
 * @returns the rate for the date
 * @throws {@link ImpayesError} `RATE_UNKNOWN` after the series' `knownUntil`, naming the half-year.
 * @example
 * ```ts
 * legalInterestRate('2024-03-01', 'other').ratePercent; //=> '5.07'
 * legalInterestRate('2026-08-01', 'other'); // throws RATE_UNKNOWN (2026-H2)
 * ```
 * @category Rates
 */
export function legalInterestRate(
  date: string,
  category: LegalRateCategory,
  options: RateLookupOptions = {},
): RateLookup {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  const c = parseOrThrow(LegalRateCategorySchema, category, 'category', ['category']);
  const table = resolveRates(ratesOf(options));
  return lookup(c === 'other' ? table.legalOther : table.legalConsumerCreditor, d, d, 'CMF L313-2');
}

/**
 * The last day each built-in series is known (`knownUntil`), so an app can warn its users before
 * a rate runs out.
 *
 * @category Rates
 */
export const ratesKnownUntil: Readonly<Record<RateSeriesId, PlainDate>> =
  /* @__PURE__ */ deepFreeze({
    'ecb-mro': ECB_MRO.knownUntil as PlainDate,
    'legal-consumer-creditor': LEGAL_CONSUMER_CREDITOR.knownUntil as PlainDate,
    'legal-other': LEGAL_OTHER.knownUntil as PlainDate,
  });
