import * as z from 'zod/mini';
import {
  addDaysValid,
  addMonthsValid,
  dayNumber,
  halfYearOfValid,
  type PlainDate,
  PlainDateSchema,
} from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { type Dec, dec, HUNDRED, roundCents, toCents, ZERO } from '../internal/decimal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { invalidInput, parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/internal.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import {
  isRateTable,
  RateOverridesSchema,
  type RateSeries,
  type RatesOption,
  type RateTable,
  resolveRates,
  rowOn,
} from '../rates/internal.js';
import { type Finding, type Locale, renderMessage } from '../text/internal.js';
import { depositCatalogues } from './text.catalogues.js';
import type { DepositMessages } from './text.js';

/**
 * Schema of the request to {@link advancePaymentInterest}:
 *
 * - `amount`: the sum the consumer paid in advance (in cents, zero or more);
 * - `paidOn`: the day it was paid;
 * - `deliveredOn`: the day the goods were delivered or the service performed, when it happened;
 * - `asOf`: the day to compute to when there is no delivery yet (or a later one);
 * - `rates`: a rate table from `createRateTable`, or raw rate overrides, for half-years the
 *   built-in table does not know;
 * - `onUnknownRate`: `'throw'` (default: `RATE_UNKNOWN`) or `'warn'` (the interest stops at the
 *   last day with a known rate, with a `RATE_UNKNOWN` warning), as in the penalties module.
 *
 * @category Deposit
 */
export const AdvancePaymentInterestRequestSchema = /* @__PURE__ */ z.strictObject({
  amount: NonNegativeMoneyInputSchema,
  paidOn: PlainDateSchema,
  deliveredOn: z.optional(PlainDateSchema),
  asOf: PlainDateSchema,
  rates: z.optional(
    z.union([
      z.custom<RateTable>((v) => isRateTable(v), { error: 'must be a rate table' }),
      RateOverridesSchema,
    ]),
  ),
  onUnknownRate: z.optional(z.enum(['throw', 'warn'])),
});

/**
 * The request to {@link advancePaymentInterest}; see {@link AdvancePaymentInterestRequestSchema}.
 *
 * @category Deposit
 */
export type AdvancePaymentInterestRequest = Omit<
  z.input<typeof AdvancePaymentInterestRequestSchema>,
  'rates'
> & {
  /** A rate table from `createRateTable`, or raw overrides. */
  readonly rates?: RatesOption;
};

/**
 * One half-year segment of L214-2 interest.
 *
 * @category Deposit
 */
export interface AdvanceInterestSegment {
  /** First day counted. */
  readonly from: PlainDate;
  /** Last day counted. */
  readonly to: PlainDate;
  /** Days counted, both ends included. */
  readonly days: number;
  /** The half-year, e.g. `'2025-H2'`. */
  readonly halfYear: string;
  /** The legal interest rate (creditor a natural person outside their trade), percent. */
  readonly ratePercent: string;
  /** amount × rate × days / 365, rounded half-up to the cent. */
  readonly interest: Amount;
}

/**
 * A warning attached to {@link advancePaymentInterest}.
 *
 * @category Deposit
 */
export type AdvanceInterestWarning =
  | Finding<'INTEREST_NOT_STARTED', DepositMessages['INTEREST_NOT_STARTED']>
  /** With `onUnknownRate: 'warn'`: interest stops before `lastInterestDay` (rate not in the table). */
  | Finding<'RATE_UNKNOWN', DepositMessages['RATE_UNKNOWN']>;

/**
 * The result of {@link advancePaymentInterest}.
 *
 * @category Deposit
 */
