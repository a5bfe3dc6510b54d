import * as z from 'zod/mini';
import {
  addDaysValid,
  type FrenchRegion,
  FrenchRegionSchema,
  type PlainDate,
  rollWorkingDayValid,
} from '../dates/internal.js';
import { decValid, toCents } from '../internal/decimal.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount, MoneyInput } from '../money/internal.js';
import { type EinvoiceRequestedAction, einvoiceRequestedActions } from './requested-action.js';
import { type EinvoiceStatusCode, statusRow } from './status-codes.js';
import {
  type EinvoiceStatusEvent,
  type EinvoiceStatusEventInput,
  EinvoiceStatusEventSchema,
} from './status-event.js';

/**
 * A warning attached to a status effect: a stable code (`EINVOICE_AMOUNT_MISSING`,
 * `EINVOICE_REASON_MISSING`), an English message and the rule behind it.
 *
 * @category E-invoicing
 */
export interface EinvoiceWarning {
  /** The stable code. */
  readonly code: 'EINVOICE_AMOUNT_MISSING' | 'EINVOICE_REASON_MISSING';
  /** A readable English sentence. */
  readonly message: string;
  /** The standard or article behind it. */
  readonly article: string;
}

/**
 * What the creditor has to do next after a status: the requested action of the status when it
 * carries one, else the usual task for that status.
 *
 * @category E-invoicing
 */
export interface EinvoiceCreditorTask {
  /** The requested action code the status carried, or `null`. */
  readonly requestedAction: EinvoiceRequestedAction | null;
  /** The task, in English. */
  readonly task: string;
}

/**
 * Why a status stops our dunning of the invoice:
 *
 * - `'einvoice_refused'` (210), `'einvoice_rejected'` (213), `'einvoice_cancelled'` (220),
 *   `'einvoice_misrouted'` (221): there is no validly issued invoice to chase;
 * - `'einvoice_factored'` (225), `'einvoice_direct_payment'` (224): the claim stands but someone
 *   else collects it.
 *
 * @category E-invoicing
 */
export type EinvoiceStopReason =
  | 'einvoice_refused'
  | 'einvoice_rejected'
  | 'einvoice_cancelled'
  | 'einvoice_misrouted'
  | 'einvoice_factored'
  | 'einvoice_direct_payment';

interface EffectBase {
  /** The status code. */
  readonly code: EinvoiceStatusCode;
  /** Its French name (`'En litige'`). */
  readonly name: string;
  /** The status date. */
  readonly date: PlainDate;
  /** The reason codes the status carried (a fresh copy), possibly empty. */
  readonly reasonCodes: ReadonlyArray<string>;
  /** The standard or article behind the effect. */
  readonly article: string;
  /** What the status does to dunning, in one English sentence. */
  readonly explanation: string;
  /** Missing facts that the effect had to assume. */
  readonly warnings: ReadonlyArray<EinvoiceWarning>;
}

/**
 * No effect on dunning: a transmission or handling step (200, 201, 202, 204, 214), confidential
 * factoring or an account change (226, 227), or a rejected duplicate deposit (213 with `DOUBLON`).
 *
 * @category E-invoicing
 */
export interface EinvoiceNoEffect extends EffectBase {
  /** Discriminant. */
  readonly kind: 'no_effect';
}

/**
 * 203 Mise à disposition: the buyer has the invoice; `receivedOn` starts a public buyer's payment
 * term (CCP R2192-12).
 *
 * @category E-invoicing
 */
export interface EinvoiceReceived extends EffectBase {
  /** Discriminant. */
  readonly kind: 'received';
  /** The day the buyer received the invoice. */
  readonly receivedOn: PlainDate;
}

/**
 * 205 Approuvée: evidence that the claim is not disputed (useful for a référé-provision); it ends a
 * dispute or a suspension opened by the buyer.
 *
 * @category E-invoicing
 */
export interface EinvoiceApproved extends EffectBase {
  /** Discriminant. */
  readonly kind: 'approved';
}

