import * as z from 'zod/mini';
import {
  createDunningPolicy,
  type DunningPolicy,
  type DunningPolicyInput,
  type DunningStep,
  defaultDunningPolicy,
} from '../dunning/internal.js';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import type { DebtorKind } from '../parties/internal.js';

/**
 * What to do with the penalties and the 40 € indemnity still claimable on an invoice paid late:
 * `'report'` lists them in every decision (the app decides), `'claim'` adds a claim to the next
 * customer message.
 *
 * @category Collections
 */
export type AfterLatePayment = 'report' | 'claim';

/**
 * A customer-level collections policy, built by {@link createCollectionsPolicy}.
 *
 * @category Collections
 */
export interface CollectionsPolicy {
  /** The per-invoice ladder and settings (see `createDunningPolicy`). */
  readonly dunning: DunningPolicy;
  /** Minimum days between two messages to the same customer (≥ 1; default 7). */
  readonly minDaysBetweenMessages: number;
  /** What to do with the amounts still claimable after a late payment (default `'report'`). */
  readonly afterLatePayment: AfterLatePayment;
  /**
   * An invoice more than this many days past due with no step recorded skips the courtesy steps
   * (the pre-due notice and the friendly reminder); `null` never skips them. Default 60.
   */
  readonly backlogAfterDays: number | null;
}

/**
 * What a caller passes as a collections policy; every field is optional.
 *
 * @category Collections
 */
export interface CollectionsPolicyInput {
  /** The per-invoice policy: built by `createDunningPolicy` or raw input; default the default policy. */
  readonly dunning?: DunningPolicy | DunningPolicyInput;
  /** Minimum days between two messages to the same customer, 1 to 90 (default 7). */
  readonly minDaysBetweenMessages?: number;
  /** `'report'` (default) or `'claim'`. */
  readonly afterLatePayment?: AfterLatePayment;
  /** Days past due from which courtesy steps are skipped, 1 to 3650, or `null` (default 60). */
  readonly backlogAfterDays?: number | null;
}

// Built on first use (cold start, issue 17): the default policy needs no validation.
const policySchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    dunning: z.optional(z.custom<DunningPolicy | DunningPolicyInput>()),
    minDaysBetweenMessages: z.optional(z.int().check(z.minimum(1), z.maximum(90))),
    afterLatePayment: z.optional(z.enum(['report', 'claim'])),
    backlogAfterDays: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(3650)))),
  }),
);

const BRAND = Symbol.for('impayes-core.collections-policy');
/** The two ladders each built policy runs, built with it (a WeakMap: no hidden field). */
interface Ladders {
  /** For invoices taken over as a backlog (courtesy steps skipped). */
  readonly backlog: DunningPolicy;
  /** For the other invoices. */
  readonly plain: DunningPolicy;
}

const laddersOf = new WeakMap<CollectionsPolicy, Ladders>();

function laddersFor(dunning: DunningPolicy): Ladders {
  return { backlog: ladderPolicyOf(dunning, false), plain: ladderPolicyOf(dunning, true) };
}

const KINDS: ReadonlyArray<DebtorKind> = ['professional', 'consumer', 'public', 'non_professional'];

/** The courtesy steps a backlog skips: a friendly "simple oubli" makes no sense months late. */
function withoutCourtesy(steps: ReadonlyArray<DunningStep>): DunningStep[] {
  return steps.filter((s) => s.kind !== 'pre_due_notice' && s.kind !== 'reminder');
}

/**
 * The per-invoice policy the customer level runs, with or without courtesy steps (base and
 * variants). The per-invoice backlog rule is turned off: this module applies its own
 * (`backlogAfterDays` of the collections policy), so that it knows and says when it did.
 */
function ladderPolicyOf(p: DunningPolicy, courtesy: boolean): DunningPolicy {
  const { variants, ...base } = p;
  // Fresh arrays: the input type takes mutable ones, and the built policy shares none with `p`.
  const strip = (steps: ReadonlyArray<DunningStep>): DunningStep[] =>
    courtesy ? [...steps] : withoutCourtesy(steps);
  const out: NonNullable<DunningPolicyInput['variants']> = {};
  for (const kind of KINDS) {
    const v = variants[kind];
    if (v === undefined) continue;
    const { steps, ...rest } = v;
    out[kind] = {
      ...rest,
      ...(steps === undefined ? {} : { steps: strip(steps) }),
      ...(v.backlogAfterDays === undefined ? {} : { backlogAfterDays: null }),
    };
  }
  return createDunningPolicy({
    ...base,
    steps: strip(base.steps),
    backlogAfterDays: null,
    variants: out,
  });
}

