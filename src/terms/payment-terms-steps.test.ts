import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { computeDueDate, termsSay } from './due-date.js';
import {
  agreedDueDate,
  checkEndOfMonthTerm,
  checkPaymentTerms,
  checkSixtyDays,
  publicAssumptions,
  sectorCapStart,
} from './payment-terms-check.js';

const fr = termsSay('fr');
const day = (s: string) => s as PlainDate;

describe('issue 13 item 4: payment-terms steps on their own', () => {
  it('agreedDueDate prefers the given date and flags a disagreement with the terms', () => {
    const { agreed, findings } = agreedDueDate(
      {
        debtor: 'professional',
        issueDate: day('2026-04-02'),
        dueDate: day('2026-06-15'),
        terms: { type: 'net', days: 30 },
      },
      'fr',
      fr,
    );
    expect(agreed).toEqual({ date: '2026-06-15', rule: 'given' });
    expect(findings.map((f) => [f.code, f.params])).toEqual([
      ['DUE_DATE_DIFFERS_FROM_TERMS', { given: '2026-06-15', fromTerms: '2026-05-02' }],
    ]);
  });

  it('agreedDueDate: a bare due date under the statutory default is not agreed', () => {
    const r = agreedDueDate(
      {
        debtor: 'professional',
        issueDate: day('2026-04-02'),
        terms: { type: 'statutory-default' },
      },
      'fr',
      fr,
    );
    expect(r.agreed).toBeUndefined();
  });

  it('checkSixtyDays: a bare date within 45 days end of month is a warning, beyond an error', () => {
    const doubtful = checkSixtyDays(day('2025-01-15'), day('2025-03-31'), undefined, fr);
    expect(doubtful.findings[0]).toMatchObject({
      code: 'TERM_EXCEEDS_60_DAYS',
      severity: 'warning',
      params: { doubtful: true, latest: '2025-03-16' },
    });
    const late = checkSixtyDays(
      day('2025-01-15'),
      day('2025-03-31'),
      { type: 'net', days: 75 },
      fr,
    );
    expect(late.findings[0]?.severity).toBe('error');
    expect(checkSixtyDays(day('2025-01-15'), day('2025-03-16'), undefined, fr).findings).toEqual(
      [],
    );
  });

  it('checkEndOfMonthTerm: 60 days end of month is never allowed', () => {
    const r = checkEndOfMonthTerm(
      day('2025-01-15'),
      day('2025-04-30'),
      { type: 'end-of-month', days: 60, method: 'days-then-eom' },
      fr,
    );
    expect(r.findings.map((f) => f.code)).toEqual(['EOM_60_NOT_ALLOWED']);
    expect(r.findings[0]?.message).toContain('« 60 jours fin de mois »');
  });

  it('sectorCapStart: perishable food on a periodic invoice counts from the end of the ten days', () => {
    expect(sectorCapStart('perishable-food', day('2026-04-30'), day('2026-04-12'), true)).toEqual({
      start: '2026-04-20',
      code: 'CAP_SECTOR_PERISHABLE_FOOD_PERIODIC',
    });
    expect(sectorCapStart('excise-alcohol', day('2026-04-30'), day('2026-02-12'), false)).toEqual({
      start: '2026-02-28',
      code: 'CAP_SECTOR_EXCISE_ALCOHOL',
    });
  });

  it('publicAssumptions warns for each left-out fact, nothing when both are given', () => {
    const base = { debtor: 'public' as const, issueDate: day('2026-04-02') };
    expect(publicAssumptions(base, fr).map((f) => f.code)).toEqual([
      'PUBLIC_BUYER_TYPE_ASSUMED',
      'RECEIPT_DATE_ASSUMED',
    ]);
    expect(
      publicAssumptions(
        { ...base, publicBuyerType: 'public-hospital', receiptDate: day('2026-04-05') },
        fr,
      ),
    ).toEqual([]);
  });
});

describe('issue 14: terms text in French by default, English on request', () => {
  const input = {
    debtor: 'professional' as const,
    issueDate: '2026-04-01',
    terms: { type: 'net' as const, days: 75 },
  };

  it('renders findings and caps in French, with code and params', () => {
    const r = checkPaymentTerms(input);
    expect(r.findings[0]).toMatchObject({
      code: 'TERM_EXCEEDS_60_DAYS',
      params: { dueDate: '2026-06-15', latest: '2026-05-31', doubtful: false },
      severity: 'error',
    });
    expect(r.findings[0]?.message).toMatch(
      /^L'échéance du 15 juin 2026 tombe plus de 60 jours calendaires après la date de facture \(au plus tard le 31 mai 2026\)\./,
    );
    expect(r.caps[0]?.description).toBe(
      'Délai convenu : au plus 60 jours calendaires après la date de facture du 1er avril 2026 (en jours, pas en mois).',
    );
  });

  it('renders the same codes in English with locale en', () => {
    const r = checkPaymentTerms(input, { locale: 'en' });
    expect(r.findings[0]?.message).toContain('more than 60 calendar days after the invoice date');
    expect(r.findings[0]?.params).toEqual(checkPaymentTerms(input).findings[0]?.params);
  });

  it('rejects an unknown locale with INVALID_INPUT', () => {
    const call = () =>
      computeDueDate(
        { issueDate: '2026-04-01', terms: { type: 'on-receipt' } },
        { locale: 'de' as 'fr' },
      );
    expect(call).toThrow();
    try {
      call();
    } catch (e) {
      expect(isImpayesError(e) && e.code).toBe('INVALID_INPUT');
    }
  });

  it('writes one day in the singular', () => {
    const r = computeDueDate({ issueDate: '2026-04-01', terms: { type: 'net', days: 1 } });
    expect(r.explanation).toMatch(/^1 jour calendaire après /);
  });
});
