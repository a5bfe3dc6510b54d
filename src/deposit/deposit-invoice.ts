import * as z from 'zod/mini';
import type { PlainDate } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import {
  type Dec,
  dec,
  decimalInputProblem,
  HUNDRED,
  roundCents,
  toCents,
  toPercent,
  ZERO,
} from '../internal/decimal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { invalidInput, parseOrThrow, show } from '../internal/validate.js';
import { type Invoice, InvoiceLineSchema, totalsOfInvoice } from '../invoice/internal.js';
import { type Amount, MoneyAmountInputSchema, type MoneyInput } from '../money/internal.js';
import { defaultLocale, type Locale, renderMessage } from '../text/internal.js';
import { PercentInputSchema } from './percent.js';
import { depositCatalogues } from './text.catalogues.js';
import type { DepositMessage } from './text.js';

const CENT = /* @__PURE__ */ dec('0.01');

/**
 * Schema of the amounts of one VAT rate, as {@link depositInvoice} and {@link finalInvoice} take
 * them: `vatRatePercent` (0–100), `exclVat`, `vat` and `inclVat` (in cents, zero or more) with
 * `exclVat + vat = inclVat` exactly. Extra fields are ignored, so the `byRate` rows of
 * `invoiceTotals` and of a {@link DepositInvoiceResult} fit as they are.
 *
 * @category Deposit
 */
export const VatAmountsInputSchema = /* @__PURE__ */ z
  .object({
    vatRatePercent: PercentInputSchema,
    exclVat: MoneyAmountInputSchema,
    vat: MoneyAmountInputSchema,
    inclVat: MoneyAmountInputSchema,
  })
  .check(
    // Runs only once every field is valid (zod skips refinements after field issues).
    z.superRefine((row, ctx) => {
      const excl = dec(row.exclVat);
      const vat = dec(row.vat);
      const incl = dec(row.inclVat);
      for (const [key, value] of [
        ['exclVat', excl],
        ['vat', vat],
        ['inclVat', incl],
      ] as const) {
        if (value.isNegative())
          ctx.issues.push({
            code: 'custom',
            message: `must not be negative, received ${show(String(row[key]))}`,
            input: row[key],
            path: [key],
          });
      }
      if (!excl.plus(vat).eq(incl))
        ctx.issues.push({
          code: 'custom',
          message: `exclVat + vat must equal inclVat exactly: ${toCents(excl)} + ${toCents(vat)} = ${toCents(excl.plus(vat))}, not ${toCents(incl)}`,
          input: row.inclVat,
          path: ['inclVat'],
        });
    }),
  );

/**
 * The amounts of one VAT rate; see {@link VatAmountsInputSchema}.
 *
 * @category Deposit
 */
export interface VatAmountsInput {
  /** The VAT rate in percent, 0 to 100. */
  readonly vatRatePercent: MoneyInput;
  /** Amount excluding VAT, in cents. */
  readonly exclVat: MoneyInput;
  /** VAT, in cents. */
  readonly vat: MoneyInput;
  /** Amount including VAT, in cents: `exclVat + vat`. */
  readonly inclVat: MoneyInput;
}

function duplicateRates(
  rows: ReadonlyArray<{ vatRatePercent?: unknown }>,
  ctx: { issues: z.core.$ZodRawIssue[] },
  prefix: ReadonlyArray<string | number>,
): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const value = row.vatRatePercent;
    if (decimalInputProblem(value) !== undefined) return;
    const key = toPercent(dec(value));
    if (seen.has(key))
      ctx.issues.push({
        code: 'custom',
        message: `the VAT rate ${key} % appears twice; give one row per rate`,
        input: value,
        path: [...prefix, i, 'vatRatePercent'],
      });
    seen.add(key);
  });
}

/**
 * Schema of an order for {@link depositInvoice} and {@link finalInvoice}: exactly one of
 *
 * - `lines`: invoice lines (`InvoiceLineSchema` of the invoice module), whose totals per VAT rate
 *   are computed as `invoiceTotals` does;
 * - `byRate`: the totals per VAT rate ({@link VatAmountsInputSchema}), one row per rate.
 *
 * Extra fields are ignored, so an invoice with `lines`, or the result of `invoiceTotals`, fits.
 * Each rate's total must be zero or more.
 *
 * @category Deposit
 */
