// Everything the rates module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

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
  RateOverridesSchema,
  ratesKnownUntil,
  resolveRates,
  rowOn,
  rowRate,
  tableMemo,
} from './rate-table.js';
