import { describe, expect, it } from 'vitest';
import { depositRiskPoints, recommendDeposit } from './index.js';
import { depositTextEn } from './text.en.js';
import { depositTextFr } from './text.fr.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const sum = (points: ReadonlyArray<{ points: string }>): number =>
  points.reduce((n, r) => n + Number(r.points), 0);

describe('recommendDeposit', () => {
  it('starts from the rule minimum when there is no risk factor', () => {
    const r = recommendDeposit({ orderTotalInclVat: '2000' });
    expect(r).toMatchObject({ percent: '30.00', amount: '600.00', uncappedPercent: '30.00' });
    expect(r.reasons).toEqual([
      {
        code: 'RULE_MINIMUM',
        label: { fr: 'Acompte minimum de la règle (30 %)', en: 'Rule minimum deposit (30 %)' },
        labelMessage: expect.objectContaining({
          code: 'REASON_RULE_MINIMUM',
          message: 'Acompte minimum de la règle (30 %)',
        }),
        points: '30.00',
      },
    ]);
  });

  it('asks a new client more than a good payer for a 10 000 € order (seed 001)', () => {
    const newClient = recommendDeposit({ orderTotalInclVat: '10000', newClient: true });
    const goodPayer = recommendDeposit({
      orderTotalInclVat: '10000',
      payerProfile: { averageDaysLate: 0, lateShare: '0', grade: 'A', flags: [] },
    });
    expect(newClient).toMatchObject({ percent: '45.00', amount: '4500.00' });
    expect(goodPayer).toMatchObject({ percent: '35.00', amount: '3500.00' });
    expect(goodPayer.reasons.map((r) => r.code)).toEqual([
      'RULE_MINIMUM',
      'LARGE_ORDER',
      'GOOD_PAYER',
    ]);
    expect(newClient.reasons.map((r) => [r.code, r.points])).toEqual([
      ['RULE_MINIMUM', '30.00'],
      ['NEW_CLIENT', '10.00'],
      ['LARGE_ORDER', '5.00'],
    ]);
  });

  it('adds urgent and large-order points with a custom threshold', () => {
    const r = recommendDeposit({
      orderTotalInclVat: '5000',
      urgent: true,
      largeOrderThreshold: '5000',
    });
    expect(r.percent).toBe('40.00');
    expect(r.reasons.find((x) => x.code === 'LARGE_ORDER')?.label.en).toBe(
      'Large order (from €5,000.00 incl. VAT)',
    );
    expect(r.reasons.find((x) => x.code === 'URGENT_ORDER')?.label.fr).toBe(
      'Commande très urgente',
    );
    expect(
      recommendDeposit({ orderTotalInclVat: '4999.99', largeOrderThreshold: 5000 }).percent,
    ).toBe('30.00');
  });

  it('reads a payer profile: days late, late share, grade and flags, in tiers', () => {
    const r = recommendDeposit(
      {
        orderTotalInclVat: '1000',
        payerProfile: {
          averageDaysLate: 31.25,
          lateShare: '0.5',
          grade: 'C',
          flags: ['chronic_late_payer'],
          outstanding: '1200.00',
        } as never,
      },
      { minPercent: 10, maxPercent: 100 },
    );
    expect(r.reasons.map((x) => [x.code, x.points])).toEqual([
      ['RULE_MINIMUM', '10.00'],
      ['PAYER_DAYS_LATE', '10.00'],
      ['PAYER_LATE_SHARE', '10.00'],
      ['PAYER_GRADE', '10.00'],
      ['PAYER_FLAGS', '5.00'],
    ]);
    expect(r.percent).toBe('45.00');
    expect(r.reasons[1]!.label).toEqual({
      fr: 'Retard moyen de paiement : 31,25 jours',
      en: 'Pays 31.25 days late on average',
    });
    expect(r.reasons[2]!.label.fr).toBe('50 % des factures payées en retard');
    expect(r.reasons[4]!.label.en).toBe('Risk flags: chronic late payer');
  });

  it('uses the documented tiers', () => {
    const at = (profile: object) =>
      recommendDeposit(
        { orderTotalInclVat: '100', payerProfile: profile as never },
        { minPercent: 0, maxPercent: 100 },
      ).percent;
    expect(at({ averageDaysLate: 14.9 })).toBe('0.00');
    expect(at({ averageDaysLate: 15 })).toBe('5.00');
    expect(at({ averageDaysLate: '60' })).toBe('15.00');
    expect(at({ averageDaysLate: -3 })).toBe('0.00');
    expect(at({ lateShare: 0.24 })).toBe('0.00');
    expect(at({ lateShare: 0.25 })).toBe('5.00');
    expect(at({ grade: 'B' })).toBe('5.00');
    expect(at({ grade: 'D' })).toBe('20.00');
    expect(at({ flags: ['a', 'b', 'c'] })).toBe('10.00');
    expect(at({ averageDaysLate: null, lateShare: null, grade: null, flags: null })).toBe('0.00');
    expect(depositRiskPoints.grade.D).toBe(20);
    expect(Object.isFrozen(depositRiskPoints.averageDaysLate[0])).toBe(true);
  });

  it('caps at the rule maximum, with a negative CAPPED_AT_MAXIMUM reason so that points add up', () => {
    const r = recommendDeposit({
      orderTotalInclVat: '20000',
      newClient: true,
      urgent: true,
      payerProfile: { grade: 'D' },
    });
    expect(r).toMatchObject({ percent: '50.00', uncappedPercent: '70.00', amount: '10000.00' });
    expect(r.reasons.at(-1)).toEqual({
      code: 'CAPPED_AT_MAXIMUM',
      label: {
        fr: 'Plafonné au maximum de la règle (50 %)',
        en: 'Capped at the rule maximum (50 %)',
      },
      labelMessage: expect.objectContaining({
        code: 'REASON_CAPPED_AT_MAXIMUM',
        message: 'Plafonné au maximum de la règle (50 %)',
      }),
      points: '-20.00',
    });
    expect(sum(r.reasons)).toBe(50);
  });

  it('accepts a null payer profile as unknown', () => {
    expect(recommendDeposit({ orderTotalInclVat: '100', payerProfile: null }).reasons).toHaveLength(
      1,
    );
  });

  it('refuses bad input with INVALID_INPUT and paths, and a contradictory rule with INVALID_POLICY', () => {
    const e = caught(() =>
      recommendDeposit({
        orderTotalInclVat: '-5',
        newClient: 'yes',
        payerProfile: { lateShare: '1.5', grade: 'E', averageDaysLate: 'x' },
      } as never),
    ) as { code: string; issues: { path: unknown }[] };
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['orderTotalInclVat'],
      ['newClient'],
      ['payerProfile', 'averageDaysLate'],
      ['payerProfile', 'lateShare'],
      ['payerProfile', 'grade'],
    ]);
    expect(
      caught(() => recommendDeposit({ orderTotalInclVat: 1, urgnet: true } as never)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      caught(() => recommendDeposit({ orderTotalInclVat: 1 }, { minPercent: 50, maxPercent: 30 })),
    ).toMatchObject({ code: 'INVALID_POLICY', path: ['rule', 'minPercent'] });
  });
});

