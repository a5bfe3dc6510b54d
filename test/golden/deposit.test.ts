// Golden cases for the deposit module (issue 7, docs/law.md §4): the "Done means" of the issue.
import {
  advancePaymentInterest,
  cancellationOutcome,
  canRequestPayment,
  computeDeposit,
  type DepositPayerProfileInput,
  depositInvoice,
  finalInvoice,
  isImpayesError,
  type PayerProfile,
  payerProfile,
  recommendDeposit,
} from 'impayes-core';
import { describe, expect, expectTypeOf, it, test } from 'vitest';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return isImpayesError(e) ? { code: e.code, details: e.details } : e;
  }
}

describe('computeDeposit bounds (practice rule 30–50 %)', () => {
  test.each([
    ['D01', '30', undefined, '3000.00'],
    ['D02', '50', undefined, '5000.00'],
    ['D03', '29.99', undefined, 'OUT_OF_RANGE'],
    ['D04', '50.01', undefined, 'OUT_OF_RANGE'],
    ['D05', '29.99', { minPercent: '29.99', maxPercent: 60 }, '2999.00'],
    ['D06', '50.01', { minPercent: 20, maxPercent: '50.01' }, '5001.00'],
  ] as const)('%s: %s %% of 10 000 € → %s', (_id, percent, rule, expected) => {
    const out = codeOf(() => computeDeposit('10000.00', percent, rule));
    if (expected === 'OUT_OF_RANGE')
      expect(out).toMatchObject({
        code: 'OUT_OF_RANGE',
        details: { min: '30.00', max: '50.00', percent },
      });
    else expect(computeDeposit('10000.00', percent, rule).amount).toBe(expected);
  });
});

describe('recommendDeposit', () => {
  test.each([
    ['R01', { newClient: true }, '45.00', '4500.00'],
    [
      'R02',
      { payerProfile: { averageDaysLate: 0, lateShare: 0, grade: 'A' as const } },
      '35.00',
      '3500.00',
    ],
    ['R03', { newClient: true, urgent: true }, '50.00', '5000.00'],
    ['R04', {}, '35.00', '3500.00'],
  ])('%s: a 10 000 € order with %o → %s %%', (_id, factors, percent, amount) => {
    expect(recommendDeposit({ orderTotalInclVat: '10000', ...factors })).toMatchObject({
      percent,
      amount,
    });
  });

  it('asks a new client more than a good payer for a 10 000 € order', () => {
    const fresh = recommendDeposit({ orderTotalInclVat: '10000', newClient: true });
    const good = recommendDeposit({
      orderTotalInclVat: '10000',
      payerProfile: { averageDaysLate: 0, lateShare: '0', grade: 'A', flags: [] },
    });
    expect(Number(fresh.percent)).toBeGreaterThan(Number(good.percent));
    expect(Number(fresh.amount)).toBeGreaterThan(Number(good.amount));
  });

  it("accepts the portfolio module's payer profile as is", () => {
    expectTypeOf<PayerProfile>().toExtend<DepositPayerProfileInput>();
    const profile = payerProfile(
      [
        {
          id: 'F1',
          debtorId: 'ACME',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 1000,
          payments: [{ date: '2026-03-17', amount: 1000 }],
        },
        { id: 'F2', debtorId: 'ACME', issueDate: '2026-02-01', dueDate: '2026-03-03', amount: 500 },
      ],
      { asOf: '2026-04-01' },
    );
    const r = recommendDeposit({ orderTotalInclVat: '2000', payerProfile: profile });
    expect(r.reasons.map((x) => x.code)).toContain('PAYER_LATE_SHARE');
    expect(Number(r.percent)).toBeGreaterThan(30);
  });
});

