import type { Catalogues } from '../text/internal.js';
import { depositTextEn } from './text.en.js';
import { depositTextFr } from './text.fr.js';
import type { DepositMessages } from './text.js';

/** @internal Both catalogues of the deposit module. */
export const depositCatalogues: Catalogues<DepositMessages> = /* @__PURE__ */ Object.freeze({
  fr: depositTextFr,
  en: depositTextEn,
});
