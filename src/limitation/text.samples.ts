import { limitationCatalogues } from './text.catalogues.js';
import type { LimitationMessages } from './text.js';

/** @internal Both catalogues of the limitation module, for the catalogue test. */
export const catalogues = limitationCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: {
  readonly [C in keyof LimitationMessages]: ReadonlyArray<LimitationMessages[C]>;
} = {
  LIMITATION_SOON: [
    { debtor: 'professional', deadline: '2026-06-01', asOf: '2026-05-01', daysLeft: 31 },
    { debtor: 'public', deadline: '2026-12-31', asOf: '2026-12-30', daysLeft: 1 },
    { debtor: 'consumer', deadline: '2026-06-01', asOf: '2026-06-01', daysLeft: 0 },
  ],
  LIMITATION_EXPIRED: [{ deadline: '2026-03-01' }],
  PROCEEDINGS_PENDING: [{}],
  LIMITATION_SUSPENDED: [{ since: '2026-02-01', statusAt: '2026-04-01', deadline: '2031-04-01' }],
  FORMAL_NOTICE_NO_EFFECT: [{ debtor: 'professional' }, { debtor: 'public' }],
  EVENT_AFTER_EXPIRY: [{ count: 1 }, { count: 2 }],
  INJONCTION_NOT_SERVED: [{ issued: '2026-03-01', lastDay: '2026-09-01' }],
  INJONCTION_LAPSED: [
    { issued: null, servedOn: '2026-10-01', lastDay: '2026-09-01' },
    { issued: '2026-03-01', servedOn: null, lastDay: '2026-09-01' },
  ],
  CONSUMER_START_FALLBACK: [
    { from: 'due-date', date: '2026-04-01' },
    { from: 'invoice-date', date: '2026-03-01' },
  ],
  LATE_INVOICE_START: [
    { invoiceDate: '2026-06-01', days: 60, completionDate: '2026-01-10', courtDeadline: null },
    {
      invoiceDate: '2026-06-01',
      days: 60,
      completionDate: '2026-01-10',
      courtDeadline: '2031-01-10',
    },
  ],
  PUBLIC_START_YEAR: [{ year: 2026, completionYear: 2025, deadline: '2029-12-31' }],
  LONG_STOP_BINDING: [{ years: 20, date: '2046-01-01' }],
  EVENTS_AFTER_AS_OF: [
    { count: 1, firstDate: '2026-05-02', asOf: '2026-05-01' },
    { count: 2, firstDate: '2026-05-02', asOf: '2026-05-01' },
  ],
  STATUS_PENDING: [{}],
  STATUS_SUSPENDED: [{ since: '2026-02-01', statusAt: '2026-04-01', deadline: '2031-04-01' }],
  STATUS_EXPIRED: [{ deadline: '2026-03-01' }],
  STATUS_RUNNING: [{ deadline: '2031-03-01' }],
  START_COMPLETION: [{ years: 2, completionDate: '2026-01-10' }],
  START_FALLBACK: [{ from: 'due-date' }, { from: 'invoice-date' }],
  START_PUBLIC: [{ years: 4, dueDate: '2026-04-01', from: '2027-01-01', to: '2030-12-31' }],
  START_LATE_INVOICE: [{ invoiceDate: '2026-06-01', days: 60, completionDate: '2026-01-10' }],
  START_DUE_DATE: [{ dueDate: '2026-04-01' }],
  LONG_STOP: [{ years: 20, birth: '2026-04-01' }],
  LONG_STOP_PUBLIC: [{}],
  PROC_INJONCTION_SERVICE: [
    { deadline: '2026-07-15', months: 6, article: 'C. proc. civ. art. 1411' },
  ],
  PROC_OPPOSITION: [{ deadline: '2026-03-02' }],
  PROC_INSOLVENCY_CLAIM: [
    { deadline: '2026-05-11', months: 2, abroad: false },
    { deadline: '2026-07-10', months: 4, abroad: true },
  ],
  PROC_FORCLUSION_RELIEF: [{ deadline: '2026-09-10' }],
  PROC_FORMAL_NOTICE: [
    { days: 15, nominal: '2026-03-17', deadline: '2026-03-17', rolled: false },
    { days: 1, nominal: '2026-03-01', deadline: '2026-03-02', rolled: true },
  ],
  PROC_JUDGMENT_UPLIFT: [
    { months: 2, nominal: '2024-03-15', points: 5, from: '2024-03-16', fromIfRolled: null },
    { months: 2, nominal: '2024-03-16', points: 5, from: '2024-03-17', fromIfRolled: '2024-03-19' },
  ],
  PROC_ENFORCEMENT: [
    {
      variant: 'lapsed',
      orderDate: '2026-01-10',
      servedOn: '2026-09-01',
      lastDay: '2026-07-10',
      months: 6,
      article: 'C. proc. civ. art. 1411',
    },
    { variant: 'no-notice', deadline: '2026-12-15', months: 2, from: '2026-12-16' },
    { variant: 'opposition', deadline: '2026-04-10', months: 1, from: '2026-04-11' },
  ],
  TRAIL_AFTER_EXPIRY: [{ deadline: '2014-05-28' }],
  TRAIL_NOT_STARTED: [{ start: '2026-04-01' }],
  TRAIL_ALREADY_INTERRUPTED: [{}],
  TRAIL_INTERRUPTS: [
    {
      act: 'acknowledgement',
      date: '2026-03-03',
      years: 5,
      from: '2026-03-03',
      to: null,
      suspended: false,
      longStopYears: null,
      longStopDate: null,
    },
    {
      act: 'payment',
      date: '2026-03-03',
      years: 2,
      from: '2026-03-03',
      to: null,
      suspended: true,
      longStopYears: 20,
      longStopDate: '2027-05-28',
    },
    {
      act: 'public-claim',
      date: '2026-03-03',
      years: 4,
      from: '2027-01-01',
      to: '2030-12-31',
      suspended: false,
      longStopYears: null,
      longStopDate: null,
    },
    {
      act: 'public-demand',
      date: '2026-03-03',
      years: 4,
      from: '2027-01-01',
      to: '2030-12-31',
      suspended: false,
      longStopYears: null,
      longStopDate: null,
    },
  ],
  TRAIL_WRITTEN_CLAIM_PRIVATE: [{}],
  TRAIL_FORMAL_NOTICE: [{}],
  TRAIL_PUBLIC_SEIZURE: [{}],
  TRAIL_MEASURE: [
    { measure: 'enforcement', date: '2026-03-03', years: 5, suspended: false, longStopYears: 20 },
    { measure: 'conservatory', date: '2026-03-03', years: 5, suspended: true, longStopYears: 20 },
  ],
  TRAIL_ACTION_VOIDED: [{}],
  TRAIL_ACTION_FILED: [
    { date: '2026-03-03', public: false, years: 5, absorbed: false },
    { date: '2026-03-03', public: true, years: 4, absorbed: true },
  ],
  TRAIL_ORDER_ISSUED: [
    { date: '2026-01-14', lastDay: '2026-07-15', months: 6, article: 'C. proc. civ. art. 1411' },
    {
      date: '2026-09-01',
      lastDay: '2026-12-01',
      months: 3,
      article: 'C. proc. civ. art. 1411; décret 2026-96 of 16 Feb 2026',
    },
  ],
  TRAIL_ORDER_LAPSED: [
    {
      orderDate: '2026-01-14',
      lastDay: '2026-07-15',
      months: 6,
      article: 'C. proc. civ. art. 1411',
    },
  ],
  TRAIL_OPPOSITION_VOIDED: [{}],
  TRAIL_ORDER_SERVED: [
    {
      date: '2026-03-10',
      serviceMonths: 6,
      years: 5,
      public: false,
      oppositionMonths: 1,
      enforceDeadline: null,
      enforceMonths: null,
      enforceFrom: null,
    },
    {
      date: '2026-10-15',
      serviceMonths: 3,
      years: 4,
      public: true,
      oppositionMonths: 1,
      enforceDeadline: '2026-12-15',
      enforceMonths: 2,
      enforceFrom: '2026-12-16',
    },
  ],
  TRAIL_NOTHING_TO_SUSPEND: [{}],
  TRAIL_SUSPENDS: [
    { kind: 'mediation', date: '2026-03-03', daysLeft: 1, months: 6 },
    { kind: 'small_claims', date: '2026-03-03', daysLeft: 400, months: 6 },
  ],
  TRAIL_END_UNMATCHED: [{}],
  TRAIL_OTHER_SUSPENSION: [{}],
  TRAIL_RESUMES: [
    { date: '2026-06-01', months: 6, until: '2026-12-01', longStopYears: null, longStopDate: null },
    {
      date: '2026-06-01',
      months: 6,
      until: '2026-12-01',
      longStopYears: 20,
      longStopDate: '2029-05-28',
    },
  ],
  TRAIL_PROCEEDINGS_VOIDED: [
    { began: '2026-03-03', outcome: 'dismissed', expiredAfter: null },
    { began: '2026-03-03', outcome: 'withdrawn', expiredAfter: '2026-05-28' },
    { began: '2026-03-03', outcome: 'lapsed', expiredAfter: null },
  ],
  TRAIL_JUDGMENT_AFTER_EXPIRY: [{}],
  TRAIL_JUDGMENT: [
    { began: '2026-03-03', public: false, years: 5, from: '2027-02-01', titleYears: 10 },
    { began: '2026-03-03', public: true, years: 4, from: '2028-01-01', titleYears: 10 },
  ],
  TRAIL_JUDGMENT_PUBLIC: [{ years: 4 }],
  TRAIL_TITLE: [{ years: 10, until: '2037-02-01' }],
};
