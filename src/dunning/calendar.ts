// Private: working-day checks over one holiday calendar, for one decision. Dates here are already
// validated, so the checks run on integer day numbers (no re-validation per day looked at).
import {
  dateOfDayNumber,
  dayNumber,
  type FrenchRegion,
  isPublicHoliday,
  type PlainDate,
} from '../dates/index.js';

/** Working-day helpers over one holiday calendar (C. trav. L3133-1 and the regional days). */
export interface WorkCalendar {
  /** Not a Saturday, a Sunday or a public holiday of the region. */
  isWorkingDay(date: PlainDate): boolean;
  /** The date itself when it is a working day, else the next one. */
  rollForward(date: PlainDate): PlainDate;
  /** The date itself when it is a working day, else the previous one. */
  rollBack(date: PlainDate): PlainDate;
}

/** 1970-01-01 (day 0) was a Thursday: ISO weekday 4. */
const isoWeekdayOf = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

export function workCalendar(region: FrenchRegion): WorkCalendar {
  const working = (n: number, date: PlainDate): boolean => {
    if (isoWeekdayOf(n) > 5) return false;
    const year =
      (date.charCodeAt(0) - 48) * 1000 +
      (date.charCodeAt(1) - 48) * 100 +
      (date.charCodeAt(2) - 48) * 10 +
      date.charCodeAt(3) -
      48;
    const month = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
    const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
    return !isPublicHoliday(year, month, day, region);
  };
  const roll = (date: PlainDate, step: 1 | -1): PlainDate => {
    let n = dayNumber(date);
    let d = date;
    while (!working(n, d)) {
      n += step;
      d = dateOfDayNumber(n);
    }
    return d;
  };
  return {
    isWorkingDay: (date) => working(dayNumber(date), date),
    rollForward: (date) => roll(date, 1),
    rollBack: (date) => roll(date, -1),
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
  return calendar.rollForward(dateOfDayNumber(dayNumber(sentOn) + days));
}
