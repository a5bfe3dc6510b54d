import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { type ErrorPath, ImpayesError, type ImpayesIssue } from '../errors/internal.js';
import { D, type Dec, dec, toCents, ZERO } from '../internal/decimal.js';
import {
  allOutOfRange,
  mapZodIssues,
  parseOrThrow,
  rethrowAsInvalidInput,
} from '../internal/validate.js';
import { type InvoiceLike, InvoiceSchema } from '../invoice/internal.js';
import type { Amount } from '../money/internal.js';
import { NonNegativeMoneyInputSchema, PositiveMoneyInputSchema } from '../money/internal.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/internal.js';
import { LatePenaltyClauseSchema } from '../terms/internal.js';
import type { Locale } from '../text/internal.js';
import {
  caseFromRequest,
  computePenaltyCase,
  type LatePenaltiesResult,
  localisedStatement,
  settingsFrom,
} from './late-penalties.js';
import {
  CapitalisationSchema,
  JudgmentSchema,
  type LatePenaltiesRequest,
  PenaltyPaymentSchema,
  penaltyOptionFields,
} from './late-penalties.schema.js';
import { type PenaltyRegime, REGIME_ARTICLE, regimeOf } from './regime.js';
import type { PenaltyWarning } from './warning.js';
import { penaltyFinding, relocalised } from './warning.js';

/**
 * Schema of one debt of a claim given without an invoice: its reference (the invoice number),
 * amount due incl. VAT at the due date, due date, payments and, optionally, its own clause and
 * amount excl. VAT.
 *
 * @category Penalties
 */
export const ClaimItemSchema = /* @__PURE__ */ z.strictObject({
  reference: z.string().check(z.minLength(1, { error: 'must not be empty' })),
  amount: PositiveMoneyInputSchema,
  amountExclVat: z.optional(PositiveMoneyInputSchema),
  dueDate: PlainDateSchema,
  payments: z.optional(z.array(PenaltyPaymentSchema)),
  clause: z.optional(LatePenaltyClauseSchema),
});

/**
 * A debt of a claim given without an invoice; see {@link ClaimItemSchema}.
 *
 * @category Penalties
 */
export type ClaimItem = z.infer<typeof ClaimItemSchema>;

/**
 * What {@link computeClaimStatement} accepts for each debt: an invoice (see `InvoiceSchema`) or a
 * plain {@link ClaimItemSchema} item, told apart by its `reference` field.
 *
 * @category Penalties
 */
export type ClaimItemInput =
  | InvoiceLike
  | (Readonly<Omit<z.input<typeof ClaimItemSchema>, 'payments'>> & {
      /** Payments received, see {@link PenaltyPaymentSchema}. */
      readonly payments?: ReadonlyArray<Readonly<z.input<typeof PenaltyPaymentSchema>>> | undefined;
    });

/**
 * Schema of the options of {@link computeClaimStatement}: the statement date and the facts
 * shared by every debt of the debtor, plus the options of {@link computeLatePenalties}.
 *
 * - `asOf` (required): the statement date;
 * - `debtor`: the debtor kind, required when an item is not an invoice (an invoice gives its
 *   buyer's kind, which must agree);
 * - `clause`: the clause of items that have none (an invoice's `latePenaltyClause`, an item's
 *   `clause` win);
 * - `formalNoticeDate`, `judgment`, `insolvencyOpenedOn`, `capitalisation`: as in
 *   {@link computeLatePenalties}, for every debt;
 * - `additionalRecoveryCosts`: justified recovery costs for the whole claim; what exceeds the sum
 *   of the 40 € indemnities is claimed on top (C. com. L441-10 II "sur justification").
 *
 * @category Penalties
 */
export const ClaimStatementOptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: PlainDateSchema,
  debtor: z.optional(DebtorKindSchema),
  clause: z.optional(LatePenaltyClauseSchema),
  formalNoticeDate: z.optional(PlainDateSchema),
  judgment: z.optional(JudgmentSchema),
  insolvencyOpenedOn: z.optional(PlainDateSchema),
  additionalRecoveryCosts: z.optional(NonNegativeMoneyInputSchema),
  capitalisation: z.optional(CapitalisationSchema),
  ...penaltyOptionFields,
});

/**
 * The validated options of {@link computeClaimStatement}; see {@link ClaimStatementOptionsSchema}.
 *
 * @category Penalties
 */
export type ClaimStatementOptions = z.infer<typeof ClaimStatementOptionsSchema>;

/**
 * What {@link computeClaimStatement} accepts as options; see {@link ClaimStatementOptionsSchema}.
 *
 * @category Penalties
 */
export type ClaimStatementOptionsInput = z.input<typeof ClaimStatementOptionsSchema>;

