import { describe, expect, it } from 'vitest';
import { b2bInvoice } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { dunningTimeline } from './timeline.js';

const summary = (t: ReturnType<typeof dunningTimeline>) =>
  t.entries.map((e) => `${e.date} ${e.type} ${e.status} ${e.stepId ?? ''}`.trim());

describe('dunningTimeline', () => {
  it('projects the dated ladder with amounts, then the escalation and the limitation date', () => {
    const t = dunningTimeline(b2bInvoice, [], { today: '2026-02-20' });
    expect(summary(t)).toEqual([
      '2026-02-27 step planned courtesy-notice',
      '2026-03-04 step planned friendly-email',
      '2026-03-09 step planned phone-call',
      '2026-03-13 step planned written-reminder',
      '2026-03-23 step planned registered-letter',
      '2026-04-02 step planned formal-notice',
      '2026-04-17 formal_notice_deadline planned',
      '2026-04-18 escalation planned',
      '2031-03-03 limitation_deadline planned',
    ]);
    expect(t.entries[1]!.amounts).toMatchObject({ total: '1240.40' });
    expect(t.status).toBe('not_due');
  });

  it('shows what was done, what is due today and a dropped pre-due notice', () => {
    const events: DunningEventInput[] = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
      { type: 'reminder_sent', date: '2026-03-05', stepId: 'custom-sms', channel: 'sms' },
    ];
    const t = dunningTimeline(b2bInvoice, events, { today: '2026-03-10' });
    expect(summary(t).slice(0, 4)).toEqual([
      '2026-02-27 step dropped courtesy-notice',
      '2026-03-04 step done friendly-email',
      '2026-03-05 step done custom-sms',
      '2026-03-10 step due phone-call',
    ]);
    expect(t.entries[2]!.step).toBeNull();
  });

  it('assumes broken promises and stops at an open-ended hold', () => {
    const promise: DunningEventInput[] = [
      { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' },
    ];
    const t = dunningTimeline(b2bInvoice, promise, { today: '2026-03-06' });
    expect(summary(t).slice(0, 2)).toEqual([
      '2026-02-27 step dropped courtesy-notice',
      '2026-03-13 step planned friendly-email',
    ]);
    const dispute: DunningEventInput[] = [
      { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
    ];
    expect(summary(dunningTimeline(b2bInvoice, dispute, { today: '2026-03-06' })).at(-1)).toBe(
      'null hold planned',
    );
  });

  it('shows a formal notice already sent and its deadline', () => {
    const events: DunningEventInput[] = [
      { type: 'formal_notice_sent', date: '2026-03-20', deadlineDays: 15, stepId: 'formal-notice' },
    ];
    const t = dunningTimeline(b2bInvoice, events, { today: '2026-04-10' });
    expect(summary(t)).toContain('2026-03-20 step done formal-notice');
    expect(summary(t)).toContain('2026-04-07 formal_notice_deadline done');
    expect(summary(t)).toContain('2026-04-10 escalation due');
  });

  it('ends with the claim declaration in insolvency, and is empty once paid', () => {
    const events: DunningEventInput[] = [
      {
        type: 'insolvency_opened',
        date: '2026-03-20',
        proceeding: 'liquidation',
        publishedOn: '2026-03-27',
      },
    ];
    expect(summary(dunningTimeline(b2bInvoice, events, { today: '2026-03-30' }))).toEqual([
      '2026-05-27 declare_claim due',
    ]);
    const paid: DunningEventInput[] = [
      { type: 'payment_received', date: '2026-03-05', amount: '1200.00' },
    ];
    expect(dunningTimeline(b2bInvoice, paid, { today: '2026-03-30' }).entries).toEqual([]);
  });
});
