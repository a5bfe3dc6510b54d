import type { Message } from '../text/internal.js';
import type { IssuerSize, MentionCode } from './invoice-mentions.js';

/**
 * The params of every sentence of the invoice module, by code: due-date explanations and
 * warnings, mention reasons and findings. Dates are `YYYY-MM-DD` strings; the catalogues format them for the locale.
 *
 * @category Invoice
 */
export type InvoiceMessages = {
  DUE_GIVEN: { dueDate: string };
  /**
   * `from`: the price is due on the invoice date or on delivery, whichever is later; `days`: the
   * statutory default term between professionals it is contrasted with (law data).
   */
  DUE_NO_AGREED_TERM_B2C: {
    debtor: 'consumer' | 'non_professional';
    dueDate: string;
    from: 'issue' | 'delivery';
    days: number;
  };
  /** `days`: the statutory default term in force on the invoice date (law data). */
  DUE_NO_TERMS_AFTER_DELIVERY: { days: number; deliveryDate: string; dueDate: string };
  DUE_NO_TERMS_AFTER_ISSUE: { days: number; issueDate: string; dueDate: string };
  DUE_DATE_DIFFERS_FROM_TERMS: { given: string; fromTerms: string; rule: string };
  /** `days`: the statutory default term between professionals (law data). */
  STATUTORY_DEFAULT_NOT_B2B: { debtor: 'consumer' | 'non_professional'; days: number };
  /** A mention of C. com. L441-9; `fromDueDate`: taken as shown because the invoice has a dueDate. */
  MENTION_REQUIRED: { buyer: 'professional' | 'public'; fromDueDate: boolean };
  /** `indemnity`: the recovery indemnity in force on the invoice date (canonical amount, law data). */
  MENTION_INDEMNITY_REQUIRED: { buyer: 'professional' | 'public'; indemnity: string };
  MENTIONS_NOT_FOR_CONSUMERS: { debtor: 'consumer' | 'non_professional' };
  /** `issuerSize` is `null` when unknown; `smeFrom`: the start date for SMEs (law data). */
  REFORM_NOT_YET: {
    from: string;
    issuerSize: IssuerSize | null;
    decidedOn: string;
    smeFrom: string;
  };
  REFORM_NOT_B2B: Record<string, never>;
  /**
   * `from` is `null` when the issuer's size is unknown; `largeFrom`: the start date for large and
   * mid-size issuers (law data); `fact` names what makes it required.
   */
  REFORM_REQUIRED: {
    from: string | null;
    largeFrom: string;
    fact: 'none' | 'delivered-elsewhere' | 'vat-on-debits';
  };
  DELIVERY_SERVICES_ONLY: Record<string, never>;
  DELIVERY_AT_BILLING_ADDRESS: Record<string, never>;
  DELIVERY_ADDRESS_UNDECIDED: Record<string, never>;
  VAT_GOODS_ONLY: Record<string, never>;
  VAT_NOT_OPTED: Record<string, never>;
  VAT_UNDECIDED: Record<string, never>;
  MENTION_MISSING: { mention: MentionCode };
  /** The display label of a mention; `indemnity` is the fixed recovery indemnity (`'40.00'`) or `null`. */
  LABEL_MENTION: { mention: MentionCode; indemnity: string | null };
  /** The rounding convention of {@link invoiceTotals}: from the lines, or the totals as given. */
  RULE_TOTALS: { source: 'lines' | 'totals' };
  /** `condition`: the open fact that would make the mention required. */
  MENTION_CONDITIONAL: {
    mention: MentionCode;
    condition: 'issuer-size' | 'delivery-address' | 'vat-on-debits';
  };
  ISSUER_SIZE_UNKNOWN: { decidedOn: string; smeStart: string };
  ALLOCATED_DESIGNATED: { amount: string; id: string };
  ALLOCATED: {
    amount: string;
    id: string;
    tier: 'due' | 'not-due';
    dueDate: string;
    interestBearing: boolean;
  };
  /** `amounts[i]` went to `ids[i]`, shared pro rata within one rank. */
  ALLOCATED_PRO_RATA: {
    amounts: ReadonlyArray<string>;
    ids: ReadonlyArray<string>;
    tier: 'due' | 'not-due';
    dueDate: string;
  };
  /** `steps`: the step sentences, already rendered in the same locale (see `explanationSteps`). */
  ALLOCATION_EXPLANATION: {
    amount: string;
    date: string;
    credit: string | null;
    steps: ReadonlyArray<string>;
  };
  DEBTOR_INTEREST_UNKNOWN: Record<string, never>;
  /** Payments and credit notes dated after `asOf`, left out (the rule of every module). */
  EVENTS_AFTER_AS_OF: { count: number; firstDate: string; asOf: string };
  REFORM_NOT_IN_FORCE_AT_ISSUE: { asOf: string; issueDate: string; from: string };
};

/**
 * A rendered sentence of the invoice module.
 *
 * @category Invoice
 */
export type InvoiceMessage<C extends keyof InvoiceMessages = keyof InvoiceMessages> = Message<
  C,
  InvoiceMessages[C]
>;
