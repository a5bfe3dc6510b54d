import * as z from 'zod/mini';
import { type FrenchRegion, FrenchRegionSchema } from '../dates/internal.js';
import { ImpayesError, type ImpayesIssue } from '../errors/internal.js';
import { type Dec, dec, toCents } from '../internal/decimal.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseOrThrow } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import { DunningChannelSchema } from './events.js';

/**
 * The kinds of dunning step, from the mildest to the formal notice ([law.md §6](../../docs/law.md)):
 * `'pre_due_notice'` (courtesy reminder before the due date), `'reminder'` (friendly e-mail),
 * `'phone_call'`, `'written_reminder'`, `'registered_letter'` (recalls the previous requests) and
 * `'formal_notice'` (mise en demeure, C. civ. 1344).
 *
 * @category Dunning
 */
export const DunningStepKindSchema = /* @__PURE__ */ z.enum([
  'pre_due_notice',
  'reminder',
  'phone_call',
  'written_reminder',
  'registered_letter',
  'formal_notice',
]);

/**
 * A kind of dunning step; see {@link DunningStepKindSchema}.
 *
 * @category Dunning
 */
export type DunningStepKind = z.infer<typeof DunningStepKindSchema>;

const Label = /* @__PURE__ */ z.strictObject({
  fr: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * Schema of one step of a dunning policy: `id` (stable, recorded in `reminder_sent`), `kind`,
 * `channel`, `offsetDays` from the due date (negative before it) and, for the formal notice,
 * `deadlineDays` (the time given to pay, 15 days by default).
 *
 * @category Dunning
 */
export const DunningStepSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
      message: 'must be 1–64 letters, digits, "_", "-" or "." (e.g. "friendly-email")',
    }),
  ),
  kind: DunningStepKindSchema,
  channel: DunningChannelSchema,
  offsetDays: z.int().check(z.minimum(-60), z.maximum(730)),
  deadlineDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
  label: z.optional(Label),
});

/**
 * One step of a dunning policy; see {@link DunningStepSchema}.
 *
 * @category Dunning
 */
export type DunningStep = z.infer<typeof DunningStepSchema>;

const settingsShape = {
  steps: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(DunningStepSchema)),
  minGapDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(90)),
  ),
  workingDaysOnly: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  region: /* @__PURE__ */ z.optional(FrenchRegionSchema),
  minimumAmount: /* @__PURE__ */ z.optional(NonNegativeMoneyInputSchema),
  catchUp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['earliest', 'latest'])),
  limitationWarningDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(3650)),
  ),
  escalateBeforeLimitationDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(3650)),
  ),
  recoveryCostEstimate: /* @__PURE__ */ z.optional(NonNegativeMoneyInputSchema),
  creditorAbroad: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  creditorIsTrader: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  paymentInTransitWorkingDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(30)),
  ),
  backlogAfterDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(3650))),
  ),
};

const VariantSchema = /* @__PURE__ */ z.strictObject(settingsShape);

/**
 * Schema of a caller's dunning policy. Every field is optional: what is missing comes from
 * {@link defaultDunningPolicy}, field by field (pass `variants: {}` to drop the default variants).
 *
 * - `steps`: the graduated ladder, in increasing `offsetDays`, ending with exactly one
 *   `formal_notice` step; a `pre_due_notice` must have a negative offset, the others a positive one;
 * - `minGapDays` (≥ 1): minimum days between two steps, so that two are never due at once;
 * - `workingDaysOnly` and `region`: steps fall on working days of that holiday calendar;
 * - `minimumAmount`: below this outstanding amount no step is sent;
 * - `catchUp`: after a missed run, `'earliest'` (default) does the earliest missed step first;
 *   `'latest'` jumps to the latest step already due (skipping levels);
 * - `limitationWarningDays` (default 90): `LIMITATION_SOON` from this many days before the
 *   limitation deadline; `escalateBeforeLimitationDays` (default 60): escalate at once from then on;
 * - `recoveryCostEstimate`: below this claim, court costs exceed the amount (write-off advised);
 * - `creditorAbroad`: the creditor is outside metropolitan France (+2 months, C. com. R622-24);
 * - `creditorIsTrader`: the creditor is a commerçant (tribunal de commerce between traders);
 * - `paymentInTransitWorkingDays` (0–30, default 3): working days the next step waits after an
 *   e-invoicing status 211 Paiement transmis, unless a payment arrives first;
 * - `backlogAfterDays` (1–3650 or `null`, default 60): an invoice more than this many days past
 *   due with no step recorded (a backlog taken over) skips the courtesy steps (`pre_due_notice`,
 *   `reminder`: "simple oubli" makes no sense months late) and starts with the first firmer step;
 * - `variants`: per debtor kind, the same fields (except `variants`) overriding the base policy.
 *
 * @category Dunning
 */
