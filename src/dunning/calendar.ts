// Private: working-day checks for one decision. The holidays of a year are looked up once per
// decision (the calendar is created per call: no module-level state).
import {
  addDays,
  type FrenchRegion,
  frenchPublicHolidays,
  isoWeekday,
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

export function workCalendar(region: FrenchRegion): WorkCalendar {
  const years = new Map<number, ReadonlySet<string>>();
  const isWorkingDay = (date: PlainDate): boolean => {
    if (isoWeekday(date) > 5) return false;
    const year = Number(date.slice(0, 4));
    let holidays = years.get(year);
    if (holidays === undefined) {
      holidays = new Set(frenchPublicHolidays(year, region).map((h) => h.date));
      years.set(year, holidays);
    }
    return !holidays.has(date);
  };
  const roll = (date: PlainDate, step: 1 | -1): PlainDate => {
    let d = date;
    while (!isWorkingDay(d)) d = addDays(d, step);
    return d;
  };
  return {
    isWorkingDay,
    rollForward: (date) => roll(date, 1),
    rollBack: (date) => roll(date, -1),
  };
}
