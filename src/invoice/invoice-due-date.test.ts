import { describe, expect, it } from 'vitest';
import { invoiceDueDate } from './index.js';
import { totalsInvoice } from './invoice.fixtures.js';

describe('invoiceDueDate', () => {
  it('uses the due date stated on the invoice', () => {
    expect(invoiceDueDate({ ...totalsInvoice, dueDate: '2025-04-30' })).toEqual({
      dueDate: '2025-04-30',
      rule: 'given',
      source: 'given',
      explanation: 'Échéance indiquée sur la facture : 30 avril 2025.',
      explanationMessage: {
        code: 'DUE_GIVEN',
        params: { dueDate: '2025-04-30' },
        message: 'Échéance indiquée sur la facture : 30 avril 2025.',
      },
      warnings: [],
    });
  });

  it('warns when the stated date differs from the terms (C. com. L441-9)', () => {
    const r = invoiceDueDate({
      ...totalsInvoice,
      dueDate: '2025-05-31',
      terms: { type: 'net', days: 30 },
    });
    expect(r.dueDate).toBe('2025-05-31');
    expect(r.warnings.map((w) => w.code)).toEqual(['DUE_DATE_DIFFERS_FROM_TERMS']);
  });

  it('does not warn when the stated date matches the terms', () => {
    const r = invoiceDueDate({
      ...totalsInvoice,
      dueDate: '2025-04-09',
      terms: { type: 'net', days: 30 },
    });
    expect(r.warnings).toEqual([]);
  });

  it('computes the date from the terms (C. com. L441-10 I al. 2)', () => {
    expect(
      invoiceDueDate({
        ...totalsInvoice,
        issueDate: '2025-01-31',
        terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
      }),
    ).toMatchObject({
      dueDate: '2025-03-31',
      rule: 'eom-45-days-then-eom',
      source: 'terms',
      article: 'C. com. L441-10 I al. 2',
    });
  });

  it('has no article for purely contractual terms', () => {
    const r = invoiceDueDate({ ...totalsInvoice, terms: { type: 'net', days: 60 } });
    expect(r).toMatchObject({ dueDate: '2025-05-09', source: 'terms' });
    expect(r).not.toHaveProperty('article');
  });

  it('falls back to 30 days after delivery (C. com. L441-10 I al. 1)', () => {
    expect(invoiceDueDate({ ...totalsInvoice, deliveryDate: '2025-03-05' })).toMatchObject({
      dueDate: '2025-04-04',
      rule: 'statutory-default-after-delivery',
      source: 'statutory-default',
      article: 'C. com. L441-10 I al. 1',
      warnings: [],
    });
  });

  it('falls back to 30 days after the issue date, with a warning, without delivery date', () => {
    const r = invoiceDueDate(totalsInvoice);
    expect(r).toMatchObject({ dueDate: '2025-04-09', source: 'statutory-default' });
    expect(r.explanation).toMatch(/^Ni échéance, ni délai convenu/);
    expect(r.explanationMessage.code).toBe('DUE_NO_TERMS_AFTER_ISSUE');
    expect(r.warnings.map((w) => w.code)).toEqual(['DELIVERY_DATE_ASSUMED']);
  });

  it('treats explicit statutory-default terms as the statutory default', () => {
    const r = invoiceDueDate({
      ...totalsInvoice,
      deliveryDate: '2025-03-05',
      terms: { type: 'statutory-default' },
    });
    expect(r).toMatchObject({ dueDate: '2025-04-04', source: 'statutory-default' });
    expect(r.explanation).not.toMatch(/^Ni échéance/);
    expect(r.explanationMessage.code).toBe('DUE_DEFAULT_AFTER_DELIVERY');
  });

  it.each([
    ['consumer', 'consommateur'],
    ['non_professional', 'non professionnel'],
  ] as const)(
    'makes a %s debt without terms payable on delivery, not after 30 days',
    (kind, word) => {
      const r = invoiceDueDate({
        ...totalsInvoice,
        deliveryDate: '2025-03-20',
        buyer: { kind, name: 'X' },
      });
      expect(r).toMatchObject({ dueDate: '2025-03-20', rule: 'no-agreed-term-b2c', warnings: [] });
      expect(r.explanation).toContain(word);
      const noDelivery = invoiceDueDate({ ...totalsInvoice, buyer: { kind, name: 'X' } });
      expect(noDelivery.dueDate).toBe(totalsInvoice.issueDate);
    },
  );

  it.each([
    ['consumer', 'consommateur'],
    ['non_professional', 'non professionnel'],
  ] as const)('warns when statutory-default terms are asked for a %s buyer', (kind, word) => {
    const r = invoiceDueDate({
      ...totalsInvoice,
      deliveryDate: '2025-03-05',
      terms: { type: 'statutory-default' },
      buyer: { kind, name: 'X' },
    });
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'STATUTORY_DEFAULT_NOT_B2B',
        message: expect.stringContaining(word),
      }),
    ]);
  });

  it('issue 14: English on request, the same codes and params', () => {
    const fr = invoiceDueDate({
      ...totalsInvoice,
      dueDate: '2025-05-31',
      terms: { type: 'net', days: 30 },
    });
    const en = invoiceDueDate(
      { ...totalsInvoice, dueDate: '2025-05-31', terms: { type: 'net', days: 30 } },
      { locale: 'en' },
    );
    expect(en.explanation).toBe('Due date stated on the invoice: 31 May 2025.');
    expect(en.warnings[0]).toMatchObject({
      code: 'DUE_DATE_DIFFERS_FROM_TERMS',
      severity: 'warning',
      article: 'C. com. L441-9',
      params: { given: '2025-05-31', fromTerms: '2025-04-09', rule: 'net-30' },
    });
    expect(en.warnings[0]?.message).toMatch(/^The invoice states 31 May 2025/);
    expect(fr.warnings[0]?.message).toMatch(/^La facture indique le 31 mai 2025/);
    expect(fr.warnings[0]?.params).toEqual(en.warnings[0]?.params);
  });

  it('issue 14: a bad locale is INVALID_INPUT', () => {
    expect(() => invoiceDueDate(totalsInvoice, { locale: 'de' as 'fr' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('throws INVALID_INPUT for a bad invoice', () => {
    expect(() => invoiceDueDate({ ...totalsInvoice, issueDate: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['issueDate'] }),
    );
  });
});
