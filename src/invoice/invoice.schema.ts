import * as z from 'zod/mini';
import {
  addMonthsValid,
  FrenchRegionSchema,
  isPlainDateText,
  type PlainDate,
  PlainDateSchema,
} from '../dates/internal.js';
import { type Dec, dec, decimalInputProblem, toCents } from '../internal/decimal.js';
import { show } from '../internal/validate.js';
import {
  MoneyInputSchema,
  NonNegativeDecimalInputSchema,
  NonNegativeMoneyInputSchema,
  PositiveMoneyInputSchema,
} from '../money/internal.js';
import {
  DebtorKindSchema,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
} from '../parties/internal.js';
import { LatePenaltyClauseSchema, PaymentTermsSchema } from '../terms/internal.js';
import { lineTotalsOf } from './line-totals.js';

const VAT_NUMBER = /^[A-Z]{2}[0-9A-Z+*]{2,12}$/;
const FR_VAT_NUMBER = /^FR[0-9A-Z]{2}\d{9}$/;

/** Removes spaces (ordinary, no-break, narrow no-break), as the parties validators do. */
function compact(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '');
}

function identifierIssue(
  value: string,
  name: 'SIREN' | 'SIRET',
  digits: number,
  valid: boolean,
): string | undefined {
  if (valid) return undefined;
  return (digits === 9 ? /^\d{9}$/ : /^\d{14}$/).test(compact(value))
    ? `${show(value)} is not a valid ${name} (wrong Luhn check digit)`
    : `a ${name} is ${digits} digits, received ${show(value)}`;
}

function vatNumberIssue(value: string): string | undefined {
  const c = compact(value);
  if (!VAT_NUMBER.test(c))
    return `an intra-EU VAT number is a 2-letter country code (upper case) followed by 2 to 12 characters, received ${show(value)}`;
  if (!c.startsWith('FR')) return undefined;
  if (!FR_VAT_NUMBER.test(c) || (/^FR\d{2}/.test(c) && !isValidFrenchVatNumber(c)))
    return `${show(value)} is not a valid French VAT number (FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97)`;
  return undefined;
}

/**
 * Schema of a party to an invoice (the buyer, i.e. the debtor, or the seller).
 *
 * - `kind`: the {@link DebtorKind} (decides penalties, the 40 € indemnity, limitation and which
 *   invoice mentions apply);
 * - `name`: non-empty;
 * - `siren` (9 digits, Luhn key) and `siret` (14 digits, Luhn key; La Poste's SIRETs accepted),
 *   checked with {@link isValidSiren} / {@link isValidSiret} (spaces allowed, kept as given); a
 *   SIRET must start with the SIREN when both are given;
 * - `vatNumber`: intra-EU VAT number, country code in upper case (`FR44732829320`); a French one
 *   with a numeric key is checked with {@link isValidFrenchVatNumber} and must end with `siren`
 *   when both are given (CGI art. 286 ter);
 * - `region`: the {@link FrenchRegion} whose public holidays apply to the party;
 * - `address`: the billing address as printed (free text);
 * - `vatOnDebits`: for the seller, `true` when it has opted to pay VAT on debits
 *   ("option pour le paiement de la taxe d'après les débits", CGI art. 269 2 c), `false` when not.
 *
 * @example
 * ```ts
 * PartySchema.safeParse({ kind: 'professional', name: 'Acme SAS', siren: '732829320' }).success;
 * //=> true
 * ```
 * @category Invoice
 */
