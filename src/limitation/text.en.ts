import type { Catalogue } from '../text/internal.js';
import { countValid } from '../text/internal.js';
import type { LimitationMessages } from './text.js';

const days = (n: number): string => countValid(n, { one: 'day', other: 'days' }, 'en');
const events = (n: number): string => countValid(n, { one: 'event', other: 'events' }, 'en');

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
const noNotice = (deadline: string, n: number, day: string): string =>
  `If no opposition notice from the greffe arrives by ${deadline} (${months(n)} after service, décret 2026-96), the creditor may enforce the order from ${day}.`;
/** `, capped by the 20-year long-stop (2030-05-28)` when the cap cut the period. */
const capped = (years: number | null, date: string | null): string =>
  years === null || date === null ? '' : `, capped by the ${years}-year long-stop (${date})`;
const yearOf = (date: string): number => Number(date.slice(0, 4));
const ACTS = {
  acknowledgement: "The debtor's acknowledgement",
  payment: 'A payment, even partial, acknowledges the whole debt and',
  'public-claim': 'A written claim to the administration',
  'public-demand': 'A written payment demand to a public debtor',
} as const;
const VOIDING = {
  dismissed: 'finally dismissed',
  withdrawn: 'withdrawn',
  lapsed: 'lapsed',
} as const;
const PENDING_TRAIL =
  'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).';

/**
 * The English sentences of the limitation module (dates stay ISO, as developers read them).
 *
 * @category Limitation
 */
