import type { Finding, Message } from '../text/internal.js';
import type { PayerGradeReasonCode } from './payer-profile.js';

/**
 * The params of every sentence of the portfolio module, by code: the warnings of the aged
 * balance, the DSO, the payer profile and the later-events rule. Dates are `YYYY-MM-DD` strings,
 * amounts canonical decimal strings; the catalogues format them for the locale.
 *
 * @category Portfolio
 */
export type PortfolioMessages = {
  NOT_YET_ISSUED: { count: number; asOf: string };
  DISPUTED_EXCLUDED: { count: number; amount: string };
  DISPUTED_INCLUDED: { count: number; amount: string };
  CREDIT_BALANCES: { count: number; amount: string };
  NO_SALES: { periodDays: number; periodStart: string; asOf: string };
  SALES_EXHAUSTED: { days: number };
  NO_PAYMENT_HISTORY: Record<string, never>;
  EVENTS_AFTER_AS_OF: { count: number; firstDate: string; asOf: string };
  GRADE_BROKEN_PROMISES: { count: number };
  GRADE_DAYS_LATE: { days: number };
  GRADE_LATE_SHARE: { late: number; assessed: number };
  GRADE_OVER_LIMIT: Record<string, never>;
  /** The label of an aging bucket: `fromDays` `null` is « not due », `toDays` `null` open-ended. */
  LABEL_AGING_BUCKET: { fromDays: number | null; toDays: number | null };
  /** The label of a payer grade reason. */
  LABEL_GRADE_REASON: { reason: PayerGradeReasonCode };
  /** How {@link agingReport} places an invoice in a bucket. */
  RULE_AGING: Record<string, never>;
  /** The formula of {@link daysSalesOutstanding}, by method. */
  RULE_DSO: { method: 'simple' | 'count-back' };
};

/**
 * The codes of the figures behind a payer grade reason.
 *
 * @category Portfolio
 */
export type PayerGradeDetailCode = keyof PortfolioMessages & `GRADE_${string}`;

/**
 * The codes of the warnings of the portfolio module.
 *
 * @category Portfolio
 */
export type PortfolioWarningCode = Exclude<
  keyof PortfolioMessages,
  PayerGradeDetailCode | PortfolioLabelCode | PortfolioRuleCode
>;

/**
 * The codes of the display labels of the portfolio module (aging buckets, grade reasons).
 *
 * @category Portfolio
 */
export type PortfolioLabelCode = keyof PortfolioMessages & `LABEL_${string}`;

/**
 * The codes of the rule descriptions of the portfolio module.
 *
 * @category Portfolio
 */
export type PortfolioRuleCode = keyof PortfolioMessages & `RULE_${string}`;

/**
 * A rendered label or rule of the portfolio module, in the requested locale.
 *
 * @category Portfolio
 */
export type PortfolioText<C extends PortfolioLabelCode | PortfolioRuleCode> = Message<
  C,
  PortfolioMessages[C]
>;

/**
 * A rendered warning of the portfolio module.
 *
 * @category Portfolio
 */
export type PortfolioFinding = Finding<PortfolioWarningCode>;
