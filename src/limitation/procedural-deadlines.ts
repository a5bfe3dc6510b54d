import * as z from 'zod/mini';
import type { FrenchRegion } from '../dates/internal.js';
import {
  addDays,
  addPeriod,
  FrenchRegionSchema,
  type PlainDate,
  PlainDateSchema,
  type ProcedureDeadline,
  procedureDeadline,
  rollWorkingDayValid,
} from '../dates/internal.js';
import { lazy } from '../internal/lazy.js';
import { invalidInput, parseOrThrow } from '../internal/validate.js';
import {
  injonctionServiceMonthsArticles,
  lawArticleFor,
  lawNumber,
  lawNumberOn,
} from '../law/internal.js';
import { type Locale, LocaleSchema } from '../text/internal.js';
import type { LimitationMessage, ProcedureExplanationCode } from './text.js';
import { limitationText, relocalised } from './warning.js';

/**
 * A deadline of the recovery path: the {@link ProcedureDeadline} (nominal date by CPC 641, last day
 * moved to the next working day by CPC 642) plus what it is and whether CPC 642 surely applies.
 *
 * @category Limitation
 */
export interface RecoveryDeadline extends ProcedureDeadline {
  /** Which deadline this is (`'injonction-service'`, `'opposition'`, …). */
  readonly name:
    | 'injonction-service'
    | 'opposition'
    | 'insolvency-claim'
    | 'forclusion-relief'
    | 'formal-notice'
    | 'judgment-uplift'
    | 'enforcement-without-opposition';
  /**
   * `'applies'` when CPC 642 surely moves the deadline (a procedural deadline); `'debatable'` when it
   * is unsettled (a contractual deadline, the L313-3 uplift): then both `nominal` and `deadline` are
   * meaningful — see `explanation`.
   */
  readonly cpc642: 'applies' | 'debatable';
  /** What the deadline means and which date to rely on, in plain English. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: LimitationMessage<ProcedureExplanationCode>;
}

/**
 * Options shared by the recovery deadlines.
 *
 * @category Limitation
 */
export interface RecoveryDeadlineOptions {
  /** The holiday calendar for CPC 642 (default `'metropolitan'`). */
  readonly region?: FrenchRegion;
  /** The locale of the explanation: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Options of {@link insolvencyClaimDeadline}.
 *
 * @category Limitation
 */
export interface InsolvencyClaimDeadlineOptions extends RecoveryDeadlineOptions {
  /** The creditor is established outside metropolitan France: 4 months instead of 2 (R622-24). */
  readonly creditorAbroad?: boolean;
}

// Internal schemas, built on first use (cold start, issue 17).
const RegionOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    region: z._default(FrenchRegionSchema, 'metropolitan'),
    locale: z._default(LocaleSchema, 'fr'),
  }),
);

const InsolvencyOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    region: z._default(FrenchRegionSchema, 'metropolitan'),
    creditorAbroad: z._default(z.boolean(), false),
    locale: z._default(LocaleSchema, 'fr'),
  }),
);

const CPC = ['C. proc. civ. art. 641', 'C. proc. civ. art. 642'] as const;

type Period = { months: number } | { days: number };

function build(
  name: RecoveryDeadline['name'],
  start: unknown,
  startPath: string,
  // The period may depend on the start date: statutory delays are dated law data.
  period: Period | ((start: PlainDate) => Period),
  o: { readonly region: FrenchRegion; readonly locale: Locale },
  article: string,
  cpc642: RecoveryDeadline['cpc642'],
  explain: (d: ProcedureDeadline) => LimitationMessage<ProcedureExplanationCode>,
): RecoveryDeadline {
  const s = parseOrThrow(PlainDateSchema, start, startPath, [startPath]);
  const d = procedureDeadline(s, typeof period === 'function' ? period(s) : period, o.region);
  const explanation = relocalised(explain(d), o.locale);
  return {
    ...d,
    articles: [article, ...CPC],
    name,
    cpc642,
    explanation: explanation.message,
    explanationMessage: explanation,
  };
}

/** @internal Months to serve an injonction order made on `orderDate` (CPC 1411; décret 2026-96). */
export function injonctionServiceMonths(orderDate: PlainDate): number {
  return lawNumber('injonction-service-months', orderDate);
}

