// Everything the dunning module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type { DunningEinvoice } from './einvoice.js';
export type {
  DunningChannel,
  DunningEvent,
  DunningEventInput,
  DunningEventType,
  LegalRoute,
} from './events.js';
export {
  DunningChannelSchema,
  DunningEventSchema,
  DunningEventsSchema,
  dunningEventTypes,
  LegalRouteSchema,
} from './events.js';
export type {
  DunningMessage,
  DunningMessageContext,
  DunningMessageFormat,
  DunningMessageVars,
  DunningPartPayment,
  DunningTemplate,
  RenderDunningMessageOptions,
} from './messages.js';
export { MessageCreditorSchema, MessageDebtorSchema, renderDunningMessage } from './messages.js';
export type {
  DecisionContext,
  DunningAction,
  DunningAmounts,
  DunningClaimable,
  DunningDecision,
  DunningDeclareClaim,
  DunningEscalate,
  DunningInvoiceRef,
  DunningNone,
  DunningNoneReason,
  DunningWait,
  DunningWaitReason,
  DunningWarning,
  NextDunningStepOptions,
} from './next-step.js';
export {
  decide as decideDunning,
  nextDunningStep,
  pendingStep,
  prepare as prepareDunning,
  withLaterEvents,
} from './next-step.js';
export type {
  DunningPolicy,
  DunningPolicyInput,
  DunningSettings,
  DunningStep,
  DunningStepKind,
} from './policy.js';
export {
  createDunningPolicy,
  DunningPolicySchema,
  DunningStepKindSchema,
  DunningStepSchema,
  defaultDunningPolicy,
  dunningStepKindLabels,
  settingsFor,
} from './policy.js';
export type { RecoveryOption, RecoveryRoute } from './recovery-options.js';
export type {
  DunningBalances,
  DunningState,
  DunningStateOptions,
  DunningStepRecord,
} from './state.js';
export { dunningState } from './state.js';
export { dunningTextEn } from './text.en.js';
export { dunningTextFr } from './text.fr.js';
export type { DunningMessages, DunningTextMessage } from './text.js';
export type { DunningTimeline, DunningTimelineEntry } from './timeline.js';
export { dunningTimeline } from './timeline.js';
export type {
  DunningGuard,
  DunningGuardView,
  DunningStatus,
  DunningTransition,
} from './transitions.js';
export { can, dunningStatuses, dunningTransitions, toMermaid } from './transitions.js';
