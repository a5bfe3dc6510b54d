// Private day arithmetic for the penalty hot path. date-fns builds a Date per call (about 2.6 µs
// for daysBetween on this machine), which would cost more than the rest of a statement; these
// two pure integer functions are checked against src/dates (daysBetween, addDays) by a property
// test. Inputs are already validated PlainDate strings.
import type { PlainDate } from '../dates/index.js';

/**
 * Days since 1970-01-01 of a validated `YYYY-MM-DD` date (proleptic Gregorian calendar).
 *
 * @internal
 */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `YYYY-MM-DD` date of a day number (inverse of {@link dayNumber}).
 *
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

/**
 * The day after a validated date.
 *
 * @internal
 */
export function nextDay(date: string): PlainDate {
  return dateOfDayNumber(dayNumber(date) + 1);
}

/**
 * The day before a validated date.
 *
 * @internal
 */
export function previousDay(date: string): PlainDate {
  return dateOfDayNumber(dayNumber(date) - 1);
}
