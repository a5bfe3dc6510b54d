/**
 * The stable error codes thrown by impayes-core. Match on these, never on messages.
 *
 * | code | meaning |
 * |---|---|
 * | `INVALID_INPUT` | the input does not have the documented shape (a bad date, a malformed amount, a missing field) |
 * | `RATE_UNKNOWN` | a rate is needed for a half-year the rate table does not know; `details.halfYear` names it |
 * | `OUT_OF_RANGE` | a well-formed value outside the range a rule allows (a deposit percent outside 30–50 %) |
 * | `INVALID_TRANSITION` | an event that cannot happen in the current state (a reminder after full payment) |
 * | `INVALID_POLICY` | a caller-supplied policy or rule that contradicts itself |
 *
 * @category Errors
 */
export type ImpayesErrorCode =
  | 'INVALID_INPUT'
  | 'RATE_UNKNOWN'
  | 'OUT_OF_RANGE'
  | 'INVALID_TRANSITION'
  | 'INVALID_POLICY';

/**
 * A path into the caller's input, as in zod: `['payments', 2, 'amount']`.
 *
 * @category Errors
 */
export type ErrorPath = ReadonlyArray<string | number>;

/**
 * One problem found in the input.
 *
 * @category Errors
 */
export interface ImpayesIssue {
  /** Where the problem is, from the root of the value that was checked. */
  readonly path: ErrorPath;
  /** A readable English sentence. */
  readonly message: string;
}

/**
 * What {@link ImpayesError} takes on construction.
 *
 * @category Errors
 */
export interface ImpayesErrorInit {
  /** The stable code. */
  readonly code: ImpayesErrorCode;
  /** The readable message; when omitted, built from the issues. */
  readonly message?: string;
  /** Where the (first) problem is. Defaults to the first issue's path, or `[]`. */
  readonly path?: ErrorPath;
  /** Every problem found; defaults to one issue made of `message` and `path`. */
  readonly issues?: ReadonlyArray<ImpayesIssue>;
  /** Machine-readable facts about the error, e.g. `{ halfYear: '2026-H2' }`. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

const BRAND: unique symbol = Symbol.for('impayes-core.error') as never;

/**
 * Renders a path the way a developer writes it: `payments[2].amount`.
 *
 * @internal
 */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** The longest message an error carries; issue lists are cut with "… and N more". */
const MAX_MESSAGE = 500;

function messageFromIssues(issues: ReadonlyArray<ImpayesIssue>): string {
  if (issues.length === 1) {
    const i = issues[0]!;
    return i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message;
  }
  let out = `${issues.length} problems:`;
  let n = 0;
  // Only the lines that fit are formatted: a list of 100 000 issues costs no more than a few.
  for (; n < issues.length; n++) {
    const i = issues[n]!;
    const text = i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message;
    const line = `\n  - ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`;
    if (out.length + line.length > MAX_MESSAGE - 30) break;
    out += line;
  }
  return n < issues.length ? `${out}\n  … and ${issues.length - n} more` : out;
}

/** Caps any message at {@link MAX_MESSAGE} characters. */
function bounded(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}

/**
 * The one error class of impayes-core. Every bad input, unknown rate or impossible event throws it,
 * with a stable {@link ImpayesErrorCode}, the path of the problem, every issue found and a message a
 * developer understands without reading our source. Domain outcomes ("nothing to do today", "the
 * claim is time-barred") are returned as data, not thrown.
 *
 * Use {@link isImpayesError} rather than `instanceof`: it also recognises errors thrown by another copy
 * of the package (ESM and CJS side by side).
 *
 * @example
 * ```ts
 * import { addMonths, isImpayesError } from 'impayes-core';
 * try {
 *   addMonths('2025-02-30', 1);
 * } catch (e) {
 *   if (isImpayesError(e)) console.log(e.code, e.path, e.message);
 *   //=> 'INVALID_INPUT' [] 'date: "2025-02-30" is not a calendar date (expected YYYY-MM-DD)'
 * }
 * ```
 * @category Errors
 */
export class ImpayesError extends Error {
  /** Always `'ImpayesError'`. */
  override readonly name = 'ImpayesError' as const;
  /** The stable code to match on. */
  readonly code: ImpayesErrorCode;
  /** Where the (first) problem is. */
  readonly path: ErrorPath;
  /** Every problem found, each with its path. */
  readonly issues: ReadonlyArray<ImpayesIssue>;
  /** Machine-readable facts about the error. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: ImpayesErrorInit) {
    const issues: ReadonlyArray<ImpayesIssue> =
      init.issues && init.issues.length > 0
        ? init.issues
        : [{ path: init.path ?? [], message: init.message ?? init.code }];
    super(
      bounded(init.message ?? messageFromIssues(issues)),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = init.code;
    // Copies: an error must not share arrays with the caller's init (or change when they do).
    this.path = [...(init.path ?? issues[0]?.path ?? [])];
    this.issues = issues.map((i) => ({ ...i, path: [...i.path] }));
    this.details = { ...(init.details ?? {}) };
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain, JSON-safe record of the error (for logs and API responses). */
  toJSON(): {
    name: 'ImpayesError';
    code: ImpayesErrorCode;
    message: string;
    path: ErrorPath;
    issues: ReadonlyArray<ImpayesIssue>;
    details: Readonly<Record<string, unknown>>;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: this.path,
      issues: this.issues,
      details: this.details,
    };
  }
}

/**
 * Tells whether a value is an {@link ImpayesError}, even one thrown by another copy of the package.
 *
 * @param value - anything caught
 * @returns `true` for an impayes-core error
 * @example
 * ```ts
 * isImpayesError(new Error('x')); //=> false
 * ```
 * @category Errors
 */
export function isImpayesError(value: unknown): value is ImpayesError {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true
    );
  } catch {
    // A Proxy that throws on reads is not one of ours; a type guard must not throw.
    return false;
  }
}
