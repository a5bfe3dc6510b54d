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
  AfterLatePayment,
  AmountPart,
  AppendDunningEventOptions,
  CollectionsCode,
  CollectionsEvent,
  CollectionsEventInput,
  CollectionsFinding,
  CollectionsMessage,
  CollectionsMessages,
  CollectionsPolicy,
  CollectionsPolicyInput,
  ColumnId,
  CustomerAccountInput,
  CustomerDebtorInput,
  CustomerDunningAction,
  CustomerDunningDecision,
  CustomerDunningDeclareClaim,
  CustomerDunningEscalate,
  CustomerDunningMessage,
  CustomerDunningNone,
  CustomerDunningWait,
  CustomerHoldReason,
  CustomerInvoiceInput,
  CustomerInvoiceLine,
  CustomerLineAmounts,
  CustomerLineRole,
  CustomerMessageContext,
  CustomerMessageKind,
  CustomerRecord,
  CustomerStatement,
  CustomerStatementOptions,
  CustomerTotals,
  DunningRunResult,
  LatePaymentClaimable,
  NextCustomerDunningStepOptions,
  NoParams,
  RenderCustomerDunningMessageOptions,
  StatementEntry,
  StatementEntryKind,
  StatementOpenItem,
} from './internal.js';
export {
  appendDunningEvent,
  CollectionsEventSchema,
  collectionsCatalogues,
  createCollectionsPolicy,
  customerStatement,
  defaultCollectionsPolicy,
  LatePaymentClaimedEventSchema,
  LatePaymentClaimWaivedEventSchema,
  nextCustomerDunningStep,
  planDunningRun,
  renderCustomerDunningMessage,
} from './internal.js';
