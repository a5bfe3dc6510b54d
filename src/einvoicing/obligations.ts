import * as z from 'zod/mini';
import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import type { IssuerSize } from '../invoice/index.js';
import { deepFreeze } from './freeze.js';

/**
 * One dated step of the e-invoicing calendar: from `from`, companies of `sizes` must `receive`
 * or `issue` e-invoices through an accredited platform.
 *
 * @category E-invoicing
 */
export interface EinvoicingCalendarEntry {
  /** A stable id (the law parameter it will become). */
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

const CALENDAR_SOURCE =
  'ordonnance n° 2021-1190 art. 11, as amended by the loi de finances pour 2024 (n° 2023-1322) art. 91';

// TODO(after merge of the law branch): read these dates with lawParameterOn('einvoicing-receive-all'
// | 'einvoicing-issue-large-mid' | 'einvoicing-issue-sme', date) from data/law-parameters.json.

/**
 * The e-invoicing calendar (réforme de la facturation électronique, domestic B2B between
 * companies subject to French VAT): every company must be able to receive e-invoices from
 * 1 September 2026; large companies and ETIs issue them from 1 September 2026, SMEs and
 * micro-businesses from 1 September 2027. Deeply frozen.
 *
 * @remarks Dated data, so that a further postponement is a data change.
 * @example
 * ```ts
 * einvoicingCalendar.find((e) => e.id === 'einvoicing-issue-sme')?.from; //=> '2027-09-01'
 * ```
 * @category E-invoicing
 */
export const einvoicingCalendar: ReadonlyArray<EinvoicingCalendarEntry> =
  /* @__PURE__ */ deepFreeze([
    {
      id: 'einvoicing-receive-all',
      obligation: 'receive',
      sizes: ['large', 'eti', 'sme', 'micro'],
      from: '2026-09-01' as PlainDate,
      source: CALENDAR_SOURCE,
    },
    {
      id: 'einvoicing-issue-large-mid',
      obligation: 'issue',
      sizes: ['large', 'eti'],
      from: '2026-09-01' as PlainDate,
      source: CALENDAR_SOURCE,
    },
    {
      id: 'einvoicing-issue-sme',
      obligation: 'issue',
      sizes: ['sme', 'micro'],
      from: '2027-09-01' as PlainDate,
      source: CALENDAR_SOURCE,
    },
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
  /** One English sentence. */
  readonly explanation: string;
}

const RequestSchema = /* @__PURE__ */ z.strictObject({
  issuerSize: z.enum(['large', 'eti', 'sme', 'micro']),
  date: PlainDateSchema,
});

function startOf(obligation: 'receive' | 'issue', size: IssuerSize): PlainDate {
  return einvoicingCalendar.find((e) => e.obligation === obligation && e.sizes.includes(size))!
    .from;
}

/**
 * Tells whether a company must receive and issue e-invoices on a date, from the calendar of the
 * reform ({@link einvoicingCalendar}).
 *
 * @remarks The obligations cover domestic B2B invoices between companies subject to French VAT;
 * B2C and international flows go through e-reporting. The four new invoice mentions (buyer's
 * SIREN, delivery address, nature of the operation, option for VAT on debits) apply from the
 * obligation to issue (CGI ann. II art. 242 nonies A as amended by décret 2022-1299).
 * @param request - `{ issuerSize, date }`
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
): EinvoicingObligations {
  const { issuerSize, date } = parseOrThrow(RequestSchema, request, 'request');
  const receiveFrom = startOf('receive', issuerSize);
  const issueFrom = startOf('issue', issuerSize);
  const mustReceive = date >= receiveFrom;
  const mustIssue = date >= issueFrom;
  const receive = mustReceive
    ? 'must receive e-invoices'
    : `must receive e-invoices from ${receiveFrom}`;
  const issue = mustIssue
    ? 'must issue its domestic B2B invoices as e-invoices'
    : `must issue e-invoices from ${issueFrom}`;
  return {
    date,
    issuerSize,
    mustReceive,
    receiveFrom,
    mustIssue,
    issueFrom,
    article: CALENDAR_SOURCE,
    explanation: `On ${date}, a company of size '${issuerSize}' ${receive} and ${issue}.`,
  };
}