/** @internal Last day to serve an injonction order (CPC 1411, rolled by CPC 642), unvalidated. */
export function injonctionServiceLastDay(orderDate: PlainDate): PlainDate {
  return serviceLastDayIn(orderDate, injonctionServiceMonths(orderDate));
}

/** @internal {@link injonctionServiceLastDay} with the months of the order's date already read. */
export function serviceLastDayIn(orderDate: PlainDate, months: number): PlainDate {
  // procedureDeadline without validating again: CPC 641 months, then CPC 642 (metropolitan).
  return rollWorkingDayValid(addPeriod(orderDate, { months }), 'metropolitan', 1);
}

/** @internal The legal basis of the service period of an order made on `orderDate`. */
export function injonctionServiceArticle(orderDate: PlainDate): string {
  return lawArticleFor(injonctionServiceMonthsArticles, 'injonction-service-months', orderDate);
}

/**
 * Computes the last day to serve an injonction de payer order: 3 months from the order's date for
 * an order made from 2026-09-01, 6 months for an earlier order.
 *
 * @remarks C. proc. civ. art. 1411: the order is non avenue (caduque) if it was not served within
 * six months of its date; décret n° 2026-96 of 16 February 2026 cuts this to three months for
 * orders made from 1 September 2026 (law parameter `injonction-service-months`, keyed by the
 * order's date). Counted by CPC 641, moved to the next working day by CPC 642. An order not served
 * in time does not interrupt limitation (see {@link limitationDeadline}).
 * @param orderDate - the date of the order
 * @param options - `region` for public holidays
 * @returns the nominal and rolled deadline, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or region.
 * @example
 * ```ts
 * injonctionServiceDeadline('2026-01-14').deadline; //=> '2026-07-15' (6 months; 14 July is a holiday)
 * injonctionServiceDeadline('2026-09-01').deadline; //=> '2026-12-01' (3 months, décret 2026-96)
 * ```
 * @category Limitation
 */
export function injonctionServiceDeadline(
  orderDate: string,
  options: RecoveryDeadlineOptions = {},
): RecoveryDeadline {
  const o = parseOrThrow(RegionOptionsSchema(), options, 'options', ['options']);
  return build(
    'injonction-service',
    orderDate,
    'orderDate',
    (d) => ({ months: injonctionServiceMonths(d) }),
    o,
    'C. proc. civ. art. 1411',
    'applies',
    (d) =>
      limitationText('PROC_INJONCTION_SERVICE', {
        deadline: d.deadline,
        months: injonctionServiceMonths(d.start),
        article: injonctionServiceArticle(d.start),
      }),
  );
}

/**
 * Computes the debtor's deadline to oppose an injonction de payer order: 1 month from service.
 *
 * @remarks C. proc. civ. art. 1416: opposition within one month of service of the order. When service
 * was not made to the debtor in person, the month runs from the first act served in person or the
 * first enforcement measure making the assets unavailable (art. 1416 al. 2): pass that date.
 * Without opposition, the order has the effects of a judgment (art. 1422).
 * @param servedOn - the date the order was served
 * @param options - `region` for public holidays
 * @returns the nominal and rolled deadline, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or region.
 * @example
 * ```ts
 * oppositionDeadline('2026-01-31').deadline; //=> '2026-03-02' (28 February is a Saturday)
 * ```
 * @category Limitation
 */
export function oppositionDeadline(
  servedOn: string,
  options: RecoveryDeadlineOptions = {},
): RecoveryDeadline {
  const o = parseOrThrow(RegionOptionsSchema(), options, 'options', ['options']);
  return build(
    'opposition',
    servedOn,
    'servedOn',
    (d) => ({ months: lawNumber('injonction-opposition-months', d) }),
    o,
    'C. proc. civ. art. 1416',
    'applies',
    (d) => limitationText('PROC_OPPOSITION', { deadline: d.deadline }),
  );
}

/**
 * Computes the deadline to file a claim with the mandataire in the debtor's insolvency proceedings:
 * 2 months from the BODACC publication of the opening judgment, 4 months for a creditor outside
 * metropolitan France.
 *
 * @remarks C. com. R622-24 (also for redressement, R631-1, and liquidation, R641-25). A claim sent by
 * post is on time if posted within the period. Late filing: see {@link forclusionReliefDeadline}.
 * @param bodaccPublishedOn - the date of the BODACC publication
 * @param options - `creditorAbroad` (default false), `region`
 * @returns the nominal and rolled deadline, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or option.
 * @example
 * ```ts
 * insolvencyClaimDeadline('2026-03-10').deadline; //=> '2026-05-11' (10 May 2026 is a Sunday)
 * insolvencyClaimDeadline('2026-03-10', { creditorAbroad: true }).deadline; //=> '2026-07-10'
 * ```
 * @category Limitation
 */
