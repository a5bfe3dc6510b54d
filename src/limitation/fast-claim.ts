// The fast validators of limitationDeadline's claim and options (issue 17): the common claim — a
// debtor kind, dates, and events of the documented shapes — checked by hand with the schemas' own
// predicates. Anything else (a class instance, an unknown key or event type, a bad value) goes to
// LimitationClaimSchema / LimitationOptionsSchema, which decide and build the error. A property
// test compares both.
import {
  array,
  dateText,
  defaulted,
  type Fast,
  object,
  oneOf,
  optional,
  required,
  tagged,
  text,
  when,
} from '../internal/fast.js';

const note = optional(text());

/** An event `{ type, date, note? }` with the fields of its schema, in the schema's order. */
const plainEvent = (type: string, extra: Readonly<Record<string, ReadonlyArray<string>>> = {}) =>
  object(
    {
      type: required(oneOf([type])),
      date: required(dateText),
      ...Object.fromEntries(
        Object.entries(extra).map(([key, values]) => [
          key,
          key === 'outcome' ? required(oneOf(values)) : optional(oneOf(values)),
        ]),
      ),
      note,
    },
    true,
  );

/** @internal The fast validator of `LimitationEventSchema` (a discriminated union on `type`). */
export const fastLimitationEvent: Fast = /* @__PURE__ */ tagged('type', {
  debtor_acknowledged: plainEvent('debtor_acknowledged'),
  payment_received: plainEvent('payment_received'),
  legal_action_filed: plainEvent('legal_action_filed', { kind: ['writ', 'interim', 'other'] }),
  proceedings_ended: plainEvent('proceedings_ended', {
    outcome: ['judgment', 'dismissed', 'withdrawn', 'lapsed'],
  }),
  injonction_order_issued: plainEvent('injonction_order_issued'),
  injonction_order_served: plainEvent('injonction_order_served'),
  enforcement_measure: plainEvent('enforcement_measure'),
  conservatory_measure: plainEvent('conservatory_measure'),
  mediation_started: plainEvent('mediation_started', {
    kind: ['mediation', 'conciliation', 'participatory'],
  }),
  mediation_ended: plainEvent('mediation_ended'),
  small_claims_accepted: plainEvent('small_claims_accepted'),
  small_claims_ended: plainEvent('small_claims_ended'),
  formal_notice_sent: plainEvent('formal_notice_sent'),
  judgment_served: plainEvent('judgment_served'),
  public_claim_written: plainEvent('public_claim_written'),
});

/** @internal The fast validator of `LimitationClaimSchema` (fields in the schema's order). */
export const fastLimitationClaim: Fast = /* @__PURE__ */ object(
  {
    debtor: required(oneOf(['professional', 'consumer', 'public', 'non_professional'])),
    dueDate: required(dateText),
    invoiceDate: optional(dateText),
    completionDate: optional(dateText),
    events: defaulted(array(fastLimitationEvent), () => []),
  },
  true,
);

/** A whole number of `min`…`max` (`z.int()` with bounds: safe integers only). */
const wholeIn = (min: number, max: number): Fast =>
  when((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max);

/** @internal The fast validator of `LimitationOptionsSchema`. */
export const fastLimitationOptions: Fast = /* @__PURE__ */ object(
  {
    asOf: optional(dateText),
    b2bStart: defaulted(oneOf(['earliest', 'due-date']), () => 'earliest'),
    lateInvoiceDays: optional(wholeIn(0, 3650)),
    warnWithinDays: defaulted(wholeIn(0, 36500), () => 60),
    locale: defaulted(oneOf(['fr', 'en']), () => 'fr'),
  },
  true,
);
