import { describe, expect, it } from 'vitest';
import {
  addMonths,
  computeLatePenalties,
  ecbRateForHalfYear,
  legalInterestRate,
  limitationDeadline,
  nextDunningStep,
  procedureDeadline,
} from '../src/index.js';

// The README's example must keep telling the truth: the same calls, the same results.
describe('README example', () => {
  it('nextDunningStep catches up with the phone call', () => {
    const invoice = {
      number: 'F-2026-001',
      issueDate: '2026-02-01',
      terms: { type: 'net', days: 30 },
      buyer: { kind: 'professional', name: 'Client SA' },
      totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
    } as const;
    const events = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
    ] as const;
    const decision = nextDunningStep(invoice, events, { today: '2026-03-20' });
    expect(decision).toMatchObject({
      type: 'action',
      step: { id: 'phone-call' },
      dueOn: '2026-03-09',
      late: true,
      idempotencyKey: 'F-2026-001:phone-call:2026-03-09',
      amounts: { principal: '1200.00', penalties: '6.79', indemnity: '40.00', total: '1246.79' },
    });
  });
  it('computeLatePenalties splits per half-year', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2025-06-15',
      asOf: '2025-08-15',
    });
    expect(s.segments.map((x) => [x.from, x.to, x.days, x.ratePercent, x.amount])).toEqual([
      ['2025-06-16', '2025-06-30', 15, '13.15', '54.04'],
      ['2025-07-01', '2025-08-15', 46, '12.15', '153.12'],
    ]);
    expect([s.interest, s.indemnity, s.total]).toEqual(['207.16', '40.00', '247.16']);
  });
  it('limitationDeadline ignores a formal notice', () => {
    const l = limitationDeadline(
      {
        debtor: 'professional',
        dueDate: '2009-05-28',
        events: [{ type: 'formal_notice_sent', date: '2013-01-10' }],
      },
      { asOf: '2014-05-01' },
    );
    expect(l).toMatchObject({ deadline: '2014-05-28', status: 'running', daysLeft: 27 });
    expect(l.trail.map((t) => t.effect)).toEqual(['no-effect']);
  });
  it('foundation calls', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(procedureDeadline('2026-01-14', { months: 6 }).deadline).toBe('2026-07-15');
    expect(ecbRateForHalfYear('2024-08-10').ratePercent).toBe('4.25');
    expect(() => legalInterestRate('2026-08-01', 'other')).toThrow(
      expect.objectContaining({ code: 'RATE_UNKNOWN' }),
    );
  });
});
