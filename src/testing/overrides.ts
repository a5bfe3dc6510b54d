import { ImpayesError } from '../errors/internal.js';
import { rethrowAsInvalidInput, show } from '../internal/validate.js';

/** Whether `value` is a plain object (`{}` or `Object.create(null)`), not an array or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep copy of plain objects and arrays (own enumerable keys, `"__proto__"` kept as a key, holes
 * read as `undefined`, -0 as 0); anything else is kept as it is and left to the schema checks.
 */
export function plainCopy<T>(value: T): T {
  // -0 becomes 0: a result never shows a negative zero (a `termDays: -0` override).
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return Array.from(value, plainCopy) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    Object.defineProperty(out, key, {
      value: plainCopy(value[key]),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return out as T;
}

/**
 * Reads a builder's overrides once into a fresh plain copy: `undefined` gives `{}`; anything but a
 * plain object throws `INVALID_INPUT`, and so does a getter or a Proxy that throws while read.
 */
export function readOverrides(value: unknown, label: string): Record<string, unknown> {
  if (value === undefined) return {};
  try {
    if (!isPlainObject(value))
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid ${label} overrides: expected an object, received ${show(value)}.`,
      });
    return plainCopy(value);
  } catch (error) {
    return rethrowAsInvalidInput(error, `${label} overrides`, []);
  }
}

/** Throws `INVALID_INPUT` for a key of `built` that the schema's output `parsed` does not have. */
export function rejectUnknownKeys(
  built: Readonly<Record<string, unknown>>,
  parsed: Readonly<Record<string, unknown>>,
  label: string,
): void {
  const unknown = Object.keys(built).find((key) => !Object.hasOwn(parsed, key));
  if (unknown !== undefined)
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: `Invalid ${label} overrides: unknown field ${show(unknown)}.`,
      path: [unknown],
    });
}
