import { describe, expect, it } from 'vitest';
import { canRequestPayment } from './index.js';

const base = { debtor: 'consumer', offPremises: true, signedOn: '2026-03-02' } as const;

describe('canRequestPayment — exact results (C. conso L221-10, L221-3)', () => {
  it('explains the 7-day ban with its first allowed day and its last banned day (C. conso L221-10)', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-09' })).toEqual({
      allowed: false,
      firstAllowedDay: '2026-03-10',
      banEndsOn: '2026-03-09',
      code: 'SEVEN_DAY_BAN',
      reason:
        "Aucun paiement, sous quelque forme que ce soit, ne peut être reçu avant le 10 mars 2026 : les 7 jours suivant le contrat hors établissement du 2 mars 2026 courent jusqu'au 9 mars 2026 inclus.",
      params: {
        days: 7,
        signedOn: '2026-03-02',
        banEndsOn: '2026-03-09',
        firstAllowedDay: '2026-03-10',
      },
      article: 'C. conso L221-10',
    });
  });

  it('explains that the 7 days are over from the 8th day after signing (C. conso L221-10)', () => {
    expect(canRequestPayment({ ...base, today: '2026-04-30' })).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-10',
      banEndsOn: '2026-03-09',
      code: 'SEVEN_DAYS_ELAPSED',
      reason:
        'Les 7 jours suivant le contrat hors établissement du 2 mars 2026 ont pris fin le 9 mars 2026 : le paiement peut être reçu.',
      params: { days: 7, signedOn: '2026-03-02', banEndsOn: '2026-03-09' },
      article: 'C. conso L221-10',
    });
  });

  it('issue 14: the reason in English on request, with the same code and params', () => {
    const en = canRequestPayment({ ...base, today: '2026-03-09' }, { locale: 'en' });
    expect(en).toMatchObject({
      code: 'SEVEN_DAY_BAN',
      params: {
        days: 7,
        signedOn: '2026-03-02',
        banEndsOn: '2026-03-09',
        firstAllowedDay: '2026-03-10',
      },
      reason:
        'No payment of any kind may be received before 10 March 2026: the 7 days after the off-premises contract of 2 March 2026 run until 9 March 2026 included.',
    });
  });

  it('counts the 7 days across a month end (signed 2026-02-25 → allowed from 2026-03-05)', () => {
    const signedOn = '2026-02-25';
    expect(canRequestPayment({ ...base, signedOn, today: '2026-03-04' })).toMatchObject({
      allowed: false,
      banEndsOn: '2026-03-04',
      firstAllowedDay: '2026-03-05',
    });
    expect(canRequestPayment({ ...base, signedOn, today: '2026-03-05' }).allowed).toBe(true);
  });

  it('lifts the ban for an L221-10 exception, naming it, from the day of signing', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-03', exception: 'urgent-repair' })).toEqual(
      {
        allowed: true,
        firstAllowedDay: '2026-03-02',
        banEndsOn: null,
        code: 'EXCEPTION',
        reason:
          "Le contrat relève d'une exception de C. conso L221-10 (travaux d'entretien ou de réparation urgents au domicile du consommateur) : le paiement peut être reçu immédiatement.",
        params: { exception: 'urgent-repair' },
        article: 'C. conso L221-10',
      },
    );
  });

  it('does not apply on premises, even with an exception given (C. conso L221-10 covers off-premises contracts only)', () => {
    expect(
      canRequestPayment({
        ...base,
        offPremises: false,
        today: '2026-03-03',
        exception: 'home-party',
      }),
    ).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-02',
      banEndsOn: null,
      code: 'NOT_OFF_PREMISES',
      reason:
        "Le contrat n'a pas été conclu hors établissement : l'interdiction de paiement pendant 7 jours ne s'applique pas.",
      params: { days: 7 },
      article: 'C. conso L221-10',
    });
  });

  it('does not protect a business buyer, whatever the place of signing (C. conso L221-3)', () => {
    expect(
      canRequestPayment({
        ...base,
        debtor: 'professional',
        offPremises: false,
        today: '2026-03-03',
      }),
    ).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-02',
      banEndsOn: null,
      code: 'NOT_A_CONSUMER_CONTRACT',
      reason:
        "L'acheteur n'est pas un consommateur (ni une entreprise de cinq salariés au plus contractant hors de son activité principale, C. conso L221-3) : l'interdiction de paiement pendant 7 jours ne s'applique pas.",
      params: { days: 7 },
      article: 'C. conso L221-10',
    });
  });

  it('extends the ban only to professional buyers flagged as small businesses outside their core activity (C. conso L221-3)', () => {
    const today = '2026-03-03';
    expect(
      canRequestPayment({
        ...base,
        debtor: 'professional',
        smallBusinessOutsideCoreActivity: false,
        today,
      }).code,
    ).toBe('NOT_A_CONSUMER_CONTRACT');
    for (const debtor of ['public', 'non_professional'] as const)
      expect(
        canRequestPayment({ ...base, debtor, smallBusinessOutsideCoreActivity: true, today }).code,
      ).toBe('NOT_A_CONSUMER_CONTRACT');
    expect(
      canRequestPayment({ ...base, smallBusinessOutsideCoreActivity: false, today }).code,
    ).toBe('SEVEN_DAY_BAN');
  });

  it('names the request in the INVALID_INPUT message', () => {
    expect(() => canRequestPayment({ ...base, today: '2026-13-01' })).toThrow(
      /^Invalid request\. today: /,
    );
  });
});
