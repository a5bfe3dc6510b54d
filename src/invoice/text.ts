import type { Message } from '../text/index.js';

/**
 * The params of every sentence of the invoice module, by code: due-date explanations and
 * warnings. Dates are `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category Invoice
 */
export type InvoiceMessages = {
  DUE_GIVEN: { dueDate: string };
  /** `from`: the price is due on the invoice date or on delivery, whichever is later. */
  DUE_NO_AGREED_TERM_B2C: {
    debtor: 'consumer' | 'non_professional';
    dueDate: string;
    from: 'issue' | 'delivery';
  };
  DUE_NO_TERMS_AFTER_DELIVERY: { deliveryDate: string; dueDate: string };
  DUE_NO_TERMS_AFTER_ISSUE: { issueDate: string; dueDate: string };
  DUE_DATE_DIFFERS_FROM_TERMS: { given: string; fromTerms: string; rule: string };
  STATUTORY_DEFAULT_NOT_B2B: { debtor: 'consumer' | 'non_professional' };
};

/**
 * A rendered sentence of the invoice module.
 *
 * @category Invoice
 */
export type InvoiceMessage<C extends keyof InvoiceMessages = keyof InvoiceMessages> = Message<
  C,
  InvoiceMessages[C]
>;
