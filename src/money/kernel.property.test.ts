// The integer kernel against its oracle, decimal.js (issue 17): the same cents on random cases,
// from one cent to the input limit (inputLimits: below 10^15 €, ten decimals), on both rings.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, roundCents, toCents } from '../internal/decimal.js';
import { inputLimits } from '../internal/limits.js';
import {
  bigRing,
  type CentsRing,
  centsOfPlainText,
  numberRing,
  OVERFLOW,
  rateUnitsOfText,
  withCents,
} from './kernel.js';

// Wide enough to be exact on every product here (≤ 60 digits): the rounding to the cent is then
// decimal.js's half-up on the exact rational.
const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });
const exactCents = (v: Decimal): string =>
  toCents(new D(v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()));

const MAX_CENTS = BigInt(inputLimits.amounts.maxAbsoluteAmount) * 100n - 1n;
const PLACES = inputLimits.amounts.maxDecimalPlaces;

const centsText = (c: bigint): string => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};
/** Amounts: small ones (the common case), and anything up to the input limit. */
const cents = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 9n }),
  fc.bigInt({ min: 0n, max: MAX_CENTS }),
  fc.constantFrom(0n, 1n, MAX_CENTS, BigInt(Number.MAX_SAFE_INTEGER)),
);
/** Rates in percent with 0 to 10 decimals: table-like (≤ 100) and clause-like (to the limit). */
const decimalText = (maxInteger: bigint) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: maxInteger }), fc.integer({ min: 0, max: PLACES }))
    .chain(([int, places]) =>
      fc
        .bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n })
        .map((frac) =>
          places === 0 ? String(int) : `${int}.${String(frac).padStart(places, '0')}`,
        ),
    );
const rate = fc.oneof(decimalText(100n), decimalText(10n ** 15n - 1n));
/** 0 to 300 years of days (the supported dates span 1900–2199). */
const days = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 110_000 }));
const yearDays = fc.constantFrom(365 as const, 366 as const);

function ringInterest<C>(ring: CentsRing<C>, base: string, r: string, d: number, y: 365 | 366) {
  return ring.text(ring.interest(ring.of(base), rateUnitsOfText(r), d, y));
}

