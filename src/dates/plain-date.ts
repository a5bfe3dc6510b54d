import * as z from 'zod/mini';
import { DATE_RANGE_TEXT, MAX_INPUT_YEAR, MIN_INPUT_YEAR } from '../internal/limits.js';
import { invalidInput, parseOrThrow, show } from '../internal/validate.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** Days in a month of the proleptic Gregorian calendar, without touching `Date`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Fast test of a `YYYY-MM-DD` calendar date, by character codes (the validation hot path).
 * @internal
 */
export function isPlainDateText(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_POSITIONS) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month)
  );
}

/**
 * Whether a text that {@link isPlainDateText} accepted lies in the supported input range
 * 1900-01-01 to 2199-12-31 (`inputLimits.dates`), read by char codes.
 * @internal
 */
export function isSupportedDateText(value: string): boolean {
  const year =
    (value.charCodeAt(0) - 48) * 1000 +
    (value.charCodeAt(1) - 48) * 100 +
    (value.charCodeAt(2) - 48) * 10 +
    value.charCodeAt(3) -
    48;
  return year >= MIN_INPUT_YEAR && year <= MAX_INPUT_YEAR;
}

/** @internal The message for a well-formed date outside the supported input range. */
export function dateRangeProblem(value: string): string {
  return `${show(value)} is outside the supported dates ${DATE_RANGE_TEXT}`;
}

/** Why `value` is not a `YYYY-MM-DD` calendar date, or `undefined`. */
export function plainDateProblem(value: unknown): string | undefined {
  if (isPlainDateText(value)) return undefined;
  if (typeof value !== 'string')
    return `expected a YYYY-MM-DD date string, received ${show(value)}`;
  const m = ISO.exec(value);
  if (m === null) return `${show(value)} is not a date in the form YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `${show(value)} has no month ${m[2]} (expected 01–12)`;
  if (day < 1 || day > daysInMonth(year, month))
    return `${show(value)} is not a calendar date (${m[1]}-${m[2]} has ${daysInMonth(year, month)} days)`;
  return undefined;
}

/**
 * Schema of a calendar date written `YYYY-MM-DD` (ISO 8601, no time, no zone), branded
 * `PlainDate`. Rejects impossible dates such as `2025-02-30` or `2025-13-01` (`INVALID_INPUT`), and
 * dates outside 1900-01-01 to 2199-12-31 (`OUT_OF_RANGE`, see `inputLimits`).
 *
 * @example
 * ```ts
 * PlainDateSchema.safeParse('2024-02-29').success; //=> true
 * PlainDateSchema.safeParse('2025-02-29').success; //=> false
 * ```
 * @category Dates
 */
export const PlainDateSchema = /* @__PURE__ */ z
  .string()
  .check(
    // A predicate, and the message only for a failure: a superRefine would allocate per call.
    z.refine((value: string) => isPlainDateText(value), {
      error: (issue) => plainDateProblem(issue.input),
    }),
    // A second check, so that its failure carries the OUT_OF_RANGE code (see parseOrThrow); it
    // passes malformed text, already reported above. Neither aborts: object-level checks still run.
    z.refine((value: string) => !isPlainDateText(value) || isSupportedDateText(value), {
      error: (issue) => dateRangeProblem(issue.input as string),
      params: { impayesCode: 'OUT_OF_RANGE' },
    }),
  )
  .brand<'PlainDate'>();

/**
 * A calendar date `YYYY-MM-DD`, with no time and no time zone. Every date the library takes or
 * returns is one; a plain string literal is accepted as input wherever a `PlainDate` is expected
 * through the {@link DateInput} type.
 *
 * @category Dates
 */
export type PlainDate = z.infer<typeof PlainDateSchema>;

/**
 * What functions accept as a date: a `YYYY-MM-DD` string (validated at run time).
 *
 * @category Dates
 */
export type DateInput = PlainDate | string;

/**
 * Validates a `YYYY-MM-DD` string and returns it as a {@link PlainDate}.
 *
 * @param value - the date text
 * @returns the same text, typed `PlainDate`
 * @throws {@link ImpayesError} `INVALID_INPUT` for anything but a real calendar date;
 * `OUT_OF_RANGE` for a date outside 1900-01-01 to 2199-12-31.
 * @example
 * ```ts
 * plainDate('2026-01-31'); //=> '2026-01-31'
 * plainDate('2025-02-30'); // throws INVALID_INPUT
 * ```
 * @category Dates
 */
export function plainDate(value: string): PlainDate {
  return parseOrThrow(PlainDateSchema, value, 'date');
}

/**
 * Fast internal check used by every date helper: returns `[year, month, day]` or throws.
 * @internal
 */
export function ymd(
  value: unknown,
  path: ReadonlyArray<string | number> = [],
): [number, number, number] {
  if (isPlainDateText(value)) {
    const v = value as string;
    return [
      Number(v.slice(0, 4)),
      (v.charCodeAt(5) - 48) * 10 + v.charCodeAt(6) - 48,
      (v.charCodeAt(8) - 48) * 10 + v.charCodeAt(9) - 48,
    ];
  }
  return invalidInput(plainDateProblem(value) ?? 'is not a valid date', path);
}

/** @internal Builds the `YYYY-MM-DD` text of a (valid) year, month, day. */
export function formatYmd(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as PlainDate;
}
