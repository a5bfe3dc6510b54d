// Private: the exact integer money kernel of the hot paths (issue 17). Amounts are integer cents,
// rates integer units of their last decimal (13.15 % = 1315 units at scale 2), and every quotient is
// rounded half away from zero on the exact rational, so a result is the cent decimal.js gives.
//
// Two rings share one interface: JavaScript numbers while every value stays within
// Number.MAX_SAFE_INTEGER (exact there), and BigInt otherwise. The number ring never returns an
// inexact value: a sum past the bound throws OVERFLOW and the caller runs again on the BigInt ring;
// a product that could pass the bound is computed in BigInt inside the operation.
import type { Dec } from '../internal/decimal.js';
import type { Amount } from './amount.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** Thrown by the number ring when a sum leaves the exact range: run again on {@link bigRing}. */
export const OVERFLOW: unique symbol = Symbol('cents overflow');

const overflow = (): never => {
  throw OVERFLOW;
};

/**
 * A rate in percent as `units / 10^scale`, with the divisor of the interest formula
 * (`10^scale × 100`, the percent) ready in both representations.
 */
export interface RateUnits {
  /** The units as a number when safe, else as a BigInt. */
  readonly units: number | bigint;
  readonly bigUnits: bigint;
  readonly scale: number;
  /** `10^scale × 100` as a number when safe, else `NaN` (the BigInt path is taken). */
  readonly divisor: number;
  readonly bigDivisor: bigint;
}

/** Sign, digits and number of decimals of a plain decimal text (`'-0.5'` → `['-', '05', 1]`). */
function partsOf(text: string): [sign: string, digits: string, scale: number] {
  const sign = text.startsWith('-') ? '-' : '';
  const body = sign !== '' || text.startsWith('+') ? text.slice(1) : text;
  const dot = body.indexOf('.');
  return dot < 0
    ? [sign, body, 0]
    : [sign, body.slice(0, dot) + body.slice(dot + 1), body.length - dot - 1];
}

/** The units of a plain decimal string (`'13.15'`, `'-0.5'`, `'7'`). */
export function rateUnitsOfText(text: string): RateUnits {
  const [sign, digits, scale] = partsOf(text);
  const big = BigInt(sign + digits);
  const bigDivisor = 10n ** BigInt(scale) * 100n;
  const asNumber = Number(big);
  return {
    units: Number.isSafeInteger(asNumber) ? asNumber : big,
    bigUnits: big,
    scale,
    divisor: bigDivisor <= BigInt(MAX) ? Number(bigDivisor) : Number.NaN,
    bigDivisor,
  };
}

/** `n / d` rounded half away from zero, for safe integers with `|n| + d ≤ MAX` and `d > 0`. */
function divHalfUp(n: number, d: number): number {
  const a = n < 0 ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  // The float quotient may be one off near an integer: the exact remainder corrects it.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (r >= d - r) q += 1;
  return n < 0 ? -q : q;
}

/** `n / d` rounded half away from zero, `d > 0`. */
function bigDivHalfUp(n: bigint, d: bigint): bigint {
  const a = n < 0n ? -n : n;
  let q = a / d;
  if ((a - q * d) * 2n >= d) q += 1n;
  return n < 0n ? -q : q;
}

/** The cents of a validated amount (at most two decimals) as a digit string: no float product. */
function centsDigits(value: Dec | string): string {
  const [sign, digits, scale] = partsOf(typeof value === 'string' ? value : value.toFixed());
  if (scale > 2) throw new RangeError(`not a cent amount: ${String(value)}`);
  return sign + digits + '00'.slice(scale);
}

/** The text of an amount of cents: `'1234.50'`, `'-0.05'`, `'0.00'`. */
function centsText(a: number | bigint): Amount {
  const negative = a < 0;
  const abs = String(negative ? -a : a).padStart(3, '0');
  const cut = abs.length - 2;
  return `${negative ? '-' : ''}${abs.slice(0, cut)}.${abs.slice(cut)}` as Amount;
}

/**
 * Exact arithmetic on integer cents. `C` is `number` or `bigint`; values of one ring never mix with
 * the other's.
 */
