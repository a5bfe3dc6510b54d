import * as z from 'zod/mini';
import { ImpayesError } from '../errors/internal.js';
import { type Dec, dec, HUNDRED, roundCents, toCents, toPercent } from '../internal/decimal.js';
import { parseOrThrow } from '../internal/validate.js';
import {
  type Amount,
  type MoneyInput,
  NonNegativeDecimalInputSchema,
  NonNegativeMoneyInputSchema,
} from '../money/internal.js';
import { PercentInputSchema } from './percent.js';

/**
 * Schema of a deposit rule: the range of deposit percentages a business accepts, and how the
 * amount is rounded.
 *
 * - `minPercent`, `maxPercent`: percents of the order total incl. VAT, each between 0 and 100
 *   (`INVALID_INPUT` otherwise); `minPercent` above `maxPercent` is a contradictory rule, refused
 *   with `INVALID_POLICY` by the functions that take a rule;
 * - `rounding`: `'cent'` (the only mode, and the default): the amount is rounded half away from zero
 *   to the cent.
 *
 * @remarks The 30–50 % range of {@link defaultDepositRule} is commercial practice (seed articles
 * 001 and 004: "30 à 50 % à la commande est une bonne pratique"), not law: no statute caps or
 * requires a deposit in general (sector rules such as CCMI or VEFA are out of scope).
 * @category Deposit
 */
export const DepositRuleSchema = /* @__PURE__ */ z.strictObject({
  minPercent: PercentInputSchema,
  maxPercent: PercentInputSchema,
  rounding: z.optional(z.literal('cent')),
});

/**
 * A deposit rule; see {@link DepositRuleSchema}.
 *
 * @category Deposit
 */
export type DepositRule = z.infer<typeof DepositRuleSchema>;

/**
 * What the functions accept as a deposit rule; see {@link DepositRuleSchema}.
 *
 * @category Deposit
 */
export type DepositRuleInput = z.input<typeof DepositRuleSchema>;

/**
 * A validated deposit rule as results report it: percents as canonical strings.
 *
 * @category Deposit
 */
export interface AppliedDepositRule {
  /** The lowest accepted percent (`'30.00'`). */
  readonly minPercent: string;
  /** The highest accepted percent (`'50.00'`). */
  readonly maxPercent: string;
  /** How amounts are rounded: to the cent, half away from zero. */
  readonly rounding: 'cent';
}

/**
 * The default deposit rule: 30 % to 50 % of the order total incl. VAT, rounded to the cent.
 *
 * @remarks Practice, not law (seed articles 001 and 004); pass your own rule to any function that
 * takes one.
 * @example
 * ```ts
 * defaultDepositRule; //=> { minPercent: 30, maxPercent: 50, rounding: 'cent' }
 * ```
 * @category Deposit
 */
export const defaultDepositRule: Readonly<DepositRule> = /* @__PURE__ */ Object.freeze({
  minPercent: 30,
  maxPercent: 50,
  rounding: 'cent',
});

/** @internal A validated rule with its bounds as decimals. */
export interface CheckedRule {
  readonly min: Dec;
  readonly max: Dec;
  readonly applied: AppliedDepositRule;
}

const DEFAULT_CHECKED: CheckedRule = /* @__PURE__ */ checkRule(defaultDepositRule);

function checkRule(rule: DepositRule, basePath: ReadonlyArray<string | number> = []): CheckedRule {
  const min = dec(rule.minPercent);
  const max = dec(rule.maxPercent);
  if (min.gt(max)) {
    throw new ImpayesError({
      code: 'INVALID_POLICY',
      message: `Invalid deposit rule: minPercent (${toPercent(min)}) is above maxPercent (${toPercent(max)}).`,
      path: [...basePath, 'minPercent'],
      details: { minPercent: toPercent(min), maxPercent: toPercent(max) },
    });
  }
  return {
    min,
    max,
    applied: Object.freeze({
      minPercent: toPercent(min),
      maxPercent: toPercent(max),
      rounding: 'cent' as const,
    }),
  };
}

