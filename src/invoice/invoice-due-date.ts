import type { PlainDate } from '../dates/internal.js';
import {
  type FindingDraft,
  localeOf,
  renderFindingDraft,
  type Draft as TermsDraftOf,
  type TextOptions,
} from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/internal.js';
import { type DueDatePlan, dueDateFromTerms } from '../terms/due-date.js';
import { termsCatalogues } from '../terms/text.catalogues.js';
import type { TermsMessages } from '../terms/text.js';
import type { Finding, FindingSeverity, Locale, Message } from '../text/internal.js';
import { type Invoice, type InvoiceLike, InvoiceSchema } from './invoice.schema.js';
import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessages } from './text.js';
import type { InvoiceWarning } from './warning.js';

type TermsDraft = TermsDraftOf<TermsMessages>;

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
  /** One sentence showing the computation, in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: Message;
  /** Assumptions and disagreements (`DELIVERY_DATE_ASSUMED`, `DUE_DATE_DIFFERS_FROM_TERMS`…). */
  readonly warnings: ReadonlyArray<InvoiceWarning>;
}

/** @internal A sentence of the invoice or of the terms module, not rendered yet. */
export type InvoiceDraft =
  | { readonly from: 'invoice'; readonly draft: FindingDraft<InvoiceMessages> }
  | { readonly from: 'terms'; readonly draft: FindingDraft<TermsMessages> };

/**
 * @internal The due date of an invoice with its explanation and warnings as drafts: the engines
 * needing only the date (penalties, dunning, portfolio) never render text.
 */
export interface InvoiceDueDatePlan {
  readonly dueDate: PlainDate;
  readonly rule: string;
  readonly source: InvoiceDueDate['source'];
  readonly article?: string;
  readonly explanation: InvoiceDraft;
  readonly warnings: ReadonlyArray<InvoiceDraft>;
}

const STATUTORY = { type: 'statutory-default' } as const;

/** Sentences of the due-date steps: no severity nor article for an explanation. */
function say<C extends keyof InvoiceMessages>(
  code: C,
  params: InvoiceMessages[C],
  severity: FindingSeverity = 'info',
  article = '',
): InvoiceDraft {
  // Built field by field (the same keys in the same order as the draft's): spreading a fresh
  // draft into another object cost more than the rest of the due-date step (issue 17 profile).
  const d = { code, params, severity, article } as unknown as FindingDraft<InvoiceMessages>;
  return { from: 'invoice', draft: d };
}

function fromTerms(d: TermsDraft | FindingDraft<TermsMessages>): InvoiceDraft {
  return { from: 'terms', draft: { severity: 'info', article: '', ...d } };
}

/** @internal Step: the due date stated on the invoice, checked against its terms. */
export function givenDueDate(invoice: Invoice, dueDate: PlainDate): InvoiceDueDatePlan {
  const { issueDate, deliveryDate, terms } = invoice;
  const warnings: InvoiceDraft[] = [];
  const computed =
    terms === undefined ? undefined : dueDateFromTerms(issueDate, deliveryDate, terms);
  if (computed !== undefined && computed.dueDate !== dueDate)
    warnings.push(
      say(
        'DUE_DATE_DIFFERS_FROM_TERMS',
        { given: dueDate, fromTerms: computed.dueDate, rule: computed.rule },
        'warning',
        'C. com. L441-9',
      ),
    );
  const explanation = say('DUE_GIVEN', { dueDate });
  return { dueDate, rule: 'given', source: 'given', explanation, warnings };
}

/**
 * @internal Step: no due date and no terms for a consumer or non-professional: L441-10 I governs
 * trade between professionals, so the price is payable at once, on delivery or on the invoice
 * date if later (C. civ. 1305).
 */