export interface AdvancePaymentInterestResult {
  /** The sum paid in advance. */
  readonly amount: Amount;
  /** The day it was paid. */
  readonly paidOn: PlainDate;
  /** The day the three months end (`paidOn` + 3 months, CPC 641 month counting). */
  readonly threeMonthsEnd: PlainDate;
  /** The first day interest accrues: the day after {@link AdvancePaymentInterestResult.threeMonthsEnd}. */
  readonly firstInterestDay: PlainDate;
  /** The last day counted: the delivery (or performance) day, or `asOf` when there is none yet. */
  readonly lastInterestDay: PlainDate;
  /** Why the count stops: `'delivered'` (delivery or performance) or `'asOf'` (still running). */
  readonly endedBy: 'delivered' | 'asOf';
  /** Days of interest in total (0 before the three months are over). */
  readonly days: number;
  /** Per half-year. */
  readonly segments: ReadonlyArray<AdvanceInterestSegment>;
  /** The interest owed to the consumer: the sum of the rounded segments. */
  readonly interest: Amount;
  /** The legal rate category: the creditor of this interest is the consumer (CMF L313-2). */
  readonly rateCategory: 'consumer-creditor';
  /** The day-count basis. */
  readonly dayCount: 'ACT/365';
  /** The legal bases. */
  readonly article: string;
  /** Things to know. */
  readonly warnings: ReadonlyArray<AdvanceInterestWarning>;
}

const ARTICLE = 'C. conso L214-2; CMF L313-2';

/** The rate in force on `date`, or null when it is unknown and `onUnknownRate` is `'warn'`. */
function rateOrStop(series: RateSeries, date: PlainDate, onUnknownRate: 'throw' | 'warn') {
  try {
    return rowOn(series, date).ratePercent;
  } catch (error) {
    if (onUnknownRate === 'warn' && isImpayesError(error) && error.code === 'RATE_UNKNOWN')
      return null;
    throw error;
  }
}

/** Step: the warnings of an advance-payment interest computation, rendered in `locale`. */
function interestWarnings(
  locale: Locale,
  f: {
    readonly notStarted: boolean;
    readonly stoppedBefore: PlainDate | null;
    readonly months: number;
    readonly firstInterestDay: PlainDate;
    readonly paidOn: PlainDate;
    readonly knownUntil: string;
    readonly last: PlainDate;
  },
): AdvanceInterestWarning[] {
  const warnings: AdvanceInterestWarning[] = [];
  if (f.notStarted)
    warnings.push({
      ...renderMessage(depositCatalogues, locale, 'INTEREST_NOT_STARTED', {
        months: f.months,
        firstInterestDay: f.firstInterestDay,
        paidOn: f.paidOn,
      }),
      severity: 'info',
      article: 'C. conso L214-2',
    });
  if (f.stoppedBefore !== null)
    warnings.push({
      ...renderMessage(depositCatalogues, locale, 'RATE_UNKNOWN', {
        halfYear: halfYearOfValid(f.stoppedBefore).id,
        knownUntil: f.knownUntil,
        stoppedOn: addDaysValid(f.stoppedBefore, -1),
        lastInterestDay: f.last,
      }),
      severity: 'warning',
      article: 'CMF L313-2',
    });
  return warnings;
}

