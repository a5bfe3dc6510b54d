import { describe, expect, it } from 'vitest';
import { cancellationOutcome, classifyAdvancePayment } from './index.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('classifyAdvancePayment', () => {
  it.each([
    ['consumer', undefined, 'arrhes', 'default', 'C. conso L214-1; C. civ. 1590'],
    ['consumer', 'arrhes', 'arrhes', 'contract', 'C. conso L214-1; C. civ. 1590'],
    ['consumer', 'acompte', 'acompte', 'contract', 'C. conso L214-1'],
    ['professional', undefined, 'acompte', 'default', expect.stringMatching(/C\. civ\. 1103/)],
    ['professional', 'acompte', 'acompte', 'contract', expect.stringMatching(/C\. civ\. 1590/)],
    ['non_professional', 'arrhes', 'arrhes', 'contract', 'C. civ. 1590'],
    ['public', undefined, 'acompte', 'default', expect.stringMatching(/1103/)],
  ] as const)('%s with term %s → %s (%s)', (debtor, contractTerm, kind, source, article) => {
    const r = classifyAdvancePayment(
      contractTerm === undefined ? { debtor } : { debtor, contractTerm },
    );
    expect(r).toMatchObject({ kind, source, article });
    expect(r.explanation.fr.length).toBeGreaterThan(20);
    expect(r.explanation.en.length).toBeGreaterThan(20);
  });

  it('refuses unknown values with INVALID_INPUT and paths', () => {
    expect(
      caught(() => classifyAdvancePayment({ debtor: 'person', contractTerm: 'avance' } as never)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['debtor'] }, { path: ['contractTerm'] }],
    });
  });
});

describe('cancellationOutcome', () => {
  it('arrhes cancelled by the seller: twice the amount is returned (C. conso L214-1)', () => {
    expect(
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'seller', amountPaid: '500' }),
    ).toMatchObject({
      contractStands: false,
      sellerKeeps: '0.00',
      sellerPays: '1000.00',
      buyerOwesBalance: false,
      damagesPossible: false,
      article: 'C. conso L214-1; C. civ. 1590',
    });
  });

  it('arrhes cancelled by the buyer: forfeited', () => {
    expect(
      cancellationOutcome({ kind: 'arrhes', cancelledBy: 'buyer', amountPaid: 250.5 }),
    ).toMatchObject({
      amountPaid: '250.50',
      contractStands: false,
      sellerKeeps: '250.50',
      sellerPays: '0.00',
      damagesPossible: false,
    });
  });

  it('acompte cancelled by the buyer: the contract stands, the balance or damages are owed', () => {
    expect(
      cancellationOutcome({ kind: 'acompte', cancelledBy: 'buyer', amountPaid: '300' }),
    ).toMatchObject({
      contractStands: true,
      sellerKeeps: '300.00',
      sellerPays: '0.00',
      buyerOwesBalance: true,
      damagesPossible: true,
    });
  });

  it('acompte, seller fails: performance, or the acompte back plus damages', () => {
    const r = cancellationOutcome({ kind: 'acompte', cancelledBy: 'seller', amountPaid: '300' });
    expect(r).toMatchObject({
      contractStands: true,
      sellerKeeps: '0.00',
      sellerPays: '300.00',
      buyerOwesBalance: false,
      damagesPossible: true,
    });
    expect(r.article).toMatch(/1229/);
  });

  it('refuses bad input with INVALID_INPUT and paths', () => {
    expect(
      caught(() =>
        cancellationOutcome({ kind: 'deposit', cancelledBy: 'both', amountPaid: '-1' } as never),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['kind'] }, { path: ['cancelledBy'] }, { path: ['amountPaid'] }],
    });
  });
});