export function consumerDueDate(
  invoice: Invoice,
  debtor: 'consumer' | 'non_professional',
): InvoiceDueDatePlan {
  const { issueDate, deliveryDate } = invoice;
  const due = deliveryDate !== undefined && deliveryDate > issueDate ? deliveryDate : issueDate;
  const from = due === issueDate ? 'issue' : 'delivery';
  return {
    dueDate: due,
    rule: 'no-agreed-term-b2c',
    source: 'statutory-default',
    article: 'C. civ. 1305',
    explanation: say('DUE_NO_AGREED_TERM_B2C', {
      debtor,
      dueDate: due,
      from,
      days: lawNumber('b2b-default-term-days', issueDate),
    }),
    warnings: [],
  };
}

/** @internal Step: the explanation of a date computed without terms, or the terms' own. */
export function termsExplanation(computed: DueDatePlan, withoutTerms: boolean): InvoiceDraft {
  const e = computed.explanation;
  if (withoutTerms && e.code === 'DUE_DEFAULT_AFTER_DELIVERY')
    return say('DUE_NO_TERMS_AFTER_DELIVERY', e.params);
  if (withoutTerms && e.code === 'DUE_DEFAULT_AFTER_ISSUE')
    return say('DUE_NO_TERMS_AFTER_ISSUE', e.params);
  return fromTerms(e);
}

/** @internal Step: the date the terms give, else the statutory default of L441-10 I. */
export function termsDueDate(invoice: Invoice): InvoiceDueDatePlan {
  const { issueDate, deliveryDate, terms } = invoice;
  const kind = invoice.buyer.kind;
  const computed = dueDateFromTerms(issueDate, deliveryDate, terms ?? STATUTORY);
  const warnings = computed.warnings.map(fromTerms);
  const source =
    terms === undefined || terms.type === 'statutory-default' ? 'statutory-default' : 'terms';
  if (source === 'statutory-default' && (kind === 'consumer' || kind === 'non_professional'))
    warnings.push(
      say(
        'STATUTORY_DEFAULT_NOT_B2B',
        { debtor: kind, days: lawNumber('b2b-default-term-days', issueDate) },
        'warning',
        'C. com. L441-10 I',
      ),
    );
  return {
    dueDate: computed.dueDate,
    rule: computed.rule,
    source,
    ...(computed.article === undefined ? {} : { article: computed.article }),
    explanation: termsExplanation(computed, terms === undefined),
    warnings,
  };
}

/**
 * The due date of an already validated invoice (no second validation), text as drafts.
 *
 * @internal
 */
export function dueDateOfInvoice(invoice: Invoice): InvoiceDueDatePlan {
  if (invoice.dueDate !== undefined) return givenDueDate(invoice, invoice.dueDate);
  const kind = invoice.buyer.kind;
  if (invoice.terms === undefined && (kind === 'consumer' || kind === 'non_professional'))
    return consumerDueDate(invoice, kind);
  return termsDueDate(invoice);
}

function renderInvoiceDraft(d: InvoiceDraft, locale: Locale): Finding {
  return d.from === 'invoice'
    ? renderFindingDraft(invoiceCatalogues, locale, d.draft)
    : renderFindingDraft(termsCatalogues, locale, d.draft);
}

/** @internal Renders a due-date plan's explanation and warnings in `locale`. */
export function renderInvoiceDueDate(p: InvoiceDueDatePlan, locale: Locale): InvoiceDueDate {
  const { code, params, message } = renderInvoiceDraft(p.explanation, locale);
  return {
    dueDate: p.dueDate,
    rule: p.rule,
    source: p.source,
    ...(p.article === undefined ? {} : { article: p.article }),
    explanation: message,
    explanationMessage: { code, params, message },
    warnings: p.warnings.map((w) => renderInvoiceDraft(w, locale)),
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
 * @param options - `locale` of the explanation and warnings: `'fr'` (default) or `'en'`
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
export function invoiceDueDate(invoice: InvoiceLike, options: TextOptions = {}): InvoiceDueDate {
  const plan = dueDateOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'));
  return renderInvoiceDueDate(plan, localeOf(options));
}