export const DepositOrderSchema = /* @__PURE__ */ z
  .object({
    lines: z.optional(
      z.array(InvoiceLineSchema).check(z.minLength(1, { error: 'must have at least one line' })),
    ),
    byRate: z.optional(
      z
        .array(VatAmountsInputSchema)
        .check(z.minLength(1, { error: 'must have at least one VAT rate' })),
    ),
  })
  .check(
    z.superRefine(
      (order, ctx) => {
        if (typeof order !== 'object' || order === null) return;
        const hasLines = order.lines !== undefined;
        const hasByRate = order.byRate !== undefined;
        if (hasLines === hasByRate)
          ctx.issues.push({
            code: 'custom',
            message: hasLines
              ? 'give either `lines` or `byRate`, not both'
              : 'an order needs either `lines` or `byRate` (totals per VAT rate)',
            input: order,
            path: [hasLines ? 'byRate' : 'lines'],
          });
        if (Array.isArray(order.byRate)) duplicateRates(order.byRate, ctx, ['byRate']);
      },
      { when: () => true },
    ),
  );

/**
 * An order; see {@link DepositOrderSchema}.
 *
 * @category Deposit
 */
export interface DepositOrderInput {
  /** The order's lines (as on an invoice); give these or `byRate`. */
  readonly lines?: ReadonlyArray<InvoiceLineInput>;
  /** The order's totals per VAT rate; give these or `lines`. */
  readonly byRate?: ReadonlyArray<VatAmountsInput>;
}

/** An invoice line as {@link DepositOrderSchema} accepts it. */
type InvoiceLineInput = z.input<typeof InvoiceLineSchema>;

/**
 * Schema of the deposits already invoiced, for {@link finalInvoice}: a list of objects with the
 * `byRate` amounts of each deposit invoice ({@link DepositInvoiceResult} fits as is).
 *
 * @category Deposit
 */
export const DepositsInputSchema = /* @__PURE__ */ z.array(
  z.object({ byRate: z.array(VatAmountsInputSchema) }).check(
    z.superRefine((d, ctx) => {
      duplicateRates(d.byRate, ctx, ['byRate']);
    }),
  ),
);

/**
 * The deposits already invoiced; see {@link DepositsInputSchema}.
 *
 * @category Deposit
 */
export type DepositsInput = ReadonlyArray<{
  /** The deposit's amounts per VAT rate. */
  readonly byRate: ReadonlyArray<VatAmountsInput>;
}>;

/**
 * Amounts of one VAT rate.
 *
 * @category Deposit
 */
export interface VatAmounts {
  /** The VAT rate in percent, canonical (`'20.00'`, `'5.50'`). */
  readonly vatRatePercent: string;
  /** Amount excluding VAT (HT). */
  readonly exclVat: Amount;
  /** VAT. */
  readonly vat: Amount;
  /** Amount including VAT (TTC) = `exclVat + vat`. */
  readonly inclVat: Amount;
}

/**
 * Totals with their breakdown per VAT rate (sorted by rate ascending).
 *
 * @category Deposit
 */
export interface VatTotals {
  /** Total excluding VAT. */
  readonly exclVat: Amount;
  /** Total VAT. */
  readonly vat: Amount;
  /** Total including VAT. */
  readonly inclVat: Amount;
  /** Per VAT rate, sorted by rate ascending; the totals are their sums. */
  readonly byRate: ReadonlyArray<VatAmounts>;
}

/**
 * A deposit invoice (facture d'acompte), as computed by {@link depositInvoice}.
 *
 * @category Deposit
 */
