import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { invalidInput, parseOrThrow, show } from '../internal/validate.js';
import { LAW_PARAMETER_ROWS, type LawParameterId } from './data.js';
import type { LawParameterRow } from './types.js';

export type { LawParameterId };

/**
 * One dated value of a legal parameter, as listed in {@link lawParameters}.
 *
 * @category Law
 */
export interface LawParameter extends LawParameterRow {
  /** The parameter. */
  readonly id: LawParameterId;
}

/**
 * The value of a legal parameter on a day, with its legal basis: what {@link lawParameterOn}
 * returns.
 *
 * @category Law
 */
export interface LawParameterValue {
  /** The parameter. */
  readonly id: LawParameterId;
  /** The value in force that day: a decimal string (`'10'`), or an ISO date for unit `'date'`. */
  readonly value: string;
  /** The first day of that value. */
  readonly from: PlainDate;
  /** The legal basis. */
  readonly article: string;
  /** Where the value was read (a URL). */
  readonly source: string;
}

function frozenRows(): ReadonlyArray<LawParameter> {
  // Rows hold strings only: freezing each row and the list freezes everything.
  return Object.freeze(LAW_PARAMETER_ROWS.map((r) => Object.freeze({ ...r }) as LawParameter));
}

/**
 * Every dated value of the legal parameters the engines read, sorted by id and date: the
 * late-payment margins and floor, the 40 € indemnity and its start dates, limitation periods,
 * procedural delays (injonction de payer, insolvency), the small-claims and prior-settlement
 * ceilings, payment-term caps, fines and the e-invoicing calendar. Deeply frozen.
 *
 * @remarks Each value carries its article, a source URL and a confidence tag (`'V'`, `'S'`,
 * `'M'`, `'?'`). A value applies from `from` (inclusive) until the next value of the same id, or
 * until `to` when given. The rule book explaining each rule is [law.md](../../docs/law.md). Where the library
 * does not model the law before a parameter's first date, the engines apply its first value to
 * earlier days (the `note` says so); {@link lawParameterOn} itself answers only inside the data.
 * @example
 * ```ts
 * lawParameters.filter((p) => p.id === 'injonction-service-months').map((p) => [p.from, p.value]);
 * //=> [['1982-01-01', '6'], ['2026-09-01', '3']]
 * ```
 * @category Law
 */
export const lawParameters: ReadonlyArray<LawParameter> = /* @__PURE__ */ frozenRows();

const BY_ID: ReadonlyMap<string, ReadonlyArray<LawParameter>> = /* @__PURE__ */ (() => {
  const map = new Map<string, LawParameter[]>();
  for (const row of lawParameters) {
    const rows = map.get(row.id);
    if (rows === undefined) map.set(row.id, [row]);
    else rows.push(row);
  }
  return map;
})();

/** @internal The rows of a known id (sorted by `from`). */
export function rowsOf(id: LawParameterId): ReadonlyArray<LawParameter> {
  return BY_ID.get(id)!;
}

/**
 * @internal The row in force on `date`, or `undefined` before the first row, after a `to` with no
 * successor, or in a gap between rows.
 */
export function lawRowOn(id: LawParameterId, date: PlainDate): LawParameter | undefined {
  const rows = rowsOf(id);
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.from <= date) return r.to === undefined || date <= r.to ? r : undefined;
  }
  return undefined;
}

/**
 * @internal The row engines use on `date`: the row in force, or the first row for an earlier day
 * (the library does not model older law, `docs/law.md`). Only for parameters without gaps or `to`.
 */
export function lawRowFor(id: LawParameterId, date: PlainDate): LawParameter {
  return lawRowOn(id, date) ?? rowsOf(id)[0]!;
}

/** @internal The first row that starts after `date`: the next change of the rule, if any. */
export function lawNextRow(id: LawParameterId, date: PlainDate): LawParameter | undefined {
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
 * Returns the value of a legal parameter in force on a day, with its article and source.
 *
 * @remarks The values are the library's built-in data (see {@link lawParameters} and the rule
 * book [law.md](../../docs/law.md)); engines read the same values. A day before a parameter's first value (the
 * rule was not in force, or earlier law is not in the data), after a value that ends with `to`,
 * or in a gap between values is outside the data: `OUT_OF_RANGE`.
 * @param id - the parameter, e.g. `'injonction-service-months'`
 * @param date - the day, `YYYY-MM-DD`
 * @returns `{ id, value, from, article, source }`
 * @throws {@link ImpayesError} `INVALID_INPUT` for an unknown id or a malformed date (path `id` or
 * `date`); `OUT_OF_RANGE` for a day outside the parameter's data (path `date`, `details.id`).
 * @example
 * ```ts
 * lawParameterOn('injonction-service-months', '2026-08-31').value; //=> '6'
 * lawParameterOn('injonction-service-months', '2026-09-01').value; //=> '3'
 * lawParameterOn('recovery-indemnity-eur', '2025-01-01');
 * //=> { id: 'recovery-indemnity-eur', value: '40', from: '2013-01-01', article: 'C. com. L441-10 II, D441-5 (décret 2012-1115)', source: 'https://…' }
 * ```
 * @category Law
 */
export function lawParameterOn(id: LawParameterId, date: string): LawParameterValue {
  if (typeof id !== 'string' || !BY_ID.has(id))
    invalidInput(
      `unknown legal parameter ${show(id)}; see lawParameters for the ids (e.g. "b2b-penalty-margin-points")`,
      ['id'],
    );
  const d = parseOrThrow(PlainDateSchema, date, 'date', ['date']);
  const row = lawRowOn(id, d);
  if (row === undefined) throw outsideData(id, d);
  return {
    id,
    value: row.value,
    from: row.from as PlainDate,
    article: row.article,
    source: row.source,
  };
}

function outsideData(id: LawParameterId, date: PlainDate): ImpayesError {
  const rows = rowsOf(id);
  const spans = rows.map(
    (r) => `${r.from} to ${r.to ?? (r === rows.at(-1) ? 'open end' : 'next value')}`,
  );
  return new ImpayesError({
    code: 'OUT_OF_RANGE',
    message: `legal parameter "${id}" has no value on ${date}: its data covers ${spans.join(', ')} (before ${rows[0]!.from} the rule was not in force or is not in the data)`,
    path: ['date'],
    details: { id, date, from: rows[0]!.from },
  });
}
