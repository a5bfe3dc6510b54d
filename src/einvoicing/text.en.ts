import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import { einvoiceRequestedActions } from './requested-action.js';
import type { EinvoiceNoEffectWhy, EinvoiceTaskKey, EinvoicingMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const eur = (amount: string): string => moneyText(amount, 'en');
const SIZES: Readonly<Record<EinvoicingMessages['EINVOICING_OBLIGATIONS']['issuerSize'], string>> =
  {
    large: 'a large company',
    eti: 'a mid-size company (ETI)',
    sme: 'an SME',
    micro: 'a micro-company',
  };

const TRACKING = 'a transmission or handling step with no effect on dunning.';
const NO_EFFECT: Readonly<Record<EinvoiceNoEffectWhy, string>> = {
  deposited: `the invoice was deposited on the platform; ${TRACKING}`,
  tracking: TRACKING,
  review: `the buyer's review step; ${TRACKING}`,
  duplicate:
    'a second deposit of the invoice was rejected as a duplicate (DOUBLON); the invoice first deposited stands and dunning goes on.',
  confidential_factoring:
    'confidential factoring: the buyer is not told and the creditor still collects; dunning goes on.',
  account_changed: 'the payment account changed; reminders must give the new bank details.',
};

const TASKS: Readonly<
  Record<Exclude<EinvoiceTaskKey, keyof typeof einvoiceRequestedActions>, string>
> = {
  answer_dispute: 'answer the dispute (a credit note, a corrected invoice or evidence)',
  supply_documents: 'supply the documents or references the buyer asks for',
  correct_and_redeposit: 'correct the invoice and deposit it again',
  correct_or_credit: 'issue a corrected invoice or a credit note',
  new_invoice_if_owed: 'issue a new invoice if something is still owed',
  redeposit_to_buyer_platform:
    "deposit the invoice again to the buyer's platform (check the directory, annuaire)",
  leave_to_factor: 'leave collection to the factor and pass on any payment received',
  settle_direct_payment:
    'settle with the subcontractor paid directly; chase only what the buyer still owes you',
};

const task = (t: EinvoiceTaskKey): string =>
  t in einvoiceRequestedActions
    ? einvoiceRequestedActions[t as keyof typeof einvoiceRequestedActions].en
    : TASKS[t as keyof typeof TASKS];

const INVALID: Readonly<Record<EinvoicingMessages['EINVOICE_INVALID_INVOICE']['reason'], string>> =
  {
    einvoice_refused: 'the buyer refused the invoice, so it is not a valid claim',
    einvoice_rejected: 'the platform rejected the invoice, so it was not validly issued',
    einvoice_cancelled: 'the invoice was cancelled',
    einvoice_misrouted: 'the invoice never reached the buyer (routing error)',
  };

/** The status, its name and date, before what it does. */
const on = (p: { code: number; name: string; date: string }, rest: string): string =>
  `${p.code} ${p.name} on ${d(p.date)}: ${rest}`;

function partial(p: EinvoicingMessages['EINVOICE_PARTIAL_APPROVAL']): string {
  const what =
    p.approved !== null
      ? `chase the approved amount (${eur(p.approved)}) and hold the rest as disputed`
      : p.disputed !== null
        ? `hold the disputed amount (${eur(p.disputed)}) and chase the rest`
        : 'hold the whole invoice as disputed until the amounts are known';
  return on(p, `the buyer approved part of the invoice; ${what}.`);
}

/**
 * The English sentences of the e-invoicing module.
 *
 * @category E-invoicing
 */
export const einvoicingTextEn: Catalogue<EinvoicingMessages> = /* @__PURE__ */ Object.freeze({
  EINVOICING_OBLIGATIONS: (p) =>
    `On ${d(p.date)}, ${SIZES[p.issuerSize]} ${p.mustReceive ? 'must receive e-invoices' : `must receive e-invoices from ${d(p.receiveFrom)}`} and ${p.mustIssue ? 'must issue its domestic B2B invoices as e-invoices' : `must issue e-invoices from ${d(p.issueFrom)}`}.`,
  EINVOICE_NO_EFFECT: (p) => on(p, NO_EFFECT[p.why]),
  EINVOICE_RECEIVED: (p) =>
    on(p, 'the buyer received the invoice on this day (it starts a public buyer’s payment term).'),
  EINVOICE_APPROVED: (p) =>
    on(
      p,
      'the buyer approved the invoice: evidence that the claim is not disputed; it ends a dispute or a suspension.',
    ),
  EINVOICE_PARTIAL_APPROVAL: partial,
  EINVOICE_DISPUTE_REASON: (p) =>
    `${p.code} ${p.name}${p.amountsUnknown ? ' (amounts unknown)' : ''}${p.reasonCodes.length > 0 ? `: ${p.reasonCodes.join(', ')}` : ''}`,
  EINVOICE_MANDATORY_WHEN: () =>
    'only where VAT is due on receipt of payment (services without the option for VAT on debits, down payments)',
  EINVOICE_PAUSE_REASON: (p) =>
    `208 Suspendue${p.reasonCodes.length > 0 ? ` (${p.reasonCodes.join(', ')})` : ''}: ${task(p.task)}`,
  EINVOICE_DISPUTE: (p) =>
    on(
      p,
      `the buyer disputes the invoice${p.reasonCodes.length > 0 ? ` (${p.reasonCodes.join(', ')})` : ''}; reminders stop until it is approved, completed or credited; next: ${task(p.task)}.`,
    ),
  EINVOICE_PAUSE: (p) =>
    on(
      p,
      `the buyer suspended the invoice until the creditor supplies something; reminders pause until 209 Complétée, penalties keep running; next: ${task(p.task)}.`,
    ),
  EINVOICE_RESOLVE: (p) =>
    on(
      p,
      'the creditor supplied what the buyer asked for; it ends a suspension or a dispute and reminders resume.',
    ),
  EINVOICE_INVALID_INVOICE: (p) =>
    on(
      p,
      `${INVALID[p.reason]}; stop dunning, claim no late-payment penalties and no fixed recovery indemnity; next: ${task(p.task)}.`,
    ),
  EINVOICE_PAYMENT_IN_TRANSIT: (p) =>
    on(
      p,
      `the buyer says the payment was sent; hold the next step for ${countValid(p.workingDays, { one: 'working day', other: 'working days' }, 'en')} and resume on ${d(p.resumeOn)} if nothing arrived; penalties keep running.`,
    ),
  EINVOICE_CASHED: (p) =>
    on(
      p,
      p.amount === null
        ? 'the creditor cashed a payment of unknown amount; nothing is counted until the amount is known.'
        : `the creditor cashed ${eur(p.amount)}; it counts as a payment on that day.`,
    ),
  EINVOICE_PAYEE_CHANGED: (p) =>
    on(
      p,
      `${p.reason === 'einvoice_factored' ? 'the invoice was factored: the factor collects it' : 'direct payment was requested: the buyer pays someone else'}; stop our own dunning; next: ${task(p.task)}.`,
    ),
  EINVOICE_UNFACTORED: (p) =>
    on(p, 'the invoice is not (or no longer) factored: the creditor collects it again.'),
  EINVOICE_TASK: (p) => task(p.task),
  EINVOICE_REASON_MISSING: (p) =>
    `The ${p.code} status of ${d(p.date)} gives no reason code: ask the buyer or the platform why.`,
  EINVOICE_AMOUNT_MISSING: (p) =>
    p.code === 206
      ? `The 206 status of ${d(p.date)} gives neither the approved nor the disputed amount: the whole invoice is held as disputed until they are known.`
      : `The 212 status of ${d(p.date)} gives no cashed amount (amounts.paid): no payment was counted; record it with its amount.`,
});
