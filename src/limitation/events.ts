import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { deepFreeze } from '../internal/freeze.js';

// Every event is a plain object `{ type, date, note? }` (+ a few documented optional fields), strict
// so that a misspelt key is reported. The dunning module reuses these schemas for the events that
// matter for limitation.

/**
 * The debtor acknowledged the debt: a signed acknowledgement, a request for time to pay, a payment
 * plan it asked for, or any act showing it admits owing the money.
 *
 * @remarks C. civ. 2240: the debtor's acknowledgement interrupts limitation; a new period of the
 * same length starts on that day (2231). A part payment is an acknowledgement of the whole debt
 * (Cass. 1re civ. 25 Feb 2016 n°15-15.994) — record it as `payment_received`.
 * @category Limitation
 */
export const DebtorAcknowledgedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('debtor_acknowledged'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * The debtor paid part of the debt (or an instalment).
 *
 * @remarks C. civ. 2240: a part payment acknowledges the whole debt and interrupts limitation. For a
 * public debtor, any payment, even partial, interrupts the déchéance quadriennale (loi 68-1250
 * art. 2).
 * @category Limitation
 */
export const PaymentReceivedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('payment_received'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A legal action was brought: a writ (`'writ'`), interim proceedings such as a référé-provision
 * (`'interim'`) or another claim before a court (`'other'`, the default).
 *
 * @remarks C. civ. 2241 al. 1: "La demande en justice, même en référé, interrompt le délai de
 * prescription", even before a court without jurisdiction or when the writ is annulled for a
 * procedural defect (al. 2). The interruption lasts until the proceedings end (2242): record the end
 * with a `proceedings_ended` event. The date is the date the writ was served or the claim filed.
 * @category Limitation
 */
export const LegalActionFiledEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('legal_action_filed'),
  date: PlainDateSchema,
  kind: z.optional(z.enum(['writ', 'interim', 'other'])),
  note: z.optional(z.string()),
});

/**
 * The proceedings opened by the latest pending `legal_action_filed` (or the opposition to a served
 * injonction order) ended: `'judgment'` (a decision for the creditor), `'dismissed'` (the claim was
 * finally rejected), `'withdrawn'` (désistement) or `'lapsed'` (péremption d'instance).
 *
 * @remarks C. civ. 2242: the interruption lasts until the proceedings end; a new period then runs
 * (2231). C. civ. 2243: "L'interruption est non avenue si le demandeur se désiste de sa demande ou
 * laisse périmer l'instance, ou si sa demande est définitivement rejetée" — the interruption is
 * treated as never having happened.
 * @category Limitation
 */
export const ProceedingsEndedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('proceedings_ended'),
  date: PlainDateSchema,
  outcome: z.enum(['judgment', 'dismissed', 'withdrawn', 'lapsed']),
  note: z.optional(z.string()),
});

/**
 * A judge issued an injonction de payer order (ordonnance portant injonction de payer).
 *
 * @remarks Filing the request and issuing the order do **not** interrupt limitation; serving the
 * order does (Cass. civ. 10 Jul 1990 n°89-13.345). The order lapses ("non avenue") if it is not
 * served within 6 months of its date (CPC 1411), 3 months for an order made from 2026-09-01 (décret
 * 2026-96).
 * @category Limitation
 */
