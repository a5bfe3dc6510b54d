/**
 * Receivables follow-up (suivi des encours) across many invoices: the aged balance
 * ({@link agingReport}), days sales outstanding ({@link daysSalesOutstanding}), exposure per debtor
 * and payer profiles ({@link payerProfile}).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/portfolio.md
 * @module portfolio
 */

export type {
  AgingBucket,
  AgingBucketFigures,
  AgingFigures,
  AgingReportOptions,
  AgingReportOptionsInput,
  AgingReportResult,
  AverageDaysLateOptions,
  AverageDaysLateOptionsInput,
  AverageDaysLateResult,
  BrokenPromise,
  CountBackMonth,
  DaysSalesOutstandingOptions,
  DaysSalesOutstandingOptionsInput,
  DaysSalesOutstandingResult,
  DebtorAging,
  DebtorExposure,
  ExposureByDebtorOptions,
  ExposureByDebtorOptionsInput,
  ExposureByDebtorResult,
  LedgerEvent,
  LedgerInvoice,
  LedgerItem,
  LedgerItemFromInvoiceOptions,
  LedgerMovement,
  OtherLedgerEvent,
  PayerFlag,
  PayerGrade,
  PayerGradeDetailCode,
  PayerGradeReason,
  PayerGradeReasonCode,
  PayerProfile,
  PayerProfileOptions,
  PayerProfileOptionsInput,
  PortfolioFinding,
  PortfolioLabel,
  PortfolioLabelCode,
  PortfolioMessages,
  PortfolioRuleCode,
  PortfolioText,
  PortfolioWarning,
  PortfolioWarningCode,
  PromiseToPayEvent,
} from './internal.js';
export {
  AgingReportOptionsSchema,
  AverageDaysLateOptionsSchema,
  agingReport,
  averageDaysLate,
  DaysSalesOutstandingOptionsSchema,
  daysSalesOutstanding,
  ExposureByDebtorOptionsSchema,
  exposureByDebtor,
  ledgerItemFromInvoice,
  PayerProfileOptionsSchema,
  payerProfile,
  portfolioTextEn,
  portfolioTextFr,
} from './internal.js';
