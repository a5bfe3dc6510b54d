import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { analyse, sortLimitationEvents } from './analysis.js';
import { type LimitationEventInput, LimitationEventSchema } from './events.js';
import { limitationDeadline } from './index.js';
import {
  eventWarnings,
  finalStatus,
  longStopOf,
  relocalisedEntry,
  unservedWarning,
} from './limitation-deadline.js';
import { initialState, type ReplayContext } from './replay.js';

const D = (s: string) => s as PlainDate;

function context(events: LimitationEventInput[] = [], isPublic = false): ReplayContext {
  const items = sortLimitationEvents(events.map((e) => LimitationEventSchema.parse(e)));
  return {
    isPublic,
    startDate: D('2020-01-10'),
    birth: D('2020-01-10'),
    longStopDate: D('2040-01-10'),
    items,
    analysis: analyse(items, D('2020-01-10')),
  };
}

describe('final steps of the limitation engine', () => {
  const c = context();
  const s = initialState(c, 5);

  it('finalStatus: running, expired, pending, or suspended with a provisional deadline', () => {
    expect(finalStatus(s, c, D('2025-01-10'))).toMatchObject({
      status: 'running',
      deadline: '2025-01-10',
      warning: null,
      message: { code: 'STATUS_RUNNING' },
    });
    expect(finalStatus(s, c, D('2025-01-11'))).toMatchObject({
      status: 'expired',
      warning: { code: 'LIMITATION_EXPIRED', article: 'C. civ. 2219, 2229' },
    });
    expect(finalStatus({ ...s, pending: 1 }, c, D('2030-01-01'))).toMatchObject({
      status: 'suspended',
      deadline: null,
      warning: { code: 'PROCEEDINGS_PENDING' },
    });
    const suspension = {
      since: D('2024-12-01'),
      remaining: 40,
      remainingExempt: 0,
      newPeriod: false,
      newPeriodExempt: false,
      kinds: ['mediation' as const],
    };
    expect(finalStatus({ ...s, suspension }, c, D('2025-03-01'))).toMatchObject({
      status: 'suspended',
      deadline: '2025-09-01',
      capHit: false,
      warning: { code: 'LIMITATION_SUSPENDED', params: { since: '2024-12-01' } },
    });
  });

  it('eventWarnings: formal notice, acts after expiry, lapsed and unserved orders', () => {
    const ev = context([
      { type: 'formal_notice_sent', date: '2021-01-05' },
      { type: 'injonction_order_issued', date: '2021-02-01' },
      { type: 'injonction_order_served', date: '2021-09-01' },
      { type: 'injonction_order_issued', date: '2021-10-01' },
    ]);
    const w = eventWarnings('professional', { ...s, afterExpiry: 2 }, ev, D('2021-11-01'));
    expect(w.map((x) => x.code)).toEqual([
      'FORMAL_NOTICE_NO_EFFECT',
      'EVENT_AFTER_EXPIRY',
      'INJONCTION_LAPSED',
      'INJONCTION_NOT_SERVED',
    ]);
    expect(eventWarnings('public', s, context([], true), D('2021-11-01'))).toEqual([]);
  });

  it('unservedWarning: still to serve, then lapsed after the last day', () => {
    const ev = context([{ type: 'injonction_order_issued', date: '2021-02-01' }]);
    expect(unservedWarning(ev, 0, D('2021-08-02'))).toMatchObject({
      code: 'INJONCTION_NOT_SERVED',
      params: { issued: '2021-02-01', lastDay: '2021-08-02' },
    });
    expect(unservedWarning(ev, 0, D('2021-08-03')).code).toBe('INJONCTION_LAPSED');
  });

  it('longStopOf: 20 years from the birth of the right; only informative for a public debtor', () => {
    expect(longStopOf(c, true)).toMatchObject({
      date: '2040-01-10',
      binding: true,
      explanationMessage: { code: 'LONG_STOP', params: { years: 20, birth: '2020-01-10' } },
    });
    expect(longStopOf(context([], true), false).explanationMessage.code).toBe('LONG_STOP_PUBLIC');
  });

  it('relocalisedEntry: the same code and params, the sentence in the other locale', () => {
    const r = limitationDeadline({
      debtor: 'professional',
      dueDate: '2020-01-10',
      events: [{ type: 'debtor_acknowledged', date: '2022-03-03' }],
    });
    const en = relocalisedEntry(r.trail[0]!, 'en');
    expect(en.explanation).toBe(
      "The debtor's acknowledgement interrupts limitation: a new 5-year period runs from 2022-03-03.",
    );
    expect({ ...en, explanation: '' }).toEqual({ ...r.trail[0]!, explanation: '' });
    expect(en.params).not.toBe(r.trail[0]!.params);
  });
});
