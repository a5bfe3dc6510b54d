// Issue 13 item 4: each recovery route built on its own.
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { dec } from '../internal/decimal.js';
import {
  claimViewOf,
  injonctionRoute,
  mediationRoute,
  ordinaryActionRoute,
  type RecoveryFacts,
  recoveryDrafts,
  refereRoute,
  smallClaimsRoute,
  writeOffRoute,
} from './recovery-options.js';

const facts = (over: Partial<RecoveryFacts> = {}): RecoveryFacts => ({
  debtorKind: 'consumer',
  today: '2026-10-01' as PlainDate,
  principal: dec('3000'),
  interest: dec('100'),
  total: dec('3140'),
  disputed: false,
  approvedOn: null,
  mediationTried: false,
  creditorIsTrader: true,
  recoveryCostEstimate: dec('500'),
  ...over,
});
const codes = (o: { reasons: ReadonlyArray<readonly [string, unknown]> }) =>
  o.reasons.map(([code]) => code);

describe('claimViewOf', () => {
  it('chooses the court and the prior-attempt rule from the debtor and the claim', () => {
    expect(claimViewOf(facts())).toMatchObject({
      court: 'COURT_JUDICIAIRE',
      claimText: '3100.00',
      priorAttemptRequired: true,
      priorCeiling: 5000,
    });
    expect(claimViewOf(facts({ debtorKind: 'professional' }))).toMatchObject({
      court: 'COURT_COMMERCE',
      commercial: true,
      priorAttemptRequired: false,
    });
    expect(claimViewOf(facts({ debtorKind: 'public' }))).toMatchObject({
      court: 'COURT_ADMINISTRATIVE',
      priorAttemptRequired: false,
    });
    expect(claimViewOf(facts({ principal: dec('6000') })).priorAttemptRequired).toBe(false);
  });
});

describe('the route builders', () => {
  it('small claims: within the 5 000 € ceiling, never against a public buyer', () => {
    const f = facts();
    expect(smallClaimsRoute(f, claimViewOf(f))).toMatchObject({ eligible: true });
    const big = facts({ principal: dec('5000') });
    expect(codes(smallClaimsRoute(big, claimViewOf(big)))[0]).toBe('SMALL_CLAIMS_ABOVE');
    const pub = facts({ debtorKind: 'public' });
    expect(smallClaimsRoute(pub, claimViewOf(pub))).toMatchObject({ eligible: false });
    const early = facts({ today: '2016-01-04' as PlainDate });
    expect(codes(smallClaimsRoute(early, claimViewOf(early)))[0]).toBe('SMALL_CLAIMS_NOT_YET');
  });

  it('injonction: closed to a public buyer, warns of a dispute', () => {
    const pub = facts({ debtorKind: 'public' });
    expect(injonctionRoute(pub, claimViewOf(pub))).toMatchObject({
      eligible: false,
      reasons: [['INJONCTION_PUBLIC', {}]],
    });
    const disputed = facts({ disputed: true });
    expect(codes(injonctionRoute(disputed, claimViewOf(disputed)))).toContain(
      'INJONCTION_DISPUTED',
    );
  });

  it('référé: not for a disputed claim; the approval (205) is evidence', () => {
    const f = facts({ approvedOn: '2026-09-01' as PlainDate, debtorKind: 'public' });
    expect(refereRoute(f, claimViewOf(f))).toMatchObject({
      eligible: true,
      court: 'COURT_REFERE_ADMINISTRATIVE',
      articles: ['CJA R541-1', 'C. civ. 2241'],
    });
    expect(codes(refereRoute(f, claimViewOf(f)))).toContain('REFERE_APPROVED');
    const d = facts({ disputed: true });
    expect(refereRoute(d, claimViewOf(d)).eligible).toBe(false);
  });

  it('mediation is required first for a small judicial claim; the ordinary action waits for it', () => {
    const f = facts();
    expect(codes(mediationRoute(f, claimViewOf(f)))[0]).toBe('MEDIATION_REQUIRED');
    expect(ordinaryActionRoute(f, claimViewOf(f))).toMatchObject({ eligible: false });
    const tried = facts({ mediationTried: true });
    expect(ordinaryActionRoute(tried, claimViewOf(tried)).eligible).toBe(true);
    expect(codes(mediationRoute(tried, claimViewOf(tried)))).toContain('MEDIATION_TRIED');
  });

  it('write-off when recovery costs at least the claim', () => {
    expect(writeOffRoute(facts()).eligible).toBe(false);
    expect(writeOffRoute(facts({ total: dec('500') })).eligible).toBe(true);
  });

  it('recoveryDrafts lists the six routes in their order', () => {
    expect(recoveryDrafts(facts()).map((o) => o.route)).toEqual([
      'small_claims',
      'injonction_de_payer',
      'refere_provision',
      'mediation',
      'ordinary_action',
      'write_off',
    ]);
  });
});
