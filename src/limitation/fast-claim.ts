// The fast validators of limitationDeadline's claim and options (issue 17): the common claim - a
// debtor kind, dates, and events of the documented shapes - checked by hand with the schemas' own
// predicates. Anything else (a class instance, an unknown key or event type, a bad value) goes to
// LimitationClaimSchema / LimitationOptionsSchema, which decide and build the error. A property
// test compares both.

import { daysInMonth } from '../dates/internal.js';
import {
  array,
  defaulted,
  type Fast,
  isPlainRecord,
  NOT_FAST,
  object,
  oneOf,
  optional,
  required,
  when,
} from '../internal/fast.js';
import { MAX_INPUT_YEAR, MIN_INPUT_YEAR } from '../internal/limits.js';

/** The value of the digit at `i`, or NaN for another character (every comparison then fails). */
const digitAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * @internal What `dateText` (`PlainDateSchema`) accepts - a `YYYY-MM-DD` calendar date from 1900 to
 * 2199 - read by char codes alone (no substring): a claim holds a date per event.
 */
export function isClaimDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10;
  const year = y + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  // Written so that NaN fails every test.
  if (!(year >= MIN_INPUT_YEAR && year <= MAX_INPUT_YEAR && month >= 1 && month <= 12))
    return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

const claimDate: Fast = when(isClaimDate);

/** The field besides `type`, `date` and `note` of an event type's schema, if any. */
interface Extra {
  readonly key: 'kind' | 'outcome';
  readonly values: ReadonlySet<unknown>;
  readonly required: boolean;
}

const kinds = (values: ReadonlyArray<string>): Extra => ({
  key: 'kind',
  values: new Set(values),
  required: false,
});

const EXTRA: ReadonlyMap<unknown, Extra | null> = /* @__PURE__ */ new Map<unknown, Extra | null>([
  ['debtor_acknowledged', null],
  ['payment_received', null],
  ['legal_action_filed', kinds(['writ', 'interim', 'other'])],
  [
    'proceedings_ended',
    {
      key: 'outcome',
      values: new Set(['judgment', 'dismissed', 'withdrawn', 'lapsed']),
      required: true,
    },
  ],
  ['injonction_order_issued', null],
  ['injonction_order_served', null],
  ['enforcement_measure', null],
  ['conservatory_measure', null],
  ['mediation_started', kinds(['mediation', 'conciliation', 'participatory'])],
  ['mediation_ended', null],
  ['small_claims_accepted', null],
  ['small_claims_ended', null],
  ['formal_notice_sent', null],
  ['judgment_served', null],
  ['public_claim_written', null],
]);

/** Whether `key` is a key of the schema of an event with `extra`. */
const allowed = (key: string, extra: Extra | null): boolean =>
  key === 'type' || key === 'date' || key === 'note' || (extra !== null && key === extra.key);

/**
 * @internal The fast validator of `LimitationEventSchema` (a discriminated union of strict objects
 * `{ type, date, kind? | outcome, note? }`), written out for the hot path: the output has the
 * schema's keys in its order, an optional key given as `undefined` is kept.
 */
export function fastLimitationEvent(value: unknown): unknown {
  if (!isPlainRecord(value)) return NOT_FAST;
  const extra = EXTRA.get(value.type);
  if (extra === undefined) return NOT_FAST;
  for (const key in value) if (!allowed(key, extra)) return NOT_FAST;
  if (!isClaimDate(value.date)) return NOT_FAST;
  const out: Record<string, unknown> = { type: value.type, date: value.date };
  if (extra !== null) {
    const given = value[extra.key];
    if (given !== undefined && !extra.values.has(given)) return NOT_FAST;
    if (given === undefined && extra.required) return NOT_FAST;
    if (given !== undefined || extra.key in value) out[extra.key] = given;
  }
  const note = value.note;
  if (note !== undefined && typeof note !== 'string') return NOT_FAST;
  if (note !== undefined || 'note' in value) out.note = note;
  return out;
}

/** @internal The fast validator of `LimitationClaimSchema` (fields in the schema's order). */
export const fastLimitationClaim: Fast = /* @__PURE__ */ object(
  {
    debtor: required(oneOf(['professional', 'consumer', 'public', 'non_professional'])),
    dueDate: required(claimDate),
    invoiceDate: optional(claimDate),
    completionDate: optional(claimDate),
    events: defaulted(array(fastLimitationEvent), () => []),
  },
  true,
);

/** A whole number of `min` to `max` (`z.int()` with bounds: safe integers only). */
const wholeIn = (min: number, max: number): Fast =>
  when((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max);

/** @internal The fast validator of `LimitationOptionsSchema`. */
export const fastLimitationOptions: Fast = /* @__PURE__ */ object(
  {
    asOf: optional(claimDate),
    b2bStart: defaulted(oneOf(['earliest', 'due-date']), () => 'earliest'),
    lateInvoiceDays: optional(wholeIn(0, 3650)),
    warnWithinDays: defaulted(wholeIn(0, 36500), () => 60),
    locale: defaulted(oneOf(['fr', 'en']), () => 'fr'),
  },
  true,
);
