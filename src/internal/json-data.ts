import type { ErrorPath } from '../errors/internal.js';
import { isDecimalLike } from './decimal.js';
import { invalidInput } from './validate.js';

/**
 * A copy of a caller's record as a JSON store keeps it, at every depth: plain objects and arrays
 * copied (an own `"__proto__"` key stays a key), keys set to `undefined` left out, `-0` written `0`,
 * a Decimal as its decimal string. A value a store cannot keep (NaN, Infinity, a Date, a Map, a
 * function...) is refused with `INVALID_INPUT` at its path. Used for event logs handed back to
 * the caller: they share nothing with the input and survive a JSON round trip unchanged.
 *
 * @internal
 */
export function jsonData(value: unknown, path: ErrorPath): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalidInput('is not a finite number', path);
    return value === 0 ? 0 : value;
  }
  if (isDecimalLike(value)) return value.toFixed();
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(jsonData(value[i], [...path, i]));
    return out;
  }
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null)
    return invalidInput('is not JSON data (string, number, boolean, null, array or object)', path);
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .map((k) => [k, jsonData(record[k], [...path, k])]);
  // fromEntries defines keys (a "__proto__" key stays a key, it does not set the prototype).
  return Object.fromEntries(entries);
}
