import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { D, type Dec, dec, toCents, ZERO } from '../internal/decimal.js';
import {
  type Draft,
  type FindingDraft,
  renderDraft,
  renderFindingDraft,
} from '../internal/text-options.js';
import { parseOrThrow, show } from '../internal/validate.js';
import {
  type Amount,
  type MoneyInput,
  NonNegativeMoneyInputSchema,
  PositiveMoneyInputSchema,
} from '../money/internal.js';
import { type Locale, LocaleSchema, renderMessage } from '../text/internal.js';
import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessage, InvoiceMessages } from './text.js';
import type { InvoiceWarning } from './warning.js';

/**
 * Schema of one debt a payment may settle, for {@link allocatePayment}: `id` (unique, e.g. the
 * invoice number), `dueDate`, `outstanding` (what is still owed, in cents, zero or more; include
 * accrued interest if the payment should cover it) and optional `interestBearing` (`true` when the
 * debt bears interest or penalties, which the debtor has most interest in paying first).
 *
 * @example
 * ```ts
 * DebtSchema.safeParse({ id: 'F-1', dueDate: '2025-04-30', outstanding: '1200.00' }).success;
 * //=> true
 * ```
 * @category Invoice
 */
export const DebtSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1, { error: 'must not be empty' })),
  dueDate: PlainDateSchema,
  outstanding: NonNegativeMoneyInputSchema,
  interestBearing: z.optional(z.boolean()),
});

/**
 * A debt; see {@link DebtSchema}.
 *
 * @category Invoice
 */
export type Debt = z.infer<typeof DebtSchema>;

/**
 * What {@link DebtSchema} accepts.
 *
 * @category Invoice
 */
export type DebtInput = z.input<typeof DebtSchema>;

/**
 * Schema of the payment {@link allocatePayment} splits: its date and amount (cents, above zero).
 *
 * @example
 * ```ts
 * IncomingPaymentSchema.safeParse({ date: '2025-05-15', amount: '500.00' }).success; //=> true
 * ```
 * @category Invoice
 */
export const IncomingPaymentSchema = /* @__PURE__ */ z.strictObject({
  date: PlainDateSchema,
  amount: PositiveMoneyInputSchema,
});

/**
 * A payment to allocate; see {@link IncomingPaymentSchema}.
 *
 * @category Invoice
 */
export type IncomingPayment = z.infer<typeof IncomingPaymentSchema>;

/**
 * Options of {@link allocatePayment}.
 *
 * @category Invoice
 */
