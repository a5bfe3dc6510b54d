import * as z from 'zod/mini';
import { addDaysValid, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { parseFast } from '../internal/fast.js';
import type { RatesOption } from '../rates/internal.js';
import { defaultLocale, type Locale, LocaleSchema } from '../text/internal.js';
import { type Account, type CustomerAccountInput, readAccount } from './account.js';
import { actionDecision } from './action.js';
import { finding, say } from './catalogue.js';
import type {
  CollectionsFinding,
  CustomerDunningDecision,
  CustomerDunningEscalate,
  CustomerDunningNone,
  CustomerDunningWait,
} from './decision.js';
import { type Ctx, type Evaluated, evaluateInvoice } from './evaluate.js';
import { fastCustomerOptions } from './fast-account.js';
import { insolvencyDecision, insolvencyOf } from './insolvency.js';
import { compareLines, type LineState, lineOf } from './lines.js';
import { type CollectionsPolicy, type CollectionsPolicyInput, resolvePolicy } from './policy.js';
import { shortHash, sumTotals } from './totals.js';

/**
 * Options of {@link nextCustomerDunningStep} and {@link planDunningRun}.
 *
 * @category Collections
 */
export interface NextCustomerDunningStepOptions {
  /** The day of the decision (`YYYY-MM-DD`). */
  readonly today: string;
  /** The policy for accounts without their own; default {@link defaultCollectionsPolicy}. */
  readonly policy?: CollectionsPolicy | CollectionsPolicyInput;
  /** Rate rows beyond the built-in table. */
  readonly rates?: RatesOption;
  /** The language of explanations and findings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** @internal The schema of {@link NextCustomerDunningStepOptions} (the reference of its fast check). */
export const OptionsSchema = /* @__PURE__ */ z.strictObject({
  today: PlainDateSchema,
  policy: z.optional(z.custom<CollectionsPolicy | CollectionsPolicyInput>()),
  rates: z.optional(z.custom<RatesOption>()),
  locale: z.optional(LocaleSchema),
});

/** @internal Validated options. */
export interface RunOptions {
  readonly today: PlainDate;
  readonly policy: CollectionsPolicy;
  readonly rates: RatesOption | undefined;
  readonly locale: Locale;
}

/** @internal Validates the options once (a run validates them for all its accounts). */
export function readOptions(options: NextCustomerDunningStepOptions): RunOptions {
  const o = parseFast(fastCustomerOptions, OptionsSchema, options, 'options', ['options']);
  return {
    today: o.today,
    policy: resolvePolicy(o.policy),
    rates: o.rates,
    locale: o.locale ?? defaultLocale,
  };
}

function checkInvoices(account: Account, evs: ReadonlyArray<Evaluated>): void {
  const seen = new Map<string, number>();
  for (const ev of evs) {
    const ref = ev.decision.invoice;
    const i = ev.inv.index;
    if (ref.debtorKind !== account.debtor.kind)
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `invoices[${i}] (${ref.number}): the buyer is a ${ref.debtorKind} debtor but the account's debtor is ${account.debtor.kind}; one account holds the invoices of one debtor.`,
        path: ['account', 'invoices', i, 'invoice', 'buyer', 'kind'],
      });
    const before = seen.get(ref.number);
    if (before !== undefined)
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `invoices[${i}]: invoice number ${JSON.stringify(ref.number.slice(0, 40))} already appears at invoices[${before}]; records are stored per invoice number.`,
        path: ['account', 'invoices', i, 'invoice', 'number'],
      });
    seen.set(ref.number, i);
  }
}

/** Contact days and events dated after today, over the whole account. */
function accountFacts(evs: ReadonlyArray<Evaluated>, today: PlainDate, given: PlainDate | null) {
  let lastContactOn: PlainDate | null = given !== null && given <= today ? given : null;
  let future = 0;
  let first: string | null = null;
  for (const ev of evs) {
    for (const d of ev.stepDays) if (lastContactOn === null || d > lastContactOn) lastContactOn = d;
    for (const e of ev.own)
      if (e.type === 'late_payment_claimed' && (lastContactOn === null || e.date > lastContactOn))
        lastContactOn = e.date;
    for (const list of [ev.inv.events, ev.inv.own])
      for (const e of list)
        if (e.date > today) {
          future++;
          if (first === null || e.date < first) first = e.date;
        }
  }
  return { lastContactOn, future, first };
}

