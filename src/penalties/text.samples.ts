import { penaltiesCatalogues } from './text.catalogues.js';
import type { PenaltiesMessages } from './text.js';

/** @internal Both catalogues of the penalties module, for the catalogue test. */
export const catalogues = penaltiesCatalogues;

const floor = { multiple: 3, legalPercent: '2.86', floorPercent: '8.58' };

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: {
  readonly [C in keyof PenaltiesMessages]: ReadonlyArray<PenaltiesMessages[C]>;
} = {
  CONTRACT_RATE_BELOW_FLOOR: [
    { halfYear: '2025-H1', ratePercent: '5', applied: true, ...floor },
    { halfYear: '2025-H2', ratePercent: '5.5', applied: false, ...floor },
  ],
  STATUTORY_RATE_BELOW_FLOOR: [
    { halfYear: '2024-H1', ratePercent: '14.5', points: 10, ...floor, floorPercent: '15.27' },
  ],
  NO_FORMAL_NOTICE: [{ debtor: 'consumer' }, { debtor: 'non_professional' }],
  INSOLVENCY_INTEREST_STOPPED: [{ openedOn: '2026-03-01' }],
  INSOLVENCY_NO_INDEMNITY: [{ openedOn: '2026-03-01', dueDate: '2026-03-15' }],
  RATE_UNKNOWN: [
    { scope: 'interest', halfYear: '2027-H1', knownUntil: '2026-12-31', lastDay: '2026-12-31' },
    { scope: 'floor', halfYear: '2027-H2', ratePercent: '9', multiple: 3 },
  ],
  JUDGMENT_UPLIFT_NOT_APPLIED: [
    { points: 5, regime: 'legal-interest' },
    { points: 5, regime: 'b2b-l441-10' },
    { points: 5, regime: 'public-procurement' },
  ],
  CLAUSE_IGNORED: [{ points: 8 }],
  ADDITIONAL_COSTS_NOT_CLAIMABLE: [
    { costs: '120.00', reason: null },
    { costs: '1200.50', reason: 'debtor-not-covered' },
    { costs: '80.00', reason: 'insolvency' },
    { costs: '80.00', reason: 'not-late' },
    { costs: '80.00', reason: 'not-in-force' },
    { costs: '80.00', reason: 'paid-late' },
    { costs: '80.00', reason: 'unpaid-after-due-date' },
  ],
  EVENTS_AFTER_AS_OF: [
    { count: 1, firstDate: '2026-05-02', asOf: '2026-05-01' },
    { count: 3, firstDate: '2026-05-02', asOf: '2026-05-01' },
  ],
  INDEMNITY_DEBTOR_NOT_COVERED: [{ debtor: 'consumer' }, { debtor: 'non_professional' }],
  INDEMNITY_PAID_ON_TIME: [{ paidOn: '2026-04-01', dueDate: '2026-04-01' }],
  INDEMNITY_NOT_YET_DUE: [{ asOf: '2026-03-01', dueDate: '2026-04-01' }],
  INDEMNITY_NOT_IN_FORCE: [{ from: '2013-01-01', dueDate: '2012-12-01' }],
  INDEMNITY_INSOLVENCY: [{ openedOn: '2026-03-01', dueDate: '2026-04-01' }],
  INDEMNITY_PAID_LATE: [{ paidOn: '2026-04-02', dueDate: '2026-04-01', euros: 40 }],
  INDEMNITY_UNPAID: [{ asOf: '2026-05-01', dueDate: '2026-04-01', euros: 40 }],
  RATE_LEGAL: [
    { category: 'other', halfYear: '2026-H1', ratePercent: '2.86' },
    { category: 'natural-person', halfYear: '2026-H2', ratePercent: '6.67' },
  ],
  RATE_ECB_PLUS: [{ ref: '2026-01-01', ecbPercent: '2.15', points: 10, ratePercent: '12.15' }],
  RATE_CONTRACT_FIXED: [{ ratePercent: '12' }],
  RATE_CONTRACT_ECB: [
    { ref: '2026-07-01', ecbPercent: '2.15', points: '7.5', ratePercent: '9.65' },
  ],
  RATE_CONTRACT_MULTIPLE: [
    { multiple: '3.5', halfYear: '2026-H1', legalPercent: '2.86', ratePercent: '10.01' },
  ],
  RATE_CONTRACT_FLOOR: [
    { contractPercent: '5', multiple: 3, legalPercent: '2.86', ratePercent: '8.58' },
  ],
  RATE_JUDGMENT_UPLIFT: [
    { category: 'other', halfYear: '2026-H1', basePercent: '2.86', points: 5, ratePercent: '7.86' },
  ],
};
