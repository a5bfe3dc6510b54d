import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import {
  analyse,
  dueDateIssues,
  type Item,
  pairInjonctions,
  pairProceedings,
  sortLimitationEvents,
  suspensionIssues,
  titleIssues,
} from './analysis.js';
import { type LimitationEventInput, LimitationEventSchema } from './events.js';

const items = (...events: LimitationEventInput[]): Item[] =>
  sortLimitationEvents(events.map((e) => LimitationEventSchema.parse(e)));
const due = '2026-01-10' as PlainDate;

describe('structural steps of the limitation engine', () => {
  it('sortLimitationEvents: by date, then the same-day order, keeping caller indexes', () => {
    const sorted = items(
      { type: 'injonction_order_served', date: '2026-03-01' },
      { type: 'injonction_order_issued', date: '2026-03-01' },
      { type: 'payment_received', date: '2026-02-01' },
    );
    expect(sorted.map((i) => [i.event.type, i.index])).toEqual([
      ['payment_received', 2],
      ['injonction_order_issued', 1],
      ['injonction_order_served', 0],
    ]);
  });

  it('dueDateIssues: only actions, orders and enforcement before the due date', () => {
    const list = items(
      { type: 'legal_action_filed', date: '2026-01-09' },
      { type: 'debtor_acknowledged', date: '2026-01-01' },
      { type: 'enforcement_measure', date: '2026-01-10' },
      { type: 'injonction_order_issued', date: '2025-12-31' },
    );
    expect(dueDateIssues(list, due).map((i) => i.path)).toEqual([
      ['events', 3, 'date'],
      ['events', 0, 'date'],
    ]);
    expect(dueDateIssues(list, due)[1]!.message).toMatch(/^a legal action cannot come before/);
  });

  it('suspensionIssues: a second start while one runs, an end without a start', () => {
    expect(
      suspensionIssues(
        items(
          { type: 'mediation_started', date: '2026-02-01' },
          { type: 'small_claims_accepted', date: '2026-02-02' },
          { type: 'mediation_ended', date: '2026-03-01' },
        ),
      ),
    ).toEqual([]);
    const bad = suspensionIssues(
      items(
        { type: 'small_claims_ended', date: '2026-02-01' },
        { type: 'mediation_started', date: '2026-02-02' },
        { type: 'mediation_started', date: '2026-02-03' },
      ),
    );
    expect(bad.map((i) => i.message)).toEqual([
      'small_claims_ended without an earlier start',
      'mediation_started while one is already under way',
    ]);
  });

  it('pairInjonctions: pairs each service with the latest order, late or in time', () => {
    const list = items(
      { type: 'injonction_order_issued', date: '2026-01-14' },
      { type: 'injonction_order_served', date: '2026-07-16' },
      { type: 'injonction_order_issued', date: '2026-08-01' },
      { type: 'injonction_order_served', date: '2026-08-10' },
      { type: 'injonction_order_issued', date: '2026-09-01' },
    );
    const p = pairInjonctions(list);
    expect([...p.orderDateOf]).toEqual([
      [1, '2026-01-14'],
      [3, '2026-08-01'],
    ]);
    // 6 months from 2026-01-14, moved past 14 July: 15 July is the last day.
    expect([...p.lateService]).toEqual([[1, '2026-07-15']]);
    expect([...p.timely]).toEqual([3]);
    expect(p.unservedOrders).toEqual([4]);
    expect(
      pairInjonctions(items({ type: 'injonction_order_served', date: '2026-02-01' })).issues,
    ).toHaveLength(1);
  });

  it('pairProceedings: an end closes the latest pending action; a failure voids it', () => {
    const list = items(
      { type: 'legal_action_filed', date: '2026-02-01' },
      { type: 'legal_action_filed', date: '2026-03-01' },
      { type: 'proceedings_ended', date: '2026-04-01', outcome: 'dismissed' },
      { type: 'proceedings_ended', date: '2026-05-01', outcome: 'judgment' },
      { type: 'proceedings_ended', date: '2026-06-01', outcome: 'judgment' },
    );
    const p = pairProceedings(list, new Set());
    expect([...p.endedAction]).toEqual([
      [2, 1],
      [3, 0],
    ]);
    expect([...p.voided]).toEqual([1]);
    expect(p.issues.map((i) => i.path)).toEqual([['events', 4, 'type']]);
    // A timely service opens proceedings (the opposition) like an action.
    const opposed = items(
      { type: 'injonction_order_issued', date: '2026-02-01' },
      { type: 'injonction_order_served', date: '2026-02-10' },
      { type: 'proceedings_ended', date: '2026-06-01', outcome: 'dismissed' },
    );
    expect([...pairProceedings(opposed, new Set([1])).voided]).toEqual([1]);
    expect(pairProceedings(opposed, new Set()).issues).toHaveLength(1);
  });

  it('titleIssues: a served judgment needs a judgment or a timely service not voided', () => {
    const list = items(
      { type: 'legal_action_filed', date: '2026-02-01' },
      { type: 'proceedings_ended', date: '2026-03-01', outcome: 'withdrawn' },
      { type: 'judgment_served', date: '2026-04-01' },
    );
    const ended = pairProceedings(list, new Set()).endedAction;
    expect(titleIssues(list, new Set(), ended).map((i) => i.path)).toEqual([['events', 2, 'type']]);
    // The same log with a timely service before it: still voided, still an issue.
    expect(titleIssues(list, new Set([0]), ended)).toHaveLength(1);
    expect(titleIssues(list.slice(2), new Set([0]), new Map())).toEqual([]);
  });

  it('analyse: one INVALID_INPUT with every issue, in the caller order', () => {
    const events: LimitationEventInput[] = [
      { type: 'judgment_served', date: '2026-05-01' },
      { type: 'mediation_ended', date: '2026-02-01' },
      { type: 'legal_action_filed', date: '2025-01-01' },
    ];
    expect(() => analyse(items(...events), due)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({ path: ['events', 0, 'type'] }),
          expect.objectContaining({ path: ['events', 1, 'type'] }),
          expect.objectContaining({ path: ['events', 2, 'date'] }),
        ],
      }),
    );
    const ok = analyse(
      items(
        { type: 'legal_action_filed', date: '2026-02-01' },
        { type: 'proceedings_ended', date: '2026-03-01', outcome: 'lapsed' },
      ),
      due,
    );
    expect([...ok.voided]).toEqual([0]);
    expect(ok.unservedOrders).toEqual([]);
  });
});
