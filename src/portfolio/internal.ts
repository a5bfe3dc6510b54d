// Everything the portfolio module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  AgingBucket,
  AgingBucketFigures,
  AgingFigures,
  AgingReportOptions,
  AgingReportOptionsInput,
  AgingReportResult,
  DebtorAging,
} from './aging-report.js';
export { AgingReportOptionsSchema, agingReport } from './aging-report.js';
export type {
  AverageDaysLateOptions,
  AverageDaysLateOptionsInput,
  AverageDaysLateResult,
} from './average-days-late.js';
export { AverageDaysLateOptionsSchema, averageDaysLate } from './average-days-late.js';
export type {
  CountBackMonth,
  DaysSalesOutstandingOptions,
  DaysSalesOutstandingOptionsInput,
  DaysSalesOutstandingResult,
} from './days-sales-outstanding.js';
export {
  DaysSalesOutstandingOptionsSchema,
  daysSalesOutstanding,
} from './days-sales-outstanding.js';
export type {
  DebtorExposure,
  ExposureByDebtorOptions,
  ExposureByDebtorOptionsInput,
  ExposureByDebtorResult,
} from './exposure-by-debtor.js';
export { ExposureByDebtorOptionsSchema, exposureByDebtor } from './exposure-by-debtor.js';
export type {
  LedgerEvent,
  LedgerInvoice,
  LedgerMovement,
  OtherLedgerEvent,
  PromiseToPayEvent,
} from './ledger.js';
export type { LedgerItem, LedgerItemFromInvoiceOptions } from './ledger-item-from-invoice.js';
export { ledgerItemFromInvoice } from './ledger-item-from-invoice.js';
export type {
  BrokenPromise,
  PayerFlag,
  PayerGrade,
  PayerGradeReason,
  PayerGradeReasonCode,
  PayerProfile,
  PayerProfileOptions,
  PayerProfileOptionsInput,
} from './payer-profile.js';
export { PayerProfileOptionsSchema, payerProfile } from './payer-profile.js';
export { portfolioTextEn } from './text.en.js';
export { portfolioTextFr } from './text.fr.js';
export type {
  PayerGradeDetailCode,
  PortfolioFinding,
  PortfolioLabelCode,
  PortfolioMessages,
  PortfolioRuleCode,
  PortfolioText,
  PortfolioWarningCode,
} from './text.js';
export type { PortfolioLabel, PortfolioWarning } from './warning.js';
