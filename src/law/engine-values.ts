// The accessors the engines use: values and dates only (values.ts), so that a bundle computing
// with the law carries neither the notes nor the source URLs of data.ts (issue 17, bundle sizes).
import type { PlainDate } from '../dates/internal.js';
import type { LawParameterId } from './data.js';
import type { LawValue } from './types.js';
import { LAW_VALUES } from './values.js';

/** @internal Whether `id` is a parameter of the data. */
export function isLawParameterId(id: unknown): id is LawParameterId {
  return typeof id === 'string' && Object.hasOwn(LAW_VALUES, id);
}

/** @internal The dated values of a known id (sorted by `from`). */
export function rowsOf(id: LawParameterId): ReadonlyArray<LawValue> {
  return LAW_VALUES[id];
}

function indexOn(id: LawParameterId, date: PlainDate): number {
  const rows = rowsOf(id);
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.from <= date) return r.to === undefined || date <= r.to ? i : -1;
  }
  return -1;
}

/**
 * @internal The value in force on `date`, or `undefined` before the first value, after a `to`
 * with no successor, or in a gap between values.
 */
export function lawRowOn(id: LawParameterId, date: PlainDate): LawValue | undefined {
  return rowsOf(id)[indexOn(id, date)];
}

/**
 * @internal The value engines use on `date`: the value in force, or the first value for an
 * earlier day (the library does not model older law, `docs/law.md`). Only for parameters without
 * gaps or `to`.
 */
export function lawRowFor(id: LawParameterId, date: PlainDate): LawValue {
  return lawRowOn(id, date) ?? rowsOf(id)[0]!;
}

/**
 * @internal The article of the value engines use on `date` (see {@link lawRowFor}), from that
 * parameter's constant of articles.ts (e.g. `injonctionServiceMonthsArticles`).
 */
export function lawArticleFor(
  articles: ReadonlyArray<string>,
  id: LawParameterId,
  date: PlainDate,
): string {
  return articles[Math.max(0, indexOn(id, date))]!;
}

/** @internal The first value that starts after `date`: the next change of the rule, if any. */
export function lawNextRow(id: LawParameterId, date: PlainDate): LawValue | undefined {
  return rowsOf(id).find((r) => r.from > date);
}

/** @internal The numeric value engines use on `date` (see {@link lawRowFor}). */
export function lawNumber(id: LawParameterId, date: PlainDate): number {
  return Number(lawRowFor(id, date).value);
}

/** @internal The numeric value in force on `date`, or `undefined` when the rule is not in force. */
export function lawNumberOn(id: LawParameterId, date: PlainDate): number | undefined {
  const row = lawRowOn(id, date);
  return row === undefined ? undefined : Number(row.value);
}

/** @internal The first day of a parameter's data (the day its rule came into force). */
export function lawStart(id: LawParameterId): PlainDate {
  return rowsOf(id)[0]!.from as PlainDate;
}

/**
 * @internal The amount engines use on `date` (see {@link lawRowFor}) as a canonical money string
 * (`'75000.00'`), for the catalogues to format: the data holds decimal strings, so no float.
 */
export function lawEuros(id: LawParameterId, date: PlainDate): string {
  const [int = '0', frac = ''] = lawRowFor(id, date).value.split('.');
  return `${int}.${frac.padEnd(2, '0')}`;
}
