import { describe, expect, it } from 'vitest';
import { createRateTable } from '../rates/internal.js';
import { contractualRateFloor, latePenaltyRate } from './index.js';

describe('latePenaltyRate', () => {
  it('gives the B2B default with its floor (L441-10 II)', () => {
    expect(latePenaltyRate('2025-03-10', { debtor: 'professional' })).toMatchObject({
      regime: 'b2b-l441-10',
      ratePercent: '13.15',
      rule: 'statutory-ecb-plus-10',
      floorPercent: '11.13',
      halfYear: '2025-H1',
      warnings: [],
    });
  });

  it('gives contractual rates and flags them below the floor', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        debtor: 'professional',
        clause: { type: 'ecb-plus', points: 7 },
      }),
    ).toMatchObject({
      ratePercent: '10.15',
      rule: 'contract-ecb-plus',
      warnings: [{ code: 'CONTRACT_RATE_BELOW_FLOOR', halfYear: '2025-H1' }],
    });
    expect(
      latePenaltyRate('2025-03-10', {
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '3.125' },
        onBelowFloor: 'apply-floor',
      }),
    ).toMatchObject({ ratePercent: '11.13', rule: 'contract-floor' });
    expect(
      latePenaltyRate('2025-03-10', {
        debtor: 'professional',
        clause: { type: 'legal-rate-multiple', multiple: 3 },
      }),
    ).toMatchObject({
      ratePercent: '11.13',
      warnings: [],
    });
  });

  it('has no floor when the legal rate is unknown (2026 H2)', () => {
    expect(latePenaltyRate('2026-08-01', { debtor: 'professional' })).toMatchObject({
      ratePercent: '12.40',
      floorPercent: null,
    });
  });

  it('gives the legal rate for consumers, + 5 points after a judgment (CMF L313-3)', () => {
    expect(latePenaltyRate('2026-02-01', { debtor: 'consumer' })).toMatchObject({
      ratePercent: '2.62',
      rule: 'legal-rate',
      floorPercent: null,
    });
    expect(
      latePenaltyRate('2026-02-01', {
        debtor: 'consumer',
        legalRateCategory: 'consumer-creditor',
        judgmentUplift: true,
      }),
    ).toMatchObject({
      ratePercent: '11.67',
      rule: 'legal-rate-judgment-uplift',
      article: 'CMF L313-3',
    });
    expect(
      latePenaltyRate('2026-02-01', { debtor: 'professional', judgmentUplift: true }).warnings,
    ).toEqual([expect.objectContaining({ code: 'JUDGMENT_UPLIFT_NOT_APPLIED' })]);
  });

  it('keeps the public rate of the half-year in which interest started (R2192-31)', () => {
    expect(
      latePenaltyRate('2025-08-01', { debtor: 'public', interestStartedOn: '2025-06-16' }),
    ).toMatchObject({ ratePercent: '11.15', rule: 'public-ecb-plus-8' });
    expect(latePenaltyRate('2025-08-01', { debtor: 'public' }).ratePercent).toBe('10.15');
    expect(
      latePenaltyRate('2025-08-01', { debtor: 'public', clause: { type: 'fixed', ratePercent: 1 } })
        .warnings,
    ).toEqual([expect.objectContaining({ code: 'CLAUSE_IGNORED' })]);
  });

  it('throws RATE_UNKNOWN for a consumer after 2026-06-30 and accepts caller rates', () => {
    expect(() => latePenaltyRate('2026-07-01', { debtor: 'consumer' })).toThrow(
      expect.objectContaining({ code: 'RATE_UNKNOWN' }),
    );
    const rates = createRateTable({
      legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.5' }] },
    });
    expect(latePenaltyRate('2026-07-01', { debtor: 'consumer', rates }).ratePercent).toBe('2.50');
  });

  it('rejects bad input with paths', () => {
    expect(() => latePenaltyRate('2025-13-01', { debtor: 'professional' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => latePenaltyRate('2025-01-01', { debtor: 'bank' as never })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['debtor'] })],
      }),
    );
  });
});

describe('contractualRateFloor', () => {
  it('is 3 × the legal rate "other cases" of the half-year (L441-10 II)', () => {
    expect(contractualRateFloor('2024-01-01')).toEqual({
      date: '2024-01-01',
      halfYear: '2024-H1',
      ratePercent: '15.21',
      legalRatePercent: '5.07',
      multiple: '3',
      article: 'C. com. L441-10 II',
    });
  });

  it('throws RATE_UNKNOWN for 2026 H2 unless supplied', () => {
    expect(() => contractualRateFloor('2026-07-01')).toThrow(
      expect.objectContaining({ code: 'RATE_UNKNOWN' }),
    );
    expect(
      contractualRateFloor('2026-07-01', {
        rates: { legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.5' }] } },
      }).ratePercent,
    ).toBe('7.50');
  });
});
