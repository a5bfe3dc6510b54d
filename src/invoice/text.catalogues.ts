import type { Catalogues } from '../text/internal.js';
import { invoiceTextEn } from './text.en.js';
import { invoiceTextFr } from './text.fr.js';
import type { InvoiceMessages } from './text.js';

/** @internal Both catalogues of the invoice module. */
export const invoiceCatalogues: Catalogues<InvoiceMessages> = /* @__PURE__ */ Object.freeze({
  fr: invoiceTextFr,
  en: invoiceTextEn,
});
