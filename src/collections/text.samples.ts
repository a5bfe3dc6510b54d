// Sample params for every code of the collections catalogue (the catalogue test renders each code
// in both locales with these).
import { collectionsCatalogues } from './catalogue.js';
import type { CollectionsMessages } from './text.js';

/** @internal One sample of params per code. */
export const collectionsSamples: {
  readonly [C in keyof CollectionsMessages]: CollectionsMessages[C];
} = {
  ACTION_DUE: { kind: 'written_reminder', count: 3, claims: 1, total: '3456.78' },
  WAIT_CUSTOMER_GAP: { lastContactOn: '2026-03-02', until: '2026-03-09', minDays: 7 },
  WAIT_NOT_WORKING_DAY: { until: '2026-03-09' },
  WAIT_SCHEDULED: { until: '2026-03-12' },
  WAIT_ON_HOLD: { count: 2 },
  ESCALATE: { numbers: ['F-1', 'F-2'] },
  DECLARE_CLAIM: {
    proceeding: 'redressement',
    publishedOn: '2026-04-10',
    deadline: '2026-06-10',
    count: 3,
    total: '5200.00',
  },
  NONE_NOTHING_OPEN: { count: 4 },
  NONE_CLAIM_DECLARED: {},
  EVENTS_AFTER_AS_OF: { count: 2, first: '2026-04-03', asOf: '2026-04-01' },
  LATE_PAYMENT_CLAIMABLE: {
    number: 'F-7',
    paidOn: '2026-03-20',
    daysLate: 17,
    penalties: '6.79',
    indemnity: '40.00',
    total: '46.79',
    debtorKind: 'professional',
  },
  LATE_PAYMENT_CLAIM_TIME_BARRED: { number: 'F-7', paidOn: '2020-03-20' },
  INSOLVENCY_NOT_RECORDABLE: { number: 'F-8', openedOn: '2026-04-01' },
  BACKLOG_TAKEOVER: { number: 'F-9', daysLate: 400, stepId: 'phone-call' },
  SUBJECT: { kind: 'formal_notice', numbers: ['F-1', 'F-2', 'F-3'], debtorName: 'Client SA' },
  GREETING: { formal: true },
  INTRO: { tone: 'written_reminder', count: 3, previous: ['2026-03-04', '2026-03-13'] },
  LINE: { number: 'F-1', issueDate: '2026-02-01', dueDate: '2026-03-03', daysLate: 17 },
  LINE_UPCOMING: {
    number: 'F-4',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    invoiced: '480.00',
  },
  AMOUNT: { part: 'penalties', amount: '6.79', debtorKind: 'professional' },
  TOTAL: { part: 'total', amount: '1246.79', debtorKind: 'professional' },
  COLUMN: { column: 'penalties', debtorKind: 'public' },
  DAYS: { days: 1 },
  REQUEST: { tone: 'registered_letter', count: 2 },
  FORMAL_DEMAND: { total: '3456.78', count: 2, deadlineDays: 15, deadline: '2026-04-17' },
  FORMAL_LEGAL_BASIS: { debtorKind: 'professional', indemnity: '40.00', publicMargin: 8 },
  FORMAL_NEXT_STEP: { debtorKind: 'public' },
  OTHER_SUMS_INTRO: { count: 1 },
  UPCOMING_INTRO: { count: 2 },
  HELD_INTRO: { count: 1 },
  HELD_LINE: { number: 'F-5', reason: 'promise', through: '2026-03-31' },
  CLAIM_INTRO: { count: 1, debtorKind: 'professional', standalone: true },
  CLAIM_LINE: {
    number: 'F-7',
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    paidOn: '2026-03-20',
    daysLate: 17,
    debtorKind: 'professional',
    penalties: true,
    indemnity: true,
  },
  PAYMENT_DETAILS: { details: 'virement, IBAN FR76 3000 6000 0112 3456 7890 189' },
  CONTACT: { contact: 'compta@atelier-dupont.fr' },
  SIGN_OFF: { formal: false },
  LETTER_LRAR: {},
  LETTER_SENDER: { name: 'Atelier Dupont SARL', siren: '732829320' },
  LETTER_RECIPIENT: { name: 'Client SA' },
  LETTER_DATE: { date: '2026-04-01' },
  LETTER_OBJECT: { kind: 'late_payment_claim', debtorKind: 'consumer' },
  CALL_SCRIPT: { debtorName: 'Client SA', count: 2, total: '2400.00', phone: '01 23 45 67 89' },
  CALL_GOAL: {},
  CALL_PREVIOUS: { dates: ['2026-03-04'] },
  STATEMENT_TITLE: { debtorName: 'Client SA', asOf: '2026-04-01' },
  STATEMENT_BALANCE: { balance: '-120.00', asOf: '2026-04-01' },
  STATEMENT_ENTRY: { kind: 'payment', number: 'F-1', reference: 'VIR-123' },
};

/** @internal Both catalogues, for the shared catalogue test (test/text/catalogues.test.ts). */
export const catalogues = collectionsCatalogues;

/** @internal The samples in the shape the shared catalogue test takes: a list per code. */
export const samples = Object.fromEntries(
  Object.entries(collectionsSamples).map(([code, params]) => [code, [params]]),
);
