export type {
  CustomerAccountInput,
  CustomerDebtorInput,
  CustomerInvoiceInput,
} from './account.js';
export type { CustomerLineAmounts, LatePaymentClaimable } from './amounts.js';
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
export type { AfterLatePayment, CollectionsPolicy, CollectionsPolicyInput } from './policy.js';
export { createCollectionsPolicy, defaultCollectionsPolicy } from './policy.js';
export type {
  CustomerDunningMessage,
  CustomerMessageContext,
  RenderCustomerDunningMessageOptions,
} from './render.js';
export { renderCustomerDunningMessage } from './render.js';
export type { CollectionsCode, CollectionsMessages } from './text.js';