/**
 * Computes the legal interest a business owes a consumer on a sum paid in advance, for the time
 * beyond three months until delivery or performance.
 *
 * @remarks C. conso L214-2: a sum paid in advance on the price of movable goods "est productive,
 * au taux légal en matière civile, d'intérêts qui commencent à courir à l'expiration d'un délai de
 * trois mois à compter du versement jusqu'à la livraison"; the same for services until
 * performance; the interest is deducted from the balance due on delivery. The creditor of this
 * interest is the consumer, a natural person outside their trade, so the legal rate is the
 * `'consumer-creditor'` one (CMF L313-2: the category follows the creditor). Counting: the three
 * months end on `addMonths(paidOn, 3)` (CPC 641); interest runs from the next day to the delivery
 * day (or `asOf`) included; split per half-year, ACT/365 (365 even in leap years, as
 * service-public does for legal interest), each segment rounded half-up to the cent.
 * @param request - see {@link AdvancePaymentInterestRequestSchema}
 * @param options - `locale` of the warnings: `'fr'` (default) or `'en'`
 * @returns the interest with its half-year segments
 * @throws {@link ImpayesError} `RATE_UNKNOWN` for a half-year beyond the rate table (supply
 * `rates`, or pass `onUnknownRate: 'warn'` to compute up to the last known day); `INVALID_INPUT` with the path of each malformed field, and for `deliveredOn` or `asOf`
 * before `paidOn`.
 * @example
 * ```ts
 * advancePaymentInterest({
 *   amount: '3000', paidOn: '2025-03-10', deliveredOn: '2025-09-30', asOf: '2025-12-31',
 * }).segments;
 * //=> [{ from: '2025-06-11', to: '2025-06-30', days: 20, ratePercent: '7.21', interest: '11.85', … },
 * //    { from: '2025-07-01', to: '2025-09-30', days: 92, ratePercent: '6.65', interest: '50.28', … }]
 * // interest: '62.13'
 * ```
 * @category Deposit
 */
export function advancePaymentInterest(
  request: AdvancePaymentInterestRequest,
  options: TextOptions = {},
): AdvancePaymentInterestResult {
  const r = parseOrThrow(AdvancePaymentInterestRequestSchema, request, 'request');
  const locale = localeOf(options);
  if (r.deliveredOn !== undefined && r.deliveredOn < r.paidOn)
    invalidInput(`the delivery date ${r.deliveredOn} is before the payment date ${r.paidOn}`, [
      'deliveredOn',
    ]);
  if (r.asOf < r.paidOn)
    invalidInput(`asOf ${r.asOf} is before the payment date ${r.paidOn}`, ['asOf']);
  const series = resolveRates(r.rates).legalConsumerCreditor;
  const amount = dec(r.amount);
  // The waiting period in force on the payment day (law parameter data, C. conso L214-2); integer
  // date arithmetic on validated dates (never a Date with a two-digit year).
  const months = lawNumber('advance-payment-interest-months', r.paidOn);
  const threeMonthsEnd = addMonthsValid(r.paidOn, months);
  const firstInterestDay = addDaysValid(threeMonthsEnd, 1);
  const delivered = r.deliveredOn !== undefined && r.deliveredOn <= r.asOf;
  const last = delivered ? r.deliveredOn! : r.asOf;

  const segments: AdvanceInterestSegment[] = [];
  let total: Dec = ZERO;
  let from = firstInterestDay;
  let stoppedBefore: PlainDate | null = null;
  while (from <= last) {
    const half = halfYearOfValid(from);
    const to = half.lastDay < last ? half.lastDay : last;
    const days = dayNumber(to) - dayNumber(from) + 1;
    const rate = rateOrStop(series, from, r.onUnknownRate ?? 'throw');
    if (rate === null) {
      stoppedBefore = from;
      break;
    }
    const interest = roundCents(amount.times(rate).div(HUNDRED).times(days).div(365));
    total = total.plus(interest);
    segments.push({
      from,
      to,
      days,
      halfYear: half.id,
      ratePercent: rate,
      interest: toCents(interest) as Amount,
    });
    from = addDaysValid(to, 1);
  }
  const days = segments.reduce((n, s) => n + s.days, 0);
  const warnings = interestWarnings(locale, {
    notStarted: days === 0 && stoppedBefore === null,
    stoppedBefore,
    months,
    firstInterestDay,
    paidOn: r.paidOn,
    knownUntil: series.knownUntil,
    last,
  });
  return {
    amount: toCents(amount) as Amount,
    paidOn: r.paidOn,
    threeMonthsEnd,
    firstInterestDay,
    lastInterestDay: last,
    endedBy: delivered ? 'delivered' : 'asOf',
    days,
    segments,
    interest: toCents(total) as Amount,
    rateCategory: 'consumer-creditor',
    dayCount: 'ACT/365',
    article: ARTICLE,
    warnings,
  };
}