export const InjonctionOrderIssuedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('injonction_order_issued'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * The injonction de payer order was served on the debtor (signification).
 *
 * @remarks Service of the order is a "citation en justice" that interrupts limitation (C. civ. 2241)
 * — only if it happens within 6 months of the order, 3 months for an order made from 2026-09-01 (CPC
 * 1411; décret 2026-96); a later service does not. The debtor
 * then has one month to oppose (CPC 1416).
 * @category Limitation
 */
export const InjonctionOrderServedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('injonction_order_served'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A forced-execution act (saisie, commandement de payer aux fins de saisie…).
 *
 * @remarks C. civ. 2244: "un acte d'exécution forcée" interrupts limitation; the 20-year long-stop
 * of 2232 does not cap it. Property of public persons cannot be seized (CGPPP L2311-1): against a
 * public debtor the event has no effect.
 * @category Limitation
 */
export const EnforcementMeasureEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('enforcement_measure'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A conservatory measure under the CPCE (saisie conservatoire, sûreté judiciaire).
 *
 * @remarks C. civ. 2244: a conservatory measure taken under the Code des procédures civiles
 * d'exécution interrupts limitation; the 20-year long-stop of 2232 does not cap it.
 * @category Limitation
 */
export const ConservatoryMeasureEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('conservatory_measure'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * The parties agreed, after the dispute arose, to mediation (`'mediation'`, the default),
 * conciliation (`'conciliation'`) or a participatory procedure (`'participatory'`); without a written
 * agreement, the date of the first meeting.
 *
 * @remarks C. civ. 2238: limitation is suspended from that day; when the process ends the remaining
 * time runs again, but never less than 6 months.
 * @category Limitation
 */
export const MediationStartedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('mediation_started'),
  date: PlainDateSchema,
  kind: z.optional(z.enum(['mediation', 'conciliation', 'participatory'])),
  note: z.optional(z.string()),
});

/**
 * The mediation or conciliation ended (agreement, failure declared by a party or the mediator).
 *
 * @remarks C. civ. 2238 al. 2: the limitation period runs again "pour une durée qui ne peut être
 * inférieure à six mois" from that day.
 * @category Limitation
 */
export const MediationEndedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('mediation_ended'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * The debtor's agreement to the commissaire de justice's small-claims procedure was recorded.
 *
 * @remarks C. civ. 2238 al. 1 and CPCE L125-1: the recorded agreement suspends limitation.
 * @category Limitation
 */
export const SmallClaimsAcceptedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('small_claims_accepted'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * The small-claims procedure ended (agreement recorded, or the debtor's refusal recorded).
 *
 * @remarks C. civ. 2238: the period runs again for at least 6 months from that day.
 * @category Limitation
 */
export const SmallClaimsEndedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('small_claims_ended'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A formal notice (mise en demeure) was sent, by registered letter (LRAR) or otherwise.
 *
 * @remarks A mise en demeure, even by LRAR, does **not** interrupt or suspend limitation
 * (Cass. com. 18 May 2022 n°20-23.204; Cass. com. 13 Oct 1992 n°91-10.066): the list of interrupting
 * acts is exhaustive. Against a **public** debtor, a written payment demand does interrupt (loi
 * 68-1250 art. 2) and is treated like `public_claim_written`.
 * @category Limitation
 */
export const FormalNoticeSentEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('formal_notice_sent'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A judgment (or an unopposed injonction order) was served: the claim becomes an enforceable title.
 *
 * @remarks CPCE L111-4: a judgment can be enforced for 10 years. It must follow a
 * `proceedings_ended` with outcome `'judgment'`, or a timely served injonction order (an unopposed
 * order has the effects of a judgment, CPC 1422; Cass. 2e civ. 8 Jun 2023 n°21-18.615).
 * @category Limitation
 */
export const JudgmentServedEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('judgment_served'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * A written payment request or claim was sent to a public debtor about the debt.
 *
 * @remarks Loi 68-1250 art. 2: "toute demande de paiement ou toute réclamation écrite adressée par un
 * créancier à l'autorité administrative" interrupts the déchéance quadriennale; a new 4-year period
 * runs from 1 January of the following year. It has no effect on a private debtor.
 * @category Limitation
 */
export const PublicClaimWrittenEventSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('public_claim_written'),
  date: PlainDateSchema,
  note: z.optional(z.string()),
});

/**
 * Any event that can matter for limitation, discriminated on `type`; see each event's schema
 * ({@link DebtorAcknowledgedEventSchema}, {@link LegalActionFiledEventSchema}, …).
 *
 * @category Limitation
 */
export const LimitationEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  DebtorAcknowledgedEventSchema,
  PaymentReceivedEventSchema,
  LegalActionFiledEventSchema,
  ProceedingsEndedEventSchema,
  InjonctionOrderIssuedEventSchema,
  InjonctionOrderServedEventSchema,
  EnforcementMeasureEventSchema,
  ConservatoryMeasureEventSchema,
  MediationStartedEventSchema,
  MediationEndedEventSchema,
  SmallClaimsAcceptedEventSchema,
  SmallClaimsEndedEventSchema,
  FormalNoticeSentEventSchema,
  JudgmentServedEventSchema,
  PublicClaimWrittenEventSchema,
]);

/**
 * A `debtor_acknowledged` event; see {@link DebtorAcknowledgedEventSchema}.
 *
 * @category Limitation
 */
export type DebtorAcknowledgedEvent = z.infer<typeof DebtorAcknowledgedEventSchema>;
/**
 * A `payment_received` event; see {@link PaymentReceivedEventSchema}.
 *
 * @category Limitation
 */
export type PaymentReceivedEvent = z.infer<typeof PaymentReceivedEventSchema>;
/**
 * A `legal_action_filed` event; see {@link LegalActionFiledEventSchema}.
 *
 * @category Limitation
 */
export type LegalActionFiledEvent = z.infer<typeof LegalActionFiledEventSchema>;
/**
 * A `proceedings_ended` event; see {@link ProceedingsEndedEventSchema}.
 *
 * @category Limitation
 */
export type ProceedingsEndedEvent = z.infer<typeof ProceedingsEndedEventSchema>;
/**
 * An `injonction_order_issued` event; see {@link InjonctionOrderIssuedEventSchema}.
 *
 * @category Limitation
 */
export type InjonctionOrderIssuedEvent = z.infer<typeof InjonctionOrderIssuedEventSchema>;
/**
 * An `injonction_order_served` event; see {@link InjonctionOrderServedEventSchema}.
 *
 * @category Limitation
 */
export type InjonctionOrderServedEvent = z.infer<typeof InjonctionOrderServedEventSchema>;
/**
 * An `enforcement_measure` event; see {@link EnforcementMeasureEventSchema}.
 *
 * @category Limitation
 */
export type EnforcementMeasureEvent = z.infer<typeof EnforcementMeasureEventSchema>;
/**
 * A `conservatory_measure` event; see {@link ConservatoryMeasureEventSchema}.
 *
 * @category Limitation
 */
export type ConservatoryMeasureEvent = z.infer<typeof ConservatoryMeasureEventSchema>;
/**
 * A `mediation_started` event; see {@link MediationStartedEventSchema}.
 *
 * @category Limitation
 */
export type MediationStartedEvent = z.infer<typeof MediationStartedEventSchema>;
/**
 * A `mediation_ended` event; see {@link MediationEndedEventSchema}.
 *
 * @category Limitation
 */
export type MediationEndedEvent = z.infer<typeof MediationEndedEventSchema>;
/**
 * A `small_claims_accepted` event; see {@link SmallClaimsAcceptedEventSchema}.
 *
 * @category Limitation
 */
export type SmallClaimsAcceptedEvent = z.infer<typeof SmallClaimsAcceptedEventSchema>;
/**
 * A `small_claims_ended` event; see {@link SmallClaimsEndedEventSchema}.
 *
 * @category Limitation
 */
export type SmallClaimsEndedEvent = z.infer<typeof SmallClaimsEndedEventSchema>;
/**
 * A `formal_notice_sent` event; see {@link FormalNoticeSentEventSchema}.
 *
 * @category Limitation
 */
export type FormalNoticeSentEvent = z.infer<typeof FormalNoticeSentEventSchema>;
/**
 * A `judgment_served` event; see {@link JudgmentServedEventSchema}.
 *
 * @category Limitation
 */
export type JudgmentServedEvent = z.infer<typeof JudgmentServedEventSchema>;
/**
 * A `public_claim_written` event; see {@link PublicClaimWrittenEventSchema}.
 *
 * @category Limitation
 */
export type PublicClaimWrittenEvent = z.infer<typeof PublicClaimWrittenEventSchema>;

/**
 * A limitation event (validated); see {@link LimitationEventSchema}.
 *
 * @category Limitation
 */
export type LimitationEvent = z.infer<typeof LimitationEventSchema>;

/**
 * What {@link LimitationEventSchema} accepts (dates as plain strings).
 *
 * @category Limitation
 */
export type LimitationEventInput = z.input<typeof LimitationEventSchema>;

/**
 * The `type` of a limitation event.
 *
 * @category Limitation
 */
export type LimitationEventType = LimitationEvent['type'];

/**
 * Same-day order of events: the engine sorts events by date, then by this rank (lower first), so
 * that the input order never matters. An order is issued before it is served; a legal action is
 * filed before anything else that day is weighed; suspensions start before the acts of the day and
 * end after them; proceedings end before the judgment is served.
 *
 * @category Limitation
 */
export const limitationEventOrder: Readonly<Record<LimitationEventType, number>> =
  /* @__PURE__ */ deepFreeze({
    injonction_order_issued: 0,
    injonction_order_served: 1,
    legal_action_filed: 2,
    mediation_started: 3,
    small_claims_accepted: 3,
    debtor_acknowledged: 4,
    payment_received: 4,
    public_claim_written: 4,
    formal_notice_sent: 4,
    conservatory_measure: 4,
    enforcement_measure: 4,
    mediation_ended: 5,
    small_claims_ended: 5,
    proceedings_ended: 6,
    judgment_served: 7,
  });
