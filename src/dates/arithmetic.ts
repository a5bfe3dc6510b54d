import { invalidInput, show } from '../internal/validate.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayOfText,
  isoWeekdayOfDayNumber,
  monthOfText,
  yearOfText,
} from './day-number.js';
import {
  type DateInput,
  daysInMonth,
  formatYmd,
  isPlainDateText,
  type PlainDate,
  ymd,
} from './plain-date.js';

// All arithmetic runs on integers (day numbers, year * 12 + month), checked by property tests
// against date-fns: no Date object, so neither the host time zone nor the Date constructor's
// two-digit-year rule (years 0–99 read as 1900–1999) can leak in.

/**
 * @internal A computed date must still be a `YYYY-MM-DD` date: a year past 9999 (or before 0000)
 * is an error, not a longer string.
 */
export function inYearRange(result: PlainDate, path: ReadonlyArray<string | number>): PlainDate {
  if (isPlainDateText(result)) return result;
  return invalidInput('moves the date outside the years 0000–9999', path);
}

function wholeNumber(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    invalidInput(`must be a whole number, received ${show(n)}`, [name]);
  }
  return n;
}

/**
 * Adds (or, when negative, subtracts) calendar days.
 *
 * @remarks For deadlines counted in days (CPC 641 al. 1) the trigger day does not count: a 15-day
 * deadline from 2026-03-02 ends `addDays('2026-03-02', 15)` = 2026-03-17.
 * @param date - a `YYYY-MM-DD` date
 * @param days - a whole number of days, may be negative
 * @returns the new date
 * @throws {@link ImpayesError} `INVALID_INPUT` for an impossible date, a non-integer count, or a
 * result outside the years 0000–9999.
 * @example
 * ```ts
 * addDays('2024-02-28', 2); //=> '2024-03-01'
 * ```
 * @category Dates
 */
export function addDays(date: DateInput, days: number): PlainDate {
  ymd(date, ['date']);
  return inYearRange(dateOfDayNumber(dayNumber(date as string) + wholeNumber(days, 'days')), [
    'days',
  ]);
}

/**
 * Adds calendar months the CPC 641 way: same day number in the target month, or that month's last
 * day when the day does not exist there.
 *
 * @remarks C. proc. civ. art. 641 al. 2: a deadline in months "expire le jour du dernier mois qui
 * porte le même quantième … À défaut d'un quantième identique, le délai expire le dernier jour du
 * mois". Counting is never rolled here; see {@link procedureDeadline} for CPC 642.
 * @param date - a `YYYY-MM-DD` date
 * @param months - a whole number of months, may be negative
 * @returns the new date
 * @throws {@link ImpayesError} `INVALID_INPUT` for an impossible date, a non-integer count, or a
 * result outside the years 0000–9999.
 * @example
 * ```ts
 * addMonths('2024-01-31', 1); //=> '2024-02-29'
 * addMonths('2026-01-14', 6); //=> '2026-07-14'
 * ```
 * @category Dates
 */
export function addMonths(date: DateInput, months: number): PlainDate {
  ymd(date, ['date']);
  const n = wholeNumber(months, 'months');
  // Beyond ±120 000 months the year leaves 0000–9999 anyway; keeps the integers exact.
  if (Math.abs(n) > 120_000)
    return invalidInput('moves the date outside the years 0000–9999', ['months']);
  return inYearRange(addMonthsValid(date as PlainDate, n), ['months']);
}

/**
 * Adds calendar years with the CPC 641 rule: 29 February becomes 28 February in a common year.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param years - a whole number of years, may be negative
 * @returns the new date
 * @throws {@link ImpayesError} `INVALID_INPUT` for an impossible date, a non-integer count, or a
 * result outside the years 0000–9999.
 * @example
 * ```ts
 * addYears('2024-02-29', 1); //=> '2025-02-28'
 * addYears('2009-05-28', 5); //=> '2014-05-28'
 * ```
 * @category Dates
 */
export function addYears(date: DateInput, years: number): PlainDate {
  ymd(date, ['date']);
  const n = wholeNumber(years, 'years');
  if (Math.abs(n) > 10_000)
    return invalidInput('moves the date outside the years 0000–9999', ['years']);
  return inYearRange(addMonthsValid(date as PlainDate, n * 12), ['years']);
}

