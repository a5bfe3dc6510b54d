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
};
