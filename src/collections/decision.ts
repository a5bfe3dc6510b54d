import type { PlainDate } from '../dates/internal.js';
import type {
  DunningChannel,
  DunningInvoiceRef,
  DunningStatus,
  DunningStep,
  DunningStepKind,
  DunningWarning,
  RecoveryOption,
} from '../dunning/internal.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { Finding, Message } from '../text/internal.js';
import type { CustomerLineAmounts, LatePaymentClaimable } from './amounts.js';
import type { CollectionsEventInput } from './events.js';
import type { CustomerHoldReason, CustomerMessageKind } from './kinds.js';
import type { CollectionsCode, CollectionsMessages } from './text.js';

/**
 * What an invoice is in a customer decision:
 *
 * - `'step'`: its own next step is done today, in the customer's message (recorded in `records`);
 * - `'overdue'`: overdue and not on hold, listed in the message with its amounts, no step of its
 *   own today;
 * - `'held'`: on hold (dispute, promise, payment plan, pause, mediation, payment in transit), listed apart;
 * - `'not_due'`: not due yet and nothing to send;
 * - `'escalate'`: the amicable phase is over for it (formal notice expired or limitation close);
 * - `'claim'`: paid late, penalties and indemnity claimed in the message (`afterLatePayment: 'claim'`);
 * - `'claim_reported'`: paid late, what may be claimed is reported only;
 * - `'claimed'`: paid late, the claim was sent (or waived) earlier;
 * - `'in_court'`: a court route was filed;
 * - `'insolvency'`: the debtor is in insolvency proceedings: declare the claim;
 * - `'closed'`: paid on time, written off, time-barred, or its claim already declared.
 *
 * @category Collections
 */
export type CustomerLineRole =
  | 'step'
  | 'overdue'
  | 'held'
  | 'not_due'
  | 'escalate'
  | 'claim'
  | 'claim_reported'
  | 'claimed'
  | 'in_court'
  | 'insolvency'
  | 'closed';

/**
 * One invoice of a customer decision. The legal truth stays per invoice: its own status, its own
 * step (from its own ladder), its own amounts.
 *
 * @category Collections
 */
export interface CustomerInvoiceLine {
  /** The invoice (number, dates, total, debtor). */
  readonly invoice: DunningInvoiceRef;
  /** What it is in this decision. */
  readonly role: CustomerLineRole;
  /** Its dunning status today. */
  readonly status: DunningStatus;
  /** Days past due today (0 when not due). */
  readonly daysLate: number;
  /** For `'step'`: the step of its own ladder done today; else `null`. */
  readonly step: DunningStep | null;
  /** For `'step'`: the day that step became due. */
  readonly stepDueOn: PlainDate | null;
  /** For `'step'`: the step is done after its day (a missed run or the customer's minimum gap). */
  readonly late: boolean;
  /** For `'step'`: the courtesy steps were skipped because the invoice is a backlog. */
  readonly backlog: boolean;
  /** The last step recorded on the invoice (its level in the ladder), or `null`. */
  readonly level: {
    readonly stepId: string;
    readonly kind: DunningStepKind | null;
    readonly date: PlainDate;
  } | null;
  /** Its amounts today, when it is in a message or in an escalation or a declaration. */
  readonly amounts: CustomerLineAmounts | null;
  /** For an invoice paid late: what may still be claimed. */
  readonly claimable: LatePaymentClaimable | null;
  /** For a held invoice: why, and the first day the hold may end (`null`: when an event says so). */
  readonly hold: { readonly reason: CustomerHoldReason; readonly until: PlainDate | null } | null;
  /** The next step of its ladder and its day, when one is scheduled. */
  readonly next: { readonly stepId: string; readonly dueOn: PlainDate } | null;
  /** For `'escalate'`: what triggered it, the routes and the last day to act. */
  readonly escalation: {
    readonly trigger: 'formal_notice_expired' | 'limitation_imminent';
    readonly options: ReadonlyArray<RecoveryOption>;
    readonly actBefore: PlainDate | null;
  } | null;
  /** The per-invoice idempotency key of its step, escalation or declaration, or `null`. */
  readonly idempotencyKey: string | null;
  /** The per-invoice warnings (English, from the dunning module). */
  readonly warnings: ReadonlyArray<DunningWarning>;
}

/**
 * An event to store once the decision is carried out, with the invoice it belongs to.
 *
 * @category Collections
 */
export interface CustomerRecord {
  /** The invoice number. */
  readonly invoiceNumber: string;
  /** The event to append to that invoice's log (dated today). */
  readonly event: CollectionsEventInput;
}

/**
 * Sums of amounts.
 *
 * @category Collections
 */
export interface CustomerTotals {
  /** Principal. */
  readonly principal: Amount;
  /** Penalties or interest. */
  readonly penalties: Amount;
  /** Indemnities. */
  readonly indemnity: Amount;
  /** Everything. */
  readonly total: Amount;
}

/**
 * A customer-level message or explanation: a {@link Message} of the collections catalogue.
 *
 * @category Collections
 */
export type CollectionsMessage = {
  readonly [C in CollectionsCode]: Message<C, CollectionsMessages[C]>;
}[CollectionsCode];

/**
 * A customer-level finding (EVENTS_AFTER_AS_OF, LATE_PAYMENT_CLAIMABLE,
 * LATE_PAYMENT_CLAIM_TIME_BARRED, INSOLVENCY_NOT_RECORDABLE, BACKLOG_TAKEOVER).
 *
 * @category Collections
 */
export type CollectionsFinding = Finding<CollectionsCode>;

