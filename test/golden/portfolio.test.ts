import {
  agingReport,
  averageDaysLate,
  daysSalesOutstanding,
  exposureByDebtor,
  type LedgerInvoice,
  payerProfile,
} from 'impayes-core';
import { describe, expect, it, test } from 'vitest';

// Hand-computed ledgers (issue 8). asOf 2026-03-31 unless said otherwise; days past due =
// daysBetween(dueDate, asOf): 2026-03-01 → 30, 2026-02-28 → 31, 2026-01-30 → 60,
// 2026-01-29 → 61, 2025-12-31 → 90, 2025-12-30 → 91.
const asOf = '2026-03-31';

interface BucketCase {
  readonly id: string;
  readonly title: string;
  readonly invoice: Omit<LedgerInvoice, 'id' | 'debtorId' | 'issueDate'>;
  readonly bucket: string | null;
  readonly outstanding: string;
  readonly credit: string;
}

const bucketCases: ReadonlyArray<BucketCase> = [
  {
    id: 'AG-01',
    title: 'due today (day 0) is not due',
    invoice: { dueDate: '2026-03-31', amount: '100.00' },
    bucket: 'not_due',
    outstanding: '100.00',
    credit: '0.00',
  },
  {
    id: 'AG-02',
    title: 'due tomorrow is not due',
    invoice: { dueDate: '2026-04-01', amount: 100 },
    bucket: 'not_due',
    outstanding: '100.00',
    credit: '0.00',
  },
  {
    id: 'AG-03',
    title: 'day 1 is in 1–30',
    invoice: { dueDate: '2026-03-30', amount: 100 },
    bucket: '1-30',
    outstanding: '100.00',
    credit: '0.00',
  },
  {
    id: 'AG-04',
    title: 'day 30 is in 1–30',
    invoice: { dueDate: '2026-03-01', amount: '200.00' },
    bucket: '1-30',
    outstanding: '200.00',
    credit: '0.00',
  },
  {
    id: 'AG-05',
    title: 'day 31 is in 31–60',
    invoice: { dueDate: '2026-02-28', amount: '200.00' },
    bucket: '31-60',
    outstanding: '200.00',
    credit: '0.00',
  },
  {
    id: 'AG-06',
    title: 'day 60 is in 31–60',
    invoice: { dueDate: '2026-01-30', amount: '1.05' },
    bucket: '31-60',
    outstanding: '1.05',
    credit: '0.00',
  },
  {
    id: 'AG-07',
    title: 'day 61 is in 61–90',
    invoice: { dueDate: '2026-01-29', amount: '50.00' },
    bucket: '61-90',
    outstanding: '50.00',
    credit: '0.00',
  },
  {
    id: 'AG-08',
    title: 'day 90 is in 61–90',
    invoice: { dueDate: '2025-12-31', amount: '60.00' },
    bucket: '61-90',
    outstanding: '60.00',
    credit: '0.00',
  },
  {
    id: 'AG-09',
    title: 'day 91 is in 91+',
    invoice: { dueDate: '2025-12-30', amount: '70.00' },
    bucket: '91+',
    outstanding: '70.00',
    credit: '0.00',
  },
  {
    id: 'AG-10',
    title: 'part-paid: 300.00 − 120.50 = 179.50',
    invoice: {
      dueDate: '2026-02-28',
      amount: '300.00',
      payments: [{ date: '2026-03-15', amount: '120.50' }],
    },
    bucket: '31-60',
    outstanding: '179.50',
    credit: '0.00',
  },
  {
    id: 'AG-11',
    title: 'credit note: 400.00 − 100.00 = 300.00',
    invoice: {
      dueDate: '2026-01-30',
      amount: '400.00',
      creditNotes: [{ date: '2026-02-10', amount: '100.00' }],
    },
    bucket: '31-60',
    outstanding: '300.00',
    credit: '0.00',
  },
  {
    id: 'AG-12',
    title: 'payment and credit note together: 1000 − 250.25 − 249.75 = 500',
    invoice: {
      dueDate: '2026-03-20',
      amount: 1000,
      payments: [{ date: '2026-03-21', amount: '250.25' }],
      creditNotes: [{ date: '2026-03-02', amount: '249.75' }],
    },
    bucket: '1-30',
    outstanding: '500.00',
    credit: '0.00',
  },
  {
    id: 'AG-13',
    title: 'a payment after asOf is not applied (and warned about)',
    invoice: {
      dueDate: '2026-04-30',
      amount: '1000.00',
      payments: [{ date: '2026-04-05', amount: '1000.00' }],
    },
    bucket: 'not_due',
    outstanding: '1000.00',
    credit: '0.00',
  },
  {
    id: 'AG-14',
    title: 'overpaid: 500 paid 300 + 250 → 0 outstanding, 50 credit',
    invoice: {
      dueDate: '2026-03-01',
      amount: 500,
      payments: [
        { date: '2026-03-01', amount: 300 },
        { date: '2026-03-05', amount: 250 },
      ],
    },
    bucket: null,
    outstanding: '0.00',
    credit: '50.00',
  },
  {
    id: 'AG-15',
    title: 'fully paid on the due date',
    invoice: {
      dueDate: '2026-03-01',
      amount: '80.00',
      payments: [{ date: '2026-03-01', amount: '80.00' }],
    },
    bucket: null,
    outstanding: '0.00',
    credit: '0.00',
  },
  {
    id: 'AG-16',
    title: 'zero-amount invoice is settled',
    invoice: { dueDate: '2026-03-01', amount: 0 },
    bucket: null,
    outstanding: '0.00',
    credit: '0.00',
  },
];

