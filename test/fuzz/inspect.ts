// Structural tools of the fuzz suite: a snapshot of any input (to prove it was not changed), a deep
// equality for results, the deep walk that finds non-JSON values in a result, and the deep mutation
// of a result (to prove that results share nothing with later calls).
import { type ImpayesError, isImpayesError } from '../../src/index.js';

/** Values built by the suite that must not be read (throwing getters, throwing proxies). */
export const opaque = new WeakSet<object>();

function protoTag(value: object): string {
  if (opaque.has(value)) return 'opaque';
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === null) return 'null';
  if (proto === Object.prototype) return 'Object';
  if (proto === Array.prototype) return 'Array';
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' ? ctor.name : '?';
}

function primitiveTag(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? 'n:-0' : `n:${value}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return `sym:${String(value.description)}`;
  if (typeof value === 'function') return `fn:${value.name}`;
  return String(value);
}

function objectParts(value: object, seen: Set<object>): string {
  const parts: string[] = [protoTag(value), Object.isFrozen(value) ? 'frozen' : 'open'];
  if (value instanceof Date) parts.push(`t:${value.getTime()}`);
  if (value instanceof Map) parts.push(`map:${snapshot([...value.entries()], seen)}`);
  if (value instanceof Set) parts.push(`set:${snapshot([...value.values()], seen)}`);
  if (ArrayBuffer.isView(value)) parts.push(`view:${(value as Uint8Array).join(',')}`);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    const name = typeof key === 'symbol' ? `[${String(key.description)}]` : JSON.stringify(key);
    const flags = `${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`;
    parts.push(`${name}/${flags}:${'value' in d ? snapshot(d.value, seen) : 'accessor'}`);
  }
  return parts.join(' ');
}

/**
 * A string that changes when anything reachable in `value` changes: keys, values, prototypes,
 * frozen state, property flags. Getters are not called; opaque values are not read.
 */
export function snapshot(value: unknown, seen = new Set<object>()): string {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null)
    return primitiveTag(value);
  if (typeof value === 'function' || opaque.has(value)) return primitiveTag(value);
  if (seen.has(value)) return 'cycle';
  seen.add(value);
  try {
    return `{${objectParts(value, seen)}}`;
  } catch {
    return 'unreadable';
  } finally {
    seen.delete(value);
  }
}

/** Deep equality of results: same prototypes, same own enumerable keys, `Object.is` on leaves. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (opaque.has(a) || opaque.has(b)) return false;
  if (isImpayesError(a)) return deepEqual(a.toJSON(), (b as typeof a).toJSON());
  if (a instanceof Error) return a.message === (b as Error).message;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  // Decimal-like values keep their digits in own keys; other class instances compare by string.
  if (ka.length === 0 && protoTag(a) !== 'Object' && protoTag(a) !== 'null' && !Array.isArray(a))
    return String(a) === String(b);
  return true;
}

/** A deep copy of a result (plain data, arrays, errors and class instances kept by reference). */
export function cloneResult<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneResult) as T;
  const tag = protoTag(value);
  if (tag !== 'Object' && tag !== 'null') {
    if (tag !== 'opaque' && isImpayesError(value)) return cloneResult(value.toJSON()) as T;
    return value;
  }
  const out = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  // defineProperty: an own "__proto__" key stays a key (an assignment would set the prototype).
  for (const k of Object.keys(value))
    Object.defineProperty(out, k, {
      value: cloneResult((value as Record<string, unknown>)[k]),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return out as T;
}

const EXPONENT = /^[-+]?\d+(\.\d+)?[eE][+-]?\d+$/;
const BAD_WORD = /\b(NaN|Infinity|undefined)\b|\[object|Invalid Date/;
const ERROR_WORD = /\[object|Invalid Date/;

/**
 * Every place in a result that is not plain JSON or shows a broken value: NaN, ±Infinity, -0,
 * undefined, functions, class instances other than ImpayesError, sparse arrays, "[object",
 * "NaN"/"undefined" words and exponent notation in strings. Texts that occur verbatim in the
 * input (`inputText`) are not blamed on the library.
 */
export function badValues(
  value: unknown,
  inputText: string,
  path = '$',
  inError = false,
): string[] {
  if (value === null || typeof value === 'boolean') return [];
  if (typeof value === 'number') {
    if (Number.isNaN(value) || !Number.isFinite(value)) return [`${path} is ${value}`];
    return Object.is(value, -0) ? [`${path} is -0`] : [];
  }
  if (typeof value === 'string') {
    // An error message in a result may quote a bad input ("received undefined").
    const word = (inError ? ERROR_WORD : BAD_WORD).exec(value)?.[0];
    if (word !== undefined && !inputText.includes(word))
      return [`${path} contains ${JSON.stringify(word)}: ${JSON.stringify(value.slice(0, 120))}`];
    if (EXPONENT.test(value) && !inputText.includes(value))
      return [`${path} is in exponent notation: ${JSON.stringify(value)}`];
    return [];
  }
  if (typeof value !== 'object') return [`${path} is a ${typeof value}`];
  if (opaque.has(value)) return [`${path} is the caller's throwing object`];
  if (isImpayesError(value)) return badValues(value.toJSON(), inputText, path, true);
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (let i = 0; i < value.length && out.length < 5; i++)
      out.push(
        ...(i in value
          ? badValues(value[i], inputText, `${path}[${i}]`, inError)
          : [`${path}[${i}] hole`]),
      );
    return out;
  }
  const tag = protoTag(value);
  if (tag !== 'Object' && tag !== 'null') return [`${path} is a ${tag} instance, not plain data`];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) out.push(`${path}.${k} is undefined`);
    else out.push(...badValues(v, inputText, `${path}.${k}`, inError));
    if (out.length >= 5) break;
  }
  return out;
}

