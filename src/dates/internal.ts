// Everything the dates module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

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