export const PartySchema = /* @__PURE__ */ z
  .strictObject({
    kind: DebtorKindSchema,
    name: z.string().check(z.minLength(1, { error: 'must not be empty' })),
    siren: z.optional(
      z.string().check(
        z.superRefine((value, ctx) => {
          const message = identifierIssue(value, 'SIREN', 9, isValidSiren(value));
          if (message !== undefined) ctx.issues.push({ code: 'custom', message, input: value });
        }),
      ),
    ),
    siret: z.optional(
      z.string().check(
        z.superRefine((value, ctx) => {
          const message = identifierIssue(value, 'SIRET', 14, isValidSiret(value));
          if (message !== undefined) ctx.issues.push({ code: 'custom', message, input: value });
        }),
      ),
    ),
    vatNumber: z.optional(
      z.string().check(
        z.superRefine((value, ctx) => {
          const message = vatNumberIssue(value);
          if (message !== undefined) ctx.issues.push({ code: 'custom', message, input: value });
        }),
      ),
    ),
    region: z.optional(FrenchRegionSchema),
    address: z.optional(z.string()),
    vatOnDebits: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((party, ctx) => {
      const siren = party.siren === undefined ? undefined : compact(party.siren);
      const siret = party.siret === undefined ? undefined : compact(party.siret);
      const vat = party.vatNumber === undefined ? undefined : compact(party.vatNumber);
      if (
        siren !== undefined &&
        vat !== undefined &&
        FR_VAT_NUMBER.test(vat) &&
        vat.slice(4) !== siren
      )
        ctx.issues.push({
          code: 'custom',
          message: `the VAT number ${show(party.vatNumber)} does not belong to SIREN ${show(party.siren)} (its last 9 digits must be the SIREN)`,
          input: party.vatNumber,
          path: ['vatNumber'],
        });
      if (siren !== undefined && siret !== undefined && !siret.startsWith(siren))
        ctx.issues.push({
          code: 'custom',
          message: `the SIRET ${show(party.siret)} does not start with the SIREN ${show(party.siren)}`,
          input: party.siret,
          path: ['siret'],
        });
    }),
  );

/**
 * A party to an invoice; see {@link PartySchema}.
 *
 * @category Invoice
 */
export type Party = z.infer<typeof PartySchema>;

/**
 * What {@link PartySchema} accepts.
 *
 * @category Invoice
 */
export type PartyInput = z.input<typeof PartySchema>;

/** A VAT rate in percent, 0 to 100 inclusive, any precision. */
const VatRatePercentSchema = /* @__PURE__ */ NonNegativeDecimalInputSchema.check(
  z.superRefine((value, ctx) => {
    if (decimalInputProblem(value) === undefined && dec(value).gt(100))
      ctx.issues.push({
        code: 'custom',
        message: `a VAT rate is a percentage from 0 to 100, received ${show(String(value))}`,
        input: value,
      });
  }),
);

/**
 * Schema of an invoice line:
 *
 * - `description`: free text;
 * - `quantity`: zero or more, any precision (hours, kilograms);
 * - `unitPriceExclVat`: the unit price excluding VAT, any precision; negative for a discount line
 *   (the invoice as a whole must not be negative);
 * - `vatRatePercent`: the VAT rate in percent, 0 to 100 (`20`, `'5.5'`).
 *
 * Numbers are {@link MoneyInput}s (prefer strings) and keep the caller's form.
 *
 * @example
 * ```ts
 * InvoiceLineSchema.safeParse({
 *   description: 'Audit', quantity: 2, unitPriceExclVat: '450.00', vatRatePercent: 20,
 * }).success; //=> true
 * ```
 * @category Invoice
 */
export const InvoiceLineSchema = /* @__PURE__ */ z.strictObject({
  description: z.string(),
  quantity: NonNegativeDecimalInputSchema,
  unitPriceExclVat: MoneyInputSchema,
  vatRatePercent: VatRatePercentSchema,
});

/**
 * An invoice line; see {@link InvoiceLineSchema}.
 *
 * @category Invoice
 */
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

/**
 * Schema of the totals of an invoice given as they are printed (instead of `lines`): amounts in
 * cents, zero or more, with `exclVat + vat = inclVat` exactly (checked by {@link InvoiceSchema}).
 *
 * @example
 * ```ts
 * GivenTotalsSchema.safeParse({ exclVat: '100.00', vat: '20.00', inclVat: '120.00' }).success;
 * //=> true
 * ```
 * @category Invoice
 */
export const GivenTotalsSchema = /* @__PURE__ */ z.strictObject({
  exclVat: NonNegativeMoneyInputSchema,
  vat: NonNegativeMoneyInputSchema,
  inclVat: NonNegativeMoneyInputSchema,
});

/**
 * Invoice totals given as printed; see {@link GivenTotalsSchema}.
 *
 * @category Invoice
 */
export type GivenTotals = z.infer<typeof GivenTotalsSchema>;

/**
 * Schema of a payment received against an invoice: its date, its amount (in cents, above zero) and
 * an optional reference (bank transfer id, cheque number).
 *
 * @remarks A payment may be dated before the invoice (a deposit paid on order, CGI art. 269 2 a).
 * @example
 * ```ts
 * PaymentSchema.safeParse({ date: '2025-05-15', amount: '500.00' }).success; //=> true
 * ```
 * @category Invoice
 */
export const PaymentSchema = /* @__PURE__ */ z.strictObject({
  date: PlainDateSchema,
  amount: PositiveMoneyInputSchema,
  reference: z.optional(z.string()),
});

/**
 * A payment; see {@link PaymentSchema}.
 *
 * @category Invoice
 */
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * Schema of a credit note (avoir) reducing what the invoice asks for: its date (not before the
 * invoice it corrects), its amount incl. VAT (in cents, above zero) and an optional reference.
 *
 * @example
 * ```ts
 * CreditNoteSchema.safeParse({ date: '2025-05-20', amount: 120, reference: 'AV-12' }).success;
 * //=> true
 * ```
 * @category Invoice
 */
export const CreditNoteSchema = /* @__PURE__ */ z.strictObject({
  date: PlainDateSchema,
  amount: PositiveMoneyInputSchema,
  reference: z.optional(z.string()),
});

/**
 * A credit note; see {@link CreditNoteSchema}.
 *
 * @category Invoice
 */
export type CreditNote = z.infer<typeof CreditNoteSchema>;

/**
 * Schema of what the invoice document shows, for {@link checkInvoiceMentions}. Every field is
 * optional; an absent field means "not shown" (or "unknown" where a fact is asked).
 *
 * - `dueDateShown`: the due date is printed (default: `true` when the invoice has a `dueDate`);
 * - `discountTerms`: the early-payment discount wording as printed, including "no discount for
 *   early payment" ("pas d'escompte pour paiement anticipé") (C. com. L441-9);
 * - `penaltyRateText`: the late-penalty rate wording as printed (C. com. L441-9);
 * - `recoveryIndemnityShown`: the 40 € fixed recovery indemnity is printed (C. com. L441-9, D441-5);
 * - `operationNature`: the nature of the operation printed — `'goods'`, `'services'` or `'both'`
 *   (e-invoicing reform, CGI ann. II art. 242 nonies A);
 * - `deliveryAddress`: the delivery address printed, when goods are delivered elsewhere than the
 *   billing address;
 * - `deliveredToBillingAddress`: `true` when the goods were delivered at the billing address (so no
 *   delivery address is required), `false` when elsewhere;
 * - `vatOnDebitsOption`: the mention "option pour le paiement de la taxe d'après les débits" is
 *   printed.
 *
 * @example
 * ```ts
 * InvoiceMentionsSchema.safeParse({ recoveryIndemnityShown: true, operationNature: 'services' })
 *   .success; //=> true
 * ```
 * @category Invoice
 */
export const InvoiceMentionsSchema = /* @__PURE__ */ z.strictObject({
  dueDateShown: z.optional(z.boolean()),
  discountTerms: z.optional(z.string()),
  penaltyRateText: z.optional(z.string()),
  recoveryIndemnityShown: z.optional(z.boolean()),
  operationNature: z.optional(z.enum(['goods', 'services', 'both'])),
  deliveryAddress: z.optional(z.string()),
  deliveredToBillingAddress: z.optional(z.boolean()),
  vatOnDebitsOption: z.optional(z.boolean()),
});

/**
 * What an invoice document shows; see {@link InvoiceMentionsSchema}.
 *
 * @category Invoice
 */
export type InvoiceMentions = z.infer<typeof InvoiceMentionsSchema>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dateOf(value: unknown): string | undefined {
  return isPlainDateText(value) ? (value as string) : undefined;
}

/** A money input as the caller gave it: a string as is, a number by `String`, a Decimal in plain digits. */
function asGiven(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number') return String(value);
  return dec(value).toFixed();
}

/** A sum in cents when it has at most two decimals, else in full plain digits. */
function sumText(sum: Dec): string {
  return sum.decimalPlaces() <= 2 ? toCents(sum) : sum.toFixed();
}

function moneyOf(value: unknown): Dec | undefined {
  return decimalInputProblem(value) === undefined ? dec(value) : undefined;
}

type Issue = { path: (string | number)[]; message: string; input: unknown };

/**
 * @internal Cross-field checks, run even when some fields failed so that every problem is
 * reported (the fast validator runs them on a valid invoice).
 */
export function crossFieldIssues(value: unknown, linesValid: boolean): Issue[] {
  if (!isObject(value)) return [];
  // The years 1900–2199 are checked by PlainDateSchema itself (OUT_OF_RANGE), like every input date.
  return [...dateOrderIssues(value), ...amountIssues(value, linesValid)];
}

/** @internal Step: due, delivery and credit-note dates against the issue date. */
export function dateOrderIssues(value: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const issueDate = dateOf(value.issueDate);
  const dueDate = dateOf(value.dueDate);
  const deliveryDate = dateOf(value.deliveryDate);
  if (issueDate === undefined) return issues;
  if (dueDate !== undefined && dueDate < issueDate)
    issues.push({
      path: ['dueDate'],
      message: `the due date ${dueDate} is before the issue date ${issueDate}`,
      input: dueDate,
    });
  if (
    deliveryDate !== undefined &&
    (deliveryDate > addMonthsValid(issueDate as PlainDate, 60) ||
      deliveryDate < addMonthsValid(issueDate as PlainDate, -60))
  )
    issues.push({
      path: ['deliveryDate'],
      message: `the delivery date ${deliveryDate} is more than 5 years away from the issue date ${issueDate}`,
      input: deliveryDate,
    });
  const notes = value.creditNotes;
  if (Array.isArray(notes))
    notes.forEach((note, i) => {
      const date = isObject(note) ? dateOf(note.date) : undefined;
      if (date !== undefined && date < issueDate)
        issues.push({
          path: ['creditNotes', i, 'date'],
          message: `a credit note cannot be dated ${date}, before the invoice it corrects (${issueDate})`,
          input: date,
        });
    });
  return issues;
}

/** @internal Step: exactly one of lines and totals; totals that add up; no negative invoice. */
export function amountIssues(value: Record<string, unknown>, linesValid: boolean): Issue[] {
  const issues: Issue[] = [];
  const hasLines = value.lines !== undefined;
  const hasTotals = value.totals !== undefined;
  if (hasLines && hasTotals)
    issues.push({
      path: ['totals'],
      message:
        'give either `lines` or `totals`, not both (totals are computed from the lines when lines are given)',
      input: value.totals,
    });
  else if (!hasLines && !hasTotals)
    issues.push({
      path: ['lines'],
      message: 'an invoice needs either `lines` (computed totals) or `totals` (as printed)',
      input: undefined,
    });

  if (hasTotals && !hasLines && isObject(value.totals)) {
    const excl = moneyOf(value.totals.exclVat);
    const vat = moneyOf(value.totals.vat);
    const incl = moneyOf(value.totals.inclVat);
    if (excl !== undefined && vat !== undefined && incl !== undefined && !excl.plus(vat).eq(incl))
      issues.push({
        path: ['totals', 'inclVat'],
        // What was received, as given (String of a number): rounding it could print "x, not x".
        message: `exclVat + vat must equal inclVat exactly: ${asGiven(value.totals.exclVat)} + ${asGiven(value.totals.vat)} = ${sumText(excl.plus(vat))}, not ${asGiven(value.totals.inclVat)}`,
        input: value.totals.inclVat,
      });
  }

  if (hasLines && !hasTotals && linesValid) {
    const inclVat = lineTotalsOf(value.lines as ReadonlyArray<InvoiceLine>).inclVat;
    if (inclVat.isNegative())
      issues.push({
        path: ['lines'],
        message: `the lines add up to ${toCents(inclVat)} incl. VAT; an invoice cannot be negative (issue a credit note instead)`,
        input: value.lines,
      });
  }
  return issues;
}

/**
 * Schema of an invoice, the model every other module starts from.
 *
 * Fields: `number` (non-empty), `issueDate`, optional `deliveryDate` (goods received or service
 * performed), optional `dueDate` (else computed from `terms`, else the statutory default),
 * optional `terms` ({@link PaymentTerms}), `currency` (`'EUR'`, the default and only value for
 * now), optional `seller`, `buyer` ({@link Party}), exactly one of `lines` ({@link InvoiceLine},
 * at least one) or `totals` ({@link GivenTotals}), optional `latePenaltyClause`
 * ({@link LatePenaltyClause}), `payments` ({@link Payment}, default `[]`), `creditNotes`
 * ({@link CreditNote}, default `[]`) and optional `mentions` ({@link InvoiceMentions}).
 *
 * Unknown keys are rejected (a misspelt `dueDat` must not silently fall back to the statutory
 * term). Amounts keep the caller's {@link MoneyInput} form.
 *
 * @remarks Cross-field rules, all reported at once with their paths: exactly one of
 * `lines`/`totals`; `totals.exclVat + totals.vat = totals.inclVat` exactly; `dueDate` not before
 * `issueDate`; `deliveryDate` within 5 years of `issueDate`; every date in the years 1900–2199; a
 * credit note not dated before the invoice it corrects; the lines not adding up to a negative
 * amount. A payment may precede the invoice (a deposit, CGI art. 269 2 a).
 * @example
 * ```ts
 * InvoiceSchema.safeParse({
 *   number: 'F-2025-001', issueDate: '2025-03-10',
 *   buyer: { kind: 'professional', name: 'Client SA' },
 *   totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
 * }).success; //=> true
 * ```
 * @category Invoice
 */
export const InvoiceSchema = /* @__PURE__ */ z
  .strictObject({
    number: z.string().check(z.minLength(1, { error: 'must not be empty' })),
    issueDate: PlainDateSchema,
    deliveryDate: z.optional(PlainDateSchema),
    dueDate: z.optional(PlainDateSchema),
    terms: z.optional(PaymentTermsSchema),
    currency: z._default(
      z.literal('EUR', {
        error: (issue) =>
          `only "EUR" is supported for now (amounts in other currencies cannot be checked against French rules), received ${show(issue.input)}`,
      }),
      'EUR',
    ),
    seller: z.optional(PartySchema),
    buyer: PartySchema,
    lines: z.optional(
      z.array(InvoiceLineSchema).check(z.minLength(1, { error: 'must have at least one line' })),
    ),
    totals: z.optional(GivenTotalsSchema),
    latePenaltyClause: z.optional(LatePenaltyClauseSchema),
    payments: z._default(z.array(PaymentSchema), () => []),
    creditNotes: z._default(z.array(CreditNoteSchema), () => []),
    mentions: z.optional(InvoiceMentionsSchema),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        const linesValid = !ctx.issues.some((i) => i.path?.[0] === 'lines');
        for (const issue of crossFieldIssues(value, linesValid))
          ctx.issues.push({ code: 'custom', ...issue });
      },
      { when: () => true },
    ),
  );

