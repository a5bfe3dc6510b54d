import { describe, expect, it } from 'vitest';
import { DunningEventSchema, dunningEventTypes } from './events.js';
import { limitationEventsByType } from './limitation-events.js';
import { dunningHandlers } from './state.js';

describe('dunningEventTypes (issue 13 item 4: derived from the schema)', () => {
  it('lists exactly the discriminants the schema accepts, in its order', () => {
    for (const type of dunningEventTypes) {
      const r = DunningEventSchema.safeParse({ type, date: '2026-04-01' });
      // Accepted as a member (other fields may be missing), never an unknown discriminant.
      const issues = r.success ? [] : r.error.issues;
      expect(
        issues.some((i) => i.path.length === 1 && i.path[0] === 'type'),
        type,
      ).toBe(false);
    }
    const unknown = DunningEventSchema.safeParse({ type: 'phoned_twice', date: '2026-04-01' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(['type']);
  });

  it('keeps the published content and order', () => {
    expect(dunningEventTypes).toEqual([
      'reminder_sent',
      'payment_received',
      'credit_note_issued',
      'promise_to_pay',
      'dispute_opened',
      'dispute_resolved',
      'payment_plan_agreed',
      'mediation_started',
      'mediation_ended',
      'formal_notice_sent',
      'legal_action_filed',
      'injonction_order_served',
      'judgment_served',
      'insolvency_opened',
      'claim_declared',
      'debtor_acknowledged',
      'paused',
      'resumed',
      'written_off',
      'einvoice_status',
    ]);
    expect(Object.isFrozen(dunningEventTypes)).toBe(true);
  });

  it('is the key set of the fold handlers and of the limitation table', () => {
    const sorted = [...dunningEventTypes].sort();
    expect(Object.keys(dunningHandlers).sort()).toEqual(sorted);
    expect(Object.keys(limitationEventsByType).sort()).toEqual(sorted);
  });
});
