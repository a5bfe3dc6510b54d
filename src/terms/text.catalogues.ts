import type { Catalogues } from '../text/internal.js';
import { termsTextEn } from './text.en.js';
import { termsTextFr } from './text.fr.js';
import type { TermsMessages } from './text.js';

/** @internal Both catalogues of the terms module. */
export const termsCatalogues: Catalogues<TermsMessages> = /* @__PURE__ */ Object.freeze({
  fr: termsTextFr,
  en: termsTextEn,
});
