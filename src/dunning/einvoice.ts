// Private: how an e-invoicing lifecycle status (einvoice_status event) changes the dunning fold.
// The meaning of each status comes from the einvoicing module (einvoiceStatusEffect); this file
// maps it onto the fold's holds: a dispute (207), a creditor pause (208), a payment (212), a hold
// after a payment sent (211), a partial hold (206) and a stop (210, 213, 220, 221, 224, 225).
import type { PlainDate } from '../dates/internal.js';
import { einvoicingCatalogues } from '../einvoicing/internal.js';
import type { EinvoiceStatusCode } from '../einvoicing/status-codes.js';
import {
  DEFAULT_IN_TRANSIT_WORKING_DAYS,
  type EffectSettings,
  type EinvoiceCreditorTask,
  type EinvoiceStatusEffect,
  type EinvoiceStopReason,
  type EinvoiceWarning,
  effectOfStatus,
} from '../einvoicing/status-effect.js';
import type { EinvoiceStatusEvent } from '../einvoicing/status-event.js';
import { type Dec, decValid, toCents, ZERO } from '../internal/decimal.js';
import type { Amount } from '../money/internal.js';
import type { Locale } from '../text/internal.js';
import type { MoneyMove } from './deps.js';
import { ACTIVE_STATUSES, type DunningStatus } from './transitions.js';

/**
 * What the e-invoicing lifecycle statuses of an invoice say, as of the state's date (part of
 * the dunning state; `null` when the log has no `einvoice_status` event).
 *
 * @category Dunning
 */
export interface DunningEinvoice {
  /** The latest status applied. */
  readonly lastStatus: {
    readonly code: EinvoiceStatusCode;
    readonly name: string;
    readonly date: PlainDate;
  };
  /** Why our dunning stopped (210, 213, 220, 221, 224, 225), or `null`. */
  readonly stop: {
    readonly reason: EinvoiceStopReason;
    readonly code: EinvoiceStatusCode;
    readonly date: PlainDate;
    /** `false`: no valid invoice, so no penalties and no 40 € indemnity. */
    readonly validInvoice: boolean;
    readonly creditorTask: EinvoiceCreditorTask;
    readonly explanation: string;
  } | null;
  /** The day the buyer received the invoice (203 Mise à disposition). */
  readonly receivedOn: PlainDate | null;
  /** The day the buyer approved it (205 Approuvée): evidence the claim is undisputed. */
  readonly approvedOn: PlainDate | null;
  /** The latest suspension (208 Suspendue); `endedOn` is set by 209 Complétée or 205. */
  readonly suspension: {
    readonly since: PlainDate;
    readonly reasonCodes: ReadonlyArray<string>;
    readonly creditorTask: EinvoiceCreditorTask;
    readonly endedOn: PlainDate | null;
  } | null;
  /** The latest 211 Paiement transmis; the hold ends on `resumeOn` or when a payment arrives. */
  readonly paymentInTransit: {
    readonly since: PlainDate;
    readonly amount: Amount | null;
    readonly resumeOn: PlainDate;
    readonly endedOn: PlainDate | null;
  } | null;
  /** The latest 206 Approuvée partiellement: `held` is the disputed amount not chased. */
  readonly partialApproval: {
    readonly date: PlainDate;
    readonly approved: Amount | null;
    readonly disputed: Amount | null;
    readonly held: Amount;
    readonly endedOn: PlainDate | null;
  } | null;
  /** The warnings of the statuses applied (a 212 without its amount…). */
  readonly warnings: ReadonlyArray<EinvoiceWarning>;
}

/** @internal The fold's working record of the statuses. */
export interface EinvoiceCtx {
  last: DunningEinvoice['lastStatus'];
  stop: DunningEinvoice['stop'];
  receivedOn: PlainDate | null;
  approvedOn: PlainDate | null;
  suspension: {
    since: PlainDate;
    reasonCodes: string[];
    creditorTask: EinvoiceCreditorTask;
    endedOn: PlainDate | null;
  } | null;
  /** The fold's current pause was started by a 208. */
  suspensionPause: boolean;
  inTransit: { since: PlainDate; amount: Amount | null; resumeOn: PlainDate } | null;
  partial: {
    date: PlainDate;
    approved: Amount | null;
    disputed: Amount | null;
    held: Dec;
    endedOn: PlainDate | null;
  } | null;
  /** The open dispute was opened by a status (207, or 206 without amounts). */
  disputeFromStatus: boolean;
  warnings: EinvoiceWarning[];
}

type Dispute = {
  readonly openedOn: PlainDate;
  readonly reason: string;
  readonly open: boolean;
  readonly outcome: 'upheld' | 'rejected' | 'settled' | null;
  readonly resolvedOn: PlainDate | null;
};

