import { describe, expect, it } from 'vitest';
import { recommendDeposit } from './index.js';

const open = { minPercent: 0, maxPercent: 100 } as const;
const percentFor = (profile: object): string =>
  recommendDeposit({ orderTotalInclVat: '100', payerProfile: profile as never }, open).percent;

describe('recommendDeposit — exact scoring (30–50 % practice, seed articles 001 and 004)', () => {
  it('adds every risk factor to the rule minimum, with exact labels and points', () => {
    const r = recommendDeposit(
      {
        orderTotalInclVat: '12000',
        newClient: true,
        urgent: true,
        payerProfile: {
          averageDaysLate: 60,
          lateShare: 0.5,
          grade: 'B',
          flags: ['chronic_late_payer', 'over_credit_limit'],
        },
      },
      { minPercent: '12.5', maxPercent: 100 },
    );
    // 12.5 + 10 + 5 + 5 + 15 + 10 + 5 + 10 = 72.5 %; 12 000 × 72.5 % = 8 700.
    expect(r).toEqual({
      percent: '72.50',
      amount: '8700.00',
      uncappedPercent: '72.50',
      orderTotalInclVat: '12000.00',
      rule: { minPercent: '12.50', maxPercent: '100.00', rounding: 'cent' },
      reasons: [
        {
          code: 'RULE_MINIMUM',
          label: {
            fr: 'Acompte minimum de la règle (12,5 %)',
            en: 'Rule minimum deposit (12.5 %)',
          },
          labelMessage: expect.objectContaining({
            code: 'REASON_RULE_MINIMUM',
            message: 'Acompte minimum de la règle (12,5 %)',
          }),
          points: '12.50',
        },
        {
          code: 'NEW_CLIENT',
          label: { fr: 'Nouveau client', en: 'New client' },
          labelMessage: expect.objectContaining({
            code: 'REASON_NEW_CLIENT',
            message: 'Nouveau client',
          }),
          points: '10.00',
        },
        {
          code: 'URGENT_ORDER',
          label: { fr: 'Commande très urgente', en: 'Very urgent order' },
          labelMessage: expect.objectContaining({
            code: 'REASON_URGENT_ORDER',
            message: 'Commande très urgente',
          }),
          points: '5.00',
        },
        {
          code: 'LARGE_ORDER',
          label: {
            fr: 'Grosse commande (à partir de 10\u202f000,00\u00a0€ TTC)',
            en: 'Large order (from €10,000.00 incl. VAT)',
          },
          labelMessage: expect.objectContaining({
            code: 'REASON_LARGE_ORDER',
            message: 'Grosse commande (à partir de 10\u202f000,00\u00a0€ TTC)',
          }),
          points: '5.00',
        },
        {
          code: 'PAYER_DAYS_LATE',
          label: { fr: 'Retard moyen de paiement : 60 jours', en: 'Pays 60 days late on average' },
          labelMessage: expect.objectContaining({
            code: 'REASON_PAYER_DAYS_LATE',
            message: 'Retard moyen de paiement : 60 jours',
          }),
          points: '15.00',
        },
        {
          code: 'PAYER_LATE_SHARE',
          label: { fr: '50 % des factures payées en retard', en: '50 % of invoices paid late' },
          labelMessage: expect.objectContaining({
            code: 'REASON_PAYER_LATE_SHARE',
            message: '50 % des factures payées en retard',
          }),
          points: '10.00',
        },
        {
          code: 'PAYER_GRADE',
          label: { fr: 'Note de paiement B', en: 'Payer grade B' },
          labelMessage: expect.objectContaining({
            code: 'REASON_PAYER_GRADE',
            message: 'Note de paiement B',
          }),
          points: '5.00',
        },
        {
          code: 'PAYER_FLAGS',
          label: {
            fr: "Alertes : retards chroniques, plafond d'encours dépassé",
            en: 'Risk flags: chronic late payer, over the credit limit',
          },
          labelMessage: expect.objectContaining({
            code: 'REASON_PAYER_FLAGS',
            message: "Alertes : retards chroniques, plafond d'encours dépassé",
          }),
          points: '10.00',
        },
      ],
    });
  });

  it('writes decimal figures with a comma in French and a point in English', () => {
    const r = recommendDeposit(
      { orderTotalInclVat: '100', payerProfile: { lateShare: '0.333', averageDaysLate: '15.5' } },
      open,
    );
    expect(r.reasons.find((x) => x.code === 'PAYER_LATE_SHARE')?.label).toEqual({
      fr: '33,3 % des factures payées en retard',
      en: '33.3 % of invoices paid late',
    });
    expect(r.reasons.find((x) => x.code === 'PAYER_DAYS_LATE')?.label).toEqual({
      fr: 'Retard moyen de paiement : 15,5 jours',
      en: 'Pays 15.5 days late on average',
    });
  });

  it('reports a profile that adds nothing as a GOOD_PAYER reason worth zero points', () => {
    const r = recommendDeposit({ orderTotalInclVat: '100', payerProfile: { grade: 'A' } });
    expect(r.reasons.at(-1)).toEqual({
      code: 'GOOD_PAYER',
      label: { fr: 'Bon payeur', en: 'Good payer' },
      labelMessage: expect.objectContaining({ code: 'REASON_GOOD_PAYER', message: 'Bon payeur' }),
      points: '0.00',
    });
    expect(r.reasons).toHaveLength(2);
    expect(recommendDeposit({ orderTotalInclVat: '100', payerProfile: {} }).reasons).toHaveLength(
      2,
    );
  });

  it('gives no GOOD_PAYER reason when the profile adds points, even if other factors added before', () => {
    const r = recommendDeposit({
      orderTotalInclVat: '100',
      newClient: true,
      payerProfile: { flags: ['x'] },
    });
    expect(r.reasons.map((x) => x.code)).toEqual(['RULE_MINIMUM', 'NEW_CLIENT', 'PAYER_FLAGS']);
    expect(r.percent).toBe('45.00');
  });

  it('adds nothing for explicit false flags', () => {
    const r = recommendDeposit({ orderTotalInclVat: '100', newClient: false, urgent: false });
    expect(r.reasons.map((x) => x.code)).toEqual(['RULE_MINIMUM']);
  });

  it('applies each tier from its inclusive lower bound', () => {
    expect(percentFor({ averageDaysLate: '29.99' })).toBe('5.00');
    expect(percentFor({ averageDaysLate: 30 })).toBe('10.00');
    expect(percentFor({ averageDaysLate: '59.99' })).toBe('10.00');
    expect(percentFor({ lateShare: '0.49' })).toBe('5.00');
    expect(percentFor({ lateShare: 1 })).toBe('10.00');
    expect(percentFor({ grade: 'A' })).toBe('0.00');
    expect(percentFor({ grade: 'C' })).toBe('10.00');
    expect(percentFor({ flags: ['a'] })).toBe('5.00');
    expect(percentFor({ flags: ['a', 'b'] })).toBe('10.00');
    expect(percentFor({ flags: [] })).toBe('0.00');
  });

  it('does not cap a sum that reaches the rule maximum exactly', () => {
    // 30 + 10 (new) + 5 (urgent) + 5 (10 000 € is large) = 50 %.
    const r = recommendDeposit({ orderTotalInclVat: '10000', newClient: true, urgent: true });
    expect(r).toMatchObject({ percent: '50.00', uncappedPercent: '50.00', amount: '5000.00' });
    expect(r.reasons.map((x) => x.code)).not.toContain('CAPPED_AT_MAXIMUM');
  });

  it('caps at a decimal maximum, labelled per language', () => {
    const r = recommendDeposit(
      { orderTotalInclVat: '1000', newClient: true, payerProfile: { grade: 'D' } },
      { minPercent: 30, maxPercent: '47.5' },
    );
    expect(r).toMatchObject({ percent: '47.50', uncappedPercent: '60.00', amount: '475.00' });
    expect(r.reasons.at(-1)).toEqual({
      code: 'CAPPED_AT_MAXIMUM',
      label: {
        fr: 'Plafonné au maximum de la règle (47,5 %)',
        en: 'Capped at the rule maximum (47.5 %)',
      },
      labelMessage: expect.objectContaining({
        code: 'REASON_CAPPED_AT_MAXIMUM',
        message: 'Plafonné au maximum de la règle (47,5 %)',
      }),
      points: '-12.50',
    });
  });

  it('names the deposit request in the INVALID_INPUT message', () => {
    expect(() => recommendDeposit({ orderTotalInclVat: '-1' })).toThrow(
      /^Invalid deposit request\. orderTotalInclVat: /,
    );
  });
});
