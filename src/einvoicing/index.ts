/**
 * E-invoicing (facturation électronique): the lifecycle statuses of an invoice on an accredited
 * platform (code list 200–228), what each does to dunning ({@link einvoiceStatusEffect}), and who
 * must issue and receive e-invoices when ({@link einvoicingObligations}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/einvoicing.md
 * @module einvoicing
 */

export type {
  EinvoiceActor,
  EinvoiceApproved,
  EinvoiceCreditorTask,
  EinvoiceDispute,
  EinvoiceEffectCode,
  EinvoiceNoEffect,
  EinvoiceNoEffectWhy,
  EinvoicePartialApproval,
  EinvoicePause,
  EinvoicePayment,
  EinvoicePaymentInTransit,
  EinvoiceReceived,
  EinvoiceRequestedAction,
  EinvoiceResolve,
  EinvoiceStatusCode,
  EinvoiceStatusEffect,
  EinvoiceStatusEffectKind,
  EinvoiceStatusEffectOptions,
  EinvoiceStatusEvent,
  EinvoiceStatusEventInput,
  EinvoiceStatusInfo,
  EinvoiceStatusParams,
  EinvoiceStop,
  EinvoiceStopReason,
  EinvoiceTaskKey,
  EinvoiceUnfactored,
  EinvoiceWarning,
  EinvoicingCalendarEntry,
  EinvoicingMessage,
  EinvoicingMessages,
  EinvoicingObligations,
  EinvoicingObligationsRequest,
} from './internal.js';
export {
  EinvoiceRequestedActionSchema,
  EinvoiceStatusAmountsSchema,
  EinvoiceStatusCodeSchema,
  EinvoiceStatusEventSchema,
  einvoiceRequestedActions,
  einvoiceStatusEffect,
  einvoiceStatuses,
  einvoiceStatusInfo,
  einvoicingCalendar,
  einvoicingObligations,
  einvoicingTextEn,
  einvoicingTextFr,
  isEinvoiceStatusCode,
} from './internal.js';