/**
 * A validated invoice; see {@link InvoiceSchema}. Obtain one with {@link parseInvoice}.
 *
 * @category Invoice
 */
export type Invoice = z.infer<typeof InvoiceSchema>;

/**
 * What {@link parseInvoice} accepts: an {@link Invoice} where `currency`, `payments` and
 * `creditNotes` may be omitted and dates are plain `YYYY-MM-DD` strings.
 *
 * @category Invoice
 */
export type InvoiceInput = z.input<typeof InvoiceSchema>;

/**
 * What the invoice functions ({@link invoiceTotals}, {@link outstandingAmount}…) accept: an
 * {@link InvoiceInput}, a parsed {@link Invoice}, or either deeply readonly (frozen fixtures,
 * `as const` literals). It is validated on every call.
 *
 * @category Invoice
 */
export type InvoiceLike = Readonly<Omit<InvoiceInput, 'lines' | 'payments' | 'creditNotes'>> & {
  /** The lines, see {@link InvoiceLineSchema}. */
  readonly lines?: ReadonlyArray<z.input<typeof InvoiceLineSchema>> | undefined;
  /** The payments, see {@link PaymentSchema}. */
  readonly payments?: ReadonlyArray<z.input<typeof PaymentSchema>> | undefined;
  /** The credit notes, see {@link CreditNoteSchema}. */
  readonly creditNotes?: ReadonlyArray<z.input<typeof CreditNoteSchema>> | undefined;
};
