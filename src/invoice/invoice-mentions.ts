import * as z from 'zod/mini';
import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Invoice, InvoiceLike } from './invoice.schema.js';
import { InvoiceSchema } from './invoice.schema.js';
import type { InvoiceWarning } from './warning.js';

/**
 * The payment-related mentions {@link checkInvoiceMentions} checks:
 *
 * - C. com. L441-9 (invoices for a professional purchase): `DUE_DATE`, `DISCOUNT_TERMS`,
 *   `LATE_PENALTY_RATE`, `RECOVERY_INDEMNITY`;
 * - e-invoicing reform (CGI ann. II art. 242 nonies A as amended by décret 2022-1299):
 *   `BUYER_SIREN`, `DELIVERY_ADDRESS`, `OPERATION_NATURE`, `VAT_ON_DEBITS_OPTION`.
 *
 * @category Invoice
 */
export type MentionCode =
  | 'DUE_DATE'
  | 'DISCOUNT_TERMS'
  | 'LATE_PENALTY_RATE'
  | 'RECOVERY_INDEMNITY'
  | 'BUYER_SIREN'
  | 'DELIVERY_ADDRESS'
  | 'OPERATION_NATURE'
  | 'VAT_ON_DEBITS_OPTION';

/**
 * The size category of the issuing company, which sets the date it must issue e-invoices:
 * `'large'` (grande entreprise) and `'eti'` (entreprise de taille intermédiaire) from
 * 1 September 2026, `'sme'` (PME) and `'micro'` (micro-entreprise) from 1 September 2027.
 *
 * @category Invoice
 */
export type IssuerSize = 'large' | 'eti' | 'sme' | 'micro';

/**
 * Schema of the options of {@link checkInvoiceMentions}:
 *
 * - `asOf` (required): the date the check is made;
 * - `issuerSize`: the issuer's {@link IssuerSize}; unknown by default;
 * - `rulesAt`: `'as-of'` (default) applies the reform mentions when the issuer is subject to
 *   e-invoicing on `asOf`; `'issue-date'` when it was subject on the invoice's issue date (the
 *   rules in force when the invoice was issued, the right choice for invoices already issued).
 *
 * @example
 * ```ts
 * CheckInvoiceMentionsOptionsSchema.safeParse({ asOf: '2026-10-01', issuerSize: 'sme' }).success;
 * //=> true
 * ```
 * @category Invoice
 */
export const CheckInvoiceMentionsOptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: PlainDateSchema,
  issuerSize: z.optional(z.enum(['large', 'eti', 'sme', 'micro'])),
  rulesAt: z.optional(z.enum(['as-of', 'issue-date'])),
});

/**
 * What {@link checkInvoiceMentions} accepts as options; see
 * {@link CheckInvoiceMentionsOptionsSchema}.
 *
 * @category Invoice
 */
export interface CheckInvoiceMentionsOptions {
  /** The date the check is made, `YYYY-MM-DD`. */
  readonly asOf: DateInput;
  /** The issuer's size category; when omitted, reform mentions may be listed as conditional. */
  readonly issuerSize?: IssuerSize;
  /** Which date decides whether the issuer is subject to the reform: `'as-of'` (default) or `'issue-date'`. */
  readonly rulesAt?: 'as-of' | 'issue-date';
}

/**
 * One mention that applies (or may apply) to the invoice, and whether the invoice shows it.
 *
 * @category Invoice
 */
export interface MentionStatus {
  /** The mention. */
  readonly code: MentionCode;
  /** Its name in French and English, for display. */
  readonly label: { readonly fr: string; readonly en: string };
  /** The legal basis. */
  readonly article: string;
  /**
   * `'present'`: shown; `'missing'`: required and not shown; `'conditional'`: not shown and
   * required only if a fact the input leaves open holds (issuer size, delivery address, VAT option).
   */
  readonly status: 'present' | 'missing' | 'conditional';
  /** Why it applies and what decided its status, in one sentence. */
  readonly reason: string;
}

/**
 * A mention the invoice does not show.
 *
 * @category Invoice
 */
export interface MissingMention {
  /** The mention. */
  readonly code: MentionCode;
  /** A readable English sentence. */
  readonly message: string;
  /** The legal basis. */
  readonly article: string;
}

/**
 * The result of {@link checkInvoiceMentions}.
 *
 * @category Invoice
 */
