// Private: turns zod (mini) failures into one ImpayesError with readable English messages.
// zod/mini ships no messages ("Invalid input"), so messages are built here from the issue data.
import type * as z from 'zod/mini';
import { formatPath } from '../errors/impayes-error.js';
import { type ErrorPath, ImpayesError, type ImpayesIssue } from '../errors/internal.js';

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Shows a value in a message without dumping large objects, and never in a way that depends on
 * the host: a `Date` prints in ISO 8601 (UTC), never in local time; an object is "an object",
 * never "[object Object]"; a Proxy that throws on inspection is "an object".
 */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (typeof value !== 'object') return typeof value;
  try {
    if (Array.isArray(value)) return 'an array';
    if (value instanceof Date) {
      const time = Date.prototype.getTime.call(value);
      return Number.isFinite(time) ? `a Date (${new Date(time).toISOString()})` : 'an invalid Date';
    }
  } catch {
    // A revoked Proxy or a Date subclass that throws: describe it without reading it.
  }
  return 'an object';
}

function describe(issue: ZodIssue, input: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      return `expected ${issue.expected === 'nonoptional' ? 'a value' : issue.expected}, received ${show(input)}`;
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}, received ${show(input)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}, received ${show(input)}`;
    case 'invalid_format':
      return `has an invalid format (${issue.format}), received ${show(input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, received ${show(input)}`;
    case 'unrecognized_keys':
      return `has unknown key(s): ${issue.keys
        .slice(0, 10)
        .map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k))
        .join(', ')}${issue.keys.length > 10 ? ` … and ${issue.keys.length - 10} more` : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${show(input)}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map((o) =>
          JSON.stringify(o),
        );
        const list =
          options.length > 20 ? `${options.slice(0, 20).join(', ')}, …` : options.join(', ');
        if (input === undefined) return `is required; expected one of ${list}`;
        return `unknown ${String(issue.discriminator)} ${show(input)}; expected one of ${list}`;
      }
      return `does not match any allowed shape, received ${show(input)}`;
    default:
      return `is invalid, received ${show(input)}`;
  }
}

/** Maps zod issues to ImpayesIssues, prefixing each path with `basePath`. */
export function mapZodIssues(
  issues: ReadonlyArray<ZodIssue>,
  input: unknown,
  basePath: ErrorPath = [],
): ImpayesIssue[] {
  const out: ImpayesIssue[] = [];
  for (const issue of issues) {
    // A union whose branches all failed on the same nested path: report the deepest branch issues.
    if (issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator)) {
      const branches = issue.errors as ReadonlyArray<ReadonlyArray<ZodIssue>>;
      const nested = branches.find((b) => b.some((i) => i.path.length > 0));
      if (nested) {
        out.push(
          ...mapZodIssues(
            nested.map((i) => ({ ...i, path: [...issue.path, ...i.path] })),
            input,
            basePath,
          ),
        );
        continue;
      }
    }
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const v = valueAt(input, path);
    out.push({ path: [...basePath, ...path], message: describe(issue, v) });
  }
  return out;
}

/** The longest message an ImpayesError carries (D-errors); longer issue lists are cut. */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * Joins issue lines into one message of at most {@link MAX_MESSAGE_LENGTH} characters: the lines
 * that fit, then "… and N more" (every issue stays in `issues`).
 */
export function boundedMessage(head: string, lines: ReadonlyArray<string>): string {
  const budget = MAX_MESSAGE_LENGTH - 40;
  let out = head;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.length > 200 ? `${lines[i]!.slice(0, 199)}…` : lines[i]!;
    if (out.length + line.length + 5 > budget) break;
    out += `\n  - ${line}`;
  }
  return i < lines.length ? `${out}\n  … and ${lines.length - i} more` : out;
}

/** Whether every zod issue comes from a range check (`params.impayesCode: 'OUT_OF_RANGE'`). */
export function allOutOfRange(issues: ReadonlyArray<ZodIssue>): boolean {
  return issues.every(
    (i) =>
      i.code === 'custom' &&
      (i.params as { impayesCode?: string } | undefined)?.impayesCode === 'OUT_OF_RANGE',
  );
}

