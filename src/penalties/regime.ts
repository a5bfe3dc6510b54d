import type { DebtorKind } from '../parties/internal.js';

/**
 * The legal regime of late-payment amounts, chosen by the kind of debtor:
 *
 * - `'b2b-l441-10'` (debtor `professional`): C. com. L441-10 II and D441-5 — penalties from the day
 *   after the due date without any reminder, ECB + 10 points per half-year by default, 40 €;
 * - `'legal-interest'` (debtor `consumer` or `non_professional`): C. civ. 1231-6 and 1344-1 —
 *   interest at the legal rate from the formal notice, no 40 €;
 * - `'public-procurement'` (debtor `public`): CCP L2192-13, R2192-31, D2192-35 — ECB + 8 points,
 *   one rate for the whole delay, 40 €.
 *
 * @category Penalties
 */
export type PenaltyRegime = 'b2b-l441-10' | 'legal-interest' | 'public-procurement';

/** @internal The regime of a debtor kind. */
export function regimeOf(debtor: DebtorKind): PenaltyRegime {
  switch (debtor) {
    case 'professional':
      return 'b2b-l441-10';
    case 'public':
      return 'public-procurement';
    case 'consumer':
    case 'non_professional':
      return 'legal-interest';
  }
}

/** @internal The articles of each regime. */
export const REGIME_ARTICLE: Readonly<Record<PenaltyRegime, string>> = {
  'b2b-l441-10': 'C. com. L441-10 II, D441-5',
  'legal-interest': 'C. civ. 1231-6, 1344-1; CMF L313-2',
  'public-procurement': 'CCP L2192-13, R2192-31, D2192-35',
};
