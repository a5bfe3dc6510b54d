import * as z from 'zod/mini';
import { parseOrThrow } from '../internal/validate.js';
import { defaultLocale, type Locale, LocaleSchema } from '../text/index.js';

/**
 * Options of the functions returning text: the `locale` of their sentences.
 *
 * @category Text
 */
export interface TextOptions {
  /** `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

const TextOptionsSchema = /* @__PURE__ */ z.strictObject({ locale: z.optional(LocaleSchema) });

/** @internal Validates text options and returns their locale (default French). */
export function localeOf(options: TextOptions | undefined): Locale {
  const parsed = parseOrThrow(TextOptionsSchema, options ?? {}, 'options');
  return parsed.locale ?? defaultLocale;
}
