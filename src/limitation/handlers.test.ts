import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { analyse, sortLimitationEvents } from './analysis.js';
import {
  type LimitationEventInput,
  LimitationEventSchema,
  limitationEventOrder,
} from './events.js';
import {
  type ItemOf,
  limitationHandlers,
  onAcknowledged,
  onFormalNotice,
  onJudgmentServed,
  onLegalAction,
  onMeasure,
  onOrderIssued,
  onOrderServed,
  onPayment,
  onProceedingsEnded,
  onPublicClaim,
  onSuspensionEnd,
  onSuspensionStart,
  openSuspension,
  replayEvents,
} from './handlers.js';
import { initialState, type ReplayContext, type ReplayState } from './replay.js';

const D = (s: string) => s as PlainDate;

/** A context for `events` of a claim due on 2020-01-10 (structural pass included). */
function setup(events: LimitationEventInput[], isPublic = false) {
  const items = sortLimitationEvents(events.map((e) => LimitationEventSchema.parse(e)));
  const c: ReplayContext = {
    isPublic,
    startDate: isPublic ? D('2021-01-01') : D('2020-01-10'),
    birth: D('2020-01-10'),
    longStopDate: D('2040-01-10'),
    items,
    analysis: analyse(items, D('2020-01-10')),
  };
  return { c, s: initialState(c, isPublic ? 4 : 5), at: <T>(pos: number) => items[pos] as T };
}

