import { describe, expect, it } from 'vitest';
import { invoiceTotals, parseInvoice } from './index.js';
import { linesInvoice, totalsInvoice } from './invoice.fixtures.js';

describe('invoiceTotals', () => {
  it('computes VAT per rate on the sum of that rate’s lines (CGI ann. II art. 242 nonies A)', () => {
    const t = invoiceTotals(linesInvoice);
    expect(t).toMatchObject({
      exclVat: '479.97',
      vat: '91.65',
      inclVat: '571.62',
      source: 'lines',
      byRate: [
        { vatRatePercent: '5.50', exclVat: '29.97', vat: '1.65', inclVat: '31.62' },
        { vatRatePercent: '20.00', exclVat: '450.00', vat: '90.00', inclVat: '540.00' },
      ],
      lines: [
        { index: 0, exclVat: '29.97', vatRatePercent: '5.50' },
        { index: 1, exclVat: '450.00', vatRatePercent: '20.00' },
      ],
    });
    expect(t.rule).toContain('somme des lignes à ce taux');
  });

  it('rounds VAT once per rate, not per line', () => {
    // Three lines of 0.05 € at 10 %: per line 0.005 → 0.01 each (0.03); per rate 0.015 → 0.02.
    const t = invoiceTotals({
      ...linesInvoice,
      lines: [1, 2, 3].map((i) => ({
        description: `item ${i}`,
        quantity: 1,
        unitPriceExclVat: '0.05',
        vatRatePercent: 10,
      })),
    });
    expect(t).toMatchObject({ exclVat: '0.15', vat: '0.02', inclVat: '0.17' });
  });

  it('rounds each line half-up to the cent before summing', () => {
    const t = invoiceTotals({
      ...linesInvoice,
      lines: [
        { description: 'a', quantity: '0.5', unitPriceExclVat: '0.01', vatRatePercent: 0 },
        { description: 'b', quantity: '0.5', unitPriceExclVat: '0.01', vatRatePercent: 0 },
      ],
    });
    // 0.005 → 0.01 per line (half away from zero), so 0.02 in all.
    expect(t).toMatchObject({ exclVat: '0.02', vat: '0.00', inclVat: '0.02' });
  });

  it('groups rates written differently (5.5, "5.50") and sorts by rate', () => {
    const t = invoiceTotals({
      ...linesInvoice,
      lines: [
        { description: 'a', quantity: 1, unitPriceExclVat: 10, vatRatePercent: 20 },
        { description: 'b', quantity: 1, unitPriceExclVat: 10, vatRatePercent: '5.50' },
        { description: 'c', quantity: 1, unitPriceExclVat: 10, vatRatePercent: 5.5 },
        { description: 'd', quantity: 1, unitPriceExclVat: 10, vatRatePercent: '2.1' },
      ],
    });
    expect(t.byRate.map((r) => [r.vatRatePercent, r.exclVat])).toEqual([
      ['2.10', '10.00'],
      ['5.50', '20.00'],
      ['20.00', '10.00'],
    ]);
  });

  it('takes given totals as they are, with no per-rate breakdown', () => {
    expect(invoiceTotals(totalsInvoice)).toEqual({
      exclVat: '1000.00',
      vat: '200.00',
      inclVat: '1200.00',
      source: 'totals',
      byRate: [],
      lines: [],
      rule: "Totaux repris tels qu'ils figurent sur la facture (HT + TVA = TTC vérifié).",
      ruleMessage: {
        code: 'RULE_TOTALS',
        params: { source: 'totals' },
        message: "Totaux repris tels qu'ils figurent sur la facture (HT + TVA = TTC vérifié).",
      },
    });
  });

  it('states the rounding rule in French by default and in English on request (issue 14 review)', () => {
    expect(invoiceTotals(linesInvoice).rule).toMatch(/^Chaque ligne = quantité × prix unitaire HT/);
    expect(invoiceTotals(linesInvoice, { locale: 'en' }).rule).toMatch(/^Each line = quantity/);
    expect(invoiceTotals(totalsInvoice, { locale: 'en' }).ruleMessage.message).toContain(
      'as given',
    );
  });

  it('accepts an already parsed invoice', () => {
    expect(invoiceTotals(parseInvoice(linesInvoice)).inclVat).toBe('571.62');
  });

  it('throws INVALID_INPUT with paths for a bad invoice', () => {
    expect(() => invoiceTotals({ ...totalsInvoice, currency: 'USD' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['currency'] })],
      }),
    );
  });
});
