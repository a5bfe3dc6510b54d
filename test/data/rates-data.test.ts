import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ecbRateForHalfYear, ecbRateOn, latePenaltyRate } from '../../src/index.js';
import { ECB_MRO, LEGAL_CONSUMER_CREDITOR, LEGAL_OTHER } from '../../src/rates/data.js';

// The built-in data is compiled from data/rates.json by scripts/sync-rates.ts; a published package
// never reads the JSON, so the compiled copy must stay equal to it.
const src = JSON.parse(readFileSync(new URL('../../data/rates.json', import.meta.url), 'utf8'));

describe('built-in rate data', () => {
  it('matches data/rates.json', () => {
    const series = [
      [ECB_MRO, src.ecbMainRefinancingRate],
      [LEGAL_CONSUMER_CREDITOR, src.legalInterestRateConsumerCreditor],
      [LEGAL_OTHER, src.legalInterestRateOtherCases],
    ] as const;
    for (const [compiled, json] of series) {
      expect(compiled.rows).toEqual(json.rows);
      expect(compiled.knownUntil).toBe(json.knownUntil);
      expect(compiled.note).toBe(json.confidenceNote);
    }
  });
  it('has rows sorted by date with canonical percents', () => {
    for (const s of [ECB_MRO, LEGAL_CONSUMER_CREDITOR, LEGAL_OTHER]) {
      const froms = s.rows.map((r) => r.from);
      expect([...froms].sort()).toEqual(froms);
      for (const r of s.rows) expect(r.ratePercent).toMatch(/^\d+\.\d{2}$/);
    }
  });
});

describe('issue 13 item 3: the 2026 ECB rows are confirmed by the ECB press releases', () => {
  it('cites ecb.mp260611 and ecb.mp260910 and raises the confidence to A', () => {
    expect(ECB_MRO.note).toContain('ecb.mp260611');
    expect(ECB_MRO.note).toContain('ecb.mp260910');
    expect(ECB_MRO.note).toContain('confidence A');
    expect(ECB_MRO.note).not.toMatch(/come from secondary quotes/);
  });
  it('gives 2.40 % from 2026-06-17 and 2.65 % from 2026-09-16', () => {
    expect(ecbRateOn('2026-06-16')).toMatchObject({ ratePercent: '2.15' });
    expect(ecbRateOn('2026-06-17')).toMatchObject({
      ratePercent: '2.40',
      effectiveFrom: '2026-06-17',
    });
    expect(ecbRateOn('2026-09-15').ratePercent).toBe('2.40');
    expect(ecbRateOn('2026-09-16')).toMatchObject({
      ratePercent: '2.65',
      effectiveFrom: '2026-09-16',
    });
  });
  it('makes the 2026 H2 reference rate 2.40 %: B2B 12.40 %, public buyers 10.40 %', () => {
    expect(ecbRateForHalfYear('2026-10-01').ratePercent).toBe('2.40');
    expect(latePenaltyRate('2026-10-01', { debtor: 'professional' }).ratePercent).toBe('12.40');
    expect(latePenaltyRate('2026-10-01', { debtor: 'public' }).ratePercent).toBe('10.40');
  });
});
