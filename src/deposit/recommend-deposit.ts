import * as z from 'zod/mini';
import { type Dec, dec, toCents, toPercent, toPlain } from '../internal/decimal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import {
  type Amount,
  type MoneyInput,
  MoneyInputSchema,
  NonNegativeMoneyInputSchema,
} from '../money/internal.js';
import { type Locale, renderMessage } from '../text/internal.js';
import {
  type AppliedDepositRule,
  computeDepositChecked,
  type DepositRuleInput,
  parseRule,
} from './deposit-rule.js';
import { ShareInputSchema } from './percent.js';
import { depositCatalogues } from './text.catalogues.js';
import type { DepositMessage, DepositMessages } from './text.js';

/**
 * The catalogue codes of the labels of {@link DepositReason}s.
 *
 * @category Deposit
 */
export type DepositReasonLabelCode = keyof DepositMessages & `REASON_${string}`;

/**
 * Schema of the payer history {@link recommendDeposit} takes into account. It is structural: the
 * payer profile computed by the follow-up (portfolio) module fits as is, and extra fields are
 * ignored.
 *
 * - `averageDaysLate`: average days late of the client's past invoices (negative or zero = on time);
 * - `lateShare`: share of invoices paid late, between 0 and 1 (`0.25` = a quarter);
 * - `grade`: a payer grade from `'A'` (good) to `'D'` (bad);
 * - `flags`: risk flags such as `'chronic_late_payer'` or `'over_credit_limit'`.
 *
 * `null` is accepted for any field and means "unknown".
 *
 * @category Deposit
 */
export const DepositPayerProfileInputSchema = /* @__PURE__ */ z.object({
  averageDaysLate: z.optional(z.nullable(MoneyInputSchema)),
  lateShare: z.optional(z.nullable(ShareInputSchema)),
  grade: z.optional(z.nullable(z.enum(['A', 'B', 'C', 'D']))),
  flags: z.optional(z.nullable(z.array(z.string()))),
});

/**
 * A client's payer history as {@link recommendDeposit} reads it; see
 * {@link DepositPayerProfileInputSchema}.
 *
 * @category Deposit
 */
export interface DepositPayerProfileInput {
  /** Average days late of past invoices; zero or negative means on time. */
  readonly averageDaysLate?: MoneyInput | null;
  /** Share of invoices paid late, 0 to 1. */
  readonly lateShare?: MoneyInput | null;
  /** Payer grade, `'A'` (good) to `'D'` (bad). */
  readonly grade?: 'A' | 'B' | 'C' | 'D' | null;
  /** Risk flags. */
  readonly flags?: ReadonlyArray<string> | null;
}

/**
 * Schema of the request to {@link recommendDeposit}.
 *
 * - `orderTotalInclVat`: the order total incl. VAT, zero or more, in cents;
 * - `newClient`: first order from this client (default `false`);
 * - `urgent`: the client asks for very urgent work (default `false`);
 * - `payerProfile`: the client's payer history, when known;
 * - `largeOrderThreshold`: from which total incl. VAT an order counts as large (default 10 000 €).
 *
 * @category Deposit
 */
export const RecommendDepositRequestSchema = /* @__PURE__ */ z.strictObject({
  orderTotalInclVat: NonNegativeMoneyInputSchema,
  newClient: z.optional(z.boolean()),
  urgent: z.optional(z.boolean()),
  payerProfile: z.optional(z.nullable(DepositPayerProfileInputSchema)),
  largeOrderThreshold: z.optional(NonNegativeMoneyInputSchema),
});

/**
 * The request to {@link recommendDeposit}; see {@link RecommendDepositRequestSchema}.
 *
 * @category Deposit
 */
export interface RecommendDepositRequest {
  /** The order total incl. VAT, in cents. */
  readonly orderTotalInclVat: MoneyInput;
  /** First order from this client. */
  readonly newClient?: boolean;
  /** The client asks for very urgent work. */
  readonly urgent?: boolean;
  /** The client's payer history (e.g. the portfolio module's payer profile), when known. */
  readonly payerProfile?: DepositPayerProfileInput | null;
  /** From which total incl. VAT an order counts as large; 10 000 € by default. */
  readonly largeOrderThreshold?: MoneyInput;
}

/**
 * The codes of the reasons behind a recommended deposit.
 *
 * @category Deposit
 */
export type DepositReasonCode =
  | 'RULE_MINIMUM'
  | 'NEW_CLIENT'
  | 'URGENT_ORDER'
  | 'LARGE_ORDER'
  | 'PAYER_DAYS_LATE'
  | 'PAYER_LATE_SHARE'
  | 'PAYER_GRADE'
  | 'PAYER_FLAGS'
  | 'GOOD_PAYER'
  | 'CAPPED_AT_MAXIMUM';

/**
 * One reason behind a recommended deposit, with the percentage points it adds.
 *
 * @category Deposit
 */