/**
 * One debt of a claim statement.
 *
 * @category Penalties
 */
export interface ClaimStatementLine {
  /** The invoice number or the item's reference. */
  readonly reference: string;
  /** The amount due incl. VAT at the due date. */
  readonly amount: Amount;
  /** The due date. */
  readonly dueDate: PlainDate;
  /** The full statement of this debt. */
  readonly statement: LatePenaltiesResult;
}

/**
 * The grand totals of a claim statement (what a formal notice quotes).
 *
 * @category Penalties
 */
export interface ClaimStatementTotals {
  /** Sum of the amounts due. */
  readonly principal: Amount;
  /** Sum of the principal paid. */
  readonly principalPaid: Amount;
  /** Sum of the principal still owed. */
  readonly principalOutstanding: Amount;
  /** Sum of the interest or penalties accrued. */
  readonly interest: Amount;
  /** Sum of the interest already paid. */
  readonly interestPaid: Amount;
  /** Sum of the interest still owed. */
  readonly interestOutstanding: Amount;
  /** Number of debts that owe the 40 € indemnity. */
  readonly lateInvoices: number;
  /** Sum of the 40 € indemnities (one per invoice paid late). */
  readonly indemnities: Amount;
  /** Justified costs above the sum of the indemnities. */
  readonly additionalCosts: Amount;
  /** `interest + indemnities + additionalCosts`. */
  readonly total: Amount;
  /** `principalOutstanding + interestOutstanding + indemnities + additionalCosts`. */
  readonly amountDue: Amount;
}

/**
 * A finding of a claim statement, with the debt it concerns (`null` for the whole claim).
 *
 * @category Penalties
 */
export interface ClaimWarning extends PenaltyWarning {
  /** The invoice number or reference, or `null`. */
  readonly reference: string | null;
}

/**
 * The statement (décompte) of several debts of one debtor.
 *
 * @category Penalties
 */
export interface ClaimStatementResult {
  /** The statement date. */
  readonly asOf: PlainDate;
  /** The debtor kind. */
  readonly debtor: DebtorKind;
  /** The regime of that kind of debtor. */
  readonly regime: PenaltyRegime;
  /** The articles of the regime. */
  readonly article: string;
  /** One line per debt, in the order given. */
  readonly lines: ReadonlyArray<ClaimStatementLine>;
  /** The grand totals. */
  readonly totals: ClaimStatementTotals;
  /** Every finding, each with its debt. */
  readonly warnings: ReadonlyArray<ClaimWarning>;
}

function sum(values: ReadonlyArray<string>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(new D(v));
  return total;
}

function isPlainItem(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'reference' in item;
}

/** Reads one item, turning anything its getters or a Proxy throw into an INVALID_INPUT. */
function readClaimItem(item: unknown, path: ErrorPath) {
  try {
    const plain = isPlainItem(item);
    return { plain, parsed: (plain ? ClaimItemSchema : InvoiceSchema).safeParse(item) };
  } catch (error) {
    return rethrowAsInvalidInput(error, 'invoices', path);
  }
}

/** The most invoices one claim statement takes (README, Input limits). */
const MAX_CLAIM_INVOICES = 10_000;

/**
 * Computes the statement of several debts of one debtor: one late-payment statement per invoice,
 * one 40 € indemnity per invoice paid late, and the grand totals a formal notice quotes.
 *
 * @remarks The indemnity is owed per invoice, even when several invoices are claimed together
 * (CJEU C-585/20, C. com. D441-5). Each debt follows {@link computeLatePenalties}: its own due
 * date, payments and clause, with the regime of the debtor (C. com. L441-10 II; C. civ. 1231-6,
 * 1344-1; CCP L2192-13, R2192-31). Justified recovery costs are compared once with the sum of the
 * indemnities: only the excess is added (L441-10 II "sur justification"). The rate table is
 * resolved once for all debts.
 * @param invoices - the debts: invoices, or `{ reference, amount, dueDate, payments }` items
 * @param options - `asOf`, the shared facts and the penalty options; see
 * {@link ClaimStatementOptionsSchema}
 * @returns the lines, totals and findings
 * @throws {@link ImpayesError} `OUT_OF_RANGE` for more than 10 000 invoices.
 * @throws {@link ImpayesError} `INVALID_INPUT` (paths start with `invoices[i]` or `options`) for
 * bad items, an empty list, duplicate references, debtors of different kinds, payments after
 * `asOf`; `RATE_UNKNOWN` when a needed rate is unknown (unless `onUnknownRate: 'warn'`).
 * @example
 * ```ts
 * const claim = computeClaimStatement(
 *   [
 *     { reference: 'F-1', amount: '1200.00', dueDate: '2025-03-31' },
 *     { reference: 'F-2', amount: '800.00', dueDate: '2025-04-30', payments: [{ date: '2025-05-10', amount: '800.00' }] },
 *   ],
 *   { asOf: '2025-06-30', debtor: 'professional' },
 * );
 * claim.totals.indemnities; //=> '80.00'
 * claim.totals.principalOutstanding; //=> '1200.00'
 * ```
 * @category Penalties
 */
