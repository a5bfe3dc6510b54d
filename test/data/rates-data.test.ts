import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ECB_MRO, LEGAL_CONSUMER_CREDITOR, LEGAL_OTHER } from '../../src/rates/data.js';

// The built-in data is a copy of shared/domain/rates.json (scripts/sync-rates.ts). When the shared
// folder is present (CI, developers), the copy must be current; a published package never reads it.
const jsonPath = new URL('../../../shared/domain/rates.json', import.meta.url);

describe('built-in rate data', () => {
  it.runIf(existsSync(jsonPath))('matches shared/domain/rates.json', () => {
    const src = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(ECB_MRO.rows).toEqual(src.ecbMainRefinancingRate.rows);
    expect(ECB_MRO.knownUntil).toBe(src.ecbMainRefinancingRate.knownUntil);
    expect(LEGAL_CONSUMER_CREDITOR.rows).toEqual(src.legalInterestRateConsumerCreditor.rows);
    expect(LEGAL_CONSUMER_CREDITOR.knownUntil).toBe(
      src.legalInterestRateConsumerCreditor.knownUntil,
    );
    expect(LEGAL_OTHER.rows).toEqual(src.legalInterestRateOtherCases.rows);
    expect(LEGAL_OTHER.knownUntil).toBe(src.legalInterestRateOtherCases.knownUntil);
  });
  it('has rows sorted by date with canonical percents', () => {
    for (const s of [ECB_MRO, LEGAL_CONSUMER_CREDITOR, LEGAL_OTHER]) {
      const froms = s.rows.map((r) => r.from);
      expect([...froms].sort()).toEqual(froms);
      for (const r of s.rows) expect(r.ratePercent).toMatch(/^\d+\.\d{2}$/);
    }
  });
});