export interface CheckInvoiceMentionsResult {
  /** The date of the check. */
  readonly asOf: PlainDate;
  /** Mentions required and not shown (fines up to 75 000 € / 375 000 €, C. com. L441-16). */
  readonly missing: ReadonlyArray<MissingMention>;
  /** Mentions not shown that are required only if an open fact holds. */
  readonly conditional: ReadonlyArray<MissingMention>;
  /** Every mention that applies or may apply, with its status. */
  readonly applicable: ReadonlyArray<MentionStatus>;
  /** Mentions checked and found not to apply, with the reason. */
  readonly notApplicable: ReadonlyArray<{ readonly code: MentionCode; readonly reason: string }>;
  /** Whether the issuer is subject to the e-invoicing mentions, and from when. */
  readonly eInvoicing: {
    /** `true`, `false`, or `'unknown'` when it depends on the issuer's size. */
    readonly subject: boolean | 'unknown';
    /** The date that decided it (`asOf` or the issue date, see `rulesAt`). */
    readonly decidedOn: PlainDate;
    /** The issuer's start date when known. */
    readonly from?: PlainDate;
  };
  /** Assumptions (`ISSUER_SIZE_UNKNOWN`, `REFORM_NOT_IN_FORCE_AT_ISSUE`). */
  readonly warnings: ReadonlyArray<InvoiceWarning>;
}

const L441_9 = 'C. com. L441-9';
const INDEMNITY = 'C. com. L441-9, D441-5';
const REFORM = 'CGI ann. II art. 242 nonies A (décret 2022-1299)';
const LARGE_START = '2026-09-01' as PlainDate;
const SME_START = '2027-09-01' as PlainDate;

const LABELS: Readonly<Record<MentionCode, { readonly fr: string; readonly en: string }>> = {
  DUE_DATE: { fr: 'Date d’échéance du paiement', en: 'Payment due date' },
  DISCOUNT_TERMS: {
    fr: 'Conditions d’escompte (ou absence d’escompte)',
    en: 'Early-payment discount terms (or that none is granted)',
  },
  LATE_PENALTY_RATE: { fr: 'Taux des pénalités de retard', en: 'Late-payment penalty rate' },
  RECOVERY_INDEMNITY: {
    fr: 'Indemnité forfaitaire pour frais de recouvrement (40 €)',
    en: 'Fixed recovery indemnity (40 €)',
  },
  BUYER_SIREN: { fr: 'Numéro SIREN du client', en: 'Buyer’s SIREN' },
  DELIVERY_ADDRESS: {
    fr: 'Adresse de livraison (si différente de l’adresse de facturation)',
    en: 'Delivery address (if different from the billing address)',
  },
  OPERATION_NATURE: {
    fr: 'Nature de l’opération (biens, services ou les deux)',
    en: 'Nature of the operation (goods, services or both)',
  },
  VAT_ON_DEBITS_OPTION: {
    fr: 'Option pour le paiement de la taxe d’après les débits',
    en: 'Option to pay VAT on debits',
  },
};

const MISSING_MESSAGES: Readonly<Record<MentionCode, string>> = {
  DUE_DATE: 'The invoice does not show the date by which payment must be made.',
  DISCOUNT_TERMS:
    'The invoice does not show the early-payment discount terms (write "no discount for early payment" when none is granted).',
  LATE_PENALTY_RATE:
    'The invoice does not show the rate of the penalties due from the day after the due date.',
  RECOVERY_INDEMNITY:
    'The invoice does not show the 40 € fixed indemnity for recovery costs owed by a professional buyer paying late.',
  BUYER_SIREN: 'The invoice does not show the buyer’s SIREN (or SIRET).',
  DELIVERY_ADDRESS:
    'The invoice does not show the delivery address of the goods, which differs from the billing address.',
  OPERATION_NATURE:
    'The invoice does not show the nature of the operation (goods, services or both).',
  VAT_ON_DEBITS_OPTION:
    'The invoice does not show "option pour le paiement de la taxe d’après les débits", which the seller has chosen.',
};