describe('agingReport (golden, C. com. D441-6 tranches)', () => {
  test.each(bucketCases)('$id: $title', ({ invoice, bucket, outstanding, credit }) => {
    const report = agingReport([{ id: 'X', debtorId: 'D', issueDate: '2025-12-01', ...invoice }], {
      asOf,
    });
    expect(report.total.outstanding).toBe(outstanding);
    expect(report.total.credit).toBe(credit);
    for (const b of report.total.buckets) {
      expect([b.id, b.outstanding, b.count]).toEqual(
        b.id === bucket ? [b.id, outstanding, 1] : [b.id, '0.00', 0],
      );
    }
  });

  const ledger: ReadonlyArray<LedgerInvoice> = [
    { id: 'A1', debtorId: 'A', issueDate: '2025-12-01', dueDate: '2026-03-31', amount: '100.00' },
    { id: 'A2', debtorId: 'A', issueDate: '2025-12-01', dueDate: '2026-03-01', amount: '200.00' },
    {
      id: 'A3',
      debtorId: 'A',
      issueDate: '2025-12-01',
      dueDate: '2026-02-28',
      amount: '300.00',
      payments: [{ date: '2026-03-15', amount: '120.50' }],
    },
    {
      id: 'A4',
      debtorId: 'A',
      issueDate: '2025-12-01',
      dueDate: '2026-01-30',
      amount: '400.00',
      creditNotes: [{ date: '2026-02-10', amount: '100.00' }],
    },
    { id: 'A5', debtorId: 'A', issueDate: '2025-12-01', dueDate: '2026-01-29', amount: '50.00' },
    { id: 'A6', debtorId: 'A', issueDate: '2025-12-01', dueDate: '2025-12-31', amount: '60.00' },
    { id: 'A7', debtorId: 'A', issueDate: '2025-11-30', dueDate: '2025-12-30', amount: '70.00' },
    {
      id: 'B1',
      debtorId: 'B',
      issueDate: '2026-03-31',
      dueDate: '2026-04-30',
      amount: '1000.00',
      payments: [{ date: '2026-04-05', amount: '1000.00' }],
    },
    {
      id: 'B2',
      debtorId: 'B',
      issueDate: '2026-01-15',
      dueDate: '2026-03-01',
      amount: '500.00',
      payments: [
        { date: '2026-03-01', amount: '300.00' },
        { date: '2026-03-05', amount: '250.00' },
      ],
    },
    {
      id: 'B3',
      debtorId: 'B',
      issueDate: '2026-01-15',
      dueDate: '2026-03-01',
      amount: '80.00',
      payments: [{ date: '2026-03-01', amount: '80.00' }],
    },
    { id: 'B4', debtorId: 'B', issueDate: '2026-04-02', dueDate: '2026-05-02', amount: '999.00' },
    {
      id: 'B5',
      debtorId: 'B',
      issueDate: '2026-01-15',
      dueDate: '2026-02-15',
      amount: '250.00',
      disputed: true,
    },
  ];

  it('sums a mixed two-debtor ledger per debtor and in total', () => {
    const r = agingReport(ledger, { asOf });
    const rows = (f: (typeof r)['total']) => f.buckets.map((b) => [b.id, b.outstanding, b.count]);
    expect(r.debtors.map((d) => d.debtorId)).toEqual(['A', 'B']);
    expect(rows(r.debtors[0]!)).toEqual([
      ['not_due', '100.00', 1],
      ['1-30', '200.00', 1],
      ['31-60', '479.50', 2],
      ['61-90', '110.00', 2],
      ['91+', '70.00', 1],
    ]);
    expect(r.debtors[0]).toMatchObject({ outstanding: '959.50', overdue: '859.50', count: 7 });
    expect(rows(r.debtors[1]!)).toEqual([
      ['not_due', '1000.00', 1],
      ['1-30', '0.00', 0],
      ['31-60', '250.00', 1],
      ['61-90', '0.00', 0],
      ['91+', '0.00', 0],
    ]);
    expect(r.debtors[1]).toMatchObject({
      outstanding: '1250.00',
      overdue: '250.00',
      credit: '50.00',
      creditCount: 1,
      disputed: '250.00',
      disputedCount: 1,
    });
    expect(rows(r.total)).toEqual([
      ['not_due', '1100.00', 2],
      ['1-30', '200.00', 1],
      ['31-60', '729.50', 3],
      ['61-90', '110.00', 2],
      ['91+', '70.00', 1],
    ]);
    expect(r.total).toMatchObject({ outstanding: '2209.50', overdue: '1109.50', count: 9 });
    expect(r).toMatchObject({ invoiceCount: 12, settledCount: 1, notYetIssuedCount: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual([
      'NOT_YET_ISSUED',
      'EVENTS_AFTER_AS_OF',
      'DISPUTED_INCLUDED',
      'CREDIT_BALANCES',
    ]);
  });

  it('leaves disputed invoices out on request and says so (D441-6 IV)', () => {
    const r = agingReport(ledger, { asOf, excludeDisputed: true });
    expect(r.total).toMatchObject({ outstanding: '1959.50', disputed: '250.00', disputedCount: 1 });
    expect(r.warnings.map((w) => w.code)).toContain('DISPUTED_EXCLUDED');
  });

  it('uses custom bucket bounds', () => {
    const r = agingReport(ledger, { asOf, buckets: [45] });
    expect(r.buckets.map((b) => [b.id, b.fromDays, b.toDays])).toEqual([
      ['not_due', null, 0],
      ['1-45', 1, 45],
      ['46+', 46, null],
    ]);
    expect(r.total.buckets.map((b) => b.outstanding)).toEqual(['1100.00', '629.50', '480.00']);
  });

  it('exposes the same ledger per debtor against credit limits', () => {
    const r = exposureByDebtor(ledger, { asOf, creditLimits: { A: '1000.00', B: 1000, C: 5 } });
    expect(r.debtors).toEqual([
      {
        debtorId: 'B',
        openInvoiceCount: 2,
        outstanding: '1250.00',
        overdue: '250.00',
        notDue: '1000.00',
        credit: '50.00',
        creditLimit: '1000.00',
        headroom: '0.00',
        overLimit: '250.00',
        isOverLimit: true,
      },
      {
        debtorId: 'A',
        openInvoiceCount: 7,
        outstanding: '959.50',
        overdue: '859.50',
        notDue: '100.00',
        credit: '0.00',
        creditLimit: '1000.00',
        headroom: '40.50',
        overLimit: '0.00',
        isOverLimit: false,
      },
      {
        debtorId: 'C',
        openInvoiceCount: 0,
        outstanding: '0.00',
        overdue: '0.00',
        notDue: '0.00',
        credit: '0.00',
        creditLimit: '5.00',
        headroom: '5.00',
        overLimit: '0.00',
        isOverLimit: false,
      },
    ]);
    expect(r).toMatchObject({
      totalOutstanding: '2209.50',
      totalOverdue: '1109.50',
      overLimitCount: 1,
    });
  });
});

describe('daysSalesOutstanding (golden)', () => {
  // Receivables on 2026-03-31: 3000 (M1) + 1400 (F1 part-paid) + 0 (J1 paid) = 4400.
  const ledger: ReadonlyArray<LedgerInvoice> = [
    { id: 'M1', debtorId: 'A', issueDate: '2026-03-10', dueDate: '2026-04-09', amount: 3000 },
    {
      id: 'F1',
      debtorId: 'B',
      issueDate: '2026-02-10',
      dueDate: '2026-03-12',
      amount: 2800,
      payments: [{ date: '2026-03-20', amount: 1400 }],
    },
    {
      id: 'J1',
      debtorId: 'B',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amount: 1200,
      payments: [{ date: '2026-02-09', amount: 1200 }],
    },
  ];

  it('simple: 4400 / 7000 × 90 = 56.57 days', () => {
    const r = daysSalesOutstanding(ledger, { asOf, periodDays: 90 });
    expect(r).toMatchObject({
      days: 56.57,
      receivables: '4400.00',
      sales: '7000.00',
      periodStart: '2026-01-01',
    });
  });

  it('simple: the period starts on asOf − periodDays + 1 (30 days: 4400 / 3000 × 30 = 44)', () => {
    const r = daysSalesOutstanding(ledger, { asOf, periodDays: 30 });
    expect(r).toMatchObject({ days: 44, sales: '3000.00', periodStart: '2026-03-02' });
  });

  it('count-back: March 31 days (3000) + February 28 × 1400 / 2800 = 45 days', () => {
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back' });
    expect(r.days).toBe(45);
    expect(r.complete).toBe(true);
    expect(r.months).toEqual([
      { month: '2026-03', days: 31, sales: '3000.00', absorbed: '3000.00', dsoDays: 31 },
      { month: '2026-02', days: 28, sales: '2800.00', absorbed: '1400.00', dsoDays: 14 },
    ]);
  });

  it('count-back from mid-month: 15 days of April (1000) then March 31 × 1500 / 3000', () => {
    const r = daysSalesOutstanding(
      [
        { id: 'a', debtorId: 'A', issueDate: '2026-04-10', dueDate: '2026-05-10', amount: 1000 },
        {
          id: 'b',
          debtorId: 'A',
          issueDate: '2026-03-10',
          dueDate: '2026-04-09',
          amount: 3000,
          payments: [{ date: '2026-04-12', amount: 1500 }],
        },
      ],
      { asOf: '2026-04-15', method: 'count-back' },
    );
    expect(r.days).toBe(30.5);
    expect(r.months.map((m) => m.days)).toEqual([15, 31]);
  });
});

describe('averageDaysLate (golden)', () => {
  it('weighs each payment by its amount: (1000 × 30 + 3000 × 0 + 500 × 10) / 4500 = 7.78', () => {
    const r = averageDaysLate(
      [
        {
          id: '1',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 1000,
          payments: [{ date: '2026-03-02', amount: 1000 }],
        },
        {
          id: '2',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amount: 3000,
          payments: [{ date: '2026-01-20', amount: 3000 }],
        },
        {
          id: '3',
          debtorId: 'A',
          issueDate: '2026-01-01',
          dueDate: '2026-02-10',
          amount: 800,
          payments: [{ date: '2026-02-20', amount: 500 }],
        },
      ],
      { asOf },
    );
    expect(r).toMatchObject({
      averageDaysLate: 7.78,
      maxDaysLate: 30,
      paymentCount: 3,
      latePaymentCount: 2,
      paidAmount: '4500.00',
    });
  });
});

describe('payerProfile (golden)', () => {
  const on = (id: string, due: string, paid: string, amount = 1000): LedgerInvoice => ({
    id,
    debtorId: 'ACME',
    issueDate: '2025-10-01',
    dueDate: due,
    amount,
    payments: [{ date: paid, amount }],
  });

  it('grades A a debtor paying on time', () => {
    const p = payerProfile(
      [on('1', '2026-01-31', '2026-01-31'), on('2', '2026-02-28', '2026-02-20')],
      { asOf },
    );
    expect(p).toMatchObject({
      grade: 'A',
      reasons: [],
      flags: [],
      lateShare: '0',
      averageDaysLate: 0,
      assessedInvoiceCount: 2,
    });
  });

  it('grades C a chronic late payer (3 of 4 late)', () => {
    const p = payerProfile(
      [
        on('1', '2026-01-05', '2026-01-10'),
        on('2', '2026-01-15', '2026-01-20'),
        on('3', '2026-02-05', '2026-02-10'),
        on('4', '2026-02-15', '2026-02-15'),
      ],
      { asOf },
    );
    expect(p).toMatchObject({
      grade: 'C',
      lateShare: '0.75',
      lateInvoiceCount: 3,
      averageDaysLate: 3.75,
      maxDaysLate: 5,
    });
    expect(p.flags).toEqual(['chronic_late_payer']);
    expect(p.reasons.map((r) => r.code)).toEqual(['CHRONIC_LATE_PAYER']);
  });

  it('grades C a broken promise and B its 38 days late', () => {
    const p = payerProfile(
      [
        {
          ...on('1', '2026-01-31', '2026-03-10'),
          events: [
            { type: 'promise_to_pay', date: '2026-02-10', promisedDate: '2026-02-20' },
            { type: 'reminder_sent', date: '2026-02-01' },
          ],
        },
      ],
      { asOf },
    );
    expect(p.grade).toBe('C');
    expect(p.brokenPromises).toEqual([
      { invoiceId: '1', promisedDate: '2026-02-20', promisedAmount: null },
    ]);
    expect(p.reasons.map((r) => [r.code, r.grade])).toEqual([
      ['BROKEN_PROMISE', 'C'],
      ['DAYS_LATE_OVER_30', 'B'],
      ['FREQUENT_LATE_PAYMENTS', 'B'],
    ]);
    expect(p.flags).toEqual(['broken_promises']);
  });

  it('keeps a promise of an amount paid in time, breaks one paid short', () => {
    const inv: LedgerInvoice = {
      id: 'P',
      debtorId: 'ACME',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amount: 1000,
      payments: [
        { date: '2026-02-18', amount: 500 },
        { date: '2026-03-05', amount: 200 },
      ],
      events: [
        { type: 'promise_to_pay', date: '2026-02-10', promisedDate: '2026-02-20', amount: 500 },
        {
          type: 'promise_to_pay',
          date: '2026-02-25',
          promisedDate: '2026-03-05',
          amount: '300.00',
        },
        { type: 'promise_to_pay', date: '2026-03-25', promisedDate: '2026-04-10' },
      ],
    };
    const p = payerProfile([inv], { asOf });
    expect(p.brokenPromises).toEqual([
      { invoiceId: 'P', promisedDate: '2026-03-05', promisedAmount: '300.00' },
    ]);
    expect(p).toMatchObject({
      outstanding: '300.00',
      overdue: '300.00',
      maxDaysLate: 59,
      grade: 'C',
    });
  });

  it('grades D two broken promises and more than 90 days past due', () => {
    const p = payerProfile(
      [
        {
          id: 'X',
          debtorId: 'Z',
          issueDate: '2025-11-01',
          dueDate: '2025-12-01',
          amount: 700,
          events: [
            { type: 'promise_to_pay', date: '2026-01-05', promisedDate: '2026-01-15' },
            { type: 'promise_to_pay', date: '2026-02-05', promisedDate: '2026-02-15' },
          ],
        },
      ],
      { asOf, creditLimit: 500 },
    );
    expect(p.grade).toBe('D');
    expect(p.reasons.map((r) => r.code)).toEqual([
      'REPEATED_BROKEN_PROMISES',
      'DAYS_LATE_OVER_90',
      'FREQUENT_LATE_PAYMENTS',
      'OVER_CREDIT_LIMIT',
    ]);
    expect(p.flags).toEqual([
      'over_credit_limit',
      'broken_promises',
      'has_overdue',
      'overdue_over_90_days',
    ]);
    expect(p).toMatchObject({ maxDaysLate: 120, creditLimit: '500.00', overCreditLimit: true });
  });

  it('does not count an open disputed invoice as late', () => {
    const p = payerProfile(
      [
        {
          id: 'L',
          debtorId: 'Q',
          issueDate: '2025-12-01',
          dueDate: '2026-01-01',
          amount: '250.00',
          disputed: true,
        },
      ],
      { asOf },
    );
    expect(p).toMatchObject({
      grade: 'A',
      openDisputes: 1,
      disputedAmount: '250.00',
      overdue: '250.00',
      assessedInvoiceCount: 0,
    });
    expect(p.flags).toEqual(['has_disputes', 'has_overdue']);
    expect(p.warnings.map((w) => w.code)).toEqual(['NO_PAYMENT_HISTORY']);
  });
});
