// Private: deep-freezing of the library's exported constants. A constant shared by every call (a
// policy, a transition table, a label table) must not be changeable by one caller for all others.

function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Freezes `value` and every plain object and array reachable from it (string and symbol keys,
 * enumerable or not), then returns it. Class instances (a Decimal, a Set, a zod schema) are left as
 * they are: their methods may rely on writing their own fields. Cycles are safe.
 *
 * @remarks Call it on a constant's initialiser with `/* @__PURE__ *\/` so bundlers can still drop an
 * unused constant.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null || seen.has(v) || !isPlainContainer(v)) continue;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const descriptor = Object.getOwnPropertyDescriptor(v, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
    Object.freeze(v);
  }
  return value;
}
