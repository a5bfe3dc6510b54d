/**
 * impayes-core: French unpaid-invoice rules as pure functions.
 *
 * @packageDocumentation
 */

// Public API only: each domain's index lists its exports by name; internal helpers stay out.

export type {
  DateInput,
  FrenchRegion,
  HalfYear,
  Period,
  PlainDate,
  ProcedureDeadline,
  PublicHoliday,
} from './dates/index.js';
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfMonth,
  FrenchRegionSchema,
  frenchPublicHolidays,
  halfYearOf,
  isoWeekday,
  isWorkingDay,
  limitationEnd,
  nextWorkingDay,
  PeriodSchema,
  PlainDateSchema,
  plainDate,
  procedureDeadline,
  rollToWorkingDay,
} from './dates/index.js';
export type {
  ErrorPath,
  ImpayesErrorCode,
  ImpayesErrorInit,
  ImpayesIssue,
} from './errors/index.js';
export { ImpayesError, isImpayesError } from './errors/index.js';
export type { Amount, MoneyInput, ParseAmountOptions } from './money/index.js';
export {
  AmountSchema,
  formatEuros,
  MoneyAmountInputSchema,
  MoneyInputSchema,
  NonNegativeDecimalInputSchema,
  NonNegativeMoneyInputSchema,
  PositiveMoneyInputSchema,
  parseAmount,
  parseFrenchAmount,
  roundToCents,
} from './money/index.js';
export type { DebtorKind } from './parties/index.js';
export { DebtorKindSchema, debtorKindLabels } from './parties/index.js';
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
} from './rates/index.js';
export {
  createRateTable,
  defaultRateTable,
  ecbRateForHalfYear,
  ecbRateOn,
  isRateTable,
  legalInterestRate,
  RateOverridesSchema,
  ratesKnownUntil,
} from './rates/index.js';

// --- terms (issue 3) ---
export type {
  ComputeDueDateResult,
  DueDateRequest,
  DueDateRequestInput,
  LatePenaltyClause,
  PaymentTerms,
  TermsWarning,
} from './terms/index.js';
export {
  computeDueDate,
  DueDateRequestSchema,
  LatePenaltyClauseSchema,
  PaymentTermsSchema,
} from './terms/index.js';
// --- end terms ---

// --- invoice (issue 3) ---
// --- end invoice ---

// --- penalties (issue 4) ---
// --- end penalties ---

// --- limitation (issue 5) ---
// --- end limitation ---

// --- dunning (issue 6) ---
// --- end dunning ---

// --- deposit (issue 7) ---
// --- end deposit ---

// --- portfolio (issue 8) ---
// --- end portfolio ---
