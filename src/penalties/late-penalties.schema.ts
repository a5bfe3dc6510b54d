import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { dec } from '../internal/decimal.js';
import { type InvoiceLike, InvoiceSchema } from '../invoice/internal.js';
import { NonNegativeMoneyInputSchema, PositiveMoneyInputSchema } from '../money/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import { LatePenaltyClauseSchema } from '../terms/internal.js';
import { LocaleSchema } from '../text/internal.js';
import { RatesOptionSchema } from './penalty-rate.js';

/**
 * Schema of a payment received on the debt: its date (the day the funds reached the creditor)
 * and amount (incl. VAT, in cents, above 0).
 *
 * @category Penalties
 */
export const PenaltyPaymentSchema = /* @__PURE__ */ z.strictObject({
  date: PlainDateSchema,
  amount: PositiveMoneyInputSchema,
  reference: z.optional(z.string()),
});

/**
 * A payment received; see {@link PenaltyPaymentSchema}.
 *
 * @category Penalties
 */
export type PenaltyPayment = z.infer<typeof PenaltyPaymentSchema>;

/**
 * Schema of a judgment ordering payment: the day it was served (signifié), from which the CMF
 * L313-3 two-month period runs.
 *
 * @category Penalties
 */
export const JudgmentSchema = /* @__PURE__ */ z.strictObject({ servedOn: PlainDateSchema });

/**
 * A judgment; see {@link JudgmentSchema}.
 *
 * @category Penalties
 */
export type Judgment = z.infer<typeof JudgmentSchema>;

/**
 * Schema of a capitalisation of interest (anatocisme, C. civ. 1343-2): interest due for at least a
 * whole year itself bears interest, but only when the contract provides for it (`source:
 * 'contract'`) or a court orders it (`source: 'judgment'`), from the date they set (`from`, often
 * the date of the claim in court).
 *
 * @example
 * ```ts
 * CapitalisationSchema.safeParse({ from: '2024-06-30', source: 'judgment' }).success; //=> true
 * ```
 * @category Penalties
 */
export const CapitalisationSchema = /* @__PURE__ */ z.strictObject({
  from: PlainDateSchema,
  source: z.enum(['contract', 'judgment']),
});

/**
 * A capitalisation of interest; see {@link CapitalisationSchema}.
 *
 * @category Penalties
 */
export type Capitalisation = z.infer<typeof CapitalisationSchema>;

/** @internal The option fields shared with the claim statement. */
export const penaltyOptionFields = {
  rateMode: /* @__PURE__ */ z.optional(z.enum(['per-half-year', 'fixed-at-start'])),
  dayCount: /* @__PURE__ */ z.optional(z.enum(['ACT/365', 'ACT/ACT'])),
  base: /* @__PURE__ */ z.optional(z.enum(['incl-vat', 'excl-vat'])),
  allocation: /* @__PURE__ */ z.optional(z.enum(['principal-first', 'interest-first'])),
  onBelowFloor: /* @__PURE__ */ z.optional(z.enum(['warn', 'apply-floor'])),
  onUnknownRate: /* @__PURE__ */ z.optional(z.enum(['throw', 'warn'])),
  legalRateCategory: /* @__PURE__ */ z.optional(z.enum(['other', 'consumer-creditor'])),
  rates: /* @__PURE__ */ z.optional(RatesOptionSchema),
  /** The locale of the sentences: `'fr'` (default) or `'en'`. */
  locale: /* @__PURE__ */ z.optional(LocaleSchema),
};

/** @internal The fields shared by the plain input and the claim items. */
export const penaltyInputFields = {
  asOf: PlainDateSchema,
  clause: /* @__PURE__ */ z.optional(LatePenaltyClauseSchema),
  formalNoticeDate: /* @__PURE__ */ z.optional(PlainDateSchema),
  judgment: /* @__PURE__ */ z.optional(JudgmentSchema),
  insolvencyOpenedOn: /* @__PURE__ */ z.optional(PlainDateSchema),
  additionalRecoveryCosts: /* @__PURE__ */ z.optional(NonNegativeMoneyInputSchema),
  capitalisation: /* @__PURE__ */ z.optional(CapitalisationSchema),
};

/** @internal Reports an excl.-VAT amount above the amount. */
export function checkDebtFields(
  v: { readonly amount?: unknown; readonly amountExclVat?: unknown },
  issues: Array<z.core.$ZodRawIssue>,
): void {
  if (
    v.amount !== undefined &&
    v.amountExclVat !== undefined &&
    dec(v.amountExclVat).gt(dec(v.amount))
  )
    issues.push({
      code: 'custom',
      message: `must not exceed amount (${dec(v.amount).toFixed()}), received ${dec(v.amountExclVat).toFixed()}`,
      input: v.amountExclVat,
      path: ['amountExclVat'],
    });
}

