import { describe, expect, it } from 'vitest';
import type { InvoiceLike } from '../invoice/internal.js';
import { b2bInvoice, publicInvoice } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { dunningState } from './state.js';

const email = {
  type: 'reminder_sent',
  date: '2026-03-04',
  stepId: 'friendly-email',
  channel: 'email',
} as const;

function state(events: DunningEventInput[], asOf = '2026-04-01', invoice: unknown = b2bInvoice) {
  return dunningState(invoice as InvoiceLike, events, { asOf });
}

function transitionError(events: DunningEventInput[], index: number, type: string) {
  expect(() => state(events)).toThrow(
    expect.objectContaining({
      code: 'INVALID_TRANSITION',
      path: ['events', index],
      details: expect.objectContaining({ index, type }),
    }),
  );
}

describe('dunningState', () => {
  it('folds an empty log into the status of the day', () => {
    expect(state([], '2026-03-01').status).toBe('not_due');
    expect(state([], '2026-03-03').status).toBe('due');
    expect(state([], '2026-03-04')).toMatchObject({
      status: 'overdue',
      balances: { invoiced: '1200.00', outstanding: '1200.00', overpaid: '0.00' },
      limitation: { deadline: '2031-03-03', status: 'running' },
    });
  });

  it('counts the invoice payments and credit notes too, and overpayments', () => {
    const s = state(
      [{ type: 'payment_received', date: '2026-03-10', amount: '1000.00' }],
      '2026-04-01',
      {
        ...b2bInvoice,
        payments: [{ date: '2026-03-05', amount: '300.00' }],
        creditNotes: [{ date: '2026-03-06', amount: '50.00' }],
      },
    );
    expect(s).toMatchObject({
      status: 'paid',
      balances: { paid: '1300.00', credited: '50.00', outstanding: '0.00', overpaid: '150.00' },
      limitation: null,
    });
  });

  it('ignores the events dated after asOf', () => {
    expect(state([email], '2026-03-03')).toMatchObject({
      status: 'due',
      steps: [],
      eventsApplied: 0,
    });
  });

  it('accepts a payment recorded late, with its real date, after a reminder', () => {
    const s = state([email, { type: 'payment_received', date: '2026-03-02', amount: '1200.00' }]);
    expect(s.status).toBe('paid');
  });

  it('throws INVALID_TRANSITION for a reminder after a recorded full payment', () => {
    transitionError(
      [{ type: 'payment_received', date: '2026-03-02', amount: '1200.00' }, email],
      1,
      'reminder_sent',
    );
  });

  it('throws INVALID_TRANSITION for impossible sequences, naming the event', () => {
    transitionError(
      [{ type: 'payment_plan_agreed', date: '2026-03-05', installments: [] }],
      0,
      'payment_plan_agreed',
    );
    transitionError(
      [{ type: 'dispute_resolved', date: '2026-03-05', outcome: 'rejected' }],
      0,
      'dispute_resolved',
    );
    transitionError([{ type: 'resumed', date: '2026-03-05' }], 0, 'resumed');
    transitionError([{ type: 'mediation_ended', date: '2026-03-05' }], 0, 'mediation_ended');
    transitionError([{ type: 'claim_declared', date: '2026-03-05' }], 0, 'claim_declared');
    transitionError(
      [{ type: 'injonction_order_served', date: '2026-03-05' }],
      0,
      'injonction_order_served',
    );
    transitionError(
      [{ type: 'formal_notice_sent', date: '2026-03-01', deadlineDays: 15 }],
      0,
      'formal_notice_sent',
    );
    transitionError(
      [
        { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
        { type: 'dispute_opened', date: '2026-03-06', reason: 'y' },
      ],
      1,
      'dispute_opened',
    );
    transitionError(
      [
        { type: 'written_off', date: '2026-03-05', reason: 'x' },
        { type: 'dispute_opened', date: '2026-03-06', reason: 'y' },
      ],
      1,
      'dispute_opened',
    );
    transitionError(
      [
        { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
        { type: 'dispute_resolved', date: '2026-03-06', outcome: 'upheld', amount: '2000.00' },
      ],
      1,
      'dispute_resolved',
    );
  });

  it('throws INVALID_INPUT with paths for malformed events and options', () => {
    expect(() => state([{ ...email, stepId: '' }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['events', 0, 'stepId'] })],
      }),
    );
    expect(() =>
      state([{ type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-01' }]),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['events', 0, 'promisedDate'] })],
      }),
    );
    expect(() =>
      state([{ type: 'dispute_resolved', date: '2026-03-05', outcome: 'rejected', amount: '5' }]),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['events', 0, 'amount'] })],
      }),
    );
    expect(() => state([{ type: 'nope', date: '2026-03-05' } as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => dunningState(b2bInvoice, [], { asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['options', 'asOf'] })],
      }),
    );
    expect(() => dunningState({ number: 'x' } as InvoiceLike, [], { asOf: '2026-03-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('requires non-money events in date order, and installments in order', () => {
    expect(() =>
      state([
        { ...email, date: '2026-03-06' },
        { type: 'debtor_acknowledged', date: '2026-03-05' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['events', 1, 'date'] }));
    expect(() =>
      state([
        {
          type: 'payment_plan_agreed',
          date: '2026-03-05',
          installments: [
            { dueDate: '2026-04-01', amount: '100' },
            { dueDate: '2026-03-20', amount: '100' },
          ],
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: ['events', 0, 'installments', 1, 'dueDate'],
      }),
    );
  });

  it('drops an upheld claim, fully or in part, and a settled part', () => {
    const opened = { type: 'dispute_opened', date: '2026-03-05', reason: 'defect' } as const;
    expect(
      state([opened, { type: 'dispute_resolved', date: '2026-03-10', outcome: 'upheld' }]),
    ).toMatchObject({
      status: 'paid',
      balances: { credited: '1200.00', outstanding: '0.00' },
      dispute: { open: false, outcome: 'upheld', resolvedOn: '2026-03-10' },
    });
    expect(
      state([
        opened,
        { type: 'dispute_resolved', date: '2026-03-10', outcome: 'settled', amount: '200' },
      ]),
    ).toMatchObject({
      status: 'overdue',
      balances: { outstanding: '1000.00' },
      resumedOn: '2026-03-10',
    });
    expect(
      state([opened, { type: 'dispute_resolved', date: '2026-03-10', outcome: 'settled' }]).balances
        .outstanding,
    ).toBe('1200.00');
    // A new dispute after a resolved one.
    const again = state([
      opened,
      { type: 'dispute_resolved', date: '2026-03-10', outcome: 'rejected' },
      { type: 'dispute_opened', date: '2026-03-12', reason: 'again' },
    ]);
    expect(again).toMatchObject({ status: 'disputed', resumedOn: '2026-03-10' });
  });

  it('follows pauses: until a date, or until resumed, and extended', () => {
    const paused = {
      type: 'paused',
      date: '2026-03-05',
      until: '2026-03-15',
      reason: 'holidays',
    } as const;
    expect(state([paused], '2026-03-15')).toMatchObject({
      status: 'paused',
      pause: { endedOn: null },
    });
    expect(state([paused], '2026-03-16')).toMatchObject({
      status: 'overdue',
      pause: { endedOn: '2026-03-16' },
      resumedOn: '2026-03-16',
    });
    const extended = state(
      [paused, { type: 'paused', date: '2026-03-10', reason: 'longer' }],
      '2026-04-01',
    );
    expect(extended).toMatchObject({
      status: 'paused',
      pause: { since: '2026-03-05', until: null },
    });
    const later = state(
      [
        paused,
        { type: 'paused', date: '2026-03-20', reason: 'again' },
        { type: 'resumed', date: '2026-03-25' },
      ],
      '2026-04-01',
    );
    expect(later).toMatchObject({
      status: 'overdue',
      pause: { since: '2026-03-20', endedOn: '2026-03-25' },
    });
  });

  it('follows mediation, which suspends limitation', () => {
    const s = state([{ type: 'mediation_started', date: '2026-03-05' }]);
    expect(s).toMatchObject({
      status: 'paused',
      mediation: { endedOn: null },
      limitation: { status: 'suspended' },
    });
    const ended = state([
      { type: 'mediation_started', date: '2026-03-05' },
      { type: 'mediation_ended', date: '2026-03-12', outcome: 'failure' },
      { type: 'mediation_started', date: '2026-03-20' },
    ]);
    expect(ended).toMatchObject({ status: 'paused', resumedOn: '2026-03-12' });
  });

  it('records legal routes, injonction service and judgments', () => {
    expect(() =>
      state([
        { type: 'legal_action_filed', date: '2026-03-20', route: 'injonction_de_payer' },
        { type: 'injonction_order_served', date: '2026-03-28', orderDate: '2026-03-29' },
      ]),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['events', 1, 'orderDate'] })],
      }),
    );
    // An injonction order served within 6 months interrupts limitation (C. civ. 2241; CPC 1411).
    expect(
      state([
        { type: 'legal_action_filed', date: '2026-03-20', route: 'injonction_de_payer' },
        { type: 'injonction_order_served', date: '2026-03-28', orderDate: '2026-03-24' },
      ]).limitation,
    ).toMatchObject({ deadline: '2031-03-28' });
    // A served judgment ends the proceedings and gives a 10-year title (CPCE L111-4).
    expect(
      state([
        { type: 'legal_action_filed', date: '2026-03-20', route: 'refere_provision' },
        { type: 'judgment_served', date: '2026-03-30' },
      ]).limitation,
    ).toMatchObject({ deadline: '2036-03-30', status: 'running' });
    const s = state([
      { type: 'legal_action_filed', date: '2026-03-20', route: 'injonction_de_payer' },
      { type: 'injonction_order_served', date: '2026-03-28' },
      { type: 'legal_action_filed', date: '2026-03-29', route: 'ordinary_action' },
      { type: 'judgment_served', date: '2026-03-30' },
    ]);
    expect(s).toMatchObject({
      status: 'legal',
      legal: {
        route: 'ordinary_action',
        filedOn: '2026-03-20',
        orderServedOn: '2026-03-28',
        judgmentServedOn: '2026-03-30',
      },
    });
    expect(
      state([{ type: 'legal_action_filed', date: '2026-03-20', route: 'refere_provision' }]).status,
    ).toBe('legal');
  });

  it('keeps the first opening of insolvency proceedings when they are converted', () => {
    const s = state([
      {
        type: 'insolvency_opened',
        date: '2026-03-20',
        proceeding: 'sauvegarde',
        publishedOn: '2026-03-25',
      },
      {
        type: 'insolvency_opened',
        date: '2026-03-28',
        proceeding: 'liquidation',
        publishedOn: '2026-04-01',
      },
      { type: 'claim_declared', date: '2026-03-30' },
    ]);
    expect(s.insolvency).toEqual({
      proceeding: 'liquidation',
      openedOn: '2026-03-20',
      publishedOn: '2026-03-25',
      claimDeclaredOn: '2026-03-30',
    });
  });

  it('counts a broken promise replaced by a new one, and a plan replaced after being missed', () => {
    const s = state(
      [
        {
          type: 'promise_to_pay',
          date: '2026-03-05',
          promisedDate: '2026-03-08',
          amount: '100.00',
        },
        { type: 'promise_to_pay', date: '2026-03-10', promisedDate: '2026-03-31' },
        {
          type: 'payment_plan_agreed',
          date: '2026-03-11',
          installments: [{ dueDate: '2026-03-15', amount: '100.00' }],
        },
        {
          type: 'payment_plan_agreed',
          date: '2026-03-20',
          installments: [{ dueDate: '2026-03-25', amount: '100.00' }],
        },
        { type: 'payment_received', date: '2026-03-24', amount: '100.00' },
      ],
      '2026-03-30',
    );
    expect(s).toMatchObject({
      brokenPromises: 1,
      missedPlans: 1,
      status: 'promised',
      plan: { state: 'completed' },
    });
    expect(s.acknowledgedOn).toBe('2026-03-20');
  });

  it('passes written reminders to a public debtor to the limitation module (loi 68-1250 art. 2)', () => {
    const s = state([{ ...email, channel: 'letter' }], '2026-03-10', publicInvoice);
    expect(s.limitation).toMatchObject({ deadline: '2030-12-31' });
  });
});
