import * as z from 'zod/mini';
import { type HalfYear, halfYearOf, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { type Dec, dec, toPercent } from '../internal/decimal.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import {
  type LegalRateCategory,
  type RateLookupOptions,
  type RatesOption,
  type RateTable,
  resolveRates,
  rowOn,
  rowRate,
} from '../rates/internal.js';
import { type LatePenaltyClause, LatePenaltyClauseSchema } from '../terms/internal.js';
import { type Locale, LocaleSchema } from '../text/internal.js';
import { type PenaltyRegime, regimeOf } from './regime.js';
import type { PenaltiesMessage, PenaltiesMessages } from './text.js';
import { type PenaltyWarning, penaltyFinding, penaltyText, relocalised } from './warning.js';

/**
 * The rule that produced a rate, as a stable id:
 *
 * - `'statutory-ecb-plus-10'`: B2B default, ECB reference rate of the half-year + 10 points
 *   (C. com. L441-10 II);
 * - `'contract-fixed'`, `'contract-ecb-plus'`, `'contract-legal-rate-multiple'`: the contractual
 *   clause;
 * - `'contract-floor'`: a contractual rate raised to 3 × the legal rate (option
 *   `onBelowFloor: 'apply-floor'`);
 * - `'legal-rate'`: the legal interest rate (C. civ. 1231-6, 1344-1; CMF L313-2);
 * - `'legal-rate-judgment-uplift'`: the legal rate + 5 points, two months after the judgment was
 *   served (CMF L313-3);
 * - `'public-ecb-plus-8'`: public buyers, ECB rate of the half-year in which interest started + 8
 *   points (CCP R2192-31).
 *
 * @category Penalties
 */
export type PenaltyRule =
  | 'statutory-ecb-plus-10'
  | 'contract-fixed'
  | 'contract-ecb-plus'
  | 'contract-legal-rate-multiple'
  | 'contract-floor'
  | 'legal-rate'
  | 'legal-rate-judgment-uplift'
  | 'public-ecb-plus-8';

const ARTICLE_B2B = 'C. com. L441-10 II';
const ARTICLE_LEGAL = 'C. civ. 1231-6, 1344-1; CMF L313-2';
const ARTICLE_UPLIFT = 'CMF L313-3';
const ARTICLE_PUBLIC = 'CCP L2192-13, R2192-31';
const ARTICLE_CLAUSE_CIVIL = 'C. civ. 1231-5, 1344-1';

/** @internal The statutory margin of a regime on `date`, in points (law parameter data). */
export function marginPoints(regime: PenaltyRegime, date: PlainDate): number {
  return lawNumber(
    regime === 'public-procurement' ? 'public-interest-margin-points' : 'b2b-penalty-margin-points',
    date,
  );
}

/** @internal A rate resolved for a half-year, with what the statement shows. */
export interface ResolvedRate {
  readonly rate: Dec;
  readonly ratePercent: string;
  readonly rule: PenaltyRule;
  readonly article: string;
  /** How the rate was obtained, rendered in French (re-rendered by the public functions). */
  readonly explanation: PenaltiesMessage<RateExplanationCode>;
}

/**
 * The codes of the explanations of a late-payment rate (`RATE_LEGAL`, `RATE_ECB_PLUS`, …).
 *
 * @category Penalties
 */
export type RateExplanationCode = keyof PenaltiesMessages & `RATE_${string}`;

/** @internal Everything the rate of a day depends on, resolved once per call. */
export interface RateSetup {
  readonly regime: PenaltyRegime;
  readonly clause: LatePenaltyClause;
  readonly table: RateTable;
  readonly category: LegalRateCategory;
  readonly onBelowFloor: 'warn' | 'apply-floor';
}

const pct = toPercent;

/**
 * @internal The floor of a contractual B2B rate for the half-year starting `firstDay`: the
 * multiple (3, C. com. L441-10 II) × the legal rate "other cases".
 */
export function floorFor(
  table: RateTable,
  firstDay: PlainDate,
): { floor: Dec; legal: string; multiple: number } {
  const row = rowOn(table.legalOther, firstDay);
  const multiple = lawNumber('contract-rate-floor-multiple', firstDay);
  return { floor: rowRate(row).times(multiple), legal: row.ratePercent, multiple };
}