export const DunningPolicySchema = /* @__PURE__ */ z.strictObject({
  ...settingsShape,
  variants: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      professional: z.optional(VariantSchema),
      consumer: z.optional(VariantSchema),
      public: z.optional(VariantSchema),
      non_professional: z.optional(VariantSchema),
    }),
  ),
});

/**
 * What a caller passes as a dunning policy; see {@link DunningPolicySchema}.
 *
 * @category Dunning
 */
export type DunningPolicyInput = z.input<typeof DunningPolicySchema>;

/**
 * The settings of a policy once resolved for one debtor kind (every field present).
 *
 * @category Dunning
 */
export interface DunningSettings {
  /** The ladder, in increasing offset, ending with the formal notice. */
  readonly steps: ReadonlyArray<DunningStep>;
  /** Minimum days between two steps (≥ 1). */
  readonly minGapDays: number;
  /** Whether steps are moved to working days. */
  readonly workingDaysOnly: boolean;
  /** The holiday calendar for working days. */
  readonly region: FrenchRegion;
  /** No step below this outstanding amount. */
  readonly minimumAmount: Amount;
  /** Which missed step comes first after a missed run. */
  readonly catchUp: 'earliest' | 'latest';
  /** Days before the limitation deadline from which `LIMITATION_SOON` is given. */
  readonly limitationWarningDays: number;
  /** Days before the limitation deadline from which the decision is to escalate at once. */
  readonly escalateBeforeLimitationDays: number;
  /** Estimated cost of a court route; a smaller claim is better written off. */
  readonly recoveryCostEstimate: Amount;
  /** The creditor is outside metropolitan France (C. com. R622-24: +2 months). */
  readonly creditorAbroad: boolean;
  /** The creditor is a commerçant (tribunal de commerce for claims between traders). */
  readonly creditorIsTrader: boolean;
  /** Working days to wait after 211 Paiement transmis (e-invoicing), 0–30. */
  readonly paymentInTransitWorkingDays: number;
  /**
   * An invoice more than this many days past due with no step recorded yet is a backlog taken
   * over: its courtesy steps (`pre_due_notice`, `reminder`) are skipped; `null`: never skipped.
   */
  readonly backlogAfterDays: number | null;
}

/**
 * A validated dunning policy: base settings and the variants per debtor kind. Build one with
 * {@link createDunningPolicy} once and pass it to every call (nothing is validated again).
 *
 * @category Dunning
 */
export interface DunningPolicy extends DunningSettings {
  /** Overrides per debtor kind. */
  readonly variants: Readonly<Partial<Record<DebtorKind, Partial<DunningSettings>>>>;
}

const POLICY = Symbol.for('impayes-core.dunning-policy');

/**
 * The settings per debtor kind of each policy built by this copy of the library (a WeakMap, so the
 * policy object carries no hidden field and is collected as usual).
 */
const resolvedOf = new WeakMap<DunningPolicy, Readonly<Record<DebtorKind, DunningSettings>>>();

