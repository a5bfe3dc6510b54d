/**
 * The invoice model: parsing and validation ({@link parseInvoice}), totals, due date, outstanding
 * amount, mandatory mentions and the allocation of a payment between debts ({@link allocatePayment}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/invoice.md
 * @module invoice
 */

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
export { outstandingAmount, outstandingOfInvoice } from './outstanding-amount.js';
export { parseInvoice, safeParseInvoice } from './parse-invoice.js';
export type { InvoiceWarning } from './warning.js';