export interface DepositReason {
  /** Stable code to match on. */
  readonly code: DepositReasonCode;
  /** A label to show, in French and English. */
  readonly label: { readonly fr: string; readonly en: string };
  /** The label in the requested locale (`message`), with its `code` and `params`. */
  readonly labelMessage: DepositMessage<DepositReasonLabelCode>;
  /**
   * Percentage points this reason adds, as a canonical string (`'10.00'`). The base
   * (`RULE_MINIMUM`) carries the rule's minimum, `CAPPED_AT_MAXIMUM` a negative figure, and
   * `GOOD_PAYER` zero: the points of all reasons add up to the recommended percent.
   */
  readonly points: string;
}

/**
 * The result of {@link recommendDeposit}.
 *
 * @category Deposit
 */
export interface RecommendDepositResult {
  /** The recommended percent, within the rule (`'45.00'`). */
  readonly percent: string;
  /** The deposit incl. VAT at that percent, rounded half-up to the cent. */
  readonly amount: Amount;
  /** The percent before capping at the rule's maximum. */
  readonly uncappedPercent: string;
  /** Why: the base and each risk factor found, in a fixed order. */
  readonly reasons: ReadonlyArray<DepositReason>;
  /** The order total incl. VAT. */
  readonly orderTotalInclVat: Amount;
  /** The rule applied. */
  readonly rule: AppliedDepositRule;
}

/**
 * The points {@link recommendDeposit} adds to the rule's minimum for each risk factor
 * (percentage points). Tiers are inclusive lower bounds: the highest tier reached counts.
 *
 * @category Deposit
 */
export const depositRiskPoints = /* @__PURE__ */ Object.freeze({
  /** First order from this client. */
  newClient: 10,
  /** Very urgent order ("de façon très urgente", seed 001). */
  urgent: 5,
  /** Order total incl. VAT at or above `largeOrderThreshold` ("une grosse commande", seed 001). */
  largeOrder: 5,
  /** Average days late: at least 15, 30, 60 days. */
  averageDaysLate: Object.freeze([
    Object.freeze({ from: 15, points: 5 }),
    Object.freeze({ from: 30, points: 10 }),
    Object.freeze({ from: 60, points: 15 }),
  ]),
  /** Share of invoices paid late: at least 25 %, 50 %. */
  lateShare: Object.freeze([
    Object.freeze({ from: 0.25, points: 5 }),
    Object.freeze({ from: 0.5, points: 10 }),
  ]),
  /** Payer grade. */
  grade: Object.freeze({ A: 0, B: 5, C: 10, D: 20 }),
  /** Per risk flag, up to `flagsMax`. */
  perFlag: 5,
  /** Most points the flags add together. */
  flagsMax: 10,
});

/** The default large-order threshold, 10 000 € incl. VAT. */
const DEFAULT_LARGE_ORDER = '10000';

function tier(value: Dec, tiers: ReadonlyArray<{ from: number; points: number }>): number {
  let points = 0;
  for (const t of tiers) if (value.gte(t.from)) points = t.points;
  return points;
}

/** A figure for a label, up to 2 decimals: `'30'`, `'29.5'` (the catalogues localise it). */
function num(value: Dec): string {
  return toPlain(value.toDecimalPlaces(2));
}

/** The catalogue code of each reason's label. */
type LabelCode<C extends DepositReasonCode> = `REASON_${C}`;

/** A reason with its label in both languages and in `locale`. */
function reason<C extends DepositReasonCode>(
  code: C,
  params: DepositMessages[LabelCode<C>],
  points: Dec,
  locale: Locale,
): DepositReason {
  const labelCode = `REASON_${code}` as LabelCode<C>;
  return {
    code,
    label: {
      fr: depositCatalogues.fr[labelCode](params as never),
      en: depositCatalogues.en[labelCode](params as never),
    },
    labelMessage: renderMessage(depositCatalogues, locale, labelCode, params) as DepositMessage<
      LabelCode<C>
    >,
    points: toPercent(points),
  };
}

/** A risk factor's reason, or none when it adds no points. */
function factor<C extends DepositReasonCode>(
  code: C,
  params: DepositMessages[LabelCode<C>],
  points: number,
  locale: Locale,
): DepositReason[] {
  return points === 0 ? [] : [reason(code, params, dec(points), locale)];
}

type Request = z.infer<typeof RecommendDepositRequestSchema>;

/** @internal Step: the order's own risk factors (new client, urgency, size). */
export function orderReasons(r: Request, locale: Locale = 'fr'): DepositReason[] {
  const P = depositRiskPoints;
  const threshold = dec(r.largeOrderThreshold ?? DEFAULT_LARGE_ORDER);
  return [
    ...(r.newClient === true ? factor('NEW_CLIENT', {}, P.newClient, locale) : []),
    ...(r.urgent === true ? factor('URGENT_ORDER', {}, P.urgent, locale) : []),
    ...(dec(r.orderTotalInclVat).gte(threshold)
      ? factor('LARGE_ORDER', { threshold: toCents(threshold) }, P.largeOrder, locale)
      : []),
  ];
}

