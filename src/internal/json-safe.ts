/**
 * Plain data as a JSON round trip would give it back: no key whose value is `undefined` (zod keeps
 * an optional key given as `undefined`) and no `-0` (JSON writes it `0`). Results must survive a
 * round trip unchanged. Copy on write: only the objects and arrays holding such a value are copied,
 * so call it on values the library built (a parsed input), never on a caller's object. Non-plain
 * objects (Decimal...) are kept as they are.
 *
 * @internal
 */
export function jsonSafe<T>(value: T): T {
  if (typeof value === 'number') return (value === 0 ? 0 : value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return safeArray(value) as T;
  return isPlain(value) ? (safeRecord(value as Record<string, unknown>) as T) : value;
}

function safeArray(value: unknown[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = jsonSafe(value[i]);
    if (Object.is(item, value[i])) continue;
    out ??= value.slice();
    out[i] = item;
  }
  return out ?? value;
}

function safeRecord(record: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(record);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const given = record[key];
    const kept = given === undefined ? undefined : jsonSafe(given);
    if (out === undefined && (given === undefined || !Object.is(kept, given))) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
    }
    if (out !== undefined && kept !== undefined) out[key] = kept;
  }
  return out ?? record;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
