import * as z from 'zod/mini';
import { addDays, endOfMonth, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { type LawParameterId, lawEuros, lawNumber } from '../law/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import { defaultLocale, type FindingSeverity, type Locale } from '../text/internal.js';
import {
  dueDateFromTerms,
  renderDueDatePlan,
  type Say,
  termsFinding,
  termsSay,
} from './due-date.js';
import { type PaymentTerms, PaymentTermsSchema } from './schemas.js';
import type {
  PaymentTermsFines,
  SectorCapCode,
  TermsCapCode,
  TermsFinding,
  TermsFindingCode,
  TermsMessage,
  TermsMessages,
} from './text.js';

const L441_10_I = 'C. com. L441-10 I';
const FINES_ARTICLE = 'C. com. L441-16';

/** @internal Step: the fines of C. com. L441-16 in force on the invoice date (law parameter data). */
export function paymentTermsFines(issueDate: PlainDate): PaymentTermsFines {
  return {
    fineNaturalPerson: lawEuros('payment-terms-fine-natural-person-eur', issueDate),
    fineLegalPerson: lawEuros('payment-terms-fine-legal-person-eur', issueDate),
    fineRepeatYears: lawNumber('payment-terms-fine-repeat-years', issueDate),
  };
}

/**
 * The business sectors with their own statutory maximum payment terms (C. com. L441-11 II):
 *
 * - `'general'`: no sector rule (default);
 * - `'transport'`: road haulage, vehicle rental, freight forwarding, shipping and air-freight agents,
 *   freight brokers, customs agents — 30 days after the invoice date;
 * - `'perishable-food'`: perishable food, frozen meat and fish, ready meals and preserves made from
 *   perishables — 30 days after delivery (periodic invoice: after the end of the ten-day period
 *   of delivery);
 * - `'live-cattle'`: live cattle for consumption and derived fresh meat — 20 days after delivery;
 * - `'excise-alcohol'`: alcoholic drinks subject to excise duties — 30 days after the end of the
 *   month of delivery.
 *
 * @category Terms
 */
export const PaymentSectorSchema = /* @__PURE__ */ z.enum([
  'general',
  'transport',
  'perishable-food',
  'live-cattle',
  'excise-alcohol',
]);

/**
 * A sector for payment-term caps; see {@link PaymentSectorSchema}.
 *
 * @category Terms
 */
export type PaymentSector = z.infer<typeof PaymentSectorSchema>;

/**
 * The kinds of public buyer with their regulatory payment term, counted from receipt of the
 * payment request (CCP R2192-10, R2192-11, R2192-12):
 *
 * - `'state-or-local'`: the State, its non-industrial public bodies, local authorities — 30 days;
 * - `'public-hospital'`: public health establishments, armed-forces health services — 50 days;
 * - `'public-undertaking'`: public undertakings (entreprises publiques) — 60 days.
 *
 * @category Terms
 */
export const PublicBuyerTypeSchema = /* @__PURE__ */ z.enum([
  'state-or-local',
  'public-hospital',
  'public-undertaking',
]);

/**
 * A kind of public buyer; see {@link PublicBuyerTypeSchema}.
 *
 * @category Terms
 */
export type PublicBuyerType = z.infer<typeof PublicBuyerTypeSchema>;

/**
 * Schema of the input of {@link checkPaymentTerms}.
 *
 * - `debtor`: the kind of buyer;
 * - `issueDate`: the invoice date; `deliveryDate`: receipt of the goods or performance of the
 *   service; `receiptDate`: for public buyers, receipt of the payment request (R2192-12), on or
 *   after `issueDate`;
 * - `terms` and/or `dueDate`: the agreed terms, or the agreed due date (when both are given,
 *   `dueDate` is the one checked). Neither, or `{ type: 'statutory-default' }`: no agreed term;
 * - `sector` (default `'general'`), `periodicInvoice` (a recap invoice, CGI 289 I-3; default
 *   `false`), `publicBuyerType` (default `'state-or-local'`, with a warning).
 *
 * @category Terms
 */
export const PaymentTermsCheckInputSchema = /* @__PURE__ */ z
  .strictObject({
    debtor: DebtorKindSchema,
    issueDate: PlainDateSchema,
    deliveryDate: z.optional(PlainDateSchema),
    receiptDate: z.optional(PlainDateSchema),
    terms: z.optional(PaymentTermsSchema),
    dueDate: z.optional(PlainDateSchema),
    sector: z.optional(PaymentSectorSchema),
    periodicInvoice: z.optional(z.boolean()),
    publicBuyerType: z.optional(PublicBuyerTypeSchema),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.receiptDate !== undefined && v.receiptDate < v.issueDate)
        ctx.issues.push({
          code: 'custom',
          message: `the payment request cannot be received (${v.receiptDate}) before the invoice date ${v.issueDate}`,
          input: v.receiptDate,
          path: ['receiptDate'],
        });
    }),
  );