export interface AllocatePaymentOptions {
  /**
   * The debt id(s) the debtor said it was paying, in order (C. civ. 1342-10 al. 1). Each must be
   * one of the debts' ids.
   */
  readonly designation?: string | ReadonlyArray<string>;
  /** The language of the explanation and warnings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Why an amount went to a debt:
 *
 * - `'designated'`: the debtor chose it (C. civ. 1342-10 al. 1);
 * - `'due-…'` / `'not-due-…'`: the legal order (al. 2), due debts before those not yet due; then
 *   `'interest-bearing'` (a debt flagged `interestBearing`, ranked first as the one the debtor had
 *   most interest in paying), `'oldest'` (earliest due date first) or `'pro-rata'` (debts of equal
 *   rank shared in proportion to what each still owes).
 *
 * @category Invoice
 */
export type AllocationRule =
  | 'designated'
  | 'due-interest-bearing'
  | 'due-oldest'
  | 'due-pro-rata'
  | 'not-due-interest-bearing'
  | 'not-due-oldest'
  | 'not-due-pro-rata';

/**
 * The part of the payment that went to one debt.
 *
 * @category Invoice
 */
export interface Allocation {
  /** The debt's id. */
  readonly id: string;
  /** The amount allocated to it, above zero. */
  readonly amount: Amount;
  /** Why, see {@link AllocationRule}. */
  readonly rule: AllocationRule;
  /** The legal basis: `'C. civ. 1342-10 al. 1'` (designation) or `'C. civ. 1342-10 al. 2'`. */
  readonly article: string;
  /** What the debt still owes after this payment. */
  readonly outstandingAfter: Amount;
}

/**
 * The result of {@link allocatePayment}.
 *
 * @category Invoice
 */
export interface AllocatePaymentResult {
  /** The allocations, in the order they were made; debts receiving nothing are left out. */
  readonly allocations: ReadonlyArray<Allocation>;
  /** What is left once every debt is paid (owed back to the debtor), zero or more. */
  readonly credit: Amount;
  /** One paragraph retracing the order applied, in the requested locale. */
  readonly explanation: string;
  /** Each allocation step as `code` and `params` (the explanation is made of them). */
  readonly explanationSteps: ReadonlyArray<InvoiceMessage>;
  /** Assumptions made (`DEBTOR_INTEREST_UNKNOWN`). */
  readonly warnings: ReadonlyArray<InvoiceWarning>;
}

const AllocationRequestSchema = /* @__PURE__ */ z
  .strictObject({
    payment: IncomingPaymentSchema,
    debts: z.array(DebtSchema),
    options: z.optional(
      z.strictObject({
        designation: z.optional(z.union([z.string(), z.array(z.string())])),
        locale: z.optional(LocaleSchema),
      }),
    ),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        const ids = new Map<string, number>();
        const debts: unknown[] = Array.isArray(value.debts) ? value.debts : [];
        debts.forEach((debt, i) => {
          const id =
            typeof debt === 'object' && debt !== null ? (debt as { id?: unknown }).id : undefined;
          if (typeof id !== 'string') return;
          if (ids.has(id))
            ctx.issues.push({
              code: 'custom',
              message: `duplicate debt id ${show(id)} (also debts[${ids.get(id)}])`,
              input: id,
              path: ['debts', i, 'id'],
            });
          else ids.set(id, i);
        });
        const designation = value.options?.designation;
        const designated = typeof designation === 'string' ? [designation] : designation;
        if (Array.isArray(designated))
          designated.forEach((id, i) => {
            if (typeof id === 'string' && !ids.has(id))
              ctx.issues.push({
                code: 'custom',
                message: `designates ${show(id)}, which is not one of the debts' ids`,
                input: id,
                path:
                  typeof designation === 'string'
                    ? ['options', 'designation']
                    : ['options', 'designation', i],
              });
          });
      },
      { when: () => true },
    ),
  );

const AL1 = 'C. civ. 1342-10 al. 1';
const AL2 = 'C. civ. 1342-10 al. 2';

interface Slot {
  readonly index: number;
  readonly debt: Debt;
  remaining: Dec;
}

/** Splits `amount` (≤ the group's total) pro rata to the cent: largest remainders, then input order. */
function proRata(amount: Dec, group: ReadonlyArray<Slot>): Dec[] {
  const a = amount.times(100);
  const owed = group.map((s) => s.remaining.times(100));
  const total = owed.reduce((sum, o) => sum.plus(o), ZERO);
  const shares = owed.map((o) => a.times(o).divToInt(total));
  const rests = owed.map((o) => a.times(o).mod(total));
  let left = a.minus(shares.reduce((sum, s) => sum.plus(s), ZERO)).toNumber();
  const order = group
    .map((_, i) => i)
    .sort((i, j) => rests[j]!.comparedTo(rests[i]!) || group[i]!.index - group[j]!.index);
  for (const i of order) {
    if (left <= 0) break;
    shares[i] = shares[i]!.plus(1);
    left -= 1;
  }
  return shares.map((s) => s.div(100));
}

/** What is left to allocate, and what was allocated so far (local to one allocation). */
interface Run {
  left: Dec;
  readonly allocations: Allocation[];
  readonly steps: Step[];
}

type Step = Extract<
  Draft<InvoiceMessages>,
  { code: 'ALLOCATED_DESIGNATED' | 'ALLOCATED' | 'ALLOCATED_PRO_RATA' }
>;

function give(run: Run, slot: Slot, amount: Dec, rule: AllocationRule): void {
  if (amount.isZero()) return;
  slot.remaining = slot.remaining.minus(amount);
  run.left = run.left.minus(amount);
  run.allocations.push({
    id: slot.debt.id,
    amount: toCents(amount) as Amount,
    rule,
    article: rule === 'designated' ? AL1 : AL2,
    outstandingAfter: toCents(slot.remaining) as Amount,
  });
}

/** @internal Step: the debts the debtor designated, in its order, each up to what it owes. */
function allocateDesignated(
  run: Run,
  slots: ReadonlyArray<Slot>,
  designation: ReadonlyArray<string>,
): Set<string> {
  const byId = new Map(slots.map((s) => [s.debt.id, s]));
  const designatedIds = new Set<string>();
  for (const id of designation) {
    if (designatedIds.has(id)) continue;
    designatedIds.add(id);
    const slot = byId.get(id)!;
    const amount = D.min(run.left, slot.remaining);
    give(run, slot, amount, 'designated');
    run.steps.push({ code: 'ALLOCATED_DESIGNATED', params: { amount: toCents(amount), id } });
  }
  return designatedIds;
}

