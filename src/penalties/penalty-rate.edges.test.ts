import { describe, expect, it } from 'vitest';
import { contractualRateFloor, latePenaltyRate } from './index.js';

const B2B = 'C. com. L441-10 II';

describe('latePenaltyRate edge cases', () => {
  it('keeps the statutory ECB + 10 below the 2024 floor, with an information (L441-10 II)', () => {
    // ECB on 2024-01-01: 4.50 % → 14.50 %; floor 3 × 5.07 % = 15.21 %.
    expect(latePenaltyRate('2024-03-01', { locale: 'en', debtor: 'professional' })).toMatchObject({
      date: '2024-03-01',
      halfYear: '2024-H1',
      regime: 'b2b-l441-10',
      ratePercent: '14.50',
      rule: 'statutory-ecb-plus-10',
      article: B2B,
      explanation: 'ECB rate on 2024-01-01 4.50 % + 10 points = 14.50 %',
      floorPercent: '15.21',
      warnings: [
        {
          code: 'STATUTORY_RATE_BELOW_FLOOR',
          severity: 'info',
          message:
            'In 2024-H1 the statutory default rate 14.50 % (ECB + 10 points) is below 3 × the legal rate (3 × 5.07 % = 15.21 %). The floor binds contractual rates only, so the default rate applies.',
          article: B2B,
          halfYear: '2024-H1',
        },
      ],
    });
    // 2024-H2: ECB on 2024-07-01 4.25 % → 14.25 %, floor 3 × 4.92 % = 14.76 %.
    expect(latePenaltyRate('2024-10-01', { locale: 'en', debtor: 'professional' })).toMatchObject({
      ratePercent: '14.25',
      floorPercent: '14.76',
      warnings: [{ code: 'STATUTORY_RATE_BELOW_FLOOR', halfYear: '2024-H2' }],
    });
  });

  it('takes the ECB rate of the day’s own half-year for B2B, ignoring interestStartedOn', () => {
    // ECB on 2025-07-01: 2.15 % → 12.15 %, floor 3 × 2.76 % = 8.28 %.
    expect(
      latePenaltyRate('2025-08-01', {
        locale: 'en',
        debtor: 'professional',
        interestStartedOn: '2025-03-01',
      }),
    ).toMatchObject({
      halfYear: '2025-H2',
      ratePercent: '12.15',
      floorPercent: '8.28',
      explanation: 'ECB rate on 2025-07-01 2.15 % + 10 points = 12.15 %',
      warnings: [],
    });
  });

  it('warns for a contractual fixed rate below 3 × the legal rate and keeps it (L441-10 II)', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '10' },
      }),
    ).toMatchObject({
      ratePercent: '10.00',
      rule: 'contract-fixed',
      article: B2B,
      explanation: 'contractual fixed rate 10.00 %',
      floorPercent: '11.13',
      warnings: [
        {
          code: 'CONTRACT_RATE_BELOW_FLOOR',
          severity: 'warning',
          message:
            'In 2025-H1 the contractual rate 10.00 % is below the floor of 3 × the legal rate (3 × 3.71 % = 11.13 %). The rate was not raised; a court may replace the clause.',
          article: B2B,
          halfYear: '2025-H1',
        },
      ],
    });
  });

  it('raises a contractual rate to the floor with apply-floor and says so (L441-10 II)', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '10' },
        onBelowFloor: 'apply-floor',
      }),
    ).toMatchObject({
      ratePercent: '11.13',
      rule: 'contract-floor',
      article: B2B,
      explanation: 'contractual rate 10.00 % raised to the floor 3 × 3.71 % = 11.13 %',
      warnings: [
        {
          code: 'CONTRACT_RATE_BELOW_FLOOR',
          severity: 'warning',
          message:
            "In 2025-H1 the contractual rate 10.00 % is below the floor of 3 × the legal rate (3 × 3.71 % = 11.13 %): the floor 11.13 % was applied (option onBelowFloor: 'apply-floor').",
          article: B2B,
          halfYear: '2025-H1',
        },
      ],
    });
  });

  it('explains contractual ECB-plus and legal-rate-multiple clauses above the floor', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'ecb-plus', points: 9 },
      }),
    ).toMatchObject({
      ratePercent: '12.15',
      rule: 'contract-ecb-plus',
      article: B2B,
      explanation: 'contractual ECB rate on 2025-01-01 3.15 % + 9 points = 12.15 %',
      warnings: [],
    });
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'legal-rate-multiple', multiple: 4 },
      }),
    ).toMatchObject({
      ratePercent: '14.84',
      rule: 'contract-legal-rate-multiple',
      article: B2B,
      explanation: 'contractual 4 × legal rate of 2025-H1 3.71 % = 14.84 %',
      warnings: [],
    });
  });

  it('cannot check a contract rate when the legal rate is unknown (2026 H2): warns, or throws with apply-floor', () => {
    expect(
      latePenaltyRate('2026-08-01', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '12' },
      }),
    ).toMatchObject({
      ratePercent: '12.00',
      rule: 'contract-fixed',
      floorPercent: null,
      warnings: [
        {
          code: 'RATE_UNKNOWN',
          severity: 'warning',
          message:
            'The legal interest rate of 2026-H2 is not in the rate table: the contractual rate 12.00 % could not be checked against the floor of 3 × the legal rate. Supply it with the "rates" option.',
          article: B2B,
          halfYear: '2026-H2',
        },
      ],
    });
    expect(() =>
      latePenaltyRate('2026-08-01', {
        locale: 'en',
        debtor: 'professional',
        clause: { type: 'fixed', ratePercent: '12' },
        onBelowFloor: 'apply-floor',
      }),
    ).toThrow(expect.objectContaining({ code: 'RATE_UNKNOWN' }));
    // The statutory default needs no floor: no finding.
    expect(
      latePenaltyRate('2026-08-01', { locale: 'en', debtor: 'professional' }).warnings,
    ).toEqual([]);
  });

  it('gives the legal rate "other cases" or "natural-person creditor" for consumers (CMF L313-2)', () => {
    expect(latePenaltyRate('2025-03-10', { locale: 'en', debtor: 'consumer' })).toMatchObject({
      date: '2025-03-10',
      halfYear: '2025-H1',
      regime: 'legal-interest',
      ratePercent: '3.71',
      rule: 'legal-rate',
      article: 'C. civ. 1231-6, 1344-1; CMF L313-2',
      explanation: 'legal interest rate (other cases) of 2025-H1: 3.71 %',
      floorPercent: null,
      warnings: [],
    });
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'non_professional',
        legalRateCategory: 'consumer-creditor',
      }),
    ).toMatchObject({
      ratePercent: '7.21',
      explanation: 'legal interest rate (creditor a natural person) of 2025-H1: 7.21 %',
    });
  });

  it('adds 5 points to the legal rate after a judgment (CMF L313-3)', () => {
    expect(
      latePenaltyRate('2025-03-10', { locale: 'en', debtor: 'consumer', judgmentUplift: true }),
    ).toMatchObject({
      date: '2025-03-10',
      halfYear: '2025-H1',
      regime: 'legal-interest',
      ratePercent: '8.71',
      rule: 'legal-rate-judgment-uplift',
      article: 'CMF L313-3',
      explanation:
        'legal interest rate (other cases) of 2025-H1: 3.71 % + 5 points after the judgment (CMF L313-3) = 8.71 %',
      floorPercent: null,
      warnings: [],
    });
    expect(
      latePenaltyRate('2025-03-10', { locale: 'en', debtor: 'consumer', judgmentUplift: false })
        .ratePercent,
    ).toBe('3.71');
  });

  it('keeps a consumer contract rate under the civil code, without the uplift (C. civ. 1231-5)', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'consumer',
        clause: { type: 'fixed', ratePercent: '10' },
        judgmentUplift: true,
      }),
    ).toMatchObject({
      date: '2025-03-10',
      halfYear: '2025-H1',
      regime: 'legal-interest',
      ratePercent: '10.00',
      rule: 'contract-fixed',
      article: 'C. civ. 1231-5, 1344-1',
      explanation: 'contractual fixed rate 10.00 %',
      floorPercent: null,
      warnings: [
        {
          code: 'JUDGMENT_UPLIFT_NOT_APPLIED',
          severity: 'warning',
          message:
            'The +5 points of CMF L313-3 raise the legal interest rate; they were not added to the contractual rate.',
          article: 'CMF L313-3',
        },
      ],
    });
  });

  it('does not add the judgment uplift to B2B or public rates (Cass. com. 24 Apr 2024)', () => {
    const b2b = latePenaltyRate('2025-03-10', {
      locale: 'en',
      debtor: 'professional',
      judgmentUplift: true,
    });
    expect(b2b.ratePercent).toBe('13.15');
    expect(b2b.warnings).toEqual([
      {
        code: 'JUDGMENT_UPLIFT_NOT_APPLIED',
        params: { points: 5, regime: 'b2b-l441-10' },
        severity: 'warning',
        message:
          'The +5 points of CMF L313-3 raise the legal interest rate; the b2b-l441-10 regime uses its own rate, so the judgment uplift was not applied (penalties and legal interest are not cumulated, Cass. com. 24 Apr 2024).',
        article: 'CMF L313-3',
      },
    ]);
    const pub = latePenaltyRate('2025-03-10', {
      locale: 'en',
      debtor: 'public',
      judgmentUplift: true,
    });
    expect(pub.ratePercent).toBe('11.15');
    expect(pub.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('the public-procurement regime uses its own rate'),
    ]);
  });

  it('gives public buyers ECB + 8 of the half-year interest started in (CCP R2192-31)', () => {
    expect(latePenaltyRate('2025-03-10', { locale: 'en', debtor: 'public' })).toMatchObject({
      date: '2025-03-10',
      halfYear: '2025-H1',
      regime: 'public-procurement',
      ratePercent: '11.15',
      rule: 'public-ecb-plus-8',
      article: 'CCP L2192-13, R2192-31',
      explanation: 'ECB rate on 2025-01-01 3.15 % + 8 points = 11.15 %',
      floorPercent: null,
      warnings: [],
    });
    // Interest started in 2024-H2 (ECB on 2024-07-01 4.25 %): 12.25 % still in 2025-H2.
    expect(
      latePenaltyRate('2025-08-01', {
        locale: 'en',
        debtor: 'public',
        interestStartedOn: '2024-12-01',
      }),
    ).toMatchObject({
      halfYear: '2025-H2',
      ratePercent: '12.25',
      explanation: 'ECB rate on 2024-07-01 4.25 % + 8 points = 12.25 %',
    });
  });

  it('ignores a clause given for a public buyer (CCP L2192-14), but not an explicit statutory one', () => {
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'public',
        clause: { type: 'ecb-plus', points: 12 },
      }),
    ).toMatchObject({
      ratePercent: '11.15',
      rule: 'public-ecb-plus-8',
      warnings: [
        {
          code: 'CLAUSE_IGNORED',
          severity: 'warning',
          message:
            'A public buyer owes the moratory interest of the public procurement code (ECB + 8 points), which a contract may not lower or waive: the clause was ignored.',
          article: 'CCP L2192-14, R2192-31',
        },
      ],
    });
    expect(
      latePenaltyRate('2025-03-10', {
        locale: 'en',
        debtor: 'public',
        clause: { type: 'statutory' },
      }).warnings,
    ).toEqual([]);
  });

  it('rejects a rates option that is not an object', () => {
    for (const rates of [null, [], 'table'])
      expect(() =>
        latePenaltyRate('2025-03-10', {
          locale: 'en',
          debtor: 'professional',
          rates: rates as never,
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['rates'] })],
        }),
      );
  });
});