/**
 * What {@link checkPaymentTerms} accepts; see {@link PaymentTermsCheckInputSchema}.
 *
 * @category Terms
 */
export type PaymentTermsCheckInput = z.input<typeof PaymentTermsCheckInputSchema>;

/**
 * The validated input of {@link checkPaymentTerms} (dates typed `PlainDate`).
 *
 * @category Terms
 */
export type PaymentTermsCheckRequest = z.infer<typeof PaymentTermsCheckInputSchema>;

/**
 * One finding of {@link checkPaymentTerms}.
 *
 * @category Terms
 */
export interface PaymentTermsFinding extends TermsFinding {
  /** For a breached cap: the latest due date that cap allows. */
  readonly latestLawfulDueDate?: PlainDate;
}

/**
 * One statutory maximum that applies to the invoice.
 *
 * @category Terms
 */
export interface PaymentTermsCap {
  /** Stable id, e.g. `'B2B_AGREED_60_DAYS'`, `'SECTOR_LIVE_CATTLE_20_DAYS'`, `'PUBLIC_30_DAYS'`. */
  readonly id: string;
  /** The latest due date this cap allows. */
  readonly latestDueDate: PlainDate;
  /** The legal basis. */
  readonly article: string;
  /** How the date was obtained, in the requested locale. */
  readonly description: string;
  /** The description as `code` and `params`, for apps rendering their own text. */
  readonly descriptionMessage: TermsMessage<TermsCapCode>;
}

/**
 * The result of {@link checkPaymentTerms}.
 *
 * @category Terms
 */
export interface PaymentTermsCheckResult {
  /** `true` when no finding has severity `'error'`. */
  readonly compliant: boolean;
  /** The due date checked: the given one, the one the terms give, or the statutory one. */
  readonly dueDate: PlainDate;
  /** How {@link PaymentTermsCheckResult.dueDate} was obtained (a rule id of {@link computeDueDate}, `'given'`, or `'statutory-cap'`). */
  readonly dueDateRule: string;
  /** The earliest of the applicable caps; absent when the law sets no cap (consumers). */
  readonly latestLawfulDueDate?: PlainDate;
  /** Every statutory cap that applies, for the explanation. */
  readonly caps: ReadonlyArray<PaymentTermsCap>;
  /** Breaches, assumptions and notes. */
  readonly findings: ReadonlyArray<PaymentTermsFinding>;
}

