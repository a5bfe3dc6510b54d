import type { Finding, Message } from '../text/internal.js';
import type { RecoveryIndemnityReason } from './recovery-indemnity.js';

/**
 * Why the fixed recovery indemnity is or is not owed (the `reason` of an indemnity detail).
 *
 * @category Penalties
 */
export type IndemnityReasonParam = RecoveryIndemnityReason;

/**
 * The params of every sentence of the penalties module, by code: findings of a penalty statement,
 * reasons of the fixed recovery indemnity and explanations of a rate. Dates are `YYYY-MM-DD`
 * strings, half-years `'2024-H1'`, rates percent strings (`'10.15'`), amounts canonical strings;
 * the catalogues format them for the locale.
 *
 * @category Penalties
 */
export type PenaltiesMessages = {
  /** `applied`: the floor replaced the rate (option `onBelowFloor: 'apply-floor'`). */
  CONTRACT_RATE_BELOW_FLOOR: {
    halfYear: string;
    ratePercent: string;
    multiple: number;
    legalPercent: string;
    floorPercent: string;
    applied: boolean;
  };
  STATUTORY_RATE_BELOW_FLOOR: {
    halfYear: string;
    ratePercent: string;
    points: number;
    multiple: number;
    legalPercent: string;
    floorPercent: string;
  };
  NO_FORMAL_NOTICE: { debtor: 'consumer' | 'non_professional' };
  INSOLVENCY_INTEREST_STOPPED: { openedOn: string };
  INSOLVENCY_NO_INDEMNITY: { openedOn: string; dueDate: string };
  /**
   * `scope: 'interest'`: the interest stops at `lastDay`, the rate of `halfYear` is not in the
   * table; `scope: 'floor'`: the legal rate of `halfYear` is unknown, so the contractual rate
   * could not be checked against the floor.
   */
  RATE_UNKNOWN:
    | { scope: 'interest'; halfYear: string; knownUntil: string; lastDay: string }
    | { scope: 'floor'; halfYear: string; ratePercent: string; multiple: number };
  /** `regime`: the regime of the debt; the points are `points`. */
  JUDGMENT_UPLIFT_NOT_APPLIED: {
    points: number;
    regime: 'legal-interest' | 'b2b-l441-10' | 'public-procurement';
  };
  CLAUSE_IGNORED: { points: number };
  /** `reason` of the indemnity not owed, or `null` for a statement of several invoices. */
  ADDITIONAL_COSTS_NOT_CLAIMABLE: { costs: string; reason: IndemnityReasonParam | null };
  EVENTS_AFTER_AS_OF: { count: number; firstDate: string; asOf: string };
  INDEMNITY_DEBTOR_NOT_COVERED: { debtor: 'consumer' | 'non_professional' };
  INDEMNITY_PAID_ON_TIME: { paidOn: string; dueDate: string };
  INDEMNITY_NOT_YET_DUE: { asOf: string; dueDate: string };
  INDEMNITY_NOT_IN_FORCE: { from: string; dueDate: string };
  INDEMNITY_INSOLVENCY: { openedOn: string; dueDate: string };
  INDEMNITY_PAID_LATE: { paidOn: string; dueDate: string; euros: number };
  INDEMNITY_UNPAID: { asOf: string; dueDate: string; euros: number };
  RATE_LEGAL: { category: 'other' | 'natural-person'; halfYear: string; ratePercent: string };
  RATE_ECB_PLUS: { ref: string; ecbPercent: string; points: number; ratePercent: string };
  RATE_CONTRACT_FIXED: { ratePercent: string };
  RATE_CONTRACT_ECB: { ref: string; ecbPercent: string; points: string; ratePercent: string };
  RATE_CONTRACT_MULTIPLE: {
    multiple: string;
    halfYear: string;
    legalPercent: string;
    ratePercent: string;
  };
  RATE_CONTRACT_FLOOR: {
    contractPercent: string;
    multiple: number;
    legalPercent: string;
    ratePercent: string;
  };
  RATE_JUDGMENT_UPLIFT: {
    category: 'other' | 'natural-person';
    halfYear: string;
    basePercent: string;
    points: number;
    ratePercent: string;
  };
};

/**
 * The codes of the findings of a penalty statement.
 *
 * @category Penalties
 */
export type PenaltyFindingCode =
  | 'CONTRACT_RATE_BELOW_FLOOR'
  | 'STATUTORY_RATE_BELOW_FLOOR'
  | 'NO_FORMAL_NOTICE'
  | 'INSOLVENCY_NO_INDEMNITY'
  | 'INSOLVENCY_INTEREST_STOPPED'
  | 'RATE_UNKNOWN'
  | 'JUDGMENT_UPLIFT_NOT_APPLIED'
  | 'CLAUSE_IGNORED'
  | 'ADDITIONAL_COSTS_NOT_CLAIMABLE'
  | 'EVENTS_AFTER_AS_OF';

/**
 * A rendered sentence of the penalties module.
 *
 * @category Penalties
 */
export type PenaltiesMessage<C extends keyof PenaltiesMessages = keyof PenaltiesMessages> = Message<
  C,
  PenaltiesMessages[C]
>;

/**
 * A finding of the penalties module.
 *
 * @category Penalties
 */
export type PenaltiesFinding = Finding<PenaltyFindingCode>;
