/**
 * Deposits and advance payments: acompte or arrhes ({@link classifyAdvancePayment}), what a
 * cancellation costs, deposit and final invoices ({@link depositInvoice}, {@link finalInvoice}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/deposit.md
 * @module deposit
 */

export type {
  AdvancePaymentKind,
  CancellationOutcome,
  CancellationRequest,
  ClassifyAdvancePaymentRequest,
  ClassifyAdvancePaymentResult,
} from './advance-payment.js';
export {
  AdvancePaymentKindSchema,
  CancellationRequestSchema,
  ClassifyAdvancePaymentRequestSchema,
  cancellationOutcome,
  classifyAdvancePayment,
} from './advance-payment.js';
export type {
  AdvanceInterestSegment,
  AdvanceInterestWarning,
  AdvancePaymentInterestRequest,
  AdvancePaymentInterestResult,
} from './advance-payment-interest.js';
export {
  AdvancePaymentInterestRequestSchema,
  advancePaymentInterest,
} from './advance-payment-interest.js';
export type {
  CanRequestPaymentReason,
  CanRequestPaymentRequest,
  CanRequestPaymentResult,
  OffPremisesException,
} from './can-request-payment.js';
export {
  CanRequestPaymentRequestSchema,
  canRequestPayment,
  OffPremisesExceptionSchema,
} from './can-request-payment.js';
export type {
  DepositInvoiceResult,
  DepositOrderInput,
  DepositsInput,
  FinalInvoiceResult,
  VatAmounts,
  VatAmountsInput,
  VatTotals,
} from './deposit-invoice.js';
export {
  DepositOrderSchema,
  DepositsInputSchema,
  depositInvoice,
  finalInvoice,
  VatAmountsInputSchema,
} from './deposit-invoice.js';
export type {
  AppliedDepositRule,
  ComputeDepositResult,
  DepositRule,
  DepositRuleInput,
} from './deposit-rule.js';
export { computeDeposit, DepositRuleSchema, defaultDepositRule } from './deposit-rule.js';
export type {
  DepositPayerProfileInput,
  DepositReason,
  DepositReasonCode,
  DepositReasonLabelCode,
  RecommendDepositRequest,
  RecommendDepositResult,
} from './recommend-deposit.js';
export {
  DepositPayerProfileInputSchema,
  depositRiskPoints,
  RecommendDepositRequestSchema,
  recommendDeposit,
} from './recommend-deposit.js';
export { depositTextEn } from './text.en.js';
export { depositTextFr } from './text.fr.js';
export type { DepositMessage, DepositMessages } from './text.js';
