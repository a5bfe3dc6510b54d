// Everything the einvoicing module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  EinvoicingCalendarEntry,
  EinvoicingObligations,
  EinvoicingObligationsRequest,
} from './obligations.js';
export { einvoicingCalendar, einvoicingObligations } from './obligations.js';
export type { EinvoiceRequestedAction } from './requested-action.js';
export { EinvoiceRequestedActionSchema, einvoiceRequestedActions } from './requested-action.js';
export type { EinvoiceActor, EinvoiceStatusCode, EinvoiceStatusInfo } from './status-codes.js';
export { einvoiceStatuses, einvoiceStatusInfo, isEinvoiceStatusCode } from './status-codes.js';
export type {
  EinvoiceApproved,
  EinvoiceCreditorTask,
  EinvoiceDispute,
  EinvoiceEffectCode,
  EinvoiceNoEffect,
  EinvoicePartialApproval,
  EinvoicePause,
  EinvoicePayment,
  EinvoicePaymentInTransit,
  EinvoiceReceived,
  EinvoiceResolve,
  EinvoiceStatusEffect,
  EinvoiceStatusEffectKind,
  EinvoiceStatusEffectOptions,
  EinvoiceStop,
  EinvoiceStopReason,
  EinvoiceUnfactored,
  EinvoiceWarning,
} from './status-effect.js';
export { einvoiceStatusEffect } from './status-effect.js';
export type { EinvoiceStatusEvent, EinvoiceStatusEventInput } from './status-event.js';
export {
  EinvoiceStatusAmountsSchema,
  EinvoiceStatusCodeSchema,
  EinvoiceStatusEventSchema,
} from './status-event.js';
export { einvoicingCatalogues } from './text.catalogues.js';
export { einvoicingTextEn } from './text.en.js';
export { einvoicingTextFr } from './text.fr.js';
export type {
  EinvoiceNoEffectWhy,
  EinvoiceStatusParams,
  EinvoiceTaskKey,
  EinvoicingMessage,
  EinvoicingMessages,
} from './text.js';
