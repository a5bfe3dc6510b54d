// Decisions per second of nextDunningStep, validated input, default policy (issue 6: aim ≥ 50 000/s
// with 5 events on one core). Run: npx vitest bench --run bench/dunning.bench.ts

import { bench, describe } from 'vitest';
import {
  createDunningPolicy,
  type DunningEventInput,
  dunningState,
  dunningTimeline,
  nextDunningStep,
} from './lib.js';

const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

const five: DunningEventInput[] = [
  { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-09', stepId: 'phone-call', channel: 'phone' },
  { type: 'payment_received', date: '2026-03-11', amount: '300.00' },
  { type: 'reminder_sent', date: '2026-03-13', stepId: 'written-reminder', channel: 'letter' },
];

const twenty: DunningEventInput[] = [
  ...five,
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

const policy = createDunningPolicy({ minGapDays: 3 });

describe('nextDunningStep (validated, default policy)', () => {
  bench('0 events (action)', () => {
    nextDunningStep(invoice, [], { today: '2026-03-04' });
  });
  bench('5 events (action, late)', () => {
    nextDunningStep(invoice, five, { today: '2026-03-25' });
  });
  bench('20 events (action after a missed installment and a mediation)', () => {
    nextDunningStep(invoice, twenty, { today: '2026-05-04' });
  });
  bench('5 events, prebuilt custom policy', () => {
    nextDunningStep(invoice, five, { today: '2026-03-25', policy });
  });
  bench('5 events, wait (no penalties statement)', () => {
    nextDunningStep(invoice, five, { today: '2026-03-14' });
  });
});

describe('other entry points', () => {
  bench('dunningState, 20 events', () => {
    dunningState(invoice, twenty, { asOf: '2026-05-04' });
  });
  bench('dunningTimeline, 0 events', () => {
    dunningTimeline(invoice, [], { today: '2026-02-20' });
  });
});