/**
 * Checks payment terms against the French statutory maximums and reports every breach with the
 * latest lawful due date.
 *
 * @remarks
 * Business debtors (C. com. L441-10 I, L441-11 II; fines L441-16):
 * - no agreed term: at most 30 days after receipt of the goods or performance (`deliveryDate`;
 *   without it the invoice date, with a `DELIVERY_DATE_ASSUMED` warning). The due date is then the
 *   latest lawful one;
 * - agreed term: at most 60 days after the invoice date (`TERM_EXCEEDS_60_DAYS`). "60 days" is 60
 *   calendar days, not two months;
 * - "X days end of month" terms: lawful up to 45 days EOM, computed with the **stipulated**
 *   method, when expressly stipulated; the latest lawful date is the later of 60 days and 45 days
 *   EOM (stipulated method). An EOM clause of more than 45 days is outside the derogation
 *   (`TERM_EXCEEDS_45_DAYS_EOM`), and "60 days EOM" or more is never allowed
 *   (`EOM_60_NOT_ALLOWED`), whatever the date of this invoice;
 * - a bare `dueDate` beyond 60 days but within 45 days EOM (either method) is a warning: lawful
 *   only if such a term was expressly stipulated;
 * - periodic invoice: at most 45 days after its date (`PERIODIC_INVOICE_EXCEEDS_45_DAYS`);
 * - sector caps of L441-11 II (`SECTOR_CAP_EXCEEDED`): transport 30 days after the invoice date,
 *   perishable food 30 days after delivery, live cattle 20 days after delivery, excise alcohol 30
 *   days after the end of the month of delivery. They apply on top of the general caps.
 *
 * Public buyers (CCP L2192-10, R2192-10/11/12): 30 days (State, local authorities), 50 days
 * (public hospitals), 60 days (public undertakings) from **receipt** of the payment request
 * (`receiptDate`; without it the invoice date, with a `RECEIPT_DATE_ASSUMED` warning)
 * (`PUBLIC_TERM_EXCEEDED`). Sector and periodic-invoice rules are not applied to public buyers.
 *
 * Consumers and non-professionals: no statutory cap (`NO_STATUTORY_CAP_B2C`, info); without an
 * agreed term the price is due on the invoice date, or on delivery when that is later.
 * @param input - see {@link PaymentTermsCheckInputSchema}
 * @param options - `locale` of the findings and cap descriptions: `'fr'` (default) or `'en'`
 * @returns compliance, the due date, the latest lawful due date, the caps and the findings
 * @throws {@link ImpayesError} `INVALID_INPUT` (with paths) for an unknown debtor kind, an
 * impossible date, negative days or a payment request received before the invoice date.
 * @example
 * ```ts
 * const r = checkPaymentTerms({
 *   debtor: 'professional',
 *   issueDate: '2025-04-06',
 *   terms: { type: 'net', days: 75 },
 * });
 * r.compliant; //=> false
 * r.latestLawfulDueDate; //=> '2025-06-05'
 * r.findings[0].code; //=> 'TERM_EXCEEDS_60_DAYS'
 * ```
 * @category Terms
 */
export function checkPaymentTerms(
  input: PaymentTermsCheckInput,
  options: TextOptions = {},
): PaymentTermsCheckResult {
  const request = parseOrThrow(PaymentTermsCheckInputSchema, input, 'payment terms check input');
  return checkParsedPaymentTerms(request, localeOf(options));
}

function endOfTenDayPeriod(date: PlainDate): PlainDate {
  const day = Number(date.slice(8, 10));
  if (day <= 10) return `${date.slice(0, 8)}10` as PlainDate;
  if (day <= 20) return `${date.slice(0, 8)}20` as PlainDate;
  return endOfMonth(date);
}

function later(a: PlainDate, b: PlainDate): PlainDate {
  return a > b ? a : b;
}

// Term lengths come from the law parameter data, in force on the invoice date.
const PUBLIC_TERMS: Readonly<Record<PublicBuyerType, { id: LawParameterId; article: string }>> =
  Object.freeze({
    'state-or-local': Object.freeze({ id: 'public-term-days-state', article: 'CCP R2192-10' }),
    'public-hospital': Object.freeze({
      id: 'public-term-days-hospital',
      article: 'CCP R2192-11 1°',
    }),
    'public-undertaking': Object.freeze({
      id: 'public-term-days-undertaking',
      article: 'CCP R2192-11 2°',
    }),
  });

