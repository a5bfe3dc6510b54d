export type { LatePenaltyClause, PaymentTerms } from './schemas.js';
export { LatePenaltyClauseSchema, PaymentTermsSchema } from './schemas.js';
