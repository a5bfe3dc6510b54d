import * as z from 'zod/mini';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import { defaultLocale, type Locale, LocaleSchema } from './locale.js';

/**
 * The two forms of a counted word: `{ one: 'jour', other: 'jours' }`.
 *
 * @category Text
 */
export interface PluralForms {
  /** Form for one (and, in French, for zero). */
  readonly one: string;
  /** Form for every other count. */
  readonly other: string;
}

const countSchema = /* @__PURE__ */ lazy(() =>
  z.number().check(z.int(), z.gte(-1e15), z.lte(1e15)),
);
const formsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    one: z.string().check(z.maxLength(200)),
    other: z.string().check(z.maxLength(200)),
  }),
);

/** @internal Which form a validated count takes. */
export function pluralFormValid(count: number, locale: Locale): keyof PluralForms {
  const n = Math.abs(count);
  // French uses the singular for 0 and 1 (« 0 jour », « 1 jour »), English only for 1.
  return locale === 'fr' ? (n < 2 ? 'one' : 'other') : n === 1 ? 'one' : 'other';
}

/** @internal Count and word of validated inputs: `17 jours`. */
export function countValid(count: number, forms: PluralForms, locale: Locale): string {
  return `${count} ${forms[pluralFormValid(count, locale)]}`;
}

/**
 * Writes a whole count with the right form of its word: `'1 jour'`, `'17 jours'`, `'0 jour'` in
 * French; `'1 day'`, `'0 days'` in English.
 *
 * @param count - a whole number
 * @param forms - the singular and plural forms
 * @param locale - `'fr'` (default) or `'en'`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a count that is not a whole number
 * @example
 * ```ts
 * formatCount(17, { one: 'jour', other: 'jours' }); //=> '17 jours'
 * formatCount(1, { one: 'jour', other: 'jours' });  //=> '1 jour'
 * ```
 * @category Text
 */
export function formatCount(
  count: number,
  forms: PluralForms,
  locale: Locale = defaultLocale,
): string {
  return countValid(
    parseOrThrow(countSchema(), count, 'count'),
    parseOrThrow(formsSchema(), forms, 'forms'),
    parseOrThrow(LocaleSchema, locale, 'locale'),
  );
}