describe('recommendDeposit labels (issue 14)', () => {
  it('renders each reason label in French by default and in English with locale en', () => {
    const request = {
      orderTotalInclVat: '12000',
      newClient: true,
      payerProfile: { averageDaysLate: 15.5, grade: 'C' },
    } as const;
    const fr = recommendDeposit(request);
    const en = recommendDeposit(request, undefined, { locale: 'en' });
    expect(fr.reasons.map((x) => x.labelMessage.message)).toEqual(
      fr.reasons.map((x) => x.label.fr),
    );
    expect(en.reasons.map((x) => x.labelMessage.message)).toEqual(
      en.reasons.map((x) => x.label.en),
    );
    expect(fr.reasons.find((x) => x.code === 'PAYER_DAYS_LATE')?.labelMessage).toEqual({
      code: 'REASON_PAYER_DAYS_LATE',
      params: { days: '15.5' },
      message: 'Retard moyen de paiement : 15,5 jours',
    });
    expect(en.reasons.find((x) => x.code === 'PAYER_DAYS_LATE')?.label.en).toBe(
      'Pays 15.5 days late on average',
    );
    // Below 2 the French noun is singular (« 1,5 jour »), in English only for exactly 1.
    expect(depositTextFr.REASON_PAYER_DAYS_LATE({ days: '1.5' })).toBe(
      'Retard moyen de paiement : 1,5 jour',
    );
    expect(depositTextEn.REASON_PAYER_DAYS_LATE({ days: '1' })).toBe('Pays 1 day late on average');
    expect([fr.percent, fr.amount]).toEqual([en.percent, en.amount]);
  });

  it('refuses an unknown locale', () => {
    expect(() =>
      recommendDeposit({ orderTotalInclVat: '100' }, undefined, { locale: 'de' as never }),
    ).toThrow(/locale/);
  });
});

describe('deposit catalogue wording (issue 14)', () => {
  it('names the half-year in words and the payer flags in the locale', () => {
    const p = {
      halfYear: '2027-H1',
      knownUntil: '2026-12-31',
      stoppedOn: '2026-12-31',
      lastInterestDay: '2027-03-31',
    };
    expect(depositTextFr.RATE_UNKNOWN(p)).toContain('du premier semestre 2027 ');
    expect(depositTextEn.RATE_UNKNOWN(p)).toContain('for the first half of 2027 ');
    expect(depositTextFr.RATE_UNKNOWN({ ...p, halfYear: '2026-H2' })).toContain(
      'second semestre 2026',
    );
    expect(depositTextFr.REASON_PAYER_FLAGS({ flags: ['has_disputes', 'custom_flag'] })).toBe(
      'Alertes : litiges en cours, custom_flag',
    );
  });
});
