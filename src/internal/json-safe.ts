/**
 * A deep copy of plain data as a JSON round trip would give it back: no key whose value is
 * `undefined` (zod keeps an optional key given as `undefined`) and no `-0` (a caller's `-0` stays a
 * number, but JSON writes it `0`). Results must survive a round trip unchanged. Non-plain objects
 * (Decimal...) are kept as they are.
 *
 * @internal
 */
export function jsonSafe<T>(value: T): T {
  if (typeof value === 'number') return (value === 0 ? 0 : value) as T;
  if (Array.isArray(value)) return value.map(jsonSafe) as T;
  if (value === null || typeof value !== 'object' || !isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = jsonSafe(v);
  return out as T;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
