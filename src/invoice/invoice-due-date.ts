import type { PlainDate } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/index.js';
import { dueDateFromTerms } from '../terms/index.js';
import { type Invoice, type InvoiceLike, InvoiceSchema } from './invoice.schema.js';
import type { InvoiceWarning } from './warning.js';

/**
 * An invoice's due date and how it was obtained.
 *
 * @category Invoice
 */
export interface InvoiceDueDate {
  /** The due date (échéance); late penalties run from the day after. */
  readonly dueDate: PlainDate;
  /**
   * `'given'` when the invoice states its due date, else the rule of {@link computeDueDate}
   * (`'net-60'`, `'eom-45-days-then-eom'`, `'statutory-default-after-delivery'`…).
   */
  readonly rule: string;
  /** Where the date comes from: the invoice, its terms, or the statutory default. */
  readonly source: 'given' | 'terms' | 'statutory-default';
  /** The legal basis when the law sets the date. */
  readonly article?: string;
  /** One English sentence showing the computation. */
  readonly explanation: string;
  /** Assumptions and disagreements (`DELIVERY_DATE_ASSUMED`, `DUE_DATE_DIFFERS_FROM_TERMS`…). */
  readonly warnings: ReadonlyArray<InvoiceWarning>;
}

const STATUTORY = { type: 'statutory-default' } as const;

/**
 * The due date of an already validated invoice (no second validation).
 *
 * @internal
 */
export function dueDateOfInvoice(invoice: Invoice): InvoiceDueDate {
  const { issueDate, deliveryDate, dueDate, terms } = invoice;
  const warnings: InvoiceWarning[] = [];
  if (dueDate !== undefined) {
    if (terms !== undefined) {
      const fromTerms = dueDateFromTerms(issueDate, deliveryDate, terms);
      if (fromTerms.dueDate !== dueDate)
        warnings.push({
          code: 'DUE_DATE_DIFFERS_FROM_TERMS',
          message: `The invoice states ${dueDate} but its terms give ${fromTerms.dueDate} (${fromTerms.rule}); the stated date is used.`,
          article: 'C. com. L441-9',
        });
    }
    return {
      dueDate,
      rule: 'given',
      source: 'given',
      explanation: `Due date stated on the invoice: ${dueDate}.`,
      warnings,
    };
  }
  const kind = invoice.buyer.kind;
  if (terms === undefined && (kind === 'consumer' || kind === 'non_professional')) {
    // L441-10 I governs trade between professionals; without an agreed term a consumer's or a
    // non-professional's debt is payable at once: on delivery, or on the invoice date if later.
    const due = deliveryDate !== undefined && deliveryDate > issueDate ? deliveryDate : issueDate;
    return {
      dueDate: due,
      rule: 'no-agreed-term-b2c',
      source: 'statutory-default',
      article: 'C. civ. 1305',
      explanation: `No due date and no terms for a ${kind === 'consumer' ? 'consumer' : 'non-professional'} buyer: the price is payable without delay, on ${due} (${due === issueDate ? 'the invoice date' : 'delivery'}). The ${lawNumber('b2b-default-term-days', issueDate)}-day default of C. com. L441-10 I applies only between professionals.`,
      warnings,
    };
  }
  const result = dueDateFromTerms(issueDate, deliveryDate, terms ?? STATUTORY);
  warnings.push(...result.warnings);
  const source =
    terms === undefined || terms.type === 'statutory-default' ? 'statutory-default' : 'terms';
  if (source === 'statutory-default' && (kind === 'consumer' || kind === 'non_professional'))
    warnings.push({
      code: 'STATUTORY_DEFAULT_NOT_B2B',
      message: `The ${lawNumber('b2b-default-term-days', issueDate)}-day default of C. com. L441-10 I governs trade between professionals; it was applied because the terms ask for it, but for a ${kind === 'consumer' ? 'consumer' : 'non-professional'} buyer with no agreed term the price is in principle payable on delivery.`,
      article: 'C. com. L441-10 I',
    });
  return {
    dueDate: result.dueDate,
    rule: result.rule,
    source,
    ...(result.article === undefined ? {} : { article: result.article }),
    explanation:
      terms === undefined ? `No due date and no terms: ${result.explanation}` : result.explanation,
    warnings,
  };
}

/**
 * Returns an invoice's due date: the one it states, else the one its terms give, else the
 * statutory default.
 *
 * @remarks
 * - A stated `dueDate` wins; when `terms` give another date, a `DUE_DATE_DIFFERS_FROM_TERMS`
 *   warning says so (the invoice must show the due date agreed, C. com. L441-9).
 * - From `terms`: see {@link computeDueDate} ("60 days" are calendar days; "45 days end of month"
 *   by method A or B, C. com. L441-10 I al. 2).
 * - Neither: 30 days after delivery or performance (`deliveryDate`), else after the issue date
 *   with a `DELIVERY_DATE_ASSUMED` warning (C. com. L441-10 I al. 1). For a consumer or
 *   non-professional buyer a `STATUTORY_DEFAULT_NOT_B2B` warning recalls that this default is a
 *   B2B rule.
 * @param invoice - an {@link Invoice} (or its input form; it is validated)
 * @returns the {@link InvoiceDueDate} with rule, source, article and explanation
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice is not valid (see
 * {@link parseInvoice}).
 * @example
 * ```ts
 * invoiceDueDate({
 *   number: 'F-1', issueDate: '2025-01-31', buyer: { kind: 'professional', name: 'Client SA' },
 *   terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
 *   totals: { exclVat: 100, vat: 20, inclVat: 120 },
 * });
 * //=> { dueDate: '2025-03-17', rule: 'eom-45-eom-then-days', source: 'terms',
 * //     article: 'C. com. L441-10 I al. 2', … }
 * ```
 * @category Invoice
 */
export function invoiceDueDate(invoice: InvoiceLike): InvoiceDueDate {
  return dueDateOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'));
}
