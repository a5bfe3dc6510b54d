import type { DebtorKind } from '../parties/internal.js';
import {
  type Catalogue,
  countValid,
  listValid,
  longDateValid,
  moneyText,
} from '../text/internal.js';
import type { CustomerMessageKind } from './kinds.js';
import type { AmountPart, CollectionsMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const m = (amount: string): string => moneyText(amount, 'en');
const n = (count: number, one: string, other: string): string =>
  countValid(count, { one, other }, 'en');
const list = (items: ReadonlyArray<string>): string => listValid(items, 'en');
const days = (count: number): string => n(count, 'day', 'days');
const one = (count: number, singular: string, plural: string): string =>
  count === 1 ? singular : plural;

function shortList(numbers: ReadonlyArray<string>): string {
  if (numbers.length <= 4) return list(numbers);
  return `${numbers.slice(0, 3).join(', ')} and ${numbers.length - 3} more`;
}

const KIND: Readonly<Record<CustomerMessageKind, string>> = {
  pre_due_notice: 'a courtesy notice before the due date',
  reminder: 'a friendly reminder',
  phone_call: 'a reminder call',
  written_reminder: 'a written reminder',
  registered_letter: 'a registered reminder letter',
  formal_notice: 'a formal notice',
  late_payment_claim: 'a claim for late-payment penalties',
};

const isCivil = (kind: DebtorKind): boolean => kind === 'consumer' || kind === 'non_professional';

function amountLabel(part: AmountPart, kind: DebtorKind): string {
  switch (part) {
    case 'principal':
      return 'principal outstanding';
    case 'penalties':
      return kind === 'public'
        ? 'late-payment interest (Public Procurement Code art. L2192-13)'
        : isCivil(kind)
          ? 'interest at the legal rate (Civil Code art. 1231-6)'
          : 'late-payment penalties (Commercial Code art. L441-10 II)';
    case 'indemnity':
      return kind === 'public'
        ? 'fixed recovery indemnity (Public Procurement Code art. D2192-35)'
        : 'fixed recovery indemnity (Commercial Code art. D441-5)';
    case 'total':
      return 'total due';
    case 'claimed':
      return 'amount claimed';
  }
}

function totalLabel(part: AmountPart, kind: DebtorKind): string {
  switch (part) {
    case 'principal':
      return 'Total principal outstanding';
    case 'penalties':
      return kind === 'public' || isCivil(kind) ? 'Total interest' : 'Total penalties';
    case 'indemnity':
      return 'Total fixed indemnities';
    case 'total':
      return 'Total due';
    case 'claimed':
      return 'Total claimed';
  }
}

function claimBasis(kind: DebtorKind): string {
  if (kind === 'public')
    return 'late-payment interest and the fixed recovery indemnity, due by law (Public Procurement Code art. L2192-13 and D2192-35)';
  if (isCivil(kind))
    return 'interest at the legal rate since our formal notice (Civil Code art. 1231-6 and 1344-1)';
  return 'late-payment penalties and the fixed recovery indemnity, due by law without any reminder (Commercial Code art. L441-10 II and D441-5)';
}

function claimWhat(kind: DebtorKind, penalties: boolean, indemnity: boolean): string {
  const interest = kind === 'professional' ? 'late-payment penalties' : 'late-payment interest';
  if (penalties && indemnity) return `${interest} and the fixed indemnity`;
  return indemnity ? 'the fixed indemnity' : interest;
}

const OBJECT: Readonly<Record<CustomerMessageKind, string>> = {
  pre_due_notice: 'invoices falling due',
  reminder: 'invoices awaiting payment',
  phone_call: 'reminder call',
  written_reminder: 'reminder of unpaid invoices',
  registered_letter: 'last reminder before formal notice',
  formal_notice: 'formal notice to pay (mise en demeure)',
  late_payment_claim: 'claim for late-payment penalties and the fixed indemnity',
};

function subject(kind: CustomerMessageKind, numbers: ReadonlyArray<string>, name: string): string {
  const single = numbers.length === 1;
  const first = numbers[0] ?? '';
  switch (kind) {
    case 'pre_due_notice':
      return single
        ? `Invoice ${first}: falling due soon`
        : `${numbers.length} invoices falling due`;
    case 'reminder':
      return single
        ? `Invoice ${first} awaiting payment`
        : `Invoices awaiting payment (${shortList(numbers)})`;
    case 'phone_call':
      return `Reminder call — ${name}`;
    case 'written_reminder':
      return single
        ? `Reminder — invoice ${first} unpaid`
        : `Reminder — ${numbers.length} unpaid invoices`;
    case 'registered_letter':
      return `Registered letter — ${single ? `invoice ${first} unpaid` : `${numbers.length} unpaid invoices`}`;
    case 'formal_notice':
      return `Formal notice to pay — ${single ? `invoice ${first}` : `invoices ${shortList(numbers)}`}`;
    case 'late_payment_claim':
      return `Claim for late-payment penalties — ${single ? `invoice ${first}` : `invoices ${shortList(numbers)}`}`;
  }
}

function intro(tone: CustomerMessageKind, count: number, previous: ReadonlyArray<string>): string {
  const prev = previous.length > 0 ? ` (${list(previous.map(d))})` : '';
  const unpaid = one(
    count,
    'the following invoice is still unpaid',
    'the following invoices are still unpaid',
  );
  const Unpaid = unpaid.charAt(0).toUpperCase() + unpaid.slice(1);
  switch (tone) {
    case 'pre_due_notice':
      return `A friendly note that ${one(count, 'the following invoice falls', 'the following invoices fall')} due soon:`;
    case 'reminder':
    case 'phone_call':
      return `Unless we are mistaken, ${unpaid}:`;
    case 'written_reminder':
      return `${previous.length > 0 ? `Despite our previous reminders${prev}, ${unpaid}` : `Unless we are mistaken, ${unpaid}`}. The amounts due today are:`;
    case 'registered_letter':
      return previous.length > 0
        ? `We have already asked you to pay ${one(count, 'the following invoice', 'the following invoices')}${prev}, without result. The amounts due today are:`
        : `${Unpaid}. The amounts due today are:`;
    case 'formal_notice':
      return previous.length > 0 ? `Despite our reminders${prev}, ${unpaid}:` : `${Unpaid}:`;
    case 'late_payment_claim':
      return `Thank you for your ${one(count, 'payment', 'payments')}.`;
  }
}

function request(tone: CustomerMessageKind, count: number): string {
  switch (tone) {
    case 'pre_due_notice':
      return 'If payment is already on its way, please disregard this message.';
    case 'reminder':
    case 'phone_call':
      return 'It is probably an oversight: could you arrange payment, or let us know if anything is blocking it?';
    case 'written_reminder':
      return 'Please arrange payment as soon as possible.';
    case 'registered_letter':
      return `Please pay ${one(count, 'this sum', 'these sums')} without delay; otherwise we will have to send you a formal notice.`;
    case 'formal_notice':
      return 'Please pay within the time given.';
    case 'late_payment_claim':
      return 'Please pay this sum as soon as possible.';
  }
}

function heldLine(p: CollectionsMessages['HELD_LINE']): string {
  const head = `Invoice ${p.number}`;
  switch (p.reason) {
    case 'dispute':
      return `${head}: dispute under review`;
    case 'promise':
      return `${head}: payment promised${p.through === null ? '' : ` by ${d(p.through)}`}`;
    case 'payment_plan':
      return `${head}: payment plan in progress${p.through === null ? '' : ` (next installment on ${d(p.through)})`}`;
    case 'pause':
      return `${head}: reminders paused${p.through === null ? '' : ` until ${d(p.through)}`}`;
    case 'mediation':
      return `${head}: mediation in progress`;
    case 'payment_in_transit':
      return `${head}: payment announced as sent${p.through === null ? '' : `, awaited until ${d(p.through)}`}`;
  }
}

const COLUMN = {
  invoice: 'Invoice',
  issueDate: 'Date',
  dueDate: 'Due date',
  daysLate: 'Days late',
  paidOn: 'Paid on',
  principal: 'Principal',
  indemnity: 'Indemnity',
  total: 'Total',
} as const;

function statementEntry(p: CollectionsMessages['STATEMENT_ENTRY']): string {
  const ref = p.reference === null ? '' : ` (${p.reference})`;
  switch (p.kind) {
    case 'invoice':
      return `Invoice ${p.number}`;
    case 'payment':
      return `Payment — invoice ${p.number}${ref}`;
    case 'credit_note':
      return `Credit note — invoice ${p.number}${ref}`;
    case 'dispute_credit':
      return `Reduction after a dispute — invoice ${p.number}`;
  }
}

/**
 * The English sentences of the collections module.
 *
 * @category Collections
 */
export const collectionsEn: Catalogue<CollectionsMessages> = Object.freeze({
  ACTION_DUE: (p) =>
    p.count === 0
      ? `To do today: ${KIND[p.kind]} for ${n(p.claims, 'invoice', 'invoices')} paid late (total ${m(p.total)}).`
      : `To do today: ${KIND[p.kind]} listing ${n(p.count, 'invoice', 'invoices')}, for a total of ${m(p.total)}${p.claims > 0 ? `, with ${n(p.claims, 'claim', 'claims')} after late payment` : ''}.`,
  WAIT_CUSTOMER_GAP: (p) =>
    `The customer got a message on ${d(p.lastContactOn)}: no new message before ${d(p.until)} (at least ${days(p.minDays)} between two messages).`,
  WAIT_NOT_WORKING_DAY: (p) =>
    `Today is not a working day: the next message goes out on ${d(p.until)}.`,
  WAIT_SCHEDULED: (p) => `Nothing to send today: next step planned on ${d(p.until)}.`,
  WAIT_ON_HOLD: (p) =>
    `${one(p.count, 'The open invoice is', `The ${p.count} open invoices are`)} on hold (dispute, promise, payment plan, pause, mediation or payment in transit): nothing to send until an event changes that.`,
  ESCALATE: (p) =>
    `The amicable phase is over for ${one(p.numbers.length, 'invoice', 'invoices')} ${list(p.numbers)}: choose a recovery route.`,
  DECLARE_CLAIM: (p) =>
    `Insolvency proceedings (${p.proceeding}) published in the BODACC on ${d(p.publishedOn)}: no reminder is allowed any more; declare the claim (${m(p.total)}, ${n(p.count, 'invoice', 'invoices')}) to the mandataire judiciaire by ${d(p.deadline)}.`,
  NONE_NOTHING_OPEN: (p) => `No invoice to chase (${n(p.count, 'invoice', 'invoices')} looked at).`,
  NONE_CLAIM_DECLARED: () =>
    'The claim was declared to the mandataire judiciaire: no reminder or individual action is allowed (Commercial Code art. L622-21).',
  EVENTS_AFTER_AS_OF: (p) =>
    `${n(p.count, 'event', 'events')} dated after ${d(p.asOf)} (the first on ${d(p.first)}) ${one(p.count, 'was', 'were')} not applied.`,
  LATE_PAYMENT_CLAIMABLE: (p) =>
    `Invoice ${p.number} was paid on ${d(p.paidOn)}, ${days(p.daysLate)} late: ${m(p.total)} may still be claimed (${p.debtorKind === 'professional' ? 'penalties' : 'interest'} ${m(p.penalties)}${p.indemnity === '0.00' ? '' : `, fixed indemnity ${m(p.indemnity)}`}).`,
  LATE_PAYMENT_CLAIM_TIME_BARRED: (p) =>
    `Invoice ${p.number}, paid on ${d(p.paidOn)}: its penalties can no longer be claimed (time-barred).`,
  INSOLVENCY_NOT_RECORDABLE: (p) =>
    `The log of invoice ${p.number} has events after the opening of the proceedings (${d(p.openedOn)}): record the opening by hand before declaring the claim.`,
  BACKLOG_TAKEOVER: (p) =>
    `Invoice ${p.number} is ${days(p.daysLate)} late with no reminder recorded: the courtesy steps are skipped (step "${p.stepId}").`,
  SUBJECT: (p) => subject(p.kind, p.numbers, p.debtorName),
  GREETING: (p) => (p.formal ? 'Dear Sir or Madam,' : 'Hello,'),
  INTRO: (p) => intro(p.tone, p.count, p.previous),
  LINE: (p) =>
    `Invoice ${p.number} of ${d(p.issueDate)}, due on ${d(p.dueDate)}${p.daysLate > 0 ? ` (${days(p.daysLate)} late)` : ''}`,
  LINE_UPCOMING: (p) =>
    `Invoice ${p.number} of ${d(p.issueDate)}: ${m(p.invoiced)}, due on ${d(p.dueDate)}`,
  AMOUNT: (p) => `${amountLabel(p.part, p.debtorKind)}: ${m(p.amount)}`,
  TOTAL: (p) => `${totalLabel(p.part, p.debtorKind)}: ${m(p.amount)}`,
  COLUMN: (p) =>
    p.column === 'penalties'
      ? p.debtorKind === 'professional'
        ? 'Penalties'
        : 'Interest'
      : COLUMN[p.column],
  DAYS: (p) => days(p.days),
  REQUEST: (p) => request(p.tone, p.count),
  FORMAL_DEMAND: (p) =>
    `We hereby give you formal notice (Civil Code art. 1344) to pay ${m(p.total)} due for ${one(p.count, 'this invoice', `these ${p.count} invoices`)} within ${days(p.deadlineDays)}, that is by ${d(p.deadline)} at the latest.`,
  FORMAL_LEGAL_BASIS: (p) =>
    p.debtorKind === 'public'
      ? 'Under the Public Procurement Code (art. L2192-13 and R2192-31), late payment gives rise by law, from the day after the payment period expired, to late-payment interest at the European Central Bank rate plus eight points, and to a fixed recovery indemnity of €40 per invoice (art. D2192-35). This interest keeps accruing until payment.'
      : isCivil(p.debtorKind)
        ? 'This formal notice starts interest at the legal rate on the sums due from its date (Civil Code art. 1231-6 and 1344-1).'
        : 'Under the Commercial Code (art. L441-10 II), late-payment penalties are due by law, without any reminder, from the day after each due date, together with a fixed recovery indemnity of €40 per invoice (art. D441-5). The penalties keep accruing until full payment.',
  FORMAL_NEXT_STEP: (p) =>
    p.debtorKind === 'public'
      ? 'Failing payment by then, we will ask the administrative court for an interim payment (Administrative Justice Code art. R541-1).'
      : `Failing payment by then, we will start court proceedings without further notice, such as an application for an order for payment (injonction de payer, Code of Civil Procedure art. 1405 ff.)${isCivil(p.debtorKind) ? '' : ', without prejudice to further compensation for justified recovery costs (Commercial Code art. L441-10 II)'}.`,
  OTHER_SUMS_INTRO: (p) =>
    `In addition, ${one(p.count, 'the following invoice is also overdue and still due', 'the following invoices are also overdue and still due')}:`,
  UPCOMING_INTRO: (p) =>
    `For your information, ${one(p.count, 'the following invoice falls', 'the following invoices fall')} due soon:`,
  HELD_INTRO: (p) =>
    `${one(p.count, 'The following invoice is', 'The following invoices are')} not concerned by this message:`,
  HELD_LINE: heldLine,
  CLAIM_INTRO: (p) => {
    const paid = one(
      p.count,
      'the invoice below was paid after its due date',
      'the invoices below were paid after their due date',
    );
    return p.standalone
      ? `${paid.charAt(0).toUpperCase()}${paid.slice(1)}: we hereby claim the ${claimBasis(p.debtorKind)}.`
      : `In addition, ${paid}: we claim the ${claimBasis(p.debtorKind)}.`;
  },
  CLAIM_LINE: (p) =>
    `Claim for ${claimWhat(p.debtorKind, p.penalties, p.indemnity)} on invoice ${p.number} of ${d(p.issueDate)}, due on ${d(p.dueDate)}, paid on ${d(p.paidOn)} (${days(p.daysLate)} late)`,
  PAYMENT_DETAILS: (p) => `Payment details: ${p.details}`,
  CONTACT: (p) => `Contact: ${p.contact}`,
  SIGN_OFF: (p) => (p.formal ? 'Yours faithfully,' : 'Kind regards,'),
  LETTER_LRAR: () => 'REGISTERED LETTER WITH ACKNOWLEDGEMENT OF RECEIPT',
  LETTER_SENDER: (p) => `From: ${p.name}${p.siren === null ? '' : ` (SIREN ${p.siren})`}`,
  LETTER_RECIPIENT: (p) => `To: ${p.name}`,
  LETTER_DATE: (p) => d(p.date),
  LETTER_OBJECT: (p) =>
    `Subject: ${p.kind === 'late_payment_claim' && isCivil(p.debtorKind) ? 'claim for late-payment interest' : OBJECT[p.kind]}`,
  CALL_SCRIPT: (p) =>
    `Call ${p.debtorName}${p.phone === null ? '' : ` (${p.phone})`} about ${n(p.count, 'unpaid invoice', 'unpaid invoices')} (total ${m(p.total)}).`,
  CALL_GOAL: () =>
    'Goal: understand the delay, get a payment date (a promise) or offer a payment plan, and log the call.',
  CALL_PREVIOUS: (p) => `Previous reminders: ${list(p.dates.map(d))}.`,
  STATEMENT_TITLE: (p) => `Statement of account of ${p.debtorName} as of ${d(p.asOf)}`,
  STATEMENT_BALANCE: (p) =>
    p.balance === '0.00'
      ? `Account settled as of ${d(p.asOf)}.`
      : p.balance.startsWith('-')
        ? `Balance in your favour as of ${d(p.asOf)}: ${m(p.balance.slice(1))}.`
        : `Balance due as of ${d(p.asOf)}: ${m(p.balance)}.`,
  STATEMENT_ENTRY: statementEntry,
});
