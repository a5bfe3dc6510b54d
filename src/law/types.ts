/**
 * What a legal parameter's value measures: percentage `points`, a `multiple`, euros (`eur`),
 * `years`, `months`, `days`, or a `date` (an ISO `YYYY-MM-DD` value, e.g. a start date).
 *
 * @category Law
 */
export type LawParameterUnit = 'points' | 'multiple' | 'eur' | 'years' | 'months' | 'days' | 'date';

/**
 * How sure the value is, as in the rule book ([law.md](../../docs/law.md)): `'V'` the text was read in a reliable
 * mirror; `'S'` agreeing secondary sources; `'M'` from memory, not verified; `'?'` unsettled.
 *
 * @category Law
 */
export type LawConfidence = 'V' | 'S' | 'M' | '?';

/**
 * One dated value of a legal parameter.
 *
 * @category Law
 */
export interface LawParameterRow {
  /** The parameter, e.g. `'b2b-penalty-margin-points'`. */
  readonly id: string;
  /** First day the value applies (inclusive). */
  readonly from: string;
  /** Last day the value applies (inclusive), when it ends without a successor row. */
  readonly to?: string;
  /** The value: a decimal string (`'10'`, `'5000'`), or an ISO date for unit `'date'`. */
  readonly value: string;
  /** What the value measures. */
  readonly unit: LawParameterUnit;
  /** The legal basis. */
  readonly article: string;
  /** Where the value was read (a URL). */
  readonly source: string;
  /** How sure the value is. */
  readonly confidence: LawConfidence;
  /** What the value means, and what the library does before the first date. */
  readonly note?: string;
}

/** @internal One dated value as the engines read it (see `LawParameterRow` for the full row). */
export interface LawValue {
  /** First day the value applies (inclusive). */
  readonly from: string;
  /** Last day the value applies (inclusive), when it ends without a successor row. */
  readonly to?: string;
  /** The value: a decimal string, or an ISO date for unit `'date'`. */
  readonly value: string;
}
