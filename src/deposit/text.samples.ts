import { depositCatalogues } from './text.catalogues.js';
import type { DepositMessages } from './text.js';

/** @internal Both catalogues of the deposit module, for the catalogue test. */
export const catalogues = depositCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: { readonly [C in keyof DepositMessages]: ReadonlyArray<DepositMessages[C]> } =
  {
    NOT_A_CONSUMER_CONTRACT: [{ days: 7 }],
    NOT_OFF_PREMISES: [{ days: 7 }],
    EXCEPTION: [
      { exception: 'newspaper-subscription' },
      { exception: 'approved-personal-services' },
      { exception: 'home-party' },
      { exception: 'urgent-repair' },
    ],
    SEVEN_DAYS_ELAPSED: [{ days: 7, signedOn: '2026-03-02', banEndsOn: '2026-03-09' }],
    SEVEN_DAY_BAN: [
      { days: 7, signedOn: '2026-03-02', banEndsOn: '2026-03-09', firstAllowedDay: '2026-03-10' },
    ],
    INTEREST_NOT_STARTED: [{ months: 3, firstInterestDay: '2026-06-02', paidOn: '2026-03-01' }],
    RATE_UNKNOWN: [
      {
        halfYear: '2027-H1',
        knownUntil: '2026-12-31',
        stoppedOn: '2026-12-31',
        lastInterestDay: '2027-03-31',
      },
    ],
    REASON_RULE_MINIMUM: [{ percent: '30' }, { percent: '29.5' }],
    REASON_NEW_CLIENT: [{}],
    REASON_URGENT_ORDER: [{}],
    REASON_LARGE_ORDER: [{ threshold: '10000.00' }],
    REASON_PAYER_DAYS_LATE: [{ days: '1' }, { days: '1.5' }, { days: '29.5' }],
    REASON_PAYER_LATE_SHARE: [{ percent: '50' }, { percent: '12.5' }],
    REASON_PAYER_GRADE: [{ grade: 'D' }],
    REASON_PAYER_FLAGS: [{ flags: ['chronic_late_payer'] }, { flags: ['a', 'b'] }],
    REASON_GOOD_PAYER: [{}],
    RULE_DEPOSIT_SPLIT: [{}],
    REASON_CAPPED_AT_MAXIMUM: [{ percent: '50' }],
  };
