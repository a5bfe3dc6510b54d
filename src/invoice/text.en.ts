import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { InvoiceMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const days = (n: number): string => countValid(n, { one: 'day', other: 'days' }, 'en');
const buyer = (debtor: 'consumer' | 'non_professional'): string =>
  debtor === 'consumer' ? 'consumer' : 'non-professional';
const proBuyer = (b: 'professional' | 'public'): string =>
  b === 'professional' ? 'a professional buyer' : 'a public buyer';
const LABELS: Readonly<Record<InvoiceMessages['MENTION_MISSING']['mention'], string>> = {
  DUE_DATE: 'the date by which payment must be made',
  DISCOUNT_TERMS:
    'the early-payment discount terms (write "no discount for early payment" when none is granted)',
  LATE_PENALTY_RATE: 'the rate of the penalties due from the day after the due date',
  RECOVERY_INDEMNITY:
    'the fixed indemnity for recovery costs owed by a professional buyer paying late, and its amount',
  BUYER_SIREN: 'the buyer’s SIREN (or SIRET)',
  DELIVERY_ADDRESS: 'the delivery address of the goods, which differs from the billing address',
  OPERATION_NATURE: 'the nature of the operation (goods, services or both)',
  VAT_ON_DEBITS_OPTION: '"option pour le paiement de la taxe d’après les débits"',
};
const MENTION_LABELS: Readonly<Record<InvoiceMessages['LABEL_MENTION']['mention'], string>> = {
  DUE_DATE: 'Payment due date',
  DISCOUNT_TERMS: 'Early-payment discount terms (or that none is granted)',
  LATE_PENALTY_RATE: 'Late-payment penalty rate',
  RECOVERY_INDEMNITY: 'Fixed recovery indemnity',
  BUYER_SIREN: 'Buyer’s SIREN',
  DELIVERY_ADDRESS: 'Delivery address (if different from the billing address)',
  OPERATION_NATURE: 'Nature of the operation (goods, services or both)',
  VAT_ON_DEBITS_OPTION: 'Option to pay VAT on debits',
};
const CONDITIONS: Readonly<Record<InvoiceMessages['MENTION_CONDITIONAL']['condition'], string>> = {
  'issuer-size': 'required if the issuer is a large company or an ETI (set issuerSize to decide)',
  'delivery-address':
    'required if goods were delivered elsewhere than the billing address (set mentions.deliveredToBillingAddress to decide)',
  'vat-on-debits':
    'required if the seller has opted to pay VAT on debits (set seller.vatOnDebits to decide)',
};
const FACTS: Readonly<Record<InvoiceMessages['REFORM_REQUIRED']['fact'], string>> = {
  none: '',
  'delivered-elsewhere': ' The goods were delivered elsewhere.',
  'vat-on-debits': ' The seller has opted to pay VAT on debits.',
};
const cap = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The English sentences of the invoice module.
 *
 * @category Invoice
 */
export const invoiceTextEn: Catalogue<InvoiceMessages> = /* @__PURE__ */ Object.freeze({
  DUE_GIVEN: (p) => `Due date stated on the invoice: ${d(p.dueDate)}.`,
  DUE_NO_AGREED_TERM_B2C: (p) =>
    `No due date and no terms for a ${buyer(p.debtor)} buyer: the price is payable without delay, on ${d(p.dueDate)} (${p.from === 'issue' ? 'the invoice date' : 'delivery'}). The ${p.days}-day default of C. com. L441-10 I applies only between professionals.`,
  DUE_NO_TERMS_AFTER_DELIVERY: (p) =>
    `No due date and no terms: ${days(p.days)} after delivery or performance on ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_NO_TERMS_AFTER_ISSUE: (p) =>
    `No due date, no terms and no delivery date: ${days(p.days)} after the invoice date ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `The invoice states ${d(p.given)} but its terms give ${d(p.fromTerms)} (${p.rule}); the stated date is used.`,
  STATUTORY_DEFAULT_NOT_B2B: (p) =>
    `The ${p.days}-day default of C. com. L441-10 I governs trade between professionals; it was applied because the terms ask for it, but for a ${buyer(p.debtor)} buyer with no agreed term the price is in principle payable on delivery.`,
  MENTION_REQUIRED: (p) =>
    p.fromDueDate
      ? `Required for ${proBuyer(p.buyer)}; taken as shown when the invoice has a dueDate.`
      : `Required for ${proBuyer(p.buyer)}.`,
  MENTION_INDEMNITY_REQUIRED: (p) =>
    `The fixed recovery indemnity of ${moneyText(p.indemnity, 'en')} is owed by ${proBuyer(p.buyer)} paying late, and its amount must be shown.`,
  MENTIONS_NOT_FOR_CONSUMERS: (p) =>
    `C. com. L441-9 governs invoices for purchases made for a professional activity; the buyer is ${p.debtor === 'consumer' ? 'a consumer' : 'a non-professional'} (no fixed recovery indemnity either).`,
  REFORM_NOT_YET: (p) =>
    `The issuer must issue e-invoices only from ${d(p.from)} (${p.issuerSize ?? `large companies and ETIs; SMEs and micro-companies from ${d(p.smeFrom)}`}); not yet on ${d(p.decidedOn)}.`,
  REFORM_NOT_B2B: () =>
    'The e-invoicing reform mentions concern invoices between businesses (B2B); public buyers are invoiced through Chorus Pro and consumers are covered by e-reporting.',
  REFORM_REQUIRED: (p) =>
    `${p.from === null ? `Required if the issuer is a large company or an ETI (subject since ${d(p.largeFrom)}).` : `Required since the issuer must issue e-invoices (from ${d(p.from)}).`}${FACTS[p.fact]}`,
  DELIVERY_SERVICES_ONLY: () => 'Services only: no goods delivered.',
  DELIVERY_AT_BILLING_ADDRESS: () => 'The goods were delivered at the billing address.',
  DELIVERY_ADDRESS_UNDECIDED: () => `${cap(CONDITIONS['delivery-address'])}.`,
  VAT_GOODS_ONLY: () =>
    'Goods only: the option to pay VAT on debits concerns services (CGI art. 269 2 c).',
  VAT_NOT_OPTED: () => 'The seller has not opted to pay VAT on debits.',
  VAT_UNDECIDED: () => `${cap(CONDITIONS['vat-on-debits'])}.`,
  RULE_TOTALS: (p) =>
    p.source === 'lines'
      ? 'Each line = quantity × unit price excl. VAT rounded half-up to the cent; VAT per rate = rate × the sum of that rate’s lines, rounded half-up to the cent; totals = sums of the rounded figures (CGI art. 242 nonies A: VAT shown per rate).'
      : 'Totals taken as given on the invoice (exclVat + vat = inclVat checked).',
  LABEL_MENTION: (p) =>
    p.indemnity === null
      ? MENTION_LABELS[p.mention]
      : `${MENTION_LABELS[p.mention]} (${moneyText(p.indemnity, 'en')})`,
  MENTION_MISSING: (p) => `The invoice does not show ${LABELS[p.mention]}.`,
  MENTION_CONDITIONAL: (p) =>
    `The invoice does not show ${LABELS[p.mention]}: ${CONDITIONS[p.condition]}.`,
  ISSUER_SIZE_UNKNOWN: (p) =>
    `On ${d(p.decidedOn)} large companies and ETIs must issue e-invoices but SMEs and micro-companies only from ${d(p.smeStart)}: the reform mentions are listed as conditional. Pass issuerSize to decide.`,
  REFORM_NOT_IN_FORCE_AT_ISSUE: (p) =>
    `The issuer is subject on ${d(p.asOf)}, but the invoice was issued on ${d(p.issueDate)}, before its start date ${d(p.from)}: the reform mentions were not yet required on it (pass rulesAt: 'issue-date' to check it against the rules of its issue date).`,
  // The allocation keeps the figures as computed ('1234.50', ISO dates): it retraces a computation.
  ALLOCATED_DESIGNATED: (p) =>
    `${p.amount} to ${p.id}, designated by the debtor (C. civ. 1342-10 al. 1)`,
  ALLOCATED: (p) =>
    `${p.amount} to ${p.id} (${p.tier === 'due' ? 'already due' : 'not yet due'}, due ${p.dueDate}${p.interestBearing ? ', bears interest' : ''})`,
  ALLOCATED_PRO_RATA: (p) =>
    `${p.ids.map((id, i) => `${p.amounts[i]} to ${id}`).join(', ')} (${p.tier === 'due' ? 'already due' : 'not yet due'}, same rank, due ${p.dueDate}: pro rata of what each owes)`,
  ALLOCATION_EXPLANATION: (p) =>
    `Payment of ${p.amount} on ${p.date}: ${p.steps.length > 0 ? p.steps.join('; ') : 'no debt to settle'}${p.credit === null ? '' : `; ${p.credit} left over as a credit`}. Order: the debtor's designation, then debts already due before those not yet due, interest-bearing first, the oldest first, equal ones pro rata (C. civ. 1342-10 al. 2).`,
  DEBTOR_INTEREST_UNKNOWN: () =>
    'Several due debts compete and none says whether it bears interest: the debtor’s interest in paying one first could not be weighed, so the oldest due date came first and debts due the same day shared pro rata (flag interestBearing to rank interest-bearing debts first).',
  EVENTS_AFTER_AS_OF: (p) =>
    `${p.count === 1 ? '1 payment or credit note' : `${p.count} payments or credit notes`} dated after ${d(p.asOf)} (the first on ${d(p.firstDate)}) ${p.count === 1 ? 'was' : 'were'} not applied: the result is computed as of ${d(p.asOf)}.`,
});
