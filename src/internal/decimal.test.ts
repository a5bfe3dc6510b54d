import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  D,
  dec,
  decimalInputProblem,
  isDecimalLike,
  roundCents,
  toCents,
  toPercent,
  toPlain,
} from './decimal.js';

describe('private decimal helpers', () => {
  it('never touches the global Decimal configuration', () => {
    const before = Decimal.precision;
    dec('1.23456789012345678901234567890');
    expect(Decimal.precision).toBe(before);
    expect(D.precision).toBe(40);
  });
  it('converts numbers, strings, our own and foreign Decimals', () => {
    expect(dec(0.1).toString()).toBe('0.1');
    expect(dec('-2.50').toString()).toBe('-2.5');
    const own = new D(3);
    expect(dec(own)).toBe(own);
    expect(dec(new Decimal('4.2')).toString()).toBe('4.2');
    expect(isDecimalLike(new Decimal(1))).toBe(true);
    expect(isDecimalLike('1')).toBe(false);
  });
  it('explains bad input', () => {
    expect(decimalInputProblem(Number.NaN)).toMatch(/finite/);
    expect(decimalInputProblem('  ')).toMatch(/empty string/);
    expect(decimalInputProblem(new Decimal(Number.NaN))).toMatch(/finite/);
    expect(() => dec('x', ['amount'])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['amount'] }),
    );
  });
  it('formats canonical strings', () => {
    expect(toCents(new D('-0.004'))).toBe('0.00');
    expect(roundCents(new D('2.345')).toString()).toBe('2.35');
    expect(toPlain(new D('-0'))).toBe('0');
    expect(toPlain(new D('1e-7'))).toBe('0.0000001');
    expect(toPercent(new D('0'))).toBe('0.00');
    expect(toPercent(new D('13.1'))).toBe('13.10');
    expect(toPercent(new D('3.125'))).toBe('3.125');
  });
});
