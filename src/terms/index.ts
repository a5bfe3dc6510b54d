export type { ComputeDueDateResult, DueDateRequest, DueDateRequestInput } from './due-date.js';
export { computeDueDate, DueDateRequestSchema, dueDateFromTerms } from './due-date.js';
export type { LatePenaltyClause, PaymentTerms } from './schemas.js';
export { LatePenaltyClauseSchema, PaymentTermsSchema } from './schemas.js';
export type { TermsWarning } from './warning.js';