/** @internal Requires the debt fields when no invoice is given, forbids them with one. */
export function checkDebtSource(
  v: { readonly invoice?: unknown } & Readonly<Record<string, unknown>>,
  issues: Array<z.core.$ZodRawIssue>,
): void {
  const own = ['debtor', 'amount', 'dueDate'] as const;
  if (v.invoice === undefined) {
    for (const key of own)
      if (v[key] === undefined)
        issues.push({
          code: 'custom',
          message: 'is required (or give an invoice)',
          input: undefined,
          path: [key],
        });
    return;
  }
  for (const key of [...own, 'payments', 'amountExclVat'] as const)
    if (v[key] !== undefined)
      issues.push({
        code: 'custom',
        message: 'must not be given together with invoice (it is taken from the invoice)',
        input: v[key],
        path: [key],
      });
}

/**
 * Schema of the input of {@link computeLatePenalties}: the debtor kind, the amount due incl. VAT
 * at the due date, the due date and the payments received — or an `invoice` that gives them —,
 * the statement date `asOf`, and the optional clause, formal notice, judgment, insolvency opening,
 * justified recovery costs and capitalisation of interest ({@link CapitalisationSchema}).
 *
 * @remarks Payments and credit notes dated after `asOf` are not applied: a statement is computed as
 * of a day (so a past day can be replayed), and the result says so with the warning
 * `EVENTS_AFTER_AS_OF` (count and first date). `amountExclVat` is needed only with the option
 * `base: 'excl-vat'`.
 * @category Penalties
 */
export const LatePenaltiesRequestSchema = /* @__PURE__ */ z
  .strictObject({
    debtor: z.optional(DebtorKindSchema),
    amount: z.optional(PositiveMoneyInputSchema),
    amountExclVat: z.optional(PositiveMoneyInputSchema),
    dueDate: z.optional(PlainDateSchema),
    payments: z.optional(z.array(PenaltyPaymentSchema)),
    invoice: z.optional(InvoiceSchema),
    ...penaltyInputFields,
  })
  .check(
    z.superRefine((v, ctx) => {
      checkDebtSource(v, ctx.issues);
      checkDebtFields(v, ctx.issues);
    }),
  );

/**
 * The validated input of {@link computeLatePenalties}; see {@link LatePenaltiesRequestSchema}.
 *
 * @category Penalties
 */
export type LatePenaltiesRequest = z.infer<typeof LatePenaltiesRequestSchema>;

/**
 * What {@link computeLatePenalties} accepts: amounts as strings, numbers or Decimals, dates as
 * `YYYY-MM-DD` strings, arrays and objects possibly readonly (frozen or `as const`); see
 * {@link LatePenaltiesRequestSchema}.
 *
 * @category Penalties
 */
export type LatePenaltiesRequestInput = Readonly<
  Omit<z.input<typeof LatePenaltiesRequestSchema>, 'payments' | 'invoice'>
> & {
  /** Payments received, see {@link PenaltyPaymentSchema}. */
  readonly payments?: ReadonlyArray<Readonly<z.input<typeof PenaltyPaymentSchema>>> | undefined;
  /** An invoice giving the debtor, amount, due date, payments and clause (see `InvoiceSchema`). */
  readonly invoice?: InvoiceLike | undefined;
};

/**
 * Schema of the options of {@link computeLatePenalties} and {@link computeClaimStatement}:
 *
 * - `rateMode`: `'per-half-year'` (default: each day at its half-year's rate, C. com. L441-10 II)
 *   or `'fixed-at-start'` (the rate of the half-year of the first late day for the whole delay);
 *   public buyers always use the latter (CCP R2192-31);
 * - `dayCount`: `'ACT/365'` (default: days / 365, even in leap years, as service-public does) or
 *   `'ACT/ACT'` (days / length of their calendar year; segments never cross 31 December);
 * - `base`: `'incl-vat'` (default, CJEU C-585/20) or `'excl-vat'` (needs `amountExclVat` or an
 *   invoice);
 * - `allocation`: `'principal-first'` (default) or `'interest-first'` (C. civ. 1343-1);
 * - `onBelowFloor`: `'warn'` (default) or `'apply-floor'` for a contractual rate below 3 × the
 *   legal rate;
 * - `onUnknownRate`: `'throw'` (default: `RATE_UNKNOWN`) or `'warn'` (stop at the last day with a
 *   known rate and add a `RATE_UNKNOWN` warning);
 * - `legalRateCategory`: `'other'` (default: the creditor is a business) or `'consumer-creditor'`
 *   (a natural-person creditor, CMF L313-2);
 * - `rates`: a table from `createRateTable`, or raw overrides.
 *
 * @category Penalties
 */
export const LatePenaltiesOptionsSchema = /* @__PURE__ */ z.strictObject(penaltyOptionFields);

/**
 * The validated options of {@link computeLatePenalties}; see {@link LatePenaltiesOptionsSchema}.
 *
 * @category Penalties
 */
export type LatePenaltiesOptions = z.infer<typeof LatePenaltiesOptionsSchema>;

/**
 * What {@link computeLatePenalties} accepts as options; see {@link LatePenaltiesOptionsSchema}.
 *
 * @category Penalties
 */
export type LatePenaltiesOptionsInput = z.input<typeof LatePenaltiesOptionsSchema>;
