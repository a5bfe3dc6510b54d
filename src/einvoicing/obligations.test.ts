import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { lawParameterOn } from '../law/internal.js';
import { einvoicingCalendar, einvoicingObligations } from './obligations.js';

const at = (issuerSize: 'large' | 'eti' | 'sme' | 'micro', date: string) =>
  einvoicingObligations({ issuerSize, date });

describe('einvoicingObligations (issue 16)', () => {
  it('every company must receive e-invoices from 2026-09-01', () => {
    for (const size of ['large', 'eti', 'sme', 'micro'] as const) {
      expect(at(size, '2026-08-31').mustReceive).toBe(false);
      expect(at(size, '2026-09-01').mustReceive).toBe(true);
      expect(at(size, '2026-09-01').receiveFrom).toBe('2026-09-01');
    }
  });

  it('large companies and ETIs issue from 2026-09-01', () => {
    for (const size of ['large', 'eti'] as const) {
      expect(at(size, '2026-08-31').mustIssue).toBe(false);
      expect(at(size, '2026-09-01')).toMatchObject({ mustIssue: true, issueFrom: '2026-09-01' });
    }
  });

  it('SMEs and micro-businesses issue from 2027-09-01', () => {
    for (const size of ['sme', 'micro'] as const) {
      expect(at(size, '2027-08-31')).toMatchObject({
        mustReceive: true,
        mustIssue: false,
        issueFrom: '2027-09-01',
      });
      expect(at(size, '2027-09-01').mustIssue).toBe(true);
    }
  });

  it('explains itself and cites the calendar', () => {
    expect(at('sme', '2026-10-01')).toEqual({
      date: '2026-10-01',
      issuerSize: 'sme',
      mustReceive: true,
      receiveFrom: '2026-09-01',
      mustIssue: false,
      issueFrom: '2027-09-01',
      article:
        'CGI 289 bis; ordonnance 2021-1190 art. 11 as amended by loi 2023-1322 art. 91; décret 2022-1299',
      explanation:
        'Le 1er octobre 2026, une PME doit pouvoir recevoir des factures électroniques et devra les émettre sous forme électronique à partir du 1er septembre 2027.',
      explanationMessage: {
        code: 'EINVOICING_OBLIGATIONS',
        params: {
          date: '2026-10-01',
          issuerSize: 'sme',
          mustReceive: true,
          receiveFrom: '2026-09-01',
          mustIssue: false,
          issueFrom: '2027-09-01',
        },
        message:
          'Le 1er octobre 2026, une PME doit pouvoir recevoir des factures électroniques et devra les émettre sous forme électronique à partir du 1er septembre 2027.',
      },
    });
    expect(at('large', '2025-01-01').explanation).toBe(
      'Le 1er janvier 2025, une grande entreprise devra pouvoir recevoir des factures électroniques à partir du 1er septembre 2026 et devra les émettre sous forme électronique à partir du 1er septembre 2026.',
    );
    expect(
      einvoicingObligations({ issuerSize: 'eti', date: '2026-09-01' }, { locale: 'en' })
        .explanation,
    ).toBe(
      'On 1 September 2026, a mid-size company (ETI) must receive e-invoices and must issue its domestic B2B invoices as e-invoices.',
    );
  });

  it('rejects an unknown size, a bad date and unknown keys with INVALID_INPUT', () => {
    for (const bad of [
      { issuerSize: 'huge', date: '2026-10-01' },
      { issuerSize: 'sme', date: '2026-02-30' },
      { issuerSize: 'sme', date: '2026-10-01', extra: 1 },
      { date: '2026-10-01' },
      null,
    ]) {
      try {
        einvoicingObligations(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isImpayesError(e) && e.code).toBe('INVALID_INPUT');
      }
    }
  });
});

describe('einvoicingCalendar', () => {
  it('holds the three dated steps, each size once per obligation', () => {
    expect(einvoicingCalendar.map((e) => [e.id, e.obligation, e.from])).toEqual([
      ['einvoicing-receive-all', 'receive', '2026-09-01'],
      ['einvoicing-issue-large-mid', 'issue', '2026-09-01'],
      ['einvoicing-issue-sme', 'issue', '2027-09-01'],
    ]);
    for (const obligation of ['receive', 'issue'] as const) {
      const sizes = einvoicingCalendar
        .filter((e) => e.obligation === obligation)
        .flatMap((e) => e.sizes);
      expect([...sizes].sort()).toEqual(['eti', 'large', 'micro', 'sme']);
    }
  });

  it('issue 13 item 1: reads its dates and legal basis from the law parameter data', () => {
    for (const e of einvoicingCalendar) {
      const p = lawParameterOn(e.id, e.from);
      expect([e.from, e.source]).toEqual([p.value, p.article]);
      expect(() => lawParameterOn(e.id, addDays(e.from, -1))).toThrow(/has no value/);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(einvoicingCalendar)).toBe(true);
    expect(Object.isFrozen(einvoicingCalendar[0])).toBe(true);
    expect(Object.isFrozen(einvoicingCalendar[0]!.sizes)).toBe(true);
  });
});
