import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { appendDunningEvent } from './append-event.js';
import { invoice, paid, sent } from './collections.fixtures.js';
import type { CollectionsEventInput } from './events.js';

const f = invoice('F-1', '2026-02-01', '2026-03-03');
const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isImpayesError(e)) return { code: e.code, path: e.path, message: e.message };
    throw e;
  }
  throw new Error('no error');
};

describe('appendDunningEvent', () => {
  it('returns a new log with the event appended', () => {
    const log: CollectionsEventInput[] = [sent('friendly-email', '2026-03-04')];
    const next = appendDunningEvent(f, log, paid('2026-03-10', '1200.00'), { today: '2026-03-10' });
    expect(next).toEqual([...log, paid('2026-03-10', '1200.00')]);
    expect(next).not.toBe(log);
    expect(next[0]).not.toBe(log[0]);
    expect(log).toHaveLength(1);
  });

  it('refuses an event the invoice status does not allow, naming the rule', () => {
    const log = [paid('2026-03-10', '1200.00')];
    expect(
      err(() => appendDunningEvent(f, log, sent('friendly-email', '2026-03-11'))),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: ['event'],
      message:
        'The new event (reminder_sent on 2026-03-11) cannot happen: the invoice is fully paid.',
    });
    expect(
      err(() =>
        appendDunningEvent(
          f,
          [sent('friendly-email', '2026-03-12')],
          sent('phone-call', '2026-03-10'),
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['event', 'date'] });
  });

  it('names an earlier event the log cannot take, and checks today', () => {
    expect(
      err(() =>
        appendDunningEvent(
          f,
          [{ type: 'resumed', date: '2026-03-01' }],
          sent('friendly-email', '2026-03-04'),
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: ['events', 0],
      message: expect.stringMatching(/^Event 0 /),
    });
    expect(
      err(() =>
        appendDunningEvent(f, [], sent('friendly-email', '2026-03-04'), { today: '2026-03-03' }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['event', 'date'],
    });
    expect(err(() => appendDunningEvent(f, [], { type: 'reminder_sent' } as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['event', 'date'],
    });
    expect(
      err(() => appendDunningEvent({ ...f, number: '' }, [], paid('2026-03-04', '1.00'))),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['invoice', 'number'],
    });
  });

  it('accepts one late-payment claim, on an invoice paid in full', () => {
    const claimed = {
      type: 'late_payment_claimed',
      date: '2026-03-25',
      penalties: '6.79',
      indemnity: '40.00',
    } as const;
    expect(
      err(() => appendDunningEvent(f, [sent('friendly-email', '2026-03-04')], claimed)),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: ['event'],
      message: expect.stringContaining('the invoice is overdue on that day'),
    });
    const log = appendDunningEvent(f, [paid('2026-03-20', '1200.00')], claimed);
    expect(log).toHaveLength(2);
    expect(
      err(() =>
        appendDunningEvent(f, log, {
          type: 'late_payment_claim_waived',
          date: '2026-03-26',
          reason: 'geste',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('already sent on 2026-03-25'),
    });
    // Later dunning events still go through (a payment of the claim).
    expect(appendDunningEvent(f, log, paid('2026-04-01', '46.79'))).toHaveLength(3);
    expect(
      err(() =>
        appendDunningEvent(
          f,
          [{ type: 'late_payment_claimed', date: 'x' } as never],
          paid('2026-04-01', '1.00'),
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['events', 0, 'date'] });
  });
});
