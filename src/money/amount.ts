import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import {
  D,
  dec,
  decimalInputProblem,
  isDecimalLike,
  roundCents,
  toCents,
} from '../internal/decimal.js';
import { inputLimits } from '../internal/limits.js';
import { invalidInput, outOfRange, parseOrThrow, show } from '../internal/validate.js';

/**
 * What the library accepts wherever it takes an amount or a rate: a finite JavaScript number, a
 * plain decimal string (`'1234.50'`, `'-3'`; a dot as decimal separator, no grouping, no exponent) or
 * a decimal.js `Decimal` from any copy of decimal.js.
 *
 * Prefer strings: `0.1 + 0.2` is already wrong before it reaches us.
 *
 * @category Money
 */
export type MoneyInput = string | number | Decimal;

/**
 * A canonical amount in euros: a decimal string with exactly two decimals (`'1234.50'`, `'-3.00'`).
 * JSON-safe and stable in snapshots; every amount the library returns has this form.
 *
 * @category Money
 */
export type Amount = z.infer<typeof AmountSchema>;

const AMOUNT = /^-?\d+\.\d{2}$/;

/**
 * Schema of a canonical {@link Amount} string (`'1234.50'`), branded `Amount`.
 *
 * @category Money
 */
export const AmountSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(AMOUNT, { message: 'must be an amount with two decimals, such as "1234.50"' }))
  .brand<'Amount'>();

/** The checks a money schema applies beyond "is a plain decimal number". */
type MoneyRule = { readonly cents: boolean; readonly sign: 'any' | 'non-negative' | 'positive' };

/**
 * Why `value` breaks `rule`, or `undefined`. Validation runs on every public call, so the common
 * cases (plain strings and numbers) are decided from their text, without building a Decimal.
 */
function moneyProblem(value: unknown, rule: MoneyRule): string | undefined {
  const problem = decimalInputProblem(value);
  if (problem !== undefined) return problem;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (
    typeof value === 'number' &&
    Math.abs(value) < 1e15 &&
    (value === 0 || Math.abs(value) >= 1e-6)
  )
    text = String(value);
  else text = dec(value).toFixed();
  const dot = text.indexOf('.');
  if (rule.cents && dot >= 0 && text.length - dot - 1 > 2) {
    return `must not have more than two decimals (cents), received ${show(String(value))}`;
  }
  if (rule.sign === 'any') return undefined;
  const negative = text.charCodeAt(0) === 45;
  let zero = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 48 && c <= 57) {
      zero = false;
      break;
    }
  }
  if (rule.sign === 'positive' && (negative || zero))
    return `must be greater than 0, received ${show(String(value))}`;
  if (rule.sign === 'non-negative' && negative && !zero)
    return `must not be negative, received ${show(String(value))}`;
  return undefined;
}

const MAX_INTEGER_DIGITS = 15;
const MAX_DECIMALS = inputLimits.amounts.maxDecimalPlaces;
const BOUND_TEXT = `must be less than 10^15 (1 000 000 000 000 000) in absolute value with at most ${MAX_DECIMALS} decimals`;

/**
 * Whether a plain decimal text (`[+-]digits[.digits]`, already checked) has at most 15 integer
 * digits and {@link MAX_DECIMALS} decimals, leading and trailing zeros aside. One pass by char
 * code: the text can be long.
 */
function plainTextWithinBound(text: string): boolean {
  let i = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
  while (i < text.length && text.charCodeAt(i) === 48) i++;
  const dot = text.indexOf('.', i);
  const intEnd = dot < 0 ? text.length : dot;
  if (intEnd - i > MAX_INTEGER_DIGITS) return false;
  if (dot < 0) return true;
  let end = text.length;
  while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1 <= MAX_DECIMALS;
}

/**
 * Whether a value that passed {@link decimalInputProblem} is within the amount bound of
 * `inputLimits.amounts` (|x| < 10^15, at most 10 decimals).
 */
function withinAmountBound(value: unknown): boolean {
  if (typeof value === 'string') return plainTextWithinBound(value);
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e15) return false;
    // Shortest decimal form of a double; exponent form only below 1e-6 (too many decimals).
    const text = String(value);
    return text.indexOf('e') < 0 && plainTextWithinBound(text);
  }
  if (isDecimalLike(value)) {
    return value.isFinite() && value.abs().lt(1e15) && value.decimalPlaces() <= MAX_DECIMALS;
  }
  return true;
}