/** The minimum amount of each sealed settings object, parsed once. */
const minimumOf = new WeakMap<DunningSettings, Dec>();

/** @internal A copy of a step: results and built policies never share a step with another value. */
export function copyStep(step: DunningStep): DunningStep {
  // A sealed (frozen) step's copy is planned once; each call then builds it as an object literal,
  // which costs far less than a rest destructuring or a spread (issue 17 profile). A caller's own
  // step may change: no memo.
  let copy = stepCopierOf.get(step);
  if (copy === undefined) {
    copy = copierOf(shapeOf(step));
    if (Object.isFrozen(step)) stepCopierOf.set(step, copy);
  }
  return copy();
}

/** The copy of a step, `label` last (and dropped when undefined). */
function shapeOf(step: DunningStep): DunningStep {
  const { label, ...rest } = step;
  return label === undefined ? { ...rest } : { ...rest, label: { ...label } };
}

const PLAIN_KEYS = 'id,kind,channel,offsetDays';

/** Makes fresh copies of `shape`: a literal for the schema's own key orders, else a spread. */
function copierOf(shape: DunningStep): () => DunningStep {
  const keys = Object.keys(shape).join(',');
  const { id, kind, channel, offsetDays, deadlineDays } = shape;
  const label = shape.label === undefined ? undefined : { ...shape.label };
  if (label !== undefined && Object.keys(label).join(',') === 'fr,en') {
    const { fr, en } = label;
    if (keys === `${PLAIN_KEYS},label`)
      return () => ({ id, kind, channel, offsetDays, label: { fr, en } });
    if (keys === `${PLAIN_KEYS},deadlineDays,label`)
      return () => ({ id, kind, channel, offsetDays, deadlineDays, label: { fr, en } });
  }
  if (keys === PLAIN_KEYS) return () => ({ id, kind, channel, offsetDays });
  if (keys === `${PLAIN_KEYS},deadlineDays`)
    return () => ({ id, kind, channel, offsetDays, deadlineDays });
  return () => (shape.label === undefined ? { ...shape } : { ...shape, label: { ...shape.label } });
}

/** How to copy each sealed step (see {@link copyStep}). */
const stepCopierOf = new WeakMap<DunningStep, () => DunningStep>();

function copySettings<T extends Partial<DunningSettings>>(s: T): T {
  return s.steps === undefined ? { ...s } : { ...s, steps: s.steps.map(copyStep) };
}

/** Private frozen settings with their minimum amount parsed once. */
function sealSettings(settings: DunningSettings): DunningSettings {
  const sealed = deepFreeze(copySettings(settings));
  minimumOf.set(sealed, dec(sealed.minimumAmount));
  return sealed;
}

function brand(policy: DunningPolicy): DunningPolicy {
  Object.defineProperty(policy, POLICY, { value: true });
  // The settings per debtor kind, merged once when the policy is built rather than on every call,
  // from private frozen copies: changing the returned policy afterwards cannot reach them.
  const base = sealSettings(stripVariants(policy));
  const resolved = {} as Record<DebtorKind, DunningSettings>;
  for (const kind of DEBTOR_KINDS) {
    const variant = policy.variants[kind];
    resolved[kind] = variant ? sealSettings({ ...base, ...variant }) : base;
  }
  resolvedOf.set(policy, deepFreeze(resolved));
  return policy;
}

const DEBTOR_KINDS = ['professional', 'consumer', 'public', 'non_professional'] as const;

/** @internal `settings.minimumAmount` as a Decimal (parsed once when the policy was built). */
export function minimumAmountOf(settings: DunningSettings): Dec {
  return minimumOf.get(settings) ?? dec(settings.minimumAmount);
}

function isDunningPolicy(value: unknown): value is DunningPolicy {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[POLICY] === true
    );
  } catch {
    // A Proxy that throws is not a built policy: the schema then reports it as INVALID_INPUT.
    return false;
  }
}

