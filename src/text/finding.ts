import type { Message, MessageParams } from './catalogue.js';

/**
 * How much a finding matters: `error` (the rule is broken: the invoice, clause or claim is not
 * valid as it stands), `warning` (something to check or fix), `info` (a fact worth knowing).
 *
 * @category Text
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * What every module reports besides its figures: a {@link Message} (stable `code`, `params`,
 * rendered `message`) with a severity and the article of law or standard it rests on. Each module
 * narrows `C` to its own union of codes (`PenaltyFinding`, `LimitationFinding`, …).
 *
 * @category Text
 */
export interface Finding<C extends string = string, P extends MessageParams = MessageParams>
  extends Message<C, P> {
  /** How much it matters. */
  readonly severity: FindingSeverity;
  /** The article or standard behind it, e.g. `'C. com. L441-10'`; `''` when none applies. */
  readonly article: string;
}