export const limitationTextEn: Catalogue<LimitationMessages> = /* @__PURE__ */ Object.freeze({
  LIMITATION_SOON: (p) =>
    `Limitation expires on ${p.deadline} (${days(p.daysLeft)} left on ${p.asOf}). To keep the claim alive, act before then with ${interruptingActs(p.debtor)}.${p.debtor === 'public' ? '' : ' A formal notice, even by registered letter, does NOT interrupt it (Cass. com. 18 May 2022 n°20-23.204).'}`,
  LIMITATION_EXPIRED: (p) =>
    `The last day to act was ${p.deadline}: the claim is time-barred (C. civ. 2219, 2229), unless the debtor does not plead it.`,
  PROCEEDINGS_PENDING: () => `${STATUS_PENDING} Record the end with a proceedings_ended event.`,
  LIMITATION_SUSPENDED: (p) =>
    `Limitation is suspended since ${p.since} (C. civ. 2238); if the suspension ended on ${p.statusAt}, the last day to act would be ${p.deadline}.`,
  FORMAL_NOTICE_NO_EFFECT: (p) =>
    `A formal notice does NOT interrupt limitation, even by registered letter. What does: ${interruptingActs(p.debtor)}.`,
  EVENT_AFTER_EXPIRY: (p) =>
    `${events(p.count)} came after the claim was time-barred and had no effect on limitation.`,
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
    `${events(p.count)} dated after ${p.asOf} (the first on ${p.firstDate}) ${p.count === 1 ? 'was' : 'were'} not applied: the result is computed as of ${p.asOf}.`,
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
        ? noNotice(p.deadline, p.months, p.from)
        : `Without an opposition by ${p.deadline} (${months(p.months)} after service, CPC 1416), the order takes effect as an enforceable title (CPC 1422): enforcement is possible from ${p.from}.`,
  TRAIL_AFTER_EXPIRY: (p) =>
    `The claim was already time-barred (last day ${p.deadline}); an act after that date cannot interrupt or suspend it. Only the debtor can waive acquired limitation (C. civ. 2250), and a court does not raise it on its own (2247).`,
  TRAIL_NOT_STARTED: (p) =>
    `Limitation had not started yet (it runs from ${p.start}), so this changes nothing.`,
  TRAIL_ALREADY_INTERRUPTED: () => PENDING_TRAIL,
  TRAIL_INTERRUPTS: (p) =>
    `${ACTS[p.act]} interrupts limitation: a new ${p.years}-year period runs from ${p.to === null ? p.from : `1 January ${yearOf(p.from)} to ${p.to}`}${p.suspended ? ', once the suspension ends' : ''}${capped(p.longStopYears, p.longStopDate)}.`,
  TRAIL_WRITTEN_CLAIM_PRIVATE: () =>
    'A written claim interrupts only the limitation of a public debtor; against a private debtor it has no effect.',
  TRAIL_FORMAL_NOTICE: () =>
    'A formal notice (mise en demeure), even by registered letter with acknowledgement of receipt, does not interrupt or suspend limitation: only the acts listed by the Civil Code do (C. civ. 2240, 2241, 2244).',
  TRAIL_PUBLIC_SEIZURE: () =>
    "A public person's property cannot be seized; the déchéance quadriennale is interrupted only by the acts of loi 68-1250 art. 2.",
  TRAIL_MEASURE: (p) =>
    `${p.measure === 'enforcement' ? 'An enforcement measure' : 'A conservatory measure'} interrupts limitation: a new ${p.years}-year period runs from ${p.date}${p.suspended ? ' once the suspension ends' : ''} (not capped by the ${p.longStopYears}-year long-stop).`,
  TRAIL_ACTION_VOIDED: () =>
    'These proceedings later ended without success: their interruption is treated as never having happened (C. civ. 2243).',
  TRAIL_ACTION_FILED: (p) =>
    `The legal action interrupts limitation until the proceedings end (C. civ. 2242); a new ${p.years}-year period runs from ${p.public ? '1 January after the decision becomes final' : 'the end'}. Record the end with proceedings_ended.${p.absorbed ? ' The suspension under way is absorbed by the proceedings.' : ''}`,
  TRAIL_ORDER_ISSUED: (p) =>
    `Filing the request and issuing the order do not interrupt limitation; serving the order does, if served by ${p.lastDay} (${months(p.months)}, ${p.article}).`,
  TRAIL_ORDER_LAPSED: (p) =>
    `The order of ${p.orderDate} was served after ${p.lastDay}, more than ${months(p.months)} after it was issued: it has lapsed (non avenue, ${p.article}) and its service interrupts nothing.`,
  TRAIL_OPPOSITION_VOIDED: () =>
    'The opposition proceedings later ended without success: the interruption by service is treated as never having happened (C. civ. 2243).',
  TRAIL_ORDER_SERVED: (p) =>
    `Serving the injonction order within ${months(p.serviceMonths)} interrupts limitation: a new ${p.years}-year period runs from ${p.public ? '1 January' : p.date}. The debtor has ${months(p.oppositionMonths)} to oppose (CPC 1416).${p.enforceDeadline === null || p.enforceMonths === null || p.enforceFrom === null ? '' : ` ${noNotice(p.enforceDeadline, p.enforceMonths, p.enforceFrom)}`}`,
  TRAIL_NOTHING_TO_SUSPEND: () =>
    'Proceedings are pending: limitation is already interrupted until they end, so there is nothing to suspend.',
  TRAIL_SUSPENDS: (p) =>
    `${p.kind === 'mediation' ? 'Mediation or conciliation' : "The debtor's agreement to the small-claims procedure"} suspends limitation: the clock stops with ${days(p.daysLeft)} left and runs again when it ends, for at least ${p.months} months.`,
  TRAIL_END_UNMATCHED: () =>
    'The matching start did not suspend limitation (it came after expiry or during proceedings), so its end changes nothing.',
  TRAIL_OTHER_SUSPENSION: () => 'Another suspension is still under way: the clock stays stopped.',
  TRAIL_RESUMES: (p) =>
    `The suspension ends: the time left runs again, but never less than ${p.months} months (until ${p.until})${capped(p.longStopYears, p.longStopDate)}.`,
  TRAIL_PROCEEDINGS_VOIDED: (p) =>
    `The proceedings begun on ${p.began} were ${VOIDING[p.outcome]}: their interruption is treated as never having happened, and limitation is computed without them${p.expiredAfter === null ? '' : ` — the claim has been time-barred since the day after ${p.expiredAfter}`}.`,
  TRAIL_JUDGMENT_AFTER_EXPIRY: () =>
    'The action it ends was brought after the claim was time-barred; the judgment still stands if the debtor did not plead limitation (a court does not raise it on its own, C. civ. 2247).',
  TRAIL_JUDGMENT: (p) =>
    `The proceedings begun on ${p.began} ended with a judgment: a new ${p.years}-year period runs from ${p.public ? `1 January ${yearOf(p.from)}` : p.from}. Serve the judgment (judgment_served) to obtain a ${p.titleYears}-year title.`,
  TRAIL_JUDGMENT_PUBLIC: (p) =>
    `Against a public debtor a judgment is paid through the public accountant (loi 80-539), not enforced under the CPCE; the ${p.years}-year period already runs from 1 January after the decision.`,
  TRAIL_TITLE: (p) =>
    `The served judgment is an enforceable title: it can be enforced for ${p.years} years, until ${p.until}, even when the claim itself had a shorter period.`,
});
