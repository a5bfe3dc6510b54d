import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { PortfolioMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'en');
const invoices = (n: number): string => countValid(n, { one: 'invoice', other: 'invoices' }, 'en');
const verb = (n: number, one: string, other: string): string => (n === 1 ? one : other);

const GRADE_REASONS: Readonly<Record<PortfolioMessages['LABEL_GRADE_REASON']['reason'], string>> = {
  REPEATED_BROKEN_PROMISES: 'Two or more broken promises to pay',
  DAYS_LATE_OVER_90: 'More than 90 days late',
  BROKEN_PROMISE: 'One broken promise to pay',
  DAYS_LATE_OVER_60: 'More than 60 days late',
  CHRONIC_LATE_PAYER: 'Chronic late payer (at least half of the invoices)',
  DAYS_LATE_OVER_30: 'More than 30 days late',
  FREQUENT_LATE_PAYMENTS: 'Frequent late payments (at least a quarter of the invoices)',
  OVER_CREDIT_LIMIT: 'Over the credit limit',
};

/**
 * The English sentences of the portfolio module.
 *
 * @category Portfolio
 */
export const portfolioTextEn: Catalogue<PortfolioMessages> = /* @__PURE__ */ Object.freeze({
  NOT_YET_ISSUED: (p) =>
    `${invoices(p.count)} dated after ${d(p.asOf)} ${verb(p.count, 'was', 'were')} left out.`,
  DISPUTED_EXCLUDED: (p) =>
    `${countValid(p.count, { one: 'disputed invoice', other: 'disputed invoices' }, 'en')} totalling ${moneyText(p.amount, 'en')} ${verb(p.count, 'is', 'are')} left out of the buckets; state them beside the table (C. com. D441-6 IV).`,
  DISPUTED_INCLUDED: (p) =>
    `${countValid(p.count, { one: 'disputed invoice', other: 'disputed invoices' }, 'en')} totalling ${moneyText(p.amount, 'en')} ${verb(p.count, 'is', 'are')} included in the buckets.`,
  CREDIT_BALANCES: (p) =>
    `${invoices(p.count)} ${verb(p.count, 'was', 'were')} overpaid by ${moneyText(p.amount, 'en')} in all; the credit is owed back and is not netted against other debts.`,
  NO_SALES: (p) =>
    `No sales in the ${countValid(p.periodDays, { one: 'day', other: 'days' }, 'en')} from ${d(p.periodStart)} to ${d(p.asOf)}: the DSO cannot be computed.`,
  SALES_EXHAUSTED: (p) =>
    `Sales of the months walked (${countValid(p.days, { one: 'day', other: 'days' }, 'en')}) do not cover the receivables: the DSO is a lower bound.`,
  NO_PAYMENT_HISTORY: () =>
    'No invoice of this debtor was settled or is past due yet: the grade says nothing about its behaviour.',
  EVENTS_AFTER_AS_OF: (p) =>
    `${countValid(p.count, { one: 'payment, credit note or promise to pay', other: 'payments, credit notes or promises to pay' }, 'en')} dated after ${d(p.asOf)} (the first on ${d(p.firstDate)}) ${verb(p.count, 'was', 'were')} not applied: the result is computed as of ${d(p.asOf)}.`,
  GRADE_BROKEN_PROMISES: (p) =>
    countValid(p.count, { one: 'broken promise', other: 'broken promises' }, 'en'),
  GRADE_DAYS_LATE: (p) => `${countValid(p.days, { one: 'day', other: 'days' }, 'en')} late at most`,
  GRADE_LATE_SHARE: (p) =>
    `${p.late} of ${countValid(p.assessed, { one: 'invoice', other: 'invoices' }, 'en')} late`,
  GRADE_OVER_LIMIT: () => 'outstanding above the limit',
  LABEL_AGING_BUCKET: (p) =>
    p.fromDays === null
      ? 'Not yet due'
      : p.toDays === null
        ? `${countValid(p.fromDays, { one: 'day', other: 'days' }, 'en')} and more`
        : p.fromDays === p.toDays
          ? countValid(p.fromDays, { one: 'day', other: 'days' }, 'en')
          : `${p.fromDays}–${p.toDays} days`,
  LABEL_GRADE_REASON: (p) => GRADE_REASONS[p.reason],
  RULE_AGING: () =>
    'days past due = asOf − dueDate in calendar days; 0 or less is not due; outstanding = amount − payments − credit notes dated on or before asOf, never below 0',
  RULE_DSO: (p) =>
    p.method === 'simple'
      ? 'DSO = receivables / sales of the period × periodDays'
      : 'count-back: walk back month by month from asOf, adding whole months while their sales do not cover the receivables left, then days × left / sales',
});
