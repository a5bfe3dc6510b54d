import type { Finding, Message } from '../text/internal.js';

/**
 * The params of every sentence of the terms module, by code: findings, due-date explanations and
 * cap descriptions. Dates are `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category Terms
 */
export type TermsMessages = {
  FIXED_DATE_BEFORE_ISSUE_DATE: { dueDate: string; issueDate: string };
  /**
   * `scope`: the statutory default of computeDueDate (`days`: its length), or the caps counted
   * from delivery.
   */
  DELIVERY_DATE_ASSUMED:
    | { issueDate: string; scope: 'statutory-default'; days: number }
    | { issueDate: string; scope: 'caps' };
  DUE_DATE_DIFFERS_FROM_TERMS: { given: string; fromTerms: string };
  NO_STATUTORY_CAP_B2C: { debtor: 'consumer' | 'non_professional' };
  NO_AGREED_TERM_B2C: { dueDate: string };
  /** The statutory term of each kind of public buyer, in days. */
  PUBLIC_BUYER_TYPE_ASSUMED: { stateDays: number; hospitalDays: number; undertakingDays: number };
  RECEIPT_DATE_ASSUMED: { issueDate: string };
  /** `indemnity`: the public recovery indemnity (canonical amount). */
  PUBLIC_TERM_EXCEEDED: { dueDate: string; latest: string; days: number; indemnity: string };
  /** `days`: the statutory default term; and the fines of C. com. L441-16. */
  TERM_EXCEEDS_DEFAULT_30_DAYS: {
    dueDate: string;
    latest: string;
    days: number;
  } & PaymentTermsFines;
  PERIODIC_INVOICE_EXCEEDS_45_DAYS: {
    dueDate: string;
    latest: string;
    days: number;
  } & PaymentTermsFines;
  /** `days`: the stipulated term; `agreedDays` and `eomDays`: the statutory caps. */
  EOM_60_NOT_ALLOWED: {
    days: number;
    agreedDays: number;
    eomDays: number;
  } & PaymentTermsFines;
  TERM_EXCEEDS_45_DAYS_EOM: {
    days: number;
    eomDays: number;
    dueDate: string;
    latest: string;
  } & PaymentTermsFines;
  /** `doubtful`: within `eomDays` end of month, so lawful if such a term was stipulated. */
  TERM_EXCEEDS_60_DAYS: {
    dueDate: string;
    latest: string;
    doubtful: boolean;
    agreedDays: number;
    eomDays: number;
  } & PaymentTermsFines;
  /**
   * `capCode` is the code of the breached sector cap, `start` the date it counts from, `days` its
   * length.
   */
  SECTOR_CAP_EXCEEDED: {
    capCode: SectorCapCode;
    start: string;
    days: number;
    dueDate: string;
    latest: string;
  } & PaymentTermsFines;
  STATUTORY_TERM_APPLIES: { latest: string };
  DUE_NET: { days: number; issueDate: string; dueDate: string };
  DUE_EOM_DAYS_THEN_EOM: { days: number; issueDate: string; plus: string; dueDate: string };
  DUE_EOM_EOM_THEN_DAYS: { days: number; eom: string; dueDate: string };
  DUE_ON_RECEIPT: { issueDate: string };
  DUE_FIXED: { dueDate: string };
  DUE_DEFAULT_AFTER_DELIVERY: { days: number; deliveryDate: string; dueDate: string };
  DUE_DEFAULT_AFTER_ISSUE: { days: number; issueDate: string; dueDate: string };
  CAP_SECTOR_TRANSPORT: { start: string; days: number };
  CAP_SECTOR_PERISHABLE_FOOD: { start: string; days: number };
  CAP_SECTOR_PERISHABLE_FOOD_PERIODIC: { start: string; days: number };
  CAP_SECTOR_LIVE_CATTLE: { start: string; days: number };
  CAP_SECTOR_EXCISE_ALCOHOL: { start: string; days: number };
  CAP_PUBLIC: {
    buyerType: 'state-or-local' | 'public-hospital' | 'public-undertaking';
    days: number;
    start: string;
  };
  CAP_B2B_DEFAULT: { start: string; days: number };
  CAP_B2B_PERIODIC: { start: string; days: number };
  CAP_B2B_EOM: { eom45: string; sixty: string; eomDays: number; agreedDays: number };
  CAP_B2B_60_DAYS: { start: string; days: number };
};

/**
 * The administrative fines of C. com. L441-16 for a breach of the payment terms, from the law
 * parameter data on the invoice date: the maxima (canonical amounts, `'75000.00'`) and the period
 * within which a repeat doubles them.
 *
 * @category Terms
 */
export type PaymentTermsFines = {
  fineNaturalPerson: string;
  fineLegalPerson: string;
  fineRepeatYears: number;
};

/**
 * The codes of the sector caps of C. com. L441-11 II.
 *
 * @category Terms
 */
export type SectorCapCode =
  | 'CAP_SECTOR_TRANSPORT'
  | 'CAP_SECTOR_PERISHABLE_FOOD'
  | 'CAP_SECTOR_PERISHABLE_FOOD_PERIODIC'
  | 'CAP_SECTOR_LIVE_CATTLE'
  | 'CAP_SECTOR_EXCISE_ALCOHOL';

/**
 * The codes of the findings and warnings of the terms module.
 *
 * @category Terms
 */
export type TermsFindingCode =
  | 'FIXED_DATE_BEFORE_ISSUE_DATE'
  | 'DELIVERY_DATE_ASSUMED'
  | 'DUE_DATE_DIFFERS_FROM_TERMS'
  | 'NO_STATUTORY_CAP_B2C'
  | 'NO_AGREED_TERM_B2C'
  | 'PUBLIC_BUYER_TYPE_ASSUMED'
  | 'RECEIPT_DATE_ASSUMED'
  | 'PUBLIC_TERM_EXCEEDED'
  | 'TERM_EXCEEDS_DEFAULT_30_DAYS'
  | 'PERIODIC_INVOICE_EXCEEDS_45_DAYS'
  | 'EOM_60_NOT_ALLOWED'
  | 'TERM_EXCEEDS_45_DAYS_EOM'
  | 'TERM_EXCEEDS_60_DAYS'
  | 'SECTOR_CAP_EXCEEDED'
  | 'STATUTORY_TERM_APPLIES';

/**
 * The codes of the due-date explanations of {@link computeDueDate}.
 *
 * @category Terms
 */
export type TermsExplanationCode = Exclude<
  keyof TermsMessages & `DUE_${string}`,
  'DUE_DATE_DIFFERS_FROM_TERMS'
>;

/**
 * The codes of the cap descriptions of {@link checkPaymentTerms}.
 *
 * @category Terms
 */
export type TermsCapCode = keyof TermsMessages & `CAP_${string}`;

/**
 * A finding of the terms module: a {@link Finding} whose code is a {@link TermsFindingCode}.
 *
 * @category Terms
 */
export type TermsFinding = Finding<TermsFindingCode>;

/**
 * A rendered explanation or cap description of the terms module.
 *
 * @category Terms
 */
export type TermsMessage<C extends keyof TermsMessages = keyof TermsMessages> = Message<
  C,
  TermsMessages[C]
>;
