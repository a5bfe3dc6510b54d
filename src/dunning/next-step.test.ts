import { describe, expect, it } from 'vitest';
import type { InvoiceLike } from '../invoice/internal.js';
import {
  b2bInvoice,
  consumerInvoice,
  ladder,
  notice,
  publicInvoice,
  sent,
} from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { type DunningDecision, type DunningEscalate, nextDunningStep } from './next-step.js';

function decide(
  events: DunningEventInput[],
  today: string,
  invoice: unknown = b2bInvoice,
  policy?: object,
) {
  return nextDunningStep(invoice as InvoiceLike, events, policy ? { today, policy } : { today });
}

function routes(d: DunningDecision) {
  return Object.fromEntries((d as DunningEscalate).options.map((o) => [o.route, o]));
}

describe('nextDunningStep', () => {
  it('waits on a non-working day and acts on the next one (working days only)', () => {
    // 2026-03-07 is a Saturday; the friendly e-mail is due from 03-04.
    expect(decide([], '2026-03-07')).toMatchObject({
      type: 'wait',
      reason: 'not_working_day',
      until: '2026-03-09',
    });
    expect(decide([], '2026-03-07', b2bInvoice, { workingDaysOnly: false })).toMatchObject({
      type: 'action',
      step: { id: 'friendly-email' },
      late: true,
    });
  });

  it('moves a step falling on a public holiday to the next working day', () => {
    // Due Thursday 2026-04-30: +1 is 1 May (Fête du travail), a Friday holiday.
    const invoice = { ...b2bInvoice, dueDate: '2026-04-30' };
    expect(decide([sent('courtesy-notice', '2026-04-27')], '2026-04-30', invoice)).toMatchObject({
      type: 'wait',
      until: '2026-05-04',
    });
  });

  it('sends a pre-due notice on the issue day when the term is short, and drops it when there is no time', () => {
    const short = { ...b2bInvoice, issueDate: '2026-03-01', dueDate: '2026-03-03' };
    expect(decide([], '2026-03-02', short)).toMatchObject({
      type: 'action',
      step: { id: 'courtesy-notice' },
      dueOn: '2026-03-02',
    });
    const onReceipt = { ...b2bInvoice, issueDate: '2026-03-03', dueDate: '2026-03-03' };
    expect(decide([], '2026-03-03', onReceipt)).toMatchObject({
      type: 'wait',
      reason: 'next_step_scheduled',
      until: '2026-03-04',
    });
    // A pre-due notice is never sent late: on the due date it is dropped.
    expect(decide([], '2026-03-03')).toMatchObject({
      type: 'wait',
      next: { step: { id: 'friendly-email' } },
    });
  });

  it('can skip to the latest missed step when the policy says so', () => {
    const d = decide([sent('friendly-email', '2026-03-04')], '2026-03-25', b2bInvoice, {
      catchUp: 'latest',
    });
    expect(d).toMatchObject({ type: 'action', step: { id: 'registered-letter' }, late: true });
    expect(decide([], '2026-03-05', b2bInvoice, { catchUp: 'latest' })).toMatchObject({
      type: 'action',
      step: { id: 'friendly-email' },
    });
  });

  it('returns none below the minimum amount, for a zero invoice, when written off or in court', () => {
    expect(
      decide([{ type: 'payment_received', date: '2026-03-05', amount: '1195.00' }], '2026-03-10'),
    ).toMatchObject({ type: 'none', reason: 'below_minimum' });
    const zero = { ...b2bInvoice, totals: { exclVat: 0, vat: 0, inclVat: 0 } };
    expect(decide([], '2026-03-10', zero)).toMatchObject({ type: 'none', reason: 'nothing_due' });
    expect(
      decide([{ type: 'written_off', date: '2026-03-05', reason: 'lost' }], '2026-03-10'),
    ).toMatchObject({
      type: 'none',
      reason: 'written_off',
    });
    const ip = decide(
      [
        ...ladder,
        notice,
        { type: 'legal_action_filed', date: '2026-04-20', route: 'injonction_de_payer' },
      ],
      '2026-04-21',
    );
    expect(ip).toMatchObject({ type: 'none', reason: 'legal_action_pending' });
    expect(ip.explanation).toContain('CPC 1411');
  });

  it('waits during pauses and mediation', () => {
    expect(
      decide(
        [{ type: 'paused', date: '2026-03-05', until: '2026-03-20', reason: 'holidays' }],
        '2026-03-10',
      ),
    ).toMatchObject({ type: 'wait', reason: 'pause', until: '2026-03-21' });
    expect(
      decide([{ type: 'paused', date: '2026-03-05', reason: 'call' }], '2026-03-10'),
    ).toMatchObject({
      type: 'wait',
      reason: 'pause',
      until: null,
    });
    expect(decide([{ type: 'mediation_started', date: '2026-03-05' }], '2026-03-10')).toMatchObject(
      {
        type: 'wait',
        reason: 'mediation',
        until: null,
      },
    );
  });

  it('escalates when the formal notice has expired, with the routes and their eligibility', () => {
    const d = decide([...ladder, notice], '2026-04-20');
    expect(d).toMatchObject({
      type: 'escalate',
      trigger: 'formal_notice_expired',
      actBefore: '2031-03-03',
      idempotencyKey: 'F-2026-001:escalate:formal_notice_expired:2026-04-18',
    });
    const r = routes(d);
    expect(r.small_claims).toMatchObject({ eligible: true, limitation: 'suspends' });
    expect(r.injonction_de_payer).toMatchObject({ eligible: true });
    expect(r.injonction_de_payer!.court).toContain('tribunal de commerce');
    expect(r.refere_provision).toMatchObject({
      eligible: true,
      court: 'président du tribunal de commerce (CPC 873 al. 2)',
      courtMessage: { code: 'COURT_REFERE_COMMERCE' },
    });
    // Before the tribunal de commerce, CPC 750-1 does not apply.
    expect(r.ordinary_action).toMatchObject({ eligible: true });
    expect(r.write_off).toMatchObject({ eligible: false });
  });

  it('adapts the routes to a disputed claim, a consumer, a public buyer and a small claim', () => {
    const disputed = decide(
      [
        ...ladder,
        notice,
        { type: 'dispute_opened', date: '2026-04-05', reason: 'x' },
        { type: 'dispute_resolved', date: '2026-04-06', outcome: 'settled', amount: '1150.00' },
      ],
      '2026-04-20',
    );
    expect(routes(disputed).refere_provision).toMatchObject({ eligible: false });
    expect(routes(disputed).injonction_de_payer!.reasons.join(' ')).toContain('opposition');
    expect(routes(disputed).write_off).toMatchObject({ eligible: true });
    const consumer = decide([...ladder, notice], '2026-04-20', consumerInvoice);
    expect(routes(consumer).ordinary_action).toMatchObject({ eligible: false });
    expect(routes(consumer).mediation!.reasons[0]).toContain('CPC 750-1');
    expect(routes(consumer).refere_provision!.court).toContain('tribunal judiciaire');
    const mediated = decide(
      [
        ...ladder,
        notice,
        { type: 'mediation_started', date: '2026-04-05' },
        { type: 'mediation_ended', date: '2026-04-10', outcome: 'failure' },
      ],
      '2026-04-20',
      consumerInvoice,
    );
    expect(routes(mediated).ordinary_action).toMatchObject({ eligible: true });
    const pub = decide(
      [...ladder.filter((e) => !('stepId' in e && e.stepId === 'phone-call')), notice],
      '2026-04-20',
      publicInvoice,
    );
    expect(routes(pub).injonction_de_payer).toMatchObject({ eligible: false });
    expect(routes(pub).small_claims).toMatchObject({ eligible: false });
    expect(routes(pub).refere_provision!.court).toContain('CJA R541-1');
    const big = {
      ...b2bInvoice,
      totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
    };
    expect(routes(decide([...ladder, notice], '2026-04-20', big)).small_claims).toMatchObject({
      eligible: false,
    });
  });

  it('knows the small-claims ceiling of the day (CPCE R125-1)', () => {
    const old = { ...b2bInvoice, issueDate: '2018-02-01', dueDate: '2018-03-01', number: 'F-2018' };
    const events: DunningEventInput[] = [
      { type: 'formal_notice_sent', date: '2018-03-05', deadlineDays: 15 },
    ];
    expect(routes(decide(events, '2018-04-10', old)).small_claims!.reasons[0]).toContain(
      '4\u202f000,00\u00a0€',
    );
    const older = { ...old, issueDate: '2015-02-01', dueDate: '2015-03-02' };
    const ev2: DunningEventInput[] = [
      { type: 'formal_notice_sent', date: '2015-03-05', deadlineDays: 15 },
    ];
    expect(routes(decide(ev2, '2015-04-10', older)).small_claims).toMatchObject({
      eligible: false,
    });
  });

  it('never throws on an unknown rate: RATE_UNKNOWN and an incomplete statement', () => {
    const late = { ...b2bInvoice, issueDate: '2026-12-01', dueDate: '2026-12-31' };
    const d = decide([sent('courtesy-notice', '2026-12-28')], '2027-01-05', late);
    expect(d).toMatchObject({ type: 'action', amounts: { complete: false } });
    expect(d.warnings.map((w) => w.code)).toContain('RATE_UNKNOWN');
    const withRates = nextDunningStep(late, [sent('courtesy-notice', '2026-12-28')], {
      today: '2027-01-05',
      rates: { ecb: { rows: [{ from: '2027-01-01', ratePercent: '2.40' }] } },
    });
    expect(withRates).toMatchObject({ type: 'action', amounts: { complete: true } });
  });

  it('refuses a formal notice recorded as a reminder', () => {
    expect(() => decide([sent('formal-notice', '2026-03-10')], '2026-03-20')).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION', path: ['events', 0] }),
    );
  });

  it('throws INVALID_INPUT for bad options, with the path', () => {
    expect(() => nextDunningStep(b2bInvoice, [], { today: '2026-13-01' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['options', 'today'] })],
      }),
    );
    expect(() =>
      nextDunningStep(b2bInvoice, [], { today: '2026-03-01', policy: { minGapDays: -1 } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('does not mutate its inputs', () => {
    const events = Object.freeze([Object.freeze(sent('friendly-email', '2026-03-04'))]);
    expect(() => nextDunningStep(b2bInvoice, events, { today: '2026-03-20' })).not.toThrow();
  });
});