/** @internal Step: the payer profile's factors; a profile adding nothing is a good payer. */
export function payerReasons(
  profile: NonNullable<Request['payerProfile']>,
  locale: Locale = 'fr',
): DepositReason[] {
  const P = depositRiskPoints;
  const reasons: DepositReason[] = [];
  if (profile.averageDaysLate !== undefined && profile.averageDaysLate !== null) {
    const days = dec(profile.averageDaysLate);
    reasons.push(
      ...factor('PAYER_DAYS_LATE', { days: num(days) }, tier(days, P.averageDaysLate), locale),
    );
  }
  if (profile.lateShare !== undefined && profile.lateShare !== null) {
    const share = dec(profile.lateShare);
    const pct = share.times(100);
    reasons.push(
      ...factor('PAYER_LATE_SHARE', { percent: num(pct) }, tier(share, P.lateShare), locale),
    );
  }
  if (profile.grade !== undefined && profile.grade !== null)
    reasons.push(
      ...factor('PAYER_GRADE', { grade: profile.grade }, P.grade[profile.grade], locale),
    );
  const flags = profile.flags ?? [];
  if (flags.length > 0)
    reasons.push(
      ...factor(
        'PAYER_FLAGS',
        { flags: [...flags] },
        Math.min(P.flagsMax, P.perFlag * flags.length),
        locale,
      ),
    );
  return reasons.length > 0 ? reasons : [reason('GOOD_PAYER', {}, dec(0), locale)];
}

/**
 * Recommends a deposit percent for an order from its risk factors, within the deposit rule.
 *
 * @remarks Practice, not law: the seed articles (001, 004) advise 30–50 % at order, more for a
 * large order ("une grosse commande"), a very urgent one ("de façon très urgente") or a new client.
 * The scoring is additive, starting from the rule's `minPercent` and adding the
 * {@link depositRiskPoints}:
 *
 * | factor | points |
 * |---|---|
 * | new client | +10 |
 * | urgent order | +5 |
 * | order total ≥ `largeOrderThreshold` (default 10 000 €) | +5 |
 * | average days late ≥ 15 / 30 / 60 | +5 / +10 / +15 |
 * | share paid late ≥ 25 % / 50 % | +5 / +10 |
 * | grade A / B / C / D | 0 / +5 / +10 / +20 |
 * | risk flags | +5 each, at most +10 |
 *
 * The sum is capped at the rule's `maxPercent` (reason `CAPPED_AT_MAXIMUM`). Every factor only ever
 * adds points, so more risk never lowers the deposit. A payer profile that adds nothing yields a
 * `GOOD_PAYER` reason worth 0 points.
 * @param request - the order total and risk factors; see {@link RecommendDepositRequestSchema}
 * @param rule - the accepted range; {@link defaultDepositRule} (30–50 %) by default
 * @param options - `locale` of the reason labels' `labelMessage`: `'fr'` (default) or `'en'`
 * @returns the percent, the amount and the reasons, whose points add up to the percent
 * @throws {@link ImpayesError} `INVALID_INPUT` with the path of each malformed field;
 * `INVALID_POLICY` for a rule whose minimum is above its maximum.
 * @example
 * ```ts
 * recommendDeposit({ orderTotalInclVat: '10000', newClient: true }).percent; //=> '45.00'
 * recommendDeposit({ orderTotalInclVat: '10000', payerProfile: { grade: 'A' } }).percent; //=> '35.00'
 * ```
 * @category Deposit
 */
export function recommendDeposit(
  request: RecommendDepositRequest,
  rule?: DepositRuleInput,
  options?: TextOptions,
): RecommendDepositResult {
  const r = parseOrThrow(RecommendDepositRequestSchema, request, 'deposit request');
  const checked = parseRule(rule, ['rule']);
  const locale = localeOf(options);
  const total = dec(r.orderTotalInclVat);
  const reasons: DepositReason[] = [
    reason('RULE_MINIMUM', { percent: num(checked.min) }, checked.min, locale),
    ...orderReasons(r, locale),
    ...(r.payerProfile === undefined || r.payerProfile === null
      ? []
      : payerReasons(r.payerProfile, locale)),
  ];
  // The minimum itself may have more decimals than its reason shows; the factors are whole points.
  const uncapped = reasons.slice(1).reduce((sum, x) => sum.plus(dec(x.points)), checked.min);
  const capped = uncapped.gt(checked.max);
  const percent = capped ? checked.max : uncapped;
  if (capped)
    reasons.push(
      reason(
        'CAPPED_AT_MAXIMUM',
        { percent: num(checked.max) },
        checked.max.minus(uncapped),
        locale,
      ),
    );
  const deposit = computeDepositChecked(total, percent, checked);
  return {
    percent: deposit.percent,
    amount: deposit.amount,
    uncappedPercent: toPercent(uncapped),
    reasons,
    orderTotalInclVat: deposit.orderTotalInclVat,
    rule: { ...checked.applied },
  };
}
