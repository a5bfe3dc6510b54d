import type { Catalogues } from '../text/internal.js';
import { portfolioTextEn } from './text.en.js';
import { portfolioTextFr } from './text.fr.js';
import type { PortfolioMessages } from './text.js';

/** @internal Both catalogues of the portfolio module. */
export const portfolioCatalogues: Catalogues<PortfolioMessages> = /* @__PURE__ */ Object.freeze({
  fr: portfolioTextFr,
  en: portfolioTextEn,
});
