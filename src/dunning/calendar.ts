// Private: working-day checks over one holiday calendar, for one decision. Dates here are already
// validated, so the dates module's unvalidated working-day helpers are used.
import {
  addDaysValid,
  type FrenchRegion,
  isWorkingDayValid,
  type PlainDate,
  rollWorkingDayValid,
} from '../dates/internal.js';

/** Working-day helpers over one holiday calendar (C. trav. L3133-1 and the regional days). */
export interface WorkCalendar {
  /** Not a Saturday, a Sunday or a public holiday of the region. */
  isWorkingDay(date: PlainDate): boolean;
  /** The date itself when it is a working day, else the next one. */
  rollForward(date: PlainDate): PlainDate;
  /** The date itself when it is a working day, else the previous one. */
  rollBack(date: PlainDate): PlainDate;
}

export function workCalendar(region: FrenchRegion): WorkCalendar {
  return {
    isWorkingDay: (date) => isWorkingDayValid(date, region),
    rollForward: (date) => rollWorkingDayValid(date, region, 1),
    rollBack: (date) => rollWorkingDayValid(date, region, -1),
  };
}

/**
 * The last day of a formal notice's deadline of `days` days from `sentOn`: counted by CPC 641, then
 * moved to the next working day (CPC 642), as `formalNoticeExpiry` does for validated input.
 */
export function formalNoticeDeadline(
  sentOn: PlainDate,
  days: number,
  calendar: WorkCalendar,
): PlainDate {
  return calendar.rollForward(addDaysValid(sentOn, days));
}