export function computeClaimStatement(
  invoices: ReadonlyArray<ClaimItemInput>,
  options: ClaimStatementOptionsInput,
): ClaimStatementResult {
  const o = parseOrThrow(ClaimStatementOptionsSchema, options, 'options', ['options']);
  checkInvoiceCount(invoices);
  const { requests, references, kind } = readClaimItems(invoices, o);
  const locale = o.locale ?? 'fr';
  const { lines, warnings } = claimLines(requests, references, kind, settingsFrom(o), locale);
  const totals = claimTotals(lines, o, warnings, locale);
  return {
    asOf: o.asOf,
    debtor: kind,
    regime: regimeOf(kind),
    article: REGIME_ARTICLE[regimeOf(kind)],
    lines,
    totals,
    warnings,
  };
}

/** Step: a non-empty list of at most {@link MAX_CLAIM_INVOICES} items, else an error. */
function checkInvoiceCount(invoices: ReadonlyArray<ClaimItemInput>): void {
  if (!Array.isArray(invoices) || invoices.length === 0) {
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: 'invoices: expected a non-empty array of invoices or claim items',
      path: ['invoices'],
    });
  }
  if (invoices.length > MAX_CLAIM_INVOICES) {
    // A statement is one document sent to one debtor; past this it would be hundreds of megabytes.
    throw new ImpayesError({
      code: 'OUT_OF_RANGE',
      message: `invoices: at most ${MAX_CLAIM_INVOICES} invoices per claim statement, received ${invoices.length}`,
      path: ['invoices'],
      details: { max: MAX_CLAIM_INVOICES, received: invoices.length },
    });
  }
}

/** What the items of a claim statement give once read: one request per debt, and the debtor. */
interface ClaimItems {
  readonly requests: LatePenaltiesRequest[];
  readonly references: string[];
  readonly kind: DebtorKind;
}

/**
 * Step: reads every item (plain debt or invoice) into a penalty request, checks that references
 * are unique and that the invoices are for one kind of debtor; every issue in one error.
 */
function readClaimItems(
  invoices: ReadonlyArray<ClaimItemInput>,
  o: ClaimStatementOptions,
): ClaimItems {
  const issues: ImpayesIssue[] = [];
  const requests: LatePenaltiesRequest[] = [];
  const references: string[] = [];
  const seen = new Map<string, number>();
  const debtor: { kind: DebtorKind | undefined; path: ErrorPath } = {
    kind: o.debtor,
    path: ['options', 'debtor'],
  };
  const shared = {
    asOf: o.asOf,
    formalNoticeDate: o.formalNoticeDate,
    judgment: o.judgment,
    insolvencyOpenedOn: o.insolvencyOpenedOn,
    capitalisation: o.capitalisation,
  };
  let rangeIssues = 0; // issues that are well-formed values beyond inputLimits
  invoices.forEach((item, i) => {
    const path = ['invoices', i];
    const { plain, parsed } = readClaimItem(item, path);
    if (!parsed.success) {
      const mapped = mapZodIssues(parsed.error.issues, item, path);
      if (allOutOfRange(parsed.error.issues)) rangeIssues += mapped.length;
      issues.push(...mapped);
      return;
    }
    const reference = plain
      ? plainRequest(parsed.data as ClaimItem, shared, o, requests)
      : invoiceRequest(parsed.data as ClaimInvoice, path, shared, o, requests, debtor, issues);
    const before = seen.get(reference);
    if (before !== undefined)
      issues.push({
        path: [...path, plain ? 'reference' : 'number'],
        message: `duplicate reference ${JSON.stringify(reference)} (already at invoices[${before}])`,
      });
    seen.set(reference, i);
    references.push(reference);
  });
  if (debtor.kind === undefined && issues.length === 0)
    issues.push({
      path: ['options', 'debtor'],
      message: 'is required when no item is an invoice (the debtor kind chooses the regime)',
    });
  if (issues.length > 0)
    throw new ImpayesError({
      code: rangeIssues === issues.length ? 'OUT_OF_RANGE' : 'INVALID_INPUT',
      issues,
    });
  return { requests, references, kind: debtor.kind as DebtorKind };
}

