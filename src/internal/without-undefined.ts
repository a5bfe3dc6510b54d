/**
 * A deep copy of plain data without the keys whose value is `undefined`. zod keeps an optional key
 * given as `undefined`; a JSON round trip would drop it, and results must survive one unchanged.
 * Non-plain objects (Decimal...) are kept as they are.
 *
 * @internal
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object' || !isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutUndefined(v);
  return out as T;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
