import * as z from 'zod/mini';
import {
  addDaysValid,
  type FrenchRegion,
  FrenchRegionSchema,
  type PlainDate,
  rollWorkingDayValid,
} from '../dates/internal.js';
import { decValid, toCents } from '../internal/decimal.js';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount, MoneyInput } from '../money/internal.js';
import {
  type Catalogue,
  defaultLocale,
  type Finding,
  type Locale,
  LocaleSchema,
} from '../text/internal.js';
import type { EinvoiceRequestedAction } from './requested-action.js';
import { type EinvoiceStatusCode, statusRow } from './status-codes.js';
import {
  type EinvoiceStatusEvent,
  type EinvoiceStatusEventInput,
  EinvoiceStatusEventSchema,
} from './status-event.js';
import { einvoicingCatalogues } from './text.catalogues.js';
import type {
  EinvoiceNoEffectWhy,
  EinvoiceTaskKey,
  EinvoicingMessage,
  EinvoicingMessages,
} from './text.js';

/**
 * A warning attached to a status effect: a {@link Finding} with a stable code
 * (`EINVOICE_AMOUNT_MISSING`, `EINVOICE_REASON_MISSING`), its params, the message in the requested
 * locale and the rule behind it.
 *
 * @category E-invoicing
 */
export type EinvoiceWarning =
  | Finding<'EINVOICE_AMOUNT_MISSING', EinvoicingMessages['EINVOICE_AMOUNT_MISSING']>
  | Finding<'EINVOICE_REASON_MISSING', EinvoicingMessages['EINVOICE_REASON_MISSING']>;

/**
 * What the creditor has to do next after a status: the requested action of the status when it
 * carries one, else the usual task for that status.
 *
 * @category E-invoicing
 */
export interface EinvoiceCreditorTask {
  /** The requested action code the status carried, or `null`. */
  readonly requestedAction: EinvoiceRequestedAction | null;
  /** The task, in the requested locale. */
  readonly task: string;
  /** The task as `code` and `params`, for apps rendering their own text. */
  readonly taskMessage: EinvoicingMessage<'EINVOICE_TASK'>;
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

/**
 * The catalogue codes of the status effect explanations ({@link EinvoicingMessages}).
 *
 * @category E-invoicing
 */
export type EinvoiceEffectCode = Exclude<
  keyof EinvoicingMessages,
  'EINVOICING_OBLIGATIONS' | 'EINVOICE_TASK' | 'EINVOICE_REASON_MISSING' | 'EINVOICE_AMOUNT_MISSING'
>;

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
  /** What the status does to dunning, in one sentence in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: EinvoicingMessage<EinvoiceEffectCode>;
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
  /** The dispute's reason for the dunning state (`'207 En litige : MONTANTTOTAL_ERR'` in French). */
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
  /** The locale of the explanation, task and warnings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** @internal The settings of an effect, validated. */
export interface EffectSettings {
  readonly paymentInTransitWorkingDays: number;
  readonly region: FrenchRegion;
}

/** @internal The default hold after 211 (integrators ask for 1–3 days, Odoo issue #268018). */
export const DEFAULT_IN_TRANSIT_WORKING_DAYS = 3;

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    paymentInTransitWorkingDays: z.optional(z.int().check(z.minimum(0), z.maximum(30))),
    region: z.optional(FrenchRegionSchema),
    locale: z.optional(LocaleSchema),
  }),
);

const STD = 'AFNOR XP Z12-012';

/** The catalogue of one locale an effect is rendered with. */
type Cat = Catalogue<EinvoicingMessages>;

/** Renders one sentence (params copied, never aliased). */
function say<C extends keyof EinvoicingMessages>(
  cat: Cat,
  code: C,
  params: EinvoicingMessages[C],
): EinvoicingMessage<C> {
  const copy = { ...params };
  return { code, params: copy, message: cat[code](copy) } as EinvoicingMessage<C>;
}

type Extra<C extends EinvoiceEffectCode> = Omit<EinvoicingMessages[C], 'code' | 'name' | 'date'>;

