import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import { readInvoice } from './deps.js';
import { b2bInvoice, consumerInvoice, publicInvoice } from './dunning.fixtures.js';
import {
  type DunningEventInput,
  type DunningStatus,
  dunningState,
  nextDunningStep,
} from './index.js';
import { foldDunning, parseEvents } from './state.js';

function state(events: DunningEventInput[], asOf = '2026-04-01', invoice: unknown = b2bInvoice) {
  return dunningState(invoice as InvoiceLike, events, { asOf });
}

const email = {
  type: 'reminder_sent',
  date: '2026-03-04',
  stepId: 'friendly-email',
  channel: 'email',
} as const;
const disputeOpened = { type: 'dispute_opened', date: '2026-03-05', reason: 'defect' } as const;

function promise(date: string, promisedDate: string, amount?: string): DunningEventInput {
  return {
    type: 'promise_to_pay',
    date,
    promisedDate,
    ...(amount === undefined ? {} : { amount }),
  };
}

function payment(date: string, amount: string): DunningEventInput {
  return { type: 'payment_received', date, amount };
}

function plan(date: string, ...installments: [string, string][]): DunningEventInput {
  return {
    type: 'payment_plan_agreed',
    date,
    installments: installments.map(([dueDate, amount]) => ({ dueDate, amount })),
  };
}

/** The error thrown by `fn` (fails the test when nothing is thrown). */
function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected an error');
}