function boundProblem(value: unknown): string {
  const shown =
    typeof value === 'string'
      ? show(value)
      : isDecimalLike(value)
        ? show(value.toFixed())
        : show(value);
  return `${BOUND_TEXT}, received ${shown}`;
}

function moneySchema(rule: MoneyRule) {
  // Predicates, and the message only for a failure: a superRefine would allocate per call.
  return z
    .custom<MoneyInput>((value) => moneyProblem(value, rule) === undefined, {
      error: (issue) => moneyProblem(issue.input, rule),
      // Report the other problems too (z.custom stops at the first by default).
      abort: false,
    })
    .check(
      // A second check so that its failure carries the OUT_OF_RANGE code (see parseOrThrow); it
      // passes values the first check already refused.
      z.refine(
        (value: unknown) => decimalInputProblem(value) !== undefined || withinAmountBound(value),
        { error: (issue) => boundProblem(issue.input), params: { impayesCode: 'OUT_OF_RANGE' } },
      ),
    );
}

/**
 * @internal What {@link PositiveMoneyInputSchema} accepts, as a predicate (the fast validators of
 * the hot calls, issue 17): the same two checks, without zod.
 */
export function isPositiveMoneyInput(value: unknown): boolean {
  return moneyProblem(value, POSITIVE_CENTS) === undefined && withinAmountBound(value);
}

/** @internal What {@link NonNegativeMoneyInputSchema} accepts, as a predicate. */
export function isNonNegativeMoneyInput(value: unknown): boolean {
  return moneyProblem(value, NON_NEGATIVE_CENTS) === undefined && withinAmountBound(value);
}

/** @internal What {@link MoneyInputSchema} accepts, as a predicate. */
export function isMoneyInput(value: unknown): boolean {
  return moneyProblem(value, ANY_DECIMAL) === undefined && withinAmountBound(value);
}

/** @internal What {@link NonNegativeDecimalInputSchema} accepts, as a predicate. */
export function isNonNegativeDecimalInput(value: unknown): boolean {
  return moneyProblem(value, NON_NEGATIVE_DECIMAL) === undefined && withinAmountBound(value);
}

const POSITIVE_CENTS: MoneyRule = { cents: true, sign: 'positive' };
const NON_NEGATIVE_CENTS: MoneyRule = { cents: true, sign: 'non-negative' };
const ANY_DECIMAL: MoneyRule = { cents: false, sign: 'any' };
const NON_NEGATIVE_DECIMAL: MoneyRule = { cents: false, sign: 'non-negative' };

/**
 * Schema of any {@link MoneyInput}: a finite number, a plain decimal string or a Decimal. Rejects
 * `NaN`, `Infinity`, `''`, `'1,5'` and exponents, each with a message that says why.
 *
 * @category Money
 */
export const MoneyInputSchema = /* @__PURE__ */ moneySchema(ANY_DECIMAL);

/**
 * Schema of a {@link MoneyInput} that is an amount of money: at most two decimals (cents).
 *
 * @category Money
 */
export const MoneyAmountInputSchema = /* @__PURE__ */ moneySchema({ cents: true, sign: 'any' });

/**
 * Schema of a {@link MoneyInput} that is an amount of money, zero or more, in cents.
 *
 * @category Money
 */
export const NonNegativeMoneyInputSchema = /* @__PURE__ */ moneySchema(NON_NEGATIVE_CENTS);

/**
 * Schema of a {@link MoneyInput} that is an amount of money strictly above zero, in cents.
 *
 * @category Money
 */
export const PositiveMoneyInputSchema = /* @__PURE__ */ moneySchema(POSITIVE_CENTS);

/**
 * Options of {@link parseAmount}.
 *
 * @category Money
 */
export interface ParseAmountOptions {
  /**
   * `'plain'` (default) accepts `'1234.56'` only; `'fr'` also accepts French-formatted text
   * such as `'1 234,56 €'` (see {@link parseFrenchAmount}).
   */
  readonly format?: 'plain' | 'fr';
}

