/**
 * Payment terms (délais de paiement): due dates from terms ({@link computeDueDate}) and the legal
 * caps of C. com. L441-10 and L441-11 ({@link checkPaymentTerms}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/terms.md
 * @module terms
 */

export type {
  ComputeDueDateResult,
  DueDateRequest,
  DueDateRequestInput,
  LatePenaltyClause,
  PaymentSector,
  PaymentTerms,
  PaymentTermsCap,
  PaymentTermsCheckInput,
  PaymentTermsCheckRequest,
  PaymentTermsCheckResult,
  PaymentTermsFinding,
  PaymentTermsFines,
  PublicBuyerType,
  SectorCapCode,
  TermsCapCode,
  TermsExplanationCode,
  TermsFinding,
  TermsFindingCode,
  TermsMessage,
  TermsMessages,
  TermsWarning,
  TextOptions,
} from './internal.js';
export {
  checkPaymentTerms,
  computeDueDate,
  DueDateRequestSchema,
  LatePenaltyClauseSchema,
  PaymentSectorSchema,
  PaymentTermsCheckInputSchema,
  PaymentTermsSchema,
  PublicBuyerTypeSchema,
  termsTextEn,
  termsTextFr,
} from './internal.js';
