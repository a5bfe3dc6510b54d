import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { PlainDateSchema, plainDate } from './index.js';

describe('plainDate', () => {
  it('accepts real calendar dates', () => {
    expect(plainDate('2024-02-29')).toBe('2024-02-29');
    expect(plainDate('2000-02-29')).toBe('2000-02-29');
  });
  it.each([
    ['2025-02-30', 'not a calendar date'],
    ['2025-02-29', 'not a calendar date'],
    ['1900-02-29', 'not a calendar date'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 00'],
    ['2025-04-31', 'not a calendar date'],
    ['2025-1-01', 'YYYY-MM-DD'],
    ['2025-01-01T00:00:00Z', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
  ])('rejects %s with INVALID_INPUT', (value, fragment) => {
    try {
      plainDate(value);
      expect.unreachable();
    } catch (e) {
      expect(isImpayesError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      expect((e as Error).message).toContain(fragment);
    }
  });
  it('rejects non-strings without a TypeError', () => {
    for (const v of [null, undefined, 20250101, new Date(0), {}]) {
      expect(() => plainDate(v as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});

describe('PlainDateSchema', () => {
  it('is a zod schema usable by callers', () => {
    expect(PlainDateSchema.safeParse('2026-01-31').success).toBe(true);
    expect(PlainDateSchema.safeParse('2026-02-31').success).toBe(false);
  });
});