/**
 * 206 Approuvée partiellement: chase the approved amount, hold the disputed one. Either amount may
 * be missing (`null`): the other one is then the rest of the balance; with neither, the whole
 * invoice is held as disputed (warning `EINVOICE_AMOUNT_MISSING`).
 *
 * @category E-invoicing
 */
export interface EinvoicePartialApproval extends EffectBase {
  /** Discriminant. */
  readonly kind: 'partial_approval';
  /** The amount the buyer approved, or `null`. */
  readonly approved: Amount | null;
  /** The amount the buyer disputes, or `null`. */
  readonly disputed: Amount | null;
}

/**
 * 207 En litige: a dispute, with its standard reason codes; reminders stop until 205, 209, a
 * credit note or the dispute's resolution. Penalties keep running.
 *
 * @category E-invoicing
 */
export interface EinvoiceDispute extends EffectBase {
  /** Discriminant. */
  readonly kind: 'dispute';
  /** The dispute's reason for the dunning state (`'207 En litige: MONTANTTOTAL_ERR'`). */
  readonly reason: string;
  /** The disputed amount when the status gives it, else `null` (the whole invoice). */
  readonly disputed: Amount | null;
  /** What the creditor should do. */
  readonly creditorTask: EinvoiceCreditorTask;
}

/**
 * 208 Suspendue: the buyer waits for something from the creditor (documents, references): pause
 * reminders until 209 Complétée; penalties keep running.
 *
 * @category E-invoicing
 */
export interface EinvoicePause extends EffectBase {
  /** Discriminant. */
  readonly kind: 'pause';
  /** What the creditor must supply. */
  readonly creditorTask: EinvoiceCreditorTask;
}

/**
 * 209 Complétée: the creditor supplied what was asked; ends a suspension or a dispute.
 *
 * @category E-invoicing
 */
export interface EinvoiceResolve extends EffectBase {
  /** Discriminant. */
  readonly kind: 'resolve';
}

/**
 * Stop our dunning of the invoice (`none` decision). When `validInvoice` is `false` (refused,
 * rejected, cancelled, misrouted) there was never a valid invoice to chase: no penalties and no
 * 40 € indemnity.
 *
 * @category E-invoicing
 */
export interface EinvoiceStop extends EffectBase {
  /** Discriminant. */
  readonly kind: 'stop';
  /** Why. */
  readonly reason: EinvoiceStopReason;
  /** `false` when no valid invoice stands behind the claim. */
  readonly validInvoice: boolean;
  /** What the creditor should do next. */
  readonly creditorTask: EinvoiceCreditorTask;
}

/**
 * 211 Paiement transmis: the buyer says it sent the payment; hold the next step until `resumeOn`
 * (after `waitWorkingDays` working days), then resume if nothing arrived. Penalties keep running.
 *
 * @category E-invoicing
 */
export interface EinvoicePaymentInTransit extends EffectBase {
  /** Discriminant. */
  readonly kind: 'payment_in_transit';
  /** The amount sent (`amounts.paid`), or `null`. */
  readonly amount: Amount | null;
  /** The hold, in working days after the status date. */
  readonly waitWorkingDays: number;
  /** The first day dunning may act again. */
  readonly resumeOn: PlainDate;
}

/**
 * 212 Encaissée: a payment of the cashed amount on the status date; without an amount nothing is
 * counted (warning `EINVOICE_AMOUNT_MISSING`).
 *
 * @category E-invoicing
 */
export interface EinvoicePayment extends EffectBase {
  /** Discriminant. */
  readonly kind: 'payment';
  /** The amount cashed (`amounts.paid`), or `null` when the status gave none. */
  readonly amount: Amount | null;
  /** The day it was cashed. */
  readonly paidOn: PlainDate;
}

/**
 * 228 Non affacturée: the invoice is not (or no longer) factored; the creditor collects it again,
 * which ends a stop on 225.
 *
 * @category E-invoicing
 */
export interface EinvoiceUnfactored extends EffectBase {
  /** Discriminant. */
  readonly kind: 'unfactored';
}

