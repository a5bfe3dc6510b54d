import * as z from 'zod/mini';
import { parseOrThrow } from '../internal/validate.js';
import { addDaysValid, addMonthsValid, inYearRange } from './arithmetic.js';
import { type FrenchRegion, FrenchRegionSchema } from './holidays.js';
import { type DateInput, type PlainDate, PlainDateSchema } from './plain-date.js';
import { rollToWorkingDay } from './working-days.js';

/**
 * A period: a whole number of days, months or years (exactly one key).
 *
 * @category Dates
 */
export const PeriodSchema = /* @__PURE__ */ z.union([
  z.strictObject({ days: z.int().check(z.minimum(0)) }),
  z.strictObject({ months: z.int().check(z.minimum(0)) }),
  z.strictObject({ years: z.int().check(z.minimum(0)) }),
]);

/**
 * A period of `{ days }`, `{ months }` or `{ years }`; see {@link PeriodSchema}.
 *
 * @category Dates
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A procedural deadline, before and after the CPC 642 move.
 *
 * @category Dates
 */
export interface ProcedureDeadline {
  /** The trigger date (the act, decision or notification, CPC 640). */
  readonly start: PlainDate;
  /** The period counted. */
  readonly period: Period;
  /** The date the period ends by CPC 641 counting. */
  readonly nominal: PlainDate;
  /** The last day to act: `nominal`, or the next working day when it is not one (CPC 642). */
  readonly deadline: PlainDate;
  /** Whether `deadline` differs from `nominal`. */
  readonly rolled: boolean;
  /** The holiday calendar used. */
  readonly region: FrenchRegion;
  /** The articles applied. */
  readonly articles: ReadonlyArray<string>;
}

/** @internal Adds a validated period to a validated date, without rolling (CPC 641). */
export function addPeriod(start: PlainDate, period: Period): PlainDate {
  const end =
    'days' in period
      ? addDaysValid(start, period.days)
      : addMonthsValid(start, 'months' in period ? period.months : period.years * 12);
  return inYearRange(end, ['period']);
}

/**
 * Computes a procedural deadline: counted by CPC 641, then moved to the next working day by CPC 642
 * when it ends on a Saturday, a Sunday or a public holiday.
 *
 * @remarks C. proc. civ. art. 641: in days, the trigger day does not count; in months or years, the
 * deadline ends on the same day number (the month's last day when there is none). Art. 642: "Tout
 * délai expire le dernier jour à vingt-quatre heures. Le délai qui expirerait normalement un samedi,
 * un dimanche ou un jour férié ou chômé, est prorogé jusqu'au premier jour ouvrable suivant."
 * Limitation periods are **not** moved: use {@link limitationEnd} for them.
 * @param start - the trigger date
 * @param period - `{ days }`, `{ months }` or `{ years }`
 * @param region - the holiday calendar, `'metropolitan'` by default
 * @returns the nominal date, the rolled deadline and the articles
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date, period or region, or a deadline
 * outside the years 0000–9999.
 * @example
 * ```ts
 * procedureDeadline('2026-01-14', { months: 6 }).deadline; //=> '2026-07-15' (14 July is a holiday)
 * ```
 * @category Dates
 */
export function procedureDeadline(
  start: DateInput,
  period: Period,
  region: FrenchRegion = 'metropolitan',
): ProcedureDeadline {
  const s = parseOrThrow(PlainDateSchema, start, 'start', ['start']);
  const p = parseOrThrow(PeriodSchema, period, 'period', ['period']);
  const r = parseOrThrow(FrenchRegionSchema, region, 'region', ['region']);
  const nominal = addPeriod(s, p);
  const deadline = rollToWorkingDay(nominal, r);
  return {
    start: s,
    // + 0 turns a -0 the caller gave into 0: outputs never carry -0.
    period: Object.fromEntries(
      Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? v + 0 : v]),
    ) as Period,
    nominal,
    deadline,
    rolled: deadline !== nominal,
    region: r,
    articles: ['C. proc. civ. art. 641', 'C. proc. civ. art. 642'],
  };
}

/**
 * Computes the last day of a limitation period (prescription): same day number `years` later, and
 * **never** moved to a working day.
 *
 * @remarks C. civ. art. 2229: "La prescription est acquise lorsque le dernier jour du terme est
 * accompli." CPC 642 does not apply to limitation (Cass. 2e civ. 7 Apr 2016 n°15-12.960): a
 * limitation period ending on a Sunday ends on that Sunday. Due 2009-05-28 with 5 years →
 * last day to act 2014-05-28 (DOMAIN.md §5).
 * @param start - the day the period starts running
 * @param period - `{ years }`, `{ months }` or `{ days }`
 * @returns the last day on which the right can still be exercised
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad date or period, or an end outside the
 * years 0000–9999.
 * @example
 * ```ts
 * limitationEnd('2009-05-28', { years: 5 }); //=> '2014-05-28'
 * limitationEnd('2021-03-07', { years: 5 }); //=> '2026-03-07' (a Saturday, not moved)
 * ```
 * @category Dates
 */
export function limitationEnd(start: DateInput, period: Period): PlainDate {
  const s = parseOrThrow(PlainDateSchema, start, 'start', ['start']);
  return addPeriod(s, parseOrThrow(PeriodSchema, period, 'period', ['period']));
}