export interface DepositInvoiceResult extends VatTotals {
  /** Always `'deposit'`. */
  readonly kind: 'deposit';
  /** The deposit percent of the order total incl. VAT (`'30.00'`). */
  readonly percent: string;
  /** The order the deposit is taken on. */
  readonly order: VatTotals;
  /** How the per-rate rounding was settled. */
  readonly rounding: {
    /**
     * Cents added (positive) or removed (negative) after rounding each rate's share, so that the
     * rates add up to the deposit total.
     */
    readonly residual: Amount;
    /** The VAT rates whose share took the residual (empty when it is zero). */
    readonly placedOn: ReadonlyArray<string>;
    /** The convention, in one sentence in the requested locale (`'fr'` by default). */
    readonly rule: string;
    /** The convention in the requested locale (`message`), with its `code` and `params`. */
    readonly ruleMessage: DepositMessage<'RULE_DEPOSIT_SPLIT'>;
  };
  /** The legal bases. */
  readonly articles: ReadonlyArray<string>;
}

/**
 * A final invoice (facture de solde), as computed by {@link finalInvoice}: the order minus the
 * deposits already invoiced, per VAT rate.
 *
 * @category Deposit
 */
export interface FinalInvoiceResult extends VatTotals {
  /** Always `'final'`. */
  readonly kind: 'final';
  /** The whole order. */
  readonly order: VatTotals;
  /** The deposits deducted, added up. */
  readonly deposits: VatTotals;
  /** The legal bases. */
  readonly articles: ReadonlyArray<string>;
}

/** @internal One rate's amounts in decimals. */
interface Bucket {
  readonly key: string;
  readonly rate: Dec;
  readonly excl: Dec;
  readonly vat: Dec;
  readonly incl: Dec;
}

const ARTICLES: ReadonlyArray<string> = /* @__PURE__ */ Object.freeze([
  'CGI 289 I-1-c (invoice for each deposit received)',
  'CGI 269-2-a (goods: VAT due on deposits received, since 2023-01-01)',
  'CGI 269-2-c (services: VAT due on collection)',
]);

type Path = ReadonlyArray<string | number>;

function bucketOf(row: z.output<typeof VatAmountsInputSchema>): Bucket {
  const rate = dec(row.vatRatePercent);
  return {
    key: toPercent(rate),
    rate,
    excl: dec(row.exclVat),
    vat: dec(row.vat),
    incl: dec(row.inclVat),
  };
}

function orderBuckets(order: z.output<typeof DepositOrderSchema>, base: Path): Bucket[] {
  if (order.lines !== undefined) {
    // The invoice module's totals (per-rate VAT on the sum of the rate's lines): only the lines
    // matter, the other fields are placeholders of an already validated invoice.
    const invoice: Invoice = {
      number: 'order',
      issueDate: '2000-01-01' as PlainDate,
      currency: 'EUR',
      buyer: { kind: 'professional', name: 'order' },
      lines: order.lines,
      payments: [],
      creditNotes: [],
    };
    const totals = totalsOfInvoice(invoice);
    const buckets = totals.byRate.map(bucketOf);
    for (const b of buckets) {
      if (b.incl.isNegative())
        invalidInput(
          `the lines at ${b.key} % VAT add up to ${toCents(b.incl)} incl. VAT; each rate's total must be zero or more to split a deposit`,
          [...base, 'lines'],
          { vatRatePercent: b.key },
        );
    }
    return buckets;
  }
  return order.byRate!.map(bucketOf).sort((a, b) => a.rate.comparedTo(b.rate));
}

function totalsOf(buckets: ReadonlyArray<Bucket>): VatTotals {
  let excl = ZERO;
  let vat = ZERO;
  const byRate = buckets.map((b) => {
    excl = excl.plus(b.excl);
    vat = vat.plus(b.vat);
    return {
      vatRatePercent: b.key,
      exclVat: toCents(b.excl) as Amount,
      vat: toCents(b.vat) as Amount,
      inclVat: toCents(b.incl) as Amount,
    };
  });
  return {
    exclVat: toCents(excl) as Amount,
    vat: toCents(vat) as Amount,
    inclVat: toCents(excl.plus(vat)) as Amount,
    byRate,
  };
}

/** Splits an incl.-VAT amount into excl. VAT (rounded) and VAT (the difference). */
function fromInclVat(key: string, rate: Dec, incl: Dec): Bucket {
  const excl = roundCents(incl.div(rate.div(HUNDRED).plus(1)));
  return { key, rate, excl, vat: incl.minus(excl), incl };
}