/** What a step adds to the result: caps and findings, in order. */
interface Found {
  readonly caps: ReadonlyArray<PaymentTermsCap>;
  readonly findings: ReadonlyArray<PaymentTermsFinding>;
}

/** The agreed due date, if any, with the rule that gave it. */
interface Agreed {
  readonly date: PlainDate;
  readonly rule: string;
}

function cap<C extends TermsCapCode>(
  say: Say,
  id: string,
  latestDueDate: PlainDate,
  article: string,
  code: C,
  params: TermsMessages[C],
): PaymentTermsCap {
  const descriptionMessage = say(code, params);
  return {
    id,
    latestDueDate,
    article,
    description: descriptionMessage.message,
    descriptionMessage,
  };
}

function finding<C extends TermsFindingCode>(
  say: Say,
  severity: FindingSeverity,
  article: string,
  code: C,
  params: TermsMessages[C],
  latestLawfulDueDate?: PlainDate,
): PaymentTermsFinding {
  const base = termsFinding(say, severity, article, code, params);
  return latestLawfulDueDate === undefined ? base : { ...base, latestLawfulDueDate };
}

const SECTOR_CAPS: Readonly<
  Record<
    Exclude<PaymentSector, 'general'>,
    { readonly id: string; readonly days: LawParameterId; readonly article: string }
  >
> = Object.freeze({
  transport: Object.freeze({
    id: 'SECTOR_TRANSPORT_30_DAYS',
    days: 'transport-term-days',
    article: 'C. com. L441-11 II',
  }),
  'perishable-food': Object.freeze({
    id: 'SECTOR_PERISHABLE_FOOD_30_DAYS',
    days: 'perishable-food-term-days',
    article: 'C. com. L441-11 II 1°',
  }),
  'live-cattle': Object.freeze({
    id: 'SECTOR_LIVE_CATTLE_20_DAYS',
    days: 'live-cattle-term-days',
    article: 'C. com. L441-11 II 2°',
  }),
  'excise-alcohol': Object.freeze({
    id: 'SECTOR_EXCISE_ALCOHOL_30_DAYS_EOM',
    days: 'excise-alcohol-term-days',
    article: 'C. com. L441-11 II 3°',
  }),
});

/** @internal Step: the date a sector cap counts from and the code of its description. */
export function sectorCapStart(
  sector: Exclude<PaymentSector, 'general'>,
  issueDate: PlainDate,
  delivery: PlainDate,
  periodic: boolean,
): { readonly start: PlainDate; readonly code: SectorCapCode } {
  switch (sector) {
    case 'transport':
      return { start: issueDate, code: 'CAP_SECTOR_TRANSPORT' };
    case 'perishable-food':
      return periodic
        ? { start: endOfTenDayPeriod(delivery), code: 'CAP_SECTOR_PERISHABLE_FOOD_PERIODIC' }
        : { start: delivery, code: 'CAP_SECTOR_PERISHABLE_FOOD' };
    case 'live-cattle':
      return { start: delivery, code: 'CAP_SECTOR_LIVE_CATTLE' };
    case 'excise-alcohol':
      return { start: endOfMonth(delivery), code: 'CAP_SECTOR_EXCISE_ALCOHOL' };
  }
}

/** @internal Step: the cap of a sector of C. com. L441-11 II. */
export function sectorCap(
  sector: Exclude<PaymentSector, 'general'>,
  issueDate: PlainDate,
  delivery: PlainDate,
  periodic: boolean,
  say: Say,
): PaymentTermsCap {
  const { id, days: daysId, article } = SECTOR_CAPS[sector];
  const { start, code } = sectorCapStart(sector, issueDate, delivery, periodic);
  const days = lawNumber(daysId, issueDate);
  return cap(say, id, addDays(start, days), article, code, { start, days });
}

/**
 * {@link checkPaymentTerms} on already validated input.
 *
 * @internal
 */
