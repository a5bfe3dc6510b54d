import { describe, expect, it } from 'vitest';
import { createRateTable } from '../rates/internal.js';
import { computeLatePenalties, type LatePenaltiesRequestInput } from './index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const b2b = deepFreeze({
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2025-06-15',
  payments: [
    { date: '2025-06-30', amount: '4000.00', reference: 'VIR-1' },
    { date: '2025-08-15', amount: '6000.00' },
  ],
  asOf: '2025-08-15',
} as const satisfies LatePenaltiesRequestInput);

const row = (s: ReturnType<typeof computeLatePenalties>) =>
  s.segments.map((x) => [x.from, x.to, x.days, x.base, x.ratePercent, x.amount]);

function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('did not throw');
}

describe('computeLatePenalties', () => {
  describe('partial payments', () => {
    it('lowers the base from the day after a payment; the payment day bears interest (L441-10 II)', () => {
      const s = computeLatePenalties(b2b);
      expect(row(s)).toEqual([
        ['2025-06-16', '2025-06-30', 15, '10000.00', '13.15', '54.04'],
        ['2025-07-01', '2025-08-15', 46, '6000.00', '12.15', '91.87'],
      ]);
      expect(s).toMatchObject({
        interest: '145.91',
        paidOn: '2025-08-15',
        principalOutstanding: '0.00',
        principalPaid: '10000.00',
        interestOutstanding: '145.91',
        indemnity: '40.00',
        total: '185.91',
        amountDue: '185.91',
        daysLate: 61,
        interestFrom: '2025-06-16',
        interestTo: '2025-08-15',
      });
      expect(s.allocations[0]).toMatchObject({
        toPrincipal: '4000.00',
        toInterest: '0.00',
        reference: 'VIR-1',
      });
    });

    it('pays accrued interest first with allocation: interest-first (C. civ. 1343-1)', () => {
      const s = computeLatePenalties(
        { ...b2b, payments: [{ date: '2025-06-30', amount: '4000.00' }], asOf: '2025-08-15' },
        { allocation: 'interest-first' },
      );
      expect(s.allocations[0]).toMatchObject({ toInterest: '54.04', toPrincipal: '3945.96' });
      expect(s.segments[1]!.base).toBe('6054.04');
      expect(s.interestPaid).toBe('54.04');
      expect(s.principalOutstanding).toBe('6054.04');
    });

    it('applies a payment above the principal to accrued interest (principal-first)', () => {
      const s = computeLatePenalties({
        ...b2b,
        payments: [{ date: '2025-08-15', amount: '10207.16' }],
      });
      expect(s.allocations[0]).toMatchObject({ toPrincipal: '10000.00', toInterest: '207.16' });
      expect(s.interestOutstanding).toBe('0.00');
      expect(s.amountDue).toBe('40.00');
    });

    it('sorts payments given out of order', () => {
      const s = computeLatePenalties({ ...b2b, payments: [b2b.payments[1], b2b.payments[0]] });
      expect(s.interest).toBe('145.91');
    });

    it('lets payments before the due date reduce the amount due', () => {
      const s = computeLatePenalties({
        ...b2b,
        payments: [{ date: '2025-06-01', amount: '9000.00' }],
        asOf: '2025-06-30',
      });
      expect(row(s)).toEqual([['2025-06-16', '2025-06-30', 15, '1000.00', '13.15', '5.40']]);
    });

    it('owes nothing when paid in full on the due date', () => {
      const s = computeLatePenalties({
        ...b2b,
        payments: [{ date: '2025-06-15', amount: '10000.00' }],
        asOf: '2025-12-31',
      });
      expect(s).toMatchObject({
        interest: '0.00',
        indemnity: '0.00',
        total: '0.00',
        daysLate: 0,
        segments: [],
      });
      expect(s.indemnityDetail.reason).toBe('not-late');
    });
  });

  it('returns zero before the due date (asOf before dueDate is not an error)', () => {
    const s = computeLatePenalties({ ...b2b, payments: [], asOf: '2025-06-01' });
    expect(s).toMatchObject({
      interest: '0.00',
      indemnity: '0.00',
      interestFrom: null,
      interestTo: null,
      principalOutstanding: '10000.00',
    });
  });

  describe('legal interest (consumers, non-professionals)', () => {
    const consumer = {
      debtor: 'consumer',
      amount: '2000.00',
      dueDate: '2025-01-31',
      asOf: '2025-09-30',
    } as const;

    it('is zero without a formal notice and says so (C. civ. 1231-6, 1344-1)', () => {
      const s = computeLatePenalties(consumer);
      expect(s.interest).toBe('0.00');
      expect(s.indemnity).toBe('0.00');
      expect(s.warnings.map((w) => w.code)).toEqual(['NO_FORMAL_NOTICE']);
      expect(s.regime).toBe('legal-interest');
    });

    it('runs from the day after the notice at the "other cases" rate, split per half-year (CMF L313-2)', () => {
      const s = computeLatePenalties({ ...consumer, formalNoticeDate: '2025-05-31' });
      expect(row(s)).toEqual([
        ['2025-06-01', '2025-06-30', 30, '2000.00', '3.71', '6.10'],
        ['2025-07-01', '2025-09-30', 92, '2000.00', '2.76', '13.91'],
      ]);
      expect(s.indemnityDetail.reason).toBe('debtor-not-covered');
    });

    it('starts at the due date when the notice was sent before it', () => {
      const s = computeLatePenalties({ ...consumer, formalNoticeDate: '2025-01-10' });
      expect(s.interestFrom).toBe('2025-02-01');
    });

    it('runs from the service of a judgment when no notice is given, +5 points after two months (CMF L313-3)', () => {
      const s = computeLatePenalties({
        ...consumer,
        debtor: 'non_professional',
        judgment: { servedOn: '2025-03-31' },
      });
      expect(s.segments.map((x) => [x.from, x.ratePercent, x.rule])).toEqual([
        ['2025-04-01', '3.71', 'legal-rate'],
        ['2025-06-01', '8.71', 'legal-rate-judgment-uplift'],
        ['2025-07-01', '7.76', 'legal-rate-judgment-uplift'],
      ]);
    });

    it('applies a contractual clause instead of the legal rate, without the uplift', () => {
      const s = computeLatePenalties({
        ...consumer,
        formalNoticeDate: '2025-05-31',
        judgment: { servedOn: '2025-05-31' },
        clause: { type: 'fixed', ratePercent: '5' },
      });
      expect(s.segments.map((x) => [x.ratePercent, x.rule, x.article])).toEqual([
        ['5.00', 'contract-fixed', 'C. civ. 1231-5, 1344-1'],
        ['5.00', 'contract-fixed', 'C. civ. 1231-5, 1344-1'],
      ]);
      expect(s.warnings.map((w) => w.code)).toEqual(['JUDGMENT_UPLIFT_NOT_APPLIED']);
    });

    it('throws RATE_UNKNOWN after 2026-06-30 without caller rates, naming the half-year', () => {
      const input = {
        ...consumer,
        dueDate: '2026-05-31',
        formalNoticeDate: '2026-05-31',
        asOf: '2026-08-31',
      };
      expect(() => computeLatePenalties(input)).toThrow(
        expect.objectContaining({
          code: 'RATE_UNKNOWN',
          details: expect.objectContaining({ halfYear: '2026-H2' }),
        }),
      );
      const rates = createRateTable({
        legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] },
      });
      const s = computeLatePenalties(input, { rates });
      expect(s.segments.map((x) => [x.halfYear, x.ratePercent, x.amount])).toEqual([
        ['2026-H1', '2.62', '4.31'],
        ['2026-H2', '2.50', '8.49'],
      ]);
      const raw = computeLatePenalties(input, {
        rates: { legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] } },
      });
      expect(raw.interest).toBe(s.interest);
    });

    it('stops at the last known day with onUnknownRate: warn', () => {
      const s = computeLatePenalties(
        { ...consumer, dueDate: '2026-05-31', formalNoticeDate: '2026-05-31', asOf: '2026-08-31' },
        { onUnknownRate: 'warn' },
      );
      expect(s.interestTo).toBe('2026-06-30');
      expect(s.interest).toBe('4.31');
      expect(s.warnings).toEqual([
        expect.objectContaining({ code: 'RATE_UNKNOWN', halfYear: '2026-H2' }),
      ]);
    });
  });

  describe('public buyers (CCP L2192-13, R2192-31)', () => {
    it('ignores a contractual clause and warns', () => {
      const s = computeLatePenalties({
        ...b2b,
        debtor: 'public',
        clause: { type: 'fixed', ratePercent: '1' },
      });
      expect(s.segments.map((x) => [x.ratePercent, x.rule])).toEqual([
        ['11.15', 'public-ecb-plus-8'],
        ['11.15', 'public-ecb-plus-8'],
      ]);
      expect(s.warnings.map((w) => w.code)).toEqual(['CLAUSE_IGNORED']);
      expect(s.options.rateMode).toBe('fixed-at-start');
    });

    it('does not apply a judgment uplift to B2B or public debts', () => {
      const s = computeLatePenalties({ ...b2b, judgment: { servedOn: '2025-06-20' } });
      expect(s.warnings.map((w) => w.code)).toEqual(['JUDGMENT_UPLIFT_NOT_APPLIED']);
      expect(s.interest).toBe('145.91');
    });
  });

  describe('insolvency (C. com. L622-28, L441-10 II)', () => {
    it('stops interest from the opening day and keeps the 40 € when opened after the due date', () => {
      const s = computeLatePenalties({ ...b2b, payments: [], insolvencyOpenedOn: '2025-07-01' });
      expect(s.interestTo).toBe('2025-06-30');
      expect(s.interest).toBe('54.04');
      expect(s.indemnity).toBe('40.00');
      expect(s.warnings.map((w) => w.code)).toEqual(['INSOLVENCY_INTEREST_STOPPED']);
    });

    it('refuses the 40 € when proceedings opened on or before the due date', () => {
      const s = computeLatePenalties({ ...b2b, payments: [], insolvencyOpenedOn: '2025-06-15' });
      expect(s.interest).toBe('0.00');
      expect(s.indemnity).toBe('0.00');
      expect(s.warnings.map((w) => w.code)).toEqual([
        'INSOLVENCY_INTEREST_STOPPED',
        'INSOLVENCY_NO_INDEMNITY',
      ]);
    });

    it('ignores an opening after asOf for interest', () => {
      const s = computeLatePenalties({ ...b2b, insolvencyOpenedOn: '2025-09-01' });
      expect(s.interest).toBe('145.91');
      expect(s.warnings).toEqual([]);
    });
  });

  describe('additional recovery costs (L441-10 II "sur justification")', () => {
    it('claims the costs above the 40 €', () => {
      expect(computeLatePenalties({ ...b2b, additionalRecoveryCosts: '100.00' })).toMatchObject({
        additionalCosts: '60.00',
        total: '245.91',
        input: { additionalRecoveryCosts: '100.00' },
      });
      expect(computeLatePenalties({ ...b2b, additionalRecoveryCosts: '30' }).additionalCosts).toBe(
        '0.00',
      );
    });

    it('claims nothing extra where the 40 € is not owed', () => {
      const s = computeLatePenalties({
        debtor: 'consumer',
        amount: '100',
        dueDate: '2025-01-01',
        formalNoticeDate: '2025-01-01',
        asOf: '2025-02-01',
        additionalRecoveryCosts: '100',
      });
      expect(s.additionalCosts).toBe('0.00');
      expect(s.warnings.map((w) => w.code)).toEqual(['ADDITIONAL_COSTS_NOT_CLAIMABLE']);
    });
  });

  describe('options', () => {
    it('computes on the amount excl. VAT with base: excl-vat', () => {
      const s = computeLatePenalties(
        {
          ...b2b,
          amount: '12000.00',
          amountExclVat: '10000.00',
          payments: [{ date: '2025-06-30', amount: '6000.00' }],
        },
        { base: 'excl-vat' },
      );
      expect(s.segments.map((x) => x.base)).toEqual(['10000.00', '5000.00']);
      expect(s.input.amountExclVat).toBe('10000.00');
    });

    it('requires amountExclVat for base: excl-vat', () => {
      expect(thrown(() => computeLatePenalties(b2b, { base: 'excl-vat' }))).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['amountExclVat'] }],
      });
    });

    it('divides by 366 in a leap year with ACT/ACT and splits at 31 December', () => {
      const input = {
        debtor: 'professional',
        amount: '36600.00',
        dueDate: '2023-12-30',
        asOf: '2024-01-02',
        clause: { type: 'fixed', ratePercent: '10' },
      } as const;
      const act = computeLatePenalties(input, { dayCount: 'ACT/ACT' });
      expect(act.segments.map((x) => [x.to, x.days, x.yearDays, x.amount])).toEqual([
        ['2023-12-31', 1, 365, '10.03'],
        ['2024-01-02', 2, 366, '20.00'],
      ]);
      const f = computeLatePenalties(input);
      expect(f.segments.map((x) => [x.yearDays, x.amount])).toEqual([
        [365, '10.03'],
        [365, '20.05'],
      ]);
    });

    it('uses a legal-rate multiple clause and flags it below the floor', () => {
      const s = computeLatePenalties({
        ...b2b,
        clause: { type: 'legal-rate-multiple', multiple: '2' },
      });
      expect(s.segments.map((x) => [x.ratePercent, x.rule])).toEqual([
        ['7.42', 'contract-legal-rate-multiple'],
        ['5.52', 'contract-legal-rate-multiple'],
      ]);
      expect(s.warnings.map((w) => [w.code, w.halfYear])).toEqual([
        ['CONTRACT_RATE_BELOW_FLOOR', '2025-H1'],
        ['CONTRACT_RATE_BELOW_FLOOR', '2025-H2'],
      ]);
    });

    it('reports an unknown floor for a contract rate in 2026 H2, and throws when it must apply it', () => {
      const input = {
        ...b2b,
        payments: [],
        dueDate: '2026-07-15',
        asOf: '2026-08-15',
        clause: { type: 'fixed', ratePercent: '15' },
      } as const;
      const s = computeLatePenalties(input);
      expect(s.interest).toBe('127.40');
      expect(s.warnings).toEqual([
        expect.objectContaining({ code: 'RATE_UNKNOWN', halfYear: '2026-H2' }),
      ]);
      expect(
        thrown(() => computeLatePenalties(input, { onBelowFloor: 'apply-floor' })),
      ).toMatchObject({ code: 'RATE_UNKNOWN' });
      const statutory = computeLatePenalties({ ...input, clause: { type: 'statutory' } });
      expect(statutory.warnings).toEqual([]);
      expect(statutory.segments[0]!.ratePercent).toBe('12.40');
    });
  });

  describe('bad input', () => {
    it('rejects a negative amount with its path', () => {
      expect(thrown(() => computeLatePenalties({ ...b2b, amount: '-5' }))).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['amount'] }],
      });
    });

    it('issue 12 item 8: leaves payments dated after asOf out, with EVENTS_AFTER_AS_OF', () => {
      const r = computeLatePenalties({ ...b2b, asOf: '2025-08-01' });
      const known = computeLatePenalties({
        ...b2b,
        payments: [b2b.payments[0]],
        asOf: '2025-08-01',
      });
      expect(r.warnings).toContainEqual({
        code: 'EVENTS_AFTER_AS_OF',
        params: { count: 1, firstDate: '2025-08-15', asOf: '2025-08-01' },
        severity: 'warning',
        message:
          '1 paiement ou avoir daté après le 1er août 2025 (le 15 août 2025) n’a pas été pris en compte : le résultat est calculé au 1er août 2025.',
        article: 'n/a',
        details: { count: 1, firstDate: '2025-08-15' },
      });
      expect({ ...r, warnings: known.warnings }).toEqual(known);
      expect(r.principalOutstanding).toBe('6000.00');
      expect(computeLatePenalties(b2b).warnings.map((w) => w.code)).not.toContain(
        'EVENTS_AFTER_AS_OF',
      );
    });

    it('rejects a payment larger than what is still owed', () => {
      const e = thrown(() =>
        computeLatePenalties({
          ...b2b,
          payments: [...b2b.payments, { date: '2025-08-15', amount: '500.00' }],
        }),
      );
      expect(e).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['payments', 2, 'amount'] }],
      });
      expect(
        thrown(() =>
          computeLatePenalties({ ...b2b, payments: [{ date: '2025-06-01', amount: '10000.01' }] }),
        ),
      ).toMatchObject({
        issues: [{ path: ['payments', 0, 'amount'] }],
        details: { excess: '0.01' },
      });
    });

    it('rejects a clause with a negative rate', () => {
      expect(
        thrown(() =>
          computeLatePenalties({ ...b2b, clause: { type: 'fixed', ratePercent: '-1' } }),
        ),
      ).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['clause', 'ratePercent'] }],
      });
    });

    it('requires debtor, amount and dueDate without an invoice', () => {
      const e = thrown(() => computeLatePenalties({ asOf: '2025-01-01' }));
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      expect((e.issues as Array<{ path: unknown }>).map((i) => i.path)).toEqual([
        ['debtor'],
        ['amount'],
        ['dueDate'],
      ]);
    });

    it('rejects an amount excl. VAT above the amount, bad dates and unknown options', () => {
      expect(thrown(() => computeLatePenalties({ ...b2b, amountExclVat: '20000' }))).toMatchObject({
        issues: [{ path: ['amountExclVat'] }],
      });
      expect(thrown(() => computeLatePenalties({ ...b2b, dueDate: '2025-02-30' }))).toMatchObject({
        issues: [{ path: ['dueDate'] }],
      });
      expect(thrown(() => computeLatePenalties(b2b, { rateMode: 'daily' as never }))).toMatchObject(
        { issues: [{ path: ['rateMode'] }] },
      );
      expect(
        thrown(() =>
          computeLatePenalties(b2b, {
            rates: { ecb: { rows: [{ from: 'x', ratePercent: '1' }] } },
          }),
        ),
      ).toMatchObject({ code: 'INVALID_INPUT' });
      expect(thrown(() => computeLatePenalties(b2b, { rates: 'x' as never }))).toMatchObject({
        issues: [{ path: ['rates'] }],
      });
    });

    it('never returns NaN: every amount is a two-decimal string', () => {
      const s = computeLatePenalties({
        ...b2b,
        amount: 10000,
        payments: [
          { date: '2025-06-30', amount: 4000 },
          { date: '2025-08-15', amount: 6000 },
        ],
      });
      for (const v of [s.interest, s.total, s.amountDue, ...s.segments.map((x) => x.amount)])
        expect(v).toMatch(/^\d+\.\d{2}$/);
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ ...b2b, clause: { type: 'ecb-plus', points: '12' } } as const);
    const before = JSON.stringify(input);
    computeLatePenalties(input, deepFreeze({ allocation: 'interest-first' } as const));
    expect(JSON.stringify(input)).toBe(before);
  });
});
