// Everything the deposit module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

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
