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
  it('rounds half away from zero (DOMAIN.md §3.1)', () => {
    expect(roundToCents('184.9315')).toBe('184.93');
    expect(roundToCents('0.125')).toBe('0.13');
    expect(roundToCents('0.135')).toBe('0.14');
    expect(roundToCents('-0.005')).toBe('-0.01');
    expect(roundToCents('-0.004')).toBe('0.00');
    expect(roundToCents('1.005')).toBe('1.01');
    // A JavaScript number with more than two decimals is refused like parseAmount refuses it
    // (issue 12 item 11): pass the text instead.
    invalid(() => roundToCents(1.005));
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

const outOfRange = (fn: () => unknown) =>
  expect(fn).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', name: 'ImpayesError' }));

describe('issue 12 item 2: amount text is parsed in linear time', () => {
  it('rejects 100 000 characters of French text in under 50 ms', () => {
    const long = `1${' '.repeat(99_998)}2`;
    const started = performance.now();
    outOfRange(() => parseFrenchAmount(long));
    outOfRange(() => parseAmount(long, { format: 'fr' }));
    outOfRange(() => parseAmount('1'.repeat(100_000)));
    expect(performance.now() - started).toBeLessThan(50);
  });
  it('bounds the text to 100 characters, and still trims spaces and the euro sign', () => {
    outOfRange(() => parseFrenchAmount(`${' '.repeat(98)}1 €`));
    expect(parseFrenchAmount(`${' '.repeat(97)}1 €`)).toBe('1.00');
    expect(parseFrenchAmount(`${' '.repeat(40)}1 234,5${' '.repeat(40)}eur  `)).toBe('1234.50');
    expect(parseFrenchAmount('\u00a012\u202f€\t')).toBe('12.00');
    invalid(() => parseFrenchAmount('12 € €'));
    invalid(() => parseFrenchAmount('€'));
  });
  it('was quadratic: a run of spaces before the end costs no more than a short text', () => {
    const spaces = `1${' '.repeat(98)}2`;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) invalid(() => parseFrenchAmount(spaces));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('issue 12 item 4: amounts are bounded and never printed with an exponent', () => {
  it('rejects 10^15 euros or more, and more than 10 decimals, with OUT_OF_RANGE', () => {
    outOfRange(() => parseAmount(`1${'0'.repeat(50)}`));
    outOfRange(() => parseAmount('1000000000000000'));
    outOfRange(() => parseAmount(1e15));
    outOfRange(() => parseAmount(1e21));
    outOfRange(() => parseAmount(new Decimal('1e50')));
    outOfRange(() => parseFrenchAmount('1 000 000 000 000 000,00'));
    outOfRange(() => roundToCents('0.12345678901'));
    outOfRange(() => roundToCents(new Decimal('1e-20')));
    outOfRange(() => formatEuros('-1000000000000000'));
    expect(MoneyInputSchema.safeParse('12345678901234567890').success).toBe(false);
    expect(() => parseAmount('1000000000000000')).toThrow(/less than 10\^15/);
  });
  it('accepts the largest amounts and prints them in plain digits', () => {
    expect(parseAmount('999999999999999.99')).toBe('999999999999999.99');
    expect(parseAmount('-000999999999999999.99')).toBe('-999999999999999.99');
    expect(roundToCents('0.1234567890')).toBe('0.12');
    expect(roundToCents('0.0000000001')).toBe('0.00');
    expect(parseAmount(new Decimal('9.99e14'))).toBe('999000000000000.00');
    expect(formatEuros('999999999999999.99')).toBe(
      '999\u202f999\u202f999\u202f999\u202f999,99\u00a0€',
    );
    expect(NonNegativeDecimalInputSchema.safeParse('0.0000000001').success).toBe(true);
  });
  it('exponent notation in strings stays INVALID_INPUT', () => {
    invalid(() => parseAmount('1e3'));
    invalid(() => parseAmount('1e400'));
  });
});

describe('issue 12 item 11: float noise is refused everywhere parseAmount refuses it', () => {
  it('formatEuros and roundToCents reject 0.1 + 0.2 and print what was received', () => {
    for (const fn of [formatEuros, roundToCents, parseAmount]) {
      expect(() => fn(0.1 + 0.2)).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          message: expect.stringContaining('0.30000000000000004'),
        }),
      );
    }
    expect(formatEuros(0.3)).toBe('0,30\u00a0€');
    expect(roundToCents(12.5)).toBe('12.50');
  });
});
