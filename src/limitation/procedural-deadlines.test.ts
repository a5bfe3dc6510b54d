import { describe, expect, it } from 'vitest';
import {
  forclusionReliefDeadline,
  formalNoticeExpiry,
  injonctionServiceDeadline,
  insolvencyClaimDeadline,
  judgmentUpliftStart,
  oppositionDeadline,
} from './english.fixture.js';

function invalid(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    return e as { code: string; issues: ReadonlyArray<{ path: ReadonlyArray<string | number> }> };
  }
  throw new Error('expected an ImpayesError');
}

describe('injonctionServiceDeadline', () => {
  it('gives 6 months, moved past 14 July (CPC 1411, 642)', () => {
    const d = injonctionServiceDeadline('2026-01-14');
    expect(d).toMatchObject({
      name: 'injonction-service',
      nominal: '2026-07-14',
      deadline: '2026-07-15',
      rolled: true,
      cpc642: 'applies',
    });
    expect(d.articles).toEqual([
      'C. proc. civ. art. 1411',
      'C. proc. civ. art. 641',
      'C. proc. civ. art. 642',
    ]);
    expect(d.explanation).toContain('2026-07-15');
  });

  it('uses the regional calendar', () => {
    // 2026-06-10 is a Wednesday and a holiday in Guyane only.
    expect(injonctionServiceDeadline('2025-12-10').deadline).toBe('2026-06-10');
    expect(injonctionServiceDeadline('2025-12-10', { region: 'guyane' }).deadline).toBe(
      '2026-06-11',
    );
  });

  it('rejects a bad date or region with paths', () => {
    expect(invalid(() => injonctionServiceDeadline('2026-02-30'))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['orderDate'] }],
    });
    expect(
      invalid(() => injonctionServiceDeadline('2026-01-14', { region: 'mars' as never })).issues[0]!
        .path,
    ).toEqual(['options', 'region']);
  });
});

describe('oppositionDeadline', () => {
  it('gives 1 month from service, moved past a weekend (CPC 1416)', () => {
    const d = oppositionDeadline('2026-01-31');
    expect(d).toMatchObject({ nominal: '2026-02-28', deadline: '2026-03-02', rolled: true });
    expect(d.articles[0]).toBe('C. proc. civ. art. 1416');
  });
});

describe('insolvencyClaimDeadline', () => {
  it('gives 2 months, 4 for a creditor abroad (R622-24)', () => {
    expect(insolvencyClaimDeadline('2026-03-10')).toMatchObject({
      nominal: '2026-05-10',
      deadline: '2026-05-11',
      articles: ['C. com. R622-24', 'C. proc. civ. art. 641', 'C. proc. civ. art. 642'],
    });
    const abroad = insolvencyClaimDeadline('2026-03-10', { creditorAbroad: true });
    expect(abroad.deadline).toBe('2026-07-10');
    expect(abroad.explanation).toContain('outside metropolitan France');
  });

  it('rejects a non-boolean creditorAbroad', () => {
    expect(
      invalid(() => insolvencyClaimDeadline('2026-03-10', { creditorAbroad: 'yes' as never }))
        .issues[0]!.path,
    ).toEqual(['options', 'creditorAbroad']);
  });
});

describe('forclusionReliefDeadline', () => {
  it('gives 6 months from the BODACC publication (L622-26)', () => {
    expect(forclusionReliefDeadline('2026-03-10')).toMatchObject({
      name: 'forclusion-relief',
      deadline: '2026-09-10',
      rolled: false,
    });
  });
});

describe('formalNoticeExpiry', () => {
  it('counts days from receipt, the receipt day not counting (CPC 641)', () => {
    const d = formalNoticeExpiry('2026-03-02', 15);
    expect(d).toMatchObject({ nominal: '2026-03-17', deadline: '2026-03-17', cpc642: 'debatable' });
    expect(d.explanation).toContain('from the day after');
  });

  it('returns both dates when the end falls on a weekend', () => {
    const d = formalNoticeExpiry('2026-03-06', 15);
    expect(d).toMatchObject({ nominal: '2026-03-21', deadline: '2026-03-23', rolled: true });
    expect(d.explanation).toContain('debatable');
  });

  it('rejects a bad day count', () => {
    expect(invalid(() => formalNoticeExpiry('2026-03-06', 1.5)).issues[0]!.path).toEqual(['days']);
    expect(invalid(() => formalNoticeExpiry('2026-03-06', -1)).code).toBe('INVALID_INPUT');
  });
});

describe('judgmentUpliftStart', () => {
  it('applies +5 points from the day after the 2 months (CMF L313-3)', () => {
    const d = judgmentUpliftStart('2024-01-15');
    expect(d).toMatchObject({
      nominal: '2024-03-15',
      upliftFrom: '2024-03-16',
      upliftFromIfRolled: '2024-03-16',
      cpc642: 'debatable',
    });
    expect(d.explanation).not.toContain('if CPC 642');
  });

  it('gives the rolled alternative when the 2 months end on a weekend', () => {
    const d = judgmentUpliftStart('2026-01-28');
    expect(d).toMatchObject({
      nominal: '2026-03-28',
      deadline: '2026-03-30',
      upliftFrom: '2026-03-29',
      upliftFromIfRolled: '2026-03-31',
    });
    expect(d.explanation).toContain('if CPC 642 is applied');
  });
});
