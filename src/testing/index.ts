/**
 * A kit for the tests of apps that use impayes-core: builders of valid invoices, accounts and
 * dunning events with documented defaults ({@link anInvoice}, {@link anAccount}, {@link aPayment}…),
 * and {@link simulateDunning}, which runs the daily dunning loop over a period and returns the
 * messages each customer receives.
 *
 * A separate entry point, not in the main bundle: `import { … } from 'impayes-core/testing'`.
 *
 * @document ../../docs/testing.md
 * @module testing
 */

export type {
  Account,
  AccountDebtor,
  AccountInvoice,
  AccountOverrides,
} from './accounts.js';
export { anAccount } from './accounts.js';
export type { EventBuilder, EventOf, EventOverrides } from './events.js';
export {
  aClaimDeclared,
  aCreditNote,
  aDebtorAcknowledgement,
  aDispute,
  aDisputeResolved,
  aFormalNoticeSent,
  aJudgmentServed,
  aLegalActionFiled,
  aMediationEnded,
  aMediationStarted,
  anEinvoiceStatus,
  anInjonctionOrderServed,
  anInsolvencyOpened,
  aPause,
  aPayment,
  aPaymentPlan,
  aPromiseToPay,
  aReminderSent,
  aResume,
  aWriteOff,
  eventBuilders,
} from './events.js';
export type { InvoiceOverrides } from './invoices.js';
export { aConsumerInvoice, anInvoice, aPublicBuyerInvoice, testingDefaults } from './invoices.js';
export type {
  ScriptedEvent,
  SimulateDunningOptions,
  SimulatedAmounts,
  SimulatedMessage,
  SimulatedTask,
  SimulationDay,
  SimulationResult,
} from './simulate.js';
export { simulateDunning } from './simulate.js';
