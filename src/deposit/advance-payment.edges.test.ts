import { describe, expect, it } from 'vitest';
import { cancellationOutcome, classifyAdvancePayment } from './index.js';

describe('classifyAdvancePayment — exact results (C. conso L214-1, C. civ. 1590)', () => {
  it('a consumer contract stipulating an acompte binds both parties firmly (C. conso L214-1)', () => {
    expect(classifyAdvancePayment({ debtor: 'consumer', contractTerm: 'acompte' })).toEqual({
      kind: 'acompte',
      source: 'contract',
      article: 'C. conso L214-1',
      explanation: {
        fr: 'Le contrat stipule un acompte : le consommateur et le professionnel sont engagés fermement.',
        en: 'The contract stipulates an acompte: the consumer and the business are firmly bound.',
      },
    });
  });

  it('a consumer advance payment is arrhes by default, with the same explanation when stipulated (C. conso L214-1)', () => {
    const explanation = {
      fr: "Entre un professionnel et un consommateur, les sommes versées d'avance sont des arrhes sauf stipulation contraire : le consommateur peut se dédire en les perdant, le professionnel en les restituant au double.",
      en: 'Between a business and a consumer, sums paid in advance are arrhes unless the contract says otherwise: the consumer may withdraw by forfeiting them, the business by paying back twice the amount.',
    };
    expect(classifyAdvancePayment({ debtor: 'consumer' })).toEqual({
      kind: 'arrhes',
      source: 'default',
      article: 'C. conso L214-1; C. civ. 1590',
      explanation,
    });
    expect(classifyAdvancePayment({ debtor: 'consumer', contractTerm: 'arrhes' })).toEqual({
      kind: 'arrhes',
      source: 'contract',
      article: 'C. conso L214-1; C. civ. 1590',
      explanation,
    });
  });

  it.each(['professional', 'public', 'non_professional'] as const)(
    'a %s buyer gets arrhes only when the contract stipulates them (C. civ. 1590)',
    (debtor) => {
      expect(classifyAdvancePayment({ debtor, contractTerm: 'arrhes' })).toEqual({
        kind: 'arrhes',
        source: 'contract',
        article: 'C. civ. 1590',
        explanation: {
          fr: 'Le contrat stipule des arrhes : chaque partie peut se dédire, l’acheteur en les perdant, le vendeur en les restituant au double.',
          en: 'The contract stipulates arrhes: either party may withdraw, the buyer by forfeiting them, the seller by paying back twice the amount.',
        },
      });
    },
  );

  it.each(['professional', 'public', 'non_professional'] as const)(
    'a %s buyer is bound by an acompte by default or when stipulated (C. civ. 1103)',
    (debtor) => {
      const expected = {
        kind: 'acompte',
        article: 'C. civ. 1103 (the contract binds); C. civ. 1590 (arrhes only if agreed)',
        explanation: {
          fr: "Hors contrat de consommation, le contrat décide ; à défaut de stipulation d'arrhes, la somme est traitée comme un acompte : le contrat est ferme.",
          en: 'Outside consumer contracts the contract decides; without a stipulation of arrhes the sum is treated as an acompte: the contract is firm.',
        },
      };
      expect(classifyAdvancePayment({ debtor })).toEqual({ ...expected, source: 'default' });
      expect(classifyAdvancePayment({ debtor, contractTerm: 'acompte' })).toEqual({
        ...expected,
        source: 'contract',
      });
    },
  );

  it('names the request in the INVALID_INPUT message', () => {
    expect(() => classifyAdvancePayment({ debtor: 'x' } as never)).toThrow(
      /^Invalid request\. debtor: /,
    );
  });

  it('refuses an unknown field in the request (strict schema)', () => {
    expect(() => classifyAdvancePayment({ debtor: 'consumer', term: 'acompte' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('cancellationOutcome — exact results (C. civ. 1590, 1103, 1229)', () => {
  it('arrhes withdrawn by the buyer are forfeited and nothing else is owed (C. civ. 1590)', () => {
    expect(
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'buyer', amountPaid: '120.4' }),
    ).toEqual({
      kind: 'arrhes',
      cancelledBy: 'buyer',
      amountPaid: '120.40',
      contractStands: false,
      sellerKeeps: '120.40',
      sellerPays: '0.00',
      buyerOwesBalance: false,
      damagesPossible: false,
      article: 'C. conso L214-1; C. civ. 1590',
      explanation: {
        fr: "L'acheteur se dédit : il perd les arrhes, que le vendeur conserve. Rien d'autre n'est dû.",
        en: 'The buyer withdraws and forfeits the arrhes, which the seller keeps. Nothing else is owed.',
      },
    });
  });

  it('arrhes withdrawn by the seller are paid back twice, cents doubled exactly (C. civ. 1590)', () => {
    expect(
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'seller', amountPaid: '0.01' }),
    ).toEqual({
      kind: 'arrhes',
      cancelledBy: 'seller',
      amountPaid: '0.01',
      contractStands: false,
      sellerKeeps: '0.00',
      sellerPays: '0.02',
      buyerOwesBalance: false,
      damagesPossible: false,
      article: 'C. conso L214-1; C. civ. 1590',
      explanation: {
        fr: 'Le vendeur se dédit : il restitue les arrhes au double (les arrhes plus une somme égale).',
        en: 'The seller withdraws and pays back twice the arrhes (the arrhes plus the same amount).',
      },
    });
  });

  it('an acompte does not let the buyer withdraw: the seller keeps it and may claim the balance (C. civ. 1103, 1221)', () => {
    expect(
      cancellationOutcome({ kind: 'acompte', cancelledBy: 'buyer', amountPaid: 99.99 }),
    ).toEqual({
      kind: 'acompte',
      cancelledBy: 'buyer',
      amountPaid: '99.99',
      contractStands: true,
      sellerKeeps: '99.99',
      sellerPays: '0.00',
      buyerOwesBalance: true,
      damagesPossible: true,
      article: 'C. civ. 1103, 1217, 1221, 1231-1',
      explanation: {
        fr: "Un acompte engage fermement : l'acheteur ne peut pas se dédire. Le vendeur garde l'acompte et peut exiger le solde du prix ou des dommages et intérêts.",
        en: 'An acompte binds firmly: the buyer cannot withdraw. The seller keeps the acompte and may claim the balance of the price or damages.',
      },
    });
  });

  it('an acompte is returned, not doubled, when the buyer terminates for the seller’s failure (C. civ. 1229)', () => {
    expect(
      cancellationOutcome({ kind: 'acompte', cancelledBy: 'seller', amountPaid: '250' }),
    ).toEqual({
      kind: 'acompte',
      cancelledBy: 'seller',
      amountPaid: '250.00',
      contractStands: true,
      sellerKeeps: '0.00',
      sellerPays: '250.00',
      buyerOwesBalance: false,
      damagesPossible: true,
      article: 'C. civ. 1103, 1217, 1221, 1229, 1231-1',
      explanation: {
        fr: "Un acompte engage fermement : le vendeur doit exécuter. À défaut, l'acheteur peut exiger l'exécution, ou résoudre le contrat et obtenir la restitution de l'acompte et des dommages et intérêts.",
        en: 'An acompte binds firmly: the seller must perform. Otherwise the buyer may demand performance, or terminate and get the acompte back plus damages.',
      },
    });
  });

  it('a zero advance payment yields zero amounts on every branch', () => {
    expect(
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'seller', amountPaid: 0 }),
    ).toMatchObject({ amountPaid: '0.00', sellerKeeps: '0.00', sellerPays: '0.00' });
  });

  it('names the request in the INVALID_INPUT message', () => {
    expect(() =>
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'buyer', amountPaid: '-1' }),
    ).toThrow(/^Invalid request\. amountPaid: /);
  });

  it('refuses an unknown field in the request (strict schema)', () => {
    expect(() =>
      cancellationOutcome({
        kind: 'arrhes',
        cancelledBy: 'buyer',
        amountPaid: '1',
        extra: true,
      } as never),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
