import type { Catalogue } from '../text/internal.js';
import { longDateValid, moneyText } from '../text/internal.js';
import type { DepositMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
// '2027-H1' → 'the first half of 2027' (any other form is shown as it is).
const semester = (halfYear: string): string => {
  const m = /^(\d{4})-H([12])$/.exec(halfYear);
  return m ? `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}` : halfYear;
};
// The payer flags of the portfolio module; another flag is shown as it is.
const FLAGS: Readonly<Record<string, string>> = {
  chronic_late_payer: 'chronic late payer',
  over_credit_limit: 'over the credit limit',
  has_disputes: 'open disputes',
  broken_promises: 'broken promises to pay',
  has_overdue: 'overdue invoices',
  overdue_over_90_days: 'overdue over 90 days',
};
const EXCEPTIONS: Readonly<Record<DepositMessages['EXCEPTION']['exception'], string>> = {
  'newspaper-subscription': 'subscription to a daily or similar publication',
  'approved-personal-services': 'personal services by an approved body',
  'home-party': "meeting held by the seller at its home or at a consumer's home",
  'urgent-repair': "urgent maintenance or repair work at the consumer's home",
};

/**
 * The English sentences of the deposit module.
 *
 * @category Deposit
 */
export const depositTextEn: Catalogue<DepositMessages> = /* @__PURE__ */ Object.freeze({
  NOT_A_CONSUMER_CONTRACT: (p) =>
    `The buyer is not a consumer (nor a business of five employees or fewer contracting outside its main activity, C. conso L221-3): the ${p.days}-day ban does not apply.`,
  NOT_OFF_PREMISES: (p) =>
    `The contract was not made off premises: the ${p.days}-day ban does not apply.`,
  EXCEPTION: (p) =>
    `The contract falls under an exception of C. conso L221-10 (${EXCEPTIONS[p.exception]}): payment may be received at once.`,
  SEVEN_DAYS_ELAPSED: (p) =>
    `The ${p.days} days after the off-premises contract of ${d(p.signedOn)} ended on ${d(p.banEndsOn)}: payment may be received.`,
  SEVEN_DAY_BAN: (p) =>
    `No payment of any kind may be received before ${d(p.firstAllowedDay)}: the ${p.days} days after the off-premises contract of ${d(p.signedOn)} run until ${d(p.banEndsOn)} included.`,
  INTEREST_NOT_STARTED: (p) =>
    `No interest yet: it runs from ${d(p.firstInterestDay)}, ${p.months} months after the payment of ${d(p.paidOn)}.`,
  RATE_UNKNOWN: (p) =>
    `The legal rate (consumer creditor) for ${semester(p.halfYear)} is not in the rate table (known until ${d(p.knownUntil)}): interest is computed up to ${d(p.stoppedOn)} only, not to ${d(p.lastInterestDay)}. Supply the rate with the "rates" option to complete it.`,
  REASON_RULE_MINIMUM: (p) => `Rule minimum deposit (${p.percent} %)`,
  REASON_NEW_CLIENT: () => 'New client',
  REASON_URGENT_ORDER: () => 'Very urgent order',
  REASON_LARGE_ORDER: (p) => `Large order (from ${moneyText(p.threshold, 'en')} incl. VAT)`,
  REASON_PAYER_DAYS_LATE: (p) =>
    `Pays ${p.days} ${p.days === '1' ? 'day' : 'days'} late on average`,
  REASON_PAYER_LATE_SHARE: (p) => `${p.percent} % of invoices paid late`,
  REASON_PAYER_GRADE: (p) => `Payer grade ${p.grade}`,
  REASON_PAYER_FLAGS: (p) => `Risk flags: ${p.flags.map((f) => FLAGS[f] ?? f).join(', ')}`,
  REASON_GOOD_PAYER: () => 'Good payer',
  RULE_DEPOSIT_SPLIT: () =>
    'Deposit incl. VAT = order total incl. VAT × percent, rounded half-up to the cent; each VAT rate gets a share in proportion to its total incl. VAT, rounded half-up to the cent; the cents left over (or in excess) go to the rate with the largest total incl. VAT (ties: the higher rate), or to the next one if that rate is fully paid; per rate, excl. VAT = round(incl. VAT / (1 + rate)) and VAT = incl. VAT − excl. VAT.',
  REASON_CAPPED_AT_MAXIMUM: (p) => `Capped at the rule maximum (${p.percent} %)`,
});
