import { describe, expect, it } from 'vitest';
import { b2bInvoice } from './dunning.fixtures.js';
import { dunningState } from './state.js';
import { can, dunningStatuses, dunningTransitions, toMermaid } from './transitions.js';

describe('dunningTransitions', () => {
  it('only names known statuses', () => {
    for (const t of dunningTransitions) {
      for (const s of t.from) expect(dunningStatuses).toContain(s);
      for (const s of t.to) if (s !== 'same') expect(dunningStatuses).toContain(s);
    }
  });
});

describe('can', () => {
  const overdue = dunningState(b2bInvoice, [], { asOf: '2026-03-10' });
  const paid = dunningState(
    b2bInvoice,
    [{ type: 'payment_received', date: '2026-03-05', amount: '1200.00' }],
    { asOf: '2026-03-10' },
  );
  it('allows a reminder on an overdue invoice, not on a paid one', () => {
    const reminder = {
      type: 'reminder_sent',
      date: '2026-03-10',
      stepId: 'friendly-email',
      channel: 'email',
    } as const;
    expect(can(overdue, reminder as never)).toBe(true);
    expect(can(paid, reminder as never)).toBe(false);
  });
  it('checks the guards (resolving a dispute that is not open)', () => {
    expect(
      can(overdue, { type: 'dispute_resolved', date: '2026-03-10', outcome: 'rejected' } as never),
    ).toBe(false);
    expect(can(overdue, { type: 'resumed', date: '2026-03-10' } as never)).toBe(false);
    expect(
      can(overdue, { type: 'payment_plan_agreed', date: '2026-03-10', installments: [] } as never),
    ).toBe(false);
    expect(
      can(overdue, {
        type: 'payment_plan_agreed',
        date: '2026-03-10',
        installments: [{ dueDate: '2026-04-01', amount: '100' }],
      } as never),
    ).toBe(true);
  });
});

describe('toMermaid', () => {
  it('draws a state diagram with the status changes and the time transitions', () => {
    const m = toMermaid();
    expect(m.split('\n')[0]).toBe('stateDiagram-v2');
    expect(m).toContain('  overdue --> formal_notice: formal_notice_sent');
    expect(m).toContain('  disputed --> overdue: dispute_resolved');
    expect(m).toContain('  due --> overdue: (time) the first day late');
    expect(m).not.toMatch(/^ +(\w+) --> \1:/m);
  });
});
