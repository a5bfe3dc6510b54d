// Everything the penalties module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  ClaimItem,
  ClaimItemInput,
  ClaimStatementLine,
  ClaimStatementOptions,
  ClaimStatementOptionsInput,
  ClaimStatementResult,
  ClaimStatementTotals,
  ClaimWarning,
} from './claim-statement.js';
export {
  ClaimItemSchema,
  ClaimStatementOptionsSchema,
  computeClaimStatement,
} from './claim-statement.js';
export type {
  DebtMovement,
  InterestCapitalisation,
  LatePenaltiesEcho,
  LatePenaltiesResult,
  LatePenaltiesSettingsEcho,
  PaymentAllocation,
  PenaltySegment,
} from './late-penalties.js';
// Internal, unvalidated entry points for the bench and the dunning module; not re-exported by
// src/index.ts.
export {
  caseFromRequest,
  computeLatePenalties,
  computePenaltyCase,
  settingsFrom,
} from './late-penalties.js';
export type {
  Capitalisation,
  Judgment,
  LatePenaltiesOptions,
  LatePenaltiesOptionsInput,
  LatePenaltiesRequest,
  LatePenaltiesRequestInput,
  PenaltyPayment,
} from './late-penalties.schema.js';
export {
  CapitalisationSchema,
  JudgmentSchema,
  LatePenaltiesOptionsSchema,
  LatePenaltiesRequestSchema,
  PenaltyPaymentSchema,
} from './late-penalties.schema.js';
export type {
  ContractualRateFloor,
  LatePenaltyRateOptions,
  LatePenaltyRateResult,
  PenaltyRule,
  RateExplanationCode,
} from './penalty-rate.js';
export {
  contractualRateFloor,
  LatePenaltyRateOptionsSchema,
  latePenaltyRate,
} from './penalty-rate.js';
export type {
  IndemnityCode,
  RecoveryIndemnityInput,
  RecoveryIndemnityReason,
  RecoveryIndemnityResult,
} from './recovery-indemnity.js';
export { RecoveryIndemnityInputSchema, recoveryIndemnity } from './recovery-indemnity.js';
export type { PenaltyRegime } from './regime.js';
export { penaltiesTextEn } from './text.en.js';
export { penaltiesTextFr } from './text.fr.js';
export type {
  IndemnityReasonParam,
  PenaltiesFinding,
  PenaltiesMessage,
  PenaltiesMessages,
  PenaltyFindingCode,
} from './text.js';
export type { PenaltyWarning, PenaltyWarningCode } from './warning.js';
export { relocalised as penaltyTextIn } from './warning.js';
