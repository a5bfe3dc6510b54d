import * as z from 'zod/mini';
import { deepFreeze } from '../internal/freeze.js';
import { parseOrThrow } from '../internal/validate.js';
import {
  type DunningEvent,
  type DunningEventInput,
  DunningEventSchema,
  type DunningEventType,
} from './events.js';

/**
 * Where an invoice stands in the dunning process. When several facts hold at once, the first in
 * this order wins: `written_off`, `paid`, `insolvency`, `time_barred`, `legal`, `disputed`, `paused`
 * (a creditor pause or a mediation), `payment_plan`, `promised`, `formal_notice`, `overdue`, `due`,
 * `not_due`.
 *
 * @category Dunning
 */
export type DunningStatus =
  | 'not_due'
  | 'due'
  | 'overdue'
  | 'paused'
  | 'promised'
  | 'disputed'
  | 'payment_plan'
  | 'formal_notice'
  | 'legal'
  | 'insolvency'
  | 'paid'
  | 'written_off'
  | 'time_barred';

/**
 * Every status, in precedence order (see {@link DunningStatus}).
 *
 * @category Dunning
 */
export const dunningStatuses: ReadonlyArray<DunningStatus> = /* @__PURE__ */ deepFreeze([
  'written_off',
  'paid',
  'insolvency',
  'time_barred',
  'legal',
  'disputed',
  'paused',
  'payment_plan',
  'promised',
  'formal_notice',
  'overdue',
  'due',
  'not_due',
]);

/**
 * A condition on the state (beyond its status) that an event needs:
 *
 * - `disputeOpen` / `noDisputeOpen`: a dispute is (not) open;
 * - `pauseActive`: a creditor pause is in force;
 * - `mediationActive` / `noMediationActive`: a mediation or conciliation is (not) under way;
 * - `legalActionFiled`: a court route was recorded; `injonctionFiled`: that route is an injonction de
 *   payer;
 * - `insolvencyOpen`: insolvency proceedings were opened;
 * - `hasInstallments`: the payment plan lists at least one installment.
 *
 * @category Dunning
 */
export type DunningGuard =
  | 'disputeOpen'
  | 'noDisputeOpen'
  | 'pauseActive'
  | 'mediationActive'
  | 'noMediationActive'
  | 'legalActionFiled'
  | 'injonctionFiled'
  | 'insolvencyOpen'
  | 'hasInstallments';

/**
 * One row of the dunning transition table: in any status of `from`, the event `event` is allowed
 * when every guard holds, and leads to one of the statuses of `to`.
 *
 * @category Dunning
 */
export interface DunningTransition {
  /** The statuses in which the event may happen. */
  readonly from: ReadonlyArray<DunningStatus>;
  /** The event type, or `'time'` for a change that only the passing of time brings. */
  readonly event: DunningEventType | 'time';
  /**
   * The statuses the event can lead to (the fold computes which one); `'same'` when the status may
   * stay as it was.
   */
  readonly to: ReadonlyArray<DunningStatus | 'same'>;
  /** Conditions on the state, all required. */
  readonly guards?: ReadonlyArray<DunningGuard>;
  /** What the row means. */
  readonly description: string;
}

const OPEN = ['not_due', 'due', 'overdue', 'formal_notice'] as const;
/** @internal The statuses of a live dunning: dispute_opened and paused may leave them. */
export const ACTIVE_STATUSES = [
  'not_due',
  'due',
  'overdue',
  'formal_notice',
  'promised',
  'payment_plan',
  'paused',
] as const;
const UNHELD = ['not_due', 'due', 'overdue', 'formal_notice'] as const;
const ALL: ReadonlyArray<DunningStatus> = dunningStatuses;
const NOT_CLOSED = [...ACTIVE_STATUSES, 'disputed', 'legal', 'insolvency', 'time_barred'] as const;

/**
 * The dunning state machine as data: which event may happen in which status, under which guards,
 * and where it leads. {@link can} reads it, the fold of {@link dunningState} enforces it (an event
 * not allowed throws `INVALID_TRANSITION`) and {@link toMermaid} draws it.
 *
 * @remarks Rows follow [law.md §6](../../docs/law.md): reminders stop while a dispute, a promise, a payment plan, a
 * pause or a mediation is in force; nothing is sent after full payment or write-off; after
 * insolvency proceedings open, reminders and individual actions are forbidden (C. com. L622-21) and
 * only the claim's declaration remains (R622-24).
 * @example
 * ```ts
 * dunningTransitions.find((t) => t.event === 'claim_declared')?.from; //=> ['insolvency']
 * ```
 * @category Dunning
 */
