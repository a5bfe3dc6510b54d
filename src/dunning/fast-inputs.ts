// The fast validators of the dunning inputs (issue 17). An event log of the everyday event types
// is checked by hand with the schema's own predicates; e-invoicing statuses and anything unusual
// go to DunningEventsSchema, which decides and builds the error. A property test compares both.
import {
  anything,
  array,
  dateText,
  type Fast,
  type FastField,
  NOT_FAST,
  object,
  oneOf,
  optional,
  required,
  tagged,
  text,
  when,
} from '../internal/fast.js';
import { isPositiveMoneyInput } from '../money/amount.js';

const money = when(isPositiveMoneyInput);
const reason = text(1, 500);
const STEP_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const stepId = when((v) => typeof v === 'string' && STEP_ID.test(v));
const CHANNELS: ReadonlySet<unknown> = new Set([
  'email',
  'phone',
  'letter',
  'registered_letter',
  'sms',
]);
const channel = oneOf([...CHANNELS] as string[]);
const deadlineDays = when(
  (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= 365,
);

type Out = Record<string, unknown>;

/** An event of `type` with the schema's fields after `type` and `date` (unknown keys dropped). */
function event(
  type: string,
  fields: Readonly<Record<string, FastField>>,
  refine?: (out: Out) => boolean,
): Fast {
  return object(
    { type: required(oneOf([type])), date: required(dateText), ...fields },
    false,
    refine,
  );
}

/** `field`, when given, is not before the event's date. */
const notBefore = (field: string) => (out: Out) =>
  typeof out[field] !== 'string' || !((out[field] as string) < (out.date as string));

/** @internal The fast validator of `DunningEventsSchema`. */
export const fastDunningEvents: Fast = /* @__PURE__ */ array(/* @__PURE__ */ taggedEvents());

function taggedEvents(): Fast {
  const branches: Record<string, Fast> = {
    reminder_sent: reminderSent,
    payment_received: moneyEvent('payment_received'),
    credit_note_issued: moneyEvent('credit_note_issued'),
    promise_to_pay: event(
      'promise_to_pay',
      { promisedDate: required(dateText), amount: optional(money) },
      notBefore('promisedDate'),
    ),
    dispute_opened: event('dispute_opened', { reason: required(reason) }),
    dispute_resolved: event(
      'dispute_resolved',
      { outcome: required(oneOf(['upheld', 'rejected', 'settled'])), amount: optional(money) },
      (out) => out.outcome !== 'rejected' || out.amount === undefined,
    ),
    payment_plan_agreed: event('payment_plan_agreed', {
      installments: required(
        array(object({ dueDate: required(dateText), amount: required(money) }, false)),
      ),
    }),
    mediation_started: event('mediation_started', { reason: optional(reason) }),
    mediation_ended: event('mediation_ended', {
      outcome: optional(oneOf(['agreement', 'failure'])),
    }),
    formal_notice_sent: event('formal_notice_sent', {
      deadlineDays: required(deadlineDays),
      stepId: optional(stepId),
      channel: optional(channel),
    }),
    legal_action_filed: event('legal_action_filed', {
      route: required(
        oneOf(['small_claims', 'injonction_de_payer', 'refere_provision', 'ordinary_action']),
      ),
    }),
    injonction_order_served: event(
      'injonction_order_served',
      { orderDate: optional(dateText) },
      (out) => out.orderDate === undefined || !((out.orderDate as string) > (out.date as string)),
    ),
    judgment_served: event('judgment_served', {}),
    insolvency_opened: event(
      'insolvency_opened',
      {
        proceeding: required(oneOf(['sauvegarde', 'redressement', 'liquidation'])),
        publishedOn: required(dateText),
      },
      notBefore('publishedOn'),
    ),
    claim_declared: event('claim_declared', { amount: optional(money) }),
    debtor_acknowledged: event('debtor_acknowledged', {}),
    paused: event(
      'paused',
      { until: optional(dateText), reason: required(reason) },
      notBefore('until'),
    ),
    resumed: event('resumed', {}),
    written_off: event('written_off', { reason: required(reason) }),
  };
  return tagged('type', branches);
}

/**
 * `event('reminder_sent', { stepId: required(stepId), channel: required(channel) })` written out
 * for the most frequent event (issue 17): the same reads, checks and output, field by field.
 * `tagged` has checked the plain object.
 */
function reminderSent(value: unknown): unknown {
  const v = value as Out;
  const type = v.type;
  const date = v.date;
  const id = v.stepId;
  const via = v.channel;
  if (type !== 'reminder_sent' || date === undefined || dateText(date) === NOT_FAST)
    return NOT_FAST;
  if (id === undefined || stepId(id) === NOT_FAST || !CHANNELS.has(via)) return NOT_FAST;
  return { type, date, stepId: id, channel: via };
}

/** `event(type, { amount: required(money), reference: optional(reason) })`, written out. */
function moneyEvent(tag: 'payment_received' | 'credit_note_issued'): Fast {
  return (value) => {
    const v = value as Out;
    const type = v.type;
    const date = v.date;
    const amount = v.amount;
    if (type !== tag || date === undefined || dateText(date) === NOT_FAST) return NOT_FAST;
    if (amount === undefined || money(amount) === NOT_FAST) return NOT_FAST;
    const ref = v.reference;
    if (ref === undefined)
      return 'reference' in v
        ? { type, date, amount, reference: undefined }
        : { type, date, amount };
    return reason(ref) === NOT_FAST ? NOT_FAST : { type, date, amount, reference: ref };
  };
}

/** @internal The fast validator of the options of `nextDunningStep` (policy and rates are checked later). */
export const fastDecisionOptions: Fast = /* @__PURE__ */ object(
  {
    today: required(dateText),
    policy: optional(anything),
    rates: optional(anything),
    locale: optional(oneOf(['fr', 'en'])),
  },
  true,
);