/**
 * Parses an amount of money into its canonical {@link Amount} string.
 *
 * @remarks Amounts are cents: more than two decimals is an error, never a silent rounding (use
 * {@link roundToCents} to round on purpose). French text like `'1 234,56'` is refused unless
 * `{ format: 'fr' }` is given.
 * @param input - a number, a plain decimal string or a Decimal
 * @param options - see {@link ParseAmountOptions}
 * @returns the canonical amount, e.g. `'1234.50'`
 * @throws {@link ImpayesError} `INVALID_INPUT` for `NaN`, `Infinity`, `''`, `'1,5'` (without
 * `format: 'fr'`), exponents, or more than two decimals (a float such as `0.1 + 0.2` included);
 * `OUT_OF_RANGE` for 10^15 or more in absolute value, or text longer than 100 characters.
 * @example
 * ```ts
 * parseAmount('1234.5');                     //=> '1234.50'
 * parseAmount(99);                           //=> '99.00'
 * parseAmount('1 234,56', { format: 'fr' }); //=> '1234.56'
 * parseAmount('1,5');                        // throws INVALID_INPUT
 * ```
 * @category Money
 */
export function parseAmount(input: MoneyInput, options?: ParseAmountOptions): Amount {
  if (typeof input === 'string') checkTextLength(input);
  if (formatOf(options) === 'fr' && typeof input === 'string') return parseFrenchAmount(input);
  const value = parseOrThrow(MoneyAmountInputSchema, input, 'amount');
  return toCents(dec(value)) as Amount;
}

/** The `format` option, after checking the options (a Proxy or a non-object is bad input). */
function formatOf(options: unknown): string | undefined {
  if (options === undefined) return undefined;
  const parsed = parseOrThrow(ParseAmountOptionsSchema, options, 'options', ['options']);
  return parsed.format;
}

const ParseAmountOptionsSchema = /* @__PURE__ */ z.strictObject({
  format: z.optional(z.enum(['fr', 'plain'])),
});

const MAX_TEXT = inputLimits.sizes.maxAmountTextLength;

/** Text read as an amount is bounded (`inputLimits.sizes.maxAmountTextLength`) before any parsing. */
function checkTextLength(text: string): void {
  if (text.length > MAX_TEXT)
    outOfRange(
      `must be at most ${MAX_TEXT} characters of amount text, received ${text.length} characters`,
      [],
      { maxLength: MAX_TEXT, length: text.length },
    );
}

/** White space as `String.prototype.trim` sees it, by char code (no regex on caller text). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `text` ends at `end` with `EUR` in any case. */
function endsWithEur(text: string, end: number): boolean {
  if (end < 3) return false;
  return (
    (text.charCodeAt(end - 3) | 32) === 101 &&
    (text.charCodeAt(end - 2) | 32) === 117 &&
    (text.charCodeAt(end - 1) | 32) === 114
  );
}

/**
 * The amount part of French text: surrounding white space, then a trailing `€` or `EUR` and the
 * white space before it, removed by char codes in one pass from each end (linear time).
 */
function frenchAmountBody(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && text.charCodeAt(end - 1) === 0x20ac) end--;
  else if (end - start >= 3 && endsWithEur(text, end)) end -= 3;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

// Unambiguous patterns (a separator between each group): linear on the bounded text.
const FR_GROUPED = /^[+-]?\d{1,3}([ \u00a0\u202f.]\d{3})*(,\d+)?$/;
const FR_PLAIN = /^[+-]?\d+(,\d+)?$/;

/**
 * Parses a French-formatted amount: comma as decimal separator, spaces (normal, no-break or
 * narrow no-break) or dots between groups of three digits, an optional trailing `€` or `EUR`.
 *
 * @param text - e.g. `'1 234,56 €'`, `'1.234,56'`, `'12,5'`, `'-40'`
 * @returns the canonical {@link Amount}
 * @throws {@link ImpayesError} `INVALID_INPUT` when the text is not such an amount, or has more
 * than two decimals; `OUT_OF_RANGE` for text longer than 100 characters or an amount of 10^15 or
 * more.
 * @example
 * ```ts
 * parseFrenchAmount('1 234,56 €'); //=> '1234.56'
 * parseFrenchAmount('12,5');       //=> '12.50'
 * ```
 * @category Money
 */
