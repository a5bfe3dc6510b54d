import * as z from 'zod/mini';
import { addDays, type DateInput, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { type Draft, localeOf, renderDraft, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumber } from '../law/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import { depositCatalogues } from './text.catalogues.js';
import type { DepositMessages } from './text.js';

/**
 * The exceptions to the 7-day payment ban of C. conso L221-10 (al. 2):
 *
 * - `'newspaper-subscription'` (1°): a subscription, signed at home, to a daily publication or
 *   similar (CGI art. 39 bis);
 * - `'approved-personal-services'` (2°): successive-performance contracts for personal services
 *   (C. trav. L7231-1) offered by an approved body;
 * - `'home-party'` (3°): contracts made at a home party organised by the seller, at the seller's home
 *   or at a consumer's home who expressly agreed beforehand;
 * - `'urgent-repair'` (4°): urgent maintenance or repair work at the consumer's home expressly
 *   requested by the consumer, limited to the parts and work strictly needed for the emergency.
 *
 * @category Deposit
 */
export const OffPremisesExceptionSchema = /* @__PURE__ */ z.enum([
  'newspaper-subscription',
  'approved-personal-services',
  'home-party',
  'urgent-repair',
]);

/**
 * An exception to the L221-10 payment ban; see {@link OffPremisesExceptionSchema}.
 *
 * @category Deposit
 */
export type OffPremisesException = z.infer<typeof OffPremisesExceptionSchema>;

/**
 * Schema of the request to {@link canRequestPayment}:
 *
 * - `debtor`: the buyer's kind;
 * - `offPremises`: the contract was made off premises (hors établissement, C. conso L221-1 2°:
 *   at the consumer's home, at work, in the street, on an excursion, or on the business's premises
 *   right after being approached elsewhere);
 * - `signedOn`: the day the contract was concluded;
 * - `asOf`: the day a payment would be asked for or received (`today`, its former name, is still
 *   accepted, deprecated; giving both with different days is refused);
 * - `exception`: one of the L221-10 exceptions, when it applies;
 * - `smallBusinessOutsideCoreActivity`: for a `professional` buyer, `true` when it employs five
 *   people or fewer and the contract is outside its main activity (C. conso L221-3 extends the
 *   off-premises rules to it).
 *
 * @category Deposit
 */
export const CanRequestPaymentRequestSchema = /* @__PURE__ */ z
  .strictObject({
    debtor: DebtorKindSchema,
    offPremises: z.boolean(),
    signedOn: PlainDateSchema,
    asOf: z.optional(PlainDateSchema),
    /** @deprecated the former name of `asOf` (issue 18: one name for the day everywhere). */
    today: z.optional(PlainDateSchema),
    exception: z.optional(OffPremisesExceptionSchema),
    smallBusinessOutsideCoreActivity: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => r.asOf !== undefined || r.today !== undefined, {
      error: 'is required: the day a payment would be asked for or received',
      path: ['asOf'],
    }),
    z.refine((r) => r.asOf === undefined || r.today === undefined || r.asOf === r.today, {
      error: 'must be the same day as asOf (today is its deprecated former name); give asOf only',
      path: ['today'],
    }),
  );

/**
 * The request to {@link canRequestPayment}; see {@link CanRequestPaymentRequestSchema}.
 *
 * @category Deposit
 */
export type CanRequestPaymentRequest = Omit<
  z.input<typeof CanRequestPaymentRequestSchema>,
  'asOf' | 'today'
> &
  (
    | { readonly asOf: DateInput; readonly today?: DateInput }
    | {
        /** @deprecated use `asOf` (issue 18: one name for the day everywhere). */
        readonly today: DateInput;
        readonly asOf?: undefined;
      }
  );

/**
 * Why a payment may or may not be asked for:
 *
 * - `'SEVEN_DAY_BAN'`: within the 7 days after an off-premises contract (not allowed);
 * - `'SEVEN_DAYS_ELAPSED'`: the 7 days are over (allowed);
 * - `'EXCEPTION'`: one of the L221-10 exceptions applies (allowed);
 * - `'NOT_OFF_PREMISES'`: the contract was not made off premises (allowed);
 * - `'NOT_A_CONSUMER_CONTRACT'`: the buyer is not protected by the off-premises rules (allowed).
 *
 * @category Deposit
 */
export type CanRequestPaymentReason =
  | 'SEVEN_DAY_BAN'
  | 'SEVEN_DAYS_ELAPSED'
  | 'EXCEPTION'
  | 'NOT_OFF_PREMISES'
  | 'NOT_A_CONSUMER_CONTRACT';

/**
 * The result of {@link canRequestPayment}.
 *
 * @category Deposit
 */
export interface CanRequestPaymentResult {
  /** Whether a payment (of any kind: cash, cheque, card imprint, direct-debit mandate) may be asked for or received `today`. */
  readonly allowed: boolean;
  /** The first day a payment may be received: the 8th day after signing under the ban, else `signedOn`. */
  readonly firstAllowedDay: PlainDate;
  /** The last day of the 7-day period (`signedOn` + 7 days) when the ban applies; `null` when it does not (a JSON round trip keeps the key). */
  readonly banEndsOn: PlainDate | null;
  /** Stable code of the reason. */
  readonly code: CanRequestPaymentReason;
  /** The reason, in the requested locale. */
  readonly reason: string;
  /** The values the reason is made of (dates `YYYY-MM-DD`), for apps rendering their own text. */
  readonly params: DepositMessages[CanRequestPaymentReason];
  /** The legal basis. */
  readonly article: 'C. conso L221-10';
}

/**
 * Tells whether a business may ask a consumer for a payment (deposit included) after an
 * off-premises contract, and from which day.
 *
 * @remarks C. conso L221-10: "Le professionnel ne peut recevoir aucun paiement ou aucune
 * contrepartie, sous quelque forme que ce soit, de la part du consommateur avant l'expiration d'un
 * délai de sept jours à compter de la conclusion du contrat hors établissement." Counting: the day
 * of signing does not count (CPC 641 style), the seven days are the seven following days, and the
 * period expires at the end of the seventh; payment is allowed from the eighth day after signing
 * (signed 2026-03-02 → days 03-03 to 03-09 → allowed from 2026-03-10). The period is not extended
 * to the next working day (it is a ban, not a deadline to act). Exceptions: L221-10 al. 2, 1° to 4°
 * (see {@link OffPremisesExceptionSchema}). The rule also protects a business of five employees or
 * fewer contracting outside its main activity (L221-3). Breach: 2 years' imprisonment and a
 * 150 000 € fine (L242-7).
 * @param request - see {@link CanRequestPaymentRequestSchema}
 * @param options - `locale` of the reason: `'fr'` (default) or `'en'`
 * @returns whether a payment is allowed today, the first allowed day and the reason
 * @throws {@link ImpayesError} `INVALID_INPUT` with the path of each malformed field.
 * @example
 * ```ts
 * canRequestPayment({
 *   debtor: 'consumer', offPremises: true, signedOn: '2026-03-02', asOf: '2026-03-09',
 * });
 * //=> { allowed: false, firstAllowedDay: '2026-03-10', banEndsOn: '2026-03-09',
 * //     code: 'SEVEN_DAY_BAN', … }
 * ```
 * @category Deposit
 */
export function canRequestPayment(
  request: CanRequestPaymentRequest,
  options: TextOptions = {},
): CanRequestPaymentResult {
  const r = parseOrThrow(CanRequestPaymentRequestSchema, request, 'request');
  const locale = localeOf(options);
  const article = 'C. conso L221-10' as const;
  const { allowed, firstAllowedDay, banEndsOn, reason } = paymentBan(r);
  const { code, params, message } = renderDraft(depositCatalogues, locale, reason);
  return {
    allowed,
    firstAllowedDay,
    banEndsOn,
    code: code as CanRequestPaymentReason,
    reason: message,
    params: params as DepositMessages[CanRequestPaymentReason],
    article,
  };
}

/** @internal Step: the L221-10 ban applied to a validated request, its reason as a draft. */
export function paymentBan(r: z.infer<typeof CanRequestPaymentRequestSchema>): {
  readonly allowed: boolean;
  readonly firstAllowedDay: PlainDate;
  readonly banEndsOn: PlainDate | null;
  readonly reason: Draft<DepositMessages>;
} {
  const open = (reason: Draft<DepositMessages>) => ({
    allowed: true,
    firstAllowedDay: r.signedOn,
    banEndsOn: null,
    reason,
  });
  // The ban in force on the day of the contract (law parameter data, C. conso L221-10).
  const days = lawNumber('off-premises-no-payment-days', r.signedOn);
  const protectedBuyer =
    r.debtor === 'consumer' ||
    (r.debtor === 'professional' && r.smallBusinessOutsideCoreActivity === true);
  if (!protectedBuyer) return open({ code: 'NOT_A_CONSUMER_CONTRACT', params: { days } });
  if (!r.offPremises) return open({ code: 'NOT_OFF_PREMISES', params: { days } });
  if (r.exception !== undefined)
    return open({ code: 'EXCEPTION', params: { exception: r.exception } });
  const banEndsOn = addDays(r.signedOn, days);
  const firstAllowedDay = addDays(banEndsOn, 1);
  // `asOf`, or its deprecated alias `today` (the schema checked that one of them is given).
  const allowed = (r.asOf ?? r.today)! >= firstAllowedDay;
  const { signedOn } = r;
  return {
    allowed,
    firstAllowedDay,
    banEndsOn,
    reason: allowed
      ? { code: 'SEVEN_DAYS_ELAPSED', params: { days, signedOn, banEndsOn } }
      : { code: 'SEVEN_DAY_BAN', params: { days, signedOn, banEndsOn, firstAllowedDay } },
  };
}
