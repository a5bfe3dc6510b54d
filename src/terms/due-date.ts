import * as z from 'zod/mini';
import { addDays, endOfMonth, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import {
  type Draft,
  draft,
  type FindingDraft,
  localeOf,
  renderDraft,
  renderFindingDraft,
  type TextOptions,
} from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/internal.js';
import { type FindingSeverity, type Locale, renderMessage } from '../text/internal.js';
import { type PaymentTerms, PaymentTermsSchema } from './schemas.js';
import { termsCatalogues } from './text.catalogues.js';
import type {
  TermsExplanationCode,
  TermsFinding,
  TermsFindingCode,
  TermsMessage,
  TermsMessages,
} from './text.js';
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
  /** One sentence showing the computation, in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: TermsMessage<TermsExplanationCode>;
  /** Assumptions made (e.g. no delivery date for the statutory default). */
  readonly warnings: ReadonlyArray<TermsWarning>;
}

/** @internal The context every step of the terms module renders its sentences with. */
export type Say = <C extends keyof TermsMessages & string>(
  code: C,
  params: TermsMessages[C],
) => TermsMessage<C>;

/** @internal Renders terms sentences in `locale`. */
export function termsSay(locale: Locale): Say {
  return (code, params) => renderMessage(termsCatalogues, locale, code, params);
}

/** @internal A terms finding in `locale`. */
export function termsFinding<C extends TermsFindingCode>(
  say: Say,
  severity: FindingSeverity,
  article: string,
  code: C,
  params: TermsMessages[C],
): TermsFinding {
  return { ...say(code, params), severity, article };
}

/** @internal A terms sentence before rendering. */
export type TermsDraft = Draft<TermsMessages>;

/** @internal A terms finding before rendering. */
export type TermsFindingDraft = FindingDraft<TermsMessages>;

/**
 * @internal The due date the terms give, its rule and article, with the explanation and the
 * warnings as drafts: engines needing only the date never render text (nor carry catalogues).
 */
export interface DueDatePlan {
  readonly dueDate: PlainDate;
  readonly rule: string;
  readonly article?: string;
  readonly explanation: TermsDraft;
  readonly warnings: ReadonlyArray<TermsFindingDraft>;
}

function plan(
  dueDate: PlainDate,
  rule: string,
  article: string | undefined,
  explanation: TermsDraft,
  warnings: ReadonlyArray<TermsFindingDraft> = [],
): DueDatePlan {
  return { dueDate, rule, ...(article === undefined ? {} : { article }), explanation, warnings };
}

/** @internal Renders a plan's explanation and warnings in `locale`. */
export function renderDueDatePlan(p: DueDatePlan, locale: Locale): ComputeDueDateResult {
  const explanation = renderDraft(termsCatalogues, locale, p.explanation);
  return {
    dueDate: p.dueDate,
    rule: p.rule,
    ...(p.article === undefined ? {} : { article: p.article }),
    explanation: explanation.message,
    explanationMessage: explanation as TermsMessage<TermsExplanationCode>,
    warnings: p.warnings.map((w) => renderFindingDraft(termsCatalogues, locale, w) as TermsFinding),
  };
}

/** @internal Step: "X days end of month", method A or B (C. com. L441-10 I al. 2). */
export function endOfMonthDueDate(
  issueDate: PlainDate,
  days: number,
  method: 'days-then-eom' | 'eom-then-days',
): DueDatePlan {
  if (method === 'days-then-eom') {
    const plus = addDays(issueDate, days);
    const dueDate = endOfMonth(plus);
    const why = draft<TermsMessages, 'DUE_EOM_DAYS_THEN_EOM'>('DUE_EOM_DAYS_THEN_EOM', {
      days,
      issueDate,
      plus,
      dueDate,
    });
    return plan(dueDate, `eom-${days}-days-then-eom`, EOM_ARTICLE, why);
  }
  const eom = endOfMonth(issueDate);
  const dueDate = addDays(eom, days);
  const why = draft<TermsMessages, 'DUE_EOM_EOM_THEN_DAYS'>('DUE_EOM_EOM_THEN_DAYS', {
    days,
    eom,
    dueDate,
  });
  return plan(dueDate, `eom-${days}-eom-then-days`, EOM_ARTICLE, why);
}

