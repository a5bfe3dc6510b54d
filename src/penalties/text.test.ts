import { describe, expect, it } from 'vitest';
import { formatEuros } from '../money/internal.js';
import { computeClaimStatement, computeLatePenalties, recoveryIndemnity } from './index.js';

describe('issue 14: penalty sentences in French by default, English on request', () => {
  const request = {
    debtor: 'professional',
    amount: '10000.00',
    dueDate: '2023-12-31',
    asOf: '2024-12-31',
    clause: { type: 'ecb-plus', points: '10' },
    additionalRecoveryCosts: '25.00',
  } as const;

  it('gives the same figures, codes and params in both locales, only the sentences differ', () => {
    const fr = computeLatePenalties(request);
    const en = computeLatePenalties(request, { locale: 'en' });
    const strip = (r: typeof fr) => ({
      ...r,
      warnings: r.warnings.map(({ message: _, ...w }) => w),
      indemnityDetail: { ...r.indemnityDetail, message: '' },
    });
    expect(strip(en)).toEqual(strip(fr));
    expect(fr.warnings.map((w) => w.code)).toEqual([
      'CONTRACT_RATE_BELOW_FLOOR',
      'CONTRACT_RATE_BELOW_FLOOR',
    ]);
    expect(fr.warnings[1]!.message).toBe(
      'Au 2e semestre 2024, le taux contractuel de 14,25 % est inférieur au plancher de 3 fois le taux d’intérêt légal (3 × 4,92 % = 14,76 %). Le taux n’a pas été relevé ; le juge peut écarter la clause.',
    );
    expect(en.warnings[1]!.message).toMatch(/^In 2024-H2 the contractual rate 14.25 % is below/);
    expect(fr.indemnityDetail).toMatchObject({
      code: 'INDEMNITY_UNPAID',
      params: { asOf: '2024-12-31', dueDate: '2023-12-31', euros: 40 },
      message: `Facture impayée au 31 décembre 2024, après l’échéance du 31 décembre 2023 : ${formatEuros('40.00')} par facture payée en retard.`,
    });
  });

  it('writes the indemnity reason and the claim findings in French with « 1er »', () => {
    expect(
      recoveryIndemnity({ debtor: 'consumer', dueDate: '2025-06-01', asOf: '2025-09-01' }).message,
    ).toBe(
      'L’indemnité forfaitaire pour frais de recouvrement n’est exigible que des professionnels et des acheteurs publics, non d’un débiteur consommateur.',
    );
    const claim = computeClaimStatement(
      [{ reference: 'P-1', amount: '100.00', dueDate: '2025-01-31' }],
      { asOf: '2025-03-01', debtor: 'non_professional', additionalRecoveryCosts: '1500' },
    );
    expect(claim.warnings.map((w) => [w.code, w.reference])).toEqual([
      ['NO_FORMAL_NOTICE', 'P-1'],
      ['ADDITIONAL_COSTS_NOT_CLAIMABLE', null],
    ]);
    expect(claim.warnings[1]!.message).toBe(
      `Des frais de recouvrement de ${formatEuros('1500.00')} ont été indiqués, mais aucune facture n’ouvre droit à l’indemnité forfaitaire : aucune indemnisation complémentaire n’est réclamée.`,
    );
  });

  it('rejects an unknown locale', () => {
    expect(() => computeLatePenalties(request, { locale: 'de' as 'fr' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() =>
      recoveryIndemnity(
        { debtor: 'consumer', dueDate: '2025-06-01', asOf: '2025-09-01' },
        {
          locale: 'es' as 'fr',
        },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
