import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { NonNegativeMoneyInputSchema } from '../money/internal.js';
import { EinvoiceRequestedActionSchema } from './requested-action.js';
import { type EinvoiceStatusCode, statusCodeOf, statusCodeProblem } from './status-codes.js';

/**
 * Schema of a lifecycle status code: a number (`207`) or a three-digit string (`'207'`, as CDAR
 * messages carry it), parsed to the number. A code outside the list (200–214, 220, 221, 224–228)
 * fails with a message naming it.
 *
 * @example
 * ```ts
 * EinvoiceStatusCodeSchema.parse('207'); //=> 207
 * EinvoiceStatusCodeSchema.safeParse(215).success; //=> false
 * ```
 * @category E-invoicing
 */
export const EinvoiceStatusCodeSchema = /* @__PURE__ */ z.pipe(
  z.custom<EinvoiceStatusCode | `${EinvoiceStatusCode}`>(
    (value) => statusCodeOf(value) !== undefined,
    { error: (issue) => statusCodeProblem(issue.input) },
  ),
  z.transform((value): EinvoiceStatusCode => statusCodeOf(value)!),
);

const ReasonCodeSchema = /* @__PURE__ */ z.string().check(
  z.regex(/^[A-Z][A-Z0-9_]{0,49}$/, {
    message:
      'must be a reason code of capital letters, digits and "_" such as "MONTANTTOTAL_ERR" (at most 50 characters)',
  }),
);

/**
 * Schema of the amounts a lifecycle status may carry, each zero or more, in euros (TTC):
 * `approved` and `disputed` (206 Approuvée partiellement, 207 En litige), `paid` (the amount sent,
 * 211, or cashed, 212) and `remaining` (what is still due after it). Unknown keys are rejected.
 *
 * @category E-invoicing
 */
export const EinvoiceStatusAmountsSchema = /* @__PURE__ */ z.strictObject({
  approved: z.optional(NonNegativeMoneyInputSchema),
  disputed: z.optional(NonNegativeMoneyInputSchema),
  paid: z.optional(NonNegativeMoneyInputSchema),
  remaining: z.optional(NonNegativeMoneyInputSchema),
});

/**
 * Schema of the dunning event that records a lifecycle status received from the e-invoicing
 * platform: `{ type: 'einvoice_status', date, code, reasonCodes?, requestedAction?, amounts? }`.
 *
 * - `date`: the status date (for 212 Encaissée, the day the payment was cashed);
 * - `code`: see {@link EinvoiceStatusCodeSchema};
 * - `reasonCodes`: the standard reason codes of the status (`'MONTANTTOTAL_ERR'`, `'DOUBLON'`,
 *   `'JUSTIF_ABS'`…), at most 100, not checked against a list (it evolves);
 * - `requestedAction`: what the buyer asks of the creditor, see
 *   {@link EinvoiceRequestedActionSchema};
 * - `amounts`: see {@link EinvoiceStatusAmountsSchema}.
 *
 * Unknown keys are stripped (apps may keep their own ids), except inside `amounts`.
 *
 * @remarks Sources: AFNOR XP Z12-012 / XP Z12-014 (statuts du cycle de vie, CDAR messages); AIFE
 * external specifications v3.1.
 * @example
 * ```ts
 * EinvoiceStatusEventSchema.parse({
 *   type: 'einvoice_status', date: '2026-10-05', code: '207', reasonCodes: ['MONTANTTOTAL_ERR'],
 * }).code;
 * //=> 207
 * ```
 * @category E-invoicing
 */
export const EinvoiceStatusEventSchema = /* @__PURE__ */ z.object({
  type: z.literal('einvoice_status'),
  date: PlainDateSchema,
  code: EinvoiceStatusCodeSchema,
  reasonCodes: z.optional(z.array(ReasonCodeSchema).check(z.maxLength(100))),
  requestedAction: z.optional(EinvoiceRequestedActionSchema),
  amounts: z.optional(EinvoiceStatusAmountsSchema),
});

/**
 * A validated lifecycle status event; see {@link EinvoiceStatusEventSchema}.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusEvent = z.output<typeof EinvoiceStatusEventSchema>;

/**
 * What the app passes as a lifecycle status event: dates as strings, the code as a number or a
 * three-digit string; see {@link EinvoiceStatusEventSchema}.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusEventInput = z.input<typeof EinvoiceStatusEventSchema>;
