import { termsCatalogues } from './text.catalogues.js';
import type { PaymentTermsFines, TermsMessages } from './text.js';

const FINES: PaymentTermsFines = {
  fineNaturalPerson: '75000.00',
  fineLegalPerson: '2000000.00',
  fineRepeatYears: 2,
};

/** @internal Both catalogues of the terms module, for the catalogue test. */
export const catalogues = termsCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: { readonly [C in keyof TermsMessages]: ReadonlyArray<TermsMessages[C]> } = {
  FIXED_DATE_BEFORE_ISSUE_DATE: [{ dueDate: '2026-04-01', issueDate: '2026-04-02' }],
  DELIVERY_DATE_ASSUMED: [
    { issueDate: '2026-04-02', scope: 'statutory-default', days: 30 },
    { issueDate: '2026-04-02', scope: 'caps' },
  ],
  DUE_DATE_DIFFERS_FROM_TERMS: [{ given: '2026-06-15', fromTerms: '2026-06-01' }],
  NO_STATUTORY_CAP_B2C: [{ debtor: 'consumer' }, { debtor: 'non_professional' }],
  NO_AGREED_TERM_B2C: [{ dueDate: '2026-04-02' }],
  PUBLIC_BUYER_TYPE_ASSUMED: [{ stateDays: 30, hospitalDays: 50, undertakingDays: 60 }],
  RECEIPT_DATE_ASSUMED: [{ issueDate: '2026-04-02' }],
  PUBLIC_TERM_EXCEEDED: [
    { dueDate: '2026-06-15', latest: '2026-05-02', days: 30, indemnity: '40.00' },
  ],
  TERM_EXCEEDS_DEFAULT_30_DAYS: [
    { dueDate: '2026-06-15', latest: '2026-05-02', days: 30, ...FINES },
  ],
  PERIODIC_INVOICE_EXCEEDS_45_DAYS: [
    { dueDate: '2026-06-15', latest: '2026-05-17', days: 45, ...FINES },
  ],
  EOM_60_NOT_ALLOWED: [{ days: 60, agreedDays: 60, eomDays: 45, ...FINES }],
  TERM_EXCEEDS_45_DAYS_EOM: [
    { days: 50, eomDays: 45, dueDate: '2026-06-30', latest: '2026-06-01', ...FINES },
  ],
  TERM_EXCEEDS_60_DAYS: [
    {
      dueDate: '2026-06-15',
      latest: '2026-06-01',
      doubtful: true,
      agreedDays: 60,
      eomDays: 45,
      ...FINES,
    },
    {
      dueDate: '2026-07-15',
      latest: '2026-06-01',
      doubtful: false,
      agreedDays: 60,
      eomDays: 45,
      ...FINES,
    },
  ],
  SECTOR_CAP_EXCEEDED: [
    {
      capCode: 'CAP_SECTOR_LIVE_CATTLE',
      start: '2026-04-01',
      days: 20,
      dueDate: '2026-05-15',
      latest: '2026-04-21',
      ...FINES,
    },
  ],
  STATUTORY_TERM_APPLIES: [{ latest: '2026-05-02' }],
  DUE_NET: [
    { days: 60, issueDate: '2026-04-02', dueDate: '2026-06-01' },
    { days: 1, issueDate: '2026-04-02', dueDate: '2026-04-03' },
  ],
  DUE_EOM_DAYS_THEN_EOM: [
    { days: 45, issueDate: '2026-03-10', plus: '2026-04-24', dueDate: '2026-04-30' },
  ],
  DUE_EOM_EOM_THEN_DAYS: [{ days: 45, eom: '2026-03-31', dueDate: '2026-05-15' }],
  DUE_ON_RECEIPT: [{ issueDate: '2026-04-01' }],
  DUE_FIXED: [{ dueDate: '2026-04-30' }],
  DUE_DEFAULT_AFTER_DELIVERY: [{ days: 30, deliveryDate: '2026-04-01', dueDate: '2026-05-01' }],
  DUE_DEFAULT_AFTER_ISSUE: [{ days: 30, issueDate: '2026-04-02', dueDate: '2026-05-02' }],
  CAP_SECTOR_TRANSPORT: [{ start: '2026-04-02', days: 30 }],
  CAP_SECTOR_PERISHABLE_FOOD: [{ start: '2026-04-02', days: 30 }],
  CAP_SECTOR_PERISHABLE_FOOD_PERIODIC: [{ start: '2026-04-10', days: 30 }],
  CAP_SECTOR_LIVE_CATTLE: [
    { start: '2026-04-02', days: 20 },
    { start: '2026-04-02', days: 1 },
  ],
  CAP_SECTOR_EXCISE_ALCOHOL: [{ start: '2026-04-30', days: 30 }],
  CAP_PUBLIC: [
    { buyerType: 'state-or-local', days: 30, start: '2026-04-02' },
    { buyerType: 'public-hospital', days: 50, start: '2026-04-02' },
    { buyerType: 'public-undertaking', days: 60, start: '2026-04-02' },
  ],
  CAP_B2B_DEFAULT: [{ start: '2026-04-02', days: 30 }],
  CAP_B2B_PERIODIC: [{ start: '2026-04-02', days: 45 }],
  CAP_B2B_EOM: [{ eom45: '2026-05-31', sixty: '2026-06-01', eomDays: 45, agreedDays: 60 }],
  CAP_B2B_60_DAYS: [{ start: '2026-04-02', days: 60 }],
};
