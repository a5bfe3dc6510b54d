import type { Catalogue } from '../text/index.js';
import { longDateValid } from '../text/index.js';
import type { InvoiceMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const buyer = (debtor: 'consumer' | 'non_professional'): string =>
  debtor === 'consumer' ? 'consommateur' : 'non professionnel';

/**
 * The French sentences of the invoice module.
 *
 * @category Invoice
 */
export const invoiceTextFr: Catalogue<InvoiceMessages> = /* @__PURE__ */ Object.freeze({
  DUE_GIVEN: (p) => `Échéance indiquée sur la facture : ${d(p.dueDate)}.`,
  DUE_NO_AGREED_TERM_B2C: (p) =>
    `Ni échéance ni délai convenu pour un acheteur ${buyer(p.debtor)} : le prix est exigible sans délai, le ${d(p.dueDate)} (${p.from === 'issue' ? 'date de facture' : 'livraison'}). Le délai légal de 30 jours de C. com. L441-10 I ne vaut qu'entre professionnels.`,
  DUE_NO_TERMS_AFTER_DELIVERY: (p) =>
    `Ni échéance ni délai convenu : 30 jours après la livraison ou l'exécution du ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_NO_TERMS_AFTER_ISSUE: (p) =>
    `Ni échéance, ni délai convenu, ni date de livraison : 30 jours après la date de facture du ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `La facture indique le ${d(p.given)}, mais ses conditions donnent le ${d(p.fromTerms)} (règle ${p.rule}) ; l'échéance indiquée est retenue.`,
  STATUTORY_DEFAULT_NOT_B2B: (p) =>
    `Le délai légal de 30 jours de C. com. L441-10 I régit les relations entre professionnels ; il est appliqué parce que les conditions le demandent, mais pour un acheteur ${buyer(p.debtor)} sans délai convenu le prix est en principe exigible à la livraison.`,
});
