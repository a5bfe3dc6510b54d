/**
 * Late-payment penalties (pénalités de retard), legal interest and the 40 € recovery indemnity
 * (indemnité forfaitaire pour frais de recouvrement): {@link computeLatePenalties} splits the
 * period per half-year rate, {@link computeClaimStatement} sums a whole claim.
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/penalties.md
 * @module penalties
 */

export type {
  Capitalisation,
  ClaimItem,
  ClaimItemInput,
  ClaimStatementLine,
  ClaimStatementOptions,
  ClaimStatementOptionsInput,
  ClaimStatementResult,
  ClaimStatementTotals,
  ClaimWarning,
  ContractualRateFloor,
  IndemnityCode,
  IndemnityReasonParam,
  InterestCapitalisation,
  Judgment,
  LatePenaltiesEcho,
  LatePenaltiesOptions,
  LatePenaltiesOptionsInput,
  LatePenaltiesRequest,
  LatePenaltiesRequestInput,
  LatePenaltiesResult,
  LatePenaltiesSettingsEcho,
  LatePenaltyRateOptions,
  LatePenaltyRateResult,
  PaymentAllocation,
  PenaltiesFinding,
  PenaltiesMessage,
  PenaltiesMessages,
  PenaltyFindingCode,
  PenaltyPayment,
  PenaltyRegime,
  PenaltyRule,
  PenaltySegment,
  PenaltyWarning,
  PenaltyWarningCode,
  RateExplanationCode,
  RecoveryIndemnityInput,
  RecoveryIndemnityReason,
  RecoveryIndemnityResult,
} from './internal.js';
export {
  CapitalisationSchema,
  ClaimItemSchema,
  ClaimStatementOptionsSchema,
  computeClaimStatement,
  computeLatePenalties,
  contractualRateFloor,
  JudgmentSchema,
  LatePenaltiesOptionsSchema,
  LatePenaltiesRequestSchema,
  LatePenaltyRateOptionsSchema,
  latePenaltyRate,
  PenaltyPaymentSchema,
  penaltiesTextEn,
  penaltiesTextFr,
  RecoveryIndemnityInputSchema,
  recoveryIndemnity,
} from './internal.js';
