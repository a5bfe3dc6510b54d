import type { Catalogues } from '../text/internal.js';
import { penaltiesTextEn } from './text.en.js';
import { penaltiesTextFr } from './text.fr.js';
import type { PenaltiesMessages } from './text.js';

/** @internal Both catalogues of the penalties module. */
export const penaltiesCatalogues: Catalogues<PenaltiesMessages> = /* @__PURE__ */ Object.freeze({
  fr: penaltiesTextFr,
  en: penaltiesTextEn,
});
