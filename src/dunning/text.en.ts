import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { DunningMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const eur = (amount: string): string => moneyText(amount, 'en');
const days = (n: number): string => countValid(n, { one: 'day', other: 'days' }, 'en');
const months = (n: number): string => countValid(n, { one: 'month', other: 'months' }, 'en');

const KIND: Record<DunningMessages['ACTION']['kind'], string> = {
  pre_due_notice: 'pre-due notice',
  reminder: 'reminder',
  phone_call: 'phone call',
  written_reminder: 'written reminder',
  registered_letter: 'registered reminder',
  formal_notice: 'formal notice',
};
const CHANNEL: Record<DunningMessages['ACTION']['channel'], string> = {
  email: 'by e-mail',
  phone: 'by phone',
  letter: 'by letter',
  registered_letter: 'by registered letter',
  sms: 'by SMS',
};
/** A step and its channel, without saying twice what the step's name already says. */
function step(p: Pick<DunningMessages['ACTION'], 'kind' | 'channel'>): string {
  if (p.kind === 'phone_call' && p.channel === 'phone') return KIND.phone_call;
  if (p.kind === 'registered_letter' && p.channel === 'registered_letter')
    return `${KIND.registered_letter} (with acknowledgement of receipt)`;
  return `${KIND[p.kind]} ${CHANNEL[p.channel]}`;
}
const ROUTE: Record<DunningMessages['NONE_LEGAL_ACTION']['route'], string> = {
  small_claims: 'A small-claims procedure was started',
  injonction_de_payer: 'An application for an injonction de payer was filed',
  refere_provision: 'A référé-provision was brought',
  ordinary_action: 'An ordinary action was brought',
};

const STOP_EN: Record<DunningMessages['NONE_EINVOICE_STOP']['reason'], string> = {
  einvoice_refused: 'The buyer refused the invoice, so it is not a valid claim',
  einvoice_rejected: 'The platform rejected the invoice, so it was not validly issued',
  einvoice_cancelled: 'The invoice was cancelled',
  einvoice_misrouted: 'The invoice never reached the buyer (routing error)',
  einvoice_factored: 'The claim was assigned to a factor, who collects it',
  einvoice_direct_payment: 'Payment is made directly to a third party, who collects the claim',
};
const STOP_TASK_EN: Record<DunningMessages['NONE_EINVOICE_STOP']['reason'], string> = {
  einvoice_refused:
    'no penalties or recovery indemnity run; issue a corrected invoice or a credit note',
  einvoice_rejected:
    'no penalties or recovery indemnity run; correct the invoice and deposit it again',
  einvoice_cancelled: 'issue a new invoice if something is still owed',
  einvoice_misrouted:
    "deposit the invoice again to the buyer's platform (check the directory, annuaire)",
  einvoice_factored: 'stop dunning',
  einvoice_direct_payment: 'stop dunning',
};

const service = (p: { months: number; laterMonths: number | null; laterFrom: string | null }) =>
  `within ${months(p.months)} of its date (CPC 1411${p.laterMonths === null || p.laterFrom === null ? '' : `; ${months(p.laterMonths)} for an order made from ${d(p.laterFrom)}, décret 2026-96`})`;

/**
 * The English sentences of the dunning module.
 *
 * @category Dunning
 */
export const dunningTextEn: Catalogue<DunningMessages> = /* @__PURE__ */ Object.freeze({
  NONE_WRITTEN_OFF: (p) => `The claim was written off on ${d(p.date)} (${p.reason}).`,
  NONE_NOTHING_DUE: () => 'The invoice total is zero: nothing is or was ever due.',
  NONE_PAID: (p) =>
    `Nothing is left to pay on the principal (paid ${eur(p.paid)}, credited ${eur(p.credited)}).`,
  NONE_PAID_LATE: (p) =>
    `Nothing is left to pay on the principal (paid ${eur(p.paid)}, credited ${eur(p.credited)}). It was paid in full on ${d(p.paidOn)}, ${days(p.daysLate)} late: ${eur(p.penalties)} of penalties and ${eur(p.indemnity)} of recovery indemnity may still be claimed (C. com. L441-10 II).`,
  NONE_TIME_BARRED: (p) =>
    `The claim is time-barred${p.deadline === null ? '' : `: the last day to act was ${d(p.deadline)}`}. No reminder should be sent (the debtor may still pay voluntarily, C. civ. 2249).`,
  NONE_LEGAL_ACTION: (p) =>
    `${ROUTE[p.route]} on ${d(p.filedOn)}: dunning is over, follow the court procedure${p.serveMonths === null ? '' : ` (serve the order ${service({ months: p.serveMonths, laterMonths: p.laterMonths, laterFrom: p.laterFrom })})`}.`,
  NONE_CLAIM_DECLARED: (p) =>
    `The claim was declared on ${d(p.date)}: wait for the mandataire judiciaire and the juge-commissaire; no reminder or individual action is allowed (C. com. L622-21).`,
  NONE_EINVOICE_STOP: (p) =>
    `${STOP_EN[p.reason]} (status ${p.status} on ${d(p.date)}): ${STOP_TASK_EN[p.reason]}.`,
  NONE_BELOW_MINIMUM: (p) =>
    `The outstanding ${eur(p.outstanding)} is below the policy's minimum of ${eur(p.minimum)}: no step is sent.`,
  WAIT_DISPUTED_PART_ONLY: (p) =>
    `Only the ${eur(p.outstanding)} the buyer disputes is left (206 Approuvée partiellement on ${d(p.date)}): it is held until the buyer approves it, or the seller completes or credits it.`,
  WAIT_PAYMENT_IN_TRANSIT: (p) =>
    `The buyer's platform said on ${d(p.since)} that the payment${p.amount === null ? '' : ` of ${eur(p.amount)}`} was sent (211 Paiement transmis): the next step waits until ${d(p.resumeOn)} in case it arrives; penalties keep accruing.`,
  WAIT_DISPUTE: (p) =>
    `The debtor disputes the invoice since ${d(p.since)} (${p.reason}): reminders stop until the dispute is resolved; penalties keep accruing and limitation keeps running.`,
  WAIT_MEDIATION: (p) =>
    `A mediation or conciliation is under way since ${d(p.since)}: reminders stop until it ends (limitation is suspended, C. civ. 2238).`,
  WAIT_PAUSE: (p) =>
    `Dunning is paused since ${d(p.since)} (${p.reason})${p.until === null ? ' until it is resumed' : ` up to ${d(p.until)}`}; penalties keep accruing and limitation keeps running.`,
  WAIT_PAYMENT_PLAN: (p) =>
    `A payment plan is in force: the next installment of ${eur(p.amount)} is due on ${d(p.dueDate)}; dunning resumes only if it is missed.`,
  WAIT_PROMISE: (p) =>
    `The debtor promised on ${d(p.madeOn)} to pay by ${d(p.promisedDate)}: reminders wait until then.`,
  WAIT_FORMAL_NOTICE: (p) =>
    `The formal notice of ${d(p.date)} gives the debtor until ${d(p.deadline)} to pay: escalate from ${d(p.from)} if it is still unpaid.`,
  WAIT_NEXT_STEP: (p) => `Next step: ${step(p)} (${p.stepId}) on ${d(p.dueOn)}.`,
  WAIT_NOT_WORKING_DAY: (p) =>
    `${d(p.today)} is not a working day: do the ${KIND[p.kind]} (${p.stepId}) on ${d(p.until)}.`,
  ACTION: (p) =>
    `Do today: ${step(p)} (${p.stepId})${p.late ? `, late: it was due on ${d(p.dueOn)}` : ''}.`,
  ESCALATE_FORMAL_NOTICE_EXPIRED: (p) =>
    `The formal notice of ${d(p.date)} expired on ${d(p.deadline)} without payment: choose a recovery route${p.actBefore === null ? '' : ` and act before ${d(p.actBefore)} (limitation)`}.`,
  ESCALATE_LIMITATION_IMMINENT: (p) =>
    `Limitation expires ${p.actBefore === null ? 'soon' : `on ${d(p.actBefore)}`}: there is no time left for the amicable steps — start a route that interrupts limitation now.`,
  DECLARE_CLAIM: (p) =>
    `Stop dunning and declare the claim (${eur(p.total)}) to the mandataire judiciaire by ${d(p.deadline)} (${months(p.months)} from the BODACC publication of ${d(p.publishedOn)}).`,
  TIMELINE_STEP_DONE: (p) => `${p.stepId} done ${CHANNEL[p.channel]}.`,
  TIMELINE_FORMAL_NOTICE_SENT: (p) =>
    `Formal notice sent ${CHANNEL[p.channel]}, ${days(p.days)} to pay.`,
  TIMELINE_STEP_DROPPED: (p) =>
    `${p.stepId} dropped: a pre-due notice is never sent on or after the due date.`,
  TIMELINE_FORMAL_NOTICE_DEADLINE: () => 'Last day the formal notice gives the debtor to pay.',
  TIMELINE_LIMITATION_DEADLINE: () =>
    'Last day to act before the claim is time-barred (a formal notice does not interrupt limitation).',
  PROMISE_BROKEN: (p) =>
    `The debtor promised on ${d(p.madeOn)} to pay by ${d(p.promisedDate)} and did not: dunning resumed on ${d(p.resumedOn)}.`,
  INSTALLMENT_MISSED: (p) =>
    `The installment due on ${d(p.missedOn)} under the plan agreed on ${d(p.agreedOn)} was not paid in full: the plan has failed and dunning resumed.`,
  CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE: (p) =>
    `A ${p.debtor === 'consumer' ? 'consumer' : 'non-professional'} debtor owes late interest at the legal rate only from the day after a formal notice (mise en demeure); until one is sent, no interest accrues, and the fixed recovery indemnity is never owed by such a debtor.`,
  EINVOICE_PARTIAL_APPROVAL: (p) =>
    `The buyer approved only part of the invoice on ${d(p.date)} (206 Approuvée partiellement): the disputed ${eur(p.held)} is held and not claimed; only the rest is chased.`,
  FORMAL_NOTICE_NO_INTERRUPTION: (p) =>
    `This formal notice will NOT interrupt limitation (last day ${d(p.deadline)}): only a legal action, an injonction order served, an enforcement measure or the debtor's acknowledgement or part payment do.`,
  INSOLVENCY_STAY: (p) =>
    `Insolvency proceedings (${p.proceeding}) opened on ${d(p.openedOn)}: reminders, formal notices and individual actions for payment are forbidden, and the debtor may not pay this earlier debt.`,
  INTEREST_STOPPED: (p) =>
    `Interest and penalties stopped on ${d(p.openedOn)}: the amounts are computed up to the day before.`,
  CLAIM_DEADLINE_PASSED: (p) =>
    `The deadline to declare the claim was ${d(p.deadline)}: ask the juge-commissaire for relief from late filing (relevé de forclusion) by ${d(p.reliefDeadline)}, showing the delay is not your fault.`,
  EVENTS_AFTER_AS_OF: (p) =>
    `${countValid(p.count, { one: 'event', other: 'events' }, 'en')} of the log dated after ${d(p.asOf)} (the first on ${d(p.firstDate)}) ${p.count === 1 ? 'was' : 'were'} not applied: the result is computed as of ${d(p.asOf)}.`,
  SMALL_CLAIMS_PUBLIC: () =>
    'Not for a public debtor: its property cannot be seized and it pays through its public accountant.',
  SMALL_CLAIMS_NOT_YET: (p) => `The procedure did not exist before ${d(p.start)}.`,
  SMALL_CLAIMS_WITHIN: (p) =>
    `Principal and interest (${eur(p.claim)}) are within the ${eur(p.ceiling)} ceiling.`,
  SMALL_CLAIMS_ABOVE: (p) =>
    `Principal and interest (${eur(p.claim)}) exceed the ${eur(p.ceiling)} ceiling.`,
  SMALL_CLAIMS_AGREEMENT: (p) =>
    `Needs the debtor's agreement within ${months(p.months)}; the agreement, recorded by the commissaire de justice, gives an enforceable title and suspends limitation (C. civ. 2238).`,
  SMALL_CLAIMS_COSTS: () => 'The creditor bears all the costs.',
  INJONCTION_PUBLIC: () =>
    'A claim under a public contract goes to the administrative judge: ask the tribunal administratif for a référé-provision instead.',
  INJONCTION_COURT: (p) =>
    `For a claim of a set amount with a contractual cause, filed with the ${p.commercial ? 'tribunal de commerce (claim between traders)' : 'tribunal judiciaire'} where the debtor lives (CPC 1406).`,
  INJONCTION_NO_PRIOR_ATTEMPT: (p) =>
    `No prior amicable attempt is required (CPC 750-1 does not apply)${p.lawyerAbove === null ? '' : `; no lawyer is needed up to ${eur(p.lawyerAbove)}`}.`,
  INJONCTION_SERVICE: (p) =>
    `Serve the order ${service(p)} or it lapses; only its service interrupts limitation. The debtor then has ${months(p.oppositionMonths)} to object (CPC 1416).`,
  INJONCTION_DISPUTED: () =>
    'The debtor disputed the invoice: expect an opposition, which turns it into ordinary proceedings.',
  REFERE_DISPUTED: () =>
    'The debtor disputed the invoice: the obligation may be seriously disputable, which bars the référé-provision.',
  REFERE_OPEN: () =>
    'Open when the debt is not seriously disputable; a fast hearing with both parties.',
  REFERE_APPROVED: (p) =>
    `The buyer approved the invoice on ${d(p.date)} (e-invoicing status 205 Approuvée): evidence that the debt is not seriously disputable.`,
  REFERE_INTERRUPTS: () => 'Bringing it interrupts limitation (C. civ. 2241: "même en référé").',
  MEDIATION_REQUIRED: (p) =>
    `Required before an ordinary claim of ${eur(p.claim)} (≤ ${eur(p.ceiling)}) before the tribunal judiciaire (CPC 750-1) — but not before an injonction de payer. A formal notice does not count as this attempt.`,
  MEDIATION_OPTIONAL: () =>
    'Optional: keeps the relationship and costs little (a conciliateur de justice is free).',
  MEDIATION_SUSPENDS: (p) =>
    `Agreeing to it after the dispute arose suspends limitation; afterwards at least ${months(p.months)} remain (C. civ. 2238).`,
  MEDIATION_TRIED: () => 'A mediation or conciliation already took place.',
  ORDINARY_BLOCKED: () =>
    'First attempt conciliation, mediation or a participatory procedure: the claim would be inadmissible without it (CPC 750-1).',
  ORDINARY_ROUTE: () =>
    'The route when the debtor disputes the claim; it interrupts limitation until the proceedings end (C. civ. 2241, 2242).',
  ORDINARY_LAWYER: (p) => `A lawyer is required above ${eur(p.lawyerAbove)}.`,
  WRITE_OFF_UNECONOMIC: (p) =>
    `The claim (${eur(p.total)}) does not exceed the estimated cost of a court route (${eur(p.cost)}).`,
  WRITE_OFF_WORTH: (p) =>
    `The claim (${eur(p.total)}) exceeds the estimated cost of a court route (${eur(p.cost)}): recovery is worth pursuing.`,
  COURT_ADMINISTRATIVE: () => 'tribunal administratif',
  COURT_COMMERCE: () =>
    'tribunal de commerce (tribunal des activités économiques where the experiment runs) of the place where the debtor lives',
  COURT_JUDICIAIRE: () => 'tribunal judiciaire of the place where the debtor lives',
  COURT_SMALL_CLAIMS: () =>
    'a commissaire de justice in the cour d’appel area of the debtor’s home',
  COURT_REFERE_ADMINISTRATIVE: () => 'juge des référés of the tribunal administratif (CJA R541-1)',
  COURT_REFERE_COMMERCE: () => 'président of the tribunal de commerce (CPC 873 al. 2)',
  COURT_REFERE_JUDICIAIRE: () => 'président of the tribunal judiciaire (CPC 835 al. 2)',
});
