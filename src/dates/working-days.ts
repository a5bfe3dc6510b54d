import { parseOrThrow } from '../internal/validate.js';
import { addDays } from './arithmetic.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayOfText,
  isoWeekdayOfDayNumber,
  monthOfText,
  yearOfText,
} from './day-number.js';
import { type FrenchRegion, FrenchRegionSchema, isPublicHoliday } from './holidays.js';
import { type DateInput, type PlainDate, ymd } from './plain-date.js';

const REGIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(FrenchRegionSchema.options);

/**
 * Tells whether a date is a working day: not a Saturday, a Sunday or a public holiday of the region.
 *
 * @remarks CPC 642 moves a deadline ending "un samedi, un dimanche ou un jour férié ou chômé" to the
 * next working day ("premier jour ouvrable suivant").
 * @param date - a `YYYY-MM-DD` date
 * @param region - the holiday calendar, `'metropolitan'` by default
 * @returns `true` on a working day
 * @example
 * ```ts
 * isWorkingDay('2026-07-14'); //=> false (Fête nationale)
 * isWorkingDay('2025-04-18', 'alsace-moselle'); //=> false (Good Friday)
 * ```
 * @category Dates
 */
export function isWorkingDay(date: DateInput, region: FrenchRegion = 'metropolitan'): boolean {
  ymd(date, ['date']);
  checkRegion(region);
  return isWorkingDayValid(date as PlainDate, region);
}

function checkRegion(region: FrenchRegion): void {
  if (!REGIONS.has(region)) parseOrThrow(FrenchRegionSchema, region, 'region', ['region']);
}

/**
 * {@link isWorkingDay} for an already valid date and region, without validating them again (hot
 * paths: rolling a deadline looks at several days).
 * @internal
 */
export function isWorkingDayValid(date: PlainDate, region: FrenchRegion): boolean {
  return (
    isoWeekdayOfDayNumber(dayNumber(date)) < 6 &&
    !isPublicHoliday(yearOfText(date), monthOfText(date), dayOfText(date), region)
  );
}

/**
 * The date itself when it is a working day of `region`, else the next (`step` 1) or previous
 * (`step` −1) one, for an already valid date and region.
 * @internal
 */
export function rollWorkingDayValid(
  date: PlainDate,
  region: FrenchRegion,
  step: 1 | -1,
): PlainDate {
  let n = dayNumber(date);
  let d = date;
  while (!isWorkingDayValid(d, region)) {
    n += step;
    d = dateOfDayNumber(n);
  }
  return d;
}

/**
 * Returns the first working day strictly after `date`.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param region - the holiday calendar, `'metropolitan'` by default
 * @returns the next working day
 * @example
 * ```ts
 * nextWorkingDay('2026-07-10'); //=> '2026-07-13' (Friday → Monday)
 * ```
 * @category Dates
 */
export function nextWorkingDay(date: DateInput, region: FrenchRegion = 'metropolitan'): PlainDate {
  return rollToWorkingDay(addDays(date, 1), region);
}

/**
 * Returns `date` itself when it is a working day, else the next working day (the CPC 642 move).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param region - the holiday calendar, `'metropolitan'` by default
 * @returns the date, rolled forward if needed
 * @example
 * ```ts
 * rollToWorkingDay('2026-07-14'); //=> '2026-07-15'
 * rollToWorkingDay('2026-07-15'); //=> '2026-07-15'
 * ```
 * @category Dates
 */
export function rollToWorkingDay(
  date: DateInput,
  region: FrenchRegion = 'metropolitan',
): PlainDate {
  ymd(date, ['date']);
  checkRegion(region);
  return rollWorkingDayValid(date as PlainDate, region, 1);
}
