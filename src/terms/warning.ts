/**
 * A warning attached to a terms result: something the caller should know, which did not stop the
 * computation (an assumed date, a term that looks unusual).
 *
 * @remarks Codes are stable `UPPER_SNAKE` strings; match on them, never on the message.
 * @category Terms
 */
export interface TermsWarning {
  /** Stable code, e.g. `'DELIVERY_DATE_ASSUMED'`. */
  readonly code: string;
  /** A readable English sentence. */
  readonly message: string;
  /** The legal basis, e.g. `'C. com. L441-10 I'`. */
  readonly article: string;
}
