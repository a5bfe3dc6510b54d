import { describe, expect, it, vi } from 'vitest';
import type { LawValue } from '../law/internal.js';
import { checkPaymentTerms } from './payment-terms-check.js';

// Issue 13: the statutory numbers of the terms texts come from the law data, not from the
// catalogues. This file swaps the data for a table where the fines and the agreed-term cap change
// on 2026-06-01: a catalogue that still wrote the old figures would fail here.
vi.mock('../law/values.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../law/values.js')>();
  const changed: Record<string, ReadonlyArray<LawValue>> = {
    'payment-terms-fine-natural-person-eur': [
      { from: '2019-04-26', value: '75000' },
      { from: '2026-06-01', value: '90000' },
    ],
    'payment-terms-fine-legal-person-eur': [
      { from: '2019-04-26', value: '2000000' },
      { from: '2026-06-01', value: '2500000.5' },
    ],
    'payment-terms-fine-repeat-years': [
      { from: '2019-04-26', value: '2' },
      { from: '2026-06-01', value: '3' },
    ],
    'b2b-agreed-term-days': [
      { from: '2009-01-01', value: '60' },
      { from: '2026-06-01', value: '50' },
    ],
  };
  return { LAW_VALUES: { ...real.LAW_VALUES, ...changed } };
});

const exceeded = (issueDate: string, locale: 'fr' | 'en') =>
  checkPaymentTerms(
    { debtor: 'professional', issueDate, terms: { type: 'net', days: 120 } },
    { locale },
  ).findings.find((f) => f.code === 'TERM_EXCEEDS_60_DAYS')!;

describe('terms texts read the law data on the invoice date', () => {
  it('the day before the change: the current fines, 60 days', () => {
    const f = exceeded('2026-05-31', 'en');
    expect(f.params).toMatchObject({
      fineNaturalPerson: '75000.00',
      fineLegalPerson: '2000000.00',
      fineRepeatYears: 2,
      agreedDays: 60,
    });
    expect(f.message).toContain('more than 60 calendar days');
    expect(f.message).toContain(
      'up to €75,000.00 (natural person) or €2,000,000.00 (legal person), doubled if repeated within 2 years',
    );
  });

  it('from the change: the new fines, 50 days, in both languages', () => {
    const en = exceeded('2026-06-01', 'en');
    expect(en.params).toMatchObject({
      fineNaturalPerson: '90000.00',
      fineLegalPerson: '2500000.50',
      fineRepeatYears: 3,
      agreedDays: 50,
    });
    expect(en.message).toContain('more than 50 calendar days');
    expect(en.message).toContain(
      'up to €90,000.00 (natural person) or €2,500,000.50 (legal person), doubled if repeated within 3 years',
    );
    const fr = exceeded('2026-06-01', 'fr').message;
    expect(fr).toContain('plus de 50 jours calendaires');
    expect(fr).toContain(
      "d'au plus 90\u202f000,00\u00a0€ (personne physique) ou 2\u202f500\u202f000,50\u00a0€ (personne morale), doublée en cas de réitération dans un délai de 3 ans",
    );
    expect(fr).not.toMatch(/75\u202f000|2\u202f000\u202f000|60 jours/);
  });

  it('the cap description follows the data too', () => {
    const caps = (issueDate: string) =>
      checkPaymentTerms(
        { debtor: 'professional', issueDate, terms: { type: 'net', days: 30 } },
        { locale: 'en' },
      ).caps[0]!.description;
    expect(caps('2026-05-31')).toContain('at most 60 calendar days');
    expect(caps('2026-06-01')).toContain('at most 50 calendar days');
  });
});
