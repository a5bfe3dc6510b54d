export type { HalfYear } from './arithmetic.js';
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfMonth,
  halfYearOf,
  isoWeekday,
} from './arithmetic.js';
/** @internal Fast integer day numbers for hot paths; not re-exported by the package root. */
export { dateOfDayNumber, dayNumber } from './day-number.js';
export type { Period, ProcedureDeadline } from './deadlines.js';
export { limitationEnd, PeriodSchema, procedureDeadline } from './deadlines.js';
export type { FrenchRegion, PublicHoliday } from './holidays.js';
export { FrenchRegionSchema, frenchPublicHolidays } from './holidays.js';
export type { DateInput, PlainDate } from './plain-date.js';
export { daysInMonth, PlainDateSchema, plainDate } from './plain-date.js';
export { isWorkingDay, nextWorkingDay, rollToWorkingDay } from './working-days.js';