/** Why `JSON.parse(JSON.stringify(value))` differs from `value`, or undefined. */
export function jsonProblem(value: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    return `JSON.stringify throws: ${(e as Error).message}`;
  }
  if (text === undefined) return 'JSON.stringify gives undefined';
  const back: unknown = JSON.parse(text);
  const expected = isErrorValue(value) ? value.toJSON() : value;
  return jsonEqual(back, expected) ? undefined : `round trip differs: ${text.slice(0, 200)}`;
}

/** isImpayesError without reading the caller's throwing objects. */
export const isErrorValue = (v: unknown): v is ImpayesError =>
  typeof v === 'object' && v !== null && !opaque.has(v) && isImpayesError(v);

function jsonEqual(back: unknown, value: unknown): boolean {
  if (isErrorValue(value)) return jsonEqual(back, value.toJSON());
  if (typeof value !== 'object' || value === null) return Object.is(back, value);
  if (typeof back !== 'object' || back === null) return false;
  if (Array.isArray(value) !== Array.isArray(back)) return false;
  const tag = protoTag(value);
  if (!Array.isArray(value) && tag !== 'Object' && tag !== 'null') return false;
  const kv = Object.keys(value);
  if (kv.length !== Object.keys(back).length) return false;
  return kv.every((k) =>
    jsonEqual((back as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]),
  );
}

/** What a caller might do to a result: change every leaf, reorder arrays, add keys. */
export function mutateDeep(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || opaque.has(value)) return;
  seen.add(value);
  const target = value as Record<string, unknown>;
  try {
    for (const key of Object.keys(target)) {
      const v = target[key];
      mutateDeep(v, seen);
      try {
        if (typeof v === 'string') target[key] = `${v}!`;
        else if (typeof v === 'number') target[key] = v + 1;
        else if (typeof v === 'boolean') target[key] = !v;
      } catch {
        // frozen: fine, the caller cannot change it either
      }
    }
    if (Array.isArray(target)) target.reverse();
    else target.addedByCaller = true;
  } catch {
    // frozen arrays cannot be reordered or extended
  }
}