/**
 * What a lifecycle status does to dunning; a discriminated union on `kind`. See
 * {@link einvoiceStatusEffect}.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusEffect =
  | EinvoiceNoEffect
  | EinvoiceReceived
  | EinvoiceApproved
  | EinvoicePartialApproval
  | EinvoiceDispute
  | EinvoicePause
  | EinvoiceResolve
  | EinvoiceStop
  | EinvoicePaymentInTransit
  | EinvoicePayment
  | EinvoiceUnfactored;

/**
 * The `kind` of an {@link EinvoiceStatusEffect}.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusEffectKind = EinvoiceStatusEffect['kind'];

/**
 * Options of {@link einvoiceStatusEffect}.
 *
 * @category E-invoicing
 */
export interface EinvoiceStatusEffectOptions {
  /** Working days to hold dunning after 211 Paiement transmis, 0–30; default 3 (0: no hold). */
  readonly paymentInTransitWorkingDays?: number;
  /** The holiday calendar for those working days; default `'metropolitan'`. */
  readonly region?: FrenchRegion;
}

/** @internal The settings of an effect, validated. */
export interface EffectSettings {
  readonly paymentInTransitWorkingDays: number;
  readonly region: FrenchRegion;
}

/** @internal The default hold after 211 (integrators ask for 1–3 days, Odoo issue #268018). */
export const DEFAULT_IN_TRANSIT_WORKING_DAYS = 3;

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  paymentInTransitWorkingDays: z.optional(z.int().check(z.minimum(0), z.maximum(30))),
  region: z.optional(FrenchRegionSchema),
});

const STD = 'AFNOR XP Z12-012';

/** The common fields of an effect. */
function base(
  e: EinvoiceStatusEvent,
  article: string,
  explanation: string,
  warnings: ReadonlyArray<EinvoiceWarning> = [],
): EffectBase {
  const row = statusRow(e.code);
  return {
    code: e.code,
    name: row.name,
    date: e.date,
    reasonCodes: e.reasonCodes ? [...e.reasonCodes] : [],
    article,
    explanation: `${e.code} ${row.name} on ${e.date}: ${explanation}`,
    warnings,
  };
}

function amountOf(value: MoneyInput | undefined): Amount | null {
  if (value === undefined) return null;
  return toCents(decValid(value)) as Amount;
}

function taskOf(e: EinvoiceStatusEvent, fallback: string): EinvoiceCreditorTask {
  const action = e.requestedAction ?? null;
  return { requestedAction: action, task: action ? einvoiceRequestedActions[action].en : fallback };
}

function reasonMissing(e: EinvoiceStatusEvent): EinvoiceWarning[] {
  if (e.reasonCodes && e.reasonCodes.length > 0) return [];
  return [
    {
      code: 'EINVOICE_REASON_MISSING',
      message: `The ${e.code} status of ${e.date} gives no reason code: ask the buyer or the platform why.`,
      article: `${STD} (a reason is expected with statuses 207, 210 and 213)`,
    },
  ];
}

function noEffect(e: EinvoiceStatusEvent, why: string): EinvoiceNoEffect {
  return { kind: 'no_effect', ...base(e, STD, why) };
}

/** 210, 213, 220, 221: no validly issued invoice; stop with the creditor's next task. */
function invalidInvoice(
  e: EinvoiceStatusEvent,
  reason: EinvoiceStopReason,
  why: string,
  fallbackTask: string,
  article: string,
): EinvoiceStop {
  const creditorTask = taskOf(e, fallbackTask);
  const warnings = e.code === 210 || e.code === 213 ? reasonMissing(e) : [];
  return {
    kind: 'stop',
    reason,
    validInvoice: false,
    creditorTask,
    ...base(
      e,
      article,
      `${why}; stop dunning, claim no late-payment penalties and no fixed recovery indemnity; next: ${creditorTask.task}.`,
      warnings,
    ),
  };
}