export const dunningTransitions: ReadonlyArray<DunningTransition> = /* @__PURE__ */ deepFreeze([
  {
    from: OPEN,
    event: 'reminder_sent',
    to: ['same'],
    description: 'a step of the ladder was carried out',
  },
  {
    from: ALL,
    event: 'payment_received',
    to: ['same', 'paid'],
    description: 'a payment lowers the balance; the invoice is paid when nothing is left',
  },
  {
    from: ALL,
    event: 'credit_note_issued',
    to: ['same', 'paid'],
    description: 'a credit note lowers the balance',
  },
  {
    from: [...UNHELD, 'promised'],
    event: 'promise_to_pay',
    to: ['promised'],
    description: 'the debtor promises to pay by a date: reminders stop until then',
  },
  {
    from: ['payment_plan', 'paused', 'legal'],
    event: 'promise_to_pay',
    to: ['same'],
    description: 'a promise made while a stronger hold is in force',
  },
  {
    from: ACTIVE_STATUSES,
    event: 'dispute_opened',
    to: ['disputed'],
    guards: ['noDisputeOpen'],
    description: 'the debtor disputes the invoice: reminders stop',
  },
  {
    from: ['legal', 'insolvency'],
    event: 'dispute_opened',
    to: ['same'],
    guards: ['noDisputeOpen'],
    description: 'the debtor disputes the claim in court or before the mandataire',
  },
  {
    from: ['disputed'],
    event: 'dispute_resolved',
    to: [...ACTIVE_STATUSES, 'paid'],
    guards: ['disputeOpen'],
    description:
      'the dispute is closed: dunning resumes where it stopped (or the claim is dropped)',
  },
  {
    from: ['legal', 'insolvency', 'paid'],
    event: 'dispute_resolved',
    to: ['same', 'paid'],
    guards: ['disputeOpen'],
    description: 'a dispute closed while a stronger status holds',
  },
  {
    from: [...UNHELD, 'promised', 'payment_plan'],
    event: 'payment_plan_agreed',
    to: ['payment_plan'],
    guards: ['hasInstallments'],
    description: 'a payment plan (échéancier) replaces the reminders while installments are paid',
  },
  {
    from: ['paused', 'legal'],
    event: 'payment_plan_agreed',
    to: ['same'],
    guards: ['hasInstallments'],
    description: 'a payment plan agreed during a pause or a court case',
  },
  {
    from: ACTIVE_STATUSES,
    event: 'mediation_started',
    to: ['paused'],
    guards: ['noMediationActive'],
    description:
      'mediation or conciliation: reminders stop, limitation is suspended (C. civ. 2238)',
  },
  {
    from: ['disputed', 'legal'],
    event: 'mediation_started',
    to: ['same'],
    guards: ['noMediationActive'],
    description: 'mediation of a dispute or during a court case',
  },
  {
    from: ['paused'],
    event: 'mediation_ended',
    to: ACTIVE_STATUSES,
    guards: ['mediationActive'],
    description: 'the mediation ended: dunning resumes',
  },
  {
    from: ['disputed', 'legal', 'insolvency', 'paid'],
    event: 'mediation_ended',
    to: ['same'],
    guards: ['mediationActive'],
    description: 'a mediation ended while a stronger status holds',
  },
  {
    from: ['due', 'overdue'],
    event: 'formal_notice_sent',
    to: ['formal_notice'],
    description: 'the mise en demeure was sent: its deadline starts on its date',
  },
  {
    from: ['due', 'overdue', 'formal_notice', 'disputed', 'paused', 'legal'],
    event: 'legal_action_filed',
    to: ['legal'],
    description: 'a court route was started',
  },
  {
    from: ['legal'],
    event: 'injonction_order_served',
    to: ['same'],
    guards: ['injonctionFiled'],
    description: 'the injonction de payer order was served (CPC 1411): limitation is interrupted',
  },
  {
    from: ['legal'],
    event: 'judgment_served',
    to: ['same'],
    guards: ['legalActionFiled'],
    description: 'a judgment was served',
  },
  {
    from: [...ACTIVE_STATUSES, 'disputed', 'legal', 'time_barred'],
    event: 'insolvency_opened',
    to: ['insolvency'],
    description:
      'insolvency proceedings opened: reminders and individual actions stop (C. com. L622-21)',
  },
  {
    from: ['insolvency', 'paid', 'written_off'],
    event: 'insolvency_opened',
    to: ['same'],
    description: 'proceedings converted (e.g. redressement to liquidation), or of no effect',
  },
  {
    from: ['insolvency'],
    event: 'claim_declared',
    to: ['same'],
    guards: ['insolvencyOpen'],
    description: 'the claim was filed with the mandataire judiciaire (C. com. L622-24)',
  },
  {
    from: ALL,
    event: 'debtor_acknowledged',
    to: ['same'],
    description: 'the debtor acknowledged the debt: limitation restarts (C. civ. 2240)',
  },
  {
    from: ACTIVE_STATUSES,
    event: 'paused',
    to: ['paused'],
    description: 'the creditor pauses dunning (or extends a pause)',
  },
  {
    from: ['paused'],
    event: 'resumed',
    to: ACTIVE_STATUSES,
    guards: ['pauseActive'],
    description: 'the creditor ends the pause',
  },
  {
    from: ['disputed', 'legal', 'insolvency', 'paid'],
    event: 'resumed',
    to: ['same'],
    guards: ['pauseActive'],
    description: 'a pause ended while a stronger status holds',
  },
  {
    from: NOT_CLOSED,
    event: 'written_off',
    to: ['written_off'],
    description: 'the creditor gives the claim up',
  },
  {
    from: ACTIVE_STATUSES,
    event: 'einvoice_status',
    to: ['same', 'disputed', 'paused', 'paid'],
    description:
      'an e-invoicing lifecycle status (einvoiceStatusEffect): 207 opens a dispute, 208 suspends, 212 is a payment; a refusal or rejection stops dunning',
  },
  {
    from: ['disputed', 'legal', 'insolvency', 'paid', 'written_off', 'time_barred'],
    event: 'einvoice_status',
    to: ['same', 'paid'],
    description: 'an e-invoicing lifecycle status received while a stronger status holds',
  },
  {
    from: ['not_due'],
    event: 'time',
    to: ['due'],
    description: 'the due date arrives',
  },
  {
    from: ['due'],
    event: 'time',
    to: ['overdue'],
    description: 'the first day late',
  },
  {
    from: ['promised'],
    event: 'time',
    to: UNHELD,
    description: 'the promised date passes (a broken promise if unpaid)',
  },
  {
    from: ['payment_plan'],
    event: 'time',
    to: [...UNHELD, 'promised'],
    description: 'an installment is missed, or the plan ends',
  },
  {
    from: ['paused'],
    event: 'time',
    to: [...UNHELD, 'promised', 'payment_plan'],
    description: 'the pause ends',
  },
  {
    from: [...ACTIVE_STATUSES, 'disputed', 'legal'],
    event: 'time',
    to: ['time_barred'],
    description: 'the limitation deadline passes',
  },
]);