function ruleOf(locale: Locale): Pick<DepositInvoiceResult['rounding'], 'rule' | 'ruleMessage'> {
  const m = renderMessage(depositCatalogues, locale, 'RULE_DEPOSIT_SPLIT', {});
  return { rule: m.message, ruleMessage: m };
}

/** @internal The deposit invoice for validated buckets and percent. */
export function depositOf(
  order: ReadonlyArray<Bucket>,
  percent: Dec,
  locale: Locale = defaultLocale,
): DepositInvoiceResult {
  let total = ZERO;
  for (const b of order) total = total.plus(b.incl);
  const deposit = roundCents(total.times(percent).div(HUNDRED));
  const shares = order.map((b) =>
    total.isZero() ? ZERO : roundCents(deposit.times(b.incl).div(total)),
  );
  let placed = ZERO;
  for (const s of shares) placed = placed.plus(s);
  const residual = deposit.minus(placed);
  // Priority: largest total incl. VAT first, then the higher rate.
  const priority = order
    .map((_, i) => i)
    .sort(
      (i, j) =>
        order[j]!.incl.comparedTo(order[i]!.incl) || order[j]!.rate.comparedTo(order[i]!.rate),
    );
  const placedOn = new Set<number>();
  let left = residual;
  while (!left.isZero()) {
    const up = left.isPositive();
    const i = priority.find((k) =>
      up ? shares[k]!.plus(CENT).lte(order[k]!.incl) : shares[k]!.gte(CENT),
    )!;
    shares[i] = up ? shares[i]!.plus(CENT) : shares[i]!.minus(CENT);
    left = up ? left.minus(CENT) : left.plus(CENT);
    placedOn.add(i);
  }
  const buckets = order.map((b, i) => fromInclVat(b.key, b.rate, shares[i]!));
  return {
    kind: 'deposit',
    percent: toPercent(percent),
    ...totalsOf(buckets),
    order: totalsOf(order),
    rounding: {
      residual: toCents(residual) as Amount,
      placedOn: order.filter((_, i) => placedOn.has(i)).map((b) => b.key),
      ...ruleOf(locale),
    },
    articles: [...ARTICLES],
  };
}

/**
 * Computes a deposit invoice (facture d'acompte): the deposit split across the order's VAT rates
 * in proportion to each rate's total incl. VAT, each share broken down into excl. VAT and VAT.
 *
 * @remarks VAT is due on deposits received: for services on collection (CGI 269-2-c), and for
 * goods since 1 January 2023 (CGI 269-2-a, loi de finances 2022 art. 30); each deposit received
 * before the supply calls for an invoice (CGI 289 I-1-c). From 1 September 2026 these rules move
 * to the CIBS "à droit constant". Rounding (deterministic): the deposit incl. VAT is the order
 * total incl. VAT × percent, rounded half-up to the cent; each rate's share is rounded half-up to
 * the cent; the residual cents are placed on the rate with the largest total incl. VAT (ties: the
 * higher rate), or on the next one when that rate is fully paid; per rate, excl. VAT =
 * round(incl. VAT / (1 + rate)) and VAT = incl. VAT − excl. VAT. The percent is not checked
 * against a deposit rule here (use {@link computeDeposit} or {@link recommendDeposit} to choose
 * it).
 * @param order - the order's `lines` or its totals `byRate`; see {@link DepositOrderSchema}
 * @param percent - the deposit percent, 0 to 100
 * @param options - `locale` of `rounding.rule`: `'fr'` (default) or `'en'`
 * @returns the deposit invoice, per rate and in total, with the order and the rounding applied
 * @throws {@link ImpayesError} `INVALID_INPUT` with paths under `['order', …]` or `['percent']`.
 * @example
 * ```ts
 * const order = { lines: [
 *   { description: 'Works', quantity: 1, unitPriceExclVat: '8000', vatRatePercent: 20 },
 *   { description: 'Insulation', quantity: 1, unitPriceExclVat: '2000', vatRatePercent: '5.5' },
 * ] };
 * depositInvoice(order, 30).byRate;
 * //=> [{ vatRatePercent: '5.50', exclVat: '600.00', vat: '33.00', inclVat: '633.00' },
 * //    { vatRatePercent: '20.00', exclVat: '2400.00', vat: '480.00', inclVat: '2880.00' }]
 * ```
 * @category Deposit
 */
