import * as z from 'zod/mini';
import { addDays, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import { DebtorKindSchema } from '../parties/index.js';

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
 * - `today`: the day a payment would be asked for or received;
 * - `exception`: one of the L221-10 exceptions, when it applies;
 * - `smallBusinessOutsideCoreActivity`: for a `professional` buyer, `true` when it employs five
 *   people or fewer and the contract is outside its main activity (C. conso L221-3 extends the
 *   off-premises rules to it).
 *
 * @category Deposit
 */
export const CanRequestPaymentRequestSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorKindSchema,
  offPremises: z.boolean(),
  signedOn: PlainDateSchema,
  today: PlainDateSchema,
  exception: z.optional(OffPremisesExceptionSchema),
  smallBusinessOutsideCoreActivity: z.optional(z.boolean()),
});

/**
 * The request to {@link canRequestPayment}; see {@link CanRequestPaymentRequestSchema}.
 *
 * @category Deposit
 */
export type CanRequestPaymentRequest = z.input<typeof CanRequestPaymentRequestSchema>;

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
  /** The reason, as a readable English sentence. */
  readonly reason: string;
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
 * @returns whether a payment is allowed today, the first allowed day and the reason
 * @throws {@link ImpayesError} `INVALID_INPUT` with the path of each malformed field.
 * @example
 * ```ts
 * canRequestPayment({
 *   debtor: 'consumer', offPremises: true, signedOn: '2026-03-02', today: '2026-03-09',
 * });
 * //=> { allowed: false, firstAllowedDay: '2026-03-10', banEndsOn: '2026-03-09',
 * //     code: 'SEVEN_DAY_BAN', … }
 * ```
 * @category Deposit
 */
export function canRequestPayment(request: CanRequestPaymentRequest): CanRequestPaymentResult {
  const r = parseOrThrow(CanRequestPaymentRequestSchema, request, 'request');
  const article = 'C. conso L221-10' as const;
  const open = (code: CanRequestPaymentReason, reason: string): CanRequestPaymentResult => ({
    allowed: true,
    firstAllowedDay: r.signedOn,
    banEndsOn: null,
    code,
    reason,
    article,
  });
  const protectedBuyer =
    r.debtor === 'consumer' ||
    (r.debtor === 'professional' && r.smallBusinessOutsideCoreActivity === true);
  if (!protectedBuyer)
    return open(
      'NOT_A_CONSUMER_CONTRACT',
      'The buyer is not a consumer (nor a business of five employees or fewer contracting outside its main activity, C. conso L221-3): the 7-day ban does not apply.',
    );
  if (!r.offPremises)
    return open(
      'NOT_OFF_PREMISES',
      'The contract was not made off premises: the 7-day ban does not apply.',
    );
  if (r.exception !== undefined)
    return open(
      'EXCEPTION',
      `The contract falls under an exception of C. conso L221-10 (${r.exception}): payment may be received at once.`,
    );
  const banEndsOn = addDays(r.signedOn, 7);
  const firstAllowedDay = addDays(r.signedOn, 8);
  const allowed = r.today >= firstAllowedDay;
  return {
    allowed,
    firstAllowedDay,
    banEndsOn,
    code: allowed ? 'SEVEN_DAYS_ELAPSED' : 'SEVEN_DAY_BAN',
    reason: allowed
      ? `The 7 days after the off-premises contract of ${r.signedOn} ended on ${banEndsOn}: payment may be received.`
      : `No payment of any kind may be received before ${firstAllowedDay}: the 7 days after the off-premises contract of ${r.signedOn} run until ${banEndsOn} included.`,
    article,
  };
}