/**
 * The facts of a state that {@link can} reads besides `status` (a {@link DunningState} has them).
 *
 * @category Dunning
 */
export interface DunningGuardView {
  /** The latest dispute (`open` while unresolved). */
  readonly dispute: { readonly open: boolean } | null;
  /** The latest pause (`endedOn` is `null` while it applies). */
  readonly pause: { readonly endedOn: string | null } | null;
  /** The latest mediation (`endedOn` is `null` while it lasts). */
  readonly mediation: { readonly endedOn: string | null } | null;
  /** The court route, once filed. */
  readonly legal: { readonly route: string } | null;
  /** The insolvency proceedings, once opened. */
  readonly insolvency: object | null;
}

/** @internal Whether a guard holds. */
export function guardHolds(
  guard: DunningGuard,
  view: DunningGuardView,
  event: DunningEvent,
): boolean {
  switch (guard) {
    case 'disputeOpen':
      return view.dispute?.open === true;
    case 'noDisputeOpen':
      return view.dispute?.open !== true;
    case 'pauseActive':
      return view.pause !== null && view.pause.endedOn === null;
    case 'mediationActive':
      return view.mediation !== null && view.mediation.endedOn === null;
    case 'noMediationActive':
      return view.mediation === null || view.mediation.endedOn !== null;
    case 'legalActionFiled':
      return view.legal !== null;
    case 'injonctionFiled':
      return view.legal?.route === 'injonction_de_payer';
    case 'insolvencyOpen':
      return view.insolvency !== null;
    case 'hasInstallments':
      return event.type === 'payment_plan_agreed' && event.installments.length > 0;
  }
}

