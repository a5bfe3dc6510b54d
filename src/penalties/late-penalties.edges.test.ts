import { describe, expect, it } from 'vitest';
import { invoiceTotals } from '../invoice/internal.js';
import { linesInvoice } from '../invoice/invoice.fixtures.js';
import { computeLatePenalties } from './index.js';

// Edge cases found by mutation testing (Stryker on late-penalties.ts): each assertion below fails
// on at least one surviving mutant of the first run.

const b2b = { debtor: 'professional', amount: '1000.00', dueDate: '2025-01-10' } as const;

describe('computeLatePenalties (edges)', () => {
  it('echoes the default options it used', () => {
    expect(computeLatePenalties({ ...b2b, asOf: '2025-02-10' }).options).toEqual({
      rateMode: 'per-half-year',
      dayCount: 'ACT/365',
      base: 'incl-vat',
      allocation: 'principal-first',
      onBelowFloor: 'warn',
      onUnknownRate: 'throw',
      legalRateCategory: 'other',
    });
  });

  it('counts 366 days in a leap year with ACT/ACT, 365 in a common or century year', () => {
    const clause = { type: 'fixed', ratePercent: '10' } as const;
    const opts = { dayCount: 'ACT/ACT', onUnknownRate: 'warn' } as const;
    const leap = computeLatePenalties(
      { ...b2b, dueDate: '2024-03-01', asOf: '2024-03-11', clause },
      opts,
    );
    expect(leap.segments[0]).toMatchObject({ yearDays: 366, amount: '2.73' });
    const common = computeLatePenalties(
      { ...b2b, dueDate: '2025-03-01', asOf: '2025-03-11', clause },
      opts,
    );
    expect(common.segments[0]).toMatchObject({ yearDays: 365, amount: '2.74' });
    const rates = {
      ecb: {
        rows: [
          { from: '2100-01-01', ratePercent: '2.00' },
          { from: '2000-01-01', ratePercent: '3.00' },
        ],
      },
      legalOther: { rows: [{ from: '2100-01-01', ratePercent: '1.00' }] },
    };
    const c2100 = computeLatePenalties(
      { ...b2b, dueDate: '2100-03-01', asOf: '2100-03-11', clause },
      { ...opts, rates },
    );
    expect(c2100.segments[0]?.yearDays).toBe(365);
    const c2000 = computeLatePenalties(
      { ...b2b, dueDate: '2000-03-01', asOf: '2000-03-11', clause },
      opts,
    );
    expect(c2000.segments[0]?.yearDays).toBe(366);
  });

  it('sorts three payments given in any order', () => {
    const payments = [
      { date: '2025-03-10', amount: '100.00' },
      { date: '2025-02-10', amount: '200.00' },
      { date: '2025-04-10', amount: '300.00' },
    ];
    const s = computeLatePenalties({ ...b2b, payments, asOf: '2025-05-10' });
    expect(s.allocations.map((a) => a.date)).toEqual(['2025-02-10', '2025-03-10', '2025-04-10']);
    expect(s.segments.map((x) => x.base)).toEqual(['1000.00', '800.00', '700.00', '400.00']);
  });

  it('takes the public rate of the half-year in which interest started, even on 1 July', () => {
    // Due 30 June: the first late day is 1 July, so the H2 ECB rate (4.25 + 8) applies, not H1's.
    const s = computeLatePenalties({
      debtor: 'public',
      amount: '1000.00',
      dueDate: '2024-06-30',
      asOf: '2024-07-31',
    });
    expect(s.segments.map((x) => x.ratePercent)).toEqual(['12.25']);
  });

  it('stops on the opening day of insolvency, also when it is the statement day', () => {
    const s = computeLatePenalties({
      ...b2b,
      insolvencyOpenedOn: '2025-02-10',
      asOf: '2025-02-10',
    });
    expect(s.interestTo).toBe('2025-02-09');
    expect(s.warnings).toContainEqual(
      expect.objectContaining({
        code: 'INSOLVENCY_INTEREST_STOPPED',
        severity: 'warning',
        article: 'C. com. L622-28, R621-4',
      }),
    );
    const later = computeLatePenalties({
      ...b2b,
      insolvencyOpenedOn: '2025-02-11',
      asOf: '2025-02-10',
    });
    expect(later.interestTo).toBe('2025-02-10');
    expect(later.warnings.map((w) => w.code)).not.toContain('INSOLVENCY_INTEREST_STOPPED');
  });

  it('reports paidOn only when the principal is fully paid', () => {
    const part = computeLatePenalties({
      ...b2b,
      payments: [{ date: '2025-02-01', amount: '400.00' }],
      asOf: '2025-03-01',
    });
    expect(part.paidOn).toBeNull();
    const full = computeLatePenalties({
      ...b2b,
      payments: [
        { date: '2025-02-01', amount: '400.00' },
        { date: '2025-02-15', amount: '600.00' },
      ],
      asOf: '2025-02-15',
    });
    expect(full.paidOn).toBe('2025-02-15');
    expect(full.indemnityDetail).toMatchObject({ owed: true, reason: 'paid-late' });
  });

  it('applies a consumer’s payments even when no interest runs (no formal notice)', () => {
    const s = computeLatePenalties({
      debtor: 'consumer',
      amount: '1000.00',
      dueDate: '2025-01-10',
      payments: [{ date: '2025-02-01', amount: '250.00' }],
      asOf: '2025-03-01',
    });
    expect(s.principalOutstanding).toBe('750.00');
    expect(s.warnings).toContainEqual(
      expect.objectContaining({
        code: 'NO_FORMAL_NOTICE',
        severity: 'warning',
        article: 'C. civ. 1231-6, 1344-1',
      }),
    );
    expect(s.warnings[0]?.message).toContain('un débiteur consommateur');
  });

  it('does not ask for a formal notice when the consumer paid on time', () => {
    const s = computeLatePenalties({
      debtor: 'non_professional',
      amount: '1000.00',
      dueDate: '2025-01-10',
      payments: [{ date: '2025-01-10', amount: '1000.00' }],
      asOf: '2025-03-01',
    });
    expect(s.warnings).toEqual([]);
    const late = computeLatePenalties({
      debtor: 'non_professional',
      amount: '1000.00',
      dueDate: '2025-01-10',
      asOf: '2025-03-01',
    });
    expect(late.warnings[0]?.message).toContain('un débiteur non professionnel');
  });

  it('names a payment or a credit note that exceeds what is owed', () => {
    expect(() =>
      computeLatePenalties({
        ...b2b,
        payments: [{ date: '2025-01-05', amount: '1000.01' }],
        asOf: '2025-02-01',
      }),
    ).toThrow(
      /payment of 1000\.01 on 2025-01-05 exceeds what is still owed that day \(principal 0\.00 \+ interest 0\.00/,
    );
  });

  it('reports 0 days late when paid before the due date, and echoes absent inputs as null', () => {
    const s = computeLatePenalties({
      ...b2b,
      payments: [{ date: '2025-01-05', amount: '1000.00' }],
      asOf: '2025-02-01',
    });
    expect(s.daysLate).toBe(0);
    expect(s.input).toMatchObject({
      formalNoticeDate: null,
      judgmentServedOn: null,
      insolvencyOpenedOn: null,
      additionalRecoveryCosts: null,
      amountExclVat: null,
      invoiceNumber: null,
    });
  });

  it('keeps a public buyer’s statutory clause without a warning', () => {
    const s = computeLatePenalties({
      debtor: 'public',
      amount: '1000.00',
      dueDate: '2025-01-10',
      asOf: '2025-02-10',
      clause: { type: 'statutory' },
    });
    expect(s.warnings).toEqual([]);
  });

  it('points at the missing amountExclVat and at the invoice payment in errors', () => {
    expect(() =>
      computeLatePenalties({ ...b2b, asOf: '2025-02-10' }, { base: 'excl-vat' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['amountExclVat'] }));
    const invoice = {
      number: 'F-1',
      issueDate: '2025-01-01',
      dueDate: '2025-01-10',
      buyer: { kind: 'professional', name: 'X' },
      totals: { exclVat: '100.00', vat: '20.00', inclVat: '120.00' },
      payments: [{ date: '2025-01-20', amount: '130.00' }],
    } as const;
    expect(() => computeLatePenalties({ invoice, asOf: '2025-02-10' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: ['invoice', 'payments', 0, 'amount'],
      }),
    );
  });

  it('takes the amounts of an invoice given by lines from its computed totals', () => {
    const totals = invoiceTotals(linesInvoice);
    const s = computeLatePenalties(
      { invoice: linesInvoice, asOf: '2025-06-30' },
      { base: 'excl-vat' },
    );
    expect(s.input).toMatchObject({
      invoiceNumber: 'F-2025-001',
      amount: totals.inclVat,
      amountExclVat: totals.exclVat,
      dueDate: '2025-04-09', // the statutory 30 days after the invoice date
    });
    expect(s.segments[0]!.base).toBe(totals.exclVat);
  });

  it('starts the judgment uplift in the middle of a half-year, after a half-year end', () => {
    // Served 2024-05-15: two months end on 2024-07-15, +5 points from 2024-07-16 (CMF L313-3).
    const s = computeLatePenalties({
      debtor: 'consumer',
      amount: '1000.00',
      dueDate: '2024-01-15',
      formalNoticeDate: '2024-01-31',
      judgment: { servedOn: '2024-05-15' },
      asOf: '2024-12-31',
    });
    expect(s.segments.map((x) => [x.from, x.to, x.ratePercent, x.rule, x.amount])).toEqual([
      ['2024-02-01', '2024-06-30', '5.07', 'legal-rate', '20.97'],
      ['2024-07-01', '2024-07-15', '4.92', 'legal-rate', '2.02'],
      ['2024-07-16', '2024-12-31', '9.92', 'legal-rate-judgment-uplift', '45.93'],
    ]);
  });
});

describe('issue 13 item 3: a line must not split where nothing changes', () => {
  it('gives a public buyer one line at 10.15 % for the whole delay: 166.85 €, labelled 2026-H1', () => {
    // 20 000 € due 2026-06-15, statement to 2026-07-15: ECB 2.15 % on 2026-01-01 + 8 = 10.15 %,
    // one rate for the whole delay (CCP R2192-31): 20 000 × 10.15 % × 30 / 365 = 166.85 €.
    const s = computeLatePenalties({
      debtor: 'public',
      amount: '20000.00',
      dueDate: '2026-06-15',
      asOf: '2026-07-15',
    });
    expect(s.segments).toEqual([
      expect.objectContaining({
        from: '2026-06-16',
        to: '2026-07-15',
        days: 30,
        halfYear: '2026-H1',
        ratePercent: '10.15',
        amount: '166.85',
        rule: 'public-ecb-plus-8',
      }),
    ]);
    expect(s.interest).toBe('166.85');
    expect(s.total).toBe('206.85');
  });

  it('labels a later line of a fixed rate with the rate’s half-year, not the day’s', () => {
    const s = computeLatePenalties({
      debtor: 'public',
      amount: '20000.00',
      dueDate: '2026-06-15',
      payments: [{ date: '2026-07-10', amount: '10000.00' }],
      asOf: '2026-07-20',
    });
    expect(s.segments.map((x) => [x.from, x.to, x.halfYear, x.ratePercent, x.base])).toEqual([
      ['2026-06-16', '2026-07-10', '2026-H1', '10.15', '20000.00'],
      ['2026-07-11', '2026-07-20', '2026-H1', '10.15', '10000.00'],
    ]);
  });

  it('keeps one line per half-year for the B2B default, split per half-year', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '20000.00',
      dueDate: '2026-06-15',
      asOf: '2026-07-15',
    });
    expect(s.segments.map((x) => [x.halfYear, x.ratePercent, x.amount])).toEqual([
      ['2026-H1', '12.15', '99.86'],
      ['2026-H2', '12.40', '101.92'],
    ]);
  });
});
