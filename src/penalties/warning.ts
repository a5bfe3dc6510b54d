import {
  type Finding,
  type Locale,
  type Message,
  type MessageParams,
  renderIn,
} from '../text/internal.js';
import { penaltiesCatalogues } from './text.catalogues.js';
import { penaltiesTextFr } from './text.fr.js';
import type { PenaltiesMessage, PenaltiesMessages, PenaltyFindingCode } from './text.js';

/**
 * The stable codes of the findings a penalty statement reports:
 *
 * | code | meaning |
 * |---|---|
 * | `CONTRACT_RATE_BELOW_FLOOR` | a contractual rate is below 3 × the legal rate of the half-year (C. com. L441-10 II); one per half-year |
 * | `STATUTORY_RATE_BELOW_FLOOR` | information: the statutory default rate (ECB + 10) is below the contractual floor, as in 2024; the default still applies |
 * | `NO_FORMAL_NOTICE` | consumer or non-professional debtor without a formal notice: no interest runs (C. civ. 1231-6, 1344-1) |
 * | `INSOLVENCY_NO_INDEMNITY` | the 40 € is not owed: insolvency proceedings opened on or before the due date (C. com. L441-10 II) |
 * | `INSOLVENCY_INTEREST_STOPPED` | interest stopped on the opening of insolvency proceedings (C. com. L622-28) |
 * | `RATE_UNKNOWN` | a rate is not in the rate table (tolerant mode `onUnknownRate: 'warn'`, or a floor that could not be checked) |
 * | `JUDGMENT_UPLIFT_NOT_APPLIED` | a judgment was given for a debt that is not under the legal-interest regime: the +5 points are not applied (CMF L313-3) |
 * | `CLAUSE_IGNORED` | a contractual clause given for a public buyer: the CCP rate is mandatory (CCP L2192-14, R2192-31) |
 * | `ADDITIONAL_COSTS_NOT_CLAIMABLE` | justified recovery costs given where the 40 € indemnity is not owed |
 * | `EVENTS_AFTER_AS_OF` | payments or credit notes dated after `asOf` were not applied; `details: { count, firstDate }`, `article: 'n/a'` |
 *
 * @category Penalties
 */
export type PenaltyWarningCode = PenaltyFindingCode;

/**
 * A finding attached to a penalty statement: something the creditor should know that did not
 * stop the computation.
 *
 * @remarks Match on `code`, never on the message.
 * @category Penalties
 */
export interface PenaltyWarning extends Finding<PenaltyWarningCode> {
  /** The stable code; see {@link PenaltyWarningCode}. */
  readonly code: PenaltyWarningCode;
  /** The values of the sentence; see {@link PenaltiesMessages}. */
  readonly params: PenaltiesMessages[PenaltyWarningCode];
  /** `'info'` for a fact worth showing, `'warning'` for something to check or fix. */
  readonly severity: 'info' | 'warning';
  /** The sentence with the figures, in the requested locale (French by default). */
  readonly message: string;
  /** The legal basis, e.g. `'C. com. L441-10 II'`. */
  readonly article: string;
  /** The half-year concerned, e.g. `'2024-H1'`, when the finding is per half-year. */
  readonly halfYear?: string;
  /** Machine-readable facts, for some codes (`EVENTS_AFTER_AS_OF`: `count`, `firstDate`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/**
 * @internal A sentence of the penalties module rendered in French (the default locale); the
 * public functions re-render it with {@link relocalised} for another locale.
 */
export function penaltyText<C extends keyof PenaltiesMessages & string>(
  code: C,
  params: PenaltiesMessages[C],
): PenaltiesMessage<C> {
  // The French catalogue alone: engines used without a locale (dunning) carry no English text.
  return renderIn(penaltiesTextFr, code, params);
}

/** @internal A finding of a penalty statement, rendered in French. */
export function penaltyFinding<C extends PenaltyWarningCode>(
  severity: 'info' | 'warning',
  article: string,
  code: C,
  params: PenaltiesMessages[C],
  extra: {
    readonly halfYear?: string;
    readonly details?: Readonly<Record<string, string | number>>;
  } = {},
): PenaltyWarning {
  return { ...penaltyText(code, params), severity, article, ...extra } as PenaltyWarning;
}

/** @internal The same sentence in `locale` (a copy; French ones are returned as they are). */
export function relocalised<T extends Message<string, MessageParams>>(m: T, locale: Locale): T {
  if (locale === 'fr') return m;
  const render = penaltiesCatalogues[locale][m.code as keyof PenaltiesMessages] as (
    p: MessageParams,
  ) => string;
  return { ...m, message: render(m.params) };
}
