import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { NonNegativeDecimalInputSchema } from '../money/internal.js';

/**
 * Payment terms, as agreed or as the law sets them when nothing was agreed:
 *
 * - `{ type: 'net', days }`: `days` calendar days after the invoice date ("60 jours net");
 * - `{ type: 'end-of-month', days, method }`: "45 jours fin de mois" — method `'days-then-eom'`
 *   (A: end of the month of invoice date + days) or `'eom-then-days'` (B: end of the invoice's month
 *   + days), both accepted by the DGCCRF;
 * - `{ type: 'on-receipt' }`: payable on receipt (the invoice date);
 * - `{ type: 'fixed', date }`: a fixed due date;
 * - `{ type: 'statutory-default' }`: no agreed term — 30 days after delivery or performance
 *   (C. com. L441-10 I al. 1).
 *
 * @category Terms
 */
export const PaymentTermsSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('net'), days: z.int().check(z.minimum(0), z.maximum(3650)) }),
  z.strictObject({
    type: z.literal('end-of-month'),
    days: z.int().check(z.minimum(0), z.maximum(3650)),
    method: z.enum(['days-then-eom', 'eom-then-days']),
  }),
  z.strictObject({ type: z.literal('on-receipt') }),
  z.strictObject({ type: z.literal('fixed'), date: PlainDateSchema }),
  z.strictObject({ type: z.literal('statutory-default') }),
]);

/**
 * Payment terms; see {@link PaymentTermsSchema}.
 *
 * @category Terms
 */
export type PaymentTerms = z.infer<typeof PaymentTermsSchema>;

/**
 * The late-payment penalty clause of a contract or of the seller's terms (CGV):
 *
 * - `{ type: 'statutory' }` (default): the L441-10 II default rate, ECB + 10 points per half-year
 *   (B2B), or the legal interest rate for consumers and non-professionals;
 * - `{ type: 'fixed', ratePercent }`: a fixed annual rate, e.g. 15 %;
 * - `{ type: 'ecb-plus', points }`: the half-year's ECB reference rate + `points`;
 * - `{ type: 'legal-rate-multiple', multiple }`: a multiple of the legal rate ("trois fois le taux
 *   d'intérêt légal"), computed with the "other cases" legal rate of each half-year.
 *
 * Rates and points are non-negative; a contractual rate below the floor of 3 × the legal rate is
 * reported, never silently raised (C. com. L441-10 II).
 *
 * @category Terms
 */
export const LatePenaltyClauseSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('statutory') }),
  z.strictObject({ type: z.literal('fixed'), ratePercent: NonNegativeDecimalInputSchema }),
  z.strictObject({ type: z.literal('ecb-plus'), points: NonNegativeDecimalInputSchema }),
  z.strictObject({
    type: z.literal('legal-rate-multiple'),
    multiple: NonNegativeDecimalInputSchema,
  }),
]);

/**
 * A late-payment penalty clause; see {@link LatePenaltyClauseSchema}.
 *
 * @category Terms
 */
export type LatePenaltyClause = z.infer<typeof LatePenaltyClauseSchema>;