function filled(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

/**
 * Checks an already validated invoice against already validated options.
 *
 * @internal
 */
export function mentionsOfInvoice(
  invoice: Invoice,
  options: z.infer<typeof CheckInvoiceMentionsOptionsSchema>,
): CheckInvoiceMentionsResult {
  const { asOf, issuerSize, rulesAt = 'as-of' } = options;
  const m = invoice.mentions ?? {};
  const kind = invoice.buyer.kind;
  const applicable: MentionStatus[] = [];
  const notApplicable: Array<{ code: MentionCode; reason: string }> = [];
  const warnings: InvoiceWarning[] = [];
  const add = (
    code: MentionCode,
    article: string,
    status: MentionStatus['status'],
    reason: string,
  ): void => {
    applicable.push({ code, label: { ...LABELS[code] }, article, status, reason });
  };
  const shown = (code: MentionCode, article: string, present: boolean, why: string): void => {
    add(code, article, present ? 'present' : 'missing', why);
  };

  // 1. C. com. L441-9: invoices for a professional purchase (businesses and public buyers).
  if (kind === 'professional' || kind === 'public') {
    const buyer = kind === 'professional' ? 'a professional buyer' : 'a public buyer';
    const dueDateShown = m.dueDateShown ?? invoice.dueDate !== undefined;
    shown(
      'DUE_DATE',
      L441_9,
      dueDateShown,
      m.dueDateShown === undefined
        ? `Required for ${buyer}; taken as shown when the invoice has a dueDate.`
        : `Required for ${buyer}.`,
    );
    shown('DISCOUNT_TERMS', L441_9, filled(m.discountTerms), `Required for ${buyer}.`);
    shown('LATE_PENALTY_RATE', L441_9, filled(m.penaltyRateText), `Required for ${buyer}.`);
    shown(
      'RECOVERY_INDEMNITY',
      kind === 'public' ? `${INDEMNITY}; CCP D2192-35` : INDEMNITY,
      m.recoveryIndemnityShown === true,
      `The 40 € indemnity is owed by ${buyer} paying late, and its amount must be shown.`,
    );
  } else {
    const reason = `C. com. L441-9 governs invoices for purchases made for a professional activity; the buyer is ${kind === 'consumer' ? 'a consumer' : 'a non-professional'} (no 40 € indemnity either).`;
    for (const code of [
      'DUE_DATE',
      'DISCOUNT_TERMS',
      'LATE_PENALTY_RATE',
      'RECOVERY_INDEMNITY',
    ] as const)
      notApplicable.push({ code, reason });
  }

  // 2. E-invoicing reform mentions, once the issuer must issue e-invoices.
  const decidedOn = rulesAt === 'issue-date' ? invoice.issueDate : asOf;
  const from =
    issuerSize === undefined
      ? undefined
      : issuerSize === 'large' || issuerSize === 'eti'
        ? LARGE_START
        : SME_START;
  const subject: boolean | 'unknown' =
    from !== undefined
      ? decidedOn >= from
      : decidedOn >= SME_START
        ? true
        : decidedOn >= LARGE_START
          ? 'unknown'
          : false;
  const reformCodes = [
    'BUYER_SIREN',
    'DELIVERY_ADDRESS',
    'OPERATION_NATURE',
    'VAT_ON_DEBITS_OPTION',
  ] as const;
  if (subject === false) {
    const reason = `The issuer must issue e-invoices only from ${from ?? LARGE_START} (${issuerSize === undefined ? 'large companies and ETIs; SMEs and micro-companies from 2027-09-01' : issuerSize}); not yet on ${decidedOn}.`;
    for (const code of reformCodes) notApplicable.push({ code, reason });
  } else if (kind !== 'professional') {
    const reason =
      'The e-invoicing reform mentions concern invoices between businesses (B2B); public buyers are invoiced through Chorus Pro and consumers are covered by e-reporting.';
    for (const code of reformCodes) notApplicable.push({ code, reason });
  } else {
    if (subject === 'unknown')
      warnings.push({
        code: 'ISSUER_SIZE_UNKNOWN',
        message: `On ${decidedOn} large companies and ETIs must issue e-invoices but SMEs and micro-companies only from ${SME_START}: the reform mentions are listed as conditional. Pass issuerSize to decide.`,
        article: REFORM,
      });
    else if (rulesAt === 'as-of' && invoice.issueDate < (from ?? LARGE_START))
      warnings.push({
        code: 'REFORM_NOT_IN_FORCE_AT_ISSUE',
        message: `The issuer is subject on ${asOf}, but the invoice was issued on ${invoice.issueDate}, before its start date ${from ?? LARGE_START}: the reform mentions were not yet required on it (pass rulesAt: 'issue-date' to check it against the rules of its issue date).`,
        article: REFORM,
      });
    const whenMissing: MentionStatus['status'] = subject === 'unknown' ? 'conditional' : 'missing';
    const reformWhy =
      subject === 'unknown'
        ? 'Required if the issuer is a large company or an ETI (subject since 2026-09-01).'
        : `Required since the issuer must issue e-invoices (from ${from ?? SME_START}).`;
    const buyer = invoice.buyer;
    add(
      'BUYER_SIREN',
      REFORM,
      buyer.siren !== undefined || buyer.siret !== undefined ? 'present' : whenMissing,
      reformWhy,
    );
    add(
      'OPERATION_NATURE',
      REFORM,
      m.operationNature !== undefined ? 'present' : whenMissing,
      reformWhy,
    );
    if (m.operationNature === 'services')
      notApplicable.push({
        code: 'DELIVERY_ADDRESS',
        reason: 'Services only: no goods delivered.',
      });
    else if (filled(m.deliveryAddress)) add('DELIVERY_ADDRESS', REFORM, 'present', reformWhy);
    else if (m.deliveredToBillingAddress === true)
      notApplicable.push({
        code: 'DELIVERY_ADDRESS',
        reason: 'The goods were delivered at the billing address.',
      });
    else if (m.deliveredToBillingAddress === false)
      add(
        'DELIVERY_ADDRESS',
        REFORM,
        whenMissing,
        `${reformWhy} The goods were delivered elsewhere.`,
      );
    else
      add(
        'DELIVERY_ADDRESS',
        REFORM,
        'conditional',
        'Required if goods were delivered elsewhere than the billing address (set mentions.deliveredToBillingAddress to decide).',
      );
    if (m.operationNature === 'goods')
      notApplicable.push({
        code: 'VAT_ON_DEBITS_OPTION',
        reason: 'Goods only: the option to pay VAT on debits concerns services (CGI art. 269 2 c).',
      });
    else if (m.vatOnDebitsOption === true)
      add('VAT_ON_DEBITS_OPTION', REFORM, 'present', reformWhy);
    else if (invoice.seller?.vatOnDebits === false)
      notApplicable.push({
        code: 'VAT_ON_DEBITS_OPTION',
        reason: 'The seller has not opted to pay VAT on debits.',
      });
    else if (invoice.seller?.vatOnDebits === true)
      add(
        'VAT_ON_DEBITS_OPTION',
        REFORM,
        whenMissing,
        `${reformWhy} The seller has opted to pay VAT on debits.`,
      );
    else
      add(
        'VAT_ON_DEBITS_OPTION',
        REFORM,
        'conditional',
        'Required if the seller has opted to pay VAT on debits (set seller.vatOnDebits to decide).',
      );
  }

  const listed = (status: MentionStatus['status']): MissingMention[] =>
    applicable
      .filter((a) => a.status === status)
      .map((a) => ({
        code: a.code,
        message:
          status === 'missing'
            ? MISSING_MESSAGES[a.code]
            : `The invoice does not show: ${a.label.en}. ${a.reason}`,
        article: a.article,
      }));
  return {
    asOf,
    missing: listed('missing'),
    conditional: listed('conditional'),
    applicable,
    notApplicable,
    eInvoicing: { subject, decidedOn, ...(from === undefined ? {} : { from }) },
    warnings,
  };
}

/**
 * Lists the payment-related mentions an invoice must show and which ones it does not.
 *
 * @remarks
 * - C. com. L441-9, for a professional (or public) buyer: the due date, the early-payment
 *   discount terms (or that none is granted), the late-penalty rate and the 40 € fixed recovery
 *   indemnity (D441-5; CCP D2192-35 for public buyers). Missing mentions are fined up to
 *   75 000 € / 375 000 € (C. com. L441-16). Not applicable to consumers and non-professionals.
 * - E-invoicing reform (CGI ann. II art. 242 nonies A as amended by décret 2022-1299), for B2B
 *   invoices once the issuer must issue e-invoices — 1 Sep 2026 for large companies and ETIs,
 *   1 Sep 2027 for SMEs and micro-companies: the buyer's SIREN, the delivery address if different
 *   from the billing address, the nature of the operation (goods, services or both) and
 *   "option pour le paiement de la taxe d'après les débits" where the seller chose it. Without
 *   `issuerSize`, between those dates the mentions are listed as `conditional` with an
 *   `ISSUER_SIZE_UNKNOWN` warning. By default the issuer's status is taken on `asOf`; pass
 *   `rulesAt: 'issue-date'` to use the rules in force when the invoice was issued.
 *
 * What the invoice shows is read from `invoice.mentions` (see {@link InvoiceMentions}), the buyer's
 * `siren`/`siret` and the seller's `vatOnDebits`.
 * @param invoice - an {@link Invoice} (or its input form; it is validated)
 * @param options - `{ asOf, issuerSize?, rulesAt? }`; see {@link CheckInvoiceMentionsOptions}
 * @returns the {@link CheckInvoiceMentionsResult}: `missing`, `conditional`, `applicable`,
 * `notApplicable`, `eInvoicing` and `warnings`
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice or the options are not valid.
 * @example
 * ```ts
 * checkInvoiceMentions({
 *   number: 'F-1', issueDate: '2026-10-01', dueDate: '2026-10-31',
 *   buyer: { kind: 'professional', name: 'Client SA' },
 *   totals: { exclVat: 100, vat: 20, inclVat: 120 },
 *   mentions: { penaltyRateText: 'BCE + 10 points', recoveryIndemnityShown: true },
 * }, { asOf: '2026-10-01', issuerSize: 'eti' }).missing.map((m) => m.code);
 * //=> ['DISCOUNT_TERMS', 'BUYER_SIREN', 'OPERATION_NATURE']
 * ```
 * @category Invoice
 */
export function checkInvoiceMentions(
  invoice: InvoiceLike,
  options: CheckInvoiceMentionsOptions,
): CheckInvoiceMentionsResult {
  const opts = parseOrThrow(CheckInvoiceMentionsOptionsSchema, options, 'options');
  return mentionsOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'), opts);
}
