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
