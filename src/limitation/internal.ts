// Everything the limitation module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  LimitationClaim,
  LimitationClaimInput,
  LimitationOptions,
} from './claim.js';
export { LimitationClaimSchema, LimitationOptionsSchema } from './claim.js';
export type {
  ConservatoryMeasureEvent,
  DebtorAcknowledgedEvent,
  EnforcementMeasureEvent,
  FormalNoticeSentEvent,
  InjonctionOrderIssuedEvent,
  InjonctionOrderServedEvent,
  JudgmentServedEvent,
  LegalActionFiledEvent,
  LimitationEvent,
  LimitationEventInput,
  LimitationEventType,
  MediationEndedEvent,
  MediationStartedEvent,
  PaymentReceivedEvent,
  ProceedingsEndedEvent,
  PublicClaimWrittenEvent,
  SmallClaimsAcceptedEvent,
  SmallClaimsEndedEvent,
} from './events.js';
export {
  ConservatoryMeasureEventSchema,
  DebtorAcknowledgedEventSchema,
  EnforcementMeasureEventSchema,
  FormalNoticeSentEventSchema,
  InjonctionOrderIssuedEventSchema,
  InjonctionOrderServedEventSchema,
  JudgmentServedEventSchema,
  LegalActionFiledEventSchema,
  LimitationEventSchema,
  limitationEventOrder,
  MediationEndedEventSchema,
  MediationStartedEventSchema,
  PaymentReceivedEventSchema,
  ProceedingsEndedEventSchema,
  PublicClaimWrittenEventSchema,
  SmallClaimsAcceptedEventSchema,
  SmallClaimsEndedEventSchema,
} from './events.js';
export type {
  LimitationDeadlineResult,
  LimitationEffect,
  LimitationLongStop,
  LimitationLongStopCode,
  LimitationPeriod,
  LimitationStart,
  LimitationStartCode,
  LimitationStartRule,
  LimitationStatus,
  LimitationStatusCode,
  LimitationTitle,
  LimitationTrailEntry,
} from './limitation-deadline.js';
// Unvalidated core of limitationDeadline, for callers holding an already-valid claim (collections).
export { computeLimitation, limitationDeadline } from './limitation-deadline.js';
export type {
  InjonctionEnforcement,
  InjonctionEnforcementOptions,
  InsolvencyClaimDeadlineOptions,
  JudgmentUpliftStart,
  RecoveryDeadline,
  RecoveryDeadlineOptions,
} from './procedural-deadlines.js';
export {
  forclusionReliefDeadline,
  formalNoticeExpiry,
  injonctionEnforceableFrom,
  injonctionServiceDeadline,
  insolvencyClaimDeadline,
  judgmentUpliftStart,
  oppositionDeadline,
} from './procedural-deadlines.js';
export { limitationTextEn } from './text.en.js';
export { limitationTextFr } from './text.fr.js';
export type {
  LimitationFinding,
  LimitationMessage,
  LimitationMessages,
  LimitationTrailCode,
  LimitationWarningCode,
  ProcedureExplanationCode,
} from './text.js';
export type {
  LimitationWarning,
  LimitationWarningInput,
  LimitationWarningOptions,
} from './warning.js';
export { limitationWarning } from './warning.js';