function decideAccount(account: Account, ctx: Ctx): CustomerDunningDecision {
  const evs = account.invoices.map((inv) => evaluateInvoice(inv, ctx));
  checkInvoices(account, evs);
  const states = evs.map((ev) => lineOf(ev, ctx)).sort(compareLines);
  const facts = accountFacts(evs, ctx.today, account.lastContactOn);
  const nextContactFrom =
    facts.lastContactOn === null
      ? null
      : addDaysValid(facts.lastContactOn, ctx.policy.minDaysBetweenMessages);
  const common: CollectionsFinding[] = [];
  if (facts.future > 0)
    common.push(
      finding(
        ctx.locale,
        'EVENTS_AFTER_AS_OF',
        { count: facts.future, first: facts.first!, asOf: ctx.today },
        'info',
        '',
      ),
    );
  const base = (list: ReadonlyArray<LineState>, extra: ReadonlyArray<CollectionsFinding>) => ({
    today: ctx.today,
    debtor: {
      id: account.debtor.id,
      name: account.debtor.name,
      kind: account.debtor.kind,
      address: account.debtor.address ?? null,
      email: account.debtor.email ?? null,
      phone: account.debtor.phone ?? null,
    },
    lastContactOn: facts.lastContactOn,
    nextContactFrom,
    lines: list.map((s) => s.line),
    escalations: list.filter((s) => s.line.role === 'escalate').map((s) => s.line.invoice.number),
    warnings: [...common, ...list.flatMap((s) => s.findings), ...extra],
  });
  const ins = insolvencyOf(evs, ctx.today);
  if (ins !== null) return insolvencyDecision(states, ins, ctx, base);
  const due = states.some(
    (s) =>
      s.line.role === 'step' ||
      (s.line.role === 'claim' && ctx.policy.afterLatePayment === 'claim'),
  );
  if (due && (nextContactFrom === null || ctx.today >= nextContactFrom))
    return actionDecision(states, ctx, base);
  if (due)
    return {
      type: 'wait',
      ...base(states, []),
      until: nextContactFrom,
      reason: 'customer_gap',
      explanation: say(ctx.locale, 'WAIT_CUSTOMER_GAP', {
        lastContactOn: facts.lastContactOn!,
        until: nextContactFrom!,
        minDays: ctx.policy.minDaysBetweenMessages,
      }),
    };
  const escalating = states.filter((s) => s.line.role === 'escalate');
  if (escalating.length > 0) return escalateDecision(states, escalating, ctx, base);
  return waitOrNone(states, ctx, base);
}

function escalateDecision(
  states: ReadonlyArray<LineState>,
  escalating: ReadonlyArray<LineState>,
  ctx: Ctx,
  base: (l: ReadonlyArray<LineState>, x: ReadonlyArray<CollectionsFinding>) => BaseOf,
): CustomerDunningEscalate {
  const b = base(states, []);
  const keys = escalating.map((s) => s.line.idempotencyKey).join('\n');
  return {
    type: 'escalate',
    ...b,
    idempotencyKey: `${b.debtor.id}:escalate:${shortHash(keys)}`,
    totals: sumTotals(escalating.map((s) => s.line.amounts)),
    explanation: say(ctx.locale, 'ESCALATE', { numbers: [...b.escalations] }),
  };
}

type BaseOf = Omit<CustomerDunningNone, 'type' | 'reason' | 'explanation'>;

