import {
  allocatePayment,
  type InvoiceLike,
  invoiceDueDate,
  invoiceTotals,
  isImpayesError,
  outstandingAmount,
  type PaymentTerms,
  parseInvoice,
  safeParseInvoice,
} from 'impayes-core';
import { describe, expect, test } from 'vitest';

const base = {
  number: 'G-1',
  issueDate: '2025-03-10',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
} as const satisfies InvoiceLike;

interface DueCase {
  readonly id: string;
  readonly title: string;
  readonly issueDate: string;
  readonly deliveryDate?: string;
  readonly terms?: PaymentTerms;
  readonly dueDate: string;
}

const eom = (days: number, method: 'days-then-eom' | 'eom-then-days'): PaymentTerms => ({
  type: 'end-of-month',
  days,
  method,
});

// docs/law.md §9 and edge dates, through the invoice model.
const dueCases: ReadonlyArray<DueCase> = [
  {
    id: 'EX-45EOM-A',
    title: '45 days EOM, 10 March, method A → 30 April',
    issueDate: '2025-03-10',
    terms: eom(45, 'days-then-eom'),
    dueDate: '2025-04-30',
  },
  {
    id: 'EX-45EOM-B',
    title: '45 days EOM, 10 March, method B → 15 May',
    issueDate: '2025-03-10',
    terms: eom(45, 'eom-then-days'),
    dueDate: '2025-05-15',
  },
  {
    id: 'EX-30EOM-1',
    title: '30 days EOM A, 2023-01-05 → 2023-02-28',
    issueDate: '2023-01-05',
    terms: eom(30, 'days-then-eom'),
    dueDate: '2023-02-28',
  },
  {
    id: 'EX-30EOM-2',
    title: '30 days EOM A, 2023-03-15 → 2023-04-30',
    issueDate: '2023-03-15',
    terms: eom(30, 'days-then-eom'),
    dueDate: '2023-04-30',
  },
  {
    id: 'EX-30EOM-3',
    title: '30 days EOM A, 2023-06-28 → 2023-07-31',
    issueDate: '2023-06-28',
    terms: eom(30, 'days-then-eom'),
    dueDate: '2023-07-31',
  },
  {
    id: 'EX-0131-A',
    title: 'invoice 2025-01-31 + 45 days EOM, A → 2025-03-31',
    issueDate: '2025-01-31',
    terms: eom(45, 'days-then-eom'),
    dueDate: '2025-03-31',
  },
  {
    id: 'EX-0131-B',
    title: 'invoice 2025-01-31 + 45 days EOM, B → 2025-03-17',
    issueDate: '2025-01-31',
    terms: eom(45, 'eom-then-days'),
    dueDate: '2025-03-17',
  },
  {
    id: 'EX-60D',
    title: '60 days from 6 April = 5 June, not two months',
    issueDate: '2025-04-06',
    terms: { type: 'net', days: 60 },
    dueDate: '2025-06-05',
  },
  {
    id: 'EDGE-LEAP-NET',
    title: '29 Feb + 30 days',
    issueDate: '2024-02-29',
    terms: { type: 'net', days: 30 },
    dueDate: '2024-03-30',
  },
  {
    id: 'EDGE-LEAP-EOM-B',
    title: '29 Feb, 45 days EOM B',
    issueDate: '2024-02-29',
    terms: eom(45, 'eom-then-days'),
    dueDate: '2024-04-14',
  },
  {
    id: 'EDGE-31-SHORT',
    title: '31 January + 28 days EOM A → end of a short February',
    issueDate: '2023-01-31',
    terms: eom(28, 'days-then-eom'),
    dueDate: '2023-02-28',
  },
  {
    id: 'EDGE-31-NET',
    title: '31 January + 28 days → 28 February (common year)',
    issueDate: '2025-01-31',
    terms: { type: 'net', days: 28 },
    dueDate: '2025-02-28',
  },
  {
    id: 'EDGE-YEAR-END-A',
    title: '15 December, 45 days EOM A → 31 January',
    issueDate: '2025-12-15',
    terms: eom(45, 'days-then-eom'),
    dueDate: '2026-01-31',
  },
  {
    id: 'EDGE-YEAR-END-NET',
    title: '31 December + 30 days',
    issueDate: '2025-12-31',
    terms: { type: 'net', days: 30 },
    dueDate: '2026-01-30',
  },
  {
    id: 'EDGE-DEFAULT-DELIVERY',
    title: 'no terms: 30 days after delivery on 31 January (leap year)',
    issueDate: '2024-02-05',
    deliveryDate: '2024-01-31',
    dueDate: '2024-03-01',
  },
  {
    id: 'EDGE-DEFAULT-ISSUE',
    title: 'no terms, no delivery: 30 days after issue, year end',
    issueDate: '2025-12-15',
    dueDate: '2026-01-14',
  },
];

describe('invoiceDueDate (golden, docs/law.md §9)', () => {
  test.each(dueCases)('$id: $title', ({ issueDate, deliveryDate, terms, dueDate }) => {
    const invoice = {
      ...base,
      issueDate,
      ...(deliveryDate === undefined ? {} : { deliveryDate }),
      ...(terms === undefined ? {} : { terms }),
    };
    expect(invoiceDueDate(invoice).dueDate).toBe(dueDate);
  });
});

