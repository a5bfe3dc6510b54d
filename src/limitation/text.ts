import type { Finding, Message } from '../text/internal.js';

/**
 * The params of every sentence of the limitation module, by code: warnings, the explanations of
 * the start, status and long-stop of a limitation result, and its trail entries. Dates are
 * `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category Limitation
 */
export type LimitationMessages = {
  LIMITATION_SOON: {
    debtor: 'professional' | 'consumer' | 'non_professional' | 'public';
    deadline: string;
    asOf: string;
    daysLeft: number;
  };
  LIMITATION_EXPIRED: { deadline: string };
  PROCEEDINGS_PENDING: Record<string, never>;
  LIMITATION_SUSPENDED: { since: string; statusAt: string; deadline: string };
  FORMAL_NOTICE_NO_EFFECT: { debtor: 'professional' | 'consumer' | 'non_professional' | 'public' };
  EVENT_AFTER_EXPIRY: { count: number };
  INJONCTION_NOT_SERVED: { issued: string; lastDay: string };
  /** `servedOn`: the late service, or `null` when the order was never served. */
  INJONCTION_LAPSED: { issued: string | null; servedOn: string | null; lastDay: string };
  CONSUMER_START_FALLBACK: { from: 'due-date' | 'invoice-date'; date: string };
  /** `courtDeadline`: the deadline counted from completion when the due date was chosen, else `null`. */
  LATE_INVOICE_START: {
    invoiceDate: string;
    days: number;
    completionDate: string;
    courtDeadline: string | null;
  };
  PUBLIC_START_YEAR: { year: number; completionYear: number; deadline: string };
  LONG_STOP_BINDING: { years: number; date: string };
  EVENTS_AFTER_AS_OF: { count: number; firstDate: string; asOf: string };
  STATUS_PENDING: Record<string, never>;
  STATUS_SUSPENDED: { since: string; statusAt: string; deadline: string };
  STATUS_EXPIRED: { deadline: string };
  STATUS_RUNNING: { deadline: string };
  START_COMPLETION: { years: number; completionDate: string };
  START_FALLBACK: { from: 'due-date' | 'invoice-date' };
  START_PUBLIC: { years: number; dueDate: string; from: string; to: string };
  START_LATE_INVOICE: { invoiceDate: string; days: number; completionDate: string };
  START_DUE_DATE: { dueDate: string };
  LONG_STOP: { years: number; birth: string };
  LONG_STOP_PUBLIC: Record<string, never>;
  PROC_INJONCTION_SERVICE: { deadline: string; months: number; article: string };
  PROC_OPPOSITION: { deadline: string };
  PROC_INSOLVENCY_CLAIM: { deadline: string; months: number; abroad: boolean };
  PROC_FORCLUSION_RELIEF: { deadline: string };
  PROC_FORMAL_NOTICE: { days: number; nominal: string; deadline: string; rolled: boolean };
  PROC_JUDGMENT_UPLIFT: {
    months: number;
    nominal: string;
    points: number;
    from: string;
    fromIfRolled: string | null;
  };
  /** `lapsed`: served after `lastDay`; `no-notice`: décret 2026-96; `opposition`: CPC 1416. */
  PROC_ENFORCEMENT:
    | {
        variant: 'lapsed';
        orderDate: string;
        servedOn: string;
        lastDay: string;
        months: number;
        article: string;
      }
    | { variant: 'no-notice' | 'opposition'; deadline: string; months: number; from: string };
  // The trail of a limitation result: one sentence per event (`date` is the event's date).
  TRAIL_AFTER_EXPIRY: { deadline: string };
  TRAIL_NOT_STARTED: { start: string };
  TRAIL_ALREADY_INTERRUPTED: Record<string, never>;
  /**
   * `from`: the first day of the new period; `to`: its last day for a public debtor, else `null`;
   * `longStopYears` / `longStopDate`: the C. civ. 2232 cap when it cut the period, else `null`.
   */
  TRAIL_INTERRUPTS: {
    act: 'acknowledgement' | 'payment' | 'public-claim' | 'public-demand';
    date: string;
    years: number;
    from: string;
    to: string | null;
    suspended: boolean;
    longStopYears: number | null;
    longStopDate: string | null;
  };
  TRAIL_WRITTEN_CLAIM_PRIVATE: Record<string, never>;
  TRAIL_FORMAL_NOTICE: Record<string, never>;
  TRAIL_PUBLIC_SEIZURE: Record<string, never>;
  TRAIL_MEASURE: {
    measure: 'enforcement' | 'conservatory';
    date: string;
    years: number;
    suspended: boolean;
    longStopYears: number;
  };
  TRAIL_ACTION_VOIDED: Record<string, never>;
  TRAIL_ACTION_FILED: { date: string; public: boolean; years: number; absorbed: boolean };
  TRAIL_ORDER_ISSUED: { date: string; lastDay: string; months: number; article: string };
  TRAIL_ORDER_LAPSED: { orderDate: string; lastDay: string; months: number; article: string };
  TRAIL_OPPOSITION_VOIDED: Record<string, never>;
  /** `enforce…`: when the creditor may enforce without an opposition notice (décret 2026-96), else `null`. */
  TRAIL_ORDER_SERVED: {
    date: string;
    serviceMonths: number;
    years: number;
    public: boolean;
    oppositionMonths: number;
    enforceDeadline: string | null;
    enforceMonths: number | null;
    enforceFrom: string | null;
  };
  TRAIL_NOTHING_TO_SUSPEND: Record<string, never>;
  TRAIL_SUSPENDS: {
    kind: 'mediation' | 'small_claims';
    date: string;
    daysLeft: number;
    months: number;
  };
  TRAIL_END_UNMATCHED: Record<string, never>;
  TRAIL_OTHER_SUSPENSION: Record<string, never>;
  TRAIL_RESUMES: {
    date: string;
    months: number;
    until: string;
    longStopYears: number | null;
    longStopDate: string | null;
  };
  /** `expiredAfter`: the last day to act when the claim is time-barred once they are voided, else `null`. */
  TRAIL_PROCEEDINGS_VOIDED: {
    began: string;
    outcome: 'dismissed' | 'withdrawn' | 'lapsed';
    expiredAfter: string | null;
  };
  TRAIL_JUDGMENT_AFTER_EXPIRY: Record<string, never>;
  TRAIL_JUDGMENT: {
    began: string;
    public: boolean;
    years: number;
    from: string;
    titleYears: number;
  };
  TRAIL_JUDGMENT_PUBLIC: { years: number };
  TRAIL_TITLE: { years: number; until: string };
};

