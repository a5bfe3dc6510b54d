import { describe, expect, it } from 'vitest';
import { computeLatePenalties } from '../penalties/internal.js';
import { b2bInvoice, consumerInvoice } from './dunning.fixtures.js';
import { type DunningDecision, nextDunningStep } from './next-step.js';

const paidOn = (date: string, amount = '1200.00') => ({
  type: 'payment_received' as const,
  date,
  amount,
});

function none(d: DunningDecision) {
  if (d.type !== 'none') throw new Error(`not none: ${d.type}`);
  return d;
}

describe('claims after late payment (issue 15)', () => {
  it('issue 15 item claims: a B2B invoice paid late still reports its penalties and the 40 € indemnity', () => {
    const d = none(nextDunningStep(b2bInvoice, [paidOn('2026-04-02')], { today: '2026-04-10' }));
    expect(d.reason).toBe('paid');
    // The penalties are what the penalties module computes for the same payment.
    const r = computeLatePenalties({
      debtor: 'professional',
      amount: '1200.00',
      dueDate: '2026-03-03',
      payments: [{ date: '2026-04-02', amount: '1200.00' }],
      asOf: '2026-04-10',
    });
    expect(d.claimable).toEqual({
      paidOn: '2026-04-02',
      daysLate: 30,
      penalties: r.interestOutstanding,
      indemnity: '40.00',
      total: (Number(r.interestOutstanding) + 40).toFixed(2),
      article: r.article,
      complete: true,
    });
    expect(Number(d.claimable!.penalties)).toBeGreaterThan(0);
    expect(d.explanation).toContain('peuvent encore être réclamés');
    expect(d.explanationMessage.code).toBe('NONE_PAID_LATE');
  });

  it('issue 15 item claims: paid on time, nothing is claimable', () => {
    const d = none(nextDunningStep(b2bInvoice, [paidOn('2026-03-03')], { today: '2026-04-10' }));
    expect(d.reason).toBe('paid');
    expect(d.claimable).toBeNull();
  });

  it('issue 15 item claims: a consumer owes no indemnity, and no interest without a formal notice', () => {
    const d = none(
      nextDunningStep(consumerInvoice, [paidOn('2026-04-02')], { today: '2026-04-10' }),
    );
    expect(d.reason).toBe('paid');
    expect(d.claimable).toBeNull();
  });

  it('issue 15 item claims: money paid beyond principal and penalties is taken off the indemnity', () => {
    const first = none(
      nextDunningStep(b2bInvoice, [paidOn('2026-04-02')], { today: '2026-04-10' }),
    );
    const extra = (Number(first.claimable!.penalties) + 15).toFixed(2);
    const d = none(
      nextDunningStep(b2bInvoice, [paidOn('2026-04-02'), paidOn('2026-04-05', extra)], {
        today: '2026-04-10',
      }),
    );
    expect(d.claimable).toMatchObject({ penalties: '0.00', indemnity: '25.00', total: '25.00' });
  });

  it('issue 15 item claims: an invoice overpaid on time is paid, nothing claimable, no error', () => {
    const d = none(
      nextDunningStep(b2bInvoice, [paidOn('2026-03-01', '1300.00')], { today: '2026-04-10' }),
    );
    expect(d).toMatchObject({ reason: 'paid', claimable: null });
  });

  it('issue 15 item claims: an overpayment larger than penalties and indemnity leaves nothing', () => {
    const d = none(
      nextDunningStep(b2bInvoice, [paidOn('2026-04-02', '1400.00')], { today: '2026-04-10' }),
    );
    expect(d).toMatchObject({ reason: 'paid', claimable: null });
  });

  it('issue 15 item claims: after an upheld dispute the claim was corrected, nothing is claimed', () => {
    const d = none(
      nextDunningStep(
        b2bInvoice,
        [
          { type: 'dispute_opened', date: '2026-03-10', reason: 'Prix' },
          { type: 'dispute_resolved', date: '2026-03-20', outcome: 'settled', amount: '100.00' },
          paidOn('2026-04-02', '1100.00'),
        ],
        { today: '2026-04-10' },
      ),
    );
    expect(d.reason).toBe('paid');
    expect(d.claimable).toBeNull();
  });

  it('issue 15 item claims: a payment after the last known rate gives an incomplete claim', () => {
    // Due 2026-12-31, paid in 2027: the ECB rate of 2027 is not known yet (RATE_UNKNOWN).
    const late = { ...b2bInvoice, issueDate: '2026-12-01', dueDate: '2026-12-31' };
    const d = none(nextDunningStep(late, [paidOn('2027-01-20')], { today: '2027-01-25' }));
    expect(d.claimable).toMatchObject({
      paidOn: '2027-01-20',
      indemnity: '40.00',
      complete: false,
    });
  });

  it('every other none decision carries claimable: null', () => {
    const d = none(
      nextDunningStep(b2bInvoice, [{ type: 'written_off', date: '2026-04-01', reason: 'x' }], {
        today: '2026-04-10',
      }),
    );
    expect(d.reason).toBe('written_off');
    expect(d.claimable).toBeNull();
  });
});

describe('backlog taken over (issue 15)', () => {
  const old = { ...b2bInvoice, issueDate: '2022-01-03', dueDate: '2022-02-02' };

  it('issue 15 item backlogs: a 4-year-old invoice gets no courtesy e-mail but the first firmer step', () => {
    const d = nextDunningStep(old, [], { today: '2026-01-12' });
    expect(d.type).toBe('action');
    if (d.type !== 'action') return;
    expect(d.step.kind).not.toBe('reminder');
    expect(d.step.id).toBe('phone-call');
  });

  it('issue 15 item backlogs: 60 days past due or less, the ladder starts with its courtesy step', () => {
    const d = nextDunningStep(b2bInvoice, [], { today: '2026-04-30' });
    expect(d).toMatchObject({ type: 'action', step: { id: 'friendly-email' } });
  });

  it('issue 15 item backlogs: backlogAfterDays: null keeps every step; a recorded step ends the backlog rule', () => {
    const keep = nextDunningStep(old, [], {
      today: '2026-01-12',
      policy: { backlogAfterDays: null },
    });
    expect(keep).toMatchObject({ type: 'action', step: { id: 'friendly-email' } });
    const first = nextDunningStep(old, [], { today: '2026-01-12' });
    if (first.type !== 'action') throw new Error(first.type);
    const next = nextDunningStep(old, [first.record], { today: '2026-01-22' });
    expect(next).toMatchObject({ type: 'action', step: { id: 'written-reminder' } });
  });
});