export function checkParsedPaymentTerms(
  r: PaymentTermsCheckRequest,
  locale: Locale = defaultLocale,
): PaymentTermsCheckResult {
  const say = termsSay(locale);
  const { agreed, findings } = agreedDueDate(r, locale, say);
  if (r.debtor === 'consumer' || r.debtor === 'non_professional')
    return checkConsumerTerms(r, r.debtor, agreed, findings, say);
  if (r.debtor === 'public') return checkPublicTerms(r, agreed, findings, say);
  return checkProfessionalTerms(r, agreed, findings, say);
}

/**
 * @internal Step: the agreed due date (the given one wins over the one the terms give), with the
 * warnings of the terms computation. A `dueDate` with no agreed term is not an agreed date: it is
 * checked against the statutory default.
 */
export function agreedDueDate(
  r: PaymentTermsCheckRequest,
  locale: Locale,
  say: Say,
): { readonly agreed: Agreed | undefined; readonly findings: ReadonlyArray<PaymentTermsFinding> } {
  const { terms } = r;
  if (terms === undefined)
    return {
      agreed: r.dueDate === undefined ? undefined : { date: r.dueDate, rule: 'given' },
      findings: [],
    };
  const fromTerms = renderDueDatePlan(dueDateFromTerms(r.issueDate, r.deliveryDate, terms), locale);
  const findings: PaymentTermsFinding[] = fromTerms.warnings
    .filter((w) => w.code !== 'DELIVERY_DATE_ASSUMED')
    .map((w) => ({ ...w, severity: 'warning' }));
  if (r.dueDate !== undefined && r.dueDate !== fromTerms.dueDate)
    findings.push(
      finding(say, 'warning', FINES_ARTICLE, 'DUE_DATE_DIFFERS_FROM_TERMS', {
        given: r.dueDate,
        fromTerms: fromTerms.dueDate,
      }),
    );
  if (terms.type === 'statutory-default') return { agreed: undefined, findings };
  const agreed =
    r.dueDate !== undefined
      ? { date: r.dueDate, rule: 'given' }
      : { date: fromTerms.dueDate, rule: fromTerms.rule };
  return { agreed, findings };
}

/** @internal Step: consumers and non-professionals, for whom the law sets no cap. */
export function checkConsumerTerms(
  r: PaymentTermsCheckRequest,
  debtor: 'consumer' | 'non_professional',
  agreed: Agreed | undefined,
  previous: ReadonlyArray<PaymentTermsFinding>,
  say: Say,
): PaymentTermsCheckResult {
  const noCap = finding(say, 'info', L441_10_I, 'NO_STATUTORY_CAP_B2C', { debtor });
  const findings = [...previous, noCap];
  if (agreed !== undefined)
    return { compliant: true, dueDate: agreed.date, dueDateRule: agreed.rule, caps: [], findings };
  const { issueDate } = r;
  const dueDate =
    r.dueDate ?? (r.deliveryDate !== undefined ? later(issueDate, r.deliveryDate) : issueDate);
  findings.push(finding(say, 'info', 'C. civ. 1305', 'NO_AGREED_TERM_B2C', { dueDate }));
  return {
    compliant: true,
    dueDate,
    dueDateRule: r.dueDate !== undefined ? 'given' : 'b2c-no-agreed-term',
    caps: [],
    findings,
  };
}

