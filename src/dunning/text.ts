import type { EinvoiceStopReason } from '../einvoicing/internal.js';
import type { Message } from '../text/internal.js';

import type { DunningChannel as Channel } from './events.js';
import type { DunningStepKind as Kind } from './policy.js';

/**
 * The params of every sentence of the dunning module, by code: decision explanations, timeline
 * lines, warnings, recovery-route reasons and courts. Dates are `YYYY-MM-DD` strings and amounts
 * canonical decimal strings; the catalogues format them for the locale.
 *
 * @category Dunning
 */
export type DunningMessages = {
  // Decision explanations: nothing to do.
  NONE_WRITTEN_OFF: { date: string; reason: string };
  NONE_NOTHING_DUE: Record<string, never>;
  NONE_PAID: { paid: string; credited: string };
  NONE_PAID_LATE: {
    paid: string;
    credited: string;
    paidOn: string;
    daysLate: number;
    penalties: string;
    indemnity: string;
  };
  /** `deadline`: the last day to act, `null` when unknown. */
  NONE_TIME_BARRED: { deadline: string | null };
  /** `serveMonths`: the service period of an injonction order not served yet, else `null`. */
  NONE_LEGAL_ACTION: {
    route: 'small_claims' | 'injonction_de_payer' | 'refere_provision' | 'ordinary_action';
    filedOn: string;
    serveMonths: number | null;
    laterMonths: number | null;
    laterFrom: string | null;
  };
  NONE_CLAIM_DECLARED: { date: string };
  /** An e-invoicing status (`status`, e.g. `'210'`) that stopped dunning on `date`. */
  NONE_EINVOICE_STOP: {
    status: string;
    date: string;
    reason: EinvoiceStopReason;
  };
  NONE_BELOW_MINIMUM: { outstanding: string; minimum: string };
  // Decision explanations: wait.
  WAIT_DISPUTED_PART_ONLY: { outstanding: string; date: string };
  WAIT_PAYMENT_IN_TRANSIT: { since: string; amount: string | null; resumeOn: string };
  WAIT_DISPUTE: { since: string; reason: string };
  WAIT_MEDIATION: { since: string };
  WAIT_PAUSE: { since: string; reason: string; until: string | null };
  WAIT_PAYMENT_PLAN: { amount: string; dueDate: string };
  WAIT_PROMISE: { madeOn: string; promisedDate: string };
  WAIT_FORMAL_NOTICE: { date: string; deadline: string; from: string };
  WAIT_NEXT_STEP: { stepId: string; kind: Kind; channel: Channel; dueOn: string };
  WAIT_NOT_WORKING_DAY: { today: string; stepId: string; kind: Kind; until: string };
  // Decision explanations: act, escalate, declare.
  ACTION: { stepId: string; kind: Kind; channel: Channel; late: boolean; dueOn: string };
  ESCALATE_FORMAL_NOTICE_EXPIRED: { date: string; deadline: string; actBefore: string | null };
  ESCALATE_LIMITATION_IMMINENT: { actBefore: string | null };
  DECLARE_CLAIM: { total: string; deadline: string; months: number; publishedOn: string };
  // Timeline lines.
  TIMELINE_STEP_DONE: { stepId: string; channel: Channel };
  TIMELINE_FORMAL_NOTICE_SENT: { channel: Channel; days: number };
  TIMELINE_STEP_DROPPED: { stepId: string };
  TIMELINE_FORMAL_NOTICE_DEADLINE: Record<string, never>;
  TIMELINE_LIMITATION_DEADLINE: Record<string, never>;
  // Warnings.
  PROMISE_BROKEN: { madeOn: string; promisedDate: string; resumedOn: string };
  INSTALLMENT_MISSED: { missedOn: string; agreedOn: string };
  CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE: { debtor: 'consumer' | 'non_professional' };
  EINVOICE_PARTIAL_APPROVAL: { date: string; held: string };
  FORMAL_NOTICE_NO_INTERRUPTION: { deadline: string };
  INSOLVENCY_STAY: { proceeding: 'sauvegarde' | 'redressement' | 'liquidation'; openedOn: string };
  INTEREST_STOPPED: { openedOn: string };
  CLAIM_DEADLINE_PASSED: { deadline: string; reliefDeadline: string };
  EVENTS_AFTER_AS_OF: { count: number; firstDate: string; asOf: string };
  // Recovery routes: reasons.
  SMALL_CLAIMS_PUBLIC: Record<string, never>;
  SMALL_CLAIMS_NOT_YET: { start: string };
  SMALL_CLAIMS_WITHIN: { claim: string; ceiling: string };
  SMALL_CLAIMS_ABOVE: { claim: string; ceiling: string };
  SMALL_CLAIMS_AGREEMENT: { months: number };
  SMALL_CLAIMS_COSTS: Record<string, never>;
  INJONCTION_PUBLIC: Record<string, never>;
  INJONCTION_COURT: { commercial: boolean };
  INJONCTION_NO_PRIOR_ATTEMPT: { lawyerAbove: string | null };
  INJONCTION_SERVICE: {
    months: number;
    laterMonths: number | null;
    laterFrom: string | null;
    oppositionMonths: number;
  };
  INJONCTION_DISPUTED: Record<string, never>;
  REFERE_DISPUTED: Record<string, never>;
  REFERE_OPEN: Record<string, never>;
  REFERE_APPROVED: { date: string };
  REFERE_INTERRUPTS: Record<string, never>;
  MEDIATION_REQUIRED: { claim: string; ceiling: string };
  MEDIATION_OPTIONAL: Record<string, never>;
  MEDIATION_SUSPENDS: { months: number };
  MEDIATION_TRIED: Record<string, never>;
  ORDINARY_BLOCKED: Record<string, never>;
  ORDINARY_ROUTE: Record<string, never>;
  ORDINARY_LAWYER: { lawyerAbove: string };
  WRITE_OFF_UNECONOMIC: { total: string; cost: string };
  WRITE_OFF_WORTH: { total: string; cost: string };
  // Recovery routes: the competent court or officer.
  COURT_ADMINISTRATIVE: Record<string, never>;
  COURT_COMMERCE: Record<string, never>;
  COURT_JUDICIAIRE: Record<string, never>;
  COURT_SMALL_CLAIMS: Record<string, never>;
  COURT_REFERE_ADMINISTRATIVE: Record<string, never>;
  COURT_REFERE_COMMERCE: Record<string, never>;
  COURT_REFERE_JUDICIAIRE: Record<string, never>;
};

/**
 * A rendered sentence of the dunning module: its stable `code`, its `params` and the `message`.
 *
 * @category Dunning
 */
export type DunningTextMessage<C extends keyof DunningMessages = keyof DunningMessages> = {
  [K in C]: Message<K, DunningMessages[K]>;
}[C];
