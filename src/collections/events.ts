import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import type { DunningEventInput } from '../dunning/internal.js';
import { NonNegativeMoneyInputSchema } from '../money/internal.js';

const Text = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

/**
 * Schema of the event recording a claim sent after a late payment: the penalties (or interest) and
 * the indemnity claimed for an invoice paid in full after its due date. Store it in the invoice's
 * log with the other events; {@link nextCustomerDunningStep} then never claims that invoice again.
 *
 * @category Collections
 */
export const LatePaymentClaimedEventSchema = /* @__PURE__ */ z.object({
  type: z.literal('late_payment_claimed'),
  date: PlainDateSchema,
  penalties: NonNegativeMoneyInputSchema,
  indemnity: NonNegativeMoneyInputSchema,
  reference: z.optional(Text),
});

/**
 * Schema of the event recording that the creditor chose not to claim the penalties and the
 * indemnity of an invoice paid late (a commercial decision); the invoice is no longer reported.
 *
 * @category Collections
 */
export const LatePaymentClaimWaivedEventSchema = /* @__PURE__ */ z.object({
  type: z.literal('late_payment_claim_waived'),
  date: PlainDateSchema,
  reason: Text,
});

/**
 * Schema of the events the collections module adds to an invoice's log.
 *
 * @category Collections
 */
export const CollectionsEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  LatePaymentClaimedEventSchema,
  LatePaymentClaimWaivedEventSchema,
]);

/**
 * A validated collections event; see {@link CollectionsEventSchema}.
 *
 * @category Collections
 */
export type CollectionsEvent = z.infer<typeof CollectionsEventSchema>;

/**
 * What an invoice's log may hold when it goes through the collections module: the dunning events
 * and the collections events (`late_payment_claimed`, `late_payment_claim_waived`).
 *
 * @category Collections
 */
export type CollectionsEventInput = DunningEventInput | z.input<typeof CollectionsEventSchema>;

const OWN: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'late_payment_claimed',
  'late_payment_claim_waived',
]);

/**
 * @internal True for an event of this module (the dunning module does not know them). An event
 * whose `type` cannot be read (a throwing getter or Proxy) is left to the dunning module's schema,
 * which reports it as `INVALID_INPUT` with its path.
 */
export function isCollectionsEvent(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  try {
    return OWN.has((event as { type?: unknown }).type);
  } catch {
    return false;
  }
}
