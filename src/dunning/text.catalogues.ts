import type { Catalogues } from '../text/internal.js';
import { dunningTextEn } from './text.en.js';
import { dunningTextFr } from './text.fr.js';
import type { DunningMessages } from './text.js';

/** @internal Both catalogues of the dunning module. */
export const dunningCatalogues: Catalogues<DunningMessages> = /* @__PURE__ */ Object.freeze({
  fr: dunningTextFr,
  en: dunningTextEn,
});