/** @internal Step: public buyers, whose term runs from receipt of the payment request. */
export function checkPublicTerms(
  r: PaymentTermsCheckRequest,
  agreed: Agreed | undefined,
  previous: ReadonlyArray<PaymentTermsFinding>,
  say: Say,
): PaymentTermsCheckResult {
  const findings = [...previous, ...publicAssumptions(r, say)];
  const buyerType = r.publicBuyerType ?? 'state-or-local';
  const start = r.receiptDate ?? r.issueDate;
  const { id, article } = PUBLIC_TERMS[buyerType];
  const days = lawNumber(id, r.issueDate);
  const publicCap = cap(say, `PUBLIC_${days}_DAYS`, addDays(start, days), article, 'CAP_PUBLIC', {
    buyerType,
    days,
    start,
  });
  const checked = agreed?.date ?? r.dueDate;
  if (checked === undefined) return statutory([publicCap], findings, publicCap.latestDueDate, say);
  const latest = publicCap.latestDueDate;
  if (checked > latest)
    findings.push(
      finding(
        say,
        'error',
        `CCP L2192-10; ${article}`,
        'PUBLIC_TERM_EXCEEDED',
        {
          dueDate: checked,
          latest,
          days,
          indemnity: lawEuros('public-recovery-indemnity-eur', addDays(latest, 1)),
        },
        latest,
      ),
    );
  return finish([publicCap], findings, checked, agreed?.rule ?? 'given');
}

/** @internal Step: the warnings for a public buyer's type or receipt date left out. */
export function publicAssumptions(
  r: PaymentTermsCheckRequest,
  say: Say,
): ReadonlyArray<PaymentTermsFinding> {
  const out: PaymentTermsFinding[] = [];
  if (r.publicBuyerType === undefined)
    out.push(
      finding(say, 'warning', 'CCP R2192-10', 'PUBLIC_BUYER_TYPE_ASSUMED', {
        stateDays: lawNumber('public-term-days-state', r.issueDate),
        hospitalDays: lawNumber('public-term-days-hospital', r.issueDate),
        undertakingDays: lawNumber('public-term-days-undertaking', r.issueDate),
      }),
    );
  if (r.receiptDate === undefined)
    out.push(
      finding(say, 'warning', 'CCP R2192-12', 'RECEIPT_DATE_ASSUMED', { issueDate: r.issueDate }),
    );
  return out;
}

/** @internal Step: professional debtors (C. com. L441-10 I, L441-11 II). */
export function checkProfessionalTerms(
  r: PaymentTermsCheckRequest,
  agreed: Agreed | undefined,
  previous: ReadonlyArray<PaymentTermsFinding>,
  say: Say,
): PaymentTermsCheckResult {
  const { issueDate } = r;
  const delivery = r.deliveryDate ?? issueDate;
  const findings = [...previous, ...deliveryAssumption(r, agreed, say)];
  const sector = r.sector ?? 'general';
  const periodic = r.periodicInvoice ?? false;
  const sectorCaps =
    sector === 'general' ? [] : [sectorCap(sector, issueDate, delivery, periodic, say)];
  if (agreed === undefined) {
    const found = checkDefaultTerm(r.issueDate, r.dueDate, delivery, sectorCaps, say);
    findings.push(...found.findings);
    if (r.dueDate === undefined) return statutory(found.caps, findings, minDate(found.caps), say);
    return finish(found.caps, findings, r.dueDate, 'given');
  }
  const found = periodic
    ? checkPeriodicTerm(issueDate, agreed.date, say)
    : r.terms?.type === 'end-of-month'
      ? checkEndOfMonthTerm(issueDate, agreed.date, r.terms, say)
      : checkSixtyDays(issueDate, agreed.date, r.terms, say);
  findings.push(...found.findings, ...sectorBreaches(sectorCaps, issueDate, agreed.date, say));
  return finish([...found.caps, ...sectorCaps], findings, agreed.date, agreed.rule);
}

/** @internal Step: warns when caps counted from delivery use the invoice date instead. */
export function deliveryAssumption(
  r: PaymentTermsCheckRequest,
  agreed: Agreed | undefined,
  say: Say,
): ReadonlyArray<PaymentTermsFinding> {
  const needsDelivery =
    agreed === undefined ||
    (r.sector !== undefined && r.sector !== 'general' && r.sector !== 'transport');
  if (r.deliveryDate !== undefined || !needsDelivery) return [];
  const article = agreed === undefined ? L441_10_I : 'C. com. L441-11 II';
  return [
    finding(say, 'warning', article, 'DELIVERY_DATE_ASSUMED', {
      issueDate: r.issueDate,
      scope: 'caps',
    }),
  ];
}

