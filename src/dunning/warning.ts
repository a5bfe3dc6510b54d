import { type LaterEvents, laterEventsWarning } from '../internal/later-events.js';

/**
 * A warning attached to a dunning decision: a stable `UPPER_SNAKE` code, an English message with
 * the figures and the article it rests on.
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
  /** A readable English sentence. */
  readonly message: string;
  /** The article or ruling behind the warning (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** @internal The EVENTS_AFTER_AS_OF warning of a fold, if any events came after its day. */
export function laterEventsOf(later: LaterEvents | null, asOf: string): DunningWarning[] {
  return later === null ? [] : [laterEventsWarning(later, asOf, 'event(s) of the log')];
}
