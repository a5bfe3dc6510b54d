import { describe, expect, it } from 'vitest';
import { computeDueDate, type DueDateRequestInput } from './index.js';

describe('computeDueDate (edges)', () => {
  describe('fixed due date', () => {
    it('does not warn when the fixed date is the invoice date itself (C. com. L441-9)', () => {
      const r = computeDueDate({
        issueDate: '2025-02-03',
        terms: { type: 'fixed', date: '2025-02-03' },
      });
      expect(r).toEqual({
        dueDate: '2025-02-03',
        rule: 'fixed',
        explanation: 'Échéance fixe : 3 février 2025.',
        explanationMessage: {
          code: 'DUE_FIXED',
          params: { dueDate: '2025-02-03' },
          message: 'Échéance fixe : 3 février 2025.',
        },
        warnings: [],
      });
    });

    it('warns with both dates and the article when the fixed date is before the invoice date', () => {
      const r = computeDueDate({
        issueDate: '2025-02-03',
        terms: { type: 'fixed', date: '2025-02-02' },
      });
      expect(r.dueDate).toBe('2025-02-02');
      expect(r.warnings).toEqual([
        {
          code: 'FIXED_DATE_BEFORE_ISSUE_DATE',
          params: { dueDate: '2025-02-02', issueDate: '2025-02-03' },
          message:
            "L'échéance fixe du 2 février 2025 précède la date de facture du 3 février 2025.",
          severity: 'warning',
          article: 'C. com. L441-9',
        },
      ]);
      const en = computeDueDate(
        { issueDate: '2025-02-03', terms: { type: 'fixed', date: '2025-02-02' } },
        { locale: 'en' },
      );
      expect(en.warnings[0]?.message).toBe(
        'The fixed due date 2 February 2025 is before the invoice date 3 February 2025.',
      );
    });

    it('states the fixed date in the explanation', () => {
      expect(
        computeDueDate({ issueDate: '2025-02-03', terms: { type: 'fixed', date: '2025-03-15' } })
          .explanation,
      ).toContain('15 mars 2025');
    });
  });

  it('states the invoice date in the explanation of on-receipt terms', () => {
    expect(
      computeDueDate({ issueDate: '2025-02-03', terms: { type: 'on-receipt' } }).explanation,
    ).toContain('3 février 2025');
  });

  describe('statutory default (C. com. L441-10 I al. 1)', () => {
    it('shows the delivery date and the due date in the explanation', () => {
      const { explanation } = computeDueDate({
        issueDate: '2025-02-10',
        deliveryDate: '2025-02-01',
        terms: { type: 'statutory-default' },
      });
      expect(explanation).toContain(
        "30 jours après la livraison ou l'exécution du 1er février 2025",
      );
      expect(explanation).toContain('3 mars 2025');
    });

    it('shows the invoice date and the due date in the explanation without a delivery date', () => {
      const { explanation } = computeDueDate({
        issueDate: '2025-02-10',
        terms: { type: 'statutory-default' },
      });
      expect(explanation).toContain('30 jours après la date de facture du 10 février 2025');
      expect(explanation).toContain('12 mars 2025');
    });

    it('explains in the warning that the law counts from delivery, not from the invoice', () => {
      const [warning] = computeDueDate(
        { issueDate: '2025-02-10', terms: { type: 'statutory-default' } },
        { locale: 'en' },
      ).warnings;
      expect(warning?.message).toContain('counted from the invoice date');
      expect(warning?.message).toContain('receipt of the goods or performance of the service');
    });
  });

  it('names the due date input in the INVALID_INPUT message', () => {
    let caught: unknown;
    try {
      computeDueDate({
        issueDate: '2025-02-30',
        terms: { type: 'on-receipt' },
      } as DueDateRequestInput);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INVALID_INPUT' });
    expect((caught as Error).message).toMatch(/^Invalid due date input\b/);
  });
});
