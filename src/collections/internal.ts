// Everything the collections module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  CustomerAccountInput,
  CustomerDebtorInput,
  CustomerInvoiceInput,
} from './account.js';
export type { CustomerLineAmounts, LatePaymentClaimable } from './amounts.js';
export type { AppendDunningEventOptions } from './append-event.js';
export { appendDunningEvent } from './append-event.js';
export { collectionsCatalogues } from './catalogue.js';
export type {
  CollectionsFinding,
  CollectionsMessage,
  CustomerDunningAction,
  CustomerDunningDecision,
  CustomerDunningDeclareClaim,
  CustomerDunningEscalate,
  CustomerDunningNone,
  CustomerDunningWait,
  CustomerInvoiceLine,
  CustomerLineRole,
  CustomerRecord,
  CustomerTotals,
} from './decision.js';
export type { CollectionsEvent, CollectionsEventInput } from './events.js';
export {
  CollectionsEventSchema,
  LatePaymentClaimedEventSchema,
  LatePaymentClaimWaivedEventSchema,
} from './events.js';
export type { CustomerHoldReason, CustomerMessageKind } from './kinds.js';
export type { NextCustomerDunningStepOptions } from './next-customer-step.js';
export { nextCustomerDunningStep } from './next-customer-step.js';
export type { DunningRunResult } from './plan-run.js';
export { planDunningRun } from './plan-run.js';
export type { AfterLatePayment, CollectionsPolicy, CollectionsPolicyInput } from './policy.js';
export { createCollectionsPolicy, defaultCollectionsPolicy } from './policy.js';
export type {
  CustomerDunningMessage,
  CustomerMessageContext,
  RenderCustomerDunningMessageOptions,
} from './render.js';
export { renderCustomerDunningMessage } from './render.js';
export type {
  CustomerStatement,
  CustomerStatementOptions,
  StatementEntry,
  StatementOpenItem,
} from './statement.js';
export { customerStatement } from './statement.js';
export type {
  AmountPart,
  CollectionsCode,
  CollectionsMessages,
  ColumnId,
  NoParams,
  StatementEntryKind,
} from './text.js';
