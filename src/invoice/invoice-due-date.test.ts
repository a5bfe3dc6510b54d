import { describe, expect, it } from 'vitest';
import { invoiceDueDate } from './index.js';
import { totalsInvoice } from './invoice.fixtures.js';

describe('invoiceDueDate', () => {
  it('uses the due date stated on the invoice', () => {
    expect(invoiceDueDate({ ...totalsInvoice, dueDate: '2025-04-30' })).toEqual({
      dueDate: '2025-04-30',
      rule: 'given',
      source: 'given',
      explanation: expect.stringContaining('2025-04-30'),
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
    expect(r.explanation).toMatch(/^No due date and no terms/);
    expect(r.warnings.map((w) => w.code)).toEqual(['DELIVERY_DATE_ASSUMED']);
  });

  it('treats explicit statutory-default terms as the statutory default', () => {
    const r = invoiceDueDate({
      ...totalsInvoice,
      deliveryDate: '2025-03-05',
      terms: { type: 'statutory-default' },
    });
    expect(r).toMatchObject({ dueDate: '2025-04-04', source: 'statutory-default' });
    expect(r.explanation).not.toMatch(/^No due date and no terms/);
  });

  it.each([
    ['consumer', 'consumer'],
    ['non_professional', 'non-professional'],
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
    ['consumer', 'consumer'],
    ['non_professional', 'non-professional'],
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

  it('throws INVALID_INPUT for a bad invoice', () => {
    expect(() => invoiceDueDate({ ...totalsInvoice, issueDate: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['issueDate'] }),
    );
  });
});
