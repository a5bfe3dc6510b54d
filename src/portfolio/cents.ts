// Private to the portfolio module: amounts as integer cents in JavaScript numbers.
//
// Why not Decimal per item: a 1 000 000-invoice ledger would allocate millions of Decimal objects.
// Integer cents in a double are exact up to Number.MAX_SAFE_INTEGER (9 007 199 254 740 991 cents,
// about 90 000 billion euros), and every sum the module keeps only adds non-negative values, so a
// total that ends at or below that bound was exact at every step. `checkedTotal` refuses (with
// OUT_OF_RANGE) any total above it instead of returning a rounded figure. Ratios and averages are
// computed at the end with the private Decimal, from the exact integers.

import type { ErrorPath } from '../errors/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { D, type Dec } from '../internal/decimal.js';
import { invalidInput, show } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';

const CENTS_TEXT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Converts a money input (number, plain decimal string, decimal.js value) to integer cents, or
 * returns why it cannot (a message). `sign` says whether 0 is allowed ('nonNegative') or not
 * ('positive'); negatives are always refused. Allocation-free on the happy path.
 */
export function centsOrProblem(value: unknown, sign: 'positive' | 'nonNegative'): number | string {
  let cents: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `must be a finite number, received ${show(value)}`;
    cents = Math.round(value * 100);
    if (cents / 100 !== value) {
      return `must not have more than two decimals (cents), received ${show(value)}`;
    }
  } else {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (value !== null && typeof value === 'object' && D.isDecimal(value)) {
      text = (value as Dec).toFixed();
    } else return `must be a number, a decimal string or a Decimal, received ${show(value)}`;
    const m = CENTS_TEXT.exec(text);
    if (m === null) {
      return `must be an amount such as "1234.50" (dot as decimal separator, at most two decimals), received ${show(text)}`;
    }
    const frac = m[3] ?? '';
    cents =
      Number(m[2]) * 100 + (frac.length === 0 ? 0 : Number(frac.length === 1 ? `${frac}0` : frac));
    if (m[1] === '-') cents = -cents;
  }
  if (!Number.isSafeInteger(cents)) {
    return `is too large (at most 90071992547409.91), received ${show(String(value))}`;
  }
  if (cents < 0 || (cents === 0 && sign === 'positive')) {
    return `must be ${sign === 'positive' ? 'greater than 0' : 'zero or more'}, received ${show(String(value))}`;
  }
  return cents;
}

/** {@link centsOrProblem}, throwing INVALID_INPUT at `path`. */
export function centsOf(value: unknown, path: ErrorPath, sign: 'positive' | 'nonNegative'): number {
  const cents = centsOrProblem(value, sign);
  return typeof cents === 'string' ? invalidInput(cents, path) : cents;
}

/** Refuses a total that left the exact range of doubles (see the file comment). */
export function checkedTotal(cents: number, what: string): number {
  if (!Number.isSafeInteger(cents)) {
    throw new ImpayesError({
      code: 'OUT_OF_RANGE',
      message: `The ${what} exceeds 90 071 992 547 409.91 €, beyond exact arithmetic on cents.`,
      details: { what },
    });
  }
  return cents;
}

/** Formats integer cents as a canonical {@link Amount} (`'1234.50'`). */
export function amountFromCents(cents: number): Amount {
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `${cents < 0 ? '-' : ''}${euros}.${rest < 10 ? '0' : ''}${rest}` as Amount;
}

/** Integer cents as a private Decimal in euros (for ratios computed at the end). */
export function decimalFromCents(cents: number): Dec {
  return new D(cents).div(100);
}
