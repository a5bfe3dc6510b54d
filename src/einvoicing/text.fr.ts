import type { Catalogue } from '../text/internal.js';
import { longDateValid } from '../text/internal.js';
import type { EinvoicingMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const SIZES: Readonly<Record<EinvoicingMessages['EINVOICING_OBLIGATIONS']['issuerSize'], string>> =
  {
    large: 'une grande entreprise',
    eti: 'une entreprise de taille intermédiaire (ETI)',
    sme: 'une PME',
    micro: 'une micro-entreprise',
  };

/**
 * The French sentences of the e-invoicing module.
 *
 * @category E-invoicing
 */
export const einvoicingTextFr: Catalogue<EinvoicingMessages> = /* @__PURE__ */ Object.freeze({
  EINVOICING_OBLIGATIONS: (p) =>
    `Le ${d(p.date)}, ${SIZES[p.issuerSize]} ${p.mustReceive ? 'doit pouvoir recevoir des factures électroniques' : `devra pouvoir recevoir des factures électroniques à partir du ${d(p.receiveFrom)}`} et ${p.mustIssue ? 'doit émettre ses factures B2B domestiques sous forme électronique' : `devra les émettre sous forme électronique à partir du ${d(p.issueFrom)}`}.`,
});
