// The input limits shared by every module (one date range, one amount bound, one set of sizes), so
// that a value accepted by one function is never refused by the next one.

/**
 * The limits every input of impayes-core is checked against. A well-formed value beyond one of them
 * throws an {@link ImpayesError} with code `OUT_OF_RANGE` and a message naming the limit; computed
 * results may go beyond (a limitation deadline in 2205 is returned as is).
 *
 * - `dates`: every input date is a `YYYY-MM-DD` date from `minDate` to `maxDate` (1900-01-01 to
 *   2199-12-31). Date arithmetic on results stays exact for the years 0000–9999.
 * - `amounts`: every amount, percent or rate is below `maxAbsoluteAmount` in absolute value (at
 *   most 15 integer digits) with at most `maxDecimalPlaces` decimals; exponent notation (`'1e3'`)
 *   is `INVALID_INPUT`.
 * - `sizes`: arrays (events, payments, invoices, lines) hold at most `maxArrayItems` items; free
 *   text (invoice numbers, names) at most `maxStringLength` characters; text read by
 *   `parseAmount`/`parseFrenchAmount` at most `maxAmountTextLength` characters.
 *
 * The object and its parts are frozen.
 *
 * @example
 * ```ts
 * import { inputLimits } from 'impayes-core';
 * inputLimits.dates.maxDate; //=> '2199-12-31'
 * ```
 * @category Errors
 */
export const inputLimits = /* @__PURE__ */ Object.freeze({
  dates: Object.freeze({ minDate: '1900-01-01', maxDate: '2199-12-31' } as const),
  amounts: Object.freeze({ maxAbsoluteAmount: '1000000000000000', maxDecimalPlaces: 10 } as const),
  sizes: Object.freeze({
    maxArrayItems: 100_000,
    maxStringLength: 1_000,
    maxAmountTextLength: 100,
  } as const),
} as const);

/** @internal First and last supported input years (see {@link inputLimits}). */
export const MIN_INPUT_YEAR = 1900;
/** @internal */
export const MAX_INPUT_YEAR = 2199;
/** @internal The range as printed in messages. */
export const DATE_RANGE_TEXT = '1900-01-01 to 2199-12-31';
