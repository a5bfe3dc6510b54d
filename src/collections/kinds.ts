import { type DunningStepKind, DunningStepKindSchema } from '../dunning/internal.js';

/**
 * The kind of a customer message: a step kind of the ladder, or `'late_payment_claim'` (the claim
 * of penalties and indemnity after a late payment).
 *
 * @category Collections
 */
export type CustomerMessageKind = DunningStepKind | 'late_payment_claim';

/**
 * Why an invoice is held: a dispute, a promise to pay, a payment plan, a creditor pause, a
 * mediation, or a payment the buyer's platform says is on its way (e-invoicing status 211
 * Paiement transmis).
 *
 * @category Collections
 */
export type CustomerHoldReason =
  | 'dispute'
  | 'promise'
  | 'payment_plan'
  | 'pause'
  | 'mediation'
  | 'payment_in_transit';

/** The message kinds from the mildest; a claim after payment comes first (it chases nothing). */
const ORDER: ReadonlyArray<CustomerMessageKind> = [
  'late_payment_claim',
  ...DunningStepKindSchema.options,
];

/** @internal How advanced a kind is (higher is more advanced). */
export function rankOf(kind: CustomerMessageKind): number {
  return ORDER.indexOf(kind);
}

/** @internal The more advanced of two kinds. */
export function moreAdvanced(a: CustomerMessageKind, b: CustomerMessageKind): CustomerMessageKind {
  return rankOf(b) > rankOf(a) ? b : a;
}
