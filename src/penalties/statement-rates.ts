// The rate step of a statement: the rate of each run of days, resolved once per half-year of a call,
// and statutory rates memoised on the rate table under a key naming everything they depend on.
import type { HalfYear } from '../dates/internal.js';
import { lawNumber } from '../law/internal.js';
import { type RateUnits, rateUnitsOfText } from '../money/kernel.js';
import { type LegalRateCategory, type MemoKey, memoOnTable } from '../rates/internal.js';
import {
  baseRate,
  checkFloor,
  marginPoints,
  type RateSetup,
  type ResolvedRate,
  withUplift,
} from './penalty-rate.js';
import type { PenaltyWarning } from './warning.js';

/** @internal A run's rate with its integer units (for the kernel) and its floor finding, if any. */
export interface RunRate {
  readonly rate: ResolvedRate;
  readonly units: RateUnits;
  readonly warning: PenaltyWarning | undefined;
}

/**
 * @internal Everything a statutory rate reads besides the rate table: the regime and legal-rate
 * category, the reference half-year (its ECB or legal rate), the days' half-year (the floor),
 * whether the judgment uplift runs, and the law data read on those dates. The memo key is made of
 * all of them, so a rule that starts to depend on another value must add it here to be read.
 */
export interface StatutoryRateInputs {
  readonly regime: RateSetup['regime'];
  readonly category: LegalRateCategory;
  readonly onBelowFloor: RateSetup['onBelowFloor'];
  readonly reference: HalfYear;
  readonly half: HalfYear;
  readonly uplift: boolean;
  /** `marginPoints(regime, reference.firstDay)`. */
  readonly marginPoints: number;
  /** `contract-rate-floor-multiple` on `half.firstDay`. */
  readonly floorMultiple: number;
  /** `judgment-uplift-points` on `half.firstDay` (read only with `uplift`). */
  readonly upliftPoints: number;
}

/** @internal The inputs of the statutory rate of the days of `half` (law data read on its dates). */
export function statutoryRateInputs(
  setup: RateSetup,
  reference: HalfYear,
  half: HalfYear,
  uplift: boolean,
): StatutoryRateInputs {
  return {
    regime: setup.regime,
    category: setup.category,
    onBelowFloor: setup.onBelowFloor,
    reference,
    half,
    uplift,
    marginPoints: marginPoints(setup.regime, reference.firstDay),
    floorMultiple: lawNumber('contract-rate-floor-multiple', half.firstDay),
    upliftPoints: uplift ? lawNumber('judgment-uplift-points', half.firstDay) : 0,
  };
}

/** 2 × year + (half − 1): a number per half-year, for keys. */
const halfYearIndex = (hy: HalfYear): number => hy.year * 2 + hy.half - 1;

/** @internal The memo key of a statutory rate: every input, in a fixed order. */
export function statutoryRateKey(i: StatutoryRateInputs): MemoKey {
  return [
    i.regime,
    i.category,
    i.onBelowFloor,
    halfYearIndex(i.reference),
    halfYearIndex(i.half),
    i.uplift,
    i.marginPoints,
    i.floorMultiple,
    i.upliftPoints,
  ];
}

/** @internal Resolves the rate of the days of `half`, referenced on `reference` (no memo). */
export function resolveRunRate(
  setup: RateSetup,
  reference: HalfYear,
  half: HalfYear,
  uplift: boolean,
): RunRate {
  let rate = baseRate(setup, reference.firstDay);
  let warning: PenaltyWarning | undefined;
  if (setup.regime === 'b2b-l441-10') {
    const checked = checkFloor(setup, rate, half);
    rate = checked.rate;
    warning = checked.warning;
  }
  if (uplift) rate = withUplift(rate, half.firstDay);
  return { rate, units: rateUnitsOfText(rate.rate.toFixed()), warning };
}

/**
 * @internal The rate look-up of one statement: each half-year (and uplift) resolved once per call;
 * a statutory rate once per table and inputs ({@link statutoryRateKey}), since a daily run over
 * many invoices asks for the same few. A floor finding is pushed to `warnings` once per half-year,
 * as a copy (a memoised finding is shared by every statement made with the table).
 */
export function runRates(
  setup: RateSetup,
  fixedAtStart: boolean,
  startHalf: HalfYear,
  warnings: PenaltyWarning[],
): (half: HalfYear, uplift: boolean) => RunRate {
  const cache = new Map<number, RunRate>();
  const warned = new Set<number>();
  const statutory = setup.clause.type === 'statutory';
  return (half, uplift) => {
    const index = halfYearIndex(half);
    const key = index * 2 + (uplift ? 1 : 0);
    let run = cache.get(key);
    if (run === undefined) {
      const reference = fixedAtStart ? startHalf : half;
      run = statutory
        ? memoOnTable(
            setup.table,
            statutoryRateKey(statutoryRateInputs(setup, reference, half, uplift)),
            () => resolveRunRate(setup, reference, half, uplift),
          )
        : resolveRunRate(setup, reference, half, uplift);
      cache.set(key, run);
    }
    if (run.warning !== undefined && !warned.has(index)) {
      warned.add(index);
      warnings.push({ ...run.warning });
    }
    return run;
  };
}