export interface CentsRing<C> {
  readonly zero: C;
  /** Cents of a decimal value or text with at most two decimals (a validated amount). */
  of(value: Dec | string): C;
  add(a: C, b: C): C;
  sub(a: C, b: C): C;
  /** `a < b`. */
  lt(a: C, b: C): boolean;
  /** `base × rate% × days / yearDays`, rounded half away from zero to the cent. */
  interest(base: C, rate: RateUnits, days: number, yearDays: number): C;
  /** `a × num / den` rounded half away from zero to the cent (`den ≠ 0`). */
  share(a: C, num: C, den: C): C;
  /** The canonical amount text (`'1234.50'`). */
  text(a: C): Amount;
}

/** Cents in BigInt: for amounts past Number.MAX_SAFE_INTEGER cents (≈ 90 000 billion euros). */
export const bigRing: CentsRing<bigint> = /* @__PURE__ */ Object.freeze({
  zero: 0n,
  of: (value: Dec | string): bigint => BigInt(centsDigits(value)),
  add: (a: bigint, b: bigint): bigint => a + b,
  sub: (a: bigint, b: bigint): bigint => a - b,
  lt: (a: bigint, b: bigint): boolean => a < b,
  interest: (base: bigint, rate: RateUnits, days: number, yearDays: number): bigint =>
    bigDivHalfUp(base * rate.bigUnits * BigInt(days), rate.bigDivisor * BigInt(yearDays)),
  share: (a: bigint, num: bigint, den: bigint): bigint =>
    bigDivHalfUp(den < 0n ? -a * num : a * num, den < 0n ? -den : den),
  text: centsText,
});

/** A safe integer, or OVERFLOW (of a sum, a BigInt or a digit string). */
const safe = (n: number | bigint | string): number => {
  const x = Number(n);
  return Number.isSafeInteger(x) ? x : overflow();
};

/** Cents in JavaScript numbers: exact, or {@link OVERFLOW}; products past 2^53 go through BigInt. */
export const numberRing: CentsRing<number> = /* @__PURE__ */ Object.freeze({
  zero: 0,
  of: (value: Dec | string): number => safe(centsDigits(value)),
  add: (a: number, b: number): number => safe(a + b),
  sub: (a: number, b: number): number => safe(a - b),
  lt: (a: number, b: number): boolean => a < b,
  interest(base: number, rate: RateUnits, days: number, yearDays: number): number {
    const u = rate.units;
    if (typeof u === 'number') {
      const d = rate.divisor * yearDays;
      const n = base * u * days;
      // NaN (a BigInt divisor) fails the test: the BigInt path below.
      if ((n < 0 ? -n : n) + d <= MAX) return divHalfUp(n, d);
    }
    return safe(bigRing.interest(BigInt(base), rate, days, yearDays));
  },
  share(a: number, num: number, den: number): number {
    const n = a * num;
    const d = den < 0 ? -den : den;
    if ((n < 0 ? -n : n) + d <= MAX) return divHalfUp(den < 0 ? -n : n, d);
    return safe(bigRing.share(BigInt(a), BigInt(num), BigInt(den)));
  },
  text: centsText,
});

/**
 * Runs `compute` on the number ring, and again on the BigInt ring when a value left the exact
 * range of numbers (amounts near the input limits): the result is exact either way.
 */
export function withCents<R>(compute: <C>(ring: CentsRing<C>) => R): R {
  try {
    return compute(numberRing);
  } catch (error) {
    if (error === OVERFLOW) return compute(bigRing);
    throw error;
  }
}

const CENTS_TEXT = /^\d{1,13}(?:\.\d{1,2})?$/;

/**
 * The cents of a non-negative plain amount text with at most two decimals and 13 integer digits
 * (`'1200.5'` → 120050), exact as a number; `undefined` for any other value (the caller then
 * takes its general path). Sums of two such values stay exact.
 */
export function centsOfPlainText(value: unknown): number | undefined {
  if (typeof value !== 'string' || !CENTS_TEXT.test(value)) return undefined;
  const dot = value.indexOf('.');
  if (dot < 0) return Number(value) * 100;
  const whole = Number(value.slice(0, dot)) * 100;
  const frac = value.slice(dot + 1);
  return whole + (frac.length === 1 ? Number(frac) * 10 : Number(frac));
}