export function parseFrenchAmount(text: string): Amount {
  if (typeof text !== 'string') invalidInput(`must be a string, received ${show(text)}`, []);
  checkTextLength(text);
  const body = frenchAmountBody(text);
  if (!FR_GROUPED.test(body) && !FR_PLAIN.test(body)) {
    invalidInput(`${show(text)} is not a French-formatted amount such as "1 234,56 €"`, []);
  }
  const plain = body.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.');
  const value = new D(plain);
  if (value.decimalPlaces() > 2) {
    invalidInput(`must not have more than two decimals (cents), received ${show(text)}`, []);
  }
  if (!plainTextWithinBound(plain)) outOfRange(boundProblem(text), []);
  return toCents(value) as Amount;
}

/**
 * Rounds an amount to the cent, half away from zero ("arrondi commercial": 0.005 → 0.01,
 * −0.005 → −0.01), the rule [law.md §3.1](../../docs/law.md) uses for every computed figure.
 *
 * @param input - any {@link MoneyInput}
 * @returns the rounded canonical {@link Amount}
 * @throws {@link ImpayesError} `INVALID_INPUT` when the input is not a finite decimal number, or
 * is a JavaScript number with more than two decimals (float noise such as `0.1 + 0.2`: pass a
 * string); `OUT_OF_RANGE` beyond `inputLimits.amounts`.
 * @example
 * ```ts
 * roundToCents('184.9315'); //=> '184.93'
 * roundToCents('0.125');    //=> '0.13'
 * ```
 * @category Money
 */
export function roundToCents(input: MoneyInput): Amount {
  return toCents(roundCents(dec(parseMoneyForCents(input)))) as Amount;
}

/**
 * A JavaScript number is taken only when its shortest decimal form has at most two decimals, as
 * {@link parseAmount} does: `0.1 + 0.2` is float noise, not an amount to round. Strings and
 * Decimals keep any precision (within `inputLimits.amounts`).
 */
function parseMoneyForCents(input: MoneyInput): MoneyInput {
  const schema = typeof input === 'number' ? MoneyAmountInputSchema : MoneyInputSchema;
  return parseOrThrow(schema, input, 'amount');
}

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/**
 * Formats an amount for French display: `1 234,56 €`.
 *
 * @remarks Deterministic, not `Intl`-based (ICU data differs between Node and browsers): groups of
 * three digits are separated by U+202F NARROW NO-BREAK SPACE (the French typographic rule, and what
 * current ICU uses for `fr-FR`), and the euro sign follows a U+00A0 NO-BREAK SPACE so that a line
 * never breaks before it. The value is rounded half away from zero to the cent first.
 * @param input - any {@link MoneyInput}
 * @returns e.g. `'1\u202f234,56\u00a0€'`
 * @example
 * ```ts
 * formatEuros('1234.56'); //=> '1 234,56 €' (with U+202F and U+00A0)
 * formatEuros(-40);       //=> '-40,00 €'
 * ```
 * @category Money
 */
export function formatEuros(input: MoneyInput): string {
  const fixed = canonicalCents(input) ?? toCents(dec(parseMoneyForCents(input)));
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const int = body.slice(0, -3);
  // Most amounts in sentences are small (40,00 €): group thousands only when there are some.
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : int;
  return `${negative ? '-' : ''}${grouped},${body.slice(-2)}${NBSP}€`;
}

/** A canonical amount below the limit (`'40.00'`, not `'-0.00'`), as the engines write them. */
const CANONICAL = /^-?(?:0|[1-9]\d{0,14})\.\d\d$/;

/**
 * The canonical cents of an input already in canonical form (a string like `'40.00'`, or a safe
 * integer below the limit), else `undefined`: the engines' own amounts skip validation and
 * decimal.js (the same text either way).
 */
function canonicalCents(input: unknown): string | undefined {
  if (typeof input === 'string')
    return CANONICAL.test(input) && input !== '-0.00' ? input : undefined;
  if (typeof input === 'number' && Number.isInteger(input) && Math.abs(input) < 1e15)
    return `${input === 0 ? 0 : input}.00`;
  return undefined;
}

/**
 * Schema of a rate, points or multiple given as a {@link MoneyInput}: a finite decimal number,
 * zero or more, any precision (`'13.15'`, `3`, `'0.125'`).
 *
 * @category Money
 */
export const NonNegativeDecimalInputSchema = /* @__PURE__ */ moneySchema(NON_NEGATIVE_DECIMAL);
