import * as z from 'zod/mini';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import { defaultLocale, type Locale, LocaleSchema } from './locale.js';

const itemsSchema = /* @__PURE__ */ lazy(() =>
  z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(10_000)),
);

/** @internal Joins validated items. */
export function listValid(items: ReadonlyArray<string>, locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  const and = locale === 'fr' ? 'et' : 'and';
  // French puts no comma before « et »; English here neither (no serial comma), for symmetry.
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/**
 * Joins words into a list the way a sentence does: `'A, B et C'` (French) or `'A, B and C'`.
 *
 * @param items - the words, in order
 * @param locale - `'fr'` (default) or `'en'`
 * @returns `''` for no item, the item itself for one
 * @throws {@link ImpayesError} `INVALID_INPUT` when `items` is not an array of strings
 * @example
 * ```ts
 * formatList(['F-1', 'F-2', 'F-3']); //=> 'F-1, F-2 et F-3'
 * ```
 * @category Text
 */
export function formatList(items: ReadonlyArray<string>, locale: Locale = defaultLocale): string {
  return listValid(
    parseOrThrow(itemsSchema(), items, 'items'),
    parseOrThrow(LocaleSchema, locale, 'locale'),
  );
}
