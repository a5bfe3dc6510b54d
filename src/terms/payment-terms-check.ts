import * as z from 'zod/mini';
import { addDays, endOfMonth, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import { type LawParameterId, lawNumber } from '../law/index.js';
import { DebtorKindSchema } from '../parties/index.js';
import { dueDateFromTerms } from './due-date.js';
import { PaymentTermsSchema } from './schemas.js';

const L441_10_I = 'C. com. L441-10 I';
/** French thousands, as statutes write them: `75 000 €`. */
const euros = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} €`;

/** The L441-16 fines in force on `date` (law parameter data), as a sentence. */
function finesText(date: PlainDate): string {
  const natural = lawNumber('payment-terms-fine-natural-person-eur', date);
  const legal = lawNumber('payment-terms-fine-legal-person-eur', date);
  return `The seller and the buyer risk an administrative fine of up to ${euros(natural)} (natural person) or ${euros(legal)} (legal person), doubled if repeated within two years (C. com. L441-16).`;
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
export interface PaymentTermsFinding {
  /** Stable code, e.g. `'TERM_EXCEEDS_60_DAYS'`. */
  readonly code: string;
  /** `'error'`: the terms break the law; `'warning'`: an assumption or a doubt; `'info'`: context. */
  readonly severity: 'error' | 'warning' | 'info';
  /** A readable English sentence. */
  readonly message: string;
  /** The legal basis. */
  readonly article: string;
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
  /** How the date was obtained, in English. */
  readonly description: string;
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

function endOfTenDayPeriod(date: PlainDate): PlainDate {
  const day = Number(date.slice(8, 10));
  if (day <= 10) return `${date.slice(0, 8)}10` as PlainDate;
  if (day <= 20) return `${date.slice(0, 8)}20` as PlainDate;
  return endOfMonth(date);
}

function later(a: PlainDate, b: PlainDate): PlainDate {
  return a > b ? a : b;
}

const PUBLIC_TERMS: Readonly<Record<PublicBuyerType, { id: LawParameterId; article: string }>> = {
  'state-or-local': { id: 'public-term-days-state', article: 'CCP R2192-10' },
  'public-hospital': { id: 'public-term-days-hospital', article: 'CCP R2192-11 1°' },
  'public-undertaking': { id: 'public-term-days-undertaking', article: 'CCP R2192-11 2°' },
};

function sectorCap(
  sector: Exclude<PaymentSector, 'general'>,
  issueDate: PlainDate,
  delivery: PlainDate,
  periodic: boolean,
): PaymentTermsCap {
  // Sector caps in force when the invoice is issued (law parameter data).
  const days = (id: LawParameterId): number => lawNumber(id, issueDate);
  switch (sector) {
    case 'transport':
      return {
        id: 'SECTOR_TRANSPORT_30_DAYS',
        latestDueDate: addDays(issueDate, days('transport-term-days')),
        article: 'C. com. L441-11 II',
        description: `Transport and related services: at most ${days('transport-term-days')} days after the invoice date ${issueDate}.`,
      };
    case 'perishable-food': {
      const start = periodic ? endOfTenDayPeriod(delivery) : delivery;
      return {
        id: 'SECTOR_PERISHABLE_FOOD_30_DAYS',
        latestDueDate: addDays(start, days('perishable-food-term-days')),
        article: 'C. com. L441-11 II 1°',
        description: periodic
          ? `Perishable food, periodic invoice: at most ${days('perishable-food-term-days')} days after the end of the ten-day period of delivery (${start}).`
          : `Perishable food: at most ${days('perishable-food-term-days')} days after delivery ${delivery}.`,
      };
    }
    case 'live-cattle':
      return {
        id: 'SECTOR_LIVE_CATTLE_20_DAYS',
        latestDueDate: addDays(delivery, days('live-cattle-term-days')),
        article: 'C. com. L441-11 II 2°',
        description: `Live cattle and derived fresh meat: at most ${days('live-cattle-term-days')} days after delivery ${delivery}.`,
      };
    case 'excise-alcohol': {
      const eom = endOfMonth(delivery);
      return {
        id: 'SECTOR_EXCISE_ALCOHOL_30_DAYS_EOM',
        latestDueDate: addDays(eom, days('excise-alcohol-term-days')),
        article: 'C. com. L441-11 II 3°',
        description: `Alcoholic drinks subject to excise: at most ${days('excise-alcohol-term-days')} days after the end of the month of delivery (${eom}).`,
      };
    }
  }
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
export function checkPaymentTerms(input: PaymentTermsCheckInput): PaymentTermsCheckResult {
  return checkParsedPaymentTerms(
    parseOrThrow(PaymentTermsCheckInputSchema, input, 'payment terms check input'),
  );
}

/**
 * {@link checkPaymentTerms} on already validated input.
 *
 * @internal
 */
export function checkParsedPaymentTerms(r: PaymentTermsCheckRequest): PaymentTermsCheckResult {
  const findings: PaymentTermsFinding[] = [];
  const { issueDate, terms } = r;
  // Statutory caps and fines in force when the invoice is issued (law parameter data).
  const law = (id: LawParameterId): number => lawNumber(id, issueDate);
  const fines = finesText(issueDate);
  // The agreed due date, if any; `r.dueDate` with no agreed term is checked against the default.
  let agreed: { readonly date: PlainDate; readonly rule: string } | undefined;
  if (terms === undefined) {
    if (r.dueDate !== undefined) agreed = { date: r.dueDate, rule: 'given' };
  } else {
    const fromTerms = dueDateFromTerms(issueDate, r.deliveryDate, terms);
    for (const w of fromTerms.warnings) {
      if (w.code !== 'DELIVERY_DATE_ASSUMED') findings.push({ ...w, severity: 'warning' });
    }
    if (r.dueDate !== undefined && r.dueDate !== fromTerms.dueDate)
      findings.push({
        code: 'DUE_DATE_DIFFERS_FROM_TERMS',
        severity: 'warning',
        message: `The given due date ${r.dueDate} differs from the one the terms give (${fromTerms.dueDate}); the given date is checked. Not applying the agreed computation method is itself sanctioned (C. com. L441-16 d).`,
        article: 'C. com. L441-16',
      });
    if (terms.type !== 'statutory-default')
      agreed =
        r.dueDate !== undefined
          ? { date: r.dueDate, rule: 'given' }
          : { date: fromTerms.dueDate, rule: fromTerms.rule };
  }

  if (r.debtor === 'consumer' || r.debtor === 'non_professional') {
    findings.push({
      code: 'NO_STATUTORY_CAP_B2C',
      severity: 'info',
      message: `${r.debtor === 'consumer' ? 'Consumer' : 'Non-professional'} debtor: the law sets no maximum payment term; the contract decides (the L441-10 caps apply between professionals only).`,
      article: L441_10_I,
    });
    if (agreed !== undefined)
      return {
        compliant: true,
        dueDate: agreed.date,
        dueDateRule: agreed.rule,
        caps: [],
        findings,
      };
    const dueDate =
      r.dueDate ?? (r.deliveryDate !== undefined ? later(issueDate, r.deliveryDate) : issueDate);
    findings.push({
      code: 'NO_AGREED_TERM_B2C',
      severity: 'info',
      message: `No agreed term: the price is due without delay, taken as ${dueDate} (the invoice date, or delivery when later). Late interest needs a formal notice (C. civ. 1231-6, 1344).`,
      article: 'C. civ. 1305',
    });
    return {
      compliant: true,
      dueDate,
      dueDateRule: r.dueDate !== undefined ? 'given' : 'b2c-no-agreed-term',
      caps: [],
      findings,
    };
  }

  const caps: PaymentTermsCap[] = [];
  if (r.debtor === 'public') {
    const type = r.publicBuyerType ?? 'state-or-local';
    if (r.publicBuyerType === undefined)
      findings.push({
        code: 'PUBLIC_BUYER_TYPE_ASSUMED',
        severity: 'warning',
        message: `No publicBuyerType given: assumed to be the State or a local authority (${law('public-term-days-state')} days). Public hospitals have ${law('public-term-days-hospital')} days and public undertakings ${law('public-term-days-undertaking')} days.`,
        article: 'CCP R2192-10',
      });
    const start = r.receiptDate ?? issueDate;
    if (r.receiptDate === undefined)
      findings.push({
        code: 'RECEIPT_DATE_ASSUMED',
        severity: 'warning',
        message: `No receiptDate given: the payment request is assumed received on the invoice date ${issueDate}. The public term runs from receipt of the payment request, which is usually later.`,
        article: 'CCP R2192-12',
      });
    const { id, article } = PUBLIC_TERMS[type];
    const days = law(id);
    const cap: PaymentTermsCap = {
      id: `PUBLIC_${days}_DAYS`,
      latestDueDate: addDays(start, days),
      article,
      description: `Public buyer (${type}): at most ${days} days after receipt of the payment request ${start}.`,
    };
    caps.push(cap);
    const checked = agreed?.date ?? r.dueDate;
    if (checked === undefined) return statutory(caps, findings, cap.latestDueDate);
    if (checked > cap.latestDueDate)
      findings.push({
        code: 'PUBLIC_TERM_EXCEEDED',
        severity: 'error',
        message: `The due date ${checked} is after the latest date the public payment term allows (${cap.latestDueDate}, ${days} days after receipt of the payment request). A contract cannot lengthen it; late interest and the ${law('public-recovery-indemnity-eur')} € indemnity run automatically from the day after (CCP L2192-13).`,
        article: `CCP L2192-10; ${article}`,
        latestLawfulDueDate: cap.latestDueDate,
      });
    return finish(caps, findings, checked, agreed?.rule ?? 'given');
  }

  // Professional debtor.
  const delivery = r.deliveryDate ?? issueDate;
  const needsDelivery =
    agreed === undefined ||
    (r.sector !== undefined && r.sector !== 'general' && r.sector !== 'transport');
  if (r.deliveryDate === undefined && needsDelivery)
    findings.push({
      code: 'DELIVERY_DATE_ASSUMED',
      severity: 'warning',
      message: `No deliveryDate given: delivery or performance is assumed on the invoice date ${issueDate}. The caps counted from delivery may be earlier.`,
      article: agreed === undefined ? L441_10_I : 'C. com. L441-11 II',
    });
  const sector = r.sector ?? 'general';
  const periodic = r.periodicInvoice ?? false;
  const sectorCaps = sector === 'general' ? [] : [sectorCap(sector, issueDate, delivery, periodic)];

  if (agreed === undefined) {
    const cap: PaymentTermsCap = {
      id: 'B2B_DEFAULT_30_DAYS',
      latestDueDate: addDays(delivery, law('b2b-default-term-days')),
      article: `${L441_10_I} al. 1`,
      description: `No agreed term: at most ${law('b2b-default-term-days')} days after receipt of the goods or performance ${delivery}.`,
    };
    caps.push(cap, ...sectorCaps);
    const latest = minDate(caps);
    if (r.dueDate !== undefined && r.dueDate > cap.latestDueDate)
      findings.push({
        code: 'TERM_EXCEEDS_DEFAULT_30_DAYS',
        severity: 'error',
        message: `No term was agreed, so payment is due at most ${law('b2b-default-term-days')} days after delivery or performance (${cap.latestDueDate}); ${r.dueDate} is later. ${fines}`,
        article: `${L441_10_I} al. 1; C. com. L441-16`,
        latestLawfulDueDate: cap.latestDueDate,
      });
    if (r.dueDate === undefined) return statutory(caps, findings, latest);
    pushSectorBreach(findings, sectorCaps, r.dueDate, fines);
    return finish(caps, findings, r.dueDate, 'given');
  }
  const given = agreed.date;

  if (periodic) {
    const cap: PaymentTermsCap = {
      id: 'B2B_PERIODIC_45_DAYS',
      latestDueDate: addDays(issueDate, law('b2b-periodic-term-days')),
      article: `${L441_10_I} al. 3; CGI 289 I-3`,
      description: `Periodic invoice: at most ${law('b2b-periodic-term-days')} days after the invoice date ${issueDate}.`,
    };
    caps.push(cap);
    if (given > cap.latestDueDate)
      findings.push({
        code: 'PERIODIC_INVOICE_EXCEEDS_45_DAYS',
        severity: 'error',
        message: `A periodic invoice must be paid at most ${law('b2b-periodic-term-days')} days after its date (${cap.latestDueDate}); the due date ${given} is later. ${fines}`,
        article: `${L441_10_I} al. 3; C. com. L441-16`,
        latestLawfulDueDate: cap.latestDueDate,
      });
  } else {
    const agreedDays = law('b2b-agreed-term-days');
    const eomDays = law('b2b-eom-term-days');
    const sixty = addDays(issueDate, agreedDays);
    if (terms?.type === 'end-of-month') {
      const eom45 = dueDateFromTerms(issueDate, undefined, {
        type: 'end-of-month',
        days: eomDays,
        method: terms.method,
      }).dueDate;
      const latest = later(sixty, eom45);
      caps.push({
        id: 'B2B_AGREED_45_DAYS_EOM',
        latestDueDate: latest,
        article: `${L441_10_I} al. 2`,
        description: `Agreed end-of-month term: at most ${eomDays} days end of month with the stipulated method (${eom45}) or ${agreedDays} days after the invoice date (${sixty}), whichever is later.`,
      });
      if (terms.days >= agreedDays)
        findings.push({
          code: 'EOM_60_NOT_ALLOWED',
          severity: 'error',
          message: `"${terms.days} days end of month" is not allowed: the law permits at most ${agreedDays} days net or ${eomDays} days end of month. ${fines}`,
          article: `${L441_10_I} al. 2; C. com. L441-16`,
          latestLawfulDueDate: latest,
        });
      else if (terms.days > eomDays || given > latest)
        findings.push({
          code: 'TERM_EXCEEDS_45_DAYS_EOM',
          severity: 'error',
          message: `An end-of-month term may not exceed ${eomDays} days end of month (here ${terms.days} days, due ${given}; latest lawful ${latest}). ${fines}`,
          article: `${L441_10_I} al. 2; C. com. L441-16`,
          latestLawfulDueDate: latest,
        });
    } else {
      caps.push({
        id: 'B2B_AGREED_60_DAYS',
        latestDueDate: sixty,
        article: `${L441_10_I} al. 2`,
        description: `Agreed term: at most ${agreedDays} calendar days after the invoice date ${issueDate} (not two months).`,
      });
      if (given > sixty) {
        const eomLatest =
          terms === undefined
            ? later(
                addDays(endOfMonth(issueDate), eomDays),
                endOfMonth(addDays(issueDate, eomDays)),
              )
            : sixty;
        const doubtful = given <= eomLatest;
        findings.push({
          code: 'TERM_EXCEEDS_60_DAYS',
          severity: doubtful ? 'warning' : 'error',
          message: doubtful
            ? `The due date ${given} is more than ${agreedDays} days after the invoice date (${sixty}); it is lawful only if a "${eomDays} days end of month" term was expressly stipulated.`
            : `The due date ${given} is more than ${agreedDays} calendar days after the invoice date (latest ${sixty}). ${fines}`,
          article: `${L441_10_I} al. 2; C. com. L441-16`,
          latestLawfulDueDate: sixty,
        });
      }
    }
  }
  caps.push(...sectorCaps);
  pushSectorBreach(findings, sectorCaps, given, fines);
  return finish(caps, findings, given, agreed.rule);
}

function pushSectorBreach(
  findings: PaymentTermsFinding[],
  sectorCaps: ReadonlyArray<PaymentTermsCap>,
  dueDate: PlainDate,
  fines: string,
): void {
  for (const cap of sectorCaps) {
    if (dueDate > cap.latestDueDate)
      findings.push({
        code: 'SECTOR_CAP_EXCEEDED',
        severity: 'error',
        message: `${cap.description} The due date ${dueDate} is later than ${cap.latestDueDate}. ${fines}`,
        article: `${cap.article}; C. com. L441-16`,
        latestLawfulDueDate: cap.latestDueDate,
      });
  }
}

function minDate(caps: ReadonlyArray<PaymentTermsCap>): PlainDate {
  let min = caps[0]!.latestDueDate;
  for (const cap of caps) if (cap.latestDueDate < min) min = cap.latestDueDate;
  return min;
}

function statutory(
  caps: ReadonlyArray<PaymentTermsCap>,
  findings: PaymentTermsFinding[],
  latest: PlainDate,
): PaymentTermsCheckResult {
  findings.push({
    code: 'STATUTORY_TERM_APPLIES',
    severity: 'info',
    message: `No agreed term: the due date is the latest the law allows, ${latest}.`,
    article: caps[0]!.article,
  });
  return finish(caps, findings, latest, 'statutory-cap');
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