interface CustomerDecisionBase {
  /** The decision's day. */
  readonly today: PlainDate;
  /** The customer, with the contact details of the account (`null` when not given). */
  readonly debtor: {
    readonly id: string;
    readonly name: string;
    readonly kind: DebtorKind;
    readonly address: string | null;
    readonly email: string | null;
    readonly phone: string | null;
  };
  /** The last day a message was recorded for this customer, or `null`. */
  readonly lastContactOn: PlainDate | null;
  /** The first day the customer may get the next message (the policy's minimum gap), or `null`. */
  readonly nextContactFrom: PlainDate | null;
  /** Every invoice of the account, by due date then number. */
  readonly lines: ReadonlyArray<CustomerInvoiceLine>;
  /** The invoices to escalate (open a task for each, whatever the decision's type). */
  readonly escalations: ReadonlyArray<string>;
  /** Why, in the requested locale. */
  readonly explanation: CollectionsMessage;
  /** Customer-level findings, in the requested locale. */
  readonly warnings: ReadonlyArray<CollectionsFinding>;
}

/**
 * Nothing to do for this customer until an event is recorded.
 *
 * @category Collections
 */
export interface CustomerDunningNone extends CustomerDecisionBase {
  /** Discriminant. */
  readonly type: 'none';
  /** `'nothing_open'`, or `'claim_declared'` when the claim was declared in insolvency. */
  readonly reason: 'nothing_open' | 'claim_declared';
}

/**
 * Nothing to send today; call again on `until` (`null`: when an event is recorded).
 *
 * @category Collections
 */
export interface CustomerDunningWait extends CustomerDecisionBase {
  /** Discriminant. */
  readonly type: 'wait';
  /** The first day the decision may change. */
  readonly until: PlainDate | null;
  /**
   * `'customer_gap'`: something is due but the customer got a message too recently;
   * `'not_working_day'`; `'scheduled'`: the next steps are later; `'on_hold'`: every open invoice
   * is on hold.
   */
  readonly reason: 'customer_gap' | 'not_working_day' | 'scheduled' | 'on_hold';
}

/**
 * One message to send today to the customer, listing its invoices. Send it, then append each
 * `records` event to its invoice's log (with the real date).
 *
 * @category Collections
 */
export interface CustomerDunningAction extends CustomerDecisionBase {
  /** Discriminant. */
  readonly type: 'action';
  /** The most advanced step due among the invoices (or the claim after late payment). */
  readonly kind: CustomerMessageKind;
  /** The wording: `kind`, or the level already reached by a listed invoice if more advanced. */
  readonly tone: CustomerMessageKind;
  /** How to send it (the channel of the `kind` step). */
  readonly channel: DunningChannel;
  /** The earliest day one of its steps or claims became due. */
  readonly dueOn: PlainDate;
  /** `true` when `dueOn` is before today. */
  readonly late: boolean;
  /** Stable for this customer, kind and `dueOn` until the records are stored. */
  readonly idempotencyKey: string;
  /** The formal notice: the invoices it covers, the deadline; `null` for other kinds. */
  readonly formalNotice: {
    readonly covers: ReadonlyArray<string>;
    readonly deadlineDays: number;
    readonly deadline: PlainDate;
    readonly totals: CustomerTotals;
  } | null;
  /** The days of the previous steps recorded for the invoices of the message. */
  readonly previousContacts: ReadonlyArray<PlainDate>;
  /** The sums claimed for the invoices listed (roles `step`, `overdue`, `escalate`). */
  readonly totals: CustomerTotals;
  /** The sums claimed after late payments (role `claim`). */
  readonly claimTotals: CustomerTotals;
  /** The events to store, per invoice. */
  readonly records: ReadonlyArray<CustomerRecord>;
}

/**
 * No message today, but the amicable phase is over for some invoices: choose a recovery route
 * for each (see the lines with role `'escalate'`).
 *
 * @category Collections
 */
export interface CustomerDunningEscalate extends CustomerDecisionBase {
  /** Discriminant. */
  readonly type: 'escalate';
  /** Stable while the same invoices are to escalate. */
  readonly idempotencyKey: string;
  /** The sums of the invoices to escalate. */
  readonly totals: CustomerTotals;
}

/**
 * The customer is in insolvency proceedings: no reminder any more; declare the claim for every
 * open invoice to the mandataire judiciaire by `deadline`, then store `records`.
 *
 * @category Collections
 */
export interface CustomerDunningDeclareClaim extends CustomerDecisionBase {
  /** Discriminant. */
  readonly type: 'declare_claim';
  /** The proceedings. */
  readonly proceeding: 'sauvegarde' | 'redressement' | 'liquidation';
  /** The opening judgment (interest stops, C. com. L622-28). */
  readonly openedOn: PlainDate;
  /** The BODACC publication. */
  readonly publishedOn: PlainDate;
  /** The last day to declare (C. com. R622-24). */
  readonly deadline: PlainDate;
  /** `deadline` has passed. */
  readonly late: boolean;
  /** The last day to ask for relief from late filing (C. com. L622-26). */
  readonly reliefDeadline: PlainDate;
  /** Stable until the declarations are recorded. */
  readonly idempotencyKey: string;
  /** The sums to declare (interest up to the opening). */
  readonly totals: CustomerTotals;
  /** The events to store: the opening where an invoice lacks it, then `claim_declared`. */
  readonly records: ReadonlyArray<CustomerRecord>;
}

/**
 * What to do about a customer today; a discriminated union on `type`.
 *
 * @category Collections
 */
export type CustomerDunningDecision =
  | CustomerDunningNone
  | CustomerDunningWait
  | CustomerDunningAction
  | CustomerDunningEscalate
  | CustomerDunningDeclareClaim;
