import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  amountFromCents,
  centsOf,
  centsOrProblem,
  checkedTotal,
  decimalFromCents,
} from './cents.js';

describe('centsOrProblem', () => {
  it('reads numbers, strings and Decimals as integer cents', () => {
    expect(centsOrProblem(12.34, 'positive')).toBe(1234);
    expect(centsOrProblem('12.5', 'positive')).toBe(1250);
    expect(centsOrProblem('7', 'positive')).toBe(700);
    expect(centsOrProblem(new Decimal('0.05'), 'positive')).toBe(5);
    expect(centsOrProblem('-0', 'nonNegative')).toBe(-0);
    expect(centsOrProblem(0, 'nonNegative')).toBe(0);
  });

  it.each([
    [Number.NaN, 'positive', 'finite'],
    [1.005, 'positive', 'two decimals'],
    ['1,5', 'positive', 'dot as decimal separator'],
    [true, 'positive', 'a number, a decimal string or a Decimal'],
    [null, 'positive', 'a number, a decimal string or a Decimal'],
    [0, 'positive', 'greater than 0'],
    ['-1.00', 'nonNegative', 'zero or more'],
    ['90071992547409.92', 'positive', 'too large'],
  ] as const)('refuses %s (%s)', (value, sign, text) => {
    expect(centsOrProblem(value, sign)).toContain(text);
  });

  it('throws INVALID_INPUT at the path given', () => {
    expect(() => centsOf('x', ['options', 'sales'], 'positive')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'sales'] }),
    );
  });
});

describe('checkedTotal', () => {
  it('passes safe integers and refuses larger totals with OUT_OF_RANGE', () => {
    expect(checkedTotal(Number.MAX_SAFE_INTEGER, 'x')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => checkedTotal(Number.MAX_SAFE_INTEGER + 2, 'ledger total')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', details: { what: 'ledger total' } }),
    );
  });
});

describe('amountFromCents', () => {
  it('formats cents as two-decimal amounts', () => {
    expect([0, 5, 50, 123456, -705].map(amountFromCents)).toEqual([
      '0.00',
      '0.05',
      '0.50',
      '1234.56',
      '-7.05',
    ]);
    expect(decimalFromCents(123456).toString()).toBe('1234.56');
  });
});
