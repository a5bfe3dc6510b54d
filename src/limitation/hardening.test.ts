import { describe, expect, it } from 'vitest';
import { limitationDeadline } from './english.fixture.js';

describe('issue 12: limitation as of a date', () => {
  const claim = {
    debtor: 'professional',
    dueDate: '2015-03-10',
    events: [
      { type: 'mediation_started', date: '2016-01-10' },
      { type: 'payment_received', date: '2019-01-01' },
      { type: 'mediation_ended', date: '2018-06-01' },
    ],
  } as const;

  it('issue 12 item 8: events after asOf are not applied and give EVENTS_AFTER_AS_OF', () => {
    const r = limitationDeadline(claim, { asOf: '2017-01-01' });
    // Replayed on 2017-01-01: the mediation is still under way, the later acts are not known yet.
    expect(r.status).toBe('suspended');
    expect(r.trail.map((t) => t.index)).toEqual([0]);
    expect(r.warnings).toContainEqual({
      code: 'EVENTS_AFTER_AS_OF',
      params: { count: 2, firstDate: '2018-06-01', asOf: '2017-01-01' },
      severity: 'warning',
      message:
        '2 events dated after 2017-01-01 (the first on 2018-06-01) were not applied: the result is computed as of 2017-01-01.',
      article: 'n/a',
      details: { count: 2, firstDate: '2018-06-01' },
    });
    const later = limitationDeadline(claim, { asOf: '2019-01-01' });
    expect(later.trail.map((t) => t.index)).toEqual([0, 2, 1]);
    expect(later.warnings.some((w) => w.code === 'EVENTS_AFTER_AS_OF')).toBe(false);
    expect(limitationDeadline(claim).warnings.some((w) => w.code === 'EVENTS_AFTER_AS_OF')).toBe(
      false,
    );
  });

  it('issue 12 item 1: the period is a fresh object, not the module table', () => {
    const first = limitationDeadline(claim);
    (first.period as { years: number }).years = 99;
    expect(limitationDeadline(claim).period.years).toBe(5);
  });
});
