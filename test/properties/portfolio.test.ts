import fc from 'fast-check';
import {
  addDays,
  agingReport,
  ledgerItemFromInvoice,
  outstandingAmount,
  payerProfile,
  recommendDeposit,
} from 'impayes-core';
import { describe, expect, it } from 'vitest';

const asOf = '2026-03-31';
const money = (max: number) => fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2));
const movement = fc.record({
  date: fc.integer({ min: 0, max: 150 }).map((d) => addDays('2025-12-01', d)),
  amount: money(200_000),
});
const invoice = fc
  .record({
    issue: fc.integer({ min: 0, max: 100 }),
    exclVat: fc.integer({ min: 1, max: 500_000 }),
    payments: fc.array(movement, { maxLength: 3 }),
    creditNotes: fc.array(movement, { maxLength: 1 }),
  })
  .map(({ issue, exclVat, payments, creditNotes }) => {
    const issueDate = addDays('2025-12-01', issue);
    return {
      number: `F-${issue}`,
      issueDate,
      buyer: { kind: 'professional' as const, name: 'Client SA' },
      totals: {
        exclVat: (exclVat / 100).toFixed(2),
        vat: (exclVat / 500).toFixed(2),
        inclVat: ((exclVat + exclVat / 5) / 100).toFixed(2),
      },
      payments: payments.filter((p) => p.date >= issueDate),
      creditNotes: creditNotes.filter((c) => c.date >= issueDate),
    };
  })
  .filter((i) => (Number(i.totals.exclVat) * 100) % 5 === 0);

describe('portfolio × invoice (properties)', () => {
  it('an invoice in a ledger has the outstanding and credit of outstandingAmount (property)', () => {
    fc.assert(
      fc.property(invoice, (inv) => {
        const o = outstandingAmount(inv, asOf);
        const r = agingReport([inv], { asOf });
        expect(r.total.outstanding).toBe(o.outstanding);
        expect(r.total.credit).toBe(o.credit);
        expect(agingReport([ledgerItemFromInvoice(inv)], { asOf })).toEqual(r);
      }),
    );
  });

  it('a payer profile can be passed to recommendDeposit as is', () => {
    const profile = payerProfile(
      [
        {
          id: '1',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 100,
          payments: [{ date: '2026-03-15', amount: 100 }],
        },
      ],
      { asOf },
    );
    expect(profile).toMatchObject({ averageDaysLate: 43, lateShare: '1', grade: 'B' });
    const withProfile = recommendDeposit({ orderTotalInclVat: '10000', payerProfile: profile });
    const withGrade = recommendDeposit({
      orderTotalInclVat: '10000',
      payerProfile: {
        grade: profile.grade,
        averageDaysLate: profile.averageDaysLate,
        lateShare: profile.lateShare,
        flags: [...profile.flags],
      },
    });
    expect(withProfile.percent).toBe(withGrade.percent);
  });
});