const ladder: ReadonlyArray<DunningStep> = [
  {
    id: 'courtesy-notice',
    kind: 'pre_due_notice',
    channel: 'email',
    offsetDays: -3,
    label: { fr: 'Rappel avant échéance', en: 'Courtesy notice before the due date' },
  },
  {
    id: 'friendly-email',
    kind: 'reminder',
    channel: 'email',
    offsetDays: 1,
    label: { fr: 'Relance amiable par e-mail', en: 'Friendly e-mail reminder' },
  },
  {
    id: 'phone-call',
    kind: 'phone_call',
    channel: 'phone',
    offsetDays: 5,
    label: { fr: 'Appel téléphonique', en: 'Phone call' },
  },
  {
    id: 'written-reminder',
    kind: 'written_reminder',
    channel: 'letter',
    offsetDays: 10,
    label: { fr: 'Relance écrite', en: 'Written reminder' },
  },
  {
    id: 'registered-letter',
    kind: 'registered_letter',
    channel: 'registered_letter',
    offsetDays: 20,
    label: { fr: 'Lettre recommandée de relance', en: 'Registered reminder letter' },
  },
  {
    id: 'formal-notice',
    kind: 'formal_notice',
    channel: 'registered_letter',
    offsetDays: 30,
    deadlineDays: 15,
    label: { fr: 'Mise en demeure (LRAR)', en: 'Formal notice (registered letter)' },
  },
];

/**
 * The default French dunning policy, from the practice the seed articles describe ([law.md §6](../../docs/law.md)):
 * a courtesy e-mail 3 days before the due date, a friendly e-mail the first day late (+1), a phone
 * call (+5), a written reminder by letter (+10), a registered letter recalling the previous requests
 * (+20), then a mise en demeure by registered letter (+30) giving 15 days to pay. At least 3 days
 * between steps, working days only (metropolitan calendar), nothing below 10 €.
 *
 * Variants:
 * - `public` buyers: no phone call (a public accountant pays on a mandated request, pressure by
 *   phone is useless), and the messages speak of the payment request and of intérêts moratoires
 *   (CCP L2192-13);
 * - `consumer` and `non_professional` debtors: the same ladder, with earlier limitation warnings
 *   (120 days; escalate from 75 days) because the B2C limitation is only 2 years (C. conso L218-2);
 *   their interest only starts with the formal notice (C. civ. 1231-6), which the decisions say.
 *
 * @remarks The ladder is practice, not law: no legal minimum deadline exists for a formal notice
 * (15 days is usual). A formal notice does not interrupt limitation (Cass. com. 18 May 2022
 * n°20-23.204).
 * @example
 * ```ts
 * defaultDunningPolicy.steps.map((s) => s.offsetDays); //=> [-3, 1, 5, 10, 20, 30]
 * ```
 * @category Dunning
 */
export const defaultDunningPolicy: DunningPolicy = /* @__PURE__ */ deepFreeze(
  brand({
    steps: ladder,
    minGapDays: 3,
    workingDaysOnly: true,
    region: 'metropolitan',
    minimumAmount: '10.00' as Amount,
    catchUp: 'earliest',
    limitationWarningDays: 90,
    escalateBeforeLimitationDays: 60,
    recoveryCostEstimate: '150.00' as Amount,
    creditorAbroad: false,
    creditorIsTrader: true,
    paymentInTransitWorkingDays: 3,
    backlogAfterDays: 60,
    variants: {
      public: { steps: ladder.filter((s) => s.kind !== 'phone_call') },
      consumer: { limitationWarningDays: 120, escalateBeforeLimitationDays: 75 },
      non_professional: { limitationWarningDays: 120, escalateBeforeLimitationDays: 75 },
    },
  }),
);

type ParsedSettings = z.output<typeof VariantSchema>;

