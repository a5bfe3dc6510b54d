import type { Catalogues, Locale } from '../text/internal.js';
import { renderMessage } from '../text/internal.js';
import type { CollectionsFinding, CollectionsMessage } from './decision.js';
import { collectionsEn } from './text.en.js';
import { collectionsFr } from './text.fr.js';
import type { CollectionsCode, CollectionsMessages } from './text.js';

/**
 * The sentences of the collections module in every locale: apps that word their messages
 * themselves render `(code, params)` from a decision with their own catalogue of this shape.
 *
 * @category Collections
 */
export const collectionsCatalogues: Catalogues<CollectionsMessages> = Object.freeze({
  fr: collectionsFr,
  en: collectionsEn,
});

/** @internal One sentence of the catalogue as a Message. */
export function say<C extends CollectionsCode>(
  locale: Locale,
  code: C,
  params: CollectionsMessages[C],
): CollectionsMessage {
  return renderMessage(collectionsCatalogues, locale, code, params) as CollectionsMessage;
}

/** @internal The text of one sentence. */
export function text<C extends CollectionsCode>(
  locale: Locale,
  code: C,
  params: CollectionsMessages[C],
): string {
  return collectionsCatalogues[locale][code](params);
}

/** @internal A finding of the collections module. */
export function finding<C extends CollectionsCode>(
  locale: Locale,
  code: C,
  params: CollectionsMessages[C],
  severity: CollectionsFinding['severity'],
  article: string,
): CollectionsFinding {
  const m = renderMessage(collectionsCatalogues, locale, code, params);
  // Built field by field (the keys of a spread of the message, then these two): no spread copy.
  return { code: m.code, params: m.params, message: m.message, severity, article };
}