/**
 * The codes of the trail entries of a limitation result (one sentence per event).
 *
 * @category Limitation
 */
export type LimitationTrailCode = keyof LimitationMessages & `TRAIL_${string}`;

/**
 * The codes of the explanations of the procedural deadlines.
 *
 * @category Limitation
 */
export type ProcedureExplanationCode = keyof LimitationMessages & `PROC_${string}`;

/**
 * The codes of the warnings of a limitation result.
 *
 * @category Limitation
 */
export type LimitationWarningCode =
  | 'LIMITATION_SOON'
  | 'LIMITATION_EXPIRED'
  | 'PROCEEDINGS_PENDING'
  | 'LIMITATION_SUSPENDED'
  | 'FORMAL_NOTICE_NO_EFFECT'
  | 'EVENT_AFTER_EXPIRY'
  | 'INJONCTION_NOT_SERVED'
  | 'INJONCTION_LAPSED'
  | 'CONSUMER_START_FALLBACK'
  | 'LATE_INVOICE_START'
  | 'PUBLIC_START_YEAR'
  | 'LONG_STOP_BINDING'
  | 'EVENTS_AFTER_AS_OF';

/**
 * A rendered sentence of the limitation module.
 *
 * @category Limitation
 */
export type LimitationMessage<C extends keyof LimitationMessages = keyof LimitationMessages> =
  Message<C, LimitationMessages[C]>;

/**
 * A finding of the limitation module.
 *
 * @category Limitation
 */
export type LimitationFinding = Finding<LimitationWarningCode>;
