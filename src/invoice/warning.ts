import type { FindingSeverity, MessageParams } from '../text/internal.js';

/**
 * A warning attached to an invoice result: something the caller should know that did not stop
 * the computation (an assumed fact, a date that disagrees with the terms).
 *
 * @remarks Codes are stable `UPPER_SNAKE` strings; match on them, never on the message.
 * @category Invoice
 */
export interface InvoiceWarning {
  /** Stable code, e.g. `'ISSUER_SIZE_UNKNOWN'`. */
  readonly code: string;
  /** The sentence: in the requested locale where the function takes `locale`, else English. */
  readonly message: string;
  /** The values the sentence is made of, for warnings rendered from a catalogue. */
  readonly params?: MessageParams;
  /** How much it matters, for warnings rendered from a catalogue. */
  readonly severity?: FindingSeverity;
  /** The legal basis, e.g. `'C. com. L441-9'` (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}
