import type { TermsFinding } from './text.js';

/**
 * A warning attached to a terms result: something the caller should know, which did not stop the
 * computation (an assumed date, a term that looks unusual). A {@link Finding} with a terms code.
 *
 * @remarks Codes are stable `UPPER_SNAKE` strings; match on them, never on the message.
 * @category Terms
 */
export type TermsWarning = TermsFinding;