function waitOrNone(
  states: ReadonlyArray<LineState>,
  ctx: Ctx,
  base: (l: ReadonlyArray<LineState>, x: ReadonlyArray<CollectionsFinding>) => BaseOf,
): CustomerDunningWait | CustomerDunningNone {
  const b = base(states, []);
  const waiting = states.filter((s) => s.waiting !== null);
  if (waiting.length === 0)
    return {
      type: 'none',
      reason: 'nothing_open',
      ...b,
      explanation: say(ctx.locale, 'NONE_NOTHING_OPEN', { count: states.length }),
    };
  let until: PlainDate | null = null;
  for (const s of waiting)
    if (s.until !== null && (until === null || s.until < until)) until = s.until;
  const reason: CustomerDunningWait['reason'] = waiting.some((s) => s.waiting === 'not_working_day')
    ? 'not_working_day'
    : waiting.some((s) => s.waiting === 'scheduled')
      ? 'scheduled'
      : 'on_hold';
  const explanation =
    reason === 'on_hold' || until === null
      ? say(ctx.locale, 'WAIT_ON_HOLD', { count: waiting.length })
      : reason === 'not_working_day'
        ? say(ctx.locale, 'WAIT_NOT_WORKING_DAY', { until })
        : say(ctx.locale, 'WAIT_SCHEDULED', { until });
  return { type: 'wait', ...b, until, reason, explanation };
}

/**
 * Tells what to do about a customer today: nothing, wait, send one message listing its invoices,
 * escalate, or declare the claim in insolvency. Deterministic and safe to call every day.
 *
 * @remarks Collections run per customer (DOMAIN.md §11) while the legal truth stays per invoice:
 * each invoice is decided by `nextDunningStep` with its own ladder and log, then the customer
 * decision groups them:
 * - at most one message per customer per day, and at least `minDaysBetweenMessages` days between
 *   two messages (read from the recorded `reminder_sent`, `formal_notice_sent` and
 *   `late_payment_claimed` dates); a step due during the gap waits, and is done late;
 * - the message's `kind` is the most advanced step due; every overdue invoice not on hold is listed
 *   with its own amounts (principal, penalties, and the 40 € indemnity per invoice where owed,
 *   never for consumers: C. com. L441-10 II, D441-5; CJEU C-585/20); only the invoices whose own
 *   step is due advance their ladder (`records`); a formal notice says which invoices it covers;
 * - invoices on hold (dispute, promise, payment plan, pause, mediation, e-invoicing payment in transit) are listed apart and never
 *   block the others;
 * - invoices paid late keep what may be claimed (`claimable`): reported, or claimed in the next
 *   message with `afterLatePayment: 'claim'` (penalties are due de plein droit, L441-10 II);
 * - insolvency of the customer (an `insolvency_opened` event on any invoice) gives one
 *   `declare_claim` covering every open invoice (C. com. L622-21, L622-24, R622-24).
 * @param account - the customer, its invoices with their logs, optionally its own policy
 * @param options - `today`, and optionally `policy`, `rates`, `locale`
 * @returns the decision; see {@link CustomerDunningDecision}
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed account, invoice, event or option
 * (paths from `['account', 'invoices', i, …]`); `INVALID_TRANSITION` for an impossible log;
 * `INVALID_POLICY` for a contradictory policy.
 * @example
 * ```ts
 * const d = nextCustomerDunningStep(
 *   { debtor: { id: 'C-1', name: 'Client SA', kind: 'professional' }, invoices },
 *   { today: '2026-03-20' },
 * );
 * if (d.type === 'action') {
 *   send(renderCustomerDunningMessage(d, { creditor: { name: 'Atelier Dupont SARL' } }));
 *   for (const r of d.records) append(r.invoiceNumber, r.event);
 * }
 * ```
 * @category Collections
 */
export function nextCustomerDunningStep(
  account: CustomerAccountInput,
  options: NextCustomerDunningStepOptions,
): CustomerDunningDecision {
  return decideWith(account, readOptions(options));
}

/** @internal A decision with options already validated (the run shares them). */
export function decideWith(account: unknown, o: RunOptions): CustomerDunningDecision {
  const a = readAccount(account);
  const policy = a.policy === undefined ? o.policy : resolvePolicy(a.policy);
  return decideAccount(a, { today: o.today, policy, rates: o.rates, locale: o.locale });
}
