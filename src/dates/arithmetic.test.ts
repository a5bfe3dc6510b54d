import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfMonth,
  halfYearOf,
  isoWeekday,
  limitationEnd,
  procedureDeadline,
} from './index.js';

describe('addDays', () => {
  it('adds and subtracts calendar days across months, years and 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-02', 0)).toBe('2026-03-02');
  });
  it('throws INVALID_INPUT for a fractional count', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['days'] }),
    );
  });
  it('throws INVALID_INPUT for an impossible date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['date'] }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day number, or clamps to the last day of a shorter month (CPC 641)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-14', 6)).toBe('2026-07-14');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('addYears', () => {
  it('turns 29 February into 28 February in a common year (CPC 641)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2009-05-28', 5)).toBe('2014-05-28');
  });
  it('throws INVALID_INPUT for a non-integer number of years', () => {
    expect(() => addYears('2024-02-29', Number.NaN)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['years'] }),
    );
  });
});

describe('daysBetween', () => {
  it('counts late days from the due date to the payment date (DOMAIN.md §1)', () => {
    expect(daysBetween('2018-04-15', '2018-05-15')).toBe(30);
    expect(daysBetween('2025-06-15', '2025-06-30')).toBe(15);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });
  it('names the argument that is not a date', () => {
    expect(() => daysBetween('2025-01-01', '2025-13-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['to'] }),
    );
  });
});

describe('endOfMonth', () => {
  it('returns the last day of the month, leap years included', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-01')).toBe('2023-02-28');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
  });
});

describe('halfYearOf', () => {
  it('returns the half-year with its first and last day (L441-10 II)', () => {
    expect(halfYearOf('2024-08-10')).toEqual({
      id: '2024-H2',
      year: 2024,
      half: 2,
      firstDay: '2024-07-01',
      lastDay: '2024-12-31',
    });
    expect(halfYearOf('2025-06-30')).toEqual({
      id: '2025-H1',
      year: 2025,
      half: 1,
      firstDay: '2025-01-01',
      lastDay: '2025-06-30',
    });
  });
});

describe('isoWeekday', () => {
  it('numbers days from Monday (1) to Sunday (7)', () => {
    expect(isoWeekday('2026-07-13')).toBe(1);
    expect(isoWeekday('2026-07-19')).toBe(7);
  });
});

describe('compareDates', () => {
  it('orders dates and serves as a sort comparator', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2025-01-03', '2025-01-02')).toBe(1);
    expect(() => compareDates('2025-01-03', 'x')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['b'] }),
    );
  });
});

describe('results outside the years 0000–9999', () => {
  const outside = (path: string[]) =>
    expect.objectContaining({
      code: 'INVALID_INPUT',
      path,
      message: expect.stringContaining('outside the years 0000–9999'),
    });
  it('throw INVALID_INPUT instead of returning a longer string or NaN', () => {
    expect(addDays('9999-12-31', 0)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(outside(['days']));
    expect(() => addDays('0000-01-01', -1)).toThrow(outside(['days']));
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(() => addMonths('9999-12-01', 1)).toThrow(outside(['months']));
    expect(() => addYears('2025-01-01', 100_000)).toThrow(outside(['years']));
    // Beyond what a Date can hold: date-fns gives an Invalid Date, never returned.
    expect(() => addYears('2025-01-01', 1e12)).toThrow(outside(['years']));
    // Their start is an input date: outside 1900–2199 it is OUT_OF_RANGE before any arithmetic.
    expect(() => limitationEnd('9990-01-01', { years: 20 })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['start'] }),
    );
    expect(() => procedureDeadline('9999-12-31', { days: 15 })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['start'] }),
    );
    expect(() => limitationEnd('2199-12-31', { years: 10_000 })).toThrow(outside(['period']));
  });
});

describe('issue 12 item 5: years 0000–0099 are never read as 1900–1999', () => {
  it('addMonths, addYears and endOfMonth keep the year as written', () => {
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(addMonths('0004-01-31', 1)).toBe('0004-02-29');
    expect(addYears('0099-02-28', 1)).toBe('0100-02-28');
    expect(addYears('1950-03-15', -1900)).toBe('0050-03-15');
    expect(addMonths('1900-01-31', -12 * 1850)).toBe('0050-01-31');
    expect(endOfMonth('0050-02-10')).toBe('0050-02-28');
    expect(endOfMonth('0000-02-10')).toBe('0000-02-29');
  });

  it('computed dates stay exact past 2199, up to 9999', () => {
    expect(addMonths('2199-12-31', 2)).toBe('2200-02-28');
    expect(addYears('2196-02-29', 4)).toBe('2200-02-28');
    expect(endOfMonth('2400-02-01')).toBe('2400-02-29');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
  });
});

describe('issue 12 item 11: messages never print a Date in local time', () => {
  it('describes a Date given as a day count in ISO 8601', () => {
    expect(() => addDays('2025-01-01', new Date(Date.UTC(2025, 0, 1)) as never)).toThrow(
      'days: must be a whole number, received a Date (2025-01-01T00:00:00.000Z)',
    );
    expect(() => addDays('2025-01-01', Object.create(null))).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('an object'),
      }),
    );
  });
});
