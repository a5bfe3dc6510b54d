import { describe, expect, it } from 'vitest';
import { limitationEnd, procedureDeadline } from './index.js';

describe('procedureDeadline', () => {
  it('rolls a 6-month deadline ending on 14 July to the 15th (CPC 641, 642)', () => {
    expect(procedureDeadline('2026-01-14', { months: 6 })).toEqual({
      start: '2026-01-14',
      period: { months: 6 },
      nominal: '2026-07-14',
      deadline: '2026-07-15',
      rolled: true,
      region: 'metropolitan',
      articles: ['C. proc. civ. art. 641', 'C. proc. civ. art. 642'],
    });
  });
  it('does not count the trigger day for deadlines in days', () => {
    expect(procedureDeadline('2026-03-02', { days: 15 }).deadline).toBe('2026-03-17');
  });
  it('moves a Sunday before Whit Monday to the Tuesday', () => {
    // 2026-05-24 is a Sunday, 2026-05-25 Whit Monday.
    const d = procedureDeadline('2026-04-24', { months: 1 });
    expect(d.nominal).toBe('2026-05-24');
    expect(d.deadline).toBe('2026-05-26');
  });
  it('uses the regional calendar', () => {
    expect(procedureDeadline('2025-11-26', { months: 1 }, 'alsace-moselle').deadline).toBe(
      '2025-12-29',
    );
    expect(procedureDeadline('2025-11-26', { months: 1 }).deadline).toBe('2025-12-26');
  });
  it('clamps month ends, then rolls', () => {
    const d = procedureDeadline('2025-08-31', { months: 6 });
    expect(d.nominal).toBe('2026-02-28'); // a Saturday
    expect(d.deadline).toBe('2026-03-02');
  });
  it('counts years', () => {
    expect(procedureDeadline('2020-02-29', { years: 1 }).nominal).toBe('2021-02-28');
  });
  it('throws INVALID_INPUT with paths for bad periods and dates', () => {
    expect(() => procedureDeadline('2026-01-14', { weeks: 2 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => procedureDeadline('2026-01-14', { days: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => procedureDeadline('2026-02-30', { days: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['start'] }),
    );
  });
});

describe('limitationEnd', () => {
  it('ends on the same day number, never rolled (C. civ. 2229)', () => {
    expect(limitationEnd('2009-05-28', { years: 5 })).toBe('2014-05-28');
    expect(limitationEnd('2021-03-07', { years: 5 })).toBe('2026-03-07'); // Saturday stays
    expect(limitationEnd('2024-05-15', { years: 2 })).toBe('2026-05-15');
    expect(limitationEnd('2024-02-29', { years: 5 })).toBe('2029-02-28');
  });
});
