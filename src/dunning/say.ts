// Rendering of the dunning module's sentences: every explanation, timeline line, warning and
// route reason is a (code, params) pair of the dunning catalogue, rendered in the caller's locale.
import type { Locale } from '../text/internal.js';
import { renderMessage } from '../text/internal.js';
import { dunningCatalogues } from './text.catalogues.js';
import type { DunningMessages, DunningTextMessage } from './text.js';
import type { DunningWarning } from './warning.js';

/** @internal Renders one sentence of the dunning catalogue. */
export function say<C extends keyof DunningMessages>(
  locale: Locale,
  code: C,
  params: DunningMessages[C],
): DunningTextMessage<C> {
  return renderMessage(dunningCatalogues, locale, code, params) as DunningTextMessage<C>;
}

/** @internal A dunning warning from the catalogue: code, params, rendered message and article. */
export function warn<C extends keyof DunningMessages>(
  locale: Locale,
  code: C,
  params: DunningMessages[C],
  article: string,
): DunningWarning {
  const m = say(locale, code, params);
  return { code: m.code, message: m.message, params: m.params, article };
}
