import type { Catalogue } from '../text/internal.js';
import { longDateValid } from '../text/internal.js';
import type { EinvoicingMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const SIZES: Readonly<Record<EinvoicingMessages['EINVOICING_OBLIGATIONS']['issuerSize'], string>> =
  {
    large: 'a large company',
    eti: 'a mid-size company (ETI)',
    sme: 'an SME',
    micro: 'a micro-company',
  };

/**
 * The English sentences of the e-invoicing module.
 *
 * @category E-invoicing
 */
export const einvoicingTextEn: Catalogue<EinvoicingMessages> = /* @__PURE__ */ Object.freeze({
  EINVOICING_OBLIGATIONS: (p) =>
    `On ${d(p.date)}, ${SIZES[p.issuerSize]} ${p.mustReceive ? 'must receive e-invoices' : `must receive e-invoices from ${d(p.receiveFrom)}`} and ${p.mustIssue ? 'must issue its domestic B2B invoices as e-invoices' : `must issue e-invoices from ${d(p.issueFrom)}`}.`,
});