/** The statutory rate of the regime for the half-year whose first day is `ref`. */
function statutoryRate(setup: RateSetup, ref: PlainDate): ResolvedRate {
  const { regime, table } = setup;
  if (regime === 'legal-interest') {
    const series = setup.category === 'other' ? table.legalOther : table.legalConsumerCreditor;
    const row = rowOn(series, ref);
    const r = row.ratePercent;
    return {
      rate: rowRate(row),
      ratePercent: r,
      rule: 'legal-rate',
      article: ARTICLE_LEGAL,
      explanation: penaltyText('RATE_LEGAL', {
        category: setup.category === 'other' ? 'other' : 'natural-person',
        halfYear: halfYearOf(ref).id,
        ratePercent: r,
      }),
    };
  }
  const ecbRow = rowOn(table.ecb, ref);
  const ecb = ecbRow.ratePercent;
  const plus = marginPoints(regime, ref);
  const rate = rowRate(ecbRow).plus(plus);
  return {
    rate,
    ratePercent: pct(rate),
    rule: regime === 'public-procurement' ? 'public-ecb-plus-8' : 'statutory-ecb-plus-10',
    article: regime === 'public-procurement' ? ARTICLE_PUBLIC : ARTICLE_B2B,
    explanation: penaltyText('RATE_ECB_PLUS', {
      ref,
      ecbPercent: ecb,
      points: plus,
      ratePercent: pct(rate),
    }),
  };
}

/**
 * @internal The rate a clause gives for the half-year whose first day is `ref` (the reference
 * half-year: the days' own half-year, or the first late day's for a fixed-at-start mode), before
 * any floor and uplift. Throws RATE_UNKNOWN when a needed rate is unknown.
 */
export function baseRate(setup: RateSetup, ref: PlainDate): ResolvedRate {
  const { clause, regime, table } = setup;
  const clauseArticle = regime === 'legal-interest' ? ARTICLE_CLAUSE_CIVIL : ARTICLE_B2B;
  switch (clause.type) {
    case 'statutory':
      return statutoryRate(setup, ref);
    case 'fixed': {
      const rate = dec(clause.ratePercent);
      return {
        rate,
        ratePercent: pct(rate),
        rule: 'contract-fixed',
        article: clauseArticle,
        explanation: penaltyText('RATE_CONTRACT_FIXED', { ratePercent: pct(rate) }),
      };
    }
    case 'ecb-plus': {
      const ecbRow = rowOn(table.ecb, ref);
      const ecb = ecbRow.ratePercent;
      const points = dec(clause.points);
      const rate = rowRate(ecbRow).plus(points);
      return {
        rate,
        ratePercent: pct(rate),
        rule: 'contract-ecb-plus',
        article: clauseArticle,
        explanation: penaltyText('RATE_CONTRACT_ECB', {
          ref,
          ecbPercent: ecb,
          points: points.toFixed(),
          ratePercent: pct(rate),
        }),
      };
    }
    case 'legal-rate-multiple': {
      const legalRow = rowOn(table.legalOther, ref);
      const legal = legalRow.ratePercent;
      const multiple = dec(clause.multiple);
      const rate = rowRate(legalRow).times(multiple);
      return {
        rate,
        ratePercent: pct(rate),
        rule: 'contract-legal-rate-multiple',
        article: clauseArticle,
        explanation: penaltyText('RATE_CONTRACT_MULTIPLE', {
          multiple: multiple.toFixed(),
          halfYear: halfYearOf(ref).id,
          legalPercent: legal,
          ratePercent: pct(rate),
        }),
      };
    }
  }
}

/** The legal rate the uplift raises (its category and half-year, from its explanation). */
function upliftBase(r: ResolvedRate): { category: 'other' | 'natural-person'; halfYear: string } {
  const e = r.explanation;
  if (e.code === 'RATE_LEGAL') {
    const p = e.params as PenaltiesMessages['RATE_LEGAL'];
    return { category: p.category, halfYear: p.halfYear };
  }
  return { category: 'other', halfYear: '' };
}

/** @internal Adds the CMF L313-3 uplift (5 points) in force on `date` to a legal rate. */
export function withUplift(r: ResolvedRate, date: PlainDate): ResolvedRate {
  const points = lawNumber('judgment-uplift-points', date);
  const rate = r.rate.plus(points);
  return {
    rate,
    ratePercent: pct(rate),
    rule: 'legal-rate-judgment-uplift',
    article: ARTICLE_UPLIFT,
    explanation: penaltyText('RATE_JUDGMENT_UPLIFT', {
      ...upliftBase(r),
      basePercent: r.ratePercent,
      points,
      ratePercent: pct(rate),
    }),
  };
}

