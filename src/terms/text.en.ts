import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { PaymentTermsFines, SectorCapCode, TermsMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const days = (n: number): string => countValid(n, { one: 'day', other: 'days' }, 'en');
const calendarDays = (n: number): string =>
  countValid(n, { one: 'calendar day', other: 'calendar days' }, 'en');
const eur = (amount: string): string => moneyText(amount, 'en');
const fines = (f: PaymentTermsFines): string =>
  `The seller and the buyer risk an administrative fine of up to ${eur(f.fineNaturalPerson)} (natural person) or ${eur(f.fineLegalPerson)} (legal person), doubled if repeated within ${countValid(f.fineRepeatYears, { one: 'year', other: 'years' }, 'en')} (C. com. L441-16).`;
const BUYER: Record<TermsMessages['CAP_PUBLIC']['buyerType'], string> = {
  'state-or-local': 'State or local authority',
  'public-hospital': 'public hospital',
  'public-undertaking': 'public undertaking',
};

function sectorCap(code: SectorCapCode, start: string, n: number): string {
  switch (code) {
    case 'CAP_SECTOR_TRANSPORT':
      return `Transport and related services: at most ${days(n)} after the invoice date ${d(start)}.`;
    case 'CAP_SECTOR_PERISHABLE_FOOD':
      return `Perishable food: at most ${days(n)} after delivery ${d(start)}.`;
    case 'CAP_SECTOR_PERISHABLE_FOOD_PERIODIC':
      return `Perishable food, periodic invoice: at most ${days(n)} after the end of the ten-day period of delivery (${d(start)}).`;
    case 'CAP_SECTOR_LIVE_CATTLE':
      return `Live cattle and derived fresh meat: at most ${days(n)} after delivery ${d(start)}.`;
    case 'CAP_SECTOR_EXCISE_ALCOHOL':
      return `Alcoholic drinks subject to excise: at most ${days(n)} after the end of the month of delivery (${d(start)}).`;
  }
}

/**
 * The English sentences of the terms module.
 *
 * @category Terms
 */
export const termsTextEn: Catalogue<TermsMessages> = /* @__PURE__ */ Object.freeze({
  FIXED_DATE_BEFORE_ISSUE_DATE: (p) =>
    `The fixed due date ${d(p.dueDate)} is before the invoice date ${d(p.issueDate)}.`,
  DELIVERY_DATE_ASSUMED: (p) =>
    p.scope === 'statutory-default'
      ? `No delivery or performance date given: the statutory ${days(p.days)} are counted from the invoice date instead; the law counts them from receipt of the goods or performance of the service.`
      : `No deliveryDate given: delivery or performance is assumed on the invoice date ${d(p.issueDate)}. The caps counted from delivery may be earlier.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `The given due date ${d(p.given)} differs from the one the terms give (${d(p.fromTerms)}); the given date is checked. Not applying the agreed computation method is itself sanctioned (C. com. L441-16 d).`,
  NO_STATUTORY_CAP_B2C: (p) =>
    `${p.debtor === 'consumer' ? 'Consumer' : 'Non-professional'} debtor: the law sets no maximum payment term; the contract decides (the L441-10 caps apply between professionals only).`,
  NO_AGREED_TERM_B2C: (p) =>
    `No agreed term: the price is due without delay, taken as ${d(p.dueDate)} (the invoice date, or delivery when later). Late interest needs a formal notice (C. civ. 1231-6, 1344).`,
  PUBLIC_BUYER_TYPE_ASSUMED: (p) =>
    `No publicBuyerType given: assumed to be the State or a local authority (${days(p.stateDays)}). Public hospitals have ${days(p.hospitalDays)} and public undertakings ${days(p.undertakingDays)}.`,
  RECEIPT_DATE_ASSUMED: (p) =>
    `No receiptDate given: the payment request is assumed received on the invoice date ${d(p.issueDate)}. The public term runs from receipt of the payment request, which is usually later.`,
  PUBLIC_TERM_EXCEEDED: (p) =>
    `The due date ${d(p.dueDate)} is after the latest date the public payment term allows (${d(p.latest)}, ${days(p.days)} after receipt of the payment request). A contract cannot lengthen it; late interest and the ${eur(p.indemnity)} indemnity run automatically from the day after (CCP L2192-13).`,
  TERM_EXCEEDS_DEFAULT_30_DAYS: (p) =>
    `No term was agreed, so payment is due at most ${days(p.days)} after delivery or performance (${d(p.latest)}); ${d(p.dueDate)} is later. ${fines(p)}`,
  PERIODIC_INVOICE_EXCEEDS_45_DAYS: (p) =>
    `A periodic invoice must be paid at most ${days(p.days)} after its date (${d(p.latest)}); the due date ${d(p.dueDate)} is later. ${fines(p)}`,
  EOM_60_NOT_ALLOWED: (p) =>
    `"${days(p.days)} end of month" is not allowed: the law permits at most ${days(p.agreedDays)} net or ${days(p.eomDays)} end of month. ${fines(p)}`,
  TERM_EXCEEDS_45_DAYS_EOM: (p) =>
    `An end-of-month term may not exceed ${days(p.eomDays)} end of month (here ${days(p.days)}, due ${d(p.dueDate)}; latest lawful ${d(p.latest)}). ${fines(p)}`,
  TERM_EXCEEDS_60_DAYS: (p) =>
    p.doubtful
      ? `The due date ${d(p.dueDate)} is more than ${days(p.agreedDays)} after the invoice date (${d(p.latest)}); it is lawful only if a "${days(p.eomDays)} end of month" term was expressly stipulated.`
      : `The due date ${d(p.dueDate)} is more than ${calendarDays(p.agreedDays)} after the invoice date (latest ${d(p.latest)}). ${fines(p)}`,
  SECTOR_CAP_EXCEEDED: (p) =>
    `${sectorCap(p.capCode, p.start, p.days)} The due date ${d(p.dueDate)} is later than ${d(p.latest)}. ${fines(p)}`,
  STATUTORY_TERM_APPLIES: (p) =>
    `No agreed term: the due date is the latest the law allows, ${d(p.latest)}.`,
  DUE_NET: (p) =>
    `${calendarDays(p.days)} after the invoice date ${d(p.issueDate)} → ${d(p.dueDate)} (days, not months).`,
  DUE_EOM_DAYS_THEN_EOM: (p) =>
    `${days(p.days)} end of month, method A: ${d(p.issueDate)} + ${days(p.days)} = ${d(p.plus)}, end of that month → ${d(p.dueDate)}.`,
  DUE_EOM_EOM_THEN_DAYS: (p) =>
    `${days(p.days)} end of month, method B: end of the invoice's month ${d(p.eom)} + ${days(p.days)} → ${d(p.dueDate)}.`,
  DUE_ON_RECEIPT: (p) => `Payable on receipt: due on the invoice date ${d(p.issueDate)}.`,
  DUE_FIXED: (p) => `Fixed due date ${d(p.dueDate)}.`,
  DUE_DEFAULT_AFTER_DELIVERY: (p) =>
    `No agreed term: ${days(p.days)} after delivery or performance ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_DEFAULT_AFTER_ISSUE: (p) =>
    `No agreed term and no delivery date: ${days(p.days)} after the invoice date ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  CAP_SECTOR_TRANSPORT: (p) => sectorCap('CAP_SECTOR_TRANSPORT', p.start, p.days),
  CAP_SECTOR_PERISHABLE_FOOD: (p) => sectorCap('CAP_SECTOR_PERISHABLE_FOOD', p.start, p.days),
  CAP_SECTOR_PERISHABLE_FOOD_PERIODIC: (p) =>
    sectorCap('CAP_SECTOR_PERISHABLE_FOOD_PERIODIC', p.start, p.days),
  CAP_SECTOR_LIVE_CATTLE: (p) => sectorCap('CAP_SECTOR_LIVE_CATTLE', p.start, p.days),
  CAP_SECTOR_EXCISE_ALCOHOL: (p) => sectorCap('CAP_SECTOR_EXCISE_ALCOHOL', p.start, p.days),
  CAP_PUBLIC: (p) =>
    `Public buyer (${BUYER[p.buyerType]}): at most ${days(p.days)} after receipt of the payment request ${d(p.start)}.`,
  CAP_B2B_DEFAULT: (p) =>
    `No agreed term: at most ${days(p.days)} after receipt of the goods or performance ${d(p.start)}.`,
  CAP_B2B_PERIODIC: (p) =>
    `Periodic invoice: at most ${days(p.days)} after the invoice date ${d(p.start)}.`,
  CAP_B2B_EOM: (p) =>
    `Agreed end-of-month term: at most ${days(p.eomDays)} end of month with the stipulated method (${d(p.eom45)}) or ${days(p.agreedDays)} after the invoice date (${d(p.sixty)}), whichever is later.`,
  CAP_B2B_60_DAYS: (p) =>
    `Agreed term: at most ${calendarDays(p.days)} after the invoice date ${d(p.start)} (days, not months).`,
});
