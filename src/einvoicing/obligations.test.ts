import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/index.js';
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
        'ordonnance n° 2021-1190 art. 11, as amended by the loi de finances pour 2024 (n° 2023-1322) art. 91',
      explanation:
        "On 2026-10-01, a company of size 'sme' must receive e-invoices and must issue e-invoices from 2027-09-01.",
    });
    expect(at('large', '2025-01-01').explanation).toBe(
      "On 2025-01-01, a company of size 'large' must receive e-invoices from 2026-09-01 and must issue e-invoices from 2026-09-01.",
    );
    expect(at('eti', '2026-09-01').explanation).toBe(
      "On 2026-09-01, a company of size 'eti' must receive e-invoices and must issue its domestic B2B invoices as e-invoices.",
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

  it('is deeply frozen', () => {
    expect(Object.isFrozen(einvoicingCalendar)).toBe(true);
    expect(Object.isFrozen(einvoicingCalendar[0])).toBe(true);
    expect(Object.isFrozen(einvoicingCalendar[0]!.sizes)).toBe(true);
  });
});
