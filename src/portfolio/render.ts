import { renderFindingDraft } from '../internal/text-options.js';
import { type Locale, renderMessage } from '../text/internal.js';
import { portfolioCatalogues } from './text.catalogues.js';
import type {
  PortfolioLabelCode,
  PortfolioMessages,
  PortfolioRuleCode,
  PortfolioText,
} from './text.js';
import type { PortfolioLabel, PortfolioWarning, PortfolioWarningDraft } from './warning.js';

/** @internal Renders the warnings of a portfolio result in `locale` (details kept). */
export function renderPortfolioWarnings(
  drafts: ReadonlyArray<PortfolioWarningDraft>,
  locale: Locale | undefined,
): PortfolioWarning[] {
  return drafts.map(
    (d) => renderFindingDraft(portfolioCatalogues, locale ?? 'fr', d) as PortfolioWarning,
  );
}

/** @internal A label or rule rendered in `locale` (default French), with its code and params. */
export function portfolioText<C extends PortfolioLabelCode | PortfolioRuleCode>(
  code: C,
  params: PortfolioMessages[C],
  locale: Locale | undefined,
): PortfolioText<C> {
  return renderMessage(portfolioCatalogues, locale ?? 'fr', code, params);
}

/** @internal A label in both languages (for tables showing either). */
export function bothLabels<C extends PortfolioLabelCode>(
  code: C,
  params: PortfolioMessages[C],
): PortfolioLabel {
  return {
    fr: portfolioCatalogues.fr[code](params),
    en: portfolioCatalogues.en[code](params),
  };
}
