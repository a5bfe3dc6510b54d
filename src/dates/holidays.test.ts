import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays, isWorkingDay, nextWorkingDay, rollToWorkingDay } from './index.js';

const dates = (year: number, region?: Parameters<typeof frenchPublicHolidays>[1]) =>
  frenchPublicHolidays(year, region).map((h) => h.date);

describe('frenchPublicHolidays', () => {
  it('lists the 11 national holidays of 2025 (C. trav. L3133-1)', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-08',
      '2025-05-29',
      '2025-06-09',
      '2025-07-14',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
  });
  it('computes Easter-based holidays for other years', () => {
    expect(dates(2024)).toContain('2024-04-01'); // Easter Monday
    expect(dates(2026)).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']));
    expect(dates(2038)).toContain('2038-04-26'); // late Easter (25 April 2038)
  });
  it('adds Good Friday and 26 December in Alsace-Moselle (L3134-13)', () => {
    const am = dates(2025, 'alsace-moselle');
    expect(am).toContain('2025-04-18');
    expect(am).toContain('2025-12-26');
    expect(am).toHaveLength(13);
    expect(dates(2025)).not.toContain('2025-04-18');
  });
  it.each([
    ['mayotte', '2025-04-27'],
    ['martinique', '2025-05-22'],
    ['guadeloupe', '2025-05-27'],
    ['saint-martin', '2025-05-27'],
    ['guyane', '2025-06-10'],
    ['saint-barthelemy', '2025-10-09'],
    ['reunion', '2025-12-20'],
  ] as const)('adds the abolition of slavery day in %s (L3422-2)', (region, day) => {
    expect(dates(2025, region)).toContain(day);
    expect(dates(2025, region)).toHaveLength(12);
  });
  it('labels holidays in French and English', () => {
    expect(frenchPublicHolidays(2025)[6]).toEqual({
      date: '2025-07-14',
      id: 'national-day',
      label: { fr: 'Fête nationale', en: 'Bastille Day' },
    });
  });
  it('throws INVALID_INPUT for an unknown region or year', () => {
    expect(() => frenchPublicHolidays(2025, 'corse' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['region'] }),
    );
    expect(() => frenchPublicHolidays(2025.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['year'] }),
    );
    expect(() => frenchPublicHolidays(1200)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends and holidays, true otherwise (CPC 642)', () => {
    expect(isWorkingDay('2026-07-14')).toBe(false);
    expect(isWorkingDay('2026-07-18')).toBe(false); // Saturday
    expect(isWorkingDay('2026-07-19')).toBe(false); // Sunday
    expect(isWorkingDay('2026-07-15')).toBe(true);
    expect(isWorkingDay('2025-04-18')).toBe(true);
    expect(isWorkingDay('2025-04-18', 'alsace-moselle')).toBe(false);
  });
});

describe('nextWorkingDay / rollToWorkingDay', () => {
  it('moves past weekends and holidays', () => {
    expect(nextWorkingDay('2026-07-10')).toBe('2026-07-13');
    expect(nextWorkingDay('2026-07-13')).toBe('2026-07-15');
    expect(rollToWorkingDay('2026-07-14')).toBe('2026-07-15');
    expect(rollToWorkingDay('2026-07-15')).toBe('2026-07-15');
    expect(rollToWorkingDay('2025-12-25', 'alsace-moselle')).toBe('2025-12-29');
  });
});

describe('isPublicHoliday (fast path)', () => {
  it('agrees with frenchPublicHolidays for every day of 1990–2060 in every region', async () => {
    const { isPublicHoliday } = await import('./holidays.js');
    const { FrenchRegionSchema } = await import('./index.js');
    const { dateOfDayNumber, dayNumber } = await import('./day-number.js');
    for (const region of FrenchRegionSchema.options) {
      for (let year = 1990; year <= 2060; year++) {
        const expected = new Set(frenchPublicHolidays(year, region).map((h) => h.date));
        for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
          const d = dateOfDayNumber(n);
          const got = isPublicHoliday(year, Number(d.slice(5, 7)), Number(d.slice(8, 10)), region);
          if (got !== expected.has(d)) expect.fail(`${region} ${d}: expected ${expected.has(d)}`);
        }
      }
    }
  });
});
