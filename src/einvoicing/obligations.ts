import * as z from 'zod/mini';
import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import type { IssuerSize } from '../invoice/internal.js';
import {
  einvoicingIssueLargeMidArticles,
  einvoicingIssueSmeArticles,
  einvoicingReceiveAllArticles,
  lawArticleFor,
  lawRowFor,
  lawStart,
} from '../law/internal.js';
import { renderMessage } from '../text/internal.js';
import { einvoicingCatalogues } from './text.catalogues.js';
import type { EinvoicingMessage } from './text.js';

/**
 * One dated step of the e-invoicing calendar: from `from`, companies of `sizes` must `receive`
 * or `issue` e-invoices through an accredited platform.
 *
 * @category E-invoicing
 */
export interface EinvoicingCalendarEntry {
  /** The law parameter giving the start date (see `lawParameters`). */
  readonly id: 'einvoicing-receive-all' | 'einvoicing-issue-large-mid' | 'einvoicing-issue-sme';
  /** The obligation. */
  readonly obligation: 'receive' | 'issue';
  /** The company sizes concerned. */
  readonly sizes: ReadonlyArray<IssuerSize>;
  /** The first day it applies. */
  readonly from: PlainDate;
  /** The legal basis. */
  readonly source: string;
}

/** One calendar step whose start date and legal basis are the law parameter `id`'s first value. */
function calendarEntry(
  id: EinvoicingCalendarEntry['id'],
  articles: ReadonlyArray<string>,
  obligation: EinvoicingCalendarEntry['obligation'],
  sizes: ReadonlyArray<IssuerSize>,
): EinvoicingCalendarEntry {
  const start = lawStart(id);
  const from = lawRowFor(id, start).value as PlainDate;
  return { id, obligation, sizes, from, source: lawArticleFor(articles, id, start) };
}

/**
 * The e-invoicing calendar (réforme de la facturation électronique, domestic B2B between
 * companies subject to French VAT): every company must be able to receive e-invoices from
 * 1 September 2026; large companies and ETIs issue them from 1 September 2026, SMEs and
 * micro-businesses from 1 September 2027. Deeply frozen.
 *
 * @remarks The dates are the law parameters `einvoicing-receive-all`, `einvoicing-issue-large-mid`
 * and `einvoicing-issue-sme` (see `lawParameters`), so that a further postponement is a data change.
 * @example
 * ```ts
 * einvoicingCalendar.find((e) => e.id === 'einvoicing-issue-sme')?.from; //=> '2027-09-01'
 * ```
 * @category E-invoicing
 */
export const einvoicingCalendar: ReadonlyArray<EinvoicingCalendarEntry> =
  /* @__PURE__ */ deepFreeze([
    /* @__PURE__ */ calendarEntry(
      'einvoicing-receive-all',
      einvoicingReceiveAllArticles,
      'receive',
      ['large', 'eti', 'sme', 'micro'],
    ),
    /* @__PURE__ */ calendarEntry(
      'einvoicing-issue-large-mid',
      einvoicingIssueLargeMidArticles,
      'issue',
      ['large', 'eti'],
    ),
    /* @__PURE__ */ calendarEntry('einvoicing-issue-sme', einvoicingIssueSmeArticles, 'issue', [
      'sme',
      'micro',
    ]),
  ]);

/**
 * What {@link einvoicingObligations} takes: the company's size category and the date.
 *
 * @category E-invoicing
 */
export interface EinvoicingObligationsRequest {
  /** `'large'` (grande entreprise), `'eti'` (entreprise de taille intermédiaire), `'sme'` (PME) or `'micro'`. */
  readonly issuerSize: IssuerSize;
  /** The date, `YYYY-MM-DD`. */
  readonly date: DateInput;
}

/**
 * The result of {@link einvoicingObligations}.
 *
 * @category E-invoicing
 */
export interface EinvoicingObligations {
  /** The date asked about. */
  readonly date: PlainDate;
  /** The size category asked about. */
  readonly issuerSize: IssuerSize;
  /** Whether the company must be able to receive e-invoices on `date`. */
  readonly mustReceive: boolean;
  /** The first day of the obligation to receive. */
  readonly receiveFrom: PlainDate;
  /** Whether the company must issue its domestic B2B invoices as e-invoices on `date`; the new invoice mentions apply with it. */
  readonly mustIssue: boolean;
  /** The first day of the obligation to issue. */
  readonly issueFrom: PlainDate;
  /** The legal basis. */
  readonly article: string;
  /** One sentence, in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: EinvoicingMessage<'EINVOICING_OBLIGATIONS'>;
}

const requestSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    issuerSize: z.enum(['large', 'eti', 'sme', 'micro']),
    date: PlainDateSchema,
  }),
);

function entryOf(obligation: 'receive' | 'issue', size: IssuerSize): EinvoicingCalendarEntry {
  return einvoicingCalendar.find((e) => e.obligation === obligation && e.sizes.includes(size))!;
}

const startOf = (obligation: 'receive' | 'issue', size: IssuerSize): PlainDate =>
  entryOf(obligation, size).from;
// The issue step's basis covers both obligations (it names the décret on the new mentions too).
const articleOf = (obligation: 'receive' | 'issue', size: IssuerSize): string =>
  entryOf(obligation, size).source;

/**
 * Tells whether a company must receive and issue e-invoices on a date, from the calendar of the
 * reform ({@link einvoicingCalendar}).
 *
 * @remarks The obligations cover domestic B2B invoices between companies subject to French VAT;
 * B2C and international flows go through e-reporting. The four new invoice mentions (buyer's
 * SIREN, delivery address, nature of the operation, option for VAT on debits) apply from the
 * obligation to issue (CGI ann. II art. 242 nonies A as amended by décret 2022-1299).
 * @param request - `{ issuerSize, date }`
 * @param options - `locale` of the explanation: `'fr'` (default) or `'en'`
 * @returns both obligations, their start dates and the legal basis
 * @throws {@link ImpayesError} `INVALID_INPUT` for an unknown size or a malformed date.
 * @example
 * ```ts
 * einvoicingObligations({ issuerSize: 'sme', date: '2026-10-01' });
 * //=> { date: '2026-10-01', issuerSize: 'sme', mustReceive: true, receiveFrom: '2026-09-01', mustIssue: false, issueFrom: '2027-09-01', … }
 * ```
 * @category E-invoicing
 */
export function einvoicingObligations(
  request: EinvoicingObligationsRequest,
  options: TextOptions = {},
): EinvoicingObligations {
  const { issuerSize, date } = parseOrThrow(requestSchema(), request, 'request');
  const locale = localeOf(options);
  const receiveFrom = startOf('receive', issuerSize);
  const issueFrom = startOf('issue', issuerSize);
  const mustReceive = date >= receiveFrom;
  const mustIssue = date >= issueFrom;
  const params = { date, issuerSize, mustReceive, receiveFrom, mustIssue, issueFrom };
  const explanation = renderMessage(einvoicingCatalogues, locale, 'EINVOICING_OBLIGATIONS', params);
  return {
    date,
    issuerSize,
    mustReceive,
    receiveFrom,
    mustIssue,
    issueFrom,
    article: articleOf('issue', issuerSize),
    explanation: explanation.message,
    explanationMessage: explanation,
  };
}
