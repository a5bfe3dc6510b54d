import { describe, expect, it } from 'vitest';
import { payerProfile } from './index.js';
import { gradeOf } from './payer-profile.js';

const asOf = '2026-04-01';
const GRADE_RULE =
  'D: 2+ broken promises or more than 90 days late; C: 1 broken promise, more than 60 days late, or chronic late payer (≥ 3 and ≥ half of assessed invoices late); B: more than 30 days late, ≥ a quarter of assessed invoices late, or over the credit limit; A otherwise';

function caught(run: () => unknown): {
  code: string;
  details?: { what?: string };
  issues?: { path: unknown; message: string }[];
} {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('did not throw');
}

const onTime = (id: string, debtorId = 'A') => ({
  id,
  debtorId,
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  amount: '100.00',
  payments: [{ date: '2026-01-31', amount: '100.00' }],
});

describe('gradeOf (reasons)', () => {
  const base = { brokenPromises: 0, maxDaysLate: 0, late: 0, assessed: 10, overCreditLimit: false };

  it('lists every criterion met with its grade, label and figures, worst first', () => {
    expect(
      gradeOf(
        { brokenPromises: 2, maxDaysLate: 91, late: 3, assessed: 6, overCreditLimit: true },
        'en',
      ),
    ).toEqual({
      grade: 'D',
      reasons: [
        {
          code: 'REPEATED_BROKEN_PROMISES',
          grade: 'D',
          label: {
            fr: 'Au moins deux promesses de paiement non tenues',
            en: 'Two or more broken promises to pay',
          },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'REPEATED_BROKEN_PROMISES' },
            message: 'Two or more broken promises to pay',
          },
          detail: '2 broken promises',
          detailMessage: {
            code: 'GRADE_BROKEN_PROMISES',
            params: { count: 2 },
            message: '2 broken promises',
          },
        },
        {
          code: 'DAYS_LATE_OVER_90',
          grade: 'D',
          label: { fr: 'Retard de plus de 90 jours', en: 'More than 90 days late' },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'DAYS_LATE_OVER_90' },
            message: 'More than 90 days late',
          },
          detail: '91 days late at most',
          detailMessage: {
            code: 'GRADE_DAYS_LATE',
            params: { days: 91 },
            message: '91 days late at most',
          },
        },
        {
          code: 'CHRONIC_LATE_PAYER',
          grade: 'C',
          label: {
            fr: 'Retards chroniques (au moins la moitié des factures)',
            en: 'Chronic late payer (at least half of the invoices)',
          },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'CHRONIC_LATE_PAYER' },
            message: 'Chronic late payer (at least half of the invoices)',
          },
          detail: '3 of 6 invoices late',
          detailMessage: {
            code: 'GRADE_LATE_SHARE',
            params: { late: 3, assessed: 6 },
            message: '3 of 6 invoices late',
          },
        },
        {
          code: 'OVER_CREDIT_LIMIT',
          grade: 'B',
          label: { fr: "Plafond d'encours dépassé", en: 'Over the credit limit' },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'OVER_CREDIT_LIMIT' },
            message: 'Over the credit limit',
          },
          detail: 'outstanding above the limit',
          detailMessage: {
            code: 'GRADE_OVER_LIMIT',
            params: {},
            message: 'outstanding above the limit',
          },
        },
      ],
    });
  });

  it('gives C for one broken promise or over 60 days, B for a quarter of invoices late', () => {
    expect(
      gradeOf({ ...base, brokenPromises: 1, maxDaysLate: 61, late: 1, assessed: 4 }, 'en'),
    ).toEqual({
      grade: 'C',
      reasons: [
        {
          code: 'BROKEN_PROMISE',
          grade: 'C',
          label: { fr: 'Une promesse de paiement non tenue', en: 'One broken promise to pay' },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'BROKEN_PROMISE' },
            message: 'One broken promise to pay',
          },
          detail: '1 broken promise',
          detailMessage: {
            code: 'GRADE_BROKEN_PROMISES',
            params: { count: 1 },
            message: '1 broken promise',
          },
        },
        {
          code: 'DAYS_LATE_OVER_60',
          grade: 'C',
          label: { fr: 'Retard de plus de 60 jours', en: 'More than 60 days late' },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'DAYS_LATE_OVER_60' },
            message: 'More than 60 days late',
          },
          detail: '61 days late at most',
          detailMessage: {
            code: 'GRADE_DAYS_LATE',
            params: { days: 61 },
            message: '61 days late at most',
          },
        },
        {
          code: 'FREQUENT_LATE_PAYMENTS',
          grade: 'B',
          label: {
            fr: 'Retards fréquents (au moins un quart des factures)',
            en: 'Frequent late payments (at least a quarter of the invoices)',
          },
          labelMessage: {
            code: 'LABEL_GRADE_REASON',
            params: { reason: 'FREQUENT_LATE_PAYMENTS' },
            message: 'Frequent late payments (at least a quarter of the invoices)',
          },
          detail: '1 of 4 invoices late',
          detailMessage: {
            code: 'GRADE_LATE_SHARE',
            params: { late: 1, assessed: 4 },
            message: '1 of 4 invoices late',
          },
        },
      ],
    });
  });

  it('labels more than 30 days late as B', () => {
    expect(gradeOf({ ...base, maxDaysLate: 31 }).reasons).toEqual([
      {
        code: 'DAYS_LATE_OVER_30',
        grade: 'B',
        label: { fr: 'Retard de plus de 30 jours', en: 'More than 30 days late' },
        labelMessage: {
          code: 'LABEL_GRADE_REASON',
          params: { reason: 'DAYS_LATE_OVER_30' },
          message: 'Retard de plus de 30 jours',
        },
        detail: '31 jours de retard au plus',
        detailMessage: {
          code: 'GRADE_DAYS_LATE',
          params: { days: 31 },
          message: '31 jours de retard au plus',
        },
      },
    ]);
  });

  it('does not flag frequent late payments below a quarter, nor with nothing assessed', () => {
    expect(gradeOf({ ...base, late: 1, assessed: 5 }).reasons).toEqual([]);
    expect(gradeOf({ ...base, late: 0, assessed: 0 })).toEqual({ grade: 'A', reasons: [] });
  });

  it('sorts a worse reason found later before a milder one found earlier', () => {
    expect(
      gradeOf({ ...base, brokenPromises: 1, maxDaysLate: 91 }).reasons.map((r) => r.code),
    ).toEqual(['DAYS_LATE_OVER_90', 'BROKEN_PROMISE']);
    expect(
      gradeOf({ ...base, maxDaysLate: 31, late: 3, assessed: 3 }).reasons.map((r) => r.code),
    ).toEqual(['CHRONIC_LATE_PAYER', 'DAYS_LATE_OVER_30']);
  });
});