/** Interest-bearing debts first, then the oldest due date, then input order. */
function ranked(list: ReadonlyArray<Slot>): Slot[] {
  return [...list].sort(
    (a, b) =>
      Number(b.debt.interestBearing === true) - Number(a.debt.interestBearing === true) ||
      (a.debt.dueDate < b.debt.dueDate ? -1 : a.debt.dueDate > b.debt.dueDate ? 1 : 0) ||
      a.index - b.index,
  );
}

/** The debts of equal rank starting at `i` of a ranked list (same due date, same interest flag). */
function sameRank(sorted: ReadonlyArray<Slot>, i: number): Slot[] {
  const head = sorted[i]!;
  const group = [head];
  while (
    i + group.length < sorted.length &&
    sorted[i + group.length]!.debt.dueDate === head.debt.dueDate &&
    (sorted[i + group.length]!.debt.interestBearing === true) ===
      (head.debt.interestBearing === true)
  )
    group.push(sorted[i + group.length]!);
  return group;
}

/** @internal Step: one group of equal rank, paid in full or shared pro rata. */
function allocateGroup(run: Run, group: ReadonlyArray<Slot>, tier: 'due' | 'not-due'): void {
  const head = group[0]!;
  const groupTotal = group.reduce((sum, s) => sum.plus(s.remaining), ZERO);
  const interestBearing = head.debt.interestBearing === true;
  const criterion = interestBearing ? 'interest-bearing' : 'oldest';
  if (run.left.gte(groupTotal) || group.length === 1) {
    for (const slot of group) {
      const amount = D.min(run.left, slot.remaining);
      give(run, slot, amount, `${tier}-${criterion}`);
      const { id, dueDate } = slot.debt;
      run.steps.push({
        code: 'ALLOCATED',
        params: { amount: toCents(amount), id, tier, dueDate, interestBearing },
      });
    }
    return;
  }
  const shares = proRata(run.left, group);
  group.forEach((slot, k) => {
    give(run, slot, shares[k]!, `${tier}-pro-rata`);
  });
  const paid = group.flatMap((s, k) =>
    shares[k]!.gt(0) ? [[s.debt.id, toCents(shares[k]!)]] : [],
  );
  run.steps.push({
    code: 'ALLOCATED_PRO_RATA',
    params: {
      amounts: paid.map(([, amount]) => amount!),
      ids: paid.map(([id]) => id!),
      tier,
      dueDate: head.debt.dueDate,
    },
  });
}

/** @internal Step: the debts of one tier (due, or not yet due) in the order of C. civ. 1342-10. */
function allocateTier(run: Run, list: ReadonlyArray<Slot>, tier: 'due' | 'not-due'): void {
  const sorted = ranked(list);
  let i = 0;
  while (i < sorted.length && run.left.gt(0)) {
    const group = sameRank(sorted, i);
    i += group.length;
    allocateGroup(run, group, tier);
  }
}

/** @internal Step: warns when due debts compete and none says whether it bears interest. */
function interestWarnings(
  debts: ReadonlyArray<Debt>,
  due: ReadonlyArray<Slot>,
  left: Dec,
): FindingDraft<InvoiceMessages>[] {
  const anyFlag = debts.some((d) => d.interestBearing !== undefined);
  const dueTotal = due.reduce((sum, s) => sum.plus(s.remaining), ZERO);
  if (anyFlag || due.length <= 1 || !left.gt(0) || !left.lt(dueTotal)) return [];
  return [{ code: 'DEBTOR_INTEREST_UNKNOWN', params: {}, severity: 'warning', article: AL2 }];
}

/**
 * Splits a payment across several debts of one debtor already validated (no second validation).
 *
 * @internal
 */