describe('one pure handler per limitation event', () => {
  it('has a handler for every event type', () => {
    expect(Object.keys(limitationHandlers).sort()).toEqual(
      Object.keys(limitationEventOrder).sort(),
    );
    expect(Object.isFrozen(limitationHandlers)).toBe(true);
  });

  it('acknowledgement, payment: a new period; public claim and notice only against the State', () => {
    const { c, s, at } = setup([{ type: 'debtor_acknowledged', date: '2022-03-03' }]);
    expect(onAcknowledged(s, c, at(0), 0)).toMatchObject({
      effect: 'interrupts',
      state: { deadline: '2027-03-03' },
      message: { params: { act: 'acknowledgement', date: '2022-03-03' } },
    });
    expect(onPayment(s, c, at(0), 0).message.params).toMatchObject({ act: 'payment' });
    expect(onPublicClaim(s, c, at(0), 0)).toMatchObject({
      effect: 'no-effect',
      state: s,
      message: { code: 'TRAIL_WRITTEN_CLAIM_PRIVATE' },
    });
    expect(onFormalNotice(s, c, at(0), 0).message.code).toBe('TRAIL_FORMAL_NOTICE');
    const p = setup([{ type: 'formal_notice_sent', date: '2022-03-03' }], true);
    expect(onFormalNotice(p.s, p.c, p.at(0), 0)).toMatchObject({
      effect: 'interrupts',
      state: { deadline: '2026-12-31' },
      message: { params: { act: 'public-demand', from: '2023-01-01', to: '2026-12-31' } },
    });
  });

  it('measures: not capped by the long-stop; impossible against a public debtor', () => {
    const { c, s, at } = setup([{ type: 'conservatory_measure', date: '2022-03-03' }]);
    expect(onMeasure(s, c, at(0), 0)).toMatchObject({
      effect: 'interrupts',
      message: { params: { measure: 'conservatory', longStopYears: 20, suspended: false } },
    });
    const p = setup([{ type: 'enforcement_measure', date: '2022-03-03' }], true);
    expect(onMeasure(p.s, p.c, p.at(0), 0).message.code).toBe('TRAIL_PUBLIC_SEIZURE');
  });

  it('legal action: pending until the end, absorbs a suspension; voided when it failed', () => {
    const events: LimitationEventInput[] = [
      { type: 'legal_action_filed', date: '2022-03-03' },
      { type: 'proceedings_ended', date: '2023-03-03', outcome: 'judgment' },
    ];
    const { c, s, at } = setup(events);
    const suspended: ReplayState = { ...s, suspension: openSuspension(s, c, D('2022-01-01')) };
    const o = onLegalAction(suspended, c, at(0), 0);
    expect(o.state).toMatchObject({ pending: 1, suspension: null, effective: [0] });
    expect(o.message.params).toMatchObject({ absorbed: true });
    const ended = onProceedingsEnded(o.state, c, at(1), 1);
    expect(ended).toMatchObject({
      effect: 'interrupts',
      state: { pending: 0, deadline: '2028-03-03' },
      message: { params: { began: '2022-03-03', titleYears: 10 } },
    });
    const failed = setup([
      events[0]!,
      { type: 'proceedings_ended', date: '2023-03-03', outcome: 'withdrawn' },
    ]);
    expect(onLegalAction(failed.s, failed.c, failed.at(0), 0).message.code).toBe(
      'TRAIL_ACTION_VOIDED',
    );
    expect(onProceedingsEnded(failed.s, failed.c, failed.at(1), 1)).toMatchObject({
      effect: 'voids-interruption',
      state: failed.s,
      message: { params: { outcome: 'withdrawn', expiredAfter: null } },
    });
  });

  it('injonction: issuing does nothing; a timely service interrupts; a late one lapsed', () => {
    const { c, s, at } = setup([
      { type: 'injonction_order_issued', date: '2026-09-10' },
      { type: 'injonction_order_served', date: '2026-10-15' },
    ]);
    expect(onOrderIssued(s, c, at(0), 0).message.params).toEqual({
      date: '2026-09-10',
      lastDay: '2026-12-10',
      months: 3,
      article: expect.stringContaining('décret 2026-96'),
    });
    const longer = { ...s, deadline: D('2027-01-01') };
    expect(onOrderServed(longer, c, at(1), 1)).toMatchObject({
      state: { effective: [1], deadline: '2031-10-15' },
      message: {
        params: { serviceMonths: 3, oppositionMonths: 1, enforceFrom: '2026-12-16' },
      },
    });
    const late = setup([
      { type: 'injonction_order_issued', date: '2026-01-14' },
      { type: 'injonction_order_served', date: '2026-07-16' },
    ]);
    expect(onOrderServed(late.s, late.c, late.at(1), 1).message).toMatchObject({
      code: 'TRAIL_ORDER_LAPSED',
      params: { orderDate: '2026-01-14', lastDay: '2026-07-15', months: 6 },
    });
  });

  it('suspensions: the clock stops, resumes for at least 6 months; two kinds overlap', () => {
    const { c, s, at } = setup([
      { type: 'mediation_started', date: '2024-03-01' },
      { type: 'small_claims_accepted', date: '2024-04-01' },
      { type: 'mediation_ended', date: '2024-05-01' },
      { type: 'small_claims_ended', date: '2024-12-01' },
    ]);
    const started = onSuspensionStart(s, c, at<ItemOf<'mediation_started'>>(0), 0);
    expect(started).toMatchObject({
      effect: 'suspends',
      message: { params: { kind: 'mediation', daysLeft: 315, months: 6 } },
    });
    const both = onSuspensionStart(started.state, c, at(1), 1).state;
    expect(both.suspension?.kinds).toEqual(['mediation', 'small_claims']);
    const one = onSuspensionEnd(both, c, at(2), 2);
    expect(one.message.code).toBe('TRAIL_OTHER_SUSPENSION');
    expect(one.state.suspension?.kinds).toEqual(['small_claims']);
    expect(onSuspensionEnd(one.state, c, at(3), 3)).toMatchObject({
      effect: 'resumes',
      state: { suspension: null, deadline: '2025-10-12' },
      message: { params: { until: '2025-06-01', longStopYears: null } },
    });
    expect(onSuspensionEnd(s, c, at(2), 2).message.code).toBe('TRAIL_END_UNMATCHED');
  });

  it('judgment served: a title from the law parameter, and the period becomes 10 years', () => {
    const { c, s, at } = setup([
      { type: 'legal_action_filed', date: '2022-03-03' },
      { type: 'proceedings_ended', date: '2023-03-03', outcome: 'judgment' },
      { type: 'judgment_served', date: '2023-04-01' },
    ]);
    const o = onJudgmentServed(s, c, at(2), 2);
    expect(o.state).toMatchObject({
      years: 10,
      deadline: '2033-04-01',
      title: { servedOn: '2023-04-01', years: 10, deadline: '2033-04-01' },
    });
    const p = setup([], true);
    expect(onJudgmentServed(p.s, p.c, at(2), 2).message).toMatchObject({
      code: 'TRAIL_JUDGMENT_PUBLIC',
      params: { years: 4 },
    });
  });

  it('replayEvents: threads the state through the handlers and writes one entry per event', () => {
    const { c, s } = setup([
      { type: 'formal_notice_sent', date: '2021-01-05' },
      { type: 'payment_received', date: '2022-03-10' },
    ]);
    const { state, trail } = replayEvents(c, s);
    expect(state.deadline).toBe('2027-03-10');
    expect(trail.map((t) => [t.index, t.code, t.deadlineAfter])).toEqual([
      [0, 'TRAIL_FORMAL_NOTICE', '2025-01-10'],
      [1, 'TRAIL_INTERRUPTS', '2027-03-10'],
    ]);
  });
});
