/**
 * A warning attached to a portfolio result: something the caller should know about the figures
 * (invoices left out, disputed amounts, credit balances), which did not stop the computation.
 *
 * @remarks Codes are stable `UPPER_SNAKE` strings; match on them, never on the message.
 * @category Portfolio
 */
export interface PortfolioWarning {
  /** Stable code, e.g. `'NOT_YET_ISSUED'`. */
  readonly code: string;
  /** A readable English sentence. */
  readonly message: string;
  /** The legal or methodological basis, e.g. `'C. com. D441-6'` (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/**
 * A French and an English label, for display.
 *
 * @category Portfolio
 */
export interface PortfolioLabel {
  /** French. */
  readonly fr: string;
  /** English. */
  readonly en: string;
}

/** The article requiring the aged balance by tranches of delay in the management report. */
export const AGING_ARTICLE = 'C. com. L441-14, D441-6';
