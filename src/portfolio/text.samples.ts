import { portfolioCatalogues } from './text.catalogues.js';
import type { PortfolioMessages } from './text.js';

/** @internal Both catalogues of the portfolio module, for the catalogue test. */
export const catalogues = portfolioCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: {
  readonly [C in keyof PortfolioMessages]: ReadonlyArray<PortfolioMessages[C]>;
} = {
  NOT_YET_ISSUED: [
    { count: 1, asOf: '2026-05-01' },
    { count: 3, asOf: '2026-05-01' },
  ],
  DISPUTED_EXCLUDED: [
    { count: 1, amount: '1200.00' },
    { count: 2, amount: '12345.60' },
  ],
  DISPUTED_INCLUDED: [
    { count: 1, amount: '1200.00' },
    { count: 2, amount: '12345.60' },
  ],
  CREDIT_BALANCES: [
    { count: 1, amount: '10.00' },
    { count: 4, amount: '310.50' },
  ],
  NO_SALES: [{ periodDays: 90, periodStart: '2026-01-01', asOf: '2026-03-31' }],
  SALES_EXHAUSTED: [{ days: 1 }, { days: 365 }],
  NO_PAYMENT_HISTORY: [{}],
  EVENTS_AFTER_AS_OF: [
    { count: 1, firstDate: '2026-06-01', asOf: '2026-05-31' },
    { count: 2, firstDate: '2026-06-01', asOf: '2026-05-31' },
  ],
  GRADE_BROKEN_PROMISES: [{ count: 1 }, { count: 2 }],
  GRADE_DAYS_LATE: [{ days: 1 }, { days: 91 }],
  GRADE_LATE_SHARE: [
    { late: 1, assessed: 4 },
    { late: 3, assessed: 6 },
  ],
  GRADE_OVER_LIMIT: [{}],
  LABEL_AGING_BUCKET: [
    { fromDays: null, toDays: 0 },
    { fromDays: 1, toDays: 30 },
    { fromDays: 1, toDays: 1 },
    { fromDays: 91, toDays: null },
    { fromDays: 1, toDays: null },
  ],
  LABEL_GRADE_REASON: (
    [
      'REPEATED_BROKEN_PROMISES',
      'DAYS_LATE_OVER_90',
      'BROKEN_PROMISE',
      'DAYS_LATE_OVER_60',
      'CHRONIC_LATE_PAYER',
      'DAYS_LATE_OVER_30',
      'FREQUENT_LATE_PAYMENTS',
      'OVER_CREDIT_LIMIT',
    ] as const
  ).map((reason) => ({ reason })),
  RULE_AGING: [{}],
  RULE_DSO: [{ method: 'simple' }, { method: 'count-back' }],
};