/** @internal A pause of the dunning (event `paused`, or a hold from an e-invoicing status). */
export interface PauseRecord {
  since: PlainDate;
  until: PlainDate | null;
  endsOn: PlainDate | null;
  reason: string;
  resumedOn: PlainDate | null;
}

/** @internal The fold context fields a status may change (the fold's Ctx has them). */
export interface EinvoiceHost {
  einvoice: EinvoiceCtx | null;
  dispute: Dispute | null;
  pause: PauseRecord | null;
  pastResume: PlainDate | null;
}

/** @internal What the fold knew just before the status. */
export interface EinvoiceView {
  readonly status: DunningStatus;
  readonly outstanding: Dec;
  readonly pauseActive: boolean;
  readonly pauseEndedOn: PlainDate | null;
  readonly inTransitEnd: PlainDate | null;
}

/** @internal The default settings (a decision passes the policy's). */
export const DEFAULT_EINVOICE_SETTINGS: EffectSettings = Object.freeze({
  paymentInTransitWorkingDays: DEFAULT_IN_TRANSIT_WORKING_DAYS,
  region: 'metropolitan',
});

// Statuses in which a hold may start: those dispute_opened and paused leave (transitions' ACTIVE).
const HOLDABLE: ReadonlySet<DunningStatus> = new Set(ACTIVE_STATUSES);

function later(a: PlainDate | null, b: PlainDate | null): PlainDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function fresh(e: EinvoiceStatusEvent, name: string): EinvoiceCtx {
  return {
    last: { code: e.code, name, date: e.date },
    stop: null,
    receivedOn: null,
    approvedOn: null,
    suspension: null,
    suspensionPause: false,
    inTransit: null,
    partial: null,
    disputeFromStatus: false,
    warnings: [],
  };
}

function openDispute(host: EinvoiceHost, date: PlainDate, reason: string, v: EinvoiceView): void {
  if (v.status === 'paid' || v.status === 'written_off' || host.dispute?.open) return;
  if (host.dispute) host.pastResume = later(host.pastResume, host.dispute.resolvedOn);
  host.dispute = { openedOn: date, reason, open: true, outcome: null, resolvedOn: null };
  host.einvoice!.disputeFromStatus = true;
}

/** 205 and 209 end the buyer's holds; 205 also ends a dispute opened outside the platform. */
function endHolds(host: EinvoiceHost, date: PlainDate, approved: boolean): void {
  const x = host.einvoice!;
  if (host.dispute?.open && (approved || x.disputeFromStatus)) {
    // The buyer's objection fell away: nothing is dropped from the claim.
    host.dispute = {
      ...host.dispute,
      open: false,
      outcome: approved ? 'rejected' : 'settled',
      resolvedOn: date,
    };
    x.disputeFromStatus = false;
  }
  if (x.suspension && x.suspension.endedOn === null) x.suspension.endedOn = date;
  if (x.suspensionPause && host.pause && host.pause.resumedOn === null)
    host.pause = { ...host.pause, resumedOn: date };
  x.suspensionPause = false;
  if (x.partial && x.partial.endedOn === null) x.partial.endedOn = date;
}

/** @internal A credit note answers a dispute or a partial approval made through the platform. */
export function creditNoteAnswersStatus(host: EinvoiceHost, date: PlainDate): void {
  const x = host.einvoice;
  if (x === null) return;
  if (x.partial && x.partial.endedOn === null && date >= x.partial.date) x.partial.endedOn = date;
  if (x.disputeFromStatus && host.dispute?.open && date >= host.dispute.openedOn) {
    host.dispute = { ...host.dispute, open: false, outcome: 'settled', resolvedOn: date };
    x.disputeFromStatus = false;
  }
}

function suspend(
  host: EinvoiceHost,
  e: EinvoiceStatusEvent,
  task: EinvoiceCreditorTask,
  v: EinvoiceView,
  locale: Locale,
): void {
  const x = host.einvoice!;
  const codes = e.reasonCodes ?? [];
  x.suspension = { since: e.date, reasonCodes: [...codes], creditorTask: task, endedOn: null };
  if (!HOLDABLE.has(v.status)) return;
  host.pastResume = later(host.pastResume, v.pauseEndedOn);
  host.pause = {
    since: host.pause && v.pauseActive ? host.pause.since : e.date,
    until: null,
    endsOn: null,
    reason: einvoicingCatalogues[locale].EINVOICE_PAUSE_REASON({
      reasonCodes: codes,
      task: task.taskMessage.params.task,
    }),
    resumedOn: null,
  };
  x.suspensionPause = true;
}

/**
 * @internal The hold of a partial approval (206) with at least one amount: the disputed part (or
 * what exceeds the approved part), never more than the balance nor below zero.
 */