/**
 * Parses `input` with `schema` or throws an ImpayesError listing every problem: `OUT_OF_RANGE`
 * when every problem is a well-formed value beyond a limit (a date outside the supported range, an
 * amount too large), `INVALID_INPUT` otherwise. `label` names the argument in the message
 * ("invoice", "options").
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  label: string,
  basePath: ErrorPath = [],
): z.output<S> {
  const result = readSafely(schema, input, label, basePath);
  if (result.success) return result.data;
  const issues = mapZodIssues(result.error.issues, input, basePath);
  const lines = issues.map((i) => `${i.path.length ? formatPath(i.path) : label}: ${i.message}`);
  const code = allOutOfRange(result.error.issues) ? 'OUT_OF_RANGE' : 'INVALID_INPUT';
  const message =
    lines.length === 1
      ? `Invalid ${label}. ${lines[0]}`
      : boundedMessage(`Invalid ${label}: ${lines.length} problems.`, lines);
  throw new ImpayesError({ code, message, issues, cause: result.error });
}

/**
 * Runs the schema, turning anything a getter or a Proxy in the caller's input throws while it is
 * read into one `INVALID_INPUT` (the promise is: a result or an ImpayesError, never anything else).
 */
function readSafely<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  label: string,
  basePath: ErrorPath,
): { success: true; data: z.output<S> } | { success: false; error: z.core.$ZodError } {
  try {
    return schema.safeParse(input) as never;
  } catch (error) {
    return rethrowAsInvalidInput(error, label, basePath);
  }
}

/** The constructor name of a thrown value, bounded, never the value itself. */
function errorName(error: unknown): string {
  if (error instanceof Error) return error.name.slice(0, 40) || 'an error';
  return `a ${typeof error}`;
}

/**
 * Rethrows an ImpayesError as it is and anything else (a getter, a Proxy or a caller's iterator
 * that threw while being read) as one `INVALID_INPUT` at `path`, keeping the cause.
 */
export function rethrowAsInvalidInput(error: unknown, label: string, path: ErrorPath): never {
  if (error instanceof ImpayesError) throw error;
  const message = `could not be read: reading it threw ${errorName(error)}`;
  throw new ImpayesError({
    code: 'INVALID_INPUT',
    message: `Invalid ${label}: ${message}`,
    issues: [{ path, message }],
    path,
    cause: error,
  });
}

/**
 * The entries of a record option after zod parsed it, plus an own `"__proto__"` key of the raw
 * input, which zod's record drops without checking (a debtor may really be called `__proto__`).
 * That value is checked here with `valueSchema` (at `[...path, '__proto__']`), so every value
 * returned went through a schema.
 */
export function recordEntries<S extends z.ZodMiniType>(
  parsed: Readonly<Record<string, z.output<S>>> | undefined,
  raw: unknown,
  valueSchema: S,
  path: ErrorPath,
): Array<[string, z.output<S>]> {
  const entries: Array<[string, z.output<S>]> = Object.entries(parsed ?? {});
  let value: unknown;
  try {
    if (raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, '__proto__')) return entries;
    value = Object.getOwnPropertyDescriptor(raw, '__proto__')?.value;
  } catch (error) {
    return rethrowAsInvalidInput(error, 'options', path);
  }
  entries.push(['__proto__', parseOrThrow(valueSchema, value, 'value', [...path, '__proto__'])]);
  return entries;
}

/** Safe variant of {@link parseOrThrow}, in zod's own result shape. */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  label: string,
): { success: true; data: z.output<S> } | { success: false; error: ImpayesError } {
  try {
    return { success: true, data: parseOrThrow(schema, input, label) };
  } catch (error) {
    if (error instanceof ImpayesError) return { success: false, error };
    throw error;
  }
}

/** Throws an `INVALID_INPUT` ImpayesError with one issue. */
export function invalidInput(
  message: string,
  path: ErrorPath = [],
  details?: Readonly<Record<string, unknown>>,
): never {
  return throwOne('INVALID_INPUT', message, path, details);
}

/** Throws an `OUT_OF_RANGE` ImpayesError with one issue (a well-formed value beyond a limit). */
export function outOfRange(
  message: string,
  path: ErrorPath = [],
  details?: Readonly<Record<string, unknown>>,
): never {
  return throwOne('OUT_OF_RANGE', message, path, details);
}

function throwOne(
  code: 'INVALID_INPUT' | 'OUT_OF_RANGE',
  message: string,
  path: ErrorPath,
  details: Readonly<Record<string, unknown>> | undefined,
): never {
  const where = path.length ? `${formatPath(path)}: ` : '';
  throw new ImpayesError({
    code,
    message: `${where}${message}`,
    issues: [{ path, message }],
    path,
    ...(details ? { details } : {}),
  });
}