function rejected(e: EinvoiceStatusEvent): EinvoiceStatusEffect {
  // A re-delivery rejected as a duplicate leaves the original invoice alive.
  if (e.reasonCodes?.includes('DOUBLON'))
    return noEffect(
      e,
      'a second deposit of the invoice was rejected as a duplicate (DOUBLON); the invoice first deposited stands and dunning goes on.',
    );
  return invalidInvoice(
    e,
    'einvoice_rejected',
    'the platform rejected the invoice, so it was not validly issued',
    'correct the invoice and deposit it again',
    `${STD} (213 Rejetée); C. com. L441-10 II (penalties and the recovery indemnity run on an invoice validly issued)`,
  );
}

function partialApproval(e: EinvoiceStatusEvent): EinvoicePartialApproval {
  const approved = amountOf(e.amounts?.approved);
  const disputed = amountOf(e.amounts?.disputed);
  const warnings: EinvoiceWarning[] = [];
  if (approved === null && disputed === null)
    warnings.push({
      code: 'EINVOICE_AMOUNT_MISSING',
      message: `The 206 status of ${e.date} gives neither the approved nor the disputed amount: the whole invoice is held as disputed until they are known.`,
      article: `${STD} (206 Approuvée partiellement)`,
    });
  const what =
    approved !== null
      ? `chase the approved amount (${approved}) and hold the rest as disputed`
      : disputed !== null
        ? `hold the disputed amount (${disputed}) and chase the rest`
        : 'hold the whole invoice as disputed until the amounts are known';
  return {
    kind: 'partial_approval',
    approved,
    disputed,
    ...base(
      e,
      `${STD} (206 Approuvée partiellement)`,
      `the buyer approved part of the invoice; ${what}.`,
      warnings,
    ),
  };
}

function dispute(e: EinvoiceStatusEvent): EinvoiceDispute {
  const codes = e.reasonCodes ?? [];
  const name = statusRow(207).name;
  const reason = codes.length > 0 ? `207 ${name}: ${codes.join(', ')}` : `207 ${name}`;
  const creditorTask = taskOf(
    e,
    'answer the dispute (a credit note, a corrected invoice or evidence)',
  );
  return {
    kind: 'dispute',
    reason,
    disputed: amountOf(e.amounts?.disputed),
    creditorTask,
    ...base(
      e,
      `${STD} (207 En litige); C. com. L441-10 II (penalties keep running)`,
      `the buyer disputes the invoice${codes.length > 0 ? ` (${codes.join(', ')})` : ''}; reminders stop until it is approved, completed or credited; next: ${creditorTask.task}.`,
      reasonMissing(e),
    ),
  };
}

function pause(e: EinvoiceStatusEvent): EinvoicePause {
  const creditorTask = taskOf(e, 'supply the documents or references the buyer asks for');
  return {
    kind: 'pause',
    creditorTask,
    ...base(
      e,
      `${STD} (208 Suspendue); C. com. L441-10 II (penalties keep running from the due date)`,
      `the buyer suspended the invoice until the creditor supplies something; reminders pause until 209 Complétée, penalties keep running; next: ${creditorTask.task}.`,
    ),
  };
}

/** The first day after `days` working days following `date` (the date itself when 0). */
function afterWorkingDays(date: PlainDate, days: number, region: FrenchRegion): PlainDate {
  let d = date;
  for (let i = 0; i < days; i++) d = rollWorkingDayValid(addDaysValid(d, 1), region, 1);
  return days === 0 ? d : addDaysValid(d, 1);
}

function inTransit(e: EinvoiceStatusEvent, s: EffectSettings): EinvoicePaymentInTransit {
  const resumeOn = afterWorkingDays(e.date, s.paymentInTransitWorkingDays, s.region);
  return {
    kind: 'payment_in_transit',
    amount: amountOf(e.amounts?.paid),
    waitWorkingDays: s.paymentInTransitWorkingDays + 0, // + 0: never -0
    resumeOn,
    ...base(
      e,
      `${STD} (211 Paiement transmis); C. com. L441-10 II (penalties run until the payment arrives)`,
      `the buyer says the payment was sent; hold the next step for ${s.paymentInTransitWorkingDays} working day(s) and resume on ${resumeOn} if nothing arrived; penalties keep running.`,
    ),
  };
}