/** The common fields of an effect; the explanation is `code` with the status and `extra` params. */
function base<C extends EinvoiceEffectCode>(
  e: EinvoiceStatusEvent,
  cat: Cat,
  article: string,
  code: C,
  extra: Extra<C>,
  warnings: ReadonlyArray<EinvoiceWarning> = [],
): EffectBase {
  const row = statusRow(e.code);
  const params = {
    code: e.code,
    name: row.name,
    date: e.date,
    ...extra,
  } as unknown as EinvoicingMessages[C];
  const explanationMessage = say(cat, code, params) as EinvoicingMessage<EinvoiceEffectCode>;
  return {
    code: e.code,
    name: row.name,
    date: e.date,
    reasonCodes: e.reasonCodes ? [...e.reasonCodes] : [],
    article,
    explanation: explanationMessage.message,
    explanationMessage,
    warnings,
  };
}

function amountOf(value: MoneyInput | undefined): Amount | null {
  if (value === undefined) return null;
  return toCents(decValid(value)) as Amount;
}

function taskOf(e: EinvoiceStatusEvent, cat: Cat, fallback: EinvoiceTaskKey): EinvoiceCreditorTask {
  const action = e.requestedAction ?? null;
  const taskMessage = say(cat, 'EINVOICE_TASK', { task: action ?? fallback });
  return { requestedAction: action, task: taskMessage.message, taskMessage };
}

function warning(
  cat: Cat,
  code: EinvoiceWarning['code'],
  e: EinvoiceStatusEvent,
  article: string,
): EinvoiceWarning {
  const m = say(cat, code, { code: e.code as 206 | 212, date: e.date });
  return { ...m, severity: 'warning', article } as EinvoiceWarning;
}

function reasonMissing(e: EinvoiceStatusEvent, cat: Cat): EinvoiceWarning[] {
  if (e.reasonCodes && e.reasonCodes.length > 0) return [];
  const article = `${STD} (a reason is expected with statuses 207, 210 and 213)`;
  return [warning(cat, 'EINVOICE_REASON_MISSING', e, article)];
}

function noEffect(e: EinvoiceStatusEvent, cat: Cat, why: EinvoiceNoEffectWhy): EinvoiceNoEffect {
  return { kind: 'no_effect', ...base(e, cat, STD, 'EINVOICE_NO_EFFECT', { why }) };
}

type InvalidReason = EinvoicingMessages['EINVOICE_INVALID_INVOICE']['reason'];

// C. com. L441-10 II: penalties and the recovery indemnity run on an invoice validly issued.
const NOT_ISSUED =
  'C. com. L441-10 II (penalties and the recovery indemnity run on an invoice validly issued)';

/** 210, 213, 220, 221: no validly issued invoice; stop with the creditor's next task. */
function invalidInvoice(
  e: EinvoiceStatusEvent,
  cat: Cat,
  reason: InvalidReason,
  fallbackTask: EinvoiceTaskKey,
  article: string,
): EinvoiceStop {
  const creditorTask = taskOf(e, cat, fallbackTask);
  const warnings = e.code === 210 || e.code === 213 ? reasonMissing(e, cat) : [];
  const task = creditorTask.taskMessage.params.task;
  return {
    kind: 'stop',
    reason,
    validInvoice: false,
    creditorTask,
    ...base(e, cat, article, 'EINVOICE_INVALID_INVOICE', { reason, task }, warnings),
  };
}

function rejected(e: EinvoiceStatusEvent, cat: Cat): EinvoiceStatusEffect {
  // A re-delivery rejected as a duplicate leaves the original invoice alive.
  if (e.reasonCodes?.includes('DOUBLON')) return noEffect(e, cat, 'duplicate');
  const article = `${STD} (213 Rejetée); ${NOT_ISSUED}`;
  return invalidInvoice(e, cat, 'einvoice_rejected', 'correct_and_redeposit', article);
}

function partialApproval(e: EinvoiceStatusEvent, cat: Cat): EinvoicePartialApproval {
  const approved = amountOf(e.amounts?.approved);
  const disputed = amountOf(e.amounts?.disputed);
  const article = `${STD} (206 Approuvée partiellement)`;
  const warnings: EinvoiceWarning[] =
    approved === null && disputed === null
      ? [warning(cat, 'EINVOICE_AMOUNT_MISSING', e, article)]
      : [];
  return {
    kind: 'partial_approval',
    approved,
    disputed,
    ...base(e, cat, article, 'EINVOICE_PARTIAL_APPROVAL', { approved, disputed }, warnings),
  };
}

