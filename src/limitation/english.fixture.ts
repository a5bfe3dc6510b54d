// Test helper: the older tests of this module read the English sentences; French is the default
// since issue 14, so they ask for `locale: 'en'` through these wrappers (invalid options pass
// through unchanged, so the validation tests still see them).
import {
  limitationDeadline as deadlineIn,
  type LimitationOptions,
  type LimitationWarningOptions,
  limitationWarning as warningIn,
} from './index.js';
import * as P from './procedural-deadlines.js';

const isPlain = (o: unknown): o is Record<string, unknown> =>
  typeof o === 'object' &&
  o !== null &&
  !Array.isArray(o) &&
  Object.getPrototypeOf(o) === Object.prototype;

/** {@link deadlineIn} with English sentences unless the options say otherwise. */
export const limitationDeadline: typeof deadlineIn = (claim, options?: LimitationOptions) =>
  deadlineIn(
    claim,
    options === undefined
      ? { locale: 'en' }
      : isPlain(options)
        ? { locale: 'en', ...options }
        : options,
  );

/** {@link warningIn} with an English sentence unless the options say otherwise. */
export const limitationWarning: typeof warningIn = (
  result,
  asOf,
  options?: LimitationWarningOptions,
) =>
  warningIn(
    result,
    asOf,
    options === undefined
      ? { locale: 'en' }
      : isPlain(options)
        ? { locale: 'en', ...options }
        : options,
  );

type WithLocale<O> = O & { readonly locale?: 'fr' | 'en' };
const en = <O>(options: O | undefined): O =>
  (options === undefined
    ? { locale: 'en' }
    : isPlain(options)
      ? { locale: 'en', ...options }
      : options) as O;

/** The procedural deadlines with English explanations unless the options say otherwise. */
export const injonctionServiceDeadline: typeof P.injonctionServiceDeadline = (d, o) =>
  P.injonctionServiceDeadline(d, en<WithLocale<P.RecoveryDeadlineOptions>>(o));
export const oppositionDeadline: typeof P.oppositionDeadline = (d, o) =>
  P.oppositionDeadline(d, en<WithLocale<P.RecoveryDeadlineOptions>>(o));
export const insolvencyClaimDeadline: typeof P.insolvencyClaimDeadline = (d, o) =>
  P.insolvencyClaimDeadline(d, en<WithLocale<P.InsolvencyClaimDeadlineOptions>>(o));
export const forclusionReliefDeadline: typeof P.forclusionReliefDeadline = (d, o) =>
  P.forclusionReliefDeadline(d, en<WithLocale<P.RecoveryDeadlineOptions>>(o));
export const formalNoticeExpiry: typeof P.formalNoticeExpiry = (d, n, o) =>
  P.formalNoticeExpiry(d, n, en<WithLocale<P.RecoveryDeadlineOptions>>(o));
export const judgmentUpliftStart: typeof P.judgmentUpliftStart = (d, o) =>
  P.judgmentUpliftStart(d, en<WithLocale<P.RecoveryDeadlineOptions>>(o));
export const injonctionEnforceableFrom: typeof P.injonctionEnforceableFrom = (d, o) =>
  P.injonctionEnforceableFrom(d, en(o));
