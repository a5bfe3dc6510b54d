import { describe, expect, it } from 'vitest';
import { computeClaimStatement } from './index.js';

function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('did not throw');
}

const invoice = {
  number: 'F-2025-010',
  issueDate: '2025-05-16',
  dueDate: '2025-06-15',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
  latePenaltyClause: { type: 'fixed', ratePercent: '15' },
} as const;

describe('computeClaimStatement edge cases', () => {
  it('sums every line into the totals and adds justified costs above the indemnities (L441-10 II, D441-5)', () => {
    // A: 10 000 € due 2025-01-31, 1 000 € paid 2025-03-02 interest first.
    //   2025-02-01..03-02: 30 d × 10 000 × 13.15 % / 365 = 108.08 (paid), then 9 108.08 € of principal;
    //   2025-03-03..03-31: 29 d × 9 108.08 × 13.15 % / 365 = 95.16.
    // B: 500 € due 2025-02-28: 31 d × 500 × 13.15 % / 365 = 5.58.
    const claim = computeClaimStatement(
      [
        {
          reference: 'A',
          amount: '10000.00',
          dueDate: '2025-01-31',
          payments: [{ date: '2025-03-02', amount: '1000.00' }],
        },
        { reference: 'B', amount: '500.00', dueDate: '2025-02-28' },
      ],
      {
        asOf: '2025-03-31',
        debtor: 'professional',
        allocation: 'interest-first',
        additionalRecoveryCosts: '200',
      },
    );
    expect(claim.lines.map((l) => [l.reference, l.amount, l.dueDate])).toEqual([
      ['A', '10000.00', '2025-01-31'],
      ['B', '500.00', '2025-02-28'],
    ]);
    expect(claim.totals).toEqual({
      principal: '10500.00',
      principalPaid: '891.92',
      principalOutstanding: '9608.08',
      interest: '208.82',
      interestPaid: '108.08',
      interestOutstanding: '100.74',
      lateInvoices: 2,
      indemnities: '80.00',
      additionalCosts: '120.00',
      total: '408.82',
      amountDue: '9908.82',
    });
    expect(claim.article).toBe('C. com. L441-10 II, D441-5');
    expect(claim.warnings).toEqual([]);
  });

  it('claims no additional costs when they equal the indemnities, and no finding for zero costs', () => {
    const items = [{ reference: 'A', amount: '100.00', dueDate: '2025-01-31' }];
    expect(
      computeClaimStatement(items, {
        asOf: '2025-03-01',
        debtor: 'professional',
        additionalRecoveryCosts: '40',
      }).totals,
    ).toMatchObject({ indemnities: '40.00', additionalCosts: '0.00' });
    const consumer = computeClaimStatement(items, {
      asOf: '2025-03-01',
      debtor: 'consumer',
      formalNoticeDate: '2025-02-01',
      additionalRecoveryCosts: '0',
    });
    expect(consumer.warnings).toEqual([]);
    expect(consumer.totals).toMatchObject({ lateInvoices: 0, indemnities: '0.00' });
  });

  it('explains why costs are not claimable when no invoice owes the indemnity (L441-10 II)', () => {
    const claim = computeClaimStatement(
      [{ reference: 'P-1', amount: '100.00', dueDate: '2025-01-31' }],
      {
        asOf: '2025-03-01',
        debtor: 'non_professional',
        formalNoticeDate: '2025-02-01',
        additionalRecoveryCosts: '150',
        locale: 'en',
      },
    );
    expect(claim).toMatchObject({
      debtor: 'non_professional',
      regime: 'legal-interest',
      article: 'C. civ. 1231-6, 1344-1; CMF L313-2',
    });
    expect(claim.warnings).toEqual([
      {
        code: 'ADDITIONAL_COSTS_NOT_CLAIMABLE',
        params: { costs: '150.00', reason: null },
        severity: 'warning',
        message:
          'Recovery costs of 150.00 were given, but no invoice owes the fixed indemnity, so no additional compensation is claimed.',
        article: 'C. com. L441-10 II',
        reference: null,
      },
    ]);
  });

  it('gives the public procurement articles for a public debtor (CCP L2192-13, D2192-35)', () => {
    const claim = computeClaimStatement(
      [{ reference: 'M-1', amount: '100.00', dueDate: '2025-01-31' }],
      { asOf: '2025-03-01', debtor: 'public' },
    );
    expect(claim).toMatchObject({
      regime: 'public-procurement',
      article: 'CCP L2192-13, R2192-31, D2192-35',
      totals: { indemnities: '40.00', lateInvoices: 1 },
    });
  });

  it("lets an item's own clause win over the claim clause, and an invoice's clause too", () => {
    const claim = computeClaimStatement(
      [
        {
          reference: 'A',
          amount: '1000.00',
          dueDate: '2025-01-31',
          clause: { type: 'fixed', ratePercent: '12' },
        },
        { reference: 'B', amount: '1000.00', dueDate: '2025-01-31' },
      ],
      { asOf: '2025-03-01', debtor: 'professional', clause: { type: 'fixed', ratePercent: '20' } },
    );
    expect(claim.lines.map((l) => l.statement.segments[0]!.ratePercent)).toEqual([
      '12.00',
      '20.00',
    ]);
    const inv = computeClaimStatement([invoice], {
      asOf: '2025-07-31',
      clause: { type: 'fixed', ratePercent: '20' },
    });
    expect(inv.lines[0]!.statement.segments[0]!.ratePercent).toBe('15.00');
  });

  it('rejects a list that is not an array, with its message', () => {
    expect(
      thrown(() =>
        computeClaimStatement({ reference: 'A' } as never, {
          asOf: '2025-01-01',
          debtor: 'professional',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['invoices'],
      message: 'invoices: expected a non-empty array of invoices or claim items',
    });
  });

  it('names the options argument in the message of a bad option', () => {
    expect(
      thrown(() =>
        computeClaimStatement([{ reference: 'A', amount: '1', dueDate: '2025-01-31' }], {
          asOf: 'soon',
          debtor: 'professional',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Invalid options. options.asOf: "soon" is not a date in the form YYYY-MM-DD',
    });
  });

  it('reports items that are not objects as invalid input, not as a crash', () => {
    const e = thrown(() =>
      computeClaimStatement([null, 'F-1'] as never, { asOf: '2025-03-01', debtor: 'professional' }),
    );
    expect(e).toMatchObject({ code: 'INVALID_INPUT' });
    expect((e.issues as Array<{ path: unknown }>).map((i) => i.path)).toEqual([
      ['invoices', 0],
      ['invoices', 1],
    ]);
  });

  it('reports only the item problems when the debtor is also missing', () => {
    const e = thrown(() =>
      computeClaimStatement([{ reference: '', amount: '1', dueDate: '2025-01-31' }], {
        asOf: '2025-03-01',
      }),
    );
    expect(e.issues).toEqual([
      { path: ['invoices', 0, 'reference'], message: 'must not be empty' },
    ]);
    expect(
      thrown(() =>
        computeClaimStatement([{ reference: 'A', amount: '1', dueDate: '2025-01-31' }], {
          asOf: '2025-03-01',
        }),
      ).issues,
    ).toEqual([
      {
        path: ['options', 'debtor'],
        message: 'is required when no item is an invoice (the debtor kind chooses the regime)',
      },
    ]);
  });

  it('names the duplicate reference and the first item that used it', () => {
    expect(
      thrown(() =>
        computeClaimStatement(
          [
            { reference: 'A', amount: '1', dueDate: '2025-01-31' },
            { reference: 'B', amount: '1', dueDate: '2025-01-31' },
            { reference: 'B', amount: '2', dueDate: '2025-01-31' },
          ],
          { asOf: '2025-03-01', debtor: 'professional' },
        ),
      ).issues,
    ).toEqual([
      {
        path: ['invoices', 2, 'reference'],
        message: 'duplicate reference "B" (already at invoices[1])',
      },
    ]);
  });

  it('is for one debtor: names where the first debtor kind came from', () => {
    const publicInvoice = {
      ...invoice,
      number: 'F-2',
      buyer: { kind: 'public', name: 'Mairie' },
    } as const;
    expect(
      thrown(() => computeClaimStatement([invoice, publicInvoice], { asOf: '2025-07-31' })).issues,
    ).toEqual([
      {
        path: ['invoices', 1, 'buyer', 'kind'],
        message:
          'a claim statement is for one debtor: buyer kind "public" differs from "professional" (at invoices.0.buyer.kind)',
      },
    ]);
    expect(
      thrown(() =>
        computeClaimStatement([publicInvoice], { asOf: '2025-07-31', debtor: 'professional' }),
      ).issues,
    ).toEqual([
      {
        path: ['invoices', 0, 'buyer', 'kind'],
        message:
          'a claim statement is for one debtor: buyer kind "public" differs from "professional" (at options.debtor)',
      },
    ]);
  });
});