interface TotalsCase {
  readonly id: string;
  readonly title: string;
  readonly lines: ReadonlyArray<readonly [quantity: string, unitPrice: string, rate: string]>;
  readonly expected: readonly [exclVat: string, vat: string, inclVat: string];
}

const totalsCases: ReadonlyArray<TotalsCase> = [
  {
    id: 'TOT-1',
    title: 'one line at 20 %',
    lines: [['1', '100', '20']],
    expected: ['100.00', '20.00', '120.00'],
  },
  {
    id: 'TOT-HALF-UP',
    title: 'VAT 0.125 rounds half-up to 0.13',
    lines: [['1', '0.625', '20']],
    expected: ['0.63', '0.13', '0.76'],
  },
  {
    id: 'TOT-PER-RATE',
    title: 'VAT on the rate’s sum, not per line (3 × 0.05 at 10 %)',
    lines: [
      ['1', '0.05', '10'],
      ['1', '0.05', '10'],
      ['1', '0.05', '10'],
    ],
    expected: ['0.15', '0.02', '0.17'],
  },
  {
    id: 'TOT-MIXED',
    title: 'books at 5.5 % and a service at 20 %',
    lines: [
      ['3', '9.99', '5.5'],
      ['1', '450', '20'],
    ],
    expected: ['479.97', '91.65', '571.62'],
  },
  {
    id: 'TOT-FRACTIONAL-QTY',
    title: '2.5 hours at 66.666 €',
    lines: [['2.5', '66.666', '20']],
    expected: ['166.67', '33.33', '200.00'],
  },
  {
    id: 'TOT-ZERO-RATE',
    title: 'exempt line (0 %) and 2.1 % press',
    lines: [
      ['1', '1000', '0'],
      ['10', '1.20', '2.1'],
    ],
    expected: ['1012.00', '0.25', '1012.25'],
  },
  {
    id: 'TOT-DISCOUNT',
    title: 'a discount line lowers its rate’s base',
    lines: [
      ['1', '1000', '20'],
      ['1', '-100', '20'],
    ],
    expected: ['900.00', '180.00', '1080.00'],
  },
];

describe('invoiceTotals (golden)', () => {
  test.each(totalsCases)('$id: $title', ({ lines, expected }) => {
    const t = invoiceTotals({
      ...base,
      totals: undefined,
      lines: lines.map(([quantity, unitPriceExclVat, vatRatePercent], i) => ({
        description: `line ${i}`,
        quantity,
        unitPriceExclVat,
        vatRatePercent,
      })),
    });
    expect([t.exclVat, t.vat, t.inclVat]).toEqual(expected);
  });
});

describe('outstandingAmount (golden)', () => {
  test.each([
    {
      id: 'OUT-PARTIAL',
      title: 'part payment',
      asOf: '2025-05-15',
      expected: ['4000.00', '0.00', '8000.00', '0.00'],
    },
    {
      id: 'OUT-SAME-DAY',
      title: 'payment on asOf counts',
      asOf: '2025-06-30',
      expected: ['10000.00', '0.00', '2000.00', '0.00'],
    },
    {
      id: 'OUT-CREDIT-NOTE',
      title: 'credit note counts from its date',
      asOf: '2025-07-01',
      expected: ['10000.00', '2500.00', '0.00', '500.00'],
    },
    {
      id: 'OUT-BEFORE',
      title: 'nothing counted before the first payment',
      asOf: '2025-05-14',
      expected: ['0.00', '0.00', '12000.00', '0.00'],
    },
  ])('$id: $title', ({ asOf, expected }) => {
    const r = outstandingAmount(
      {
        ...base,
        payments: [
          { date: '2025-05-15', amount: '4000.00' },
          { date: '2025-06-30', amount: '6000.00' },
        ],
        creditNotes: [{ date: '2025-07-01', amount: '2500.00' }],
      },
      asOf,
    );
    expect([r.paid, r.credited, r.outstanding, r.credit]).toEqual(expected);
  });
});