describe('payerProfile (edge cases)', () => {
  const ledger = [
    {
      id: 'F1',
      debtorId: 'ACME',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amount: '1000.00',
      payments: [{ date: '2026-03-17', amount: '1000.00' }],
    },
    {
      id: 'F2',
      debtorId: 'ACME',
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      amount: '500.00',
    },
    {
      id: 'F3',
      debtorId: 'ACME',
      issueDate: '2026-01-02',
      dueDate: '2026-02-01',
      amount: '200.00',
      disputed: true,
    },
  ];

  it('profiles a late payer over its credit limit with an open dispute', () => {
    // F1 paid 45 days late; F2 open 29 days past due; F3 disputed (not assessed, but overdue).
    expect(payerProfile(ledger, { asOf, creditLimit: '699.99' })).toEqual({
      asOf,
      debtorId: 'ACME',
      invoiceCount: 3,
      assessedInvoiceCount: 2,
      lateInvoiceCount: 2,
      lateShare: '1',
      averageDaysLate: 45,
      maxDaysLate: 45,
      paymentCount: 1,
      latePaymentCount: 1,
      outstanding: '700.00',
      overdue: '700.00',
      credit: '0.00',
      openDisputes: 1,
      disputedAmount: '200.00',
      brokenPromises: [],
      creditLimit: '699.99',
      overCreditLimit: true,
      grade: 'B',
      reasons: [
        expect.objectContaining({
          code: 'DAYS_LATE_OVER_30',
          detail: '45 jours de retard au plus',
        }),
        expect.objectContaining({
          code: 'FREQUENT_LATE_PAYMENTS',
          detail: '2 factures sur 2 en retard',
        }),
        expect.objectContaining({ code: 'OVER_CREDIT_LIMIT' }),
      ],
      flags: ['over_credit_limit', 'has_disputes', 'has_overdue'],
      rule: GRADE_RULE,
      warnings: [],
    });
  });

  it('is not over a credit limit equal to the outstanding amount', () => {
    const p = payerProfile(ledger, { asOf, creditLimit: '700.00' });
    expect(p.overCreditLimit).toBe(false);
    expect(p.flags).toEqual(['has_disputes', 'has_overdue']);
  });

  it('grades D with two broken promises, a chronic late payer and 121 days past due', () => {
    const items = [
      { id: 'Q1', debtorId: 'Z', issueDate: '2025-11-01', dueDate: '2025-12-01', amount: '100.00' },
      {
        id: 'Q2',
        debtorId: 'Z',
        issueDate: '2026-02-01',
        dueDate: '2026-03-01',
        amount: '300.00',
        payments: [{ date: '2026-03-08', amount: '100.00' }],
        events: [
          {
            type: 'promise_to_pay',
            date: '2026-03-05',
            promisedDate: '2026-03-10',
            amount: '300.00',
          },
        ],
      },
      {
        id: 'Q3',
        debtorId: 'Z',
        issueDate: '2026-02-01',
        dueDate: '2026-03-01',
        amount: '50.00',
        payments: [{ date: '2026-03-25', amount: '50.00' }],
        events: [{ type: 'promise_to_pay', date: '2026-03-02', promisedDate: '2026-03-20' }],
      },
    ];
    const p = payerProfile(items, { asOf });
    expect(p).toMatchObject({
      debtorId: 'Z',
      grade: 'D',
      maxDaysLate: 121,
      assessedInvoiceCount: 3,
      lateInvoiceCount: 3,
      creditLimit: null,
      overCreditLimit: false,
    });
    expect(p.brokenPromises).toEqual([
      { invoiceId: 'Q2', promisedDate: '2026-03-10', promisedAmount: '300.00' },
      { invoiceId: 'Q3', promisedDate: '2026-03-20', promisedAmount: null },
    ]);
    expect(p.reasons.map((r) => [r.code, r.detail])).toEqual([
      ['REPEATED_BROKEN_PROMISES', '2 promesses non tenues'],
      ['DAYS_LATE_OVER_90', '121 jours de retard au plus'],
      ['CHRONIC_LATE_PAYER', '3 factures sur 3 en retard'],
    ]);
    expect(p.flags).toEqual([
      'chronic_late_payer',
      'broken_promises',
      'has_overdue',
      'overdue_over_90_days',
    ]);
  });

  it('flags overdue_over_90_days from 91 days past due, not at 90', () => {
    const open = (dueDate: string) => [
      { id: 'O', debtorId: 'A', issueDate: '2025-11-01', dueDate, amount: '10.00' },
    ];
    expect(payerProfile(open('2026-01-01'), { asOf }).flags).toEqual(['has_overdue']);
    expect(payerProfile(open('2025-12-31'), { asOf }).flags).toEqual([
      'has_overdue',
      'overdue_over_90_days',
    ]);
  });

  it('has no flags for an invoice open but not yet due', () => {
    const p = payerProfile(
      [{ id: 'O', debtorId: 'A', issueDate: '2026-03-01', dueDate: '2026-04-01', amount: '10.00' }],
      { asOf },
    );
    expect(p).toMatchObject({ flags: [], overdue: '0.00', outstanding: '10.00', grade: 'A' });
  });

  it('rounds lateShare half up to 4 decimals (1 of 32 → 0.0313)', () => {
    const late = { ...onTime('L'), payments: [{ date: '2026-02-01', amount: '100.00' }] };
    const items = [late, ...Array.from({ length: 31 }, (_, i) => onTime(`T${i}`))];
    expect(payerProfile(items, { asOf }).lateShare).toBe('0.0313');
  });

  it('explains NO_PAYMENT_HISTORY when nothing is settled or past due', () => {
    expect(payerProfile([], { asOf }).warnings).toEqual([
      {
        code: 'NO_PAYMENT_HISTORY',
        params: {},
        message:
          "Aucune facture de ce débiteur n'est encore réglée ni échue : la note ne dit rien de son comportement de paiement.",
        severity: 'info',
        article: 'C. com. L441-10 II',
      },
    ]);
  });

  it('issue 14: warnings in English on request, same code and params', () => {
    const [en] = payerProfile([], { asOf, locale: 'en' }).warnings;
    expect(en).toMatchObject({ code: 'NO_PAYMENT_HISTORY', params: {}, severity: 'info' });
    expect(en?.message).toBe(
      'No invoice of this debtor was settled or is past due yet: the grade says nothing about its behaviour.',
    );
  });

  it('keeps the requested debtorId even when the ledger has none of its invoices', () => {
    const p = payerProfile([onTime('1', 'B')], { asOf, debtorId: 'X' });
    expect(p).toMatchObject({ debtorId: 'X', invoiceCount: 0 });
  });

  it('skips other debtors even when they come first', () => {
    const p = payerProfile([onTime('1', 'B'), onTime('2', 'A')], { asOf, debtorId: 'A' });
    expect(p).toMatchObject({ debtorId: 'A', invoiceCount: 1 });
  });

  it('says which debtors clash when no debtorId is given', () => {
    const e = caught(() => payerProfile([onTime('1', 'A'), onTime('2', 'B')], { asOf }));
    expect(e.issues).toEqual([
      {
        path: ['invoices', 1, 'debtorId'],
        message:
          'belongs to debtor "B" while earlier invoices belong to "A"; pass options.debtorId to pick one debtor from a ledger',
      },
    ]);
  });

  it('labels option errors as options', () => {
    const e = caught(() => payerProfile([], { asOf: '2026-02-30' }));
    expect((e as { message?: string }).message?.startsWith('Invalid options.')).toBe(true);
  });

  it('refuses an empty debtorId', () => {
    expect(caught(() => payerProfile([], { asOf, debtorId: '' })).issues?.[0]?.path).toEqual([
      'options',
      'debtorId',
    ]);
  });

  it('names outstanding or credit when a total leaves exact cents', () => {
    const huge = '90071992547409.91';
    const open = (id: string) => ({
      id,
      debtorId: 'A',
      issueDate: '2026-03-01',
      dueDate: '2026-04-30',
      amount: huge,
    });
    expect(caught(() => payerProfile([open('1'), open('2')], { asOf }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { what: 'outstanding' },
    });
    const overpaid = (id: string) => ({
      ...open(id),
      amount: '0.00',
      payments: [{ date: '2026-03-02', amount: huge }],
    });
    expect(caught(() => payerProfile([overpaid('1'), overpaid('2')], { asOf })).details?.what).toBe(
      'credit',
    );
  });
});
