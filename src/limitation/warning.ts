import * as z from 'zod/mini';
import { type DateInput, daysBetween, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { invalidInput, parseOrThrow, rethrowAsInvalidInput, show } from '../internal/validate.js';
import type { DebtorKind } from '../parties/index.js';

/**
 * A warning attached to a limitation result: a stable `UPPER_SNAKE` code, an English message and
 * the article it rests on.
 *
 * Codes: `LIMITATION_SOON`, `LIMITATION_EXPIRED`, `PROCEEDINGS_PENDING`, `LIMITATION_SUSPENDED`,
 * `FORMAL_NOTICE_NO_EFFECT`, `EVENT_AFTER_EXPIRY`, `INJONCTION_NOT_SERVED`, `INJONCTION_LAPSED`,
 * `CONSUMER_START_FALLBACK`, `LATE_INVOICE_START`, `PUBLIC_START_YEAR`, `LONG_STOP_BINDING`,
 * `EVENTS_AFTER_AS_OF` (events dated after `asOf` were not applied; `details: { count, firstDate }`,
 * `article: 'n/a'`).
 *
 * @category Limitation
 */
export interface LimitationWarning {
  /** The stable code. */
  readonly code: string;
  /** A readable English sentence. */
  readonly message: string;
  /** The article or ruling behind the warning (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** @internal The acts that really interrupt limitation, in words, per debtor kind. */
export function interruptingActs(debtor: DebtorKind): string {
  if (debtor === 'public')
    return 'a written payment request or claim sent to the administration, a payment, or a court action (loi 68-1250 art. 2)';
  return 'a legal action (writ, interim proceedings, or an injonction de payer order served on the debtor), an enforcement or conservatory measure, or a written acknowledgement or part payment by the debtor (C. civ. 2240, 2241, 2244)';
}

/** @internal `LIMITATION_SOON` when 0 ≤ days left ≤ withinDays, else null. */
export function soonWarning(
  debtor: DebtorKind,
  deadline: PlainDate,
  asOf: PlainDate,
  withinDays: number,
): LimitationWarning | null {
  const left = daysBetween(asOf, deadline);
  if (left < 0 || left > withinDays) return null;
  return {
    code: 'LIMITATION_SOON',
    message: `Limitation expires on ${deadline} (${left} day(s) left on ${asOf}). To keep the claim alive, act before then with ${interruptingActs(debtor)}.${debtor === 'public' ? '' : ' A formal notice, even by registered letter, does NOT interrupt it (Cass. com. 18 May 2022 n°20-23.204).'}`,
    article:
      debtor === 'public'
        ? 'Loi 68-1250 art. 1-2'
        : 'C. civ. 2240, 2241, 2244; Cass. com. 18 May 2022',
  };
}

/**
 * The part of a {@link LimitationDeadlineResult} that {@link limitationWarning} reads.
 *
 * @category Limitation
 */
export interface LimitationWarningInput {
  /** The debtor kind (it decides which acts interrupt). */
  readonly debtor: DebtorKind;
  /** The last day to act, or `null` while proceedings are pending. */
  readonly deadline: DateInput | null;
  /** The status of the claim. */
  readonly status: 'running' | 'suspended' | 'expired';
}

/**
 * Options of {@link limitationWarning}.
 *
 * @category Limitation
 */
export interface LimitationWarningOptions {
  /** Warn when at most this many days are left (default 60). */
  readonly withinDays?: number;
}

const WarningArgsSchema = /* @__PURE__ */ z.strictObject({
  asOf: PlainDateSchema,
  withinDays: z._default(z.int().check(z.minimum(0), z.maximum(36500)), 60),
});

/**
 * Tells whether a computed limitation deadline is near: returns a `LIMITATION_SOON` warning naming the
 * deadline and the acts that really interrupt limitation — and that a formal notice does not — or
 * `null` when the deadline is further away, already passed, or not running (suspended or pending).
 *
 * @remarks The dunning engine calls it before recommending a formal notice: a mise en demeure, even by
 * LRAR, does not interrupt limitation (Cass. com. 18 May 2022 n°20-23.204); only the acts of C. civ.
 * 2240, 2241 and 2244 do (for public debtors, loi 68-1250 art. 2 also counts a written claim).
 * {@link limitationDeadline} adds the same warning to its result when `asOf` is given.
 * Only `result.deadline` is re-checked (the rest is the output of {@link limitationDeadline}).
 * @param result - a limitation result (`debtor`, `deadline`, `status`)
 * @param asOf - the day to count from
 * @param options - `withinDays` (default 60)
 * @returns the warning, or `null`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad `asOf`, `withinDays` or `result.deadline`.
 * @example
 * ```ts
 * limitationWarning({ debtor: 'professional', deadline: '2014-05-28', status: 'running' }, '2014-04-28')?.code;
 * //=> 'LIMITATION_SOON'
 * ```
 * @category Limitation
 */
export function limitationWarning(
  result: LimitationWarningInput,
  asOf: string,
  options: LimitationWarningOptions = {},
): LimitationWarning | null {
  if (options === null || typeof options !== 'object') {
    invalidInput(`must be an object such as { withinDays }, received ${show(options)}`, [
      'options',
    ]);
  }
  let withinDays: unknown;
  try {
    withinDays = options.withinDays;
  } catch (error) {
    rethrowAsInvalidInput(error, 'options', ['options']);
  }
  const args = parseOrThrow(
    WarningArgsSchema,
    { asOf, ...(withinDays === undefined ? {} : { withinDays }) },
    'arguments',
  );
  if (result === null || typeof result !== 'object') {
    invalidInput(`must be a limitation result, received ${show(result)}`, ['result']);
  }
  let read: Pick<LimitationWarningInput, 'status' | 'deadline' | 'debtor'>;
  try {
    read = { status: result.status, deadline: result.deadline, debtor: result.debtor };
  } catch (error) {
    return rethrowAsInvalidInput(error, 'result', ['result']);
  }
  if (read.status !== 'running' || read.deadline === null) return null;
  const deadline = parseOrThrow(PlainDateSchema, read.deadline, 'deadline', ['result', 'deadline']);
  return soonWarning(read.debtor, deadline, args.asOf, args.withinDays);
}
