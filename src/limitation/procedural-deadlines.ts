import * as z from 'zod/mini';
import type { FrenchRegion } from '../dates/index.js';
import {
  addDays,
  FrenchRegionSchema,
  type PlainDate,
  PlainDateSchema,
  type ProcedureDeadline,
  procedureDeadline,
} from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';

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
    | 'judgment-uplift';
  /**
   * `'applies'` when CPC 642 surely moves the deadline (a procedural deadline); `'debatable'` when it
   * is unsettled (a contractual deadline, the L313-3 uplift): then both `nominal` and `deadline` are
   * meaningful — see `explanation`.
   */
  readonly cpc642: 'applies' | 'debatable';
  /** What the deadline means and which date to rely on, in plain English. */
  readonly explanation: string;
}

/**
 * Options shared by the recovery deadlines.
 *
 * @category Limitation
 */
export interface RecoveryDeadlineOptions {
  /** The holiday calendar for CPC 642 (default `'metropolitan'`). */
  readonly region?: FrenchRegion;
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

const RegionOptionsSchema = /* @__PURE__ */ z.strictObject({
  region: z._default(FrenchRegionSchema, 'metropolitan'),
});

const InsolvencyOptionsSchema = /* @__PURE__ */ z.strictObject({
  region: z._default(FrenchRegionSchema, 'metropolitan'),
  creditorAbroad: z._default(z.boolean(), false),
});

const CPC = ['C. proc. civ. art. 641', 'C. proc. civ. art. 642'] as const;

function build(
  name: RecoveryDeadline['name'],
  start: unknown,
  startPath: string,
  period: { months: number } | { days: number },
  region: FrenchRegion,
  article: string,
  cpc642: RecoveryDeadline['cpc642'],
  explain: (d: ProcedureDeadline) => string,
): RecoveryDeadline {
  const s = parseOrThrow(PlainDateSchema, start, startPath, [startPath]);
  const d = procedureDeadline(s, period, region);
  return { ...d, articles: [article, ...CPC], name, cpc642, explanation: explain(d) };
}

/** @internal Last day to serve an injonction order (CPC 1411, rolled by CPC 642), unvalidated. */
export function injonctionServiceLastDay(orderDate: PlainDate): PlainDate {
  return procedureDeadline(orderDate, { months: 6 }).deadline;
}

/**
 * Computes the last day to serve an injonction de payer order: 6 months from the order's date.
 *
 * @remarks C. proc. civ. art. 1411: the order "est non avenue si elle n'a pas été signifiée dans les
 * six mois de sa date". Counted by CPC 641, moved to the next working day by CPC 642. An order not
 * served in time does not interrupt limitation (see {@link limitationDeadline}).
 * @param orderDate - the date of the order
 * @param options - `region` for public holidays
 * @returns the nominal and rolled deadline, and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or region.
 * @example
 * ```ts
 * injonctionServiceDeadline('2026-01-14').deadline; //=> '2026-07-15' (14 July is a holiday)
 * ```
 * @category Limitation
 */
export function injonctionServiceDeadline(
  orderDate: string,
  options: RecoveryDeadlineOptions = {},
): RecoveryDeadline {
  const o = parseOrThrow(RegionOptionsSchema, options, 'options', ['options']);
  return build(
    'injonction-service',
    orderDate,
    'orderDate',
    { months: 6 },
    o.region,
    'C. proc. civ. art. 1411',
    'applies',
    (d) =>
      `Serve the order by ${d.deadline}; otherwise it lapses (non avenue) and does not interrupt limitation.`,
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
  const o = parseOrThrow(RegionOptionsSchema, options, 'options', ['options']);
  return build(
    'opposition',
    servedOn,
    'servedOn',
    { months: 1 },
    o.region,
    'C. proc. civ. art. 1416',
    'applies',
    (d) =>
      `The debtor may oppose until ${d.deadline}; after that the order has the effects of a judgment (CPC 1422).`,
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
  const o = parseOrThrow(InsolvencyOptionsSchema, options, 'options', ['options']);
  const months = o.creditorAbroad ? 4 : 2;
  return build(
    'insolvency-claim',
    bodaccPublishedOn,
    'bodaccPublishedOn',
    { months },
    o.region,
    'C. com. R622-24',
    'applies',
    (d) =>
      `File the claim with the mandataire judiciaire by ${d.deadline} (${months} months from the BODACC publication${o.creditorAbroad ? ', creditor outside metropolitan France' : ''}).`,
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
  const o = parseOrThrow(RegionOptionsSchema, options, 'options', ['options']);
  return build(
    'forclusion-relief',
    bodaccPublishedOn,
    'bodaccPublishedOn',
    { months: 6 },
    o.region,
    'C. com. L622-26',
    'applies',
    (d) => `Ask the juge-commissaire for relief from late filing by ${d.deadline}.`,
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
  const o = parseOrThrow(RegionOptionsSchema, options, 'options', ['options']);
  return build(
    'formal-notice',
    receivedOn,
    'receivedOn',
    { days: n + 0 }, // + 0: a -0 given must not come back as -0
    o.region,
    'C. civ. 1344',
    'debatable',
    (d) =>
      d.rolled
        ? `The ${n}-day deadline ends on ${d.nominal}, a non-working day; whether CPC 642 extends it to ${d.deadline} is debatable for a contractual deadline — wait until ${d.deadline} before the next step.`
        : `The ${n}-day deadline ends on ${d.nominal}; the next step can be taken from the day after.`,
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
  const o = parseOrThrow(RegionOptionsSchema, options, 'options', ['options']);
  const d = build(
    'judgment-uplift',
    servedOn,
    'servedOn',
    { months: 2 },
    o.region,
    'C. mon. fin. L313-3',
    'debatable',
    (x) =>
      `The 2 months end on ${x.nominal}: the legal rate + 5 points applies from ${addDays(x.nominal, 1)}${x.rolled ? ` (from ${addDays(x.deadline, 1)} if CPC 642 is applied, which is debatable)` : ''}.`,
  );
  return { ...d, upliftFrom: addDays(d.nominal, 1), upliftFromIfRolled: addDays(d.deadline, 1) };
}
