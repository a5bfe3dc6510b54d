import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  formatEuros,
  MoneyInputSchema,
  NonNegativeDecimalInputSchema,
  PositiveMoneyInputSchema,
  parseAmount,
  parseFrenchAmount,
  roundToCents,
} from './index.js';

const invalid = (fn: () => unknown) =>
  expect(fn).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', name: 'ImpayesError' }));

describe('parseAmount', () => {
  it('returns canonical two-decimal strings', () => {
    expect(parseAmount('1234.5')).toBe('1234.50');
    expect(parseAmount(99)).toBe('99.00');
    expect(parseAmount('-3')).toBe('-3.00');
    expect(parseAmount('+7.1')).toBe('7.10');
    expect(parseAmount(0.1)).toBe('0.10');
    expect(parseAmount('-0')).toBe('0.00');
  });
  it('accepts a Decimal from the caller’s own decimal.js, whatever its settings', () => {
    const Foreign = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });
    expect(parseAmount(new Foreign('12.34'))).toBe('12.34');
    expect(parseAmount(new Decimal('1e3'))).toBe('1000.00');
  });
  it.each([
    [Number.NaN, 'finite'],
    [Number.POSITIVE_INFINITY, 'finite'],
    ['', 'empty string'],
    ['1,5', 'parseFrenchAmount'],
    ['1e3', 'decimal number'],
    ['12.345', 'two decimals'],
    [' 12', 'decimal number'],
    ['abc', 'decimal number'],
  ])('rejects %s with INVALID_INPUT', (value, fragment) => {
    expect(() => parseAmount(value as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining(fragment),
      }),
    );
  });
  it('rejects non-numeric types and infinite Decimals without a TypeError', () => {
    for (const v of [null, undefined, {}, [], true, new Decimal(Number.POSITIVE_INFINITY)])
      invalid(() => parseAmount(v as never));
  });
  it('parses French text only when asked', () => {
    expect(parseAmount('1 234,56', { format: 'fr' })).toBe('1234.56');
    invalid(() => parseAmount('1 234,56'));
  });
});

describe('parseFrenchAmount', () => {
  it.each([
    ['1 234,56 €', '1234.56'],
    ['1\u202f234,56\u00a0€', '1234.56'],
    ['1.234,56', '1234.56'],
    ['12,5', '12.50'],
    ['-40', '-40.00'],
    ['1234', '1234.00'],
    ['40 EUR', '40.00'],
  ])('parses %s', (text, expected) => {
    expect(parseFrenchAmount(text)).toBe(expected);
  });
  it.each(['1,2,3', '12.5', '1 23,00', 'douze', '1,234'])('rejects %s', (text) => {
    invalid(() => parseFrenchAmount(text));
  });
  it('rejects non-strings', () => invalid(() => parseFrenchAmount(12 as never)));
});

describe('roundToCents', () => {
  it('rounds half away from zero (docs/law.md §3.1)', () => {
    expect(roundToCents('184.9315')).toBe('184.93');
    expect(roundToCents('0.125')).toBe('0.13');
    expect(roundToCents('0.135')).toBe('0.14');
    expect(roundToCents('-0.005')).toBe('-0.01');
    expect(roundToCents('-0.004')).toBe('0.00');
    expect(roundToCents(1.005)).toBe('1.01');
  });
  it('throws on NaN', () => invalid(() => roundToCents(Number.NaN)));
});

describe('formatEuros', () => {
  it('formats with a narrow no-break space between groups and a no-break space before €', () => {
    expect(formatEuros('1234.56')).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros('1234567.891')).toBe('1\u202f234\u202f567,89\u00a0€');
    expect(formatEuros(-40)).toBe('-40,00\u00a0€');
    expect(formatEuros('0')).toBe('0,00\u00a0€');
    expect(formatEuros('999.995')).toBe('1\u202f000,00\u00a0€');
  });
  it('throws on bad input', () => invalid(() => formatEuros('1,5')));
});

describe('schemas', () => {
  it('MoneyInputSchema accepts numbers, strings and Decimals', () => {
    expect(MoneyInputSchema.safeParse('1.234').success).toBe(true);
    expect(MoneyInputSchema.safeParse(new Decimal(2)).success).toBe(true);
    expect(MoneyInputSchema.safeParse('x').success).toBe(false);
  });
  it('PositiveMoneyInputSchema refuses zero and negatives', () => {
    expect(PositiveMoneyInputSchema.safeParse('0.01').success).toBe(true);
    expect(PositiveMoneyInputSchema.safeParse('0').success).toBe(false);
    expect(PositiveMoneyInputSchema.safeParse(-1).success).toBe(false);
  });
  it('NonNegativeDecimalInputSchema accepts any precision but no negatives', () => {
    expect(NonNegativeDecimalInputSchema.safeParse('3.125').success).toBe(true);
    expect(NonNegativeDecimalInputSchema.safeParse('-0.5').success).toBe(false);
  });
});

describe('NonNegativeMoneyInputSchema', () => {
  it('accepts zero and positive cents, refuses negatives and sub-cents', async () => {
    const { NonNegativeMoneyInputSchema } = await import('./index.js');
    expect(NonNegativeMoneyInputSchema.safeParse('0').success).toBe(true);
    expect(NonNegativeMoneyInputSchema.safeParse('10.50').success).toBe(true);
    expect(NonNegativeMoneyInputSchema.safeParse('-0.01').success).toBe(false);
    expect(NonNegativeMoneyInputSchema.safeParse('0.001').success).toBe(false);
  });
});
