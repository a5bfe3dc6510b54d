import { PlainDateSchema } from '../dates/internal.js';
import {
  type DunningEventInput,
  DunningEventSchema,
  type DunningEventType,
} from '../dunning/events.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseOrThrow } from '../internal/validate.js';
import { daysAfter, testingDefaults } from './invoices.js';
import { plainCopy, readOverrides, rejectUnknownKeys } from './overrides.js';

/**
 * The dunning event of a given `type`, as an app passes it.
 *
 * @category Testing
 */
export type EventOf<T extends DunningEventType> = Extract<DunningEventInput, { type: T }>;

/**
 * The overrides of an event builder: any field of the event but its `type`.
 *
 * @category Testing
 */
export type EventOverrides<T extends DunningEventType> = Partial<Omit<EventOf<T>, 'type'>>;

/**
 * An event builder: defaults, then the overrides, checked against the event schema.
 *
 * @category Testing
 */
export type EventBuilder<T extends DunningEventType> = (
  overrides?: EventOverrides<T>,
) => EventOf<T>;

/** A builder whose defaults may depend on the event's date (a promise 14 days later). */
function builder<T extends DunningEventType>(
  type: T,
  name: string,
  defaults: (date: string) => Omit<EventOf<T>, 'type' | 'date'>,
): EventBuilder<T> {
  return (overrides) => {
    const o = readOverrides(overrides, name);
    const date =
      o.date === undefined
        ? testingDefaults.eventDate
        : parseOrThrow(PlainDateSchema, o.date, `${name} date`, ['date']);
    const event: Record<string, unknown> = { type, date, ...defaults(date), ...o };
    for (const key of Object.keys(event)) if (event[key] === undefined) delete event[key];
    // A builder returns valid events only: a bad override fails here, not in the code under test.
    const parsed = parseOrThrow(DunningEventSchema, event, name);
    rejectUnknownKeys(event, parsed, name);
    return plainCopy(event) as EventOf<T>;
  };
}

/**
 * A `reminder_sent` event: the friendly e-mail of the default policy (`stepId: 'friendly-email'`,
 * `channel: 'email'`) on 2026-02-05.
 *
 * @example
 * ```ts
 * aReminderSent({ stepId: 'phone-call', channel: 'phone', date: '2026-02-09' });
 * //=> { type: 'reminder_sent', date: '2026-02-09', stepId: 'phone-call', channel: 'phone' }
 * ```
 * @category Testing
 */
export const aReminderSent: EventBuilder<'reminder_sent'> = /* @__PURE__ */ builder(
  'reminder_sent',
  'aReminderSent',
  () => ({ stepId: 'friendly-email', channel: 'email' }),
);

/**
 * A `payment_received` event: 1 200 € (the default invoice in full) on 2026-02-05.
 *
 * @example
 * ```ts
 * aPayment({ date: '2026-03-10', amount: '200.00' });
 * //=> { type: 'payment_received', date: '2026-03-10', amount: '200.00' }
 * ```
 * @category Testing
 */
export const aPayment: EventBuilder<'payment_received'> = /* @__PURE__ */ builder(
  'payment_received',
  'aPayment',
  () => ({ amount: testingDefaults.inclVat }),
);

/**
 * A `credit_note_issued` event: an avoir of 1 200 € (the default invoice in full) on 2026-02-05.
 *
 * @category Testing
 */
export const aCreditNote: EventBuilder<'credit_note_issued'> = /* @__PURE__ */ builder(
  'credit_note_issued',
  'aCreditNote',
  () => ({ amount: testingDefaults.inclVat }),
);

/**
 * A `promise_to_pay` event: on 2026-02-05, a promise to pay in full within 14 days of the event.
 *
 * @example
 * ```ts
 * aPromiseToPay({ date: '2026-03-02' }).promisedDate; //=> '2026-03-16'
 * ```
 * @category Testing
 */
export const aPromiseToPay: EventBuilder<'promise_to_pay'> = /* @__PURE__ */ builder(
  'promise_to_pay',
  'aPromiseToPay',
  (date) => ({ promisedDate: daysAfter(date, 14) }),
);

/**
 * A `dispute_opened` event on 2026-02-05 (reason: goods not delivered in full).
 *
 * @category Testing
 */
export const aDispute: EventBuilder<'dispute_opened'> = /* @__PURE__ */ builder(
  'dispute_opened',
  'aDispute',
  () => ({ reason: 'Goods not delivered in full' }),
);

/**
 * A `dispute_resolved` event on 2026-02-05, outcome `'rejected'` (the debtor was wrong: dunning
 * resumes for the whole claim).
 *
 * @category Testing
 */
export const aDisputeResolved: EventBuilder<'dispute_resolved'> = /* @__PURE__ */ builder(
  'dispute_resolved',
  'aDisputeResolved',
  () => ({ outcome: 'rejected' }),
);

/**
 * A `payment_plan_agreed` event on 2026-02-05: two installments of 600 € (the default invoice in
 * two), 30 and 60 days after the event.
 *
 * @category Testing
 */
export const aPaymentPlan: EventBuilder<'payment_plan_agreed'> = /* @__PURE__ */ builder(
  'payment_plan_agreed',
  'aPaymentPlan',
  (date) => ({
    installments: [
      { dueDate: daysAfter(date, 30), amount: '600.00' },
      { dueDate: daysAfter(date, 60), amount: '600.00' },
    ],
  }),
);

/**
 * A `mediation_started` event on 2026-02-05.
 *
 * @category Testing
 */
export const aMediationStarted: EventBuilder<'mediation_started'> = /* @__PURE__ */ builder(
  'mediation_started',
  'aMediationStarted',
  () => ({}),
);

