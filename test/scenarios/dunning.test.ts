// Whole stories, each step asserted (issue 6, "Done means").

import { describe, expect, it } from 'vitest';
import {
  actions,
  b2bInvoice,
  consumerInvoice,
  everyDay,
  runDays,
} from '../../src/dunning/dunning.fixtures.js';
import {
  type DunningDecision,
  type DunningEventInput,
  dunningState,
  nextDunningStep,
} from '../../src/dunning/internal.js';
import type { InvoiceLike } from '../../src/invoice/internal.js';

const ev = {
  courtesy: {
    type: 'reminder_sent',
    date: '2026-02-27',
    stepId: 'courtesy-notice',
    channel: 'email',
  },
  email: { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
  phone: { type: 'reminder_sent', date: '2026-03-09', stepId: 'phone-call', channel: 'phone' },
  written: {
    type: 'reminder_sent',
    date: '2026-03-13',
    stepId: 'written-reminder',
    channel: 'letter',
  },
} as const satisfies Record<string, DunningEventInput>;

function decide(
  events: ReadonlyArray<DunningEventInput>,
  today: string,
  invoice: unknown = b2bInvoice,
) {
  return nextDunningStep(invoice as InvoiceLike, events, { today });
}

function expectAction(d: DunningDecision, stepId: string, dueOn: string, late: boolean) {
  expect(d).toMatchObject({ type: 'action', step: { id: stepId }, dueOn, late });
}

function codes(d: DunningDecision): string[] {
  return d.warnings.map((w) => w.code);
}

describe('dunning stories', () => {
  it('stops after the first reminder when the invoice is paid', () => {
    expectAction(decide([], '2026-02-27'), 'courtesy-notice', '2026-02-27', false);
    expect(decide([ev.courtesy], '2026-03-01')).toMatchObject({
      type: 'wait',
      until: '2026-03-04',
      reason: 'not_due',
    });
    const first = decide([ev.courtesy], '2026-03-04');
    expectAction(first, 'friendly-email', '2026-03-04', false);
    expect(first).toMatchObject({
      amounts: { principal: '1200.00', penalties: '0.40', indemnity: '40.00', total: '1240.40' },
      record: ev.email,
      idempotencyKey: 'F-2026-001:friendly-email:2026-03-04',
    });
    const paid = [
      ev.courtesy,
      ev.email,
      { type: 'payment_received', date: '2026-03-06', amount: '1200.00' },
    ] as const;
    expect(decide(paid, '2026-03-09')).toMatchObject({
      type: 'none',
      reason: 'paid',
      status: 'paid',
    });
    expect(decide(paid, '2026-06-01')).toMatchObject({ type: 'none', reason: 'paid' });
  });

  it('catches up a missed daily run one late step at a time, never two at once, never a repeat', () => {
    // The app ran until 2026-03-04, then not for two weeks.
    const days = [...everyDay('2026-02-25', '2026-03-04'), ...everyDay('2026-03-19', '2026-04-05')];
    const { run } = runDays(b2bInvoice, [], days);
    expect(actions(run)).toEqual([
      '2026-02-27 courtesy-notice',
      '2026-03-04 friendly-email',
      '2026-03-19 phone-call',
      '2026-03-23 written-reminder',
      // Its own date (03-23) is past: three days after the last step, then the notice on its date.
      '2026-03-26 registered-letter',
      '2026-04-02 formal-notice',
    ]);
    const back = run.find((r) => r.day === '2026-03-19')!.decision;
    // The earliest missed step (phone call, due 03-09), not the written reminder also due since 03-13.
    expectAction(back, 'phone-call', '2026-03-09', true);
    expect(run.find((r) => r.day === '2026-03-20')!.decision).toMatchObject({
      type: 'wait',
      until: '2026-03-23',
      next: { step: { id: 'written-reminder' }, dueOn: '2026-03-23' },
    });
    // The next step waits for the minimum gap after the late one.
    expectAction(
      run.find((r) => r.day === '2026-03-23')!.decision,
      'written-reminder',
      '2026-03-23',
      false,
    );
    const ids = run.flatMap((r) => (r.decision.type === 'action' ? [r.decision.step.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the ladder after a part payment and updates the amounts', () => {
    const events = [
      ev.courtesy,
      ev.email,
      ev.phone,
      { type: 'payment_received', date: '2026-03-11', amount: '600.00' },
    ] as const;
    const d = decide(events, '2026-03-13');
    expectAction(d, 'written-reminder', '2026-03-13', false);
    // 1 200 € for 8 days (03-04..03-11, the payment day bears interest) + 600 € for 2 days, 12.15 %.
    expect(d).toMatchObject({
      amounts: { principal: '600.00', penalties: '3.60', indemnity: '40.00', total: '643.60' },
    });
    const state = dunningState(b2bInvoice, events, { asOf: '2026-03-13' });
    expect(state.balances).toMatchObject({ paid: '600.00', outstanding: '600.00' });
    // A part payment acknowledges the debt: limitation restarts from it (C. civ. 2240).
    expect(state.limitation).toMatchObject({ deadline: '2031-03-11', status: 'running' });
  });

  it('stops during a dispute and resumes where it stopped when the dispute is rejected', () => {
    const disputed = [
      ev.courtesy,
      ev.email,
      ev.phone,
      ev.written,
      { type: 'dispute_opened', date: '2026-03-16', reason: 'Livraison incomplète' },
    ] as const;
    expect(decide(disputed, '2026-03-16')).toMatchObject({
      type: 'wait',
      reason: 'dispute',
      until: null,
    });
    // The registered letter was due on 03-23: nothing is sent while the dispute is open.
    const during = decide(disputed, '2026-03-30');
    expect(during).toMatchObject({ type: 'wait', reason: 'dispute', status: 'disputed' });
    expect(during).not.toHaveProperty('step');
    const rejected = [
      ...disputed,
      { type: 'dispute_resolved', date: '2026-04-01', outcome: 'rejected' },
    ] as const;
    const d = decide(rejected, '2026-04-01');
    expectAction(d, 'registered-letter', '2026-04-01', false);
    // Penalties kept accruing during the dispute.
    expect(d).toMatchObject({ amounts: { penalties: '11.58' } });
  });

  it('waits for a promise, which is then kept', () => {
    const promised = [
      ev.courtesy,
      ev.email,
      { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' },
    ] as const;
    expect(decide(promised, '2026-03-09')).toMatchObject({
      type: 'wait',
      reason: 'promise',
      until: '2026-03-13',
      status: 'promised',
    });
    const kept = [
      ...promised,
      { type: 'payment_received', date: '2026-03-12', amount: '1200.00' },
    ] as const;
    expect(decide(kept, '2026-03-13')).toMatchObject({ type: 'none', reason: 'paid' });
    expect(dunningState(b2bInvoice, kept, { asOf: '2026-03-13' })).toMatchObject({
      promise: { state: 'kept' },
      brokenPromises: 0,
    });
  });

  it('resumes the day after a broken promise, with the next level', () => {
    const promised = [
      ev.courtesy,
      ev.email,
      { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' },
    ] as const;
    const d = decide(promised, '2026-03-13');
    expectAction(d, 'phone-call', '2026-03-13', false);
    expect(codes(d)).toContain('PROMISE_BROKEN');
    expect(dunningState(b2bInvoice, promised, { asOf: '2026-03-13' })).toMatchObject({
      status: 'overdue',
      promise: { state: 'broken' },
      brokenPromises: 1,
      resumedOn: '2026-03-13',
    });
  });

  it('follows a payment plan and resumes when an installment is missed', () => {
    const plan: DunningEventInput[] = [
      ev.courtesy,
      ev.email,
      {
        type: 'payment_plan_agreed',
        date: '2026-03-06',
        installments: [
          { dueDate: '2026-03-20', amount: '400.00' },
          { dueDate: '2026-04-20', amount: '400.00' },
          { dueDate: '2026-05-20', amount: '400.00' },
        ],
      },
    ];
    expect(decide(plan, '2026-03-10')).toMatchObject({
      type: 'wait',
      reason: 'payment_plan',
      until: '2026-03-21',
    });
    const firstPaid: DunningEventInput[] = [
      ...plan,
      { type: 'payment_received', date: '2026-03-19', amount: '400.00' },
    ];
    expect(decide(firstPaid, '2026-03-21')).toMatchObject({
      type: 'wait',
      reason: 'payment_plan',
      until: '2026-04-21',
    });
    // The second installment is not paid: dunning resumes on 04-21 with the next level.
    const d = decide(firstPaid, '2026-04-21');
    expectAction(d, 'phone-call', '2026-04-21', false);
    expect(codes(d)).toContain('INSTALLMENT_MISSED');
    expect(d).toMatchObject({ amounts: { principal: '800.00' } });
    expect(dunningState(b2bInvoice, firstPaid, { asOf: '2026-04-21' })).toMatchObject({
      status: 'overdue',
      plan: { state: 'missed', missedInstallmentOn: '2026-04-20' },
      missedPlans: 1,
    });
  });

  it('claims no interest from a consumer until the formal notice, then legal interest', () => {
    const { run, log } = runDays(consumerInvoice, [], everyDay('2026-02-25', '2026-04-20'));
    expect(actions(run)).toEqual([
      '2026-02-27 courtesy-notice',
      '2026-03-04 friendly-email',
      '2026-03-09 phone-call',
      '2026-03-13 written-reminder',
      '2026-03-23 registered-letter',
      '2026-04-02 formal-notice',
    ]);
    for (const r of run)
      if (r.decision.type === 'action') {
        // No interest and no 40 € before the formal notice (C. civ. 1231-6; D441-5 is B2B only).
        expect(r.decision.amounts).toMatchObject({ penalties: '0.00', indemnity: '0.00' });
        expect(codes(r.decision)).toContain('CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE');
      }
    expect(log.at(-1)).toEqual({
      type: 'formal_notice_sent',
      date: '2026-04-02',
      deadlineDays: 15,
      stepId: 'formal-notice',
      channel: 'registered_letter',
    });
    expect(run.find((r) => r.day === '2026-04-10')!.decision).toMatchObject({
      type: 'wait',
      reason: 'formal_notice_deadline',
      until: '2026-04-18',
    });
    const after = run.find((r) => r.day === '2026-04-20')!.decision;
    expect(after).toMatchObject({
      type: 'escalate',
      trigger: 'formal_notice_expired',
      amounts: { interestFrom: '2026-04-03', indemnity: '0.00', regime: 'legal-interest' },
    });
    expect(codes(after)).not.toContain('CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE');
    expect(Number((after as { amounts: { penalties: string } }).amounts.penalties)).toBeGreaterThan(
      0,
    );
  });

  it('asks to declare the claim within 2 months of the BODACC publication in insolvency', () => {
    const opened = [
      ev.courtesy,
      ev.email,
      ev.phone,
      {
        type: 'insolvency_opened',
        date: '2026-03-20',
        proceeding: 'redressement',
        publishedOn: '2026-03-27',
      },
    ] as const;
    const d = decide(opened, '2026-03-30');
    expect(d).toMatchObject({
      type: 'declare_claim',
      status: 'insolvency',
      deadline: '2026-05-27',
      reliefDeadline: '2026-09-28',
      late: false,
      openedOn: '2026-03-20',
      // Penalties stop the day before the opening (L622-28): 03-04..03-19 = 16 days at 12.15 %.
      amounts: { principal: '1200.00', penalties: '6.39', indemnity: '40.00', total: '1246.39' },
    });
    expect(codes(d)).toEqual(expect.arrayContaining(['INSOLVENCY_STAY', 'INTEREST_STOPPED']));
    const abroad = nextDunningStep(b2bInvoice, opened, {
      today: '2026-03-30',
      policy: { creditorAbroad: true },
    });
    expect(abroad).toMatchObject({ type: 'declare_claim', deadline: '2026-07-27' });
    // No reminder may be sent any more (C. com. L622-21).
    expect(() => decide([...opened, { ...ev.written, date: '2026-03-31' }], '2026-04-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION', path: ['events', 4] }),
    );
    const late = decide(opened, '2026-06-01');
    expect(late).toMatchObject({ type: 'declare_claim', late: true });
    expect(codes(late)).toContain('CLAIM_DEADLINE_PASSED');
    const declared = [...opened, { type: 'claim_declared', date: '2026-04-02' }] as const;
    expect(decide(declared, '2026-04-03')).toMatchObject({
      type: 'none',
      reason: 'claim_declared',
    });
  });

  it('warns of limitation and escalates before a B2C claim lapses, 23 months after completion', () => {
    // Works completed 2024-01-15, invoiced late: limitation ends 2026-01-15 (C. conso L218-2).
    const invoice = {
      ...consumerInvoice,
      number: 'F-2025-090',
      deliveryDate: '2024-01-15',
      issueDate: '2025-09-01',
      dueDate: '2025-10-01',
    };
    const { run } = runDays(invoice, [], everyDay('2025-09-20', '2025-12-15'));
    expect(actions(run)).toEqual([
      '2025-09-26 courtesy-notice',
      '2025-10-02 friendly-email',
      '2025-10-06 phone-call',
      '2025-10-13 written-reminder',
      '2025-10-21 registered-letter',
      '2025-10-31 formal-notice',
    ]);
    const first = run.find((r) => r.day === '2025-10-02')!.decision;
    expect(codes(first)).toContain('LIMITATION_SOON');
    const soon = first.warnings.find((w) => w.code === 'LIMITATION_SOON')!;
    // French by default (issue 14), with the deadline in its params.
    expect(soon.params).toMatchObject({ deadline: '2026-01-15' });
    expect(soon.message).toContain('15 janvier 2026');
    expect(soon.message).toMatch(/mise en demeure[^.]*ne l.interrompt PAS/);
    const notice = run.find((r) => r.day === '2025-10-31')!.decision;
    expect(codes(notice)).toContain('FORMAL_NOTICE_NO_INTERRUPTION');
    // 75 days before the deadline (consumer variant) the amicable phase stops.
    expect(run.find((r) => r.day === '2025-11-01')!.decision).toMatchObject({
      type: 'escalate',
      trigger: 'limitation_imminent',
      actBefore: '2026-01-15',
    });
    const at23months = run.at(-1)!.decision;
    expect(at23months).toMatchObject({
      type: 'escalate',
      trigger: 'limitation_imminent',
      actBefore: '2026-01-15',
      idempotencyKey: 'F-2025-090:escalate:limitation_imminent:2025-11-01',
    });
    expect(codes(at23months)).toContain('LIMITATION_SOON');
    const ip = (
      at23months as {
        options: ReadonlyArray<{ route: string; eligible: boolean; court: string | null }>;
      }
    ).options.find((o) => o.route === 'injonction_de_payer');
    expect(ip).toMatchObject({ eligible: true });
    expect(ip!.court).toContain('tribunal judiciaire');
    // Once it has lapsed, nothing more is asked.
    expect(decide([], '2026-01-16', invoice)).toMatchObject({
      type: 'none',
      reason: 'time_barred',
    });
  });
});
