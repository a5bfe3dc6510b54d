import type { Catalogues } from '../text/internal.js';
import { einvoicingTextEn } from './text.en.js';
import { einvoicingTextFr } from './text.fr.js';
import type { EinvoicingMessages } from './text.js';

/** @internal Both catalogues of the e-invoicing module. */
export const einvoicingCatalogues: Catalogues<EinvoicingMessages> = /* @__PURE__ */ Object.freeze({
  fr: einvoicingTextFr,
  en: einvoicingTextEn,
});
