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
} from './internal.js';
export {
  createRateTable,
  defaultRateTable,
  ecbRateForHalfYear,
  ecbRateOn,
  isRateTable,
  LegalRateCategorySchema,
  legalInterestRate,
  RateOverridesSchema,
  ratesKnownUntil,
} from './internal.js';