/**
 * A `mediation_ended` event on 2026-02-05, outcome `'failure'`.
 *
 * @category Testing
 */
export const aMediationEnded: EventBuilder<'mediation_ended'> = /* @__PURE__ */ builder(
  'mediation_ended',
  'aMediationEnded',
  () => ({ outcome: 'failure' }),
);

/**
 * A `formal_notice_sent` event (mise en demeure) on 2026-02-05 giving 15 days to pay, as the
 * default policy's `formal-notice` step by registered letter.
 *
 * @category Testing
 */
export const aFormalNoticeSent: EventBuilder<'formal_notice_sent'> = /* @__PURE__ */ builder(
  'formal_notice_sent',
  'aFormalNoticeSent',
  () => ({ deadlineDays: 15, stepId: 'formal-notice', channel: 'registered_letter' }),
);

/**
 * A `legal_action_filed` event on 2026-02-05: an injonction de payer.
 *
 * @category Testing
 */
export const aLegalActionFiled: EventBuilder<'legal_action_filed'> = /* @__PURE__ */ builder(
  'legal_action_filed',
  'aLegalActionFiled',
  () => ({ route: 'injonction_de_payer' }),
);

/**
 * An `injonction_order_served` event on 2026-02-05 (the order dated the same day).
 *
 * @category Testing
 */
export const anInjonctionOrderServed: EventBuilder<'injonction_order_served'> =
  /* @__PURE__ */ builder('injonction_order_served', 'anInjonctionOrderServed', (date) => ({
    orderDate: date,
  }));

/**
 * A `judgment_served` event on 2026-02-05.
 *
 * @category Testing
 */
export const aJudgmentServed: EventBuilder<'judgment_served'> = /* @__PURE__ */ builder(
  'judgment_served',
  'aJudgmentServed',
  () => ({}),
);

/**
 * An `insolvency_opened` event: a redressement judiciaire opened on 2026-02-05, published in the
 * BODACC 10 days later.
 *
 * @category Testing
 */
export const anInsolvencyOpened: EventBuilder<'insolvency_opened'> = /* @__PURE__ */ builder(
  'insolvency_opened',
  'anInsolvencyOpened',
  (date) => ({ proceeding: 'redressement', publishedOn: daysAfter(date, 10) }),
);

/**
 * A `claim_declared` event on 2026-02-05 (the claim filed with the mandataire judiciaire).
 *
 * @category Testing
 */
export const aClaimDeclared: EventBuilder<'claim_declared'> = /* @__PURE__ */ builder(
  'claim_declared',
  'aClaimDeclared',
  () => ({}),
);

/**
 * A `debtor_acknowledged` event on 2026-02-05 (a written acknowledgement of the debt, C. civ. 2240).
 *
 * @category Testing
 */
export const aDebtorAcknowledgement: EventBuilder<'debtor_acknowledged'> = /* @__PURE__ */ builder(
  'debtor_acknowledged',
  'aDebtorAcknowledgement',
  () => ({}),
);

/**
 * A `paused` event on 2026-02-05, open-ended (until a `resumed` event).
 *
 * @category Testing
 */
export const aPause: EventBuilder<'paused'> = /* @__PURE__ */ builder('paused', 'aPause', () => ({
  reason: 'Commercial negotiation',
}));

/**
 * A `resumed` event on 2026-02-05.
 *
 * @category Testing
 */
export const aResume: EventBuilder<'resumed'> = /* @__PURE__ */ builder(
  'resumed',
  'aResume',
  () => ({}),
);

/**
 * A `written_off` event on 2026-02-05.
 *
 * @category Testing
 */
export const aWriteOff: EventBuilder<'written_off'> = /* @__PURE__ */ builder(
  'written_off',
  'aWriteOff',
  () => ({ reason: 'Not worth pursuing' }),
);

/**
 * An `einvoice_status` event on 2026-02-05: status 200 Déposée (deposited on the platform, no
 * effect on dunning). Pass `code` for another status (`'207'` En litige, `212` Encaissée…).
 *
 * @category Testing
 */
export const anEinvoiceStatus: EventBuilder<'einvoice_status'> = /* @__PURE__ */ builder(
  'einvoice_status',
  'anEinvoiceStatus',
  () => ({ code: 200 }),
);

/**
 * One builder per dunning event type (the `type` values of `dunningEventTypes`), for tests that go
 * through every type.
 *
 * @example
 * ```ts
 * eventBuilders.promise_to_pay({ date: '2026-03-01' }).promisedDate; //=> '2026-03-15'
 * ```
 * @category Testing
 */
export const eventBuilders: Readonly<{ [T in DunningEventType]: EventBuilder<T> }> =
  /* @__PURE__ */ deepFreeze({
    reminder_sent: aReminderSent,
    payment_received: aPayment,
    credit_note_issued: aCreditNote,
    promise_to_pay: aPromiseToPay,
    dispute_opened: aDispute,
    dispute_resolved: aDisputeResolved,
    payment_plan_agreed: aPaymentPlan,
    mediation_started: aMediationStarted,
    mediation_ended: aMediationEnded,
    formal_notice_sent: aFormalNoticeSent,
    legal_action_filed: aLegalActionFiled,
    injonction_order_served: anInjonctionOrderServed,
    judgment_served: aJudgmentServed,
    insolvency_opened: anInsolvencyOpened,
    claim_declared: aClaimDeclared,
    debtor_acknowledged: aDebtorAcknowledgement,
    paused: aPause,
    resumed: aResume,
    written_off: aWriteOff,
    einvoice_status: anEinvoiceStatus,
  });
