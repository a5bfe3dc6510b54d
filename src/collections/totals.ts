import { add, type Dec, dec, toCents, ZERO } from '../internal/decimal.js';
import type { Amount } from '../money/internal.js';
import type { CustomerTotals } from './decision.js';

interface Summable {
  readonly principal: string;
  readonly penalties: string;
  readonly indemnity: string;
  readonly total: string;
}

/** @internal The sums of some amounts (exact decimals, canonical strings). */
export function sumTotals(items: ReadonlyArray<Summable | null>): CustomerTotals {
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
