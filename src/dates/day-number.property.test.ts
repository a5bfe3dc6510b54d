import { UTCDate, utc } from '@date-fns/utc';
import {
  differenceInCalendarDays,
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  getISODay,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsValid, halfYearOfValid } from './arithmetic.js';
import { dateOfDayNumber, dayNumber } from './day-number.js';
import { addDays, daysBetween, halfYearOf, isoWeekday, type PlainDate } from './index.js';

// The reference Date of a date, built with setUTCFullYear (never a two-digit-year constructor).
function toUtcDate(date: string): UTCDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const out = new UTCDate(0);
  out.setUTCFullYear(y, m - 1, d);
  return out;
}

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
  it('halfYearOfValid (no re-validation) agrees with halfYearOf (property)', () => {
    expect(halfYearOfValid('2025-06-30' as PlainDate).id).toBe('2025-H1');
    expect(halfYearOfValid('2025-07-01' as PlainDate).lastDay).toBe('2025-12-31');
    fc.assert(
      fc.property(date, (a) => {
        expect(halfYearOfValid(a as PlainDate)).toEqual(halfYearOf(a));
      }),
    );
  });
  it('addMonthsValid (integer arithmetic) agrees with date-fns addMonths in UTC (property)', () => {
    expect(addMonthsValid('2024-02-29' as PlainDate, 12)).toBe('2025-02-28');
    expect(addMonthsValid('2025-01-31' as PlainDate, 1)).toBe('2025-02-28');
    expect(addMonthsValid('2025-03-31' as PlainDate, -1)).toBe('2025-02-28');
    expect(addMonthsValid('2025-12-15' as PlainDate, 1)).toBe('2026-01-15');
    expect(addMonthsValid('2025-01-15' as PlainDate, -1)).toBe('2024-12-15');
    fc.assert(
      fc.property(date, fc.integer({ min: -2400, max: 2400 }), (a, n) => {
        const fns = fnsAddMonths(toUtcDate(a), n, { in: utc }).toISOString().slice(0, 10);
        expect(addMonthsValid(a as PlainDate, n)).toBe(fns);
      }),
    );
  });
});
