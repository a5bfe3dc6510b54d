import { add, type Dec, dec, toCents, ZERO } from '../internal/decimal.js';
import type { Amount } from '../money/internal.js';
import type { CustomerTotals } from './decision.js';

interface Summable {
  readonly principal: string;
  readonly penalties: string;
  readonly indemnity: string;
  readonly total: string;
}

const CENTS = /^(-?)(\d{1,13})\.(\d\d)$/;

/** Canonical cents text as an integer number of cents (exact below 10^13 €), else `null`. */
function centsOf(text: string): number | null {
  const m = CENTS.exec(text);
  if (m === null) return null;
  const c = Number(m[2]) * 100 + Number(m[3]);
  return m[1] === '-' ? -c : c;
}

function centsText(c: number): Amount {
  const abs = Math.abs(c);
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `${c < 0 ? '-' : ''}${euros}.${rest < 10 ? '0' : ''}${rest}` as Amount;
}

/** The sums in integer cents, or `null` when a text is not canonical or a sum could pass 2^53. */
function sumCents(items: ReadonlyArray<Summable | null>): CustomerTotals | null {
  const sums = [0, 0, 0, 0];
  for (const a of items) {
    if (a === null) continue;
    const parts = [a.principal, a.penalties, a.indemnity, a.total];
    for (let k = 0; k < 4; k++) {
      const c = centsOf(parts[k]!);
      if (c === null) return null;
      // Each sum stays exact while it is a safe integer: past that, the decimal path.
      sums[k]! += c;
      if (Math.abs(sums[k]!) > Number.MAX_SAFE_INTEGER) return null;
    }
  }
  return {
    principal: centsText(sums[0]!),
    penalties: centsText(sums[1]!),
    indemnity: centsText(sums[2]!),
    total: centsText(sums[3]!),
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
