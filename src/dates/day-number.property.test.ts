import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from './day-number.js';
import { addDays, daysBetween } from './index.js';

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
  it('agrees with daysBetween (date-fns) and round-trips (property)', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
        expect(dateOfDayNumber(dayNumber(a))).toBe(a);
      }),
    );
  });
  it('agrees with addDays (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (a, n) => {
        expect(dateOfDayNumber(dayNumber(a) + n)).toBe(addDays(a, n));
      }),
    );
  });
});
