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
export type { TermsWarning } from './warning.js';
