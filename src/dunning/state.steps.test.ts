// Issue 13 item 4: the named steps of the dunning fold, each on its own.
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { dec } from '../internal/decimal.js';
import { type DunningEvent, DunningEventSchema } from './events.js';
import {
  balancesOf,
  checkDateOrder,
  checkInstallmentOrder,
  droppedByResolution,
  pauseOf,
  planOf,
  proceedingsAfter,
  promiseOf,
} from './state.js';

const day = (d: string) => d as PlainDate;
const ev = (input: Record<string, unknown>): DunningEvent => DunningEventSchema.parse(input);
const never = (why: string): never => {
  throw new Error(why);
};

describe('checkDateOrder', () => {
  const ack = ev({ type: 'debtor_acknowledged', date: '2026-03-05' });
  const pay = ev({ type: 'payment_received', date: '2026-03-01', amount: '1.00' });

  it('moves the latest date forward and accepts the same day', () => {
    expect(checkDateOrder(ack, 0, null)).toBe('2026-03-05');
    expect(checkDateOrder(ack, 1, day('2026-03-05'))).toBe('2026-03-05');
  });

  it('rejects a non-money event dated before the last one, at its date path', () => {
    expect(() => checkDateOrder(ack, 3, day('2026-03-06'))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['events', 3, 'date'] }),
    );
  });

  it('lets a payment be recorded late without moving the latest date', () => {
    expect(checkDateOrder(pay, 2, day('2026-03-06'))).toBe('2026-03-06');
  });
});

describe('droppedByResolution', () => {
  const outstanding = dec('100');
  const resolved = (outcome: string, amount?: string) =>
    ev({
      type: 'dispute_resolved',
      date: '2026-03-05',
      outcome,
      ...(amount ? { amount } : {}),
    }) as Extract<DunningEvent, { type: 'dispute_resolved' }>;

  it('drops the given amount, the whole balance when upheld, nothing otherwise', () => {
    expect(droppedByResolution(resolved('settled', '30'), outstanding, never).toString()).toBe(
      '30',
    );
    expect(droppedByResolution(resolved('upheld'), outstanding, never).toString()).toBe('100');
    expect(droppedByResolution(resolved('settled'), outstanding, never).toString()).toBe('0');
  });

  it('fails when more than the balance would be dropped', () => {
    expect(() => droppedByResolution(resolved('upheld', '100.01'), outstanding, never)).toThrow(
      'the amount dropped (100.01) exceeds the outstanding balance (100.00)',
    );
  });
});

describe('checkInstallmentOrder', () => {
  const plan = (...dueDates: string[]) =>
    ev({
      type: 'payment_plan_agreed',
      date: '2026-03-05',
      installments: dueDates.map((dueDate) => ({ dueDate, amount: '10' })),
    }) as Extract<DunningEvent, { type: 'payment_plan_agreed' }>;

  it('accepts installments in order from the agreement on', () => {
    expect(() => checkInstallmentOrder(plan('2026-03-05', '2026-04-05'), 0)).not.toThrow();
  });

  it('names the first installment out of order', () => {
    expect(() => checkInstallmentOrder(plan('2026-04-05', '2026-04-01'), 7)).toThrow(
      expect.objectContaining({ path: ['events', 7, 'installments', 1, 'dueDate'] }),
    );
    expect(() => checkInstallmentOrder(plan('2026-03-04'), 0)).toThrow(
      expect.objectContaining({ path: ['events', 0, 'installments', 0, 'dueDate'] }),
    );
  });
});

describe('proceedingsAfter', () => {
  const start = { legalPending: false, judged: false };

  it('a writ or référé starts proceedings; a declaration in insolvency does not', () => {
    expect(
      proceedingsAfter(start, [{ type: 'legal_action_filed', date: '2026-03-05', kind: 'writ' }]),
    ).toEqual({ legalPending: true, judged: false });
    expect(
      proceedingsAfter(start, [{ type: 'legal_action_filed', date: '2026-03-05', kind: 'other' }]),
    ).toEqual(start);
  });

  it('proceedings ended by a judgment are no longer pending, and judged', () => {
    const ended = [{ type: 'proceedings_ended', date: '2026-03-05', outcome: 'judgment' } as const];
    expect(proceedingsAfter({ legalPending: true, judged: false }, ended)).toEqual({
      legalPending: false,
      judged: true,
    });
    expect(proceedingsAfter({ legalPending: true, judged: true }, [])).toEqual({
      legalPending: true,
      judged: true,
    });
  });
});

describe('the public views of the fold', () => {
  it('balancesOf: cents, never a negative outstanding, the excess as overpaid', () => {
    const over = { paid: dec('150'), credited: dec('0.005'), outstanding: dec('-50.005') };
    expect(balancesOf(dec('100'), over)).toEqual({
      invoiced: '100.00',
      paid: '150.00',
      credited: '0.01',
      outstanding: '0.00',
      overpaid: '50.01',
    });
    const owed = { paid: dec('0'), credited: dec('0'), outstanding: dec('100') };
    expect(balancesOf(dec('100'), owed)).toMatchObject({ outstanding: '100.00', overpaid: '0.00' });
  });

  it('promiseOf and pauseOf: null without a record, plain strings with one', () => {
    expect(promiseOf(null, null)).toBeNull();
    const promise = {
      madeOn: day('2026-03-01'),
      promisedDate: day('2026-03-10'),
      endsOn: day('2026-03-11'),
      amount: dec('40'),
    };
    expect(promiseOf(promise, 'kept')).toEqual({
      madeOn: '2026-03-01',
      promisedDate: '2026-03-10',
      amount: '40.00',
      state: 'kept',
    });
    expect(promiseOf({ ...promise, amount: null }, 'pending')?.amount).toBeNull();
    expect(pauseOf(null, null)).toBeNull();
    const pause = {
      since: day('2026-03-01'),
      until: null,
      endsOn: null,
      reason: 'call',
      resumedOn: day('2026-03-04'),
    };
    expect(pauseOf(pause, day('2026-03-04'))).toEqual({
      since: '2026-03-01',
      until: null,
      reason: 'call',
      endedOn: '2026-03-04',
    });
  });

  it('planOf: the installments in cents and the next one while current', () => {
    expect(
      planOf(null, { plan: null, missedInstallmentOn: null, nextInstallment: null }),
    ).toBeNull();
    const inst = { dueDate: day('2026-04-01'), dayAfter: day('2026-04-02'), amount: dec('12.5') };
    const plan = { agreedOn: day('2026-03-01'), installments: [inst] };
    expect(
      planOf(plan, { plan: 'current', missedInstallmentOn: null, nextInstallment: inst }),
    ).toEqual({
      agreedOn: '2026-03-01',
      installments: [{ dueDate: '2026-04-01', amount: '12.50' }],
      state: 'current',
      missedInstallmentOn: null,
      nextInstallment: { dueDate: '2026-04-01', amount: '12.50' },
    });
    expect(
      planOf(plan, { plan: 'missed', missedInstallmentOn: inst.dueDate, nextInstallment: null }),
    ).toMatchObject({ state: 'missed', missedInstallmentOn: '2026-04-01', nextInstallment: null });
  });
});