function normalise(s: ParsedSettings): Partial<DunningSettings> {
  const out: { -readonly [K in keyof DunningSettings]?: DunningSettings[K] } = {};
  if (s.steps !== undefined) out.steps = s.steps;
  if (s.minGapDays !== undefined) out.minGapDays = s.minGapDays;
  if (s.workingDaysOnly !== undefined) out.workingDaysOnly = s.workingDaysOnly;
  if (s.region !== undefined) out.region = s.region;
  if (s.minimumAmount !== undefined) out.minimumAmount = toCents(dec(s.minimumAmount)) as Amount;
  if (s.catchUp !== undefined) out.catchUp = s.catchUp;
  if (s.backlogAfterDays !== undefined) out.backlogAfterDays = s.backlogAfterDays;
  if (s.limitationWarningDays !== undefined) out.limitationWarningDays = s.limitationWarningDays;
  if (s.escalateBeforeLimitationDays !== undefined)
    out.escalateBeforeLimitationDays = s.escalateBeforeLimitationDays;
  if (s.recoveryCostEstimate !== undefined)
    out.recoveryCostEstimate = toCents(dec(s.recoveryCostEstimate)) as Amount;
  if (s.creditorAbroad !== undefined) out.creditorAbroad = s.creditorAbroad;
  if (s.creditorIsTrader !== undefined) out.creditorIsTrader = s.creditorIsTrader;
  if (s.paymentInTransitWorkingDays !== undefined)
    out.paymentInTransitWorkingDays = s.paymentInTransitWorkingDays;
  return out;
}

function stepProblems(
  steps: ReadonlyArray<DunningStep>,
  path: ReadonlyArray<string | number>,
): ImpayesIssue[] {
  const issues: ImpayesIssue[] = [];
  const at = (i: number, key?: string): Array<string | number> =>
    key === undefined ? [...path, i] : [...path, i, key];
  if (steps.length === 0)
    issues.push({ path, message: 'must list at least one step (the formal notice)' });
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.id))
      issues.push({ path: at(i, 'id'), message: `duplicate step id "${step.id}"` });
    seen.add(step.id);
    const prev = steps[i - 1];
    if (prev !== undefined && step.offsetDays <= prev.offsetDays)
      issues.push({
        path: at(i, 'offsetDays'),
        message: `steps must be in strictly increasing offsetDays (${step.offsetDays} after ${prev.offsetDays})`,
      });
    if (step.kind === 'pre_due_notice' && step.offsetDays >= 0)
      issues.push({
        path: at(i, 'offsetDays'),
        message: `a pre_due_notice is sent before the due date: offsetDays must be negative, received ${step.offsetDays}`,
      });
    if (step.kind !== 'pre_due_notice' && step.offsetDays <= 0)
      issues.push({
        path: at(i, 'offsetDays'),
        message: `a ${step.kind} step is sent after the due date: offsetDays must be at least 1, received ${step.offsetDays}`,
      });
    if (step.kind === 'formal_notice' && i !== steps.length - 1)
      issues.push({
        path: at(i, 'kind'),
        message: 'the formal_notice step must be the last step (only escalation follows it)',
      });
    if (step.kind !== 'formal_notice' && step.deadlineDays !== undefined)
      issues.push({
        path: at(i, 'deadlineDays'),
        message: 'deadlineDays only applies to the formal_notice step',
      });
  });
  const last = steps[steps.length - 1];
  if (last !== undefined && last.kind !== 'formal_notice')
    issues.push({
      path: at(steps.length - 1, 'kind'),
      message: 'the last step must be the formal_notice (mise en demeure)',
    });
  return issues;
}

function settingsProblems(
  s: Partial<DunningSettings>,
  base: DunningSettings,
  path: ReadonlyArray<string | number>,
): ImpayesIssue[] {
  const issues = s.steps ? stepProblems(s.steps, [...path, 'steps']) : [];
  const warn = s.limitationWarningDays ?? base.limitationWarningDays;
  const esc = s.escalateBeforeLimitationDays ?? base.escalateBeforeLimitationDays;
  if (esc > warn)
    issues.push({
      path: [...path, 'escalateBeforeLimitationDays'],
      message: `must not exceed limitationWarningDays (${esc} > ${warn}): warn before escalating`,
    });
  return issues;
}

