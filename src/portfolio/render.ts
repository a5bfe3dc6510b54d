import { renderFindingDraft } from '../internal/text-options.js';
import type { Locale } from '../text/internal.js';
import { portfolioCatalogues } from './text.catalogues.js';
import type { PortfolioWarning, PortfolioWarningDraft } from './warning.js';

/** @internal Renders the warnings of a portfolio result in `locale` (details kept). */
export function renderPortfolioWarnings(
  drafts: ReadonlyArray<PortfolioWarningDraft>,
  locale: Locale | undefined,
): PortfolioWarning[] {
  return drafts.map(
    (d) => renderFindingDraft(portfolioCatalogues, locale ?? 'fr', d) as PortfolioWarning,
  );
}