export function insolvencyClaimDeadline(
  bodaccPublishedOn: string,
  options: InsolvencyClaimDeadlineOptions = {},
): RecoveryDeadline {
  const o = parseOrThrow(InsolvencyOptionsSchema(), options, 'options', ['options']);
  let months = 0;
  return build(
    'insolvency-claim',
    bodaccPublishedOn,
    'bodaccPublishedOn',
    (d) => {
      months =
        lawNumber('insolvency-claim-months', d) +
        (o.creditorAbroad ? lawNumber('insolvency-claim-abroad-extra-months', d) : 0);
      return { months };
    },
    o,
    'C. com. R622-24',
    'applies',
    (d) =>
      limitationText('PROC_INSOLVENCY_CLAIM', {
        deadline: d.deadline,
        months,
        abroad: o.creditorAbroad,
      }),
  );
}

/**
 * Computes the deadline to ask for relief from late filing (relevé de forclusion): 6 months from the
 * BODACC publication of the opening judgment.
 *
 * @remarks C. com. L622-26 al. 3: the action is brought within six months of the publication (from
 * receipt of the notice for holders of published securities or contracts; from when the creditor
 * could no longer be unaware of its claim, if later). Relief is granted only if the failure to file
 * was not the creditor's fault or the debtor omitted it from the L622-6 list.
 * @param bodaccPublishedOn - the date of the BODACC publication
 * @param options - `region` for public holidays
 * @returns the nominal and rolled deadline, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or region.
 * @example
 * ```ts
 * forclusionReliefDeadline('2026-03-10').deadline; //=> '2026-09-10'
 * ```
 * @category Limitation
 */
export function forclusionReliefDeadline(
  bodaccPublishedOn: string,
  options: RecoveryDeadlineOptions = {},
): RecoveryDeadline {
  const o = parseOrThrow(RegionOptionsSchema(), options, 'options', ['options']);
  return build(
    'forclusion-relief',
    bodaccPublishedOn,
    'bodaccPublishedOn',
    (d) => ({ months: lawNumber('forclusion-relief-months', d) }),
    o,
    'C. com. L622-26',
    'applies',
    (d) => limitationText('PROC_FORCLUSION_RELIEF', { deadline: d.deadline }),
  );
}

/**
 * Computes when the deadline given in a formal notice (mise en demeure) expires: `days` calendar days
 * after the debtor received it (the day of receipt does not count).
 *
 * @remarks The deadline is contractual, not procedural: the law sets no minimum (15 days is usual
 * practice; C. civ. 1344). Whether CPC 642 moves it past a weekend or holiday is debatable, so both
 * dates are returned (`cpc642: 'debatable'`): the safe course is to wait until `deadline` (the rolled
 * date) before the next step. A formal notice does not interrupt limitation (Cass. com. 18 May 2022).
 * @param receivedOn - the date the debtor received the notice
 * @param days - the number of days granted (whole, ≥ 0)
 * @param options - `region` for public holidays
 * @returns the nominal and rolled dates, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date, day count or region.
 * @example
 * ```ts
 * formalNoticeExpiry('2026-03-02', 15).nominal; //=> '2026-03-17'
 * ```
 * @category Limitation
 */
export function formalNoticeExpiry(
  receivedOn: string,
  days: number,
  options: RecoveryDeadlineOptions = {},
): RecoveryDeadline {
  const n = parseOrThrow(z.int().check(z.minimum(0), z.maximum(3650)), days, 'days', ['days']);
  const o = parseOrThrow(RegionOptionsSchema(), options, 'options', ['options']);
  return build(
    'formal-notice',
    receivedOn,
    'receivedOn',
    { days: n + 0 }, // + 0: a -0 given must not come back as -0
    o,
    'C. civ. 1344',
    'debatable',
    (d) =>
      limitationText('PROC_FORMAL_NOTICE', {
        days: n + 0,
        nominal: d.nominal,
        deadline: d.deadline,
        rolled: d.rolled,
      }),
  );
}

