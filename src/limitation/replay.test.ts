import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { sortLimitationEvents } from './analysis.js';
import { LimitationEventSchema } from './events.js';
import {
  alreadyInterrupted,
  capParams,
  currentDeadline,
  expiredOn,
  initialState,
  interrupt,
  notStarted,
  periodFrom,
  plainInterruption,
  type ReplayContext,
  resumeAt,
  type Suspension,
  tooLate,
  trailEntry,
} from './replay.js';

const D = (s: string) => s as PlainDate;
const context = (over: Partial<ReplayContext> = {}): ReplayContext => ({
  isPublic: false,
  startDate: D('2020-01-10'),
  birth: D('2020-01-10'),
  longStopDate: D('2040-01-10'),
  items: [],
  analysis: {
    voided: new Set(),
    endedAction: new Map(),
    lateService: new Map(),
    orderDateOf: new Map(),
    unservedOrders: [],
  },
  ...over,
});
const b2b = context();
const pub = context({ isPublic: true, startDate: D('2021-01-01') });
const s0 = initialState(b2b, 5);
const suspension: Suspension = {
  since: D('2023-01-10'),
  remaining: 100,
  remainingExempt: 0,
  newPeriod: false,
  newPeriodExempt: false,
  kinds: ['mediation'],
};
const item = (type: 'debtor_acknowledged' | 'payment_received', date: string) =>
  sortLimitationEvents([LimitationEventSchema.parse({ type, date })])[0]!;

describe('replay steps of the limitation engine', () => {
  it('initialState: the period from the start; a public one ends on 31 December', () => {
    expect(s0).toMatchObject({ years: 5, pending: 0, deadline: '2025-01-10', capHit: false });
    expect(initialState(pub, 4).deadline).toBe('2024-12-31');
  });

  it('periodFrom: same day N years later, or 31 December of year + N for a public debtor', () => {
    expect(periodFrom(s0, b2b, D('2024-02-29'))).toBe('2029-02-28');
    expect(periodFrom(initialState(pub, 4), pub, D('2023-06-15'))).toBe('2027-12-31');
  });

  it('interrupt: extends the deadline, capped by the long-stop only when asked', () => {
    expect(interrupt(s0, b2b, D('2024-01-01'), D('2029-01-01'), true)).toEqual({
      state: { ...s0, deadline: '2029-01-01' },
      cut: false,
    });
    const late = { ...s0, deadline: D('2039-01-01') };
    const capped = interrupt(late, b2b, D('2038-01-01'), D('2043-01-01'), true);
    expect(capped).toMatchObject({ cut: true, state: { deadline: '2040-01-10', capHit: true } });
    expect(interrupt(late, b2b, D('2038-01-01'), D('2043-01-01'), false).state.deadline).toBe(
      '2043-01-01',
    );
    // Never shortens.
    expect(interrupt(late, b2b, D('2024-01-01'), D('2029-01-01'), true).state).toEqual(late);
  });

  it('interrupt during a suspension: a new period or days that count once it ends', () => {
    const s = { ...s0, suspension };
    const whole = interrupt(s, b2b, D('2023-02-01'), D('2028-02-01'), true).state;
    expect(whole.suspension).toMatchObject({ newPeriod: true, newPeriodExempt: false });
    expect(whole.deadline).toBe(s0.deadline);
    const days = interrupt(s, b2b, D('2023-02-01'), D('2033-02-01'), false).state;
    expect(days.suspension?.remainingExempt).toBe(3653);
    expect(s.suspension).toBe(suspension); // the state before is left as it was
  });

  it('resumeAt: the days left, never less than 6 months, capped unless exempt', () => {
    expect(resumeAt(s0, b2b, suspension, D('2023-03-01'))).toEqual({
      date: '2025-01-10',
      cut: false,
    });
    const s = { ...s0, deadline: D('2023-03-01') };
    expect(resumeAt(s, b2b, suspension, D('2023-03-01')).date).toBe('2023-09-01');
    const nearCap = { ...s0, deadline: D('2039-12-01') };
    const ended = resumeAt(nearCap, b2b, { ...suspension, remaining: 400 }, D('2039-12-01'));
    expect(ended).toEqual({ date: '2040-01-10', cut: true });
  });

  it('expiredOn and currentDeadline: never while suspended or pending', () => {
    expect(expiredOn(s0, D('2025-01-11'))).toBe(true);
    expect(expiredOn(s0, D('2025-01-10'))).toBe(false);
    expect(expiredOn({ ...s0, pending: 1 }, D('2030-01-01'))).toBe(false);
    expect(currentDeadline(s0)).toBe('2025-01-10');
    expect(currentDeadline({ ...s0, suspension })).toBeNull();
  });

  it('tooLate, notStarted, alreadyInterrupted: no effect, with their sentence', () => {
    const late = tooLate(s0, 'C. civ. 2240');
    expect(late).toMatchObject({
      effect: 'no-effect',
      state: { afterExpiry: 1 },
      message: { code: 'TRAIL_AFTER_EXPIRY', params: { deadline: '2025-01-10' } },
    });
    expect(late.message.message).toContain('le 10 janvier 2025');
    expect(notStarted(s0, b2b, 'x').message.params).toEqual({ start: '2020-01-10' });
    expect(alreadyInterrupted(s0, 'x').message.code).toBe('TRAIL_ALREADY_INTERRUPTED');
    expect(capParams(b2b, false)).toEqual({ longStopYears: null, longStopDate: null });
    expect(capParams(b2b, true)).toEqual({ longStopYears: 20, longStopDate: '2040-01-10' });
  });

  it('plainInterruption: before the start, after expiry, pending, or a new period', () => {
    const ack = item('debtor_acknowledged', '2023-03-03');
    expect(
      plainInterruption(s0, b2b, item('payment_received', '2019-01-01'), 'a', 'payment'),
    ).toMatchObject({ message: { code: 'TRAIL_NOT_STARTED' } });
    expect(plainInterruption({ ...s0, pending: 1 }, b2b, ack, 'a', 'acknowledgement').effect).toBe(
      'no-effect',
    );
    const o = plainInterruption(s0, b2b, ack, 'C. civ. 2240, 2231', 'acknowledgement');
    expect(o).toMatchObject({ effect: 'interrupts', state: { deadline: '2028-03-03' } });
    expect(o.message.message).toBe(
      'La prescription est interrompue par la reconnaissance de dette du 3 mars 2023 : un nouveau délai de prescription de 5 ans court à compter de cette date.',
    );
    const p = plainInterruption(
      initialState(pub, 4),
      pub,
      ack,
      'Loi 68-1250 art. 2',
      'public-claim',
    );
    expect(p.message.params).toMatchObject({ from: '2024-01-01', to: '2027-12-31' });
  });

  it('trailEntry: the event, effect, deadline after it and the sentence with code and params', () => {
    const ack = item('debtor_acknowledged', '2023-03-03');
    const o = plainInterruption(s0, b2b, ack, 'C. civ. 2240, 2231', 'acknowledgement');
    const entry = trailEntry(ack, o);
    expect(entry).toMatchObject({
      index: 0,
      effect: 'interrupts',
      deadlineAfter: '2028-03-03',
      code: 'TRAIL_INTERRUPTS',
      explanation: o.message.message,
    });
    expect(entry.params).toBe(o.message.params);
  });
});
