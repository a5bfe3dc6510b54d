// Test helpers of the fast validators (issue 17): run a fast validator and its schema on the same
// input and tell whether they agree. Used by the property tests beside each fast validator.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { type Fast, NOT_FAST } from './fast.js';

/** The keys of every object of a value, in order, `undefined` values included (toStrictEqual and
 * JSON leave the order out). */
export function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value === null || typeof value !== 'object' || value instanceof Decimal) return value;
  return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
}

/**
 * Checks that the fast validator accepts only what the schema accepts, with the same output (same
 * values, same keys in the same order, `undefined` kept the same way). Returns whether the fast
 * validator took the input (so a test can check the fast path is really taken).
 */
export function agrees(
  fast: Fast,
  schema: { safeParse(input: unknown): { success: boolean; data?: unknown } },
  input: unknown,
): boolean {
  let out: unknown;
  try {
    out = fast(input);
  } catch {
    out = NOT_FAST;
  }
  let reference: { success: boolean; data?: unknown };
  try {
    reference = schema.safeParse(input);
  } catch {
    // A refinement of the schema threw (the caller then gets that error): a refusal.
    reference = { success: false };
  }
  if (out === NOT_FAST) return false;
  expect(reference.success, 'fast accepted what the schema refuses').toBe(true);
  expect(out).toStrictEqual(reference.data);
  expect(keyOrder(out)).toStrictEqual(keyOrder(reference.data));
  return true;
}

/** Whether the schema accepts the input (a refinement that throws is a refusal). */
export function schemaAccepts(
  schema: { safeParse(input: unknown): { success: boolean } },
  input: unknown,
): boolean {
  try {
    return schema.safeParse(input).success;
  } catch {
    return false;
  }
}

/** Mostly valid values (9 in 10), else invalid ones: whole inputs are then often valid. */
export function mostly(valid: ReadonlyArray<unknown>, invalid: ReadonlyArray<unknown>) {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

/** Values of a date field: valid, at the range's ends, beyond them, malformed, other types. */
export const dateValues = mostly(
  ['2026-03-04', '2026-03-20', '2026-02-27', '1900-01-01', '2199-12-31'],
  [
    '1899-12-31',
    '2200-01-01',
    '2026-02-30',
    '2026-3-04',
    '2026-03-04T00:00',
    20260304,
    '',
    null,
    undefined,
  ],
);

/** Values of an amount field: cents, zero, negative, float noise, exponents, bounds, Decimals. */
export const moneyValues = mostly(
  ['300.00', '0.01', '1200.00', 300, 12.5, '999999999999999.99', new Decimal('42.10')],
  [
    0.1 + 0.2,
    '0',
    0,
    '0.00',
    '-5.00',
    -5,
    '1e3',
    '1.234',
    '1000000000000000',
    1e15,
    new Decimal('0.001'),
    new Decimal(Number.NaN),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    ' 1',
    '1,50',
    undefined,
    null,
  ],
);

/** Values of a free-text field. */
export const textValues = mostly(
  ['Vacances', 'x', 'a'.repeat(500)],
  ['', 'a'.repeat(501), 5, undefined],
);