/**
 * The result of {@link judgmentUpliftStart}: the 2-month period and the first day of the uplifted rate.
 *
 * @category Limitation
 */
export interface JudgmentUpliftStart extends RecoveryDeadline {
  /** The first day the +5 points apply, counted from `nominal` (the 2 months not extended). */
  readonly upliftFrom: PlainDate;
  /** The first day the +5 points apply if CPC 642 extends the 2 months (from `deadline`). */
  readonly upliftFromIfRolled: PlainDate;
}

/**
 * Computes when the legal interest rate is raised by 5 points after a judgment: 2 months after the
 * decision became enforceable (in practice, after it was served).
 *
 * @remarks C. mon. fin. L313-3: "le taux de l'intérêt légal est majoré de cinq points à l'expiration
 * d'un délai de deux mois à compter du jour où la décision de justice est devenue exécutoire, fût-ce
 * par provision"; a decision becomes enforceable against the debtor once served (Cass. 2e civ. 12 Jan
 * 2023 n°20-20.063). Whether CPC 642 extends this substantive period is debatable: `upliftFrom` is the
 * day after `nominal` (the default reading), `upliftFromIfRolled` the day after `deadline`.
 * @param servedOn - the date the judgment was served
 * @param options - `region` for public holidays
 * @returns the end of the 2 months (nominal and rolled) and the first uplifted day
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or region.
 * @example
 * ```ts
 * judgmentUpliftStart('2024-01-15').upliftFrom; //=> '2024-03-16'
 * ```
 * @category Limitation
 */
export function judgmentUpliftStart(
  servedOn: string,
  options: RecoveryDeadlineOptions = {},
): JudgmentUpliftStart {
  const o = parseOrThrow(RegionOptionsSchema(), options, 'options', ['options']);
  const d = build(
    'judgment-uplift',
    servedOn,
    'servedOn',
    (d) => ({ months: lawNumber('judgment-uplift-delay-months', d) }),
    o,
    'C. mon. fin. L313-3',
    'debatable',
    (x) =>
      limitationText('PROC_JUDGMENT_UPLIFT', {
        months: lawNumber('judgment-uplift-delay-months', x.start),
        nominal: x.nominal,
        points: lawNumber('judgment-uplift-points', x.start),
        from: addDays(x.nominal, 1),
        fromIfRolled: x.rolled ? addDays(x.deadline, 1) : null,
      }),
  );
  return { ...d, upliftFrom: addDays(d.nominal, 1), upliftFromIfRolled: addDays(d.deadline, 1) };
}

/**
 * Options of {@link injonctionEnforceableFrom}.
 *
 * @category Limitation
 */
export interface InjonctionEnforcementOptions extends RecoveryDeadlineOptions {
  /** The date of the order (required: the rule depends on it). */
  readonly orderDate: string;
}

/**
 * The result of {@link injonctionEnforceableFrom}: the period after service and the first day the
 * creditor may enforce the order when no opposition was notified.
 *
 * @category Limitation
 */
export interface InjonctionEnforcement extends RecoveryDeadline {
  /** The date of the order. */
  readonly orderDate: PlainDate;
  /**
   * The rule applied: `'no-opposition-notice'` (orders made from 2026-09-01, décret 2026-96: 2
   * months after service without an opposition notice from the greffe) or `'opposition-period'`
   * (earlier orders: once the month to oppose has passed, CPC 1416, 1422).
   */
  readonly rule: 'no-opposition-notice' | 'opposition-period';
  /**
   * The first day the creditor may proceed to enforcement if no opposition was notified (the day
   * after `deadline`), or `null` when the order was served too late: it lapsed (CPC 1411).
   */
  readonly enforceableFrom: PlainDate | null;
  /** The order was served after its service deadline: it is non avenue and cannot be enforced. */
  readonly lapsed: boolean;
}

const EnforcementOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    orderDate: PlainDateSchema,
    region: z._default(FrenchRegionSchema, 'metropolitan'),
    locale: z._default(LocaleSchema, 'fr'),
  }),
);

