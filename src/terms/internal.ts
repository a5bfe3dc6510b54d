// Everything the terms module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type { TextOptions } from '../internal/text-options.js';
export type { ComputeDueDateResult, DueDateRequest, DueDateRequestInput } from './due-date.js';
export { computeDueDate, DueDateRequestSchema, dueDateFromTerms } from './due-date.js';
export type {
  PaymentSector,
  PaymentTermsCap,
  PaymentTermsCheckInput,
  PaymentTermsCheckRequest,
  PaymentTermsCheckResult,
  PaymentTermsFinding,
  PublicBuyerType,
} from './payment-terms-check.js';
export {
  checkParsedPaymentTerms,
  checkPaymentTerms,
  PaymentSectorSchema,
  PaymentTermsCheckInputSchema,
  PublicBuyerTypeSchema,
} from './payment-terms-check.js';
export type { LatePenaltyClause, PaymentTerms } from './schemas.js';
export { LatePenaltyClauseSchema, PaymentTermsSchema } from './schemas.js';
export { termsTextEn } from './text.en.js';
export { termsTextFr } from './text.fr.js';
export type {
  PaymentTermsFines,
  SectorCapCode,
  TermsCapCode,
  TermsExplanationCode,
  TermsFinding,
  TermsFindingCode,
  TermsMessage,
  TermsMessages,
} from './text.js';
export type { TermsWarning } from './warning.js';
