/**
 * Collections per customer: one reminder per customer listing every overdue invoice, a minimum gap
 * between two messages, claims after late payment, insolvency declarations, the customer statement
 * (relevé de compte), a daily run over many accounts and the event-store glue.
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/collections.md
 * @module collections
 */
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
