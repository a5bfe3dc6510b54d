import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { EinvoiceStatusEventSchema } from '../einvoicing/internal.js';
import { deepFreeze } from '../internal/freeze.js';
import { type MoneyInput, PositiveMoneyInputSchema } from '../money/internal.js';

/**
 * How a dunning step reaches the debtor: `'email'`, `'phone'`, `'letter'` (courrier simple),
 * `'registered_letter'` (lettre recommandée avec accusé de réception, LRAR) or `'sms'`.
 *
 * @category Dunning
 */
export const DunningChannelSchema = /* @__PURE__ */ z.enum([
  'email',
  'phone',
  'letter',
  'registered_letter',
  'sms',
]);

/**
 * A dunning channel; see {@link DunningChannelSchema}.
 *
 * @category Dunning
 */
export type DunningChannel = z.infer<typeof DunningChannelSchema>;

/**
 * The court routes an app can record with a `legal_action_filed` event:
 *
 * - `'small_claims'`: the commissaire de justice's small-claims procedure (CPCE L125-1);
 * - `'injonction_de_payer'`: an order for payment (CPC 1405–1425);
 * - `'refere_provision'`: an interim payment order (CPC 835 al. 2, 873 al. 2);
 * - `'ordinary_action'`: an ordinary claim on the merits (assignation au fond).
 *
 * @category Dunning
 */
export const LegalRouteSchema = /* @__PURE__ */ z.enum([
  'small_claims',
  'injonction_de_payer',
  'refere_provision',
  'ordinary_action',
]);

/**
 * A court route; see {@link LegalRouteSchema}.
 *
 * @category Dunning
 */
export type LegalRoute = z.infer<typeof LegalRouteSchema>;

const Text = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(500));
const StepId = /* @__PURE__ */ z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    message: 'must be a step id of 1–64 letters, digits, "_", "-" or "." (e.g. "friendly-email")',
  }),
);

function event<T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), date: PlainDateSchema, ...shape });
}

function notBefore(field: string, label: string) {
  return z.superRefine((value: Record<string, unknown>, ctx) => {
    const later = value[field];
    if (typeof later === 'string' && typeof value.date === 'string' && later < value.date)
      ctx.issues.push({
        code: 'custom',
        message: `${label} (${later}) must not be before the event date (${value.date})`,
        input: later,
        path: [field],
      });
  });
}

/**
 * Schema of one dunning event: the audit trail the app stores for each invoice, one record per thing
 * that happened, each `{ type, date, … }` (a discriminated union on `type`).
 *
 * - `reminder_sent { stepId, channel }` — a step of the policy was carried out (record it with the
 *   `record` of the `action` decision);
 * - `payment_received { amount, reference? }`, `credit_note_issued { amount, reference? }`;
 * - `promise_to_pay { promisedDate, amount? }` — the debtor promised to pay by `promisedDate`;
 * - `dispute_opened { reason }`, `dispute_resolved { outcome, amount? }` — `outcome` is `'upheld'`
 *   (the debtor was right), `'rejected'` or `'settled'`; `amount` is the part of the claim dropped by
 *   the resolution (a credit); an upheld dispute without `amount` drops the whole balance;
 * - `payment_plan_agreed { installments: { dueDate, amount }[] }` (échéancier);
 * - `mediation_started`, `mediation_ended` (mediation or conciliation, C. civ. 2238);
 * - `formal_notice_sent { deadlineDays, stepId?, channel? }` — the mise en demeure; its date starts
 *   the deadline;
 * - `legal_action_filed { route }`, `injonction_order_served { orderDate? }` (the order must be
 *   served within 6 months of its date, 3 months for an order made from 2026-09-01, CPC 1411;
 *   décret 2026-96), `judgment_served`;
 * - `insolvency_opened { proceeding, publishedOn }` — `date` is the opening judgment, `publishedOn`
 *   its BODACC publication (C. com. R622-24);
 * - `claim_declared { amount? }` — the claim was filed with the mandataire judiciaire;
 * - `debtor_acknowledged` — the debtor acknowledged the debt in writing (C. civ. 2240);
 * - `paused { until?, reason }` (dunning suspended by the creditor up to and including `until`, or
 *   until `resumed`), `resumed`;
 * - `written_off { reason }`;
 * - `einvoice_status { code, reasonCodes?, requestedAction?, amounts? }` — a lifecycle status of the
 *   e-invoicing reform (see `EinvoiceStatusEventSchema` and `einvoiceStatusEffect`).
 *
 * Unknown keys are stripped, so apps may keep their own ids on the records.
 *
 * @remarks The limitation-relevant events (payments, acknowledgements, promises and payment plans
 * as requests for time, C. civ. 2240; legal actions, 2241; mediation, 2238; injonction orders served,
 * CPC 1411) are passed on to the limitation module.
 * @example
 * ```ts
 * DunningEventSchema.safeParse({ type: 'reminder_sent', date: '2026-03-02', stepId: 'friendly-email', channel: 'email' }).success;
 * //=> true
 * ```
 * @category Dunning
 */
