import { UTCDate, utc } from '@date-fns/utc';
import {
  differenceInCalendarDays,
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  endOfMonth as fnsEndOfMonth,
  getISODay,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsValid, halfYearOfValid } from './arithmetic.js';
import { dateOfDayNumber, dayNumber } from './day-number.js';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  endOfMonth,
  halfYearOf,
  isoWeekday,
  type PlainDate,
} from './index.js';

// date-fns in UTC is the oracle of the integer date code (it is a dev dependency only).
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
        expect(addMonths(a, n)).toBe(fns);
      }),
    );
  });
  it('issue 17: addYears and endOfMonth (integer arithmetic) agree with date-fns in UTC (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -200, max: 200 }), (a, n) => {
        const years = fnsAddMonths(toUtcDate(a), n * 12, { in: utc });
        expect(addYears(a, n)).toBe(years.toISOString().slice(0, 10));
        const last = fnsEndOfMonth(toUtcDate(a), { in: utc }).toISOString().slice(0, 10);
        expect(endOfMonth(a)).toBe(last);
      }),
    );
  });
  it('issue 17: years 0000-0099 are not shifted to 1900-1999 (no Date two-digit-year rule)', () => {
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(addYears('0004-02-29', 1)).toBe('0005-02-28');
    expect(endOfMonth('0004-02-10')).toBe('0004-02-29');
    expect(addMonths('0099-12-31', 1)).toBe('0100-01-31');
    expect(() => addMonths('0000-01-15', -1)).toThrow('outside the years 0000–9999');
  });
});
