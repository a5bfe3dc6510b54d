import type { Message } from '../text/internal.js';

/**
 * The params of every sentence of the deposit module, by code: the reasons of
 * {@link canRequestPayment} and the warnings of {@link advancePaymentInterest}. Dates are
 * `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category Deposit
 */
export type DepositMessages = {
  NOT_A_CONSUMER_CONTRACT: { days: number };
  NOT_OFF_PREMISES: { days: number };
  EXCEPTION: {
    exception:
      | 'newspaper-subscription'
      | 'approved-personal-services'
      | 'home-party'
      | 'urgent-repair';
  };
  SEVEN_DAYS_ELAPSED: { days: number; signedOn: string; banEndsOn: string };
  SEVEN_DAY_BAN: { days: number; signedOn: string; banEndsOn: string; firstAllowedDay: string };
  INTEREST_NOT_STARTED: { months: number; firstInterestDay: string; paidOn: string };
  /** The labels of the reasons of {@link recommendDeposit}; figures are canonical decimal strings. */
  REASON_RULE_MINIMUM: { percent: string };
  REASON_NEW_CLIENT: Record<string, never>;
  REASON_URGENT_ORDER: Record<string, never>;
  REASON_LARGE_ORDER: { threshold: string };
  REASON_PAYER_DAYS_LATE: { days: string };
  REASON_PAYER_LATE_SHARE: { percent: string };
  REASON_PAYER_GRADE: { grade: 'A' | 'B' | 'C' | 'D' };
  REASON_PAYER_FLAGS: { flags: ReadonlyArray<string> };
  REASON_GOOD_PAYER: Record<string, never>;
  REASON_CAPPED_AT_MAXIMUM: { percent: string };
  /** How {@link depositInvoice} splits a deposit across VAT rates and rounds it. */
  RULE_DEPOSIT_SPLIT: Record<string, never>;
  RATE_UNKNOWN: {
    halfYear: string;
    knownUntil: string;
    stoppedOn: string;
    lastInterestDay: string;
  };
};

/**
 * A rendered sentence of the deposit module.
 *
 * @category Deposit
 */
export type DepositMessage<C extends keyof DepositMessages = keyof DepositMessages> = Message<
  C,
  DepositMessages[C]
>;
