import { describe, expect, it } from 'vitest';
import { computeClaimStatement, computeLatePenalties } from './index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('did not throw');
}

const invoice = deepFreeze({
  number: 'F-2025-010',
  issueDate: '2025-05-16',
  dueDate: '2025-06-15',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
  latePenaltyClause: { type: 'fixed', ratePercent: '15' },
  payments: [{ date: '2025-07-15', amount: '6000.00' }],
  creditNotes: [{ date: '2025-06-30', amount: '1200.00' }],
} as const);

describe('computeClaimStatement', () => {
  it('adds one 40 € per late invoice and sums the lines (CJEU C-585/20, D441-5)', () => {
    const claim = computeClaimStatement(
      deepFreeze([
        { reference: 'F-1', amount: '1200.00', dueDate: '2025-03-31' },
        {
          reference: 'F-2',
          amount: '800.00',
          dueDate: '2025-04-30',
          payments: [{ date: '2025-05-10', amount: '800.00' }],
        },
        { reference: 'F-3', amount: '500.00', dueDate: '2025-07-31' },
      ]),
      { asOf: '2025-06-30', debtor: 'professional' },
    );
    const one = computeLatePenalties({
      debtor: 'professional',
      amount: '1200.00',
      dueDate: '2025-03-31',
      asOf: '2025-06-30',
    });
    expect(
      claim.lines.map((l) => [l.reference, l.statement.interest, l.statement.indemnity]),
    ).toEqual([
      ['F-1', one.interest, '40.00'],
      ['F-2', '2.88', '40.00'],
      ['F-3', '0.00', '0.00'],
    ]);
    expect(claim.totals).toMatchObject({
      principal: '2500.00',
      principalPaid: '800.00',
      principalOutstanding: '1700.00',
      lateInvoices: 2,
      indemnities: '80.00',
      additionalCosts: '0.00',
    });
    expect(claim.totals.interest).toBe((Number(one.interest) + 2.88).toFixed(2));
    expect(claim.totals.total).toBe((Number(claim.totals.interest) + 80).toFixed(2));
    expect(claim.totals.amountDue).toBe(
      (1700 + Number(claim.totals.interestOutstanding) + 80).toFixed(2),
    );
    expect(claim).toMatchObject({
      regime: 'b2b-l441-10',
      debtor: 'professional',
      asOf: '2025-06-30',
    });
  });

  it('takes amount, due date, payments, credit notes, buyer kind and clause from an invoice', () => {
    const claim = computeClaimStatement([invoice], { asOf: '2025-07-31' });
    const s = claim.lines[0]!.statement;
    expect(claim.lines[0]).toMatchObject({
      reference: 'F-2025-010',
      amount: '12000.00',
      dueDate: '2025-06-15',
    });
    expect(s.segments.map((x) => [x.from, x.to, x.base, x.ratePercent, x.amount])).toEqual([
      ['2025-06-16', '2025-06-30', '12000.00', '15.00', '73.97'],
      ['2025-07-01', '2025-07-15', '10800.00', '15.00', '66.58'],
      ['2025-07-16', '2025-07-31', '4800.00', '15.00', '31.56'],
    ]);
    expect(s.allocations.map((a) => [a.kind, a.toPrincipal])).toEqual([
      ['credit-note', '1200.00'],
      ['payment', '6000.00'],
    ]);
    expect(claim.debtor).toBe('professional');
  });

  it('computeLatePenalties accepts the same invoice, and base: excl-vat uses its VAT share', () => {
    const s = computeLatePenalties({ invoice, asOf: '2025-07-31' }, { base: 'excl-vat' });
    expect(s.input).toMatchObject({
      invoiceNumber: 'F-2025-010',
      amount: '12000.00',
      amountExclVat: '10000.00',
      clause: { type: 'fixed' },
    });
    expect(s.segments.map((x) => x.base)).toEqual(['10000.00', '9000.00', '4000.00']);
    const other = computeLatePenalties({
      invoice,
      asOf: '2025-07-31',
      clause: { type: 'statutory' },
    });
    expect(other.segments[0]!.ratePercent).toBe('13.15');
  });

  it('claims justified costs above the sum of the indemnities', () => {
    const items = [
      { reference: 'A', amount: '100.00', dueDate: '2025-01-31' },
      { reference: 'B', amount: '100.00', dueDate: '2025-01-31' },
    ];
    expect(
      computeClaimStatement(items, {
        asOf: '2025-03-01',
        debtor: 'professional',
        additionalRecoveryCosts: '150',
      }).totals,
    ).toMatchObject({
      indemnities: '80.00',
      additionalCosts: '70.00',
    });
    expect(
      computeClaimStatement(items, {
        asOf: '2025-03-01',
        debtor: 'professional',
        additionalRecoveryCosts: '50',
      }).totals.additionalCosts,
    ).toBe('0.00');
    const consumer = computeClaimStatement(items, {
      asOf: '2025-03-01',
      debtor: 'consumer',
      additionalRecoveryCosts: '150',
      formalNoticeDate: '2025-02-01',
    });
    expect(consumer.totals.additionalCosts).toBe('0.00');
    expect(consumer.warnings.map((w) => [w.code, w.reference])).toEqual([
      ['ADDITIONAL_COSTS_NOT_CLAIMABLE', null],
    ]);
  });

  it('tags each finding with its invoice', () => {
    const claim = computeClaimStatement(
      [{ reference: 'C-1', amount: '100.00', dueDate: '2025-01-31' }],
      { asOf: '2025-03-01', debtor: 'consumer' },
    );
    expect(claim.warnings).toEqual([
      expect.objectContaining({ code: 'NO_FORMAL_NOTICE', reference: 'C-1' }),
    ]);
  });

  it('applies the shared clause, notice and insolvency date to every debt', () => {
    const claim = computeClaimStatement(
      [{ reference: 'A', amount: '1000.00', dueDate: '2025-01-31' }],
      {
        asOf: '2025-03-01',
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '20' },
        insolvencyOpenedOn: '2025-02-11',
      },
    );
    expect(claim.lines[0]!.statement.segments.map((x) => [x.days, x.ratePercent])).toEqual([
      [10, '20.00'],
    ]);
  });

  describe('bad input', () => {
    it('rejects an empty list', () => {
      expect(
        thrown(() => computeClaimStatement([], { asOf: '2025-01-01', debtor: 'professional' })),
      ).toMatchObject({ code: 'INVALID_INPUT', path: ['invoices'] });
    });

    it('reports every bad item with its path', () => {
      const e = thrown(() =>
        computeClaimStatement(
          [
            { reference: 'A', amount: '-1', dueDate: '2025-01-31' },
            {
              reference: 'B',
              amount: '1',
              dueDate: '2025-01-31',
              payments: [{ date: '2025-04-01', amount: '1' }],
            },
            { reference: 'B', amount: '1', dueDate: '2025-01-31' },
            { ...invoice, buyer: { kind: 'public', name: 'Mairie' } },
            { ...invoice, number: 'F-9', buyer: { kind: 'consumer', name: 'M. X' } },
            {
              ...invoice,
              number: 'F-8',
              payments: [{ date: '2025-05-20', amount: '1' }],
              creditNotes: [{ date: '2025-05-21', amount: '1' }],
            },
          ],
          { asOf: '2025-03-01', debtor: 'professional' },
        ),
      );
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      // Payments and credit notes after asOf are not errors (issue 12 item 8): they are left out.
      expect((e.issues as Array<{ path: unknown }>).map((i) => i.path)).toEqual([
        ['invoices', 0, 'amount'],
        ['invoices', 2, 'reference'],
        ['invoices', 3, 'buyer', 'kind'],
        ['invoices', 4, 'buyer', 'kind'],
      ]);
    });

    it('issue 12 item 8: a claim statement leaves later payments out and warns per invoice', () => {
      const claim = computeClaimStatement(
        [
          { reference: 'A', amount: '100.00', dueDate: '2025-01-31' },
          {
            reference: 'B',
            amount: '100.00',
            dueDate: '2025-01-31',
            payments: [
              { date: '2025-04-02', amount: '60.00' },
              { date: '2025-04-01', amount: '40.00' },
            ],
          },
        ],
        { asOf: '2025-03-01', debtor: 'professional' },
      );
      expect(claim.warnings.filter((w) => w.code === 'EVENTS_AFTER_AS_OF')).toEqual([
        expect.objectContaining({ reference: 'B', details: { count: 2, firstDate: '2025-04-01' } }),
      ]);
      expect(claim.lines[1]!.statement.principalOutstanding).toBe('100.00');
    });

    it('rejects duplicate invoice numbers, and a claim option clause applies to invoices without one', () => {
      expect(
        thrown(() => computeClaimStatement([invoice, invoice], { asOf: '2025-07-31' })),
      ).toMatchObject({
        issues: [{ path: ['invoices', 1, 'number'] }],
      });
      const { latePenaltyClause: _, ...bare } = invoice;
      const claim = computeClaimStatement([bare], {
        asOf: '2025-07-31',
        clause: { type: 'fixed', ratePercent: '20' },
      });
      expect(claim.lines[0]!.statement.segments[0]!.ratePercent).toBe('20.00');
    });

    it('computeLatePenalties refuses debt fields next to an invoice, and leaves invoice payments after asOf out', () => {
      expect(
        thrown(() =>
          computeLatePenalties({ invoice, amount: '1', payments: [], asOf: '2025-07-31' }),
        ),
      ).toMatchObject({
        issues: [{ path: ['amount'] }, { path: ['payments'] }],
      });
      expect(computeLatePenalties({ invoice, asOf: '2025-07-01' })).toMatchObject({
        principalOutstanding: '10800.00',
        warnings: expect.arrayContaining([
          expect.objectContaining({
            code: 'EVENTS_AFTER_AS_OF',
            details: { count: 1, firstDate: '2025-07-15' },
          }),
        ]),
      });
      expect(
        thrown(() =>
          computeLatePenalties({
            invoice: { ...invoice, creditNotes: [{ date: '2025-06-01', amount: '13000.00' }] },
            asOf: '2025-07-31',
          }),
        ),
      ).toMatchObject({
        issues: [{ path: ['invoice', 'creditNotes', 0, 'amount'] }],
      });
    });

    it('needs the debtor kind when no item is an invoice, and valid options', () => {
      expect(
        thrown(() =>
          computeClaimStatement([{ reference: 'A', amount: '1', dueDate: '2025-01-31' }], {
            asOf: '2025-03-01',
          }),
        ),
      ).toMatchObject({
        issues: [{ path: ['options', 'debtor'] }],
      });
      expect(thrown(() => computeClaimStatement([invoice], { asOf: 'soon' }))).toMatchObject({
        issues: [{ path: ['options', 'asOf'] }],
      });
    });

    it('reports an overpayment with the item path', () => {
      expect(
        thrown(() =>
          computeClaimStatement(
            [
              {
                reference: 'A',
                amount: '10.00',
                dueDate: '2025-01-31',
                payments: [{ date: '2025-01-01', amount: '11.00' }],
              },
            ],
            {
              asOf: '2025-03-01',
              debtor: 'professional',
            },
          ),
        ),
      ).toMatchObject({ issues: [{ path: ['invoices', 0, 'payments', 0, 'amount'] }] });
      expect(
        thrown(() =>
          computeClaimStatement(
            [{ ...invoice, creditNotes: [{ date: '2025-06-01', amount: '13000.00' }] }],
            { asOf: '2025-07-31' },
          ),
        ),
      ).toMatchObject({ issues: [{ path: ['invoices', 0, 'creditNotes', 0, 'amount'] }] });
    });
  });
});

describe('issue 12 item 4: bounded amounts, no DecimalError, no exponent', () => {
  it('rejects an amount of 10^50 with OUT_OF_RANGE instead of a raw DecimalError', () => {
    const e = thrown(() =>
      computeClaimStatement(
        [{ reference: 'A', amount: `1${'0'.repeat(50)}`, dueDate: '2020-01-01' }],
        {
          asOf: '2025-01-01',
          debtor: 'professional',
        },
      ),
    );
    expect(e).toMatchObject({
      name: 'ImpayesError',
      code: 'OUT_OF_RANGE',
      path: ['invoices', 0, 'amount'],
    });
  });

  it('computes the largest amounts exactly, in plain digits', () => {
    const claim = computeClaimStatement(
      [
        { reference: 'A', amount: '999999999999999.99', dueDate: '2020-01-01' },
        { reference: 'B', amount: '999999999999999.99', dueDate: '2020-01-01' },
      ],
      { asOf: '2025-01-01', debtor: 'professional' },
    );
    const json = JSON.stringify(claim);
    expect(json).not.toMatch(/\d[eE][+-]?\d/);
    expect(claim.totals.principal).toBe('1999999999999999.98');
  });
});