describe('integer kernel vs decimal.js (property)', () => {
  it('segment interest: base × rate × days / (100 × year), half-up to the cent', () => {
    fc.assert(
      fc.property(cents, rate, days, yearDays, (c, r, d, y) => {
        const base = centsText(c);
        const oracle = exactCents(
          new Exact(base)
            .times(r)
            .times(d)
            .div(100 * y),
        );
        expect(withCents((ring) => ringInterest(ring, base, r, d, y))).toBe(oracle);
        expect(ringInterest(bigRing, base, r, d, y)).toBe(oracle);
      }),
      { numRuns: 1000 },
    );
  });

  it('rounds exact half cents up, on both rings (ties)', () => {
    // A whole year at 50 % is half the base: an odd number of cents is a tie; 12.5 % and 0.5 %
    // give ties at other residues.
    const tieRate = fc.constantFrom('50', '12.5', '0.5', '150');
    fc.assert(
      fc.property(cents, tieRate, yearDays, (c, r, y) => {
        const base = centsText(c);
        const oracle = exactCents(
          new Exact(base)
            .times(r)
            .times(y)
            .div(100 * y),
        );
        expect(withCents((ring) => ringInterest(ring, base, r, y, y))).toBe(oracle);
        expect(ringInterest(bigRing, base, r, y, y)).toBe(oracle);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the library’s own decimal.js arithmetic on table-like rates', () => {
    // The statement as it was computed before the kernel (40 significant digits).
    fc.assert(
      fc.property(cents, decimalText(100n), days, yearDays, (c, r, d, y) => {
        const base = centsText(c);
        const before = toCents(
          roundCents(
            new D(base)
              .times(new D(r))
              .times(d)
              .div(y * 100),
          ),
        );
        expect(withCents((ring) => ringInterest(ring, base, r, d, y))).toBe(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('a share a × num / den, half-up to the cent (the excl.-VAT base)', () => {
    const positive = cents.filter((c) => c > 0n);
    fc.assert(
      fc.property(cents, cents, positive, (a, num, den) => {
        const oracle = exactCents(
          new Exact(centsText(a)).times(centsText(num)).div(centsText(den)),
        );
        const got = withCents((ring) =>
          ring.text(
            ring.share(ring.of(centsText(a)), ring.of(centsText(num)), ring.of(centsText(den))),
          ),
        );
        expect(got).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });

  it('sums and differences, texts and Decimal inputs agree on both rings', () => {
    fc.assert(
      fc.property(cents, cents, fc.boolean(), (a, b, negative) => {
        const x = negative ? -a : a;
        const [ta, tb] = [centsText(x), centsText(b)];
        const sum = toCents(new D(ta).plus(tb));
        const diff = toCents(new D(ta).minus(tb));
        const via = <C>(ring: CentsRing<C>) => {
          const [p, q] = [ring.of(new D(ta)), ring.of(tb)];
          return [ring.text(ring.add(p, q)), ring.text(ring.sub(p, q)), ring.lt(p, q)];
        };
        const expected = [sum, diff, new D(ta).lt(tb)];
        expect(withCents(via)).toEqual(expected);
        expect(via(bigRing)).toEqual(expected);
      }),
    );
  });
});

describe('integer kernel', () => {
  it('signals a sum past the exact range of numbers, and withCents reruns on BigInt', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(() => numberRing.add(max, 1)).toThrow();
    try {
      numberRing.sub(-max, 1);
    } catch (error) {
      expect(error).toBe(OVERFLOW);
    }
    expect(() => numberRing.of('90071992547409.92')).toThrow();
    expect(
      withCents((ring) => ring.text(ring.add(ring.of('90071992547409.91'), ring.of('0.01')))),
    ).toBe('90071992547409.92');
    expect(() =>
      withCents(() => {
        throw new Error('other');
      }),
    ).toThrow('other');
  });

  it('keeps every decimal of a rate, and rounds negatives away from zero', () => {
    const r = rateUnitsOfText(new D('3.14159265358979323846').toFixed());
    expect([r.units, r.scale]).toEqual([314159265358979323846n, 20]);
    expect(Number.isNaN(r.divisor)).toBe(true);
    expect(rateUnitsOfText('+7')).toMatchObject({ units: 7, scale: 0, divisor: 100 });
    // −100.00 × 1.825 % × 365 / 365 = −1.825 → −1.83 (half away from zero, like roundCents).
    expect(numberRing.text(numberRing.interest(-10_000, rateUnitsOfText('1.825'), 365, 365))).toBe(
      '-1.83',
    );
    expect(bigRing.text(bigRing.interest(-10_000n, rateUnitsOfText('-1.825'), 365, 365))).toBe(
      '1.83',
    );
    expect(numberRing.text(numberRing.share(5, -1, -2))).toBe('0.03');
    expect(bigRing.text(bigRing.share(5n, 1n, -2n))).toBe('-0.03');
    expect(numberRing.text(-5)).toBe('-0.05');
    expect(() => numberRing.of('1.234')).toThrow(RangeError);
  });
});

describe('centsOfPlainText', () => {
  it('gives the cents decimal.js gives for plain cent texts, undefined for any other form', () => {
    const texts = fc.oneof(
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 3 }))
        .map(([n, places]) => {
          const s = String(n).padStart(places + 1, '0');
          return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
        }),
      fc.constantFrom('', '1.', '.5', '-1.00', '+1.00', '1e3', '1,50', ' 1.00', '0012.30'),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const ok = /^\d{1,13}(\.\d{1,2})?$/.test(t);
        const got = centsOfPlainText(t);
        if (!ok) return got === undefined;
        const want = new Exact(t).times(100);
        return got !== undefined && Number.isSafeInteger(got) && want.eq(got);
      }),
      { numRuns: 2000 },
    );
    expect(centsOfPlainText(1200)).toBeUndefined();
    expect(centsOfPlainText('1200.5')).toBe(120050);
    expect(centsOfPlainText('9999999999999.99')).toBe(999999999999999);
  });
});
