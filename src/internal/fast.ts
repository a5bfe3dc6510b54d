// Private: hand-written happy-path validators for the inputs of the hot calls (issue 17).
// A fast validator returns the value the zod schema would return, or NOT_FAST when the input is
// not on the common path (an unusual field, a plain-object check it cannot prove, anything
// invalid). Then the zod schema runs and decides, and builds the error: so a call accepts and
// rejects exactly what its schema does, as long as every fast acceptance is a zod acceptance with
// the same output. Property tests compare both on random and mutated inputs.
import type * as z from 'zod/mini';
import { isPlainDateText, isSupportedDateText } from '../dates/plain-date.js';
import type { ErrorPath } from '../errors/internal.js';
import { parseOrThrow } from './validate.js';

/** The answer of a fast validator that leaves the decision to the schema. */
export const NOT_FAST: unique symbol = Symbol('not fast');

/** A fast validator: the parsed value, or {@link NOT_FAST}. */
export type Fast = (value: unknown) => unknown;

/** A field of a fast object: required, optional (kept when given as undefined) or defaulted. */
export interface FastField {
  readonly check: Fast;
  readonly presence: 'required' | 'optional' | 'defaulted';
  readonly makeDefault?: () => unknown;
}

/** A required field. */
export const required = (check: Fast): FastField => ({ check, presence: 'required' });

/** A `z.optional` field: absent stays absent, `undefined` given stays `undefined`. */
export const optional = (check: Fast): FastField => ({ check, presence: 'optional' });

/** A `z._default` field: absent or `undefined` becomes a fresh default. */
export const defaulted = (check: Fast, makeDefault: () => unknown): FastField => ({
  check,
  presence: 'defaulted',
  makeDefault,
});

/** An optional field only the schema can judge: given (not `undefined`), zod decides. */
export const absent: FastField = { check: () => NOT_FAST, presence: 'optional' };

/** A field that accepts anything (`z.custom()` without a check). */
export const anything: Fast = (value) => value;

/** Accepts the value as it is when `test` holds. */
export function when(test: (value: unknown) => boolean): Fast {
  return (value) => (test(value) ? value : NOT_FAST);
}

/** A `YYYY-MM-DD` date in the supported range (`PlainDateSchema`, which builds the error). */
export const dateText: Fast = when((v) => isPlainDateText(v) && isSupportedDateText(v as string));

/** A `z.enum` of strings. */
export function oneOf(values: ReadonlyArray<string>): Fast {
  const set = new Set<unknown>(values);
  return (value) => (set.has(value) ? value : NOT_FAST);
}

/** A string of `min`…`max` characters (`z.string()` with length checks). */
export function text(min = 0, max = Number.POSITIVE_INFINITY): Fast {
  return (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max ? value : NOT_FAST;
}

/** Only plain objects (`{}` or null prototype): zod also takes class instances, left to it. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a value is a plain object (`{}` or null prototype), as the fast validators take them. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value);
}

/**
 * An object schema: `strict` refuses unknown keys (`z.strictObject`), otherwise they are dropped
 * (`z.object`). The output has the fields in the schema's order, as zod builds it.
 */
export function object(
  fields: Readonly<Record<string, FastField>>,
  strict: boolean,
  refine?: (out: Record<string, unknown>) => boolean,
): Fast {
  const keys = Object.keys(fields);
  return (value) => {
    if (!isPlainObject(value)) return NOT_FAST;
    if (strict) for (const key in value) if (!Object.hasOwn(fields, key)) return NOT_FAST;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = fields[key]!;
      const given = value[key];
      if (given === undefined) {
        if (field.presence === 'required') return NOT_FAST;
        if (field.presence === 'defaulted') out[key] = field.makeDefault!();
        else if (key in value) out[key] = undefined;
        continue;
      }
      const checked = field.check(given);
      if (checked === NOT_FAST) return NOT_FAST;
      out[key] = checked;
    }
    return refine === undefined || refine(out) ? out : NOT_FAST;
  };
}

/** A `z.array` of at most `max` items (holes read as `undefined`, as zod reads them). */
export function array(item: Fast, max = Number.POSITIVE_INFINITY): Fast {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return NOT_FAST;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i]);
      if (checked === NOT_FAST) return NOT_FAST;
      out[i] = checked;
    }
    return out;
  };
}

/** A discriminated union on `key`: the branch of the value's tag, the schema for other tags. */
export function tagged(key: string, branches: Readonly<Record<string, Fast>>): Fast {
  const map = new Map<unknown, Fast>(Object.entries(branches));
  return (value) => {
    if (!isPlainObject(value)) return NOT_FAST;
    const branch = map.get(value[key]);
    return branch === undefined ? NOT_FAST : branch(value);
  };
}

/**
 * Parses `input` with the fast validator when it can prove the input valid, else with the
 * schema ({@link parseOrThrow}: same result, same errors). Anything the fast validator throws
 * (a getter, a Proxy) leaves the decision to the schema, which reports it.
 */
export function parseFast<S extends z.ZodMiniType>(
  fast: Fast,
  schema: S,
  input: unknown,
  label: string,
  basePath: ErrorPath = [],
): z.output<S> {
  let out: unknown;
  try {
    out = fast(input);
  } catch {
    out = NOT_FAST;
  }
  return out === NOT_FAST ? parseOrThrow(schema, input, label, basePath) : (out as z.output<S>);
}
