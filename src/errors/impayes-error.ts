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
    const line = `\n  - ${text.length > 200 ? `${cut(text, 199)}…` : text}`;
    if (out.length + line.length > MAX_MESSAGE - 30) break;
    out += line;
  }
  return n < issues.length ? `${out}\n  … and ${issues.length - n} more` : out;
}

/** The first `n` code units of `text`, without splitting a surrogate pair. */
function cut(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** Caps any message at {@link MAX_MESSAGE} characters. */
function bounded(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${cut(message, MAX_MESSAGE - 1)}…`;
}

const CODES: ReadonlySet<string> = new Set<ImpayesErrorCode>([
  'INVALID_INPUT',
  'RATE_UNKNOWN',
  'OUT_OF_RANGE',
  'INVALID_TRANSITION',
  'INVALID_POLICY',
]);

/** How deep `details` may nest; facts about an error are shallow. */
const MAX_DETAILS_DEPTH = 8;

/** An init the constructor can use as is: every field read once, checked and copied. */
interface CheckedInit {
  readonly code: ImpayesErrorCode;
  readonly message: string | undefined;
  readonly path: ErrorPath;
  readonly issues: ReadonlyArray<ImpayesIssue>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly cause: unknown;
}

/** The error thrown for an init that is not one (built from a checked init: no recursion). */
function badInit(path: ErrorPath, message: string, cause?: unknown): ImpayesError {
  return new ImpayesError({ code: 'INVALID_INPUT', path: ['init', ...path], message, cause });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copyPath(value: unknown, at: ErrorPath): ErrorPath {
  if (!Array.isArray(value)) throw badInit(at, 'a path is an array of keys');
  const out: Array<string | number> = [];
  // An index loop, not map(): a hole in a sparse array is a missing key, not one to skip.
  for (let i = 0; i < value.length; i++) {
    const key: unknown = value[i];
    if (typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key) && key >= 0))
      out.push(key === 0 ? 0 : key); // -0 is index 0
    else throw badInit([...at, i], 'a path key is a string or an array index');
  }
  return out;
}

function copyIssues(value: unknown): ReadonlyArray<ImpayesIssue> {
  if (!Array.isArray(value)) throw badInit(['issues'], 'issues is an array');
  const out: ImpayesIssue[] = [];
  for (let i = 0; i < value.length; i++) {
    const issue: unknown = value[i];
    if (!isPlainObject(issue)) throw badInit(['issues', i], 'an issue is { path, message }');
    const message = issue.message;
    if (typeof message !== 'string')
      throw badInit(['issues', i, 'message'], 'an issue message is a string');
    out.push({ path: copyPath(issue.path, ['issues', i, 'path']), message });
  }
  return out;
}

/** A deep copy of JSON data; anything else in `details` is refused. */
function copyJson(value: unknown, at: ErrorPath): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badInit(at, 'a detail number is finite');
    return value === 0 ? 0 : value; // no -0 in a record meant for JSON
  }
  if (at.length > MAX_DETAILS_DEPTH) throw badInit(at, 'details nest too deep');
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(copyJson(value[i], [...at, i]));
    return out;
  }
  if (isPlainObject(value)) return copyDetails(value, at);
  throw badInit(at, 'a detail is JSON data (string, number, boolean, null, array, object)');
}

function copyDetails(value: Record<string, unknown>, at: ErrorPath): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    // Like JSON: a key set to undefined is no fact.
    if (v !== undefined)
      Object.defineProperty(out, key, {
        value: copyJson(v, [...at, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

function checkedInitUnguarded(init: unknown): CheckedInit {
  if (!isPlainObject(init)) throw badInit([], 'the init of an ImpayesError is a plain object');
  const { code, message, path, issues, details, cause } = init;
  if (typeof code !== 'string' || !CODES.has(code))
    throw badInit(['code'], `code is one of ${[...CODES].join(', ')}`);
  if (message !== undefined && typeof message !== 'string')
    throw badInit(['message'], 'message is a string');
  if (details !== undefined && !isPlainObject(details))
    throw badInit(['details'], 'details is a plain object');
  const given = issues === undefined ? [] : copyIssues(issues);
  const ownPath = path === undefined ? undefined : copyPath(path, ['path']);
  const list =
    given.length > 0 ? given : [{ path: ownPath ?? [], message: message ?? (code as string) }];
  return {
    code: code as ImpayesErrorCode,
    message,
    path: ownPath ?? [...(list[0]?.path ?? [])],
    issues: list,
    details: details === undefined ? {} : copyDetails(details, ['details']),
    cause,
  };
}

/** Reads a caller's init once; a getter or Proxy that throws becomes an INVALID_INPUT. */
function checkedInit(init: unknown): CheckedInit {
  try {
    return checkedInitUnguarded(init);
  } catch (error) {
    if (isImpayesError(error)) throw error;
    throw badInit([], 'the init of an ImpayesError could not be read', error);
  }
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
    // The class is public: a caller-built init is checked like any other input.
    const checked = checkedInit(init);
    super(
      bounded(checked.message ?? messageFromIssues(checked.issues)),
      checked.cause === undefined ? undefined : { cause: checked.cause },
    );
    this.code = checked.code;
    this.path = checked.path;
    this.issues = checked.issues;
    this.details = checked.details;
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
    // Copies: a record handed to a logger must not share arrays with the error.
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: [...this.path],
      issues: this.issues.map((i) => ({ path: [...i.path], message: i.message })),
      details: copyDetails(this.details, []),
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
