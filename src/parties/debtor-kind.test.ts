import { describe, expect, it } from 'vitest';
import { DebtorKindSchema, debtorKindLabels } from './index.js';

describe('DebtorKindSchema', () => {
  it('accepts the four kinds and rejects others', () => {
    for (const k of ['professional', 'consumer', 'public', 'non_professional']) {
      expect(DebtorKindSchema.safeParse(k).success).toBe(true);
      expect(debtorKindLabels[k as keyof typeof debtorKindLabels].fr).toBeTruthy();
    }
    expect(DebtorKindSchema.safeParse('company').success).toBe(false);
  });
});