function dispute(e: EinvoiceStatusEvent, cat: Cat): EinvoiceDispute {
  const codes = e.reasonCodes ?? [];
  const name = statusRow(207).name;
  const reason = cat.EINVOICE_DISPUTE_REASON({
    code: 207,
    name,
    reasonCodes: codes,
    amountsUnknown: false,
  });
  const creditorTask = taskOf(e, cat, 'answer_dispute');
  const extra = { reasonCodes: [...codes], task: creditorTask.taskMessage.params.task };
  return {
    kind: 'dispute',
    reason,
    disputed: amountOf(e.amounts?.disputed),
    creditorTask,
    ...base(
      e,
      cat,
      `${STD} (207 En litige); C. com. L441-10 II (penalties keep running)`,
      'EINVOICE_DISPUTE',
      extra,
      reasonMissing(e, cat),
    ),
  };
}

function pause(e: EinvoiceStatusEvent, cat: Cat): EinvoicePause {
  const creditorTask = taskOf(e, cat, 'supply_documents');
  return {
    kind: 'pause',
    creditorTask,
    ...base(
      e,
      cat,
      `${STD} (208 Suspendue); C. com. L441-10 II (penalties keep running from the due date)`,
      'EINVOICE_PAUSE',
      { task: creditorTask.taskMessage.params.task },
    ),
  };
}

/** The first day after `days` working days following `date` (the date itself when 0). */
function afterWorkingDays(date: PlainDate, days: number, region: FrenchRegion): PlainDate {
  let d = date;
  for (let i = 0; i < days; i++) d = rollWorkingDayValid(addDaysValid(d, 1), region, 1);
  return days === 0 ? d : addDaysValid(d, 1);
}

function inTransit(e: EinvoiceStatusEvent, cat: Cat, s: EffectSettings): EinvoicePaymentInTransit {
  const resumeOn = afterWorkingDays(e.date, s.paymentInTransitWorkingDays, s.region);
  const workingDays = s.paymentInTransitWorkingDays + 0; // + 0: never -0
  return {
    kind: 'payment_in_transit',
    amount: amountOf(e.amounts?.paid),
    waitWorkingDays: workingDays,
    resumeOn,
    ...base(
      e,
      cat,
      `${STD} (211 Paiement transmis); C. com. L441-10 II (penalties run until the payment arrives)`,
      'EINVOICE_PAYMENT_IN_TRANSIT',
      { workingDays, resumeOn },
    ),
  };
}

function cashed(e: EinvoiceStatusEvent, cat: Cat): EinvoicePayment {
  const paid = amountOf(e.amounts?.paid);
  const amount = paid === null || paid === '0.00' ? null : paid;
  const warnings: EinvoiceWarning[] =
    amount === null ? [warning(cat, 'EINVOICE_AMOUNT_MISSING', e, `${STD} (212 Encaissée)`)] : [];
  return {
    kind: 'payment',
    amount,
    paidOn: e.date,
    ...base(
      e,
      cat,
      `C. civ. 1342 (payment); ${STD} (212 Encaissée)`,
      'EINVOICE_CASHED',
      { amount },
      warnings,
    ),
  };
}

function payeeChanged(
  e: EinvoiceStatusEvent,
  cat: Cat,
  reason: 'einvoice_factored' | 'einvoice_direct_payment',
): EinvoiceStop {
  const factored = reason === 'einvoice_factored';
  const creditorTask = taskOf(e, cat, factored ? 'leave_to_factor' : 'settle_direct_payment');
  return {
    kind: 'stop',
    reason,
    validInvoice: true,
    creditorTask,
    ...base(
      e,
      cat,
      factored
        ? `C. civ. 1346-1, C. mon. fin. L313-23 (the factor collects by subrogation or assignment); ${STD} (225 Affacturée)`
        : `loi n° 75-1334 art. 6 (direct payment of a subcontractor); ${STD} (224 Demande de paiement direct)`,
      'EINVOICE_PAYEE_CHANGED',
      { reason, task: creditorTask.taskMessage.params.task },
    ),
  };
}

type Handler = (e: EinvoiceStatusEvent, cat: Cat, s: EffectSettings) => EinvoiceStatusEffect;

