import * as z from 'zod/mini';
import { type DateInput, dayNumber, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { lazy } from '../internal/lazy.js';
import { invalidInput, parseOrThrow, rethrowAsInvalidInput, show } from '../internal/validate.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/internal.js';
import {
  type Finding,
  type Locale,
  LocaleSchema,
  type Message,
  type MessageParams,
  renderIn,
} from '../text/internal.js';
import { limitationCatalogues } from './text.catalogues.js';
import type { LimitationMessage, LimitationMessages, LimitationWarningCode } from './text.js';

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
export interface LimitationWarning extends Finding<LimitationWarningCode> {
  /** The stable code; see {@link LimitationWarningCode}. */
  readonly code: LimitationWarningCode;
  /** The values of the sentence; see {@link LimitationMessages}. */
  readonly params: LimitationMessages[LimitationWarningCode];
  /** `'warning'`, or `'info'` for a fact worth knowing. */
  readonly severity: 'info' | 'warning';
  /** The sentence, in the requested locale (French by default). */
  readonly message: string;
  /** The article or ruling behind the warning (`'n/a'` for a rule of the computation). */
  readonly article: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/**
 * @internal A sentence of the limitation module rendered in `locale` (French by default), with a
 * copy of `params`.
 */
export function limitationText<C extends keyof LimitationMessages & string>(
  code: C,
  params: LimitationMessages[C],
  locale: Locale = 'fr',
): LimitationMessage<C> {
  return renderIn(limitationCatalogues[locale], code, params);
}

/**
 * @internal {@link limitationText} for params built for this sentence alone (an object literal at
 * the call): they are kept, not copied.
 */
export function freshText<C extends keyof LimitationMessages & string>(
  code: C,
  params: LimitationMessages[C],
  locale: Locale = 'fr',
): LimitationMessage<C> {
  return { code, params, message: limitationCatalogues[locale][code](params) };
}

/**
 * @internal A warning of a limitation result, rendered in `locale` (French by default). `params`:
 * an object built for this warning alone (kept, not copied).
 */
export function limitationFinding<C extends LimitationWarningCode>(
  article: string,
  code: C,
  params: LimitationMessages[C],
  severity: 'info' | 'warning' = 'warning',
  locale: Locale = 'fr',
): LimitationWarning {
  const message = limitationCatalogues[locale][code](params);
  return { code, params, message, severity, article } as LimitationWarning;
}

/** @internal The same sentence in `locale` (a copy with fresh params). */
export function relocalised<T extends Message<string, MessageParams>>(m: T, locale: Locale): T {
  const params = { ...m.params };
  if (locale === 'fr') return { ...m, params };
  const render = limitationCatalogues[locale][m.code as keyof LimitationMessages] as (
    p: MessageParams,
  ) => string;
  return { ...m, params, message: render(params) };
}

/** @internal `LIMITATION_SOON` when 0 ≤ days left ≤ withinDays, else null. */
export function soonWarning(
  debtor: DebtorKind,
  deadline: PlainDate,
  asOf: PlainDate,
  withinDays: number,
  locale: Locale = 'fr',
): LimitationWarning | null {
  const left = dayNumber(deadline) - dayNumber(asOf);
  if (left < 0 || left > withinDays) return null;
  return limitationFinding(
    debtor === 'public'
      ? 'Loi 68-1250 art. 1-2'
      : 'C. civ. 2240, 2241, 2244; Cass. com., 18 mai 2022',
    'LIMITATION_SOON',
    { debtor, deadline, asOf, daysLeft: left },
    'warning',
    locale,
  );
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
  /** The locale of the message: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

// Internal, built on first use (cold start, issue 17).
const WarningArgsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    asOf: PlainDateSchema,
    withinDays: z._default(z.int().check(z.minimum(0), z.maximum(36500)), 60),
    locale: z._default(LocaleSchema, 'fr'),
  }),
);

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
 * @param options - `withinDays` (default 60), `locale` of the message (`'fr'` default, or `'en'`)
 * @returns the warning, or `null`
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad `asOf`, `withinDays`, `locale`,
 * `result.deadline` or `result.debtor` (of a running result).
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
  let locale: unknown;
  try {
    withinDays = options.withinDays;
    locale = options.locale;
  } catch (error) {
    rethrowAsInvalidInput(error, 'options', ['options']);
  }
  const args = parseOrThrow(
    WarningArgsSchema(),
    {
      asOf,
      ...(withinDays === undefined ? {} : { withinDays }),
      ...(locale === undefined ? {} : { locale }),
    },
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
  // The debtor kind now goes into the params of the sentence: it must be one of the kinds.
  const debtor = parseOrThrow(DebtorKindSchema, read.debtor, 'debtor', ['result', 'debtor']);
  const soon = soonWarning(debtor, deadline, args.asOf, args.withinDays);
  return soon === null ? null : relocalised(soon, args.locale);
}