function build(
  dunning: DunningPolicy,
  minDaysBetweenMessages: number,
  afterLatePayment: AfterLatePayment,
  backlogAfterDays: number | null,
  laddersNow = true,
): CollectionsPolicy {
  const policy = { dunning, minDaysBetweenMessages, afterLatePayment, backlogAfterDays };
  Object.defineProperty(policy, BRAND, { value: true });
  // Built once with the policy, so that a daily run validates no ladder again and a contradictory
  // ladder fails at creation. The default policy's ladders (valid by construction) wait for their
  // first use: building them at import cost ~80 kB of heap and ~8 ms (cold start, issue 17).
  if (laddersNow) laddersOf.set(policy, laddersFor(dunning));
  return Object.freeze(policy);
}

/**
 * The default customer-level policy: the default per-invoice ladder, at most one message a week to
 * a customer (`minDaysBetweenMessages: 7`), amounts claimable after a late payment reported and not
 * claimed (`afterLatePayment: 'report'`), courtesy steps skipped for invoices more than 60 days past
 * due with no step recorded (`backlogAfterDays: 60`).
 *
 * @remarks Why `'report'`: penalties and the 40 € indemnity are due de plein droit (C. com.
 * L441-10 II, D441-5), but claiming them from a customer who has just paid is a commercial
 * decision: the library lists what may be claimed in every decision, and the creditor opts in to
 * automatic claims with `afterLatePayment: 'claim'`, per account if it likes.
 * @example
 * ```ts
 * defaultCollectionsPolicy.minDaysBetweenMessages; //=> 7
 * ```
 * @category Collections
 */
export const defaultCollectionsPolicy: CollectionsPolicy = /* @__PURE__ */ build(
  defaultDunningPolicy,
  7,
  'report',
  60,
  false,
);

/**
 * Validates a customer-level collections policy and fills in the defaults.
 *
 * @remarks Build a policy once and pass it to every call: a built policy is not validated again.
 * Apps often keep a few policies and choose one per account, for instance from `payerProfile`'s
 * grade (a stricter ladder for a `D` payer).
 * @param input - see {@link CollectionsPolicyInput}
 * @returns the frozen policy
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed field (path `['policy', …]`),
 * `INVALID_POLICY` for a contradictory per-invoice ladder.
 * @example
 * ```ts
 * const policy = createCollectionsPolicy({ minDaysBetweenMessages: 5, afterLatePayment: 'claim' });
 * policy.afterLatePayment; //=> 'claim'
 * ```
 * @category Collections
 */
export function createCollectionsPolicy(input: CollectionsPolicyInput = {}): CollectionsPolicy {
  const p = parseOrThrow(policySchema(), input, 'policy', ['policy']);
  const dunning =
    p.dunning === undefined
      ? defaultDunningPolicy
      : isBuiltDunningPolicy(p.dunning)
        ? p.dunning
        : createDunningPolicy(p.dunning);
  return build(
    dunning,
    p.minDaysBetweenMessages ?? defaultCollectionsPolicy.minDaysBetweenMessages,
    p.afterLatePayment ?? defaultCollectionsPolicy.afterLatePayment,
    p.backlogAfterDays === undefined
      ? defaultCollectionsPolicy.backlogAfterDays
      : p.backlogAfterDays,
  );
}

function isBuiltDunningPolicy(value: unknown): value is DunningPolicy {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[Symbol.for('impayes-core.dunning-policy')] === true
  );
}

/** @internal A built policy, or the input validated and built. */
export function resolvePolicy(
  policy: CollectionsPolicy | CollectionsPolicyInput | undefined,
): CollectionsPolicy {
  if (policy === undefined) return defaultCollectionsPolicy;
  if ((policy as Record<symbol, unknown>)[BRAND] === true) return policy as CollectionsPolicy;
  return createCollectionsPolicy(policy);
}

/** The ladders of a policy (built now for a policy branded by another copy of the library). */
function ladders(policy: CollectionsPolicy): Ladders {
  const known = laddersOf.get(policy);
  if (known !== undefined) return known;
  const built = laddersFor(policy.dunning);
  laddersOf.set(policy, built);
  return built;
}

/** @internal The per-invoice policy for invoices taken over as a backlog. */
export function backlogPolicy(policy: CollectionsPolicy): DunningPolicy {
  return ladders(policy).backlog;
}

/** @internal The per-invoice policy for the other invoices (courtesy steps kept). */
export function plainPolicy(policy: CollectionsPolicy): DunningPolicy {
  return ladders(policy).plain;
}

/** @internal The ladder and minimum amount that apply to one debtor kind. */
export function settingsOf(
  policy: CollectionsPolicy,
  kind: DebtorKind,
): { readonly steps: ReadonlyArray<DunningStep>; readonly minimumAmount: string } {
  const v = policy.dunning.variants[kind];
  return {
    steps: v?.steps ?? policy.dunning.steps,
    minimumAmount: v?.minimumAmount ?? policy.dunning.minimumAmount,
  };
}