describe('deposit and final invoices on a mixed 20 % / 5.5 % order', () => {
  const order = {
    lines: [
      { description: 'Rénovation', quantity: 1, unitPriceExclVat: '8333.33', vatRatePercent: 20 },
      {
        description: 'Isolation',
        quantity: '12.5',
        unitPriceExclVat: '87.49',
        vatRatePercent: '5.5',
      },
    ],
  };

  test.each([
    ['V01', 30],
    ['V02', '33.33'],
    ['V03', 50],
    ['V04', '41.7'],
  ] as const)('%s: %s %% splits per rate and reconciles to the cent', (_id, percent) => {
    const deposit = depositInvoice(order, percent);
    const final = finalInvoice(order, [deposit]);
    expect(deposit.byRate.map((r) => r.vatRatePercent)).toEqual(['5.50', '20.00']);
    for (let i = 0; i < 2; i++) {
      for (const k of ['exclVat', 'vat', 'inclVat'] as const) {
        const cents = (s: string) => Math.round(Number(s) * 100);
        expect(cents(deposit.byRate[i]![k]) + cents(final.byRate[i]![k])).toBe(
          cents(deposit.order.byRate[i]![k]),
        );
      }
    }
  });

  it('V05: 30 % of 11 153.78 € (10 000.00 € at 20 % + 1 153.78 € at 5.5 %) = 3 346.13 €', () => {
    const deposit = depositInvoice(order, 30);
    // order: 8333.33 + VAT 1666.666 → 1666.67 = 10000.00 at 20 %;
    // 12.5 × 87.49 = 1093.625 → 1093.63 + VAT 60.1497 → 60.15 = 1153.78 at 5.5 %
    expect(deposit.order.byRate).toEqual([
      { vatRatePercent: '5.50', exclVat: '1093.63', vat: '60.15', inclVat: '1153.78' },
      { vatRatePercent: '20.00', exclVat: '8333.33', vat: '1666.67', inclVat: '10000.00' },
    ]);
    // deposit 11153.78 × 30 % = 3346.134 → 3346.13; 5.5 %: 3346.13 × 1153.78 / 11153.78 =
    // 346.1336 → 346.13 (excl 346.13 / 1.055 = 328.0853 → 328.09, VAT 18.04); 20 %: 2999.9955
    // → 3000.00 (excl 2500.00, VAT 500.00); 346.13 + 3000.00 = 3346.13: no residual.
    expect(deposit).toMatchObject({
      inclVat: '3346.13',
      exclVat: '2828.09',
      vat: '518.04',
      byRate: [
        { vatRatePercent: '5.50', exclVat: '328.09', vat: '18.04', inclVat: '346.13' },
        { vatRatePercent: '20.00', exclVat: '2500.00', vat: '500.00', inclVat: '3000.00' },
      ],
      rounding: { residual: '0.00', placedOn: [] },
    });
    expect(finalInvoice(order, [deposit])).toMatchObject({
      inclVat: '7807.65',
      byRate: [
        { vatRatePercent: '5.50', exclVat: '765.54', vat: '42.11', inclVat: '807.65' },
        { vatRatePercent: '20.00', exclVat: '5833.33', vat: '1166.67', inclVat: '7000.00' },
      ],
    });
  });
});

describe('acompte and arrhes', () => {
  test.each([
    ['A01', 'arrhes', 'seller', '1000.00', '0.00', false],
    ['A02', 'arrhes', 'buyer', '0.00', '500.00', false],
    ['A03', 'acompte', 'buyer', '0.00', '500.00', true],
    ['A04', 'acompte', 'seller', '500.00', '0.00', true],
  ] as const)(
    '%s: %s cancelled by the %s: seller pays %s, keeps %s',
    (_id, kind, by, pays, keeps, stands) => {
      expect(cancellationOutcome({ kind, cancelledBy: by, amountPaid: '500.00' })).toMatchObject({
        sellerPays: pays,
        sellerKeeps: keeps,
        contractStands: stands,
      });
    },
  );
});

describe('off-premises 7-day ban (C. conso L221-10)', () => {
  test.each([
    ['P01', '2026-03-02', false],
    ['P02', '2026-03-08', false],
    ['P03', '2026-03-09', false],
    ['P04', '2026-03-10', true],
    ['P05', '2026-03-11', true],
  ] as const)('%s: signed 2026-03-02, asked on %s → allowed %s', (_id, today, allowed) => {
    expect(
      canRequestPayment({ debtor: 'consumer', offPremises: true, signedOn: '2026-03-02', today }),
    ).toMatchObject({ allowed, firstAllowedDay: '2026-03-10', article: 'C. conso L221-10' });
  });
});

describe('L214-2 interest on advance payments', () => {
  test.each([
    ['I01', '2025-01-15', '2025-06-30', '45.04'],
    ['I02', '2025-03-10', '2025-09-30', '62.13'],
    ['I03', '2025-01-15', '2025-04-15', '0.00'],
  ] as const)('%s: 3 000 € paid %s, delivered %s → %s €', (_id, paidOn, deliveredOn, interest) => {
    expect(
      advancePaymentInterest({ amount: '3000', paidOn, deliveredOn, asOf: '2025-12-31' }).interest,
    ).toBe(interest);
  });
});
