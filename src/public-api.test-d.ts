import { describe, expectTypeOf, it } from 'vitest';
import {
  type Amount,
  computeLatePenalties,
  type DebtorKind,
  type DunningDecision,
  type DunningEventInput,
  ImpayesError,
  type ImpayesErrorCode,
  isImpayesError,
  nextDunningStep,
  type PlainDate,
  parseAmount,
  plainDate,
} from './index.js';

describe('public types', () => {
  it('brands amounts and dates', () => {
    expectTypeOf(parseAmount('1')).toEqualTypeOf<Amount>();
    expectTypeOf(parseAmount('1')).toExtend<string>();
    expectTypeOf(plainDate('2026-01-01')).toEqualTypeOf<PlainDate>();
    // @ts-expect-error — a plain string is not a validated Amount
    const a: Amount = '12.00';
    // @ts-expect-error — amounts are strings, never numbers
    const n: number = parseAmount('1');
    void a;
    void n;
  });

  it('narrows a dunning decision on its type', () => {
    const d = {} as DunningDecision;
    if (d.type === 'action') {
      expectTypeOf(d.idempotencyKey).toEqualTypeOf<string>();
      expectTypeOf(d.late).toEqualTypeOf<boolean>();
    }
    if (d.type === 'wait') expectTypeOf(d).toHaveProperty('until');
    expectTypeOf(nextDunningStep).returns.toEqualTypeOf<DunningDecision>();
  });

  it('accepts `as const` event logs and fixtures, payment plans included', () => {
    const invoice = {
      number: 'F-1',
      issueDate: '2026-02-01',
      buyer: { kind: 'professional', name: 'X' },
      totals: { exclVat: '100.00', vat: '20.00', inclVat: '120.00' },
    } as const;
    const log = [
      { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
      {
        type: 'payment_plan_agreed',
        date: '2026-03-10',
        installments: [{ dueDate: '2026-03-20', amount: '60.00' }],
      },
    ] as const;
    expectTypeOf(
      nextDunningStep(invoice, log, { today: '2026-03-12' }),
    ).toEqualTypeOf<DunningDecision>();
    expectTypeOf<(typeof log)[1]>().toExtend<DunningEventInput>();
    const installment = { dueDate: '2026-03-20' } as const;
    const bad: DunningEventInput = {
      type: 'payment_plan_agreed',
      date: '2026-03-10',
      // @ts-expect-error — an installment still needs its amount
      installments: [installment],
    };
    void bad;
  });

  it('returns amounts as Amount strings from statements', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '1',
      dueDate: '2025-01-01',
      asOf: '2025-02-01',
    });
    expectTypeOf(s.total).toEqualTypeOf<Amount>();
    expectTypeOf(s.segments[0]!.amount).toEqualTypeOf<Amount>();
  });

  it('rejects unknown debtor kinds at compile time', () => {
    expectTypeOf<'consumer'>().toExtend<DebtorKind>();
    const bad = {
      debtor: 'company',
      amount: '1',
      dueDate: '2025-01-01',
      asOf: '2025-02-01',
    } as const;
    // @ts-expect-error — not a debtor kind
    computeLatePenalties(bad);
  });

  it('exposes a typed error code', () => {
    const e: unknown = new ImpayesError({ code: 'RATE_UNKNOWN' });
    if (isImpayesError(e)) expectTypeOf(e.code).toEqualTypeOf<ImpayesErrorCode>();
  });
});