/** @internal Step: no agreed term, at most 30 days after delivery (L441-10 I al. 1). */
export function checkDefaultTerm(
  issueDate: PlainDate,
  dueDate: PlainDate | undefined,
  delivery: PlainDate,
  sectorCaps: ReadonlyArray<PaymentTermsCap>,
  say: Say,
): Found {
  const article = `${L441_10_I} al. 1`;
  const days = lawNumber('b2b-default-term-days', issueDate);
  const latest = addDays(delivery, days);
  const defaultCap = cap(say, 'B2B_DEFAULT_30_DAYS', latest, article, 'CAP_B2B_DEFAULT', {
    start: delivery,
    days,
  });
  const caps = [defaultCap, ...sectorCaps];
  if (dueDate === undefined) return { caps, findings: [] };
  const findings: PaymentTermsFinding[] = [];
  if (dueDate > latest)
    findings.push(
      finding(
        say,
        'error',
        `${article}; ${FINES_ARTICLE}`,
        'TERM_EXCEEDS_DEFAULT_30_DAYS',
        { dueDate, latest, days, ...paymentTermsFines(issueDate) },
        latest,
      ),
    );
  findings.push(...sectorBreaches(sectorCaps, issueDate, dueDate, say));
  return { caps, findings };
}

/** The latest date of "N days end of month", by either method of counting. */
function eomLatestOf(issueDate: PlainDate, days: number): PlainDate {
  return later(addDays(endOfMonth(issueDate), days), endOfMonth(addDays(issueDate, days)));
}

/** @internal Step: a periodic invoice, at most 45 days after its date (L441-10 I al. 3). */
export function checkPeriodicTerm(issueDate: PlainDate, given: PlainDate, say: Say): Found {
  const days = lawNumber('b2b-periodic-term-days', issueDate);
  const latest = addDays(issueDate, days);
  const periodicCap = cap(
    say,
    'B2B_PERIODIC_45_DAYS',
    latest,
    `${L441_10_I} al. 3; CGI 289 I-3`,
    'CAP_B2B_PERIODIC',
    { start: issueDate, days },
  );
  const findings =
    given > latest
      ? [
          finding(
            say,
            'error',
            `${L441_10_I} al. 3; ${FINES_ARTICLE}`,
            'PERIODIC_INVOICE_EXCEEDS_45_DAYS',
            { dueDate: given, latest, days, ...paymentTermsFines(issueDate) },
            latest,
          ),
        ]
      : [];
  return { caps: [periodicCap], findings };
}

/**
 * @internal Step: an agreed end-of-month term: lawful up to the later of 60 days and 45 days end
 * of month with the stipulated method; 60 days end of month or more is never allowed.
 */
export function checkEndOfMonthTerm(
  issueDate: PlainDate,
  given: PlainDate,
  terms: Extract<PaymentTerms, { type: 'end-of-month' }>,
  say: Say,
): Found {
  const agreedDays = lawNumber('b2b-agreed-term-days', issueDate);
  const eomDays = lawNumber('b2b-eom-term-days', issueDate);
  const sixty = addDays(issueDate, agreedDays);
  const eom45 = dueDateFromTerms(issueDate, undefined, {
    type: 'end-of-month',
    days: eomDays,
    method: terms.method,
  }).dueDate;
  const latest = later(sixty, eom45);
  const article = `${L441_10_I} al. 2`;
  const eomCap = cap(say, 'B2B_AGREED_45_DAYS_EOM', latest, article, 'CAP_B2B_EOM', {
    eom45,
    sixty,
    eomDays,
    agreedDays,
  });
  const fines = paymentTermsFines(issueDate);
  const breach = `${article}; ${FINES_ARTICLE}`;
  const { days } = terms;
  const findings =
    days >= agreedDays
      ? [
          finding(
            say,
            'error',
            breach,
            'EOM_60_NOT_ALLOWED',
            { days, agreedDays, eomDays, ...fines },
            latest,
          ),
        ]
      : days > eomDays || given > latest
        ? [
            finding(
              say,
              'error',
              breach,
              'TERM_EXCEEDS_45_DAYS_EOM',
              { days, eomDays, dueDate: given, latest, ...fines },
              latest,
            ),
          ]
        : [];
  return { caps: [eomCap], findings };
}

