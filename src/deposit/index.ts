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
  AdvanceInterestSegment,
  AdvanceInterestWarning,
  AdvancePaymentInterestRequest,
  AdvancePaymentInterestResult,
  AdvancePaymentKind,
  AppliedDepositRule,
  CancellationOutcome,
  CancellationRequest,
  CanRequestPaymentReason,
  CanRequestPaymentRequest,
  CanRequestPaymentResult,
  ClassifyAdvancePaymentRequest,
  ClassifyAdvancePaymentResult,
  ComputeDepositResult,
  DepositInvoiceResult,
  DepositMessage,
  DepositMessages,
  DepositOrderInput,
  DepositPayerProfileInput,
  DepositReason,
  DepositReasonCode,
  DepositReasonLabelCode,
  DepositRule,
  DepositRuleInput,
  DepositsInput,
  FinalInvoiceResult,
  OffPremisesException,
  RecommendDepositRequest,
  RecommendDepositResult,
  VatAmounts,
  VatAmountsInput,
  VatTotals,
} from './internal.js';
export {
  AdvancePaymentInterestRequestSchema,
  AdvancePaymentKindSchema,
  advancePaymentInterest,
  CancellationRequestSchema,
  CanRequestPaymentRequestSchema,
  ClassifyAdvancePaymentRequestSchema,
  cancellationOutcome,
  canRequestPayment,
  classifyAdvancePayment,
  computeDeposit,
  DepositOrderSchema,
  DepositPayerProfileInputSchema,
  DepositRuleSchema,
  DepositsInputSchema,
  defaultDepositRule,
  depositInvoice,
  depositRiskPoints,
  depositTextEn,
  depositTextFr,
  finalInvoice,
  OffPremisesExceptionSchema,
  RecommendDepositRequestSchema,
  recommendDeposit,
  VatAmountsInputSchema,
} from './internal.js';