/** @internal Step: a fixed due date, warned when it precedes the invoice date. */
export function fixedDueDate(issueDate: PlainDate, date: PlainDate): DueDatePlan {
  const warnings: TermsFindingDraft[] =
    date < issueDate
      ? [
          {
            code: 'FIXED_DATE_BEFORE_ISSUE_DATE',
            params: { dueDate: date, issueDate },
            severity: 'warning',
            article: 'C. com. L441-9',
          },
        ]
      : [];
  const why = draft<TermsMessages, 'DUE_FIXED'>('DUE_FIXED', { dueDate: date });
  return plan(date, 'fixed', undefined, why, warnings);
}

/** @internal Step: no agreed term, the statutory default after delivery, else after the invoice date. */
export function statutoryDefaultDueDate(
  issueDate: PlainDate,
  deliveryDate: PlainDate | undefined,
): DueDatePlan {
  // The statutory default term in force on the invoice date (law parameter data).
  const days = lawNumber('b2b-default-term-days', issueDate);
  if (deliveryDate !== undefined) {
    const dueDate = addDays(deliveryDate, days);
    const why = draft<TermsMessages, 'DUE_DEFAULT_AFTER_DELIVERY'>('DUE_DEFAULT_AFTER_DELIVERY', {
      days,
      deliveryDate,
      dueDate,
    });
    return plan(dueDate, 'statutory-default-after-delivery', DEFAULT_ARTICLE, why);
  }
  const dueDate = addDays(issueDate, days);
  const assumed: TermsFindingDraft = {
    code: 'DELIVERY_DATE_ASSUMED',
    params: { issueDate, scope: 'statutory-default', days },
    severity: 'warning',
    article: DEFAULT_ARTICLE,
  };
  const why = draft<TermsMessages, 'DUE_DEFAULT_AFTER_ISSUE'>('DUE_DEFAULT_AFTER_ISSUE', {
    days,
    issueDate,
    dueDate,
  });
  return plan(dueDate, 'statutory-default-after-issue', DEFAULT_ARTICLE, why, [assumed]);
}

/**
 * Computes the due date from already validated input, text left as drafts. Used by
 * {@link computeDueDate} and by other modules holding validated values (no second validation).
 *
 * @internal
 */
export function dueDateFromTerms(
  issueDate: PlainDate,
  deliveryDate: PlainDate | undefined,
  terms: PaymentTerms,
): DueDatePlan {
  // `+ 0` turns a -0 into 0: params are JSON, where -0 does not survive a round trip.
  switch (terms.type) {
    case 'net': {
      const days = terms.days + 0;
      const dueDate = addDays(issueDate, days);
      const why = draft<TermsMessages, 'DUE_NET'>('DUE_NET', {
        days,
        issueDate,
        dueDate,
      });
      return plan(dueDate, `net-${terms.days}`, undefined, why);
    }
    case 'end-of-month':
      return endOfMonthDueDate(issueDate, terms.days + 0, terms.method);
    case 'on-receipt':
      return plan(issueDate, 'on-receipt', undefined, draft('DUE_ON_RECEIPT', { issueDate }));
    case 'fixed':
      return fixedDueDate(issueDate, terms.date);
    case 'statutory-default':
      return statutoryDefaultDueDate(issueDate, deliveryDate);
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
 * @param options - `locale` of the explanation and warnings: `'fr'` (default) or `'en'`
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
export function computeDueDate(
  input: DueDateRequestInput,
  options: TextOptions = {},
): ComputeDueDateResult {
  const { issueDate, deliveryDate, terms } = parseOrThrow(
    DueDateRequestSchema,
    input,
    'due date input',
  );
  return renderDueDatePlan(dueDateFromTerms(issueDate, deliveryDate, terms), localeOf(options));
}