function cashed(e: EinvoiceStatusEvent): EinvoicePayment {
  const paid = amountOf(e.amounts?.paid);
  const amount = paid === null || paid === '0.00' ? null : paid;
  const warnings: EinvoiceWarning[] =
    amount === null
      ? [
          {
            code: 'EINVOICE_AMOUNT_MISSING',
            message: `The 212 status of ${e.date} gives no cashed amount (amounts.paid): no payment was counted; record it with its amount.`,
            article: `${STD} (212 Encaissée)`,
          },
        ]
      : [];
  return {
    kind: 'payment',
    amount,
    paidOn: e.date,
    ...base(
      e,
      `C. civ. 1342 (payment); ${STD} (212 Encaissée)`,
      amount === null
        ? 'the creditor cashed a payment of unknown amount; nothing is counted until the amount is known.'
        : `the creditor cashed ${amount} €; it counts as a payment on that day.`,
      warnings,
    ),
  };
}

function payeeChanged(
  e: EinvoiceStatusEvent,
  reason: 'einvoice_factored' | 'einvoice_direct_payment',
): EinvoiceStop {
  const factored = reason === 'einvoice_factored';
  const creditorTask = taskOf(
    e,
    factored
      ? 'leave collection to the factor and pass on any payment received'
      : 'settle with the subcontractor paid directly; chase only what the buyer still owes you',
  );
  return {
    kind: 'stop',
    reason,
    validInvoice: true,
    creditorTask,
    ...base(
      e,
      factored
        ? `C. civ. 1346-1, C. mon. fin. L313-23 (the factor collects by subrogation or assignment); ${STD} (225 Affacturée)`
        : `loi n° 75-1334 art. 6 (direct payment of a subcontractor); ${STD} (224 Demande de paiement direct)`,
      `${factored ? 'the invoice was factored: the factor collects it' : 'direct payment was requested: the buyer pays someone else'}; stop our own dunning; next: ${creditorTask.task}.`,
    ),
  };
}

type Handler = (e: EinvoiceStatusEvent, s: EffectSettings) => EinvoiceStatusEffect;

const TRACKING = 'a transmission or handling step with no effect on dunning.';

// One handler per code: a missing code is a compile error.
const HANDLERS: Readonly<Record<EinvoiceStatusCode, Handler>> = {
  200: (e) => noEffect(e, `the invoice was deposited on the platform; ${TRACKING}`),
  201: (e) => noEffect(e, TRACKING),
  202: (e) => noEffect(e, TRACKING),
  203: (e) => ({
    kind: 'received',
    receivedOn: e.date,
    ...base(
      e,
      `CCP R2192-12 (a public buyer's payment term runs from receipt); ${STD} (203 Mise à disposition)`,
      'the buyer received the invoice on this day (it starts a public buyer’s payment term).',
    ),
  }),
  204: (e) => noEffect(e, TRACKING),
  205: (e) => ({
    kind: 'approved',
    ...base(
      e,
      `CPC 835 al. 2, 873 al. 2 (a claim not seriously disputable); ${STD} (205 Approuvée)`,
      'the buyer approved the invoice: evidence that the claim is not disputed; it ends a dispute or a suspension.',
    ),
  }),
  206: partialApproval,
  207: dispute,
  208: pause,
  209: (e) => ({
    kind: 'resolve',
    ...base(
      e,
      `${STD} (209 Complétée)`,
      'the creditor supplied what the buyer asked for; it ends a suspension or a dispute and reminders resume.',
    ),
  }),
  210: (e) =>
    invalidInvoice(
      e,
      'einvoice_refused',
      'the buyer refused the invoice, so it is not a valid claim',
      'issue a corrected invoice or a credit note',
      `${STD} (210 Refusée); C. com. L441-10 II (penalties and the recovery indemnity run on an invoice validly issued)`,
    ),
  211: inTransit,
  212: cashed,
  213: rejected,
  214: (e) => noEffect(e, `the buyer's review step; ${TRACKING}`),
  220: (e) =>
    invalidInvoice(
      e,
      'einvoice_cancelled',
      'the invoice was cancelled',
      'issue a new invoice if something is still owed',
      `${STD} (220 Annulée)`,
    ),
  221: (e) =>
    invalidInvoice(
      e,
      'einvoice_misrouted',
      'the invoice never reached the buyer (routing error)',
      "deposit the invoice again to the buyer's platform (check the directory, annuaire)",
      `${STD} (221 Erreur de routage)`,
    ),
  224: (e) => payeeChanged(e, 'einvoice_direct_payment'),
  225: (e) => payeeChanged(e, 'einvoice_factored'),
  226: (e) =>
    noEffect(
      e,
      'confidential factoring: the buyer is not told and the creditor still collects; dunning goes on.',
    ),
  227: (e) => noEffect(e, 'the payment account changed; reminders must give the new bank details.'),
  228: (e) => ({
    kind: 'unfactored',
    ...base(
      e,
      `${STD} (228 Non affacturée)`,
      'the invoice is not (or no longer) factored: the creditor collects it again.',
    ),
  }),
};

