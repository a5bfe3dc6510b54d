import type { Catalogue } from '../text/internal.js';
import type { LimitationMessages } from './text.js';

type Debtor = LimitationMessages['LIMITATION_SOON']['debtor'];

/** The acts that really interrupt limitation, per debtor kind. */
function interruptingActs(debtor: Debtor): string {
  if (debtor === 'public')
    return 'a written payment request or claim sent to the administration, a payment, or a court action (loi 68-1250 art. 2)';
  return 'a legal action (writ, interim proceedings, or an injonction de payer order served on the debtor), an enforcement or conservatory measure, or a written acknowledgement or part payment by the debtor (C. civ. 2240, 2241, 2244)';
}

const STATUS_PENDING =
  'Proceedings are pending: limitation is interrupted until they end (C. civ. 2242); a new period will run from the end.';
const months = (n: number): string => (n === 1 ? '1 month' : `${n} months`);
const from = (f: 'due-date' | 'invoice-date'): string =>
  f === 'due-date' ? 'due date' : 'invoice date';

/**
 * The English sentences of the limitation module (dates stay ISO, as developers read them).
 *
 * @category Limitation
 */
export const limitationTextEn: Catalogue<LimitationMessages> = /* @__PURE__ */ Object.freeze({
  LIMITATION_SOON: (p) =>
    `Limitation expires on ${p.deadline} (${p.daysLeft} day(s) left on ${p.asOf}). To keep the claim alive, act before then with ${interruptingActs(p.debtor)}.${p.debtor === 'public' ? '' : ' A formal notice, even by registered letter, does NOT interrupt it (Cass. com. 18 May 2022 n°20-23.204).'}`,
  LIMITATION_EXPIRED: (p) =>
    `The last day to act was ${p.deadline}: the claim is time-barred (C. civ. 2219, 2229), unless the debtor does not plead it.`,
  PROCEEDINGS_PENDING: () => `${STATUS_PENDING} Record the end with a proceedings_ended event.`,
  LIMITATION_SUSPENDED: (p) =>
    `Limitation is suspended since ${p.since} (C. civ. 2238); if the suspension ended on ${p.statusAt}, the last day to act would be ${p.deadline}.`,
  FORMAL_NOTICE_NO_EFFECT: (p) =>
    `A formal notice does NOT interrupt limitation, even by registered letter. What does: ${interruptingActs(p.debtor)}.`,
  EVENT_AFTER_EXPIRY: (p) =>
    `${p.count} event(s) came after the claim was time-barred and had no effect on limitation.`,
  INJONCTION_NOT_SERVED: (p) =>
    `The injonction order of ${p.issued} interrupts limitation only once served; serve it by ${p.lastDay} or it lapses.`,
  INJONCTION_LAPSED: (p) =>
    p.servedOn !== null
      ? `The injonction order served on ${p.servedOn} was served after ${p.lastDay}: it lapsed and did not interrupt limitation.`
      : `The injonction order of ${p.issued ?? ''} was not served by ${p.lastDay}: it lapsed (non avenue) and did not interrupt limitation.`,
  CONSUMER_START_FALLBACK: (p) =>
    `No completion date was given: limitation is counted from the ${from(p.from)} (${p.date}). Courts count it from the completion of the works or services; give the invoice's deliveryDate (completionDate in a limitation claim) to be exact.`,
  LATE_INVOICE_START: (p) =>
    p.courtDeadline === null
      ? `The invoice (${p.invoiceDate}) was issued more than ${p.days} days after completion (${p.completionDate}): limitation is counted from completion, the earliest defensible start. Pass b2bStart: 'due-date' to count from the due date instead.`
      : `The invoice (${p.invoiceDate}) was issued more than ${p.days} days after completion (${p.completionDate}); counting from the due date as asked, but a court may count from completion (deadline ${p.courtDeadline}).`,
  PUBLIC_START_YEAR: (p) =>
    `The right is taken to arise at the due date (${p.year}). If a court dates it from the service performed (${p.completionYear}), the deadline would be ${p.deadline}.`,
  LONG_STOP_BINDING: (p) =>
    `The ${p.years}-year long-stop (${p.date}) caps the extensions from acknowledgements, payments or suspensions; only a legal action or an enforcement measure can carry the claim further.`,
  EVENTS_AFTER_AS_OF: (p) =>
    `${p.count} event(s) dated after ${p.asOf} (the first on ${p.firstDate}) ${p.count === 1 ? 'was' : 'were'} not applied: the result is computed as of ${p.asOf}.`,
  STATUS_PENDING: () => STATUS_PENDING,
  STATUS_SUSPENDED: (p) =>
    `Limitation is suspended since ${p.since} (C. civ. 2238); if the suspension ended on ${p.statusAt}, the last day to act would be ${p.deadline}.`,
  STATUS_EXPIRED: (p) =>
    `The last day to act was ${p.deadline}: the claim is time-barred (C. civ. 2219, 2229), unless the debtor does not plead it.`,
  STATUS_RUNNING: (p) =>
    `Limitation is running: the last day to act is ${p.deadline} (never moved to a working day, C. civ. 2229).`,
  START_COMPLETION: (p) =>
    `A consumer claim is time-barred ${p.years} years after the works were completed or the services performed (${p.completionDate}), whatever the invoice date.`,
  START_FALLBACK: (p) =>
    `Without a completion date, the ${from(p.from)} is used (the older rule counted from the invoice date).`,
  START_PUBLIC: (p) =>
    `A claim on a public debtor lapses ${p.years} years from 1 January of the year after the year the right arose; the right is taken to arise at the due date (${p.dueDate}), so the period runs from ${p.from} to ${p.to}.`,
  START_LATE_INVOICE: (p) =>
    `The invoice was issued late (${p.invoiceDate}, more than ${p.days} days after completion on ${p.completionDate}): limitation runs from completion of the service, whatever date the creditor chose to invoice.`,
  START_DUE_DATE: (p) => `Limitation runs from the day the debt fell due (${p.dueDate}).`,
  LONG_STOP: (p) =>
    `${p.years} years from the birth of the right (${p.birth}): acknowledgements, payments and suspensions cannot carry limitation beyond it; legal action (2241 al. 1) and enforcement or conservatory measures (2244) can.`,
  LONG_STOP_PUBLIC: () =>
    'Shown for information: the déchéance quadriennale has its own regime (loi 68-1250) and the Civil Code long-stop is not applied to it.',
  PROC_INJONCTION_SERVICE: (p) =>
    `Serve the order by ${p.deadline} (${months(p.months)}, ${p.article}); otherwise it lapses (non avenue) and does not interrupt limitation.`,
  PROC_OPPOSITION: (p) =>
    `The debtor may oppose until ${p.deadline}; after that the order has the effects of a judgment (CPC 1422).`,
  PROC_INSOLVENCY_CLAIM: (p) =>
    `File the claim with the mandataire judiciaire by ${p.deadline} (${p.months} months from the BODACC publication${p.abroad ? ', creditor outside metropolitan France' : ''}).`,
  PROC_FORCLUSION_RELIEF: (p) =>
    `Ask the juge-commissaire for relief from late filing by ${p.deadline}.`,
  PROC_FORMAL_NOTICE: (p) =>
    p.rolled
      ? `The ${p.days}-day deadline ends on ${p.nominal}, a non-working day; whether CPC 642 extends it to ${p.deadline} is debatable for a contractual deadline — wait until ${p.deadline} before the next step.`
      : `The ${p.days}-day deadline ends on ${p.nominal}; the next step can be taken from the day after.`,
  PROC_JUDGMENT_UPLIFT: (p) =>
    `The ${p.months} months end on ${p.nominal}: the legal rate + ${p.points} points applies from ${p.from}${p.fromIfRolled === null ? '' : ` (from ${p.fromIfRolled} if CPC 642 is applied, which is debatable)`}.`,
  PROC_ENFORCEMENT: (p) =>
    p.variant === 'lapsed'
      ? `The order of ${p.orderDate} was served on ${p.servedOn}, after its service deadline (${p.lastDay}; ${months(p.months)}, ${p.article}): it lapsed (non avenue) and cannot be enforced.`
      : p.variant === 'no-notice'
        ? `If no opposition notice from the greffe arrives by ${p.deadline} (${months(p.months)} after service, décret 2026-96), the creditor may enforce the order from ${p.from}.`
        : `Without an opposition by ${p.deadline} (${months(p.months)} after service, CPC 1416), the order takes effect as an enforceable title (CPC 1422): enforcement is possible from ${p.from}.`,
});
