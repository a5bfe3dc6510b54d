/**
 * The dunning (relance) state machine: {@link nextDunningStep} decides the next step from an invoice
 * and its event log, {@link dunningState} and {@link dunningTimeline} tell where a claim stands and
 * {@link renderDunningMessage} writes the message. The guide draws the states and transitions.
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/dunning.md
 * @module dunning
 */

export type {
  DunningAction,
  DunningAmounts,
  DunningBalances,
  DunningChannel,
  DunningClaimable,
  DunningDecision,
  DunningDeclareClaim,
  DunningEinvoice,
  DunningEscalate,
  DunningEvent,
  DunningEventInput,
  DunningEventType,
  DunningGuard,
  DunningGuardView,
  DunningInvoiceRef,
  DunningMessage,
  DunningMessageContext,
  DunningMessages,
  DunningMessageVars,
  DunningNone,
  DunningNoneReason,
  DunningPolicy,
  DunningPolicyInput,
  DunningSettings,
  DunningState,
  DunningStateOptions,
  DunningStatus,
  DunningStep,
  DunningStepKind,
  DunningStepRecord,
  DunningTemplate,
  DunningTextMessage,
  DunningTimeline,
  DunningTimelineEntry,
  DunningTransition,
  DunningWait,
  DunningWaitReason,
  DunningWarning,
  LegalRoute,
  NextDunningStepOptions,
  RecoveryOption,
  RecoveryRoute,
  RenderDunningMessageOptions,
} from './internal.js';
export {
  can,
  createDunningPolicy,
  DunningChannelSchema,
  DunningEventSchema,
  DunningEventsSchema,
  DunningPolicySchema,
  DunningStepKindSchema,
  DunningStepSchema,
  defaultDunningPolicy,
  dunningEventTypes,
  dunningState,
  dunningStatuses,
  dunningStepKindLabels,
  dunningTextEn,
  dunningTextFr,
  dunningTimeline,
  dunningTransitions,
  LegalRouteSchema,
  nextDunningStep,
  renderDunningMessage,
  toMermaid,
} from './internal.js';
