import { type DateInput, PlainDateSchema } from '../dates/internal.js';
import { parseOrThrow } from '../internal/validate.js';
import { defaultLocale, type Locale, LocaleSchema } from './locale.js';

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const digitAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * @internal Long date of an already validated `YYYY-MM-DD` string. Read by char codes (results
 * hold dozens of dates: no substrings, issue 17); a text that is not ten digits and dashes is read
 * with `Number()` as before.
 */
export function longDateValid(date: string, locale: Locale): string {
  let year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10;
  year += digitAt(date, 3);
  let month = digitAt(date, 5) * 10 + digitAt(date, 6);
  let day = digitAt(date, 8) * 10 + digitAt(date, 9);
  if (date.length !== 10 || Number.isNaN(year + month + day)) {
    year = Number(date.slice(0, 4));
    month = Number(date.slice(5, 7));
    day = Number(date.slice(8, 10));
  }
  if (locale === 'en') return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  // French writes the first day of a month as an ordinal: « le 1er avril ».
  return `${day === 1 ? '1er' : day} ${MONTHS_FR[month - 1]} ${year}`;
}

/**
 * Writes a date the way a French letter does: `'2 avril 2026'`, `'1er mai 2026'`.
 *
 * @param date - a `YYYY-MM-DD` calendar date
 * @returns the day, the month name in lower case and the year
 * @throws {@link ImpayesError} `INVALID_INPUT` when `date` is not a calendar date
 * @example
 * ```ts
 * formatFrenchDate('2026-04-02'); //=> '2 avril 2026'
 * formatFrenchDate('2026-05-01'); //=> '1er mai 2026'
 * ```
 * @category Text
 */
export function formatFrenchDate(date: DateInput): string {
  return longDateValid(parseOrThrow(PlainDateSchema, date, 'date'), 'fr');
}

/**
 * Writes a date in words in the given locale: `'2 avril 2026'` (French, the default) or
 * `'2 April 2026'` (English).
 *
 * @param date - a `YYYY-MM-DD` calendar date
 * @param locale - `'fr'` (default) or `'en'`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or locale
 * @example
 * ```ts
 * formatLongDate('2026-04-02', 'en'); //=> '2 April 2026'
 * ```
 * @category Text
 */
export function formatLongDate(date: DateInput, locale: Locale = defaultLocale): string {
  const valid = parseOrThrow(PlainDateSchema, date, 'date');
  return longDateValid(valid, parseOrThrow(LocaleSchema, locale, 'locale'));
}