/** An effect whose explanation needs only the status. */
function plain<K extends 'received' | 'approved' | 'resolve' | 'unfactored'>(
  kind: K,
  code: 'EINVOICE_RECEIVED' | 'EINVOICE_APPROVED' | 'EINVOICE_RESOLVE' | 'EINVOICE_UNFACTORED',
  article: string,
): Handler {
  return (e, cat) =>
    ({
      kind,
      ...(kind === 'received' ? { receivedOn: e.date } : {}),
      ...base(e, cat, article, code, {}),
    }) as EinvoiceStatusEffect;
}

// One handler per code: a missing code is a compile error.
const HANDLERS: Readonly<Record<EinvoiceStatusCode, Handler>> = {
  200: (e, cat) => noEffect(e, cat, 'deposited'),
  201: (e, cat) => noEffect(e, cat, 'tracking'),
  202: (e, cat) => noEffect(e, cat, 'tracking'),
  203: plain(
    'received',
    'EINVOICE_RECEIVED',
    `CCP R2192-12 (a public buyer's payment term runs from receipt); ${STD} (203 Mise à disposition)`,
  ),
  204: (e, cat) => noEffect(e, cat, 'tracking'),
  205: plain(
    'approved',
    'EINVOICE_APPROVED',
    `CPC 835 al. 2, 873 al. 2 (a claim not seriously disputable); ${STD} (205 Approuvée)`,
  ),
  206: partialApproval,
  207: dispute,
  208: pause,
  209: plain('resolve', 'EINVOICE_RESOLVE', `${STD} (209 Complétée)`),
  210: (e, cat) =>
    invalidInvoice(
      e,
      cat,
      'einvoice_refused',
      'correct_or_credit',
      `${STD} (210 Refusée); ${NOT_ISSUED}`,
    ),
  211: (e, cat, s) => inTransit(e, cat, s),
  212: cashed,
  213: rejected,
  214: (e, cat) => noEffect(e, cat, 'review'),
  220: (e, cat) =>
    invalidInvoice(e, cat, 'einvoice_cancelled', 'new_invoice_if_owed', `${STD} (220 Annulée)`),
  221: (e, cat) =>
    invalidInvoice(
      e,
      cat,
      'einvoice_misrouted',
      'redeposit_to_buyer_platform',
      `${STD} (221 Erreur de routage)`,
    ),
  224: (e, cat) => payeeChanged(e, cat, 'einvoice_direct_payment'),
  225: (e, cat) => payeeChanged(e, cat, 'einvoice_factored'),
  226: (e, cat) => noEffect(e, cat, 'confidential_factoring'),
  227: (e, cat) => noEffect(e, cat, 'account_changed'),
  228: plain('unfactored', 'EINVOICE_UNFACTORED', `${STD} (228 Non affacturée)`),
};

/**
 * @internal The effect of a validated status event, its sentences rendered with `catalogue`
 * (the dunning fold passes the catalogue of its caller's locale).
 */
export function effectOfStatus(
  e: EinvoiceStatusEvent,
  s: EffectSettings,
  catalogue: Cat,
): EinvoiceStatusEffect {
  return HANDLERS[e.code](e, catalogue, s);
}

/** @internal Validated options with their defaults (the locale is read by the public function). */
export function effectSettings(options: EinvoiceStatusEffectOptions | undefined): EffectSettings {
  const { locale: _locale, ...o } = parseOrThrow(optionsSchema(), options ?? {}, 'options', [
    'options',
  ]);
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
 * @param options - the hold after 211, its holiday calendar, and the `locale` of the sentences
 * (`'fr'` by default)
 * @returns the effect, a discriminated union on `kind`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed status (an unknown code is named in
 * the message) or options.
 * @example
 * ```ts
 * einvoiceStatusEffect({ type: 'einvoice_status', date: '2026-10-05', code: 210, reasonCodes: ['TX_TVA_ERR'], requestedAction: 'NIN' });
 * //=> { kind: 'stop', reason: 'einvoice_refused', validInvoice: false, creditorTask: { requestedAction: 'NIN', task: 'émettre une facture rectificative', … }, … }
 * ```
 * @category E-invoicing
 */
export function einvoiceStatusEffect(
  status: EinvoiceStatusEventInput,
  options?: EinvoiceStatusEffectOptions,
): EinvoiceStatusEffect {
  const e = parseOrThrow(EinvoiceStatusEventSchema, status, 'status', ['status']);
  const settings = effectSettings(options);
  return effectOfStatus(e, settings, einvoicingCatalogues[options?.locale ?? defaultLocale]);
}
