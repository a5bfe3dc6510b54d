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
/** @internal Cross-module helpers, not re-exported by the package root. */
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
  resolveRates,
  rowOn,
  rowRate,
  tableMemo,
} from './rate-table.js';
