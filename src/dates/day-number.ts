// Integer day numbers for hot paths (penalty segments, ledgers of a million invoices): building a
// Date per call costs more than the rest of a penalty statement. These pure functions take
// already-validated PlainDate strings; a property test checks them against the date-fns helpers.
import type { PlainDate } from './plain-date.js';

// The fields of a validated `YYYY-MM-DD` text, read by char code: no substrings on hot paths.

/** @internal The year of a validated `YYYY-MM-DD` text. */
export const yearOfText = (date: string): number =>
  (date.charCodeAt(0) - 48) * 1000 +
  (date.charCodeAt(1) - 48) * 100 +
  (date.charCodeAt(2) - 48) * 10 +
  date.charCodeAt(3) -
  48;

/** @internal The month (1–12) of a validated `YYYY-MM-DD` text. */
export const monthOfText = (date: string): number =>
  (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;

/** @internal The day of the month of a validated `YYYY-MM-DD` text. */
export const dayOfText = (date: string): number =>
  (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;

/** @internal ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export const isoWeekdayOfDayNumber = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

/**
 * Days since 1970-01-01 of a validated `YYYY-MM-DD` date (proleptic Gregorian calendar).
 * @internal
 */
export function dayNumber(date: string): number {
  return dayNumberOfYmd(yearOfText(date), monthOfText(date), dayOfText(date));
}

/**
 * Days since 1970-01-01 of a valid year, month (1–12) and day.
 * @internal
 */
export function dayNumberOfYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * The `YYYY-MM-DD` date of a day number (inverse of {@link dayNumber}).
 * @internal
 */
export function dateOfDayNumber(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as PlainDate;
}