describe('contractualRateFloor edge cases', () => {
  it('gives 3 × the legal rate of the second half-year, with no options (L441-10 II)', () => {
    expect(contractualRateFloor('2024-12-31')).toMatchObject({
      halfYear: '2024-H2',
      ratePercent: '14.76',
      legalRatePercent: '4.92',
    });
  });
});

describe('rate input errors', () => {
  it('names the bad argument in the message of latePenaltyRate and contractualRateFloor', () => {
    expect(() => latePenaltyRate('2025-13-01', { locale: 'en', debtor: 'professional' })).toThrow(
      expect.objectContaining({
        message: 'Invalid date. date: "2025-13-01" has no month 13 (expected 01–12)',
      }),
    );
    expect(() => latePenaltyRate('2025-01-01', 'x' as never)).toThrow(
      expect.objectContaining({
        message: 'Invalid options. options: expected object, received "x"',
      }),
    );
    expect(() => contractualRateFloor('soon')).toThrow(
      expect.objectContaining({
        message: 'Invalid date. date: "soon" is not a date in the form YYYY-MM-DD',
      }),
    );
    expect(() => contractualRateFloor('2025-01-01', { rate: 1 } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Invalid options. options: has unknown key(s): rate',
      }),
    );
  });

  it('issue 14: explains the rate and its findings in French by default, with code and params', () => {
    const r = latePenaltyRate('2024-03-01', {
      debtor: 'professional',
      clause: { type: 'fixed', ratePercent: '10' },
    });
    expect(r.explanation).toBe('taux contractuel fixe de 10,00 %');
    expect(r.explanationMessage).toEqual({
      code: 'RATE_CONTRACT_FIXED',
      params: { ratePercent: '10.00' },
      message: 'taux contractuel fixe de 10,00 %',
    });
    expect(r.warnings[0]).toMatchObject({
      code: 'CONTRACT_RATE_BELOW_FLOOR',
      params: { halfYear: '2024-H1', ratePercent: '10.00', multiple: 3, applied: false },
    });
    expect(r.warnings[0]!.message).toMatch(
      /^Au 1er semestre 2024, le taux contractuel de 10,00 % /,
    );
    const uplift = latePenaltyRate('2025-03-10', { debtor: 'consumer', judgmentUplift: true });
    expect(uplift.explanation).toBe(
      'taux d’intérêt légal (autres cas) du 1er semestre 2025 : 3,71 %, majoré de 5 points après le jugement (CMF L313-3) = 8,71 %',
    );
  });
});