type ClaimInvoice = z.infer<typeof InvoiceSchema>;
type SharedFacts = Pick<
  LatePenaltiesRequest,
  'asOf' | 'formalNoticeDate' | 'judgment' | 'insolvencyOpenedOn' | 'capitalisation'
>;

/** A plain debt's request; returns its reference. */
function plainRequest(
  p: ClaimItem,
  shared: SharedFacts,
  o: ClaimStatementOptions,
  requests: LatePenaltiesRequest[],
): string {
  const { reference, ...debt } = p;
  requests.push({ ...shared, ...debt, clause: p.clause ?? o.clause });
  return reference;
}

/** An invoice's request, its buyer kind checked against the debtor's; returns its number. */
function invoiceRequest(
  inv: ClaimInvoice,
  path: ErrorPath,
  shared: SharedFacts,
  o: ClaimStatementOptions,
  requests: LatePenaltiesRequest[],
  debtor: { kind: DebtorKind | undefined; path: ErrorPath },
  issues: ImpayesIssue[],
): string {
  requests.push({ ...shared, invoice: inv, clause: inv.latePenaltyClause ?? o.clause });
  if (debtor.kind === undefined) {
    debtor.kind = inv.buyer.kind;
    debtor.path = [...path, 'buyer', 'kind'];
  } else if (debtor.kind !== inv.buyer.kind)
    issues.push({
      path: [...path, 'buyer', 'kind'],
      message: `a claim statement is for one debtor: buyer kind ${JSON.stringify(inv.buyer.kind)} differs from ${JSON.stringify(debtor.kind)} (at ${debtor.path.join('.')})`,
    });
  return inv.number;
}

/** Step: one late-payment statement per debt, and their findings tagged with the reference. */
function claimLines(
  requests: ReadonlyArray<LatePenaltiesRequest>,
  references: ReadonlyArray<string>,
  kind: DebtorKind,
  settings: ReturnType<typeof settingsFrom>,
  locale: Locale,
): { lines: ClaimStatementLine[]; warnings: ClaimWarning[] } {
  const lines: ClaimStatementLine[] = [];
  const warnings: ClaimWarning[] = [];
  requests.forEach((request, i) => {
    const reference = references[i]!;
    const c = caseFromRequest(request, settings, ['invoices', i], []);
    const statement = localisedStatement(
      computePenaltyCase({ ...c, debtor: kind, invoiceNumber: reference }, settings),
      locale,
    );
    lines.push({
      reference,
      amount: statement.input.amount,
      dueDate: statement.input.dueDate,
      statement,
    });
    for (const w of statement.warnings) warnings.push({ ...w, reference });
  });
  return { lines, warnings };
}

/**
 * Step: the grand totals. Justified costs are compared once with the sum of the indemnities
 * (only the excess is added); costs with no indemnity owed at all add a finding to `warnings`.
 */
function claimTotals(
  lines: ReadonlyArray<ClaimStatementLine>,
  o: ClaimStatementOptions,
  warnings: ClaimWarning[],
  locale: Locale,
): ClaimStatementTotals {
  const pick = (f: (s: LatePenaltiesResult) => string) => sum(lines.map((l) => f(l.statement)));
  const indemnities = pick((s) => s.indemnity);
  const lateInvoices = lines.filter((l) => l.statement.indemnityDetail.owed).length;
  let additional = ZERO;
  if (o.additionalRecoveryCosts !== undefined) {
    const costs = dec(o.additionalRecoveryCosts);
    if (lateInvoices === 0 && costs.gt(0))
      warnings.push({
        ...relocalised(
          penaltyFinding('warning', 'C. com. L441-10 II', 'ADDITIONAL_COSTS_NOT_CLAIMABLE', {
            costs: costs.toFixed(2),
            reason: null,
          }),
          locale,
        ),
        reference: null,
      });
    else if (costs.gt(indemnities)) additional = costs.minus(indemnities);
  }
  const interest = pick((s) => s.interest);
  const principalOutstanding = pick((s) => s.principalOutstanding);
  const interestOutstanding = pick((s) => s.interestOutstanding);
  const cents = (d: Dec): Amount => toCents(d) as Amount;
  return {
    principal: cents(pick((s) => s.input.amount)),
    principalPaid: cents(pick((s) => s.principalPaid)),
    principalOutstanding: cents(principalOutstanding),
    interest: cents(interest),
    interestPaid: cents(pick((s) => s.interestPaid)),
    interestOutstanding: cents(interestOutstanding),
    lateInvoices,
    indemnities: cents(indemnities),
    additionalCosts: cents(additional),
    total: cents(interest.plus(indemnities).plus(additional)),
    amountDue: cents(
      principalOutstanding.plus(interestOutstanding).plus(indemnities).plus(additional),
    ),
  };
}