describe('dunningState (edges)', () => {
  describe('promises', () => {
    it('keeps a promise pending on the promised date itself', () => {
      expect(state([promise('2026-03-05', '2026-03-08')], '2026-03-08')).toMatchObject({
        status: 'promised',
        promise: { state: 'pending' },
        brokenPromises: 0,
        resumedOn: null,
      });
    });

    it('does not give a resume date while the promise is pending', () => {
      expect(state([promise('2026-03-05', '2026-03-15')], '2026-03-10')).toMatchObject({
        status: 'promised',
        resumedOn: null,
      });
    });

    it('reports the promised amount', () => {
      expect(state([promise('2026-03-05', '2026-03-15', '100')], '2026-03-10').promise).toEqual({
        madeOn: '2026-03-05',
        promisedDate: '2026-03-15',
        amount: '100.00',
        state: 'pending',
      });
    });

    it('counts payments made from the promise day through the promised date towards the amount', () => {
      const s = state(
        [
          promise('2026-03-05', '2026-03-08', '100'),
          payment('2026-03-05', '50'),
          payment('2026-03-08', '50'),
        ],
        '2026-03-10',
      );
      expect(s).toMatchObject({ promise: { state: 'kept' }, brokenPromises: 0 });
    });

    it('does not count a payment made before the promise towards its amount', () => {
      const s = state(
        [payment('2026-03-04', '100'), promise('2026-03-05', '2026-03-08', '100')],
        '2026-03-10',
      );
      expect(s).toMatchObject({ promise: { state: 'broken' }, brokenPromises: 1 });
    });

    it('does not count a payment made after the promised date towards its amount', () => {
      const s = state(
        [promise('2026-03-05', '2026-03-08', '100'), payment('2026-03-09', '100')],
        '2026-03-10',
      );
      expect(s).toMatchObject({ promise: { state: 'broken' }, brokenPromises: 1 });
    });

    it('judges a promise without amount on the balance at the promised date, not later', () => {
      const s = state(
        [promise('2026-03-05', '2026-03-08'), payment('2026-03-09', '1200')],
        '2026-03-10',
      );
      expect(s).toMatchObject({
        status: 'paid',
        promise: { state: 'broken' },
        brokenPromises: 1,
      });
    });

    it('keeps the end of a broken promise as resume date when a new promise replaces it', () => {
      const s = state(
        [promise('2026-03-05', '2026-03-08'), promise('2026-03-10', '2026-03-20')],
        '2026-03-15',
      );
      expect(s).toMatchObject({
        status: 'promised',
        promise: { madeOn: '2026-03-10', state: 'pending' },
        brokenPromises: 1,
        resumedOn: '2026-03-09',
      });
    });

    it('neither counts nor resumes a pending promise replaced by a new one', () => {
      const s = state(
        [promise('2026-03-05', '2026-03-20'), promise('2026-03-10', '2026-03-25')],
        '2026-03-15',
      );
      expect(s).toMatchObject({ status: 'promised', brokenPromises: 0, resumedOn: null });
    });

    it('does not count a kept promise replaced by a new one as broken', () => {
      const s = state(
        [
          promise('2026-03-05', '2026-03-08', '100'),
          payment('2026-03-07', '100'),
          promise('2026-03-10', '2026-03-20'),
        ],
        '2026-03-15',
      );
      expect(s).toMatchObject({ brokenPromises: 0, resumedOn: '2026-03-09' });
    });
  });

  describe('payment plans', () => {
    it('keeps a plan current on the due date of an unpaid installment', () => {
      const s = state(
        [plan('2026-03-05', ['2026-03-15', '100'], ['2026-03-31', '100'])],
        '2026-03-15',
      );
      expect(s).toMatchObject({
        status: 'payment_plan',
        plan: {
          state: 'current',
          missedInstallmentOn: null,
          nextInstallment: { dueDate: '2026-03-15', amount: '100.00' },
        },
        missedPlans: 0,
      });
    });

    it('reports the installments of the plan', () => {
      const s = state([plan('2026-03-05', ['2026-03-15', '100'], ['2026-03-31', '50.5'])]);
      expect(s.plan?.installments).toEqual([
        { dueDate: '2026-03-15', amount: '100.00' },
        { dueDate: '2026-03-31', amount: '50.50' },
      ]);
    });

    it('accepts installments due on the agreement day and on the same day', () => {
      const s = state(
        [plan('2026-03-05', ['2026-03-05', '100'], ['2026-03-20', '100'], ['2026-03-20', '100'])],
        '2026-03-10',
      );
      expect(s.plan?.installments).toHaveLength(3);
    });

    it('explains installments out of order in the issue', () => {
      expect(
        thrown(() =>
          state([plan('2026-03-05', ['2026-04-01', '100'], ['2026-03-20', '100'])], '2026-03-10'),
        ),
      ).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['events', 0, 'installments', 1, 'dueDate'],
            message: expect.stringContaining('installments must be in date order'),
          },
        ],
      });
    });

    it('neither counts as missed nor resumes a current plan replaced by a new one', () => {
      const s = state([
        plan('2026-03-05', ['2026-03-31', '100']),
        plan('2026-03-10', ['2026-04-15', '100']),
      ]);
      expect(s).toMatchObject({ status: 'payment_plan', missedPlans: 0, resumedOn: null });
    });

    it('keeps the end of a completed plan as resume date when a new plan replaces it', () => {
      const s = state([
        plan('2026-03-05', ['2026-03-15', '100']),
        payment('2026-03-14', '100'),
        plan('2026-03-20', ['2026-04-15', '100']),
      ]);
      expect(s).toMatchObject({
        status: 'payment_plan',
        plan: { agreedOn: '2026-03-20', state: 'current' },
        missedPlans: 0,
        resumedOn: '2026-03-16',
      });
    });
  });

  describe('holds and resume dates', () => {
    it('resumes on the latest end of several holds, whichever was recorded first', () => {
      const pauseThenDispute = state([
        { type: 'paused', date: '2026-03-05', until: '2026-03-08', reason: 'holidays' },
        { type: 'dispute_opened', date: '2026-03-12', reason: 'defect' },
        { type: 'dispute_resolved', date: '2026-03-20', outcome: 'rejected' },
      ]);
      expect(pauseThenDispute.resumedOn).toBe('2026-03-20');
      const disputeThenPause = state([
        disputeOpened,
        { type: 'dispute_resolved', date: '2026-03-10', outcome: 'rejected' },
        { type: 'paused', date: '2026-03-12', until: '2026-03-15', reason: 'holidays' },
      ]);
      expect(disputeThenPause.resumedOn).toBe('2026-03-16');
    });

    it('resumes on the day a mediation ended', () => {
      const s = state(
        [
          { type: 'mediation_started', date: '2026-03-05' },
          { type: 'mediation_ended', date: '2026-03-12', outcome: 'failure' },
        ],
        '2026-03-20',
      );
      expect(s).toMatchObject({ status: 'overdue', resumedOn: '2026-03-12' });
    });

    it('keeps the end of a past pause as resume date when a new pause starts', () => {
      const s = state(
        [
          { type: 'paused', date: '2026-03-05', until: '2026-03-15', reason: 'holidays' },
          { type: 'paused', date: '2026-03-20', reason: 'again' },
        ],
        '2026-03-22',
      );
      expect(s).toMatchObject({
        status: 'paused',
        pause: { since: '2026-03-20', until: null, endedOn: null },
        resumedOn: '2026-03-16',
      });
    });
  });

  describe('money', () => {
    it('applies a credit note event', () => {
      expect(
        state([{ type: 'credit_note_issued', date: '2026-03-10', amount: '200' }]).balances,
      ).toEqual({
        invoiced: '1200.00',
        paid: '0.00',
        credited: '200.00',
        outstanding: '1000.00',
        overpaid: '0.00',
      });
    });

    it('judges an event on the balance of its own date, not on a payment recorded earlier but dated later', () => {
      const s = state([payment('2026-03-20', '1200'), email]);
      expect(s).toMatchObject({ status: 'paid', steps: [{ stepId: 'friendly-email' }] });
    });

    it('counts an invoice payment dated on asOf, and restarts limitation from it (C. civ. 2240)', () => {
      const s = state([], '2026-04-01', {
        ...b2bInvoice,
        payments: [{ date: '2026-04-01', amount: '100.00' }],
      });
      expect(s).toMatchObject({
        balances: { paid: '100.00', outstanding: '1100.00' },
        limitation: { deadline: '2031-04-01' },
      });
    });

    it('restarts limitation on an invoice payment but not on an invoice credit note (C. civ. 2240)', () => {
      const s = state([], '2026-04-01', {
        ...b2bInvoice,
        payments: [{ date: '2026-03-10', amount: '100.00' }],
        creditNotes: [{ date: '2026-03-20', amount: '50.00' }],
      });
      expect(s.limitation).toMatchObject({ deadline: '2031-03-10', status: 'running' });
    });

    it('ignores invoice payments dated after asOf, for balances and limitation', () => {
      const s = state([], '2026-04-01', {
        ...b2bInvoice,
        payments: [{ date: '2026-05-10', amount: '100.00' }],
      });
      expect(s).toMatchObject({
        balances: { paid: '0.00' },
        limitation: { deadline: '2031-03-03' },
      });
    });
  });

  describe('disputes', () => {
    it('drops nothing when an upheld dispute is resolved on a paid invoice', () => {
      const s = state([
        disputeOpened,
        payment('2026-03-08', '1300'),
        { type: 'dispute_resolved', date: '2026-03-10', outcome: 'upheld' },
      ]);
      expect(s).toMatchObject({
        status: 'paid',
        balances: { paid: '1300.00', credited: '0.00', outstanding: '0.00', overpaid: '100.00' },
        dispute: { open: false, outcome: 'upheld' },
      });
    });

    it('credits an upheld part from the due date, so no penalty accrues on it', () => {
      const penalties = (events: DunningEventInput[], invoice: unknown = b2bInvoice) => {
        const d = nextDunningStep(invoice as InvoiceLike, events, { today: '2026-04-01' });
        return 'amounts' in d ? d.amounts.penalties : null;
      };
      const resolved = (outcome: 'upheld' | 'settled') => [
        disputeOpened,
        { type: 'dispute_resolved', date: '2026-03-20', outcome, amount: '200.00' } as const,
      ];
      const creditedOn = (date: string) =>
        penalties([], { ...b2bInvoice, creditNotes: [{ date, amount: '200.00' }] });
      expect(penalties(resolved('upheld'))).toBe(creditedOn('2026-03-03'));
      expect(penalties(resolved('settled'))).toBe(creditedOn('2026-03-20'));
      expect(creditedOn('2026-03-03')).not.toBe(creditedOn('2026-03-20'));
    });

    it('credits an upheld part resolved before the due date on the day it is resolved', () => {
      const s = state(
        [
          { type: 'dispute_opened', date: '2026-02-10', reason: 'defect' },
          { type: 'dispute_resolved', date: '2026-02-20', outcome: 'upheld', amount: '200.00' },
        ],
        '2026-02-25',
      );
      expect(s).toMatchObject({
        status: 'not_due',
        balances: { credited: '200.00', outstanding: '1000.00' },
      });
    });

    it('names the status when the amount dropped exceeds the balance', () => {
      const error = thrown(() =>
        state([
          disputeOpened,
          { type: 'dispute_resolved', date: '2026-03-10', outcome: 'settled', amount: '1300' },
        ]),
      );
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        path: ['events', 1],
        details: { index: 1, type: 'dispute_resolved', date: '2026-03-10', status: 'disputed' },
      });
      expect(error.message).toContain(
        'the amount dropped (1300.00) exceeds the outstanding balance (1200.00)',
      );
    });

    it('names the stronger status when a dispute resolved in court drops more than the balance', () => {
      expect(
        thrown(() =>
          state([
            { type: 'legal_action_filed', date: '2026-03-20', route: 'ordinary_action' },
            { type: 'dispute_opened', date: '2026-03-21', reason: 'defect' },
            { type: 'dispute_resolved', date: '2026-03-25', outcome: 'settled', amount: '1300' },
          ]),
        ),
      ).toMatchObject({ code: 'INVALID_TRANSITION', details: { index: 2, status: 'legal' } });
    });
  });

  describe('formal notice, acknowledgement, write-off', () => {
    it('records the formal notice step and channel, with a registered letter by default', () => {
      expect(
        state([
          {
            type: 'formal_notice_sent',
            date: '2026-03-19',
            deadlineDays: 15,
            stepId: 'formal-notice',
            channel: 'email',
          },
        ]).formalNotice,
      ).toMatchObject({ stepId: 'formal-notice', channel: 'email' });
      expect(
        state([{ type: 'formal_notice_sent', date: '2026-03-19', deadlineDays: 15 }]).formalNotice,
      ).toMatchObject({ stepId: null, channel: 'registered_letter' });
    });

    it("extends the formal notice deadline over the debtor's regional holidays (CPC 642)", () => {
      const notice = [
        { type: 'formal_notice_sent', date: '2026-03-19', deadlineDays: 15 },
      ] as const;
      // 2026-04-03 is Good Friday, a holiday in Alsace-Moselle only; Monday 6 is Easter Monday.
      expect(state([...notice]).formalNotice?.deadline).toBe('2026-04-03');
      const alsace = { ...b2bInvoice, buyer: { ...b2bInvoice.buyer, region: 'alsace-moselle' } };
      expect(state([...notice], '2026-04-10', alsace).formalNotice?.deadline).toBe('2026-04-07');
    });

    it("records the debtor's acknowledgement, which restarts limitation (C. civ. 2240)", () => {
      expect(state([{ type: 'debtor_acknowledged', date: '2026-03-10' }])).toMatchObject({
        status: 'overdue',
        acknowledgedOn: '2026-03-10',
        limitation: { deadline: '2031-03-10', status: 'running' },
      });
    });

    it('records the write-off with its date and reason', () => {
      expect(
        state([{ type: 'written_off', date: '2026-03-20', reason: 'debtor vanished' }]),
      ).toMatchObject({
        status: 'written_off',
        writtenOff: { date: '2026-03-20', reason: 'debtor vanished' },
        limitation: null,
      });
    });
  });

  describe('limitation events', () => {
    it('interrupts the limitation of a public debtor with a written reminder only (loi 68-1250 art. 2)', () => {
      const reminder = (channel: 'letter' | 'phone') =>
        state(
          [{ type: 'reminder_sent', date: '2027-02-01', stepId: 'call', channel }],
          '2027-03-01',
          publicInvoice,
        ).limitation?.deadline;
      expect(reminder('letter')).toBe('2031-12-31');
      expect(reminder('phone')).toBe('2030-12-31');
    });

    it('keeps limitation interrupted while an ordinary action is pending (C. civ. 2241, 2242)', () => {
      expect(
        state([{ type: 'legal_action_filed', date: '2026-03-20', route: 'ordinary_action' }])
          .limitation,
      ).toMatchObject({ deadline: null, status: 'suspended' });
    });

    it('interrupts limitation again with a new action filed after a judgment', () => {
      const s = state(
        [
          { type: 'legal_action_filed', date: '2026-03-20', route: 'ordinary_action' },
          { type: 'judgment_served', date: '2026-03-30' },
          { type: 'legal_action_filed', date: '2026-05-01', route: 'ordinary_action' },
        ],
        '2026-06-01',
      );
      expect(s.limitation).toMatchObject({ deadline: null, status: 'suspended' });
    });

    it('gives no 10-year title to a judgment served without a pending action or served order', () => {
      const s = state([
        { type: 'legal_action_filed', date: '2026-03-20', route: 'injonction_de_payer' },
        { type: 'judgment_served', date: '2026-03-30' },
      ]);
      expect(s).toMatchObject({
        status: 'legal',
        legal: { judgmentServedOn: '2026-03-30', orderServedOn: null },
        limitation: { deadline: '2031-03-03', status: 'running' },
      });
    });

    it('gives LIMITATION_SOON from the first day of the warning window (C. conso L218-2)', () => {
      // A consumer claim is time-barred on 2028-02-01; the consumer policy warns 120 days before.
      const codes = (today: string) =>
        nextDunningStep(consumerInvoice, [], { today }).warnings.map((w) => w.code);
      expect(codes('2027-10-03')).not.toContain('LIMITATION_SOON');
      expect(codes('2027-10-04')).toContain('LIMITATION_SOON');
    });
  });

  describe('errors and counters', () => {
    it('counts the events applied', () => {
      expect(
        state([
          email,
          { type: 'debtor_acknowledged', date: '2026-03-05' },
          payment('2026-03-06', '1'),
        ]).eventsApplied,
      ).toBe(3);
    });

    it('explains an event the status forbids', () => {
      const error = thrown(() => state([payment('2026-03-02', '1200'), email]));
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { index: 1, type: 'reminder_sent', date: '2026-03-04', status: 'paid' },
      });
      expect(error.message).toBe(
        'Event 1 (reminder_sent on 2026-03-04) cannot happen: the invoice is fully paid.',
      );
    });

    it('explains an event whose guard fails', () => {
      const error = thrown(() => state([disputeOpened, { type: 'resumed', date: '2026-03-06' }]));
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { index: 1, type: 'resumed', status: 'disputed' },
      });
      expect(error.message).toBe(
        'Event 1 (resumed on 2026-03-06) cannot happen: dunning is not paused.',
      );
    });

    it('explains an event recorded out of date order', () => {
      expect(
        thrown(() =>
          state([
            { ...email, date: '2026-03-06' },
            { type: 'debtor_acknowledged', date: '2026-03-05' },
          ]),
        ),
      ).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['events', 1, 'date'],
            message: expect.stringContaining('events must be recorded in date order'),
          },
        ],
      });
    });

    it('names the bad argument in INVALID_INPUT messages', () => {
      expect(thrown(() => dunningState(b2bInvoice, [], { asOf: 'x' })).message).toMatch(
        /^Invalid options\b/,
      );
      expect(thrown(() => state([{ ...email, stepId: '' }])).message).toMatch(/^Invalid events\b/);
    });

    it('reports each applied transition to the onTransition hook (internal, for table tests)', () => {
      const seen: string[] = [];
      foldDunning(readInvoice(b2bInvoice), parseEvents([email, payment('2026-03-10', '1200')]), {
        asOf: '2026-04-01' as PlainDate,
        warnWithinDays: 90,
        onTransition: (from: DunningStatus, event, to: DunningStatus) =>
          seen.push(`${from} ${event.type} ${to}`),
      });
      expect(seen).toEqual(['overdue reminder_sent overdue', 'overdue payment_received paid']);
    });
  });
});
