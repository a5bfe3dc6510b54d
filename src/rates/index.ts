/**
 * The ECB and legal interest rate series, dated and sourced: look-ups by half-year
 * ({@link ecbRateForHalfYear}, {@link legalInterestRate}) and {@link createRateTable} to add rates
 * published after this version.
 * See the [foundation guide](../../docs/foundation.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module rates
 */

export type {
  LegalRateCategory,
  RateLookup,
  RateLookupOptions,
  RateOverrides,
  RateRow,
  RateSeries,
  RateSeriesId,
  RatesOption,
  RateTable,
} from './rate-table.js';
// Public names plus cross-module helpers; the package root re-exports only the public ones.
export {
  createRateTable,
  defaultRateTable,
  ecbRateForHalfYear,
  ecbRateOn,
  isRateTable,
  LegalRateCategorySchema,
  legalInterestRate,
  type MemoKey,
  memoOnTable,
  RateOverridesSchema,
  ratesKnownUntil,
  resolveRates,
  rowOn,
  rowRate,
} from './rate-table.js';
