import type { Message } from '../text/internal.js';
import type { EinvoiceRequestedAction } from './requested-action.js';
import type { EinvoiceStatusCode } from './status-codes.js';

/**
 * What the creditor has to do after a status: a requested action code the status carried, or the
 * usual task for that status when it carried none.
 *
 * @category E-invoicing
 */
export type EinvoiceTaskKey =
  | EinvoiceRequestedAction
  | 'answer_dispute'
  | 'supply_documents'
  | 'correct_and_redeposit'
  | 'correct_or_credit'
  | 'new_invoice_if_owed'
  | 'redeposit_to_buyer_platform'
  | 'leave_to_factor'
  | 'settle_direct_payment';

/**
 * Why a status has no effect on dunning, for {@link EinvoicingMessages}' `EINVOICE_NO_EFFECT`.
 *
 * @category E-invoicing
 */
export type EinvoiceNoEffectWhy =
  | 'deposited'
  | 'tracking'
  | 'review'
  | 'duplicate'
  | 'confidential_factoring'
  | 'account_changed';

/**
 * The params every status explanation starts with: the status, its name and its date.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusParams = { code: EinvoiceStatusCode; name: string; date: string };

/**
 * The params of every sentence of the e-invoicing module rendered from its catalogue, by code.
 * Dates are `YYYY-MM-DD` strings and amounts canonical decimal strings (`'800.00'`); the
 * catalogues format them for the locale.
 *
 * @category E-invoicing
 */
export type EinvoicingMessages = {
  /** The explanation of {@link einvoicingObligations}. */
  EINVOICING_OBLIGATIONS: {
    date: string;
    issuerSize: 'large' | 'eti' | 'sme' | 'micro';
    mustReceive: boolean;
    receiveFrom: string;
    mustIssue: boolean;
    issueFrom: string;
  };
  /** A status with no effect on dunning (200, 201, 202, 204, 214, 226, 227, 213 `DOUBLON`). */
  EINVOICE_NO_EFFECT: EinvoiceStatusParams & { why: EinvoiceNoEffectWhy };
  /** 203 Mise à disposition. */
  EINVOICE_RECEIVED: EinvoiceStatusParams;
  /** 205 Approuvée. */
  EINVOICE_APPROVED: EinvoiceStatusParams;
  /** 206 Approuvée partiellement; either amount may be `null`. */
  EINVOICE_PARTIAL_APPROVAL: EinvoiceStatusParams & {
    approved: string | null;
    disputed: string | null;
  };
  /** 207 En litige, with its reason codes and the creditor's task. */
  EINVOICE_DISPUTE: EinvoiceStatusParams & {
    reasonCodes: ReadonlyArray<string>;
    task: EinvoiceTaskKey;
  };
  /** 208 Suspendue. */
  EINVOICE_PAUSE: EinvoiceStatusParams & { task: EinvoiceTaskKey };
  /** 209 Complétée. */
  EINVOICE_RESOLVE: EinvoiceStatusParams;
  /** 210, 213, 220, 221: no validly issued invoice. */
  EINVOICE_INVALID_INVOICE: EinvoiceStatusParams & {
    reason: 'einvoice_refused' | 'einvoice_rejected' | 'einvoice_cancelled' | 'einvoice_misrouted';
    task: EinvoiceTaskKey;
  };
  /** 211 Paiement transmis: the hold in working days and the day dunning resumes. */
  EINVOICE_PAYMENT_IN_TRANSIT: EinvoiceStatusParams & { workingDays: number; resumeOn: string };
  /** 212 Encaissée; `amount` is `null` when the status gave none. */
  EINVOICE_CASHED: EinvoiceStatusParams & { amount: string | null };
  /** 224, 225: someone else collects. */
  EINVOICE_PAYEE_CHANGED: EinvoiceStatusParams & {
    reason: 'einvoice_factored' | 'einvoice_direct_payment';
    task: EinvoiceTaskKey;
  };
  /** 228 Non affacturée. */
  EINVOICE_UNFACTORED: EinvoiceStatusParams;
  /** The creditor's next task. */
  EINVOICE_TASK: { task: EinvoiceTaskKey };
  /** Warning: 207, 210 or 213 without a reason code. */
  EINVOICE_REASON_MISSING: { code: EinvoiceStatusCode; date: string };
  /** Warning: 206 without either amount, or 212 without the cashed amount. */
  EINVOICE_AMOUNT_MISSING: { code: 206 | 212; date: string };
  /**
   * The reason of a dispute the dunning state holds: 207 with its reason codes, or a 206 that gave
   * neither amount (`amountsUnknown`), the whole invoice then being held as disputed.
   */
  EINVOICE_DISPUTE_REASON: {
    code: 206 | 207;
    name: string;
    reasonCodes: ReadonlyArray<string>;
    amountsUnknown: boolean;
  };
  /** When a mandatory status is required only in some cases (212 Encaissée). */
  EINVOICE_MANDATORY_WHEN: { code: 212 };
  /** The reason of the pause the dunning state holds after 208 Suspendue, with the task. */
  EINVOICE_PAUSE_REASON: { reasonCodes: ReadonlyArray<string>; task: EinvoiceTaskKey };
};

/**
 * A rendered sentence of the e-invoicing module.
 *
 * @category E-invoicing
 */
export type EinvoicingMessage<C extends keyof EinvoicingMessages = keyof EinvoicingMessages> =
  Message<C, EinvoicingMessages[C]>;