/**
 * @internal Step: any other agreed term, at most 60 calendar days after the invoice date. A bare
 * due date within 45 days end of month (either method) is only a doubt: lawful if stipulated.
 */
export function checkSixtyDays(
  issueDate: PlainDate,
  given: PlainDate,
  terms: PaymentTerms | undefined,
  say: Say,
): Found {
  const agreedDays = lawNumber('b2b-agreed-term-days', issueDate);
  const eomDays = lawNumber('b2b-eom-term-days', issueDate);
  const sixty = addDays(issueDate, agreedDays);
  const sixtyCap = cap(say, 'B2B_AGREED_60_DAYS', sixty, `${L441_10_I} al. 2`, 'CAP_B2B_60_DAYS', {
    start: issueDate,
    days: agreedDays,
  });
  if (given <= sixty) return { caps: [sixtyCap], findings: [] };
  const eomLatest = terms === undefined ? eomLatestOf(issueDate, eomDays) : sixty;
  const doubtful = given <= eomLatest;
  const exceeded = finding(
    say,
    doubtful ? 'warning' : 'error',
    `${L441_10_I} al. 2; ${FINES_ARTICLE}`,
    'TERM_EXCEEDS_60_DAYS',
    {
      dueDate: given,
      latest: sixty,
      doubtful,
      agreedDays,
      eomDays,
      ...paymentTermsFines(issueDate),
    },
    sixty,
  );
  return { caps: [sixtyCap], findings: [exceeded] };
}

/** @internal Step: one error per sector cap the due date breaches. */
export function sectorBreaches(
  sectorCaps: ReadonlyArray<PaymentTermsCap>,
  issueDate: PlainDate,
  dueDate: PlainDate,
  say: Say,
): ReadonlyArray<PaymentTermsFinding> {
  const fines = paymentTermsFines(issueDate);
  return sectorCaps
    .filter((c) => dueDate > c.latestDueDate)
    .map((c) => {
      const { code, params } = c.descriptionMessage as TermsMessage<SectorCapCode>;
      return finding(
        say,
        'error',
        `${c.article}; ${FINES_ARTICLE}`,
        'SECTOR_CAP_EXCEEDED',
        {
          capCode: code,
          start: params.start,
          days: params.days,
          dueDate,
          latest: c.latestDueDate,
          ...fines,
        },
        c.latestDueDate,
      );
    });
}

function minDate(caps: ReadonlyArray<PaymentTermsCap>): PlainDate {
  let min = caps[0]!.latestDueDate;
  for (const c of caps) if (c.latestDueDate < min) min = c.latestDueDate;
  return min;
}

function statutory(
  caps: ReadonlyArray<PaymentTermsCap>,
  findings: ReadonlyArray<PaymentTermsFinding>,
  latest: PlainDate,
  say: Say,
): PaymentTermsCheckResult {
  const applies = finding(say, 'info', caps[0]!.article, 'STATUTORY_TERM_APPLIES', { latest });
  return finish(caps, [...findings, applies], latest, 'statutory-cap');
}

function finish(
  caps: ReadonlyArray<PaymentTermsCap>,
  findings: ReadonlyArray<PaymentTermsFinding>,
  dueDate: PlainDate,
  dueDateRule: string,
): PaymentTermsCheckResult {
  return {
    compliant: !findings.some((f) => f.severity === 'error'),
    dueDate,
    dueDateRule,
    latestLawfulDueDate: minDate(caps),
    caps,
    findings,
  };
}
