import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../internal/decimal.js';
import { formatEuros, parseAmount, parseFrenchAmount, roundToCents } from './index.js';

const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const toText = (c: bigint) => {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};

describe('money properties', () => {
  it('parseAmount is the identity on canonical strings (property)', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const t = toText(c);
        expect(parseAmount(t)).toBe(t === '-0.00' ? '0.00' : t);
      }),
    );
  });
  it('formatEuros and parseFrenchAmount round-trip (property)', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const t = parseAmount(toText(c));
        expect(parseFrenchAmount(formatEuros(t))).toBe(t);
      }),
    );
  });
  it('formatEuros: canonical strings and integers (fast path) read as their Decimal does (property)', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (c, n) => {
        const t = toText(c);
        expect(formatEuros(t)).toBe(formatEuros(new D(t)));
        if (Math.abs(n) < 1e15) expect(formatEuros(n)).toBe(formatEuros(new D(n)));
      }),
    );
    expect(formatEuros('-0.00')).toBe('0,00\u00a0€');
    expect(formatEuros(-0)).toBe('0,00\u00a0€');
  });
  it('roundToCents moves a value by at most half a cent (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (milli) => {
        const neg = milli < 0n;
        const a = neg ? -milli : milli;
        const text = `${neg ? '-' : ''}${a / 1000n}.${String(a % 1000n).padStart(3, '0')}`;
        const r = roundToCents(text);
        const diff = Math.abs(Number(BigInt(r.replace('.', '')) * 10n - milli));
        expect(diff).toBeLessThanOrEqual(5);
      }),
    );
  });
});