/** @internal The row allowing the event, or why none does. */
export function findTransition(
  status: DunningStatus,
  view: DunningGuardView,
  event: DunningEvent,
): { row: DunningTransition } | { failed: DunningGuard | null } {
  let failed: DunningGuard | null = null;
  for (const row of dunningTransitions) {
    if (row.event !== event.type || !row.from.includes(status)) continue;
    const bad = row.guards?.find((g) => !guardHolds(g, view, event));
    if (bad === undefined) return { row };
    failed = bad;
  }
  return { failed };
}

const Ended = /* @__PURE__ */ z.nullable(
  /* @__PURE__ */ z.looseObject({ endedOn: /* @__PURE__ */ z.nullable(z.string()) }),
);

/** What {@link can} reads of a state: the status and the hold records (other keys are ignored). */
const GuardStateSchema = /* @__PURE__ */ z.looseObject({
  status: /* @__PURE__ */ z.enum(dunningStatuses),
  dispute: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({ open: z.boolean() })),
  pause: Ended,
  mediation: Ended,
  legal: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({ route: z.string() })),
  insolvency: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({})),
});

/**
 * Tells whether an event may happen in a state, by the {@link dunningTransitions} table.
 *
 * @remarks Give it a state computed as of the event's date (`dunningState(…, { asOf: event.date })`):
 * statuses change with time (a promise expires, a pause ends).
 * @param state - a state from {@link dunningState} (only `status` and the hold records are read)
 * @param event - the event to check
 * @returns `true` when the table allows it
 * @throws {@link ImpayesError} `INVALID_INPUT` for a state without a known `status` or hold records
 * of the documented shape (path under `['state']`), or a malformed event (path under `['event']`).
 * @example
 * ```ts
 * const state = dunningState(invoice, [{ type: 'payment_received', date: '2026-03-01', amount: '1200.00' }], { asOf: '2026-03-02' });
 * can(state, { type: 'reminder_sent', date: '2026-03-02', stepId: 'friendly-email', channel: 'email' });
 * //=> false (the invoice is paid)
 * ```
 * @category Dunning
 */
export function can(
  state: DunningGuardView & { readonly status: DunningStatus },
  event: DunningEventInput,
): boolean {
  const view = parseOrThrow(GuardStateSchema, state, 'state', ['state']);
  const parsed = parseOrThrow(DunningEventSchema, event, 'event', ['event']);
  return 'row' in findTransition(view.status, view, parsed);
}

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/**
 * Draws the dunning state machine as a Mermaid `stateDiagram-v2`, from {@link dunningTransitions}.
 * Events that keep the status (a payment that leaves a balance, a reminder) are not drawn.
 *
 * @returns the Mermaid source
 * @example
 * ```ts
 * toMermaid().split('\n')[0]; //=> 'stateDiagram-v2'
 * ```
 * @category Dunning
 */
export function toMermaid(): string {
  const edges = new Map<string, string[]>();
  for (const row of dunningTransitions) {
    for (const from of row.from) {
      for (const to of row.to) {
        if (to === 'same' || from === to) continue;
        const key = edgeKey(from, to);
        const labels = edges.get(key) ?? [];
        const label = row.event === 'time' ? `(time) ${row.description}` : row.event;
        if (!labels.includes(label)) labels.push(label);
        edges.set(key, labels);
      }
    }
  }
  const lines = ['stateDiagram-v2', '  [*] --> not_due'];
  for (const [key, labels] of edges) {
    const [from, to] = key.split('\u0000') as [string, string];
    lines.push(`  ${from} --> ${to}: ${labels.join(', ')}`);
  }
  lines.push('  paid --> [*]', '  written_off --> [*]', '  time_barred --> [*]');
  return lines.join('\n');
}
