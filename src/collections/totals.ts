import { add, type Dec, dec, toCents, ZERO } from '../internal/decimal.js';
import type { Amount } from '../money/internal.js';
import type { CustomerTotals } from './decision.js';

interface Summable {
  readonly principal: string;
  readonly penalties: string;
  readonly indemnity: string;
  readonly total: string;
}

/**
 * Canonical cents text (`-?\d{1,13}\.\d\d`) as an integer number of cents (exact: below 10^15),
 * else `null`. Read digit by digit: no regular expression, no match array.
 */
function centsOf(text: string): number | null {
  const n = text.length;
  const start = n > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  const digits = n - 3 - start;
  if (digits < 1 || digits > 13 || text.charCodeAt(n - 3) !== 46) return null;
  let c = 0;
  for (let i = start; i < n; i++) {
    if (i === n - 3) continue;
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    c = c * 10 + d;
  }
  return start === 1 ? -c : c;
}

function centsText(c: number): Amount {
  const abs = Math.abs(c);
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `${c < 0 ? '-' : ''}${euros}.${rest < 10 ? '0' : ''}${rest}` as Amount;
}

/** Adds the cents of `text` to `sum`; `null` when the text is not canonical or the sum could pass 2^53. */
function plus(sum: number | null, text: string): number | null {
  if (sum === null) return null;
  const c = centsOf(text);
  if (c === null) return null;
  const s = sum + c;
  return Math.abs(s) > Number.MAX_SAFE_INTEGER ? null : s;
}

/** The sums in integer cents, or `null` when a text is not canonical or a sum could pass 2^53. */
function sumCents(items: ReadonlyArray<Summable | null>): CustomerTotals | null {
  let principal: number | null = 0;
  let penalties: number | null = 0;
  let indemnity: number | null = 0;
  let total: number | null = 0;
  for (const a of items) {
    if (a === null) continue;
    // Each sum stays exact while it is a safe integer: past that, the decimal path.
    principal = plus(principal, a.principal);
    penalties = plus(penalties, a.penalties);
    indemnity = plus(indemnity, a.indemnity);
    total = plus(total, a.total);
    if (principal === null || penalties === null || indemnity === null || total === null)
      return null;
  }
  return {
    principal: centsText(principal!),
    penalties: centsText(penalties!),
    indemnity: centsText(indemnity!),
    total: centsText(total!),
  };
}

/** @internal The sums of some amounts (exact decimals, canonical strings). */
export function sumTotals(items: ReadonlyArray<Summable | null>): CustomerTotals {
  // Integer cents when every amount is canonical (the usual case), decimals otherwise.
  const fast = sumCents(items);
  if (fast !== null) return fast;
  let principal: Dec = ZERO;
  let penalties: Dec = ZERO;
  let indemnity: Dec = ZERO;
  let total: Dec = ZERO;
  for (const a of items) {
    if (a === null) continue;
    principal = add(principal, dec(a.principal));
    penalties = add(penalties, dec(a.penalties));
    indemnity = add(indemnity, dec(a.indemnity));
    total = add(total, dec(a.total));
  }
  return {
    principal: toCents(principal) as Amount,
    penalties: toCents(penalties) as Amount,
    indemnity: toCents(indemnity) as Amount,
    total: toCents(total) as Amount,
  };
}

/** @internal A short stable hash of a text (FNV-1a, 32 bits, 8 hex digits) for idempotency keys. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