/** @internal The effect of a validated status event. */
export function effectOfStatus(e: EinvoiceStatusEvent, s: EffectSettings): EinvoiceStatusEffect {
  return HANDLERS[e.code](e, s);
}

/** @internal Validated options with their defaults. */
export function effectSettings(options: EinvoiceStatusEffectOptions | undefined): EffectSettings {
  const o = parseOrThrow(OptionsSchema, options ?? {}, 'options', ['options']);
  return {
    paymentInTransitWorkingDays: o.paymentInTransitWorkingDays ?? DEFAULT_IN_TRANSIT_WORKING_DAYS,
    region: o.region ?? 'metropolitan',
  };
}

/**
 * What a lifecycle status of the e-invoicing reform does to the dunning of its invoice, with the
 * standard or article behind it.
 *
 * | code | effect |
 * |---|---|
 * | 200, 201, 202, 204, 214, 226, 227 | `no_effect` |
 * | 203 Mise à disposition | `received` (starts a public buyer's term) |
 * | 205 Approuvée | `approved` (claim undisputed; ends a dispute or suspension) |
 * | 206 Approuvée partiellement | `partial_approval` (chase the approved amount) |
 * | 207 En litige | `dispute` (with its reason codes) |
 * | 208 Suspendue | `pause` awaiting the creditor |
 * | 209 Complétée | `resolve` |
 * | 210, 213, 220, 221 | `stop`, no valid invoice: no penalties, no 40 € (213 `DOUBLON`: `no_effect`) |
 * | 211 Paiement transmis | `payment_in_transit` (hold N working days, default 3) |
 * | 212 Encaissée | `payment` of `amounts.paid` |
 * | 224, 225 | `stop`, someone else collects |
 * | 228 Non affacturée | `unfactored` |
 *
 * @remarks Sources: AFNOR XP Z12-012 / XP Z12-014; AIFE external specifications v3.1; the legal
 * consequences cite C. com. L441-10 II, CCP R2192-12, CPC 835 and 873, C. civ. 1342 and 1346-1.
 * The result is fresh data: no array or object is shared with the input or the module.
 * @param status - the status event; see {@link EinvoiceStatusEventSchema}
 * @param options - the hold after 211 and its holiday calendar
 * @returns the effect, a discriminated union on `kind`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed status (an unknown code is named in
 * the message) or options.
 * @example
 * ```ts
 * einvoiceStatusEffect({ type: 'einvoice_status', date: '2026-10-05', code: 210, reasonCodes: ['TX_TVA_ERR'], requestedAction: 'NIN' });
 * //=> { kind: 'stop', reason: 'einvoice_refused', validInvoice: false, creditorTask: { requestedAction: 'NIN', task: 'issue a corrected invoice' }, … }
 * ```
 * @category E-invoicing
 */
export function einvoiceStatusEffect(
  status: EinvoiceStatusEventInput,
  options?: EinvoiceStatusEffectOptions,
): EinvoiceStatusEffect {
  const e = parseOrThrow(EinvoiceStatusEventSchema, status, 'status', ['status']);
  return effectOfStatus(e, effectSettings(options));
}
