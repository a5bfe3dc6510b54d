import { utc } from '@date-fns/utc';
import { differenceInCalendarDays, addDays as fnsAddDays, getISODay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUtcDate } from './arithmetic.js';
import { dateOfDayNumber, dayNumber } from './day-number.js';
import { addDays, daysBetween, isoWeekday } from './index.js';

const date = fc
  .date({
    min: new Date(Date.UTC(1600, 0, 1)),
    max: new Date(Date.UTC(2400, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('dayNumber', () => {
  it('counts from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(dateOfDayNumber(-1)).toBe('1969-12-31');
  });
  it('agrees with date-fns differenceInCalendarDays and round-trips (property)', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const fns = differenceInCalendarDays(toUtcDate(b), toUtcDate(a), { in: utc });
        expect(dayNumber(b) - dayNumber(a)).toBe(fns);
        expect(daysBetween(a, b)).toBe(fns);
        expect(isoWeekday(a)).toBe(getISODay(toUtcDate(a), { in: utc }));
        expect(dateOfDayNumber(dayNumber(a))).toBe(a);
      }),
    );
  });
  it('agrees with date-fns addDays (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (a, n) => {
        const fns = fnsAddDays(toUtcDate(a), n, { in: utc }).toISOString().slice(0, 10);
        expect(dateOfDayNumber(dayNumber(a) + n)).toBe(fns);
        expect(addDays(a, n)).toBe(fns);
      }),
    );
  });
});
