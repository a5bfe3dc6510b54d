// Private decimal arithmetic: one decimal.js clone for the whole library, never `Decimal.set`,
// so a caller's own Decimal configuration can neither change nor be changed by our results.
import { Decimal } from 'decimal.js';
import type { ErrorPath } from '../errors/internal.js';
import { invalidInput, show } from './validate.js';

/** The library's private Decimal constructor: 40 significant digits, half away from zero. */
export const D = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof D>;

export const ZERO: Dec = /* @__PURE__ */ new D(0);
export const HUNDRED: Dec = /* @__PURE__ */ new D(100);

const PLAIN = /^[+-]?\d+(\.\d+)?$/;

/** True for a decimal.js value from any copy or clone of decimal.js. */
export function isDecimalLike(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/**
 * Why `value` is not a plain decimal number, or `undefined` when it is one.
 * Accepts finite numbers, strings like `'1234.50'` / `'-3'`, and decimal.js values.
 */
export function decimalInputProblem(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : `must be a finite number, received ${String(value)}`;
  }
  if (typeof value === 'string') {
    if (PLAIN.test(value)) return undefined;
    if (value.trim() === '') return 'must be a decimal number, received an empty string';
    if (/^[+-]?[\d\s\u00a0\u202f.]*,\d+$/.test(value.trim()))
      return `must use a dot as decimal separator, received ${show(value)} (use parseFrenchAmount for French-formatted text)`;
    return `must be a decimal number such as "1234.50", received ${show(value)}`;
  }
  if (isDecimalLike(value)) {
    return value.isFinite()
      ? undefined
      : `must be a finite number, received ${String(value.toNumber())}`;
  }
  return `must be a number, a decimal string or a Decimal, received ${show(value)}`;
}

/** Converts a validated input to the private Decimal; throws INVALID_INPUT otherwise. */
export function dec(value: unknown, path: ErrorPath = []): Dec {
  const plain =
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && PLAIN.test(value)) ||
    value instanceof D;
  if (!plain) {
    const problem = decimalInputProblem(value);
    if (problem !== undefined) invalidInput(problem, path);
  }
  return decValid(value);
}

/**
 * `a + b`, skipping the operation when either is the shared {@link ZERO} (most sums in a
 * statement or a dunning fold add nothing).
 */
export const add = (a: Dec, b: Dec): Dec => (b === ZERO ? a : a === ZERO ? b : a.plus(b));

/** `a − b`, skipping the operation when `b` is the shared {@link ZERO} or `a` itself. */
export const sub = (a: Dec, b: Dec): Dec => (b === ZERO ? a : a === b ? ZERO : a.minus(b));

/**
 * Converts a value that a money schema has already accepted, without checking it again: a string
 * or number is passed to decimal.js as is, a Decimal of this clone is kept, another copy's Decimal
 * goes through its string form.
 */
export function decValid(value: unknown): Dec {
  if (value instanceof D) return value;
  if (typeof value === 'string' || typeof value === 'number') return new D(value);
  // A Decimal from another copy: go through its string form, never its internals.
  return new D((value as Decimal).toString());
}

/** Rounds to the cent, half away from zero ([law.md §3.1](../../docs/law.md)), without the `-0.00` artefact. */
export function roundCents(value: Dec): Dec {
  if (value.isZero()) return ZERO;
  // Most values are already in cents (inputs, rounded segments and their sums): no new Decimal.
  if (value.decimalPlaces() <= 2) return value;
  const r = value.toDecimalPlaces(2, D.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r;
}

/**
 * The canonical money string: exactly two decimals, `'-'` only for non-zero negatives. Always
 * `toFixed`, never `toString`: no exponent notation whatever the magnitude.
 */
export function toCents(value: Dec): string {
  if (value === ZERO) return '0.00';
  return roundCents(value).toFixed(2);
}

/** The canonical decimal string of any precision (no exponent, no trailing zeros, no `-0`). */
export function toPlain(value: Dec): string {
  if (value.isZero()) return '0';
  return value.toFixed();
}

/** A percent as a canonical string with at least two decimals: `'13.15'`, `'12.40'`, `'3.125'`. */
export function toPercent(value: Dec): string {
  if (value.isZero()) return '0.00';
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}
