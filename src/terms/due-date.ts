import * as z from 'zod/mini';
import { addDays, endOfMonth, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/index.js';
import { type PaymentTerms, PaymentTermsSchema } from './schemas.js';
import type { TermsWarning } from './warning.js';

/** The article of the statutory default term (no agreed term). */
const DEFAULT_ARTICLE = 'C. com. L441-10 I al. 1';
/** The article allowing "45 jours fin de mois" (both DGCCRF methods). */
const EOM_ARTICLE = 'C. com. L441-10 I al. 2';

/**
 * Schema of the input of {@link computeDueDate}: the invoice date, the optional delivery date
 * (goods received or service performed) and the payment terms.
 *
 * @category Terms
 */
export const DueDateRequestSchema = /* @__PURE__ */ z.strictObject({
  issueDate: PlainDateSchema,
  deliveryDate: z.optional(PlainDateSchema),
  terms: PaymentTermsSchema,
});

/**
 * The validated input of {@link computeDueDate}; see {@link DueDateRequestSchema}.
 *
 * @category Terms
 */
export type DueDateRequest = z.infer<typeof DueDateRequestSchema>;

/**
 * What {@link computeDueDate} accepts: dates as `YYYY-MM-DD` strings; see
 * {@link DueDateRequestSchema}.
 *
 * @category Terms
 */
export type DueDateRequestInput = z.input<typeof DueDateRequestSchema>;

/**
 * The due date of an invoice and how it was obtained.
 *
 * @category Terms
 */
export interface ComputeDueDateResult {
  /** The due date (échéance). Interest for late payment runs from the day after. */
  readonly dueDate: PlainDate;
  /**
   * A stable id of the rule applied: `'net-60'`, `'eom-45-days-then-eom'`,
   * `'eom-45-eom-then-days'`, `'on-receipt'`, `'fixed'`, `'statutory-default-after-delivery'` or
   * `'statutory-default-after-issue'`.
   */
  readonly rule: string;
  /** The legal basis when the law, not only the contract, sets the date. */
  readonly article?: string;
  /** One English sentence showing the computation. */
  readonly explanation: string;
  /** Assumptions made (e.g. no delivery date for the statutory default). */
  readonly warnings: ReadonlyArray<TermsWarning>;
}

/**
 * Computes the due date from already validated input. Used by {@link computeDueDate} and by other
 * modules holding validated values (no second validation).
 *
 * @internal
 */
export function dueDateFromTerms(
  issueDate: PlainDate,
  deliveryDate: PlainDate | undefined,
  terms: PaymentTerms,
): ComputeDueDateResult {
  switch (terms.type) {
    case 'net': {
      const dueDate = addDays(issueDate, terms.days);
      return {
        dueDate,
        rule: `net-${terms.days}`,
        explanation: `${terms.days} calendar days after the invoice date ${issueDate} → ${dueDate} (days, not months).`,
        warnings: [],
      };
    }
    case 'end-of-month': {
      if (terms.method === 'days-then-eom') {
        const plus = addDays(issueDate, terms.days);
        const dueDate = endOfMonth(plus);
        return {
          dueDate,
          rule: `eom-${terms.days}-days-then-eom`,
          article: EOM_ARTICLE,
          explanation: `${terms.days} days end of month, method A: ${issueDate} + ${terms.days} days = ${plus}, end of that month → ${dueDate}.`,
          warnings: [],
        };
      }
      const eom = endOfMonth(issueDate);
      const dueDate = addDays(eom, terms.days);
      return {
        dueDate,
        rule: `eom-${terms.days}-eom-then-days`,
        article: EOM_ARTICLE,
        explanation: `${terms.days} days end of month, method B: end of the invoice's month ${eom} + ${terms.days} days → ${dueDate}.`,
        warnings: [],
      };
    }
    case 'on-receipt':
      return {
        dueDate: issueDate,
        rule: 'on-receipt',
        explanation: `Payable on receipt: due on the invoice date ${issueDate}.`,
        warnings: [],
      };
    case 'fixed':
      return {
        dueDate: terms.date,
        rule: 'fixed',
        explanation: `Fixed due date ${terms.date}.`,
        warnings:
          terms.date < issueDate
            ? [
                {
                  code: 'FIXED_DATE_BEFORE_ISSUE_DATE',
                  message: `The fixed due date ${terms.date} is before the invoice date ${issueDate}.`,
                  article: 'C. com. L441-9',
                },
              ]
            : [],
      };
    case 'statutory-default': {
      // The statutory default term in force on the invoice date (law parameter data).
      const days = lawNumber('b2b-default-term-days', issueDate);
      if (deliveryDate !== undefined) {
        const dueDate = addDays(deliveryDate, days);
        return {
          dueDate,
          rule: 'statutory-default-after-delivery',
          article: DEFAULT_ARTICLE,
          explanation: `No agreed term: ${days} days after delivery or performance ${deliveryDate} → ${dueDate}.`,
          warnings: [],
        };
      }
      const dueDate = addDays(issueDate, days);
      return {
        dueDate,
        rule: 'statutory-default-after-issue',
        article: DEFAULT_ARTICLE,
        explanation: `No agreed term and no delivery date: ${days} days after the invoice date ${issueDate} → ${dueDate}.`,
        warnings: [
          {
            code: 'DELIVERY_DATE_ASSUMED',
            message: `No delivery or performance date given: the statutory ${days} days are counted from the invoice date instead; the law counts them from receipt of the goods or performance of the service.`,
            article: DEFAULT_ARTICLE,
          },
        ],
      };
    }
  }
}

/**
 * Computes an invoice's due date from its payment terms.
 *
 * @remarks
 * - Net terms count **calendar days**: "60 days" from 6 April is 5 June, not 6 June (two months).
 * - "X days end of month" (C. com. L441-10 I al. 2; both methods accepted by the DGCCRF): method
 *   `'days-then-eom'` (A) = end of the month of (invoice date + X days); method `'eom-then-days'`
 *   (B) = end of the invoice's month + X days. 45 days EOM from 10 March: A → 30 April, B → 15 May.
 * - No agreed term (`'statutory-default'`): 30 days after receipt of the goods or performance of
 *   the service (C. com. L441-10 I al. 1); without `deliveryDate`, 30 days after the invoice date,
 *   with a `DELIVERY_DATE_ASSUMED` warning.
 *
 * This computes the date the terms give; whether the terms are lawful is
 * {@link checkPaymentTerms}' job. The date is never rolled to a working day.
 * @param input - `{ issueDate, deliveryDate?, terms }`; see {@link DueDateRequestSchema}
 * @returns the due date with its rule, article, explanation and warnings
 * @throws {@link ImpayesError} `INVALID_INPUT` (with paths) for an impossible date, unknown terms
 * or a negative number of days.
 * @example
 * ```ts
 * computeDueDate({
 *   issueDate: '2025-03-10',
 *   terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
 * }).dueDate; //=> '2025-04-30'
 * computeDueDate({ issueDate: '2025-04-06', terms: { type: 'net', days: 60 } }).dueDate;
 * //=> '2025-06-05'
 * ```
 * @category Terms
 */
export function computeDueDate(input: DueDateRequestInput): ComputeDueDateResult {
  const { issueDate, deliveryDate, terms } = parseOrThrow(
    DueDateRequestSchema,
    input,
    'due date input',
  );
  return dueDateFromTerms(issueDate, deliveryDate, terms);
}
