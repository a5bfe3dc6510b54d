import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalInputProblem } from '../internal/decimal.js';
import { sumTotals } from './totals.js';

const cents = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(Number),
  fc.constantFrom(0, -0, 99_999_999_999_999, 999_999_999_999_999),
);
const amount = fc.oneof(
  cents.map((c) => new Decimal(c).div(100).toFixed(2)),
  fc.constantFrom('12.5', '0.001', '007.00', '-0.00', '5'),
);
const item = fc.record({ principal: amount, penalties: amount, indemnity: amount, total: amount });

/** The oracle: decimal.js sums, half-up to the cent. */
function oracle(items: ReadonlyArray<Record<string, string> | null>) {
  const out: Record<string, string> = {};
  for (const k of ['principal', 'penalties', 'indemnity', 'total']) {
    let s = new Decimal(0);
    for (const a of items) if (a !== null) s = s.plus(a[k]!);
    const r = s.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    out[k] = r.isZero() ? '0.00' : r.toFixed(2);
  }
  return out;
}

describe('sumTotals', () => {
  it('gives the decimal.js sums to the cent, canonical or not, past 2^53 cents too (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(item), { maxLength: 30 }), (items) => {
        expect(sumTotals(items)).toEqual(oracle(items));
      }),
      { numRuns: 2000 },
    );
  });

  it('sums canonical amounts exactly', () => {
    const a = { principal: '0.10', penalties: '0.20', indemnity: '40.00', total: '40.30' };
    expect(sumTotals([a, null, a, a])).toEqual({
      principal: '0.30',
      penalties: '0.60',
      indemnity: '120.00',
      total: '120.90',
    });
    expect(
      sumTotals([{ principal: '-1.05', penalties: '0.00', indemnity: '0.00', total: '-1.05' }]),
    ).toEqual({ principal: '-1.05', penalties: '0.00', indemnity: '0.00', total: '-1.05' });
  });
});

describe('sumTotals on texts near the canonical form', () => {
  it('gives the decimal.js sums for signs, short or long digit runs and exponents (property)', () => {
    const near = fc.constantFrom(
      '+1.00',
      '.50',
      '-.50',
      '1.0',
      '1.000',
      '1e2',
      '-0.00',
      '0.00',
      '9999999999999.99',
      '-9999999999999.99',
      '12345678901234.00',
      '1234567890123.45',
      '--1.00',
    );
    const text = fc.oneof(near, amount);
    const mixed = fc.record({ principal: text, penalties: text, indemnity: text, total: text });
    fc.assert(
      fc.property(fc.array(fc.option(mixed), { maxLength: 8 }), (items) => {
        // Texts the decimal path refuses make the sum throw, as they did before.
        const valid = items.every(
          (a) => a === null || Object.values(a).every((v) => decimalInputProblem(v) === undefined),
        );
        if (valid) expect(sumTotals(items)).toEqual(oracle(items));
        else expect(() => sumTotals(items)).toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