/**
 * @internal Checks a B2B rate against the floor of the half-year starting `firstDay`: returns the
 * rate to use and the finding, if any. Contract rates below the floor give
 * `CONTRACT_RATE_BELOW_FLOOR` (or the floor, with `apply-floor`); the statutory default below the
 * floor (2024) gives the information `STATUTORY_RATE_BELOW_FLOOR` and is kept. An unknown floor
 * is a `RATE_UNKNOWN` finding for a contract rate (nothing for the default), unless the floor is
 * to be applied, which needs it (then it throws).
 */
export function checkFloor(
  setup: RateSetup,
  r: ResolvedRate,
  hy: HalfYear,
): { rate: ResolvedRate; warning?: PenaltyWarning } {
  const halfYear = hy.id;
  const firstDay = hy.firstDay;
  const statutory = setup.clause.type === 'statutory';
  let floor: { floor: Dec; legal: string; multiple: number };
  try {
    floor = floorFor(setup.table, firstDay);
  } catch (error) {
    if (statutory) return { rate: r };
    if (setup.onBelowFloor === 'apply-floor') throw error;
    return {
      rate: r,
      warning: penaltyFinding(
        'warning',
        ARTICLE_B2B,
        'RATE_UNKNOWN',
        {
          scope: 'floor',
          halfYear,
          ratePercent: r.ratePercent,
          multiple: lawNumber('contract-rate-floor-multiple', firstDay),
        },
        { halfYear },
      ),
    };
  }
  if (r.rate.gte(floor.floor)) return { rate: r };
  const floorPercent = pct(floor.floor);
  if (statutory) {
    return {
      rate: r,
      warning: penaltyFinding(
        'info',
        ARTICLE_B2B,
        'STATUTORY_RATE_BELOW_FLOOR',
        {
          halfYear,
          ratePercent: r.ratePercent,
          points: marginPoints('b2b-l441-10', firstDay),
          multiple: floor.multiple,
          legalPercent: floor.legal,
          floorPercent,
        },
        { halfYear },
      ),
    };
  }
  if (setup.onBelowFloor === 'apply-floor') {
    return {
      rate: {
        rate: floor.floor,
        ratePercent: floorPercent,
        rule: 'contract-floor',
        article: ARTICLE_B2B,
        explanation: penaltyText('RATE_CONTRACT_FLOOR', {
          contractPercent: r.ratePercent,
          multiple: floor.multiple,
          legalPercent: floor.legal,
          ratePercent: floorPercent,
        }),
      },
      warning: belowFloor(halfYear, r.ratePercent, floor, floorPercent, true),
    };
  }
  return {
    rate: r,
    warning: belowFloor(halfYear, r.ratePercent, floor, floorPercent, false),
  };
}

/** The finding of a contractual rate below the floor (raised to it when `applied`). */
function belowFloor(
  halfYear: string,
  ratePercent: string,
  floor: { readonly legal: string; readonly multiple: number },
  floorPercent: string,
  applied: boolean,
): PenaltyWarning {
  return penaltyFinding(
    'warning',
    ARTICLE_B2B,
    'CONTRACT_RATE_BELOW_FLOOR',
    {
      halfYear,
      ratePercent,
      multiple: floor.multiple,
      legalPercent: floor.legal,
      floorPercent,
      applied,
    },
    { halfYear },
  );
}

/** @internal Accepts a built rate table or raw overrides (checked by `resolveRates`). */
export const RatesOptionSchema = /* @__PURE__ */ z.custom<RatesOption>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
);

const LegalRateCategoryInputSchema = /* @__PURE__ */ z.enum(['other', 'consumer-creditor']);

/**
 * Schema of the options of {@link latePenaltyRate}.
 *
 * @category Penalties
 */
export const LatePenaltyRateOptionsSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorKindSchema,
  clause: z.optional(LatePenaltyClauseSchema),
  interestStartedOn: z.optional(PlainDateSchema),
  judgmentUplift: z.optional(z.boolean()),
  legalRateCategory: z.optional(LegalRateCategoryInputSchema),
  onBelowFloor: z.optional(z.enum(['warn', 'apply-floor'])),
  rates: z.optional(RatesOptionSchema),
  locale: z.optional(LocaleSchema),
});

/**
 * Options of {@link latePenaltyRate}; see {@link LatePenaltyRateOptionsSchema}.
 *
 * @category Penalties
 */
