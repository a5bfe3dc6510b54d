import * as z from 'zod/mini';
import { parseOrThrow } from '../internal/validate.js';
import {
  type Catalogues,
  defaultLocale,
  type Finding,
  type FindingSeverity,
  type Locale,
  LocaleSchema,
  type Message,
  type MessageParams,
  renderMessage,
} from '../text/internal.js';

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

/**
 * @internal A sentence not rendered yet: its code and params. Engines return drafts so that only
 * the public functions returning text render them, and bundles that never show text do not carry
 * the catalogues.
 */
export type Draft<M> = {
  readonly [C in keyof M]: { readonly code: C; readonly params: M[C] };
}[keyof M];

/** @internal A finding not rendered yet: a {@link Draft} with its severity and article. */
export type FindingDraft<M> = Draft<M> & {
  readonly severity: FindingSeverity;
  readonly article: string;
};

/** @internal Builds a draft (typed by code). */
export function draft<M, C extends keyof M>(code: C, params: M[C]): Draft<M> {
  return { code, params } as unknown as Draft<M>;
}

/** @internal Renders a draft in `locale` (params copied, never aliased). */
export function renderDraft<M extends { [C in keyof M]: MessageParams }>(
  catalogues: Catalogues<M>,
  locale: Locale,
  d: Draft<M>,
): Message<keyof M & string> {
  const code = d.code as keyof M & string;
  return renderMessage(catalogues, locale, code, d.params as M[typeof code]);
}

/** @internal Renders a finding draft in `locale`, extra fields (dates, amounts) kept. */
export function renderFindingDraft<M extends { [C in keyof M]: MessageParams }>(
  catalogues: Catalogues<M>,
  locale: Locale,
  d: FindingDraft<M>,
): Finding<keyof M & string> {
  return { ...d, ...renderDraft(catalogues, locale, d) };
}
