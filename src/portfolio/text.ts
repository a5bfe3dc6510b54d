import type { Finding } from '../text/internal.js';

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
export type PortfolioWarningCode = Exclude<keyof PortfolioMessages, PayerGradeDetailCode>;

/**
 * A rendered warning of the portfolio module.
 *
 * @category Portfolio
 */
export type PortfolioFinding = Finding<PortfolioWarningCode>;