/** @internal Validates a rule argument (default rule when undefined). */
export function parseRule(
  rule: DepositRuleInput | undefined,
  basePath: ReadonlyArray<string | number>,
): CheckedRule {
  if (rule === undefined || rule === defaultDepositRule) return DEFAULT_CHECKED;
  return checkRule(parseOrThrow(DepositRuleSchema, rule, 'deposit rule', basePath), basePath);
}

/**
 * The result of {@link computeDeposit}.
 *
 * @category Deposit
 */
export interface ComputeDepositResult {
  /** The deposit incl. VAT: order total × percent / 100, rounded half-up to the cent. */
  readonly amount: Amount;
  /** The percent applied, canonical (`'30.00'`). */
  readonly percent: string;
  /** The order total incl. VAT the percent applies to. */
  readonly orderTotalInclVat: Amount;
  /** The rule the percent was checked against. */
  readonly rule: AppliedDepositRule;
}

/** @internal Deposit of a validated total at a validated percent, range-checked. */
export function computeDepositChecked(
  total: Dec,
  percent: Dec,
  rule: CheckedRule,
): ComputeDepositResult {
  if (percent.lt(rule.min) || percent.gt(rule.max)) {
    const details = {
      min: rule.applied.minPercent,
      max: rule.applied.maxPercent,
      percent: toPercent(percent),
    };
    throw new ImpayesError({
      code: 'OUT_OF_RANGE',
      message: `A deposit of ${details.percent} % is outside the rule's range ${details.min}–${details.max} %. Pass a rule with a wider range if this is intended.`,
      path: ['percent'],
      details,
    });
  }
  return {
    amount: toCents(roundCents(total.times(percent).div(HUNDRED))) as Amount,
    percent: toPercent(percent),
    orderTotalInclVat: toCents(total) as Amount,
    rule: { ...rule.applied },
  };
}

const OrderTotalPath = ['orderTotalInclVat'] as const;

/**
 * Computes a deposit (acompte) as a percent of the order total incl. VAT, checked against a
 * deposit rule.
 *
 * @remarks The 30–50 % default range is commercial practice (seed articles 001 and 004), not law;
 * the rule is configurable. Both bounds are inclusive. The amount is rounded half away from zero to
 * the cent ([law.md §3.1](../../docs/law.md)). To split the deposit per VAT rate, use {@link depositInvoice}.
 * @param orderTotalInclVat - the order total incl. VAT (TTC), zero or more, in cents
 * @param percent - the deposit percent, e.g. `30` or `'33.5'`
 * @param rule - the accepted range; {@link defaultDepositRule} (30–50 %) by default
 * @returns the amount, the canonical percent and the rule applied
 * @throws {@link ImpayesError} `OUT_OF_RANGE` (details `min`, `max`, `percent`) when the percent
 * is outside the rule; `INVALID_INPUT` for a malformed amount, percent or rule (paths
 * `['orderTotalInclVat']`, `['percent']`, `['rule', …]`); `INVALID_POLICY` when the rule's
 * `minPercent` is above its `maxPercent`.
 * @example
 * ```ts
 * computeDeposit('12000.00', 30).amount; //=> '3600.00'
 * computeDeposit('1000', '29.99'); // throws OUT_OF_RANGE { min: '30.00', max: '50.00', percent: '29.99' }
 * computeDeposit('1000', '29.99', { minPercent: 20, maxPercent: 60 }).amount; //=> '299.90'
 * ```
 * @category Deposit
 */
export function computeDeposit(
  orderTotalInclVat: MoneyInput,
  percent: MoneyInput,
  rule?: DepositRuleInput,
): ComputeDepositResult {
  const total = parseOrThrow(
    NonNegativeMoneyInputSchema,
    orderTotalInclVat,
    'order total',
    OrderTotalPath,
  );
  const p = parseOrThrow(NonNegativeDecimalInputSchema, percent, 'percent', ['percent']);
  const checked = parseRule(rule, ['rule']);
  return computeDepositChecked(dec(total), dec(p), checked);
}
