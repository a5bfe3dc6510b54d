// The inputs of `npm run bench` (bench/run.ts): the calls of issue 17's targets.
import type {
  CustomerAccountInput,
  DunningEventInput,
  LatePenaltiesRequestInput,
  LimitationClaimInput,
} from './lib.js';

/** computeLatePenalties: B2B, a delay across 2025-H1 and 2025-H2, one part payment. */
export const penaltiesRequest = {
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2025-06-15',
  payments: [{ date: '2025-07-20', amount: '4000.00' }],
  asOf: '2025-08-15',
} as const satisfies LatePenaltiesRequestInput;

export const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

export const fiveEvents: DunningEventInput[] = [
  { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-09', stepId: 'phone-call', channel: 'phone' },
  { type: 'payment_received', date: '2026-03-11', amount: '300.00' },
  { type: 'reminder_sent', date: '2026-03-13', stepId: 'written-reminder', channel: 'letter' },
];

/** Twenty events: a broken promise, a dispute, a pause, a failed payment plan, a mediation. */
export const twentyEvents: DunningEventInput[] = [
  ...fiveEvents,
  { type: 'promise_to_pay', date: '2026-03-14', promisedDate: '2026-03-20' },
  { type: 'payment_received', date: '2026-03-19', amount: '100.00' },
  { type: 'debtor_acknowledged', date: '2026-03-21' },
  { type: 'dispute_opened', date: '2026-03-22', reason: 'Quantité contestée' },
  { type: 'credit_note_issued', date: '2026-03-24', amount: '50.00' },
  { type: 'dispute_resolved', date: '2026-03-25', outcome: 'settled', amount: '20.00' },
  {
    type: 'reminder_sent',
    date: '2026-03-26',
    stepId: 'registered-letter',
    channel: 'registered_letter',
  },
  { type: 'paused', date: '2026-03-27', until: '2026-03-31', reason: 'Vacances du client' },
  { type: 'payment_received', date: '2026-03-30', amount: '50.00' },
  { type: 'resumed', date: '2026-03-31' },
  {
    type: 'payment_plan_agreed',
    date: '2026-04-01',
    installments: [
      { dueDate: '2026-04-10', amount: '200.00' },
      { dueDate: '2026-04-20', amount: '200.00' },
    ],
  },
  { type: 'payment_received', date: '2026-04-09', amount: '200.00' },
  { type: 'mediation_started', date: '2026-04-22' },
  { type: 'mediation_ended', date: '2026-04-29' },
];

/** The three nextDunningStep calls: 0, 5 and 20 events, each giving an action today. */
export const dunningCases = [
  { label: '0 events', events: [] as DunningEventInput[], today: '2026-03-04' },
  { label: '5 events', events: fiveEvents, today: '2026-03-25' },
  { label: '20 events', events: twentyEvents, today: '2026-05-04' },
] as const;

/** limitationDeadline: a busy B2B file of 12 events up to an enforceable title. */
export const limitationClaim = {
  debtor: 'professional',
  dueDate: '2015-03-10',
  events: [
    { type: 'formal_notice_sent', date: '2015-04-01' },
    { type: 'payment_received', date: '2015-06-01' },
    { type: 'debtor_acknowledged', date: '2016-01-15' },
    { type: 'mediation_started', date: '2017-02-01' },
    { type: 'mediation_ended', date: '2017-05-01' },
    { type: 'payment_received', date: '2018-09-10' },
    { type: 'injonction_order_issued', date: '2019-01-10' },
    { type: 'injonction_order_served', date: '2019-03-01' },
    { type: 'proceedings_ended', date: '2019-11-20', outcome: 'judgment' },
    { type: 'judgment_served', date: '2019-12-05' },
    { type: 'enforcement_measure', date: '2021-04-01' },
    { type: 'payment_received', date: '2022-02-01' },
  ],
} as const satisfies LimitationClaimInput;
export const limitationAsOf = '2024-01-01';
export const agingAsOf = '2026-01-15';

const customerInvoice = (number: string, dueDate: string, inclVat: string, issueDate: string) => ({
  number,
  issueDate,
  dueDate,
  buyer: { kind: 'professional' as const, name: 'Client SA' },
  totals: { exclVat: inclVat, vat: '0.00', inclVat },
});

const email = (stepId: string, date: string) =>
  ({ type: 'reminder_sent', date, stepId, channel: 'email' }) as const;
const phone = (date: string) =>
  ({ type: 'reminder_sent', date, stepId: 'phone-call', channel: 'phone' }) as const;
const payment = (date: string, amount: string) =>
  ({ type: 'payment_received', date, amount }) as const;

/**
 * nextCustomerDunningStep: one B2B customer with 10 invoices at every stage (two paid, one of them
 * late; two not yet due; six overdue at different steps, three part paid), today a message is due.
 */
export const customerAccount = {
  debtor: { id: 'C-042', name: 'Client SA', kind: 'professional' },
  invoices: [
    {
      invoice: customerInvoice('F-2026-001', '2026-03-02', '1800.00', '2026-01-31'),
      events: [
        email('friendly-email', '2026-03-03'),
        phone('2026-03-09'),
        payment('2026-03-20', '500.00'),
        {
          type: 'reminder_sent',
          date: '2026-03-23',
          stepId: 'written-reminder',
          channel: 'letter',
        },
      ],
    },
    {
      invoice: customerInvoice('F-2026-002', '2026-03-16', '1250.40', '2026-02-14'),
      events: [email('friendly-email', '2026-03-17'), phone('2026-03-23')],
    },
    {
      invoice: customerInvoice('F-2026-003', '2026-04-01', '980.00', '2026-03-02'),
      events: [email('friendly-email', '2026-04-02'), payment('2026-04-10', '300.00')],
    },
    {
      invoice: customerInvoice('F-2026-004', '2026-04-15', '2400.00', '2026-03-16'),
      events: [email('friendly-email', '2026-04-16')],
    },
    { invoice: customerInvoice('F-2026-005', '2026-04-30', '615.75', '2026-03-31') },
    { invoice: customerInvoice('F-2026-006', '2026-05-10', '1320.00', '2026-04-10') },
    { invoice: customerInvoice('F-2026-007', '2026-05-20', '890.00', '2026-04-20') },
    {
      invoice: customerInvoice('F-2026-008', '2026-02-16', '760.00', '2026-01-17'),
      events: [payment('2026-02-10', '760.00')],
    },
    {
      invoice: customerInvoice('F-2026-009', '2026-03-20', '2150.00', '2026-02-18'),
      events: [email('friendly-email', '2026-03-23'), payment('2026-04-10', '2150.00')],
    },
    {
      invoice: customerInvoice('F-2026-010', '2026-04-20', '1045.20', '2026-03-21'),
      events: [email('friendly-email', '2026-04-21'), payment('2026-04-25', '200.00')],
    },
  ],
} as const satisfies CustomerAccountInput;

/** The day of the customer decision (a Monday after the 1 May holiday). */
export const customerToday = '2026-05-04';