export function partialHold(
  date: PlainDate,
  approved: Amount | null,
  disputed: Amount | null,
  outstanding: Dec,
): NonNullable<EinvoiceCtx['partial']> {
  const rest = approved === null ? ZERO : outstanding.minus(decValid(approved));
  let held = disputed === null ? rest : decValid(disputed);
  if (held.gt(outstanding)) held = outstanding;
  return { date, approved, disputed, held: held.gt(0) ? held : ZERO, endedOn: null };
}

/**
 * @internal The stop that stands after a new one: the first, unless the new one says there is no
 * valid invoice and the first only that someone else collects it.
 */
export function strongerStop(
  current: EinvoiceCtx['stop'],
  effect: Extract<EinvoiceStatusEffect, { kind: 'stop' }>,
): EinvoiceCtx['stop'] {
  if (current !== null && (!current.validInvoice || effect.validInvoice)) return current;
  return {
    reason: effect.reason,
    code: effect.code,
    date: effect.date,
    validInvoice: effect.validInvoice,
    creditorTask: effect.creditorTask,
    explanation: effect.explanation,
  };
}

/**
 * @internal Applies one status to the fold: `pay` records a payment (212) as a money move.
 */
export function applyEinvoiceStatus(
  host: EinvoiceHost,
  e: EinvoiceStatusEvent,
  v: EinvoiceView,
  settings: EffectSettings,
  locale: Locale,
  pay: (amount: Dec) => void,
): void {
  const effect = effectOfStatus(e, settings, einvoicingCatalogues[locale]);
  if (host.einvoice === null) host.einvoice = fresh(e, effect.name);
  const x = host.einvoice;
  x.last = { code: e.code, name: effect.name, date: e.date };
  x.warnings.push(...effect.warnings);
  switch (effect.kind) {
    case 'no_effect':
      return;
    case 'received':
      x.receivedOn ??= effect.receivedOn;
      return;
    case 'approved':
      x.approvedOn = e.date;
      endHolds(host, e.date, true);
      return;
    case 'resolve':
      endHolds(host, e.date, false);
      return;
    case 'partial_approval':
      if (effect.approved === null && effect.disputed === null)
        openDispute(
          host,
          e.date,
          einvoicingCatalogues[locale].EINVOICE_DISPUTE_REASON({
            code: 206,
            name: effect.name,
            reasonCodes: [],
            amountsUnknown: true,
          }),
          v,
        );
      else x.partial = partialHold(e.date, effect.approved, effect.disputed, v.outstanding);
      return;
    case 'dispute':
      openDispute(host, e.date, effect.reason, v);
      return;
    case 'pause':
      suspend(host, e, effect.creditorTask, v, locale);
      return;
    case 'stop':
      x.stop = strongerStop(x.stop, effect);
      return;
    case 'unfactored':
      if (x.stop?.reason === 'einvoice_factored') x.stop = null;
      return;
    case 'payment_in_transit':
      if (v.inTransitEnd !== null && v.inTransitEnd <= e.date)
        host.pastResume = later(host.pastResume, v.inTransitEnd);
      x.inTransit = { since: e.date, amount: effect.amount, resumeOn: effect.resumeOn };
      return;
    case 'payment':
      // What it gives the limitation module is in limitationEventsByType.
      if (effect.amount !== null) pay(decValid(effect.amount));
      return;
  }
}

/**
 * @internal The day the latest 211 hold ends: its `resumeOn`, or the first payment dated from the
 * status on, if earlier; `null` without a 211.
 */
export function inTransitEnd(
  x: EinvoiceCtx | null,
  moves: ReadonlyArray<MoneyMove>,
  asOf: PlainDate,
): PlainDate | null {
  const t = x?.inTransit;
  if (!t) return null;
  let end = t.resumeOn;
  for (const m of moves)
    if (m.kind === 'payment' && m.date >= t.since && m.date < end && m.date <= asOf) end = m.date;
  return end;
}

/** @internal The public, plain-JSON view of the statuses as of `asOf`. */
export function einvoiceStateOf(
  x: EinvoiceCtx | null,
  transitEnd: PlainDate | null,
  asOf: PlainDate,
): DunningEinvoice | null {
  if (x === null) return null;
  return {
    lastStatus: { ...x.last },
    stop: x.stop ? { ...x.stop, creditorTask: { ...x.stop.creditorTask } } : null,
    receivedOn: x.receivedOn,
    approvedOn: x.approvedOn,
    suspension: x.suspension
      ? {
          ...x.suspension,
          reasonCodes: [...x.suspension.reasonCodes],
          creditorTask: { ...x.suspension.creditorTask },
        }
      : null,
    paymentInTransit: x.inTransit
      ? {
          ...x.inTransit,
          endedOn: transitEnd !== null && transitEnd <= asOf ? transitEnd : null,
        }
      : null,
    partialApproval: x.partial ? { ...x.partial, held: toCents(x.partial.held) as Amount } : null,
    warnings: x.warnings.map((w) => ({ ...w })),
  };
}
