import type { Finding, Message } from '../text/internal.js';

/**
 * The params of every sentence of the limitation module, by code: warnings, the explanations of
 * the start, status and long-stop of a limitation result. Dates are `YYYY-MM-DD` strings; the
 * catalogues format them for the locale.
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
};

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
