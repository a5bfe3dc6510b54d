// Test helper: the older tests of this module read the English sentences; French is the default
// since issue 14, so they ask for `locale: 'en'` through these wrappers (invalid options pass
// through unchanged, so the validation tests still see them).
import {
  limitationDeadline as deadlineIn,
  type LimitationOptions,
  type LimitationWarningOptions,
  limitationWarning as warningIn,
} from './index.js';

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
