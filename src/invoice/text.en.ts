import type { Catalogue } from '../text/index.js';
import { longDateValid } from '../text/index.js';
import type { InvoiceMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const buyer = (debtor: 'consumer' | 'non_professional'): string =>
  debtor === 'consumer' ? 'consumer' : 'non-professional';

/**
 * The English sentences of the invoice module.
 *
 * @category Invoice
 */
export const invoiceTextEn: Catalogue<InvoiceMessages> = /* @__PURE__ */ Object.freeze({
  DUE_GIVEN: (p) => `Due date stated on the invoice: ${d(p.dueDate)}.`,
  DUE_NO_AGREED_TERM_B2C: (p) =>
    `No due date and no terms for a ${buyer(p.debtor)} buyer: the price is payable without delay, on ${d(p.dueDate)} (${p.from === 'issue' ? 'the invoice date' : 'delivery'}). The 30-day default of C. com. L441-10 I applies only between professionals.`,
  DUE_NO_TERMS_AFTER_DELIVERY: (p) =>
    `No due date and no terms: 30 days after delivery or performance on ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_NO_TERMS_AFTER_ISSUE: (p) =>
    `No due date, no terms and no delivery date: 30 days after the invoice date ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `The invoice states ${d(p.given)} but its terms give ${d(p.fromTerms)} (${p.rule}); the stated date is used.`,
  STATUTORY_DEFAULT_NOT_B2B: (p) =>
    `The 30-day default of C. com. L441-10 I governs trade between professionals; it was applied because the terms ask for it, but for a ${buyer(p.debtor)} buyer with no agreed term the price is in principle payable on delivery.`,
});
