import { parseOrThrow } from '../internal/validate.js';
import { addDays, isoWeekday } from './arithmetic.js';
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
  const [year, month, day] = ymd(date, ['date']);
  if (!REGIONS.has(region)) parseOrThrow(FrenchRegionSchema, region, 'region', ['region']);
  return isoWeekday(date) < 6 && !isPublicHoliday(year, month, day, region);
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
  let d = date as PlainDate;
  while (!isWorkingDay(d, region)) d = addDays(d, 1);
  return d;
}
