import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import { LocaleSchema } from '../text/internal.js';
import { type LimitationEventInput, LimitationEventSchema } from './events.js';

/**
 * A claim whose limitation is computed: who owes it, when it fell due, and what happened since.
 *
 * - `debtor`: the {@link DebtorKind} — sets the period (2, 4 or 5 years) and the start rule;
 * - `dueDate`: the due date (échéance) of the invoice;
 * - `invoiceDate` (optional): the date the invoice was issued;
 * - `completionDate` (optional): the end of the works, the delivery, or the performance of the
 *   services — the start for consumers (C. conso L218-2; Civ. 1re 19 May 2021) and for a B2B invoice
 *   issued late (Cass. com. 26 Feb 2020);
 * - `events` (optional, default none): the {@link LimitationEvent}s, in any order.
 *
 * @example
 * ```ts
 * LimitationClaimSchema.parse({ debtor: 'professional', dueDate: '2009-05-28' }).events; //=> []
 * ```
 * @category Limitation
 */
export const LimitationClaimSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorKindSchema,
  dueDate: PlainDateSchema,
  invoiceDate: z.optional(PlainDateSchema),
  completionDate: z.optional(PlainDateSchema),
  events: z._default(z.array(LimitationEventSchema), []),
});

/**
 * A validated claim; see {@link LimitationClaimSchema}.
 *
 * @category Limitation
 */
export type LimitationClaim = z.infer<typeof LimitationClaimSchema>;

/**
 * What {@link LimitationClaimSchema} accepts: dates as strings, `events` optional and possibly a
 * readonly array (frozen fixtures, `as const` literals).
 *
 * @category Limitation
 */
export type LimitationClaimInput = Readonly<
  Omit<z.input<typeof LimitationClaimSchema>, 'events'>
> & {
  /** The events, in any order (default none). */
  readonly events?: ReadonlyArray<LimitationEventInput>;
};

/**
 * Options of {@link limitationDeadline}:
 *
 * - `asOf`: the day to evaluate `status` and `daysLeft` at (no clock is read); events dated after it
 *   are rejected;
 * - `b2bStart`: `'earliest'` (default) starts a professional / non-professional claim at completion
 *   when the invoice was issued late (Cass. com. 26 Feb 2020), `'due-date'` always at the due date
 *   (Cass. com. 5 Dec 2018) — the law is unsettled on combining the two rulings;
 * - `lateInvoiceDays`: how many days after completion an invoice may be issued before it counts as
 *   "issued late" (default: the statutory default payment term of C. com. L441-10 I in force at
 *   completion, 30 days, law parameter `b2b-default-term-days`);
 * - `warnWithinDays`: raise `LIMITATION_SOON` when at most this many days are left at `asOf`
 *   (default 60);
 * - `locale`: the locale of the explanations and warnings, `'fr'` (default) or `'en'`.
 *
 * @category Limitation
 */
export const LimitationOptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: z.optional(PlainDateSchema),
  b2bStart: z._default(z.enum(['earliest', 'due-date']), 'earliest'),
  lateInvoiceDays: z.optional(z.int().check(z.minimum(0), z.maximum(3650))),
  warnWithinDays: z._default(z.int().check(z.minimum(0), z.maximum(36500)), 60),
  locale: z._default(LocaleSchema, 'fr'),
});

/**
 * Options of {@link limitationDeadline}, as accepted; see {@link LimitationOptionsSchema}.
 *
 * @category Limitation
 */
export type LimitationOptions = z.input<typeof LimitationOptionsSchema>;
