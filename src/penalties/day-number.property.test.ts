import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates/index.js';
import { dateOfDayNumber, dayNumber, nextDay, previousDay } from './day-number.js';

const day = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('dayNumber', () => {
  it('agrees with daysBetween of src/dates (property)', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
      }),
    );
  });

  it('is inverted by dateOfDayNumber and steps like addDays (property)', () => {
    fc.assert(
      fc.property(day, (a) => {
        expect(dateOfDayNumber(dayNumber(a))).toBe(a);
        expect(nextDay(a)).toBe(addDays(a, 1));
        expect(previousDay(a)).toBe(addDays(a, -1));
      }),
    );
  });

  it('counts from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dateOfDayNumber(-1)).toBe('1969-12-31');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});
