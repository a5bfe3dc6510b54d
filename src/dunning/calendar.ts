// Private: working-day checks over one holiday calendar, for one decision.
import {
  addDays,
  type FrenchRegion,
  isWorkingDay as isWorking,
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
  const isWorkingDay = (date: PlainDate): boolean => isWorking(date, region);
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
