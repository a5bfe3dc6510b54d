import type { LaterEvents } from '../internal/later-events.js';
import type { Locale, MessageParams } from '../text/internal.js';
import { renderMessage } from '../text/internal.js';
import { dunningCatalogues } from './text.catalogues.js';

/**
 * A warning attached to a dunning decision: a stable `UPPER_SNAKE` code, its `params`, the message
 * rendered in the decision's locale (French by default) and the article it rests on.
 *
 * Codes: `LIMITATION_SOON` (with the deadline and the acts that really interrupt limitation),
 * `CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE`, `RATE_UNKNOWN`, `CONTRACT_RATE_BELOW_FLOOR`,
 * `STATUTORY_RATE_BELOW_FLOOR`, `PROMISE_BROKEN`, `INSTALLMENT_MISSED`, `INSOLVENCY_STAY`,
 * `INTEREST_STOPPED`, `CLAIM_DEADLINE_PASSED`, `FORMAL_NOTICE_NO_INTERRUPTION`,
 * `EVENTS_AFTER_AS_OF` (events of the log dated after the decision's day were not applied;
 * `details: { count, firstDate }`, `article: 'n/a'`), and the limitation module's codes passed
 * through (`LIMITATION_SUSPENDED`, `LIMITATION_EXPIRED`…).
 *
 * @category Dunning
 */
export interface DunningWarning {
  /** The stable code. */
  readonly code: string;
  /** The sentence, in the locale of the call (`'fr'` by default). */
  readonly message: string;
  /**
   * The values of the sentence: for the dunning module's own codes, render them with the dunning
   * catalogue; `LIMITATION_SOON` and `LIMITATION_SUSPENDED` carry the limitation module's params
   * (render them with the limitation catalogue).
   */
  readonly params?: MessageParams;
  /** The article or ruling behind the warning (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** @internal The EVENTS_AFTER_AS_OF warning of a fold, if any events came after its day. */
export function laterEventsOf(
  later: LaterEvents | null,
  asOf: string,
  locale: Locale,
): DunningWarning[] {
  if (later === null) return [];
  const m = renderMessage(dunningCatalogues, locale, 'EVENTS_AFTER_AS_OF', {
    count: later.count,
    firstDate: later.firstDate,
    asOf,
  });
  return [
    {
      code: m.code,
      message: m.message,
      params: m.params,
      article: 'n/a',
      details: { count: later.count, firstDate: later.firstDate },
    },
  ];
}
