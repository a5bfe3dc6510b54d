// The sentences of the collections module: one code per sentence family, with JSON params (dates
// 'YYYY-MM-DD', amounts canonical strings). text.fr.ts and text.en.ts render them.
import type { DebtorKind } from '../parties/internal.js';
import type { CustomerHoldReason, CustomerMessageKind } from './kinds.js';

/**
 * The params of a sentence that has none.
 *
 * @category Collections
 */
export type NoParams = Readonly<Record<string, never>>;

/**
 * A part of a claim, for amount lines and totals.
 *
 * @category Collections
 */
export type AmountPart = 'principal' | 'penalties' | 'indemnity' | 'total' | 'claimed';

/**
 * A table column of the invoices of a message.
 *
 * @category Collections
 */
export type ColumnId =
  | 'invoice'
  | 'issueDate'
  | 'dueDate'
  | 'daysLate'
  | 'paidOn'
  | 'principal'
  | 'penalties'
  | 'indemnity'
  | 'total';

/**
 * What a statement entry records.
 *
 * @category Collections
 */
export type StatementEntryKind = 'invoice' | 'payment' | 'credit_note' | 'dispute_credit';

/**
 * The params of every code of the collections catalogue.
 *
 * @category Collections
 */
export type CollectionsMessages = {
  // Decision explanations.
  ACTION_DUE: {
    kind: CustomerMessageKind;
    count: number;
    claims: number;
    total: string;
  };
  WAIT_CUSTOMER_GAP: { lastContactOn: string; until: string; minDays: number };
  WAIT_NOT_WORKING_DAY: { until: string };
  WAIT_SCHEDULED: { until: string };
  WAIT_ON_HOLD: { count: number };
  ESCALATE: { numbers: ReadonlyArray<string> };
  DECLARE_CLAIM: {
    proceeding: 'sauvegarde' | 'redressement' | 'liquidation';
    publishedOn: string;
    deadline: string;
    count: number;
    total: string;
  };
  NONE_NOTHING_OPEN: { count: number };
  NONE_CLAIM_DECLARED: NoParams;
  // Findings.
  EVENTS_AFTER_AS_OF: { count: number; first: string; asOf: string };
  LATE_PAYMENT_CLAIMABLE: {
    number: string;
    paidOn: string;
    daysLate: number;
    penalties: string;
    indemnity: string;
    total: string;
    debtorKind: DebtorKind;
  };
  LATE_PAYMENT_CLAIM_TIME_BARRED: { number: string; paidOn: string };
  INSOLVENCY_NOT_RECORDABLE: { number: string; openedOn: string };
  BACKLOG_TAKEOVER: { number: string; daysLate: number; stepId: string };
  // Messages to the customer.
  SUBJECT: { kind: CustomerMessageKind; numbers: ReadonlyArray<string>; debtorName: string };
  GREETING: { formal: boolean };
  INTRO: { tone: CustomerMessageKind; count: number; previous: ReadonlyArray<string> };
  LINE: { number: string; issueDate: string; dueDate: string; daysLate: number };
  LINE_UPCOMING: { number: string; issueDate: string; dueDate: string; invoiced: string };
  AMOUNT: { part: AmountPart; amount: string; debtorKind: DebtorKind };
  TOTAL: { part: AmountPart; amount: string; debtorKind: DebtorKind };
  COLUMN: { column: ColumnId; debtorKind: DebtorKind };
  DAYS: { days: number };
  REQUEST: { tone: CustomerMessageKind; count: number };
  FORMAL_DEMAND: { total: string; count: number; deadlineDays: number; deadline: string };
  FORMAL_LEGAL_BASIS: { debtorKind: DebtorKind };
  FORMAL_NEXT_STEP: { debtorKind: DebtorKind };
  OTHER_SUMS_INTRO: { count: number };
  UPCOMING_INTRO: { count: number };
  HELD_INTRO: { count: number };
  HELD_LINE: { number: string; reason: CustomerHoldReason; through: string | null };
  CLAIM_INTRO: { count: number; debtorKind: DebtorKind; standalone: boolean };
  CLAIM_LINE: {
    number: string;
    issueDate: string;
    dueDate: string;
    paidOn: string;
    daysLate: number;
    debtorKind: DebtorKind;
    penalties: boolean;
    indemnity: boolean;
  };
  PAYMENT_DETAILS: { details: string };
  CONTACT: { contact: string };
  SIGN_OFF: { formal: boolean };
  LETTER_LRAR: NoParams;
  LETTER_SENDER: { name: string; siren: string | null };
  LETTER_RECIPIENT: { name: string };
  LETTER_DATE: { date: string };
  LETTER_OBJECT: { kind: CustomerMessageKind; debtorKind: DebtorKind };
  CALL_SCRIPT: { debtorName: string; count: number; total: string; phone: string | null };
  CALL_GOAL: NoParams;
  CALL_PREVIOUS: { dates: ReadonlyArray<string> };
  // Customer statement.
  STATEMENT_TITLE: { debtorName: string; asOf: string };
  STATEMENT_BALANCE: { balance: string; asOf: string };
  STATEMENT_ENTRY: { kind: StatementEntryKind; number: string; reference: string | null };
};

/**
 * A code of the collections catalogue.
 *
 * @category Collections
 */
export type CollectionsCode = keyof CollectionsMessages;