/**
 * Validates a caller's dunning policy and merges it over {@link defaultDunningPolicy}.
 *
 * @remarks Build the policy once and pass the result to {@link nextDunningStep}: a built policy is
 * not validated again, raw input is validated on every call.
 * @param input - the caller's policy (every field optional)
 * @returns the complete, validated policy
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed field, `INVALID_POLICY` for a ladder
 * that contradicts itself (steps out of order, duplicate ids, no final formal notice, a pre-due
 * notice after the due date…), each issue with its path.
 * @example
 * ```ts
 * const policy = createDunningPolicy({ minGapDays: 5, minimumAmount: '50.00' });
 * policy.minGapDays; //=> 5
 * ```
 * @category Dunning
 */
export function createDunningPolicy(input: DunningPolicyInput = {}): DunningPolicy {
  const parsed = parseOrThrow(DunningPolicySchema, input, 'policy', ['policy']);
  const { variants: rawVariants, ...rawBase } = parsed;
  const base: DunningSettings = { ...stripVariants(defaultDunningPolicy), ...normalise(rawBase) };
  const issues = settingsProblems(normalise(rawBase), base, ['policy']);
  const variants: Partial<Record<DebtorKind, Partial<DunningSettings>>> = rawVariants
    ? {}
    : { ...defaultDunningPolicy.variants };
  if (rawVariants) {
    for (const kind of DEBTOR_KINDS) {
      const v = rawVariants[kind];
      if (v === undefined) continue;
      const n = normalise(v);
      issues.push(...settingsProblems(n, base, ['policy', 'variants', kind]));
      variants[kind] = n;
    }
  }
  if (issues.length > 0)
    throw new ImpayesError({
      code: 'INVALID_POLICY',
      message: `Invalid dunning policy: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    });
  // Fresh arrays and objects: the result shares nothing with the default policy or the input.
  const own: Partial<Record<DebtorKind, Partial<DunningSettings>>> = {};
  for (const kind of DEBTOR_KINDS) {
    const v = variants[kind];
    if (v !== undefined) own[kind] = copySettings(v);
  }
  return brand({ ...copySettings(base), variants: own });
}

function stripVariants(policy: DunningPolicy): DunningSettings {
  const { variants: _ignored, ...settings } = policy;
  return settings;
}

/** @internal The settings that apply to one debtor kind. */
export function settingsFor(
  policy: DunningPolicyInput | DunningPolicy | undefined,
  kind: DebtorKind,
): DunningSettings {
  const p =
    policy === undefined
      ? defaultDunningPolicy
      : isDunningPolicy(policy)
        ? policy
        : createDunningPolicy(policy);
  // A policy branded by another copy of the library has no resolved settings from this copy.
  const resolved = resolvedOf.get(p);
  if (resolved !== undefined) return resolved[kind];
  const variant = p.variants[kind];
  return variant ? { ...stripVariants(p), ...variant } : stripVariants(p);
}

/**
 * French and English labels of each {@link DunningStepKind}.
 *
 * @category Dunning
 */
export const dunningStepKindLabels: Readonly<
  Record<DunningStepKind, { readonly fr: string; readonly en: string }>
> = /* @__PURE__ */ deepFreeze({
  pre_due_notice: { fr: 'Rappel avant échéance', en: 'Courtesy notice before the due date' },
  reminder: { fr: 'Relance amiable', en: 'Friendly reminder' },
  phone_call: { fr: 'Appel téléphonique', en: 'Phone call' },
  written_reminder: { fr: 'Relance écrite', en: 'Written reminder' },
  registered_letter: { fr: 'Lettre recommandée de relance', en: 'Registered reminder letter' },
  formal_notice: { fr: 'Mise en demeure', en: 'Formal notice' },
});
