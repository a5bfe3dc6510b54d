import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { dec } from '../internal/decimal.js';
import type { DunningEvent } from './events.js';
import { DunningEventSchema, dunningEventTypes } from './events.js';
import {
  type LimitationView,
  limitationEventsByType,
  limitationEventsOf,
  limitationEventsOfMove,
} from './limitation-events.js';

const view: LimitationView = {
  debtorKind: 'professional',
  legalPending: false,
  judged: false,
  orderServed: false,
  einvoice: { paymentInTransitWorkingDays: 3, region: 'metropolitan' },
};
const date = '2026-04-01';

function ev(input: Record<string, unknown>): DunningEvent {
  return DunningEventSchema.parse({ date, ...input });
}

describe('limitationEventsByType (issue 13 item 4: one table)', () => {
  it('has one row per event type, no more', () => {
    expect(Object.keys(limitationEventsByType).sort()).toEqual([...dunningEventTypes].sort());
  });

  it('gives nothing for the events that do not touch limitation', () => {
    const quiet = [
      ev({ type: 'credit_note_issued', amount: '10.00' }),
      ev({ type: 'dispute_opened', reason: 'late delivery' }),
      ev({ type: 'dispute_resolved', outcome: 'rejected' }),
      ev({ type: 'insolvency_opened', proceeding: 'sauvegarde', publishedOn: date }),
      ev({ type: 'paused', reason: 'call' }),
      ev({ type: 'resumed' }),
      ev({ type: 'written_off', reason: 'lost' }),
      ev({ type: 'reminder_sent', stepId: 's', channel: 'email' }),
    ];
    for (const e of quiet) expect(limitationEventsOf(e, view), e.type).toEqual([]);
  });

  it('turns payments, promises, plans and acknowledgements into C. civ. 2240 events', () => {
    const plan = ev({
      type: 'payment_plan_agreed',
      installments: [{ dueDate: date, amount: '1' }],
    });
    expect(limitationEventsOf(ev({ type: 'payment_received', amount: '5.00' }), view)).toEqual([
      { type: 'payment_received', date },
    ]);
    for (const e of [
      ev({ type: 'promise_to_pay', promisedDate: date }),
      plan,
      ev({ type: 'debtor_acknowledged' }),
    ])
      expect(limitationEventsOf(e, view)).toEqual([{ type: 'debtor_acknowledged', date }]);
  });

  it('passes mediation, formal notice and a declaration in insolvency on', () => {
    expect(limitationEventsOf(ev({ type: 'mediation_started' }), view)).toEqual([
      { type: 'mediation_started', date },
    ]);
    expect(limitationEventsOf(ev({ type: 'mediation_ended' }), view)).toEqual([
      { type: 'mediation_ended', date },
    ]);
    expect(limitationEventsOf(ev({ type: 'formal_notice_sent', deadlineDays: 8 }), view)).toEqual([
      { type: 'formal_notice_sent', date },
    ]);
    expect(limitationEventsOf(ev({ type: 'claim_declared' }), view)).toEqual([
      { type: 'legal_action_filed', date, kind: 'other' },
    ]);
  });

  it('a written reminder interrupts only against a public debtor', () => {
    const pub = { ...view, debtorKind: 'public' } as const;
    const mail = ev({ type: 'reminder_sent', stepId: 's', channel: 'letter' });
    const phone = ev({ type: 'reminder_sent', stepId: 's', channel: 'phone' });
    expect(limitationEventsOf(mail, pub)).toEqual([{ type: 'public_claim_written', date }]);
    expect(limitationEventsOf(phone, pub)).toEqual([]);
    expect(limitationEventsOf(mail, view)).toEqual([]);
  });

  it('only a writ or a référé is a demand in court, once while pending', () => {
    const route = (r: string) => ev({ type: 'legal_action_filed', route: r });
    expect(limitationEventsOf(route('ordinary_action'), view)).toEqual([
      { type: 'legal_action_filed', date, kind: 'writ' },
    ]);
    expect(limitationEventsOf(route('refere_provision'), view)).toEqual([
      { type: 'legal_action_filed', date, kind: 'interim' },
    ]);
    expect(limitationEventsOf(route('injonction_de_payer'), view)).toEqual([]);
    expect(limitationEventsOf(route('small_claims'), view)).toEqual([]);
    expect(limitationEventsOf(route('ordinary_action'), { ...view, legalPending: true })).toEqual(
      [],
    );
  });

  it('an injonction order served gives its order date and its service', () => {
    const served = ev({ type: 'injonction_order_served', orderDate: '2026-03-01' });
    expect(limitationEventsOf(served, view)).toEqual([
      { type: 'injonction_order_issued', date: '2026-03-01' },
      { type: 'injonction_order_served', date },
    ]);
    expect(limitationEventsOf(ev({ type: 'injonction_order_served' }), view)[0]).toEqual({
      type: 'injonction_order_issued',
      date,
    });
  });

  it('a served judgment ends pending proceedings, and needs a title behind it', () => {
    const j = ev({ type: 'judgment_served' });
    expect(limitationEventsOf(j, view)).toEqual([]);
    expect(limitationEventsOf(j, { ...view, legalPending: true })).toEqual([
      { type: 'proceedings_ended', date, outcome: 'judgment' },
      { type: 'judgment_served', date },
    ]);
    const served = [{ type: 'judgment_served', date }];
    expect(limitationEventsOf(j, { ...view, judged: true })).toEqual(served);
    expect(limitationEventsOf(j, { ...view, orderServed: true })).toEqual(served);
  });

  it('an e-invoicing status is a payment only when it is a 212 with its amount', () => {
    const paid = ev({ type: 'einvoice_status', code: 212, amounts: { paid: '100.00' } });
    const noAmount = ev({ type: 'einvoice_status', code: 212 });
    const received = ev({ type: 'einvoice_status', code: 203 });
    expect(limitationEventsOf(paid, view)).toEqual([{ type: 'payment_received', date }]);
    expect(limitationEventsOf(noAmount, view)).toEqual([]);
    expect(limitationEventsOf(received, view)).toEqual([]);
  });

  it('returns fresh arrays: a caller cannot change the table', () => {
    const e = ev({ type: 'debtor_acknowledged' });
    limitationEventsOf(e, view).push({ type: 'debtor_acknowledged', date: '2020-01-01' });
    expect(limitationEventsOf(e, view)).toHaveLength(1);
    expect(Object.isFrozen(limitationEventsByType)).toBe(true);
  });

  it("the invoice's own payments count, its credit notes do not", () => {
    const m = { date: date as PlainDate, amount: dec('1'), index: -1 } as const;
    expect(limitationEventsOfMove({ ...m, kind: 'payment' })).toEqual([
      { type: 'payment_received', date },
    ]);
    expect(limitationEventsOfMove({ ...m, kind: 'credit' })).toEqual([]);
  });
});