describe('allocatePayment (golden, C. civ. 1342-10)', () => {
  const debts = [
    { id: 'A', dueDate: '2025-01-31', outstanding: '1000.00' },
    { id: 'B', dueDate: '2025-02-28', outstanding: '500.00' },
    { id: 'C', dueDate: '2025-02-28', outstanding: '250.00' },
    { id: 'D', dueDate: '2025-06-30', outstanding: '800.00' },
  ];
  test.each([
    {
      id: 'ALLOC-OLDEST',
      title: 'oldest due debt first',
      amount: '600.00',
      designation: undefined,
      expected: [['A', '600.00']],
      credit: '0.00',
    },
    {
      id: 'ALLOC-PRO-RATA',
      title: 'equal due dates pro rata (2/3, 1/3)',
      amount: '1100.00',
      designation: undefined,
      expected: [
        ['A', '1000.00'],
        ['B', '66.67'],
        ['C', '33.33'],
      ],
      credit: '0.00',
    },
    {
      id: 'ALLOC-NOT-DUE-LAST',
      title: 'not-yet-due debt last',
      amount: '2000.00',
      designation: undefined,
      expected: [
        ['A', '1000.00'],
        ['B', '500.00'],
        ['C', '250.00'],
        ['D', '250.00'],
      ],
      credit: '0.00',
    },
    {
      id: 'ALLOC-DESIGNATED',
      title: 'the debtor pays the not-yet-due debt',
      amount: '900.00',
      designation: 'D',
      expected: [
        ['D', '800.00'],
        ['A', '100.00'],
      ],
      credit: '0.00',
    },
    {
      id: 'ALLOC-CREDIT',
      title: 'excess returned as credit',
      amount: '3000.00',
      designation: undefined,
      expected: [
        ['A', '1000.00'],
        ['B', '500.00'],
        ['C', '250.00'],
        ['D', '800.00'],
      ],
      credit: '450.00',
    },
  ])('$id: $title', ({ amount, designation, expected, credit }) => {
    const r = allocatePayment(
      { date: '2025-03-15', amount },
      debts,
      designation === undefined ? undefined : { designation },
    );
    expect(r.allocations.map((a) => [a.id, a.amount])).toEqual(expected);
    expect(r.credit).toBe(credit);
  });
});

describe('parseInvoice bad input (golden)', () => {
  const line = { description: 'x', quantity: 1, unitPriceExclVat: 10, vatRatePercent: 20 };
  test.each([
    {
      id: 'BAD-KIND',
      title: 'unknown debtor kind',
      patch: { buyer: { kind: 'company', name: 'X' } },
      path: ['buyer', 'kind'],
    },
    {
      id: 'BAD-QTY',
      title: 'negative quantity',
      patch: { totals: undefined, lines: [{ ...line, quantity: -2 }] },
      path: ['lines', 0, 'quantity'],
    },
    {
      id: 'BAD-VAT-101',
      title: 'VAT rate 101',
      patch: { totals: undefined, lines: [{ ...line, vatRatePercent: 101 }] },
      path: ['lines', 0, 'vatRatePercent'],
    },
    {
      id: 'BAD-VAT-NEG',
      title: 'VAT rate −1',
      patch: { totals: undefined, lines: [{ ...line, vatRatePercent: '-1' }] },
      path: ['lines', 0, 'vatRatePercent'],
    },
    {
      id: 'BAD-DATE-0230',
      title: 'impossible date 30 February',
      patch: { issueDate: '2025-02-30' },
      path: ['issueDate'],
    },
    {
      id: 'BAD-DATE-MONTH',
      title: 'impossible month 13',
      patch: { deliveryDate: '2025-13-01' },
      path: ['deliveryDate'],
    },
    {
      id: 'BAD-DATE-LEAP',
      title: '29 February of a common year',
      patch: { dueDate: '2025-02-29' },
      path: ['dueDate'],
    },
    {
      id: 'BAD-PAYMENT-DATE',
      title: 'impossible payment date',
      patch: { payments: [{ date: '2025-04-31', amount: 1 }] },
      path: ['payments', 0, 'date'],
    },
    { id: 'BAD-USD', title: 'currency USD', patch: { currency: 'USD' }, path: ['currency'] },
    {
      id: 'BAD-TOTALS',
      title: 'totals not adding up',
      patch: { totals: { exclVat: 100, vat: 20, inclVat: 121 } },
      path: ['totals', 'inclVat'],
    },
    { id: 'BAD-BOTH', title: 'lines and totals', patch: { lines: [line] }, path: ['totals'] },
    {
      id: 'BAD-AMOUNT',
      title: 'payment of 0',
      patch: { payments: [{ date: '2025-04-01', amount: 0 }] },
      path: ['payments', 0, 'amount'],
    },
    {
      id: 'BAD-CENTS',
      title: 'payment with a third decimal',
      patch: { payments: [{ date: '2025-04-01', amount: '1.005' }] },
      path: ['payments', 0, 'amount'],
    },
    {
      id: 'BAD-FR-COMMA',
      title: 'French comma in an amount',
      patch: { totals: { exclVat: '100,00', vat: 20, inclVat: 120 } },
      path: ['totals', 'exclVat'],
    },
    {
      id: 'BAD-NAN',
      title: 'NaN quantity',
      patch: { totals: undefined, lines: [{ ...line, quantity: Number.NaN }] },
      path: ['lines', 0, 'quantity'],
    },
    {
      id: 'BAD-SIREN',
      title: 'SIREN with a wrong key',
      patch: { buyer: { kind: 'professional', name: 'X', siren: '732829321' } },
      path: ['buyer', 'siren'],
    },
  ])('$id: $title → INVALID_INPUT at the path', ({ patch, path }) => {
    const r = safeParseInvoice({ ...base, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error).toMatchObject({ code: 'INVALID_INPUT' });
      expect(r.error.issues[0]?.path).toEqual(path);
    }
    try {
      parseInvoice({ ...base, ...patch });
      expect.unreachable();
    } catch (e) {
      expect(isImpayesError(e)).toBe(true);
      expect(e).not.toBeInstanceOf(TypeError);
    }
  });
});
