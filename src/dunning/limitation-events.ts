// Private: the one place where dunning events become limitation events (C. civ. 2238–2244,
// CPC 1411, CCP public claims). The fold passes what this table returns to the limitation module.
import type { PlainDate } from '../dates/internal.js';
import { einvoicingTextEn } from '../einvoicing/internal.js';
import { type EffectSettings, effectOfStatus } from '../einvoicing/status-effect.js';
import { deepFreeze } from '../internal/freeze.js';
import type { LimitationEventInput } from '../limitation/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { MoneyMove } from './deps.js';
import type { ByEventType, DunningChannel, DunningEvent, DunningEventOf } from './events.js';

/** @internal What the translation reads of the fold, as it stood just before the event. */
export interface LimitationView {
  readonly debtorKind: DebtorKind;
  /** A court action passed to the limitation module has not ended yet. */
  readonly legalPending: boolean;
  /** Proceedings passed to the limitation module ended with a judgment. */
  readonly judged: boolean;
  /** An injonction de payer order was served. */
  readonly orderServed: boolean;
  /** How e-invoicing statuses are read (only a 212 with its amount is a payment). */
  readonly einvoice: EffectSettings;
}

type Lim = ReadonlyArray<LimitationEventInput>;

const NONE: Lim = /* @__PURE__ */ deepFreeze([]);
const WRITTEN: ReadonlySet<DunningChannel> = new Set(['letter', 'registered_letter', 'email']);

function one(type: 'payment_received' | 'debtor_acknowledged', date: PlainDate): Lim {
  return [{ type, date }];
}

function reminder(e: DunningEventOf<'reminder_sent'>, v: LimitationView): Lim {
  // A written claim on a public debtor interrupts the four-year limitation (loi 68-1250 art. 2).
  return v.debtorKind === 'public' && WRITTEN.has(e.channel)
    ? [{ type: 'public_claim_written', date: e.date }]
    : NONE;
}

function legalAction(e: DunningEventOf<'legal_action_filed'>, v: LimitationView): Lim {
  // Filing an injonction request or a small-claims request interrupts nothing (CPC 1411;
  // CPCE L125-1 suspends only on the debtor's agreement); one pending action is enough.
  if ((e.route !== 'ordinary_action' && e.route !== 'refere_provision') || v.legalPending)
    return NONE;
  const kind = e.route === 'refere_provision' ? 'interim' : 'writ';
  return [{ type: 'legal_action_filed', date: e.date, kind }];
}

function orderServed(e: DunningEventOf<'injonction_order_served'>): Lim {
  // Only the service interrupts (CPC 1411), if in time: the module needs the order's date.
  return [
    { type: 'injonction_order_issued', date: e.orderDate ?? e.date },
    { type: 'injonction_order_served', date: e.date },
  ];
}

function judgmentServed(e: DunningEventOf<'judgment_served'>, v: LimitationView): Lim {
  // A served judgment means the pending proceedings ended with it (C. civ. 2242); the module
  // needs a judgment or a served injonction order behind the title.
  if (v.legalPending)
    return [
      { type: 'proceedings_ended', date: e.date, outcome: 'judgment' },
      { type: 'judgment_served', date: e.date },
    ];
  return v.judged || v.orderServed ? [{ type: 'judgment_served', date: e.date }] : NONE;
}

function einvoiceStatus(e: DunningEventOf<'einvoice_status'>, v: LimitationView): Lim {
  // Only the kind and amount are read here: the sentences' language does not matter.
  const effect = effectOfStatus(e, v.einvoice, einvoicingTextEn);
  return effect.kind === 'payment' && effect.amount !== null
    ? one('payment_received', e.date)
    : NONE;
}

/**
 * @internal The limitation events each dunning event gives (none for most), keyed by event type:
 * payments, promises, payment plans and acknowledgements as acknowledgements (C. civ. 2240), court
 * actions and the declaration of a claim in insolvency (2241), mediation (2238).
 */
export const limitationEventsByType: ByEventType<DunningEvent, [view: LimitationView], Lim> =
  /* @__PURE__ */ deepFreeze({
    reminder_sent: reminder,
    payment_received: (e) => one('payment_received', e.date),
    credit_note_issued: () => NONE,
    promise_to_pay: (e) => one('debtor_acknowledged', e.date),
    dispute_opened: () => NONE,
    dispute_resolved: () => NONE,
    payment_plan_agreed: (e) => one('debtor_acknowledged', e.date),
    mediation_started: (e) => [{ type: 'mediation_started', date: e.date }],
    mediation_ended: (e) => [{ type: 'mediation_ended', date: e.date }],
    formal_notice_sent: (e) => [{ type: 'formal_notice_sent', date: e.date }],
    legal_action_filed: legalAction,
    injonction_order_served: orderServed,
    judgment_served: judgmentServed,
    insolvency_opened: () => NONE,
    // Declaring the claim is a demand in court: it interrupts until the proceedings end.
    claim_declared: (e) => [{ type: 'legal_action_filed', date: e.date, kind: 'other' }],
    debtor_acknowledged: (e) => one('debtor_acknowledged', e.date),
    paused: () => NONE,
    resumed: () => NONE,
    written_off: () => NONE,
    einvoice_status: einvoiceStatus,
  });

/** Calls the row of `e`'s own type (the correlated lookup TypeScript checks without a cast). */
function rowFor<K extends keyof typeof limitationEventsByType>(
  e: DunningEventOf<K>,
): (event: DunningEventOf<K>, view: LimitationView) => Lim {
  return limitationEventsByType[e.type];
}

/** @internal The limitation events of one dunning event (a fresh array). */
export function limitationEventsOf(e: DunningEvent, view: LimitationView): LimitationEventInput[] {
  return rowFor(e)(e, view).map((l) => ({ ...l }));
}

/** @internal The limitation event of one of the invoice's own money moves (a payment), or none. */
export function limitationEventsOfMove(m: MoneyMove): LimitationEventInput[] {
  return m.kind === 'payment' ? [{ type: 'payment_received', date: m.date }] : [];
}
