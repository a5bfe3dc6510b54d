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
  };
