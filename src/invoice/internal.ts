// Everything the invoice module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  AllocatePaymentOptions,
  AllocatePaymentResult,
  Allocation,
  AllocationRule,
  Debt,
  DebtInput,
  IncomingPayment,
} from './allocate-payment.js';
export {
  allocatePayment,
  allocateValidated,
  DebtSchema,
  IncomingPaymentSchema,
} from './allocate-payment.js';
export type {
  CreditNote,
  GivenTotals,
  Invoice,
  InvoiceInput,
  InvoiceLike,
  InvoiceLine,
  InvoiceMentions,
  Party,
  PartyInput,
  Payment,
} from './invoice.schema.js';
export {
  CreditNoteSchema,
  GivenTotalsSchema,
  InvoiceLineSchema,
  InvoiceMentionsSchema,
  InvoiceSchema,
  PartySchema,
  PaymentSchema,
} from './invoice.schema.js';
export type { InvoiceDueDate } from './invoice-due-date.js';
export { dueDateOfInvoice, invoiceDueDate } from './invoice-due-date.js';
export type {
  CheckInvoiceMentionsOptions,
  CheckInvoiceMentionsResult,
  IssuerSize,
  MentionCode,
  MentionStatus,
  MissingMention,
} from './invoice-mentions.js';
export {
  CheckInvoiceMentionsOptionsSchema,
  checkInvoiceMentions,
  mentionsOfInvoice,
} from './invoice-mentions.js';
export type { InvoiceLineAmount, InvoiceTotals, VatRateTotals } from './invoice-totals.js';
export { exactInclVatOf, exactTotalsOf, invoiceTotals, totalsOfInvoice } from './invoice-totals.js';
export type { OutstandingAmount } from './outstanding-amount.js';
export {
  type OutstandingAmountOptions,
  outstandingAmount,
  outstandingOfInvoice,
} from './outstanding-amount.js';
export { parseInvoice, safeParseInvoice } from './parse-invoice.js';
export { invoiceTextEn } from './text.en.js';
export { invoiceTextFr } from './text.fr.js';
export type { InvoiceMessage, InvoiceMessages } from './text.js';
export type { InvoiceWarning } from './warning.js';
