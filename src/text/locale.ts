import * as z from 'zod/mini';

/**
 * A language the library writes its human text in: explanations, warnings, timelines and
 * letters. French is the default everywhere; English is for apps whose users read English.
 * `ImpayesError` messages are always English (they are for developers).
 *
 * @category Text
 */
export type Locale = 'fr' | 'en';

/**
 * Schema of a {@link Locale}.
 *
 * @category Text
 */
export const LocaleSchema = /* @__PURE__ */ z.enum(['fr', 'en']);

/**
 * The locale used when an option leaves it out.
 *
 * @category Text
 */
export const defaultLocale: Locale = 'fr';