export const DunningEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  event('reminder_sent', { stepId: StepId, channel: DunningChannelSchema }),
  event('payment_received', {
    amount: PositiveMoneyInputSchema,
    reference: z.optional(Text),
  }),
  event('credit_note_issued', {
    amount: PositiveMoneyInputSchema,
    reference: z.optional(Text),
  }),
  event('promise_to_pay', {
    promisedDate: PlainDateSchema,
    amount: z.optional(PositiveMoneyInputSchema),
  }).check(notBefore('promisedDate', 'promisedDate')),
  event('dispute_opened', { reason: Text }),
  event('dispute_resolved', {
    outcome: z.enum(['upheld', 'rejected', 'settled']),
    amount: z.optional(PositiveMoneyInputSchema),
  }).check(
    z.superRefine((value, ctx) => {
      if (value.outcome === 'rejected' && value.amount !== undefined)
        ctx.issues.push({
          code: 'custom',
          message: 'a rejected dispute drops nothing from the claim: remove amount',
          input: value.amount,
          path: ['amount'],
        });
    }),
  ),
  event('payment_plan_agreed', {
    installments: z.array(z.object({ dueDate: PlainDateSchema, amount: PositiveMoneyInputSchema })),
  }),
  event('mediation_started', { reason: z.optional(Text) }),
  event('mediation_ended', { outcome: z.optional(z.enum(['agreement', 'failure'])) }),
  event('formal_notice_sent', {
    deadlineDays: z.int().check(z.minimum(1), z.maximum(365)),
    stepId: z.optional(StepId),
    channel: z.optional(DunningChannelSchema),
  }),
  event('legal_action_filed', { route: LegalRouteSchema }),
  event('injonction_order_served', { orderDate: z.optional(PlainDateSchema) }).check(
    z.superRefine((value, ctx) => {
      if (value.orderDate !== undefined && value.orderDate > value.date)
        ctx.issues.push({
          code: 'custom',
          message: `the order (${value.orderDate}) cannot be dated after its service (${value.date})`,
          input: value.orderDate,
          path: ['orderDate'],
        });
    }),
  ),
  event('judgment_served', {}),
  event('insolvency_opened', {
    proceeding: z.enum(['sauvegarde', 'redressement', 'liquidation']),
    publishedOn: PlainDateSchema,
  }).check(notBefore('publishedOn', 'publishedOn (the BODACC publication)')),
  event('claim_declared', { amount: z.optional(PositiveMoneyInputSchema) }),
  event('debtor_acknowledged', {}),
  event('paused', { until: z.optional(PlainDateSchema), reason: Text }).check(
    notBefore('until', 'until'),
  ),
  event('resumed', {}),
  event('written_off', { reason: Text }),
  EinvoiceStatusEventSchema,
]);

/**
 * One dunning event (validated); see {@link DunningEventSchema}.
 *
 * @category Dunning
 */
export type DunningEvent = z.infer<typeof DunningEventSchema>;

/**
 * What the app passes as an event: like {@link DunningEvent} with plain date strings. Readonly
 * arrays are accepted, so that `as const` logs and frozen test fixtures type-check.
 *
 * @category Dunning
 */
export type DunningEventInput =
  | Exclude<z.input<typeof DunningEventSchema>, { type: 'payment_plan_agreed' }>
  | {
      readonly type: 'payment_plan_agreed';
      readonly date: string;
      readonly installments: ReadonlyArray<{
        readonly dueDate: string;
        readonly amount: MoneyInput;
      }>;
    };

/**
 * The `type` of a {@link DunningEvent}.
 *
 * @category Dunning
 */
export type DunningEventType = DunningEvent['type'];

/**
 * Schema of an event log: the events of one invoice in the order they were recorded.
 *
 * @category Dunning
 */
export const DunningEventsSchema = /* @__PURE__ */ z.array(DunningEventSchema);

/**
 * Every event type, in the order of {@link DunningEventSchema}.
 *
 * @category Dunning
 */
// Read from the schema itself, so a new member of the union is listed without a second edit.
export const dunningEventTypes: ReadonlyArray<DunningEventType> = /* @__PURE__ */ deepFreeze(
  DunningEventSchema.def.options.flatMap((option) => option.def.shape.type.def.values),
);

/** @internal The member of {@link DunningEvent} whose `type` is `K`. */
export type DunningEventOf<K extends DunningEventType> = Extract<DunningEvent, { type: K }>;

/**
 * @internal One function per member of the union `E`, keyed by its `type`, each taking that member
 * first: a member without its function, or a function for no member, is a compile error.
 */
export type ByEventType<E extends { readonly type: string }, A extends unknown[], R> = {
  readonly [K in E['type']]: (event: Extract<E, { type: K }>, ...args: A) => R;
};
