/**
 * Calendar dates as `YYYY-MM-DD` strings ({@link PlainDate}) that never depend on the host time zone:
 * month arithmetic, French public holidays and working days, procedural deadlines counted under
 * CPC 641/642 ({@link procedureDeadline}).
 * See the [foundation guide](../../docs/foundation.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module dates
 */

export type { HalfYear } from './arithmetic.js';
// Internal fast paths for validated values (day numbers, month arithmetic without Date objects),
// used across modules; not re-exported by the package root.
export {
  addDays,
  addDaysValid,
  addMonths,
  addMonthsValid,
  addYears,
  compareDates,
  daysBetween,
  endOfMonth,
  halfYearOf,
  halfYearOfValid,
  isoWeekday,
} from './arithmetic.js';
export { dateOfDayNumber, dayNumber } from './day-number.js';
export type { Period, ProcedureDeadline } from './deadlines.js';
export { addPeriod, limitationEnd, PeriodSchema, procedureDeadline } from './deadlines.js';
export type { FrenchRegion, PublicHoliday } from './holidays.js';
export { FrenchRegionSchema, frenchPublicHolidays, isPublicHoliday } from './holidays.js';
export type { DateInput, PlainDate } from './plain-date.js';
export { daysInMonth, isPlainDateText, PlainDateSchema, plainDate } from './plain-date.js';
export {
  isWorkingDay,
  isWorkingDayValid,
  nextWorkingDay,
  rollToWorkingDay,
  rollWorkingDayValid,
} from './working-days.js';
