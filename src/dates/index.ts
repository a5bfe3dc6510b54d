/**
 * Calendar dates as `YYYY-MM-DD` strings ({@link PlainDate}) that never depend on the host time zone:
 * month arithmetic, French public holidays and working days, procedural deadlines counted under
 * CPC 641/642 ({@link procedureDeadline}).
 * See the [foundation guide](../../docs/foundation.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module dates
 */

export type {
  DateInput,
  FrenchRegion,
  HalfYear,
  Period,
  PlainDate,
  ProcedureDeadline,
  PublicHoliday,
} from './internal.js';
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfMonth,
  FrenchRegionSchema,
  frenchPublicHolidays,
  halfYearOf,
  isoWeekday,
  isWorkingDay,
  limitationEnd,
  nextWorkingDay,
  PeriodSchema,
  PlainDateSchema,
  plainDate,
  procedureDeadline,
  rollToWorkingDay,
} from './internal.js';
