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
  CheckInvoiceMentionsOptions,
  CheckInvoiceMentionsResult,
  CreditNote,
  Debt,
  DebtInput,
  GivenTotals,
  IncomingPayment,
  Invoice,
  InvoiceDueDate,
  InvoiceInput,
  InvoiceLike,
  InvoiceLine,
  InvoiceLineAmount,
  InvoiceMentions,
  InvoiceMessage,
  InvoiceMessages,
  InvoiceTotals,
  InvoiceWarning,
  IssuerSize,
  MentionCode,
  MentionStatus,
  MissingMention,
  OutstandingAmount,
  OutstandingAmountOptions,
  Party,
  PartyInput,
  Payment,
  VatRateTotals,
} from './internal.js';
export {
  allocatePayment,
  CheckInvoiceMentionsOptionsSchema,
  CreditNoteSchema,
  checkInvoiceMentions,
  DebtSchema,
  GivenTotalsSchema,
  IncomingPaymentSchema,
  InvoiceLineSchema,
  InvoiceMentionsSchema,
  InvoiceSchema,
  invoiceDueDate,
  invoiceTextEn,
  invoiceTextFr,
  invoiceTotals,
  outstandingAmount,
  PartySchema,
  PaymentSchema,
  parseInvoice,
  safeParseInvoice,
} from './internal.js';
