import type { Message } from '../text/internal.js';

/**
 * The params of every sentence of the e-invoicing module rendered from its catalogue, by code.
 * Dates are `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category E-invoicing
 */
export type EinvoicingMessages = {
  /** The explanation of {@link einvoicingObligations}. */
  EINVOICING_OBLIGATIONS: {
    date: string;
    issuerSize: 'large' | 'eti' | 'sme' | 'micro';
    mustReceive: boolean;
    receiveFrom: string;
    mustIssue: boolean;
    issueFrom: string;
  };
};

/**
 * A rendered sentence of the e-invoicing module.
 *
 * @category E-invoicing
 */
export type EinvoicingMessage<C extends keyof EinvoicingMessages = keyof EinvoicingMessages> =
  Message<C, EinvoicingMessages[C]>;