/**
 * Counts calendar days from `from` to `to` (`to − from`); negative when `to` is earlier.
 *
 * @remarks This is the day count of late payment (DOMAIN.md §1): due 2018-04-15, paid 2018-05-15 →
 * 30 days (the first late day is the day after the due date, the payment day counts).
 * @param from - the earlier date
 * @param to - the later date
 * @returns the number of days between them
 * @example
 * ```ts
 * daysBetween('2018-04-15', '2018-05-15'); //=> 30
 * ```
 * @category Dates
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  ymd(from, ['from']);
  ymd(to, ['to']);
  return dayNumber(to as string) - dayNumber(from as string);
}

/**
 * Returns the last day of the date's month.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns the month's last day
 * @example
 * ```ts
 * endOfMonth('2024-02-10'); //=> '2024-02-29'
 * ```
 * @category Dates
 */
export function endOfMonth(date: DateInput): PlainDate {
  const [year, month] = ymd(date, ['date']);
  return formatYmd(year, month, daysInMonth(year, month));
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns 1–7
 * @example
 * ```ts
 * isoWeekday('2026-07-14'); //=> 2 (Tuesday)
 * ```
 * @category Dates
 */
export function isoWeekday(date: DateInput): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  ymd(date, ['date']);
  return isoWeekdayOfDayNumber(dayNumber(date as string)) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later. Usable as an
 * `Array.prototype.sort` comparator.
 *
 * @param a - a `YYYY-MM-DD` date
 * @param b - a `YYYY-MM-DD` date
 * @returns −1, 0 or 1
 * @example
 * ```ts
 * ['2026-03-01', '2025-12-31'].sort(compareDates); //=> ['2025-12-31', '2026-03-01']
 * ```
 * @category Dates
 */
export function compareDates(a: DateInput, b: DateInput): -1 | 0 | 1 {
  ymd(a, ['a']);
  ymd(b, ['b']);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A half-year (semestre): the unit in which French reference rates are set.
 *
 * @category Dates
 */
export interface HalfYear {
  /** `'2024-H2'`. */
  readonly id: `${number}-H${1 | 2}`;
  /** The calendar year. */
  readonly year: number;
  /** 1 for January–June, 2 for July–December. */
  readonly half: 1 | 2;
  /** 1 January or 1 July. */
  readonly firstDay: PlainDate;
  /** 30 June or 31 December. */
  readonly lastDay: PlainDate;
}

/**
 * Returns the half-year a date falls in.
 *
 * @remarks L441-10 II C. com. fixes the B2B rate per half-year: the ECB rate in force on 1 January
 * for January–June and on 1 July for July–December.
 * @param date - a `YYYY-MM-DD` date
 * @returns the half-year with its first and last day
 * @example
 * ```ts
 * halfYearOf('2024-08-10');
 * //=> { id: '2024-H2', year: 2024, half: 2, firstDay: '2024-07-01', lastDay: '2024-12-31' }
 * ```
 * @category Dates
 */
export function halfYearOf(date: DateInput): HalfYear {
  const [year, month] = ymd(date, ['date']);
  return halfYearFrom(year, month);
}

/**
 * {@link addDays} for an already valid date and a whole count, without validating them again
 * (hot paths).
 * @internal
 */
export function addDaysValid(date: PlainDate, days: number): PlainDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/**
 * {@link addMonths} for an already valid date, by integer arithmetic (no Date objects): the same
 * day number in the target month, or that month's last day. A property test checks it against
 * date-fns `addMonths` in UTC.
 * @internal
 */
export function addMonthsValid(date: PlainDate, months: number): PlainDate {
  const d = dayOfText(date);
  const total = yearOfText(date) * 12 + (monthOfText(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = daysInMonth(year, month);
  return formatYmd(year, month, d > last ? last : d);
}

/**
 * The half-year of an already valid date, without validating it again (hot paths).
 * @internal
 */
export function halfYearOfValid(date: PlainDate): HalfYear {
  return halfYearFrom(yearOfText(date), monthOfText(date));
}

function halfYearFrom(year: number, month: number): HalfYear {
  const half = month <= 6 ? 1 : 2;
  return {
    id: `${year}-H${half}` as HalfYear['id'],
    year,
    half,
    firstDay: formatYmd(year, half === 1 ? 1 : 7, 1),
    lastDay: formatYmd(year, half === 1 ? 6 : 12, half === 1 ? 30 : 31),
  };
}