export interface LatePenaltyRateOptions {
  /** The kind of debtor, which chooses the regime. */
  readonly debtor: z.input<typeof DebtorKindSchema>;
  /** The contractual clause; `{ type: 'statutory' }` by default. */
  readonly clause?: z.input<typeof LatePenaltyClauseSchema>;
  /**
   * The first day interest ran. Public buyers (CCP R2192-31) keep the rate of that day's
   * half-year for the whole delay; by default the day asked about is taken as that first day.
   */
  readonly interestStartedOn?: string;
  /** Adds the 5 points of CMF L313-3 (legal-interest regime only). */
  readonly judgmentUplift?: boolean;
  /** Which legal rate (CMF L313-2): `'other'` (default: a business creditor) or `'consumer-creditor'`. */
  readonly legalRateCategory?: LegalRateCategory;
  /** `'warn'` (default) or `'apply-floor'` for a contractual rate below 3 × the legal rate. */
  readonly onBelowFloor?: 'warn' | 'apply-floor';
  /** A rate table from `createRateTable`, or raw overrides. */
  readonly rates?: RatesOption;
  /** The locale of the explanation and findings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * The late-payment rate of one day, with the rule that produced it.
 *
 * @category Penalties
 */
export interface LatePenaltyRateResult {
  /** The day asked about. */
  readonly date: PlainDate;
  /** Its half-year, e.g. `'2025-H1'`. */
  readonly halfYear: string;
  /** The regime chosen by the debtor kind. */
  readonly regime: PenaltyRegime;
  /** The annual rate in percent, e.g. `'13.15'`. */
  readonly ratePercent: string;
  /** The rule applied. */
  readonly rule: PenaltyRule;
  /** The legal basis. */
  readonly article: string;
  /** How the rate was obtained, in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: PenaltiesMessage<RateExplanationCode>;
  /** The contractual floor 3 × legal rate for B2B (`null` for the other regimes or when unknown). */
  readonly floorPercent: string | null;
  /** Findings (a rate below the floor, an ignored clause or uplift). */
  readonly warnings: ReadonlyArray<PenaltyWarning>;
}

/**
 * Returns the late-payment rate that applies on one day, for a kind of debtor and a clause.
 *
 * @remarks
 * - B2B (C. com. L441-10 II): by default the ECB rate in force on 1 January (January–June) or
 *   1 July (July–December) + 10 points; a clause may set another rate, but not below 3 × the legal
 *   rate "other cases" of the half-year (finding `CONTRACT_RATE_BELOW_FLOOR`, or the floor with
 *   `onBelowFloor: 'apply-floor'`). When the default itself is below the floor (2024), it still
 *   applies (information `STATUTORY_RATE_BELOW_FLOOR`).
 * - Consumers and non-professionals (C. civ. 1231-6; CMF L313-2): the legal rate of the half-year,
 *   + 5 points with `judgmentUplift` (CMF L313-3).
 * - Public buyers (CCP R2192-31): the ECB rate on the first day of the half-year in which interest
 *   started (`interestStartedOn`, default the day itself) + 8 points.
 * @param date - the day
 * @param options - the debtor kind, clause, rates; see {@link LatePenaltyRateOptions}
 * @returns the rate with its rule, article and findings
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or option; `RATE_UNKNOWN` when a
 * needed rate is not in the table (e.g. the legal rate after 2026-06-30).
 * @example
 * ```ts
 * latePenaltyRate('2025-03-10', { debtor: 'professional' }).ratePercent; //=> '13.15'
 * latePenaltyRate('2024-10-01', { debtor: 'professional' }).ratePercent; //=> '14.25' (not 13.65)
 * latePenaltyRate('2025-03-10', { debtor: 'consumer' }).ratePercent;     //=> '3.71'
 * latePenaltyRate('2025-03-10', { debtor: 'public' }).ratePercent;       //=> '11.15'
 * ```
 * @category Penalties
 */
export function latePenaltyRate(
  date: string,
  options: LatePenaltyRateOptions,
): LatePenaltyRateResult {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  const o = parseOrThrow(LatePenaltyRateOptionsSchema, options, 'options');
  const regime = regimeOf(o.debtor);
  const warnings: PenaltyWarning[] = [];
  let clause: LatePenaltyClause = o.clause ?? { type: 'statutory' };
  if (regime === 'public-procurement' && clause.type !== 'statutory') {
    warnings.push(clauseIgnored(d));
    clause = { type: 'statutory' };
  }
  const setup: RateSetup = {
    regime,
    clause,
    table: resolveRates(o.rates),
    category: o.legalRateCategory ?? 'other',
    onBelowFloor: o.onBelowFloor ?? 'warn',
  };
  const hy = halfYearOf(d);
  const ref =
    regime === 'public-procurement' ? halfYearOf(o.interestStartedOn ?? d).firstDay : hy.firstDay;
  let r = baseRate(setup, ref);
  let floorPercent: string | null = null;
  if (regime === 'b2b-l441-10') {
    const checked = checkFloor(setup, r, hy);
    r = checked.rate;
    if (checked.warning) warnings.push(checked.warning);
    try {
      floorPercent = pct(floorFor(setup.table, hy.firstDay).floor);
    } catch {
      floorPercent = null;
    }
  }
  if (o.judgmentUplift === true) {
    if (regime === 'legal-interest' && clause.type === 'statutory') r = withUplift(r, d);
    else warnings.push(upliftNotApplied(regime, d));
  }
  const locale = o.locale ?? 'fr';
  const explanation = relocalised(r.explanation, locale);
  return {
    date: d,
    halfYear: hy.id,
    regime,
    ratePercent: r.ratePercent,
    rule: r.rule,
    article: r.article,
    explanation: explanation.message,
    explanationMessage: explanation,
    floorPercent,
    warnings: warnings.map((w) => relocalised({ ...w, params: { ...w.params } }, locale)),
  };
}

/** @internal The finding for a clause given for a public buyer. */
export function clauseIgnored(date: PlainDate): PenaltyWarning {
  return penaltyFinding('warning', 'CCP L2192-14, R2192-31', 'CLAUSE_IGNORED', {
    points: marginPoints('public-procurement', date),
  });
}

/** @internal The finding for a judgment uplift that does not apply. */
export function upliftNotApplied(regime: PenaltyRegime, servedOn: PlainDate): PenaltyWarning {
  const points = lawNumber('judgment-uplift-points', servedOn);
  return penaltyFinding('warning', ARTICLE_UPLIFT, 'JUDGMENT_UPLIFT_NOT_APPLIED', {
    points,
    regime,
  });
}

/**
 * The floor of contractual B2B rates for the half-year of a date.
 *
 * @category Penalties
 */
export interface ContractualRateFloor {
  /** The day asked about. */
  readonly date: PlainDate;
  /** Its half-year, e.g. `'2024-H1'`. */
  readonly halfYear: string;
  /** The floor in percent, e.g. `'15.21'`. */
  readonly ratePercent: string;
  /** The legal interest rate "other cases" of the half-year, e.g. `'5.07'`. */
  readonly legalRatePercent: string;
  /** The multiple of the legal rate, `'3'` (law parameter `contract-rate-floor-multiple`). */
  readonly multiple: string;
  /** The legal basis. */
  readonly article: string;
}

const FloorOptionsSchema = /* @__PURE__ */ z.strictObject({
  rates: z.optional(RatesOptionSchema),
});

/**
 * Returns the lowest contractual late-payment rate allowed between businesses for the half-year
 * of a date: 3 × the legal interest rate "other cases" of that half-year.
 *
 * @remarks C. com. L441-10 II: a clause "ne peut toutefois fixer un taux inférieur à trois fois le
 * taux d'intérêt légal"; the legal rate is the CMF L313-2 rate for all cases other than a
 * natural-person creditor. In 2024 the floor (15.21 %, then 14.76 %) exceeded the default ECB + 10
 * (14.50 %, 14.25 %). Wrong figures seen in public pages: "6.06 %" for 2024.
 * @param date - any day of the half-year
 * @param options - `rates` to extend the built-in table (2026 H2 is not built in)
 * @returns the floor and its components
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date; `RATE_UNKNOWN` when the legal rate
 * of the half-year is unknown.
 * @example
 * ```ts
 * contractualRateFloor('2024-03-01').ratePercent; //=> '15.21'
 * contractualRateFloor('2024-09-01').ratePercent; //=> '14.76'
 * contractualRateFloor('2026-02-01').ratePercent; //=> '7.86'
 * ```
 * @category Penalties
 */
export function contractualRateFloor(
  date: string,
  options: RateLookupOptions = {},
): ContractualRateFloor {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  const o = parseOrThrow(FloorOptionsSchema, options, 'options');
  const hy = halfYearOf(d);
  const { floor, legal, multiple } = floorFor(resolveRates(o.rates), hy.firstDay);
  return {
    date: d,
    halfYear: hy.id,
    ratePercent: pct(floor),
    legalRatePercent: legal,
    multiple: String(multiple),
    article: ARTICLE_B2B,
  };
}
