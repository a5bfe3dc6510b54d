/**
 * Payment terms (délais de paiement): due dates from terms ({@link computeDueDate}) and the legal
 * caps of C. com. L441-10 and L441-11 ({@link checkPaymentTerms}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/terms.md
 * @module terms
 */

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