/**
 * Computes the day from which the creditor may enforce an injonction de payer order when no
 * opposition was notified: 2 months after service for an order made from 2026-09-01; for an earlier
 * order, once the debtor's month to oppose has passed.
 *
 * @remarks Décret n° 2026-96 of 16 February 2026 (orders made from 1 September 2026): the greffe
 * notifies the creditor only of oppositions, and the creditor may proceed to enforcement when it
 * has received no opposition notice within two months of service (law parameter
 * `injonction-enforcement-after-service-months`). For an earlier order, the order takes effect as
 * an enforceable title once the opposition month (CPC 1416) has passed without opposition (CPC
 * 1422). Counted by CPC 641 and moved by CPC 642; enforcement is possible from the day after. An
 * order served after its service deadline (CPC 1411, {@link injonctionServiceDeadline}) lapsed:
 * `enforceableFrom` is then `null`. When service was not made to the debtor in person, opposition
 * stays open longer (CPC 1416 al. 2): pass the date of the first act served in person.
 * @param servedOn - the date the order was served
 * @param options - `orderDate` (required) and `region`
 * @returns the period (nominal and rolled end), `enforceableFrom`, the rule and `lapsed`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or option, or an order dated after
 * its service (path `options.orderDate`).
 * @example
 * ```ts
 * injonctionEnforceableFrom('2026-10-15', { orderDate: '2026-09-10' }).enforceableFrom;
 * //=> '2026-12-16' (2 months after service, décret 2026-96)
 * injonctionEnforceableFrom('2026-03-10', { orderDate: '2026-02-20' }).enforceableFrom;
 * //=> '2026-04-11' (the opposition month has passed)
 * ```
 * @category Limitation
 */
export function injonctionEnforceableFrom(
  servedOn: string,
  options: InjonctionEnforcementOptions,
): InjonctionEnforcement {
  const o = parseOrThrow(EnforcementOptionsSchema(), options, 'options', ['options']);
  const served = parseOrThrow(PlainDateSchema, servedOn, 'servedOn', ['servedOn']);
  if (o.orderDate > served)
    invalidInput(`the order (${o.orderDate}) cannot be dated after its service (${served})`, [
      'options',
      'orderDate',
    ]);
  const months = lawNumberOn('injonction-enforcement-after-service-months', o.orderDate);
  const lapsed = served > injonctionServiceLastDay(o.orderDate);
  const rule = months === undefined ? 'opposition-period' : 'no-opposition-notice';
  const d = build(
    'enforcement-without-opposition',
    served,
    'servedOn',
    (s) => ({ months: months ?? lawNumber('injonction-opposition-months', s) }),
    o,
    rule === 'no-opposition-notice'
      ? 'décret 2026-96 (CPC 1411 s.)'
      : 'C. proc. civ. art. 1416, 1422',
    'applies',
    (x) =>
      lapsed
        ? limitationText('PROC_ENFORCEMENT', {
            variant: 'lapsed',
            orderDate: o.orderDate,
            servedOn: served,
            lastDay: injonctionServiceLastDay(o.orderDate),
            months: injonctionServiceMonths(o.orderDate),
            article: injonctionServiceArticle(o.orderDate),
          })
        : limitationText('PROC_ENFORCEMENT', {
            variant: rule === 'no-opposition-notice' ? 'no-notice' : 'opposition',
            deadline: x.deadline,
            months: months ?? lawNumber('injonction-opposition-months', served),
            from: addDays(x.deadline, 1),
          }),
  );
  return {
    ...d,
    orderDate: o.orderDate,
    rule,
    enforceableFrom: lapsed ? null : addDays(d.deadline, 1),
    lapsed,
  };
}

/**
 * @internal What follows the timely service of an order, as trail params: the opposition month,
 * and for an order made from 2026-09-01 the day the creditor may enforce without an opposition
 * notice (décret 2026-96); before, the order simply takes effect after the opposition month.
 */
export function enforcementParams(
  servedOn: PlainDate,
  orderDate: PlainDate,
): {
  oppositionMonths: number;
  enforceDeadline: PlainDate | null;
  enforceMonths: number | null;
  enforceFrom: PlainDate | null;
} {
  const oppositionMonths = lawNumber('injonction-opposition-months', servedOn);
  const months = lawNumberOn('injonction-enforcement-after-service-months', orderDate);
  if (months === undefined)
    return { oppositionMonths, enforceDeadline: null, enforceMonths: null, enforceFrom: null };
  const e = injonctionEnforceableFrom(servedOn, { orderDate });
  return {
    oppositionMonths,
    enforceDeadline: e.deadline,
    enforceMonths: months,
    enforceFrom: e.enforceableFrom,
  };
}
