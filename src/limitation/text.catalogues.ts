import type { Catalogues } from '../text/internal.js';
import { limitationTextEn } from './text.en.js';
import { limitationTextFr } from './text.fr.js';
import type { LimitationMessages } from './text.js';

/** @internal Both catalogues of the limitation module. */
export const limitationCatalogues: Catalogues<LimitationMessages> = /* @__PURE__ */ Object.freeze({
  fr: limitationTextFr,
  en: limitationTextEn,
});