export function allocateValidated(
  payment: IncomingPayment,
  debts: ReadonlyArray<Debt>,
  designation: ReadonlyArray<string>,
  locale: Locale = 'fr',
): AllocatePaymentResult {
  const run: Run = { left: dec(payment.amount), allocations: [], steps: [] };
  const slots: Slot[] = debts.map((debt, index) => ({
    index,
    debt,
    remaining: dec(debt.outstanding),
  }));
  const designatedIds = allocateDesignated(run, slots, designation);
  const rest = slots.filter((s) => !designatedIds.has(s.debt.id) && s.remaining.gt(0));
  const due = rest.filter((s) => s.debt.dueDate <= payment.date);
  const notDue = rest.filter((s) => s.debt.dueDate > payment.date);
  const warnings = interestWarnings(debts, due, run.left);
  allocateTier(run, due, 'due');
  allocateTier(run, notDue, 'not-due');
  const credit = toCents(run.left) as Amount;
  const explanationSteps = run.steps.map(
    (step) => renderDraft(invoiceCatalogues, locale, step) as InvoiceMessage,
  );
  const explanation = renderMessage(invoiceCatalogues, locale, 'ALLOCATION_EXPLANATION', {
    amount: toCents(dec(payment.amount)),
    date: payment.date,
    credit: run.left.gt(0) ? credit : null,
    steps: explanationSteps.map((step) => step.message),
  });
  return {
    allocations: run.allocations,
    credit,
    explanation: explanation.message,
    explanationSteps,
    warnings: warnings.map((w) => renderFindingDraft(invoiceCatalogues, locale, w)),
  };
}

/**
 * Splits a payment across several debts of one debtor in the order of the Civil Code.
 *
 * @remarks C. civ. 1342-10: the debtor may say which debt it pays (`designation`, served first,
 * up to what each designated debt owes). Otherwise — and for what remains — the payment goes
 * first to debts already due (due date on or before the payment date), before those not yet due;
 * among them, to the debt the debtor had most interest in paying: the library cannot know that
 * interest, so it ranks debts flagged `interestBearing` first and otherwise relies on the next
 * criterion (a `DEBTOR_INTEREST_UNKNOWN` warning says so when it mattered); then the oldest (the
 * earliest due date); all else equal, pro rata of what each still owes. Debts not yet due are
 * ordered the same way. Pro-rata shares are rounded down to the cent and the remaining cents go,
 * one each, to the debts with the largest remainders (ties: input order), so the split is
 * deterministic and the amounts allocated always add up to the payment exactly; anything left
 * once every debt is paid is returned as `credit`. Within one interest-bearing debt a part payment
 * goes to interest first (C. civ. 1343-1): include accrued interest in `outstanding` accordingly.
 * @param payment - `{ date, amount }`; see {@link IncomingPaymentSchema}
 * @param debts - the debtor's debts, `{ id, dueDate, outstanding, interestBearing? }[]`; see
 * {@link DebtSchema}
 * @param options - `{ designation?, locale? }`; see {@link AllocatePaymentOptions}
 * @returns the {@link AllocatePaymentResult}: allocations with their rule, credit, explanation
 * @throws {@link ImpayesError} `INVALID_INPUT` for a bad payment or debt (paths start with
 * `payment`, `debts` or `options`), a duplicate debt id or a designation naming no debt.
 * @example
 * ```ts
 * allocatePayment({ date: '2025-06-01', amount: '1000.00' }, [
 *   { id: 'F-3', dueDate: '2025-07-15', outstanding: '500.00' },
 *   { id: 'F-2', dueDate: '2025-05-31', outstanding: '300.00' },
 *   { id: 'F-1', dueDate: '2025-04-30', outstanding: '400.00' },
 * ]).allocations;
 * //=> [{ id: 'F-1', amount: '400.00', rule: 'due-oldest', … },
 * //    { id: 'F-2', amount: '300.00', rule: 'due-oldest', … },
 * //    { id: 'F-3', amount: '300.00', rule: 'not-due-oldest', outstandingAfter: '200.00', … }]
 * ```
 * @category Invoice
 */
export function allocatePayment(
  payment: { readonly date: string; readonly amount: MoneyInput },
  debts: ReadonlyArray<DebtInput>,
  options?: AllocatePaymentOptions,
): AllocatePaymentResult {
  const parsed = parseOrThrow(
    AllocationRequestSchema,
    { payment, debts, ...(options === undefined ? {} : { options }) },
    'allocation input',
  );
  const designation = parsed.options?.designation;
  return allocateValidated(
    parsed.payment,
    parsed.debts,
    designation === undefined ? [] : typeof designation === 'string' ? [designation] : designation,
    parsed.options?.locale ?? 'fr',
  );
}