export function depositInvoice(
  order: DepositOrderInput,
  percent: string | number,
  options: TextOptions = {},
): DepositInvoiceResult {
  const o = parseOrThrow(DepositOrderSchema, order, 'order', ['order']);
  const p = parseOrThrow(PercentInputSchema, percent, 'percent', ['percent']);
  return depositOf(orderBuckets(o, ['order']), dec(p), localeOf(options));
}

/**
 * Computes the final invoice (facture de solde) of an order: what remains per VAT rate once the
 * deposits invoiced are deducted.
 *
 * @remarks The final invoice deducts the deposits already invoiced ([law.md §4](../../docs/law.md); CGI 289 I-1-c,
 * 269-2-a/c). Per VAT rate, remaining = order − sum of deposits for excl. VAT, VAT and incl. VAT
 * separately, so the deposits plus the final invoice equal the order exactly, to the cent, per rate
 * and in total.
 * @param order - the same order as given to {@link depositInvoice}
 * @param deposits - the deposit invoices (or their `byRate` amounts), in any order; may be empty
 * @returns the final invoice per rate and in total, with the order and the deposits deducted
 * @throws {@link ImpayesError} `INVALID_INPUT` with paths under `['order', …]` or
 * `['deposits', i, …]`, including a deposit at a VAT rate the order does not have;
 * `OUT_OF_RANGE` when the deposits at a rate exceed the order at that rate (details
 * `vatRatePercent`, `order`, `deposits`).
 * @example
 * ```ts
 * const deposit = depositInvoice(order, 30);
 * finalInvoice(order, [deposit]).inclVat; //=> '8197.00' (order 11 710.00 − deposit 3 513.00)
 * ```
 * @category Deposit
 */
export function finalInvoice(
  order: DepositOrderInput,
  deposits: DepositsInput,
): FinalInvoiceResult {
  const o = parseOrThrow(DepositOrderSchema, order, 'order', ['order']);
  const ds = parseOrThrow(DepositsInputSchema, deposits, 'deposits', ['deposits']);
  const buckets = orderBuckets(o, ['order']);
  const index = new Map(buckets.map((b, i) => [b.key, i]));
  const sums = buckets.map((b) => ({
    key: b.key,
    rate: b.rate,
    excl: ZERO,
    vat: ZERO,
    incl: ZERO,
  }));
  ds.forEach((d, i) => {
    d.byRate.forEach((row, j) => {
      const b = bucketOf(row);
      const k = index.get(b.key);
      if (k === undefined)
        invalidInput(
          `the order has no ${b.key} % VAT rate (it has ${buckets.map((x) => `${x.key} %`).join(', ')})`,
          ['deposits', i, 'byRate', j, 'vatRatePercent'],
        );
      const s = sums[k]!;
      s.excl = s.excl.plus(b.excl);
      s.vat = s.vat.plus(b.vat);
      s.incl = s.incl.plus(b.incl);
    });
  });
  const remaining = buckets.map((b, i) => {
    const s = sums[i]!;
    if (s.incl.gt(b.incl))
      throw new ImpayesError({
        code: 'OUT_OF_RANGE',
        message: `The deposits at ${b.key} % VAT (${toCents(s.incl)} incl. VAT) exceed the order at that rate (${toCents(b.incl)}).`,
        path: ['deposits'],
        details: { vatRatePercent: b.key, order: toCents(b.incl), deposits: toCents(s.incl) },
      });
    return {
      key: b.key,
      rate: b.rate,
      excl: b.excl.minus(s.excl),
      vat: b.vat.minus(s.vat),
      incl: b.incl.minus(s.incl),
    };
  });
  return {
    kind: 'final',
    ...totalsOf(remaining),
    order: totalsOf(buckets),
    deposits: totalsOf(sums),
    articles: [...ARTICLES],
  };
}
