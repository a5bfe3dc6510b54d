import * as z from 'zod/mini';
import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { dec, decValid, toCents } from '../internal/decimal.js';
import {
  type Draft,
  type FindingDraft,
  renderDraft,
  renderFindingDraft,
} from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawNumberOn, lawRowFor, lawStart } from '../law/internal.js';
import { type Locale, LocaleSchema, renderMessage } from '../text/internal.js';
import type { Invoice, InvoiceLike } from './invoice.schema.js';
import { InvoiceSchema } from './invoice.schema.js';
import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessage, InvoiceMessages } from './text.js';
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
 * - `locale`: `'fr'` (default) or `'en'`, the language of the sentences;
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
  locale: z.optional(LocaleSchema),
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
  /** The language of the reasons, messages and warnings: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
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
  /** Its name in the requested locale (`message`), with its `code` and `params`. */
  readonly labelMessage: InvoiceMessage<'LABEL_MENTION'>;
  /** The legal basis. */
  readonly article: string;
  /**
   * `'present'`: shown; `'missing'`: required and not shown; `'conditional'`: not shown and
   * required only if a fact the input leaves open holds (issuer size, delivery address, VAT option).
   */
  readonly status: 'present' | 'missing' | 'conditional';
  /** Why it applies and what decided its status, in one sentence in the requested locale. */
  readonly reason: string;
  /** The reason as `code` and `params`, for apps rendering their own text. */
  readonly reasonMessage: InvoiceMessage;
}

/**
 * A mention the invoice does not show.
 *
 * @category Invoice
 */
export interface MissingMention {
  /** The mention. */
  readonly code: MentionCode;
  /** The sentence, in the requested locale. */
  readonly message: string;
  /** The values the sentence is made of: the mention and, when conditional, the open fact. */
  readonly params: InvoiceMessages['MENTION_MISSING'] | InvoiceMessages['MENTION_CONDITIONAL'];
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
  /** Mentions required and not shown (fines up to 75 000 € / 375 000 €, C. com. L441-9). */
  readonly missing: ReadonlyArray<MissingMention>;
  /** Mentions not shown that are required only if an open fact holds. */
  readonly conditional: ReadonlyArray<MissingMention>;
  /** Every mention that applies or may apply, with its status. */
  readonly applicable: ReadonlyArray<MentionStatus>;
  /** Mentions checked and found not to apply, with the reason. */
  readonly notApplicable: ReadonlyArray<{
    readonly code: MentionCode;
    readonly reason: string;
    readonly reasonMessage: InvoiceMessage;
  }>;
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
// E-invoicing start dates (law parameter data; the value of these parameters is their start date).
const LARGE_START = /* @__PURE__ */ lawStart('einvoicing-issue-large-mid');
const SME_START = /* @__PURE__ */ lawStart('einvoicing-issue-sme');

function filled(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

type Reason = Draft<InvoiceMessages>;
type Status = MentionStatus['status'];
type Condition = InvoiceMessages['MENTION_CONDITIONAL']['condition'];

/** A mention checked: its status and reason (a draft), or `'not-applicable'` with the reason. */
type Entry =
  | {
      readonly code: MentionCode;
      readonly article: string;
      readonly status: Status;
      readonly reason: Reason;
      /** For a conditional status: the open fact that would make it required. */
      readonly condition: Condition | undefined;
    }
  | { readonly code: MentionCode; readonly status: 'not-applicable'; readonly reason: Reason };

function entry(
  code: MentionCode,
  article: string,
  status: Status,
  reason: Reason,
  condition?: Condition,
): Entry {
  return { code, article, status, reason, condition };
}

function notApplicable(code: MentionCode, reason: Reason): Entry {
  return { code, status: 'not-applicable', reason };
}

const NONE = {} as Record<string, never>;
const L441_9_CODES = [
  'DUE_DATE',
  'DISCOUNT_TERMS',
  'LATE_PENALTY_RATE',
  'RECOVERY_INDEMNITY',
] as const;
const REFORM_CODES = [
  'BUYER_SIREN',
  'DELIVERY_ADDRESS',
  'OPERATION_NATURE',
  'VAT_ON_DEBITS_OPTION',
] as const;

/** The recovery indemnity in force on the invoice date, from the law data (D441-5, D2192-35). */
function indemnityOn(kind: 'professional' | 'public', date: PlainDate): string {
  const id = kind === 'public' ? 'public-recovery-indemnity-eur' : 'recovery-indemnity-eur';
  return toCents(dec(lawRowFor(id, date).value));
}

/** @internal Step: the mentions of C. com. L441-9 (invoices for a professional purchase). */
export function paymentMentions(invoice: Invoice): Entry[] {
  const m = invoice.mentions ?? {};
  const kind = invoice.buyer.kind;
  if (kind !== 'professional' && kind !== 'public') {
    const reason: Reason = { code: 'MENTIONS_NOT_FOR_CONSUMERS', params: { debtor: kind } };
    return L441_9_CODES.map((code) => notApplicable(code, reason));
  }
  const shown = (present: boolean): Status => (present ? 'present' : 'missing');
  const required: Reason = {
    code: 'MENTION_REQUIRED',
    params: { buyer: kind, fromDueDate: false },
  };
  return [
    entry('DUE_DATE', L441_9, shown(m.dueDateShown ?? invoice.dueDate !== undefined), {
      code: 'MENTION_REQUIRED',
      params: { buyer: kind, fromDueDate: m.dueDateShown === undefined },
    }),
    entry('DISCOUNT_TERMS', L441_9, shown(filled(m.discountTerms)), required),
    entry('LATE_PENALTY_RATE', L441_9, shown(filled(m.penaltyRateText)), required),
    entry(
      'RECOVERY_INDEMNITY',
      kind === 'public' ? `${INDEMNITY}; CCP D2192-35` : INDEMNITY,
      shown(m.recoveryIndemnityShown === true),
      {
        code: 'MENTION_INDEMNITY_REQUIRED',
        params: { buyer: kind, indemnity: indemnityOn(kind, invoice.issueDate) },
      },
    ),
  ];
}

/** @internal Whether the issuer must issue e-invoices on the deciding date, and from when. */
export interface ReformStatus {
  readonly decidedOn: PlainDate;
  readonly from: PlainDate | undefined;
  readonly subject: boolean | 'unknown';
}

/** @internal Step: is the issuer subject to the e-invoicing mentions (by size and date)? */
export function reformStatus(
  issueDate: PlainDate,
  options: z.infer<typeof CheckInvoiceMentionsOptionsSchema>,
): ReformStatus {
  const { asOf, issuerSize, rulesAt = 'as-of' } = options;
  const decidedOn = rulesAt === 'issue-date' ? issueDate : asOf;
  if (issuerSize !== undefined) {
    const from = issuerSize === 'large' || issuerSize === 'eti' ? LARGE_START : SME_START;
    return { decidedOn, from, subject: decidedOn >= from };
  }
  const subject = decidedOn >= SME_START ? true : decidedOn >= LARGE_START ? 'unknown' : false;
  return { decidedOn, from: undefined, subject };
}

/** @internal Step: the assumptions behind the reform mentions (unknown size, later start). */
export function reformWarnings(
  issueDate: PlainDate,
  options: z.infer<typeof CheckInvoiceMentionsOptionsSchema>,
  status: ReformStatus,
): FindingDraft<InvoiceMessages>[] {
  const { decidedOn, from, subject } = status;
  if (subject === 'unknown')
    return [
      {
        code: 'ISSUER_SIZE_UNKNOWN',
        params: { decidedOn, smeStart: SME_START },
        severity: 'warning',
        article: REFORM,
      },
    ];
  const start = from ?? LARGE_START;
  if ((options.rulesAt ?? 'as-of') === 'as-of' && issueDate < start)
    return [
      {
        code: 'REFORM_NOT_IN_FORCE_AT_ISSUE',
        params: { asOf: options.asOf, issueDate, from: start },
        severity: 'info',
        article: REFORM,
      },
    ];
  return [];
}

/** The reason of a reform mention: required (or required for a large issuer), with a fact. */
function reformReason(
  from: PlainDate | null,
  fact: InvoiceMessages['REFORM_REQUIRED']['fact'] = 'none',
): Reason {
  return { code: 'REFORM_REQUIRED', params: { from, largeFrom: LARGE_START, fact } };
}

/** @internal Step: the delivery address, required only for goods delivered elsewhere. */
export function deliveryAddressMention(
  invoice: Invoice,
  whenMissing: Status,
  from: PlainDate | null,
): Entry {
  const m = invoice.mentions ?? {};
  const code = 'DELIVERY_ADDRESS';
  if (m.operationNature === 'services')
    return notApplicable(code, { code: 'DELIVERY_SERVICES_ONLY', params: NONE });
  if (filled(m.deliveryAddress)) return entry(code, REFORM, 'present', reformReason(from));
  if (m.deliveredToBillingAddress === true)
    return notApplicable(code, { code: 'DELIVERY_AT_BILLING_ADDRESS', params: NONE });
  if (m.deliveredToBillingAddress === false)
    return entry(
      code,
      REFORM,
      whenMissing,
      reformReason(from, 'delivered-elsewhere'),
      'issuer-size',
    );
  const undecided: Reason = { code: 'DELIVERY_ADDRESS_UNDECIDED', params: NONE };
  return entry(code, REFORM, 'conditional', undecided, 'delivery-address');
}

/** @internal Step: the VAT-on-debits option, required only when the seller chose it. */
export function vatOnDebitsMention(
  invoice: Invoice,
  whenMissing: Status,
  from: PlainDate | null,
): Entry {
  const m = invoice.mentions ?? {};
  const code = 'VAT_ON_DEBITS_OPTION';
  if (m.operationNature === 'goods')
    return notApplicable(code, { code: 'VAT_GOODS_ONLY', params: NONE });
  if (m.vatOnDebitsOption === true) return entry(code, REFORM, 'present', reformReason(from));
  if (invoice.seller?.vatOnDebits === false)
    return notApplicable(code, { code: 'VAT_NOT_OPTED', params: NONE });
  if (invoice.seller?.vatOnDebits === true)
    return entry(code, REFORM, whenMissing, reformReason(from, 'vat-on-debits'), 'issuer-size');
  const undecided: Reason = { code: 'VAT_UNDECIDED', params: NONE };
  return entry(code, REFORM, 'conditional', undecided, 'vat-on-debits');
}

/** @internal Step: the e-invoicing reform mentions, once the issuer must issue e-invoices. */
export function reformMentions(
  invoice: Invoice,
  issuerSize: IssuerSize | undefined,
  status: ReformStatus,
): Entry[] {
  const { decidedOn, from, subject } = status;
  if (subject === false) {
    const reason: Reason = {
      code: 'REFORM_NOT_YET',
      params: {
        from: from ?? LARGE_START,
        issuerSize: issuerSize ?? null,
        decidedOn,
        smeFrom: SME_START,
      },
    };
    return REFORM_CODES.map((code) => notApplicable(code, reason));
  }
  if (invoice.buyer.kind !== 'professional')
    return REFORM_CODES.map((code) =>
      notApplicable(code, { code: 'REFORM_NOT_B2B', params: NONE }),
    );
  const whenMissing: Status = subject === 'unknown' ? 'conditional' : 'missing';
  // The issuer's start date; null while its size is unknown (subject only if large or ETI).
  const since = subject === 'unknown' ? null : (from ?? SME_START);
  const { buyer, mentions } = invoice;
  const sirenShown = buyer.siren !== undefined || buyer.siret !== undefined;
  const natureShown = mentions?.operationNature !== undefined;
  const why = reformReason(since);
  return [
    entry('BUYER_SIREN', REFORM, sirenShown ? 'present' : whenMissing, why, 'issuer-size'),
    entry('OPERATION_NATURE', REFORM, natureShown ? 'present' : whenMissing, why, 'issuer-size'),
    deliveryAddressMention(invoice, whenMissing, since),
    vatOnDebitsMention(invoice, whenMissing, since),
  ];
}

/** @internal Step: the mentions of a status as missing mentions, with their sentence. */
export function listedMentions(
  entries: ReadonlyArray<Entry>,
  status: 'missing' | 'conditional',
  locale: Locale,
): MissingMention[] {
  return entries.flatMap((e) => {
    if (e.status === 'not-applicable' || e.status !== status) return [];
    const { params, message } =
      e.status === 'missing'
        ? renderMessage(invoiceCatalogues, locale, 'MENTION_MISSING', { mention: e.code })
        : renderMessage(invoiceCatalogues, locale, 'MENTION_CONDITIONAL', {
            mention: e.code,
            condition: e.condition ?? 'issuer-size',
          });
    return [{ code: e.code, message, params, article: e.article }];
  });
}

/** A mention's label in both languages and in `locale`. */
function mentionLabel(mention: MentionCode, indemnity: string | null, locale: Locale) {
  const params = { mention, indemnity };
  return {
    label: {
      fr: invoiceCatalogues.fr.LABEL_MENTION(params),
      en: invoiceCatalogues.en.LABEL_MENTION(params),
    },
    labelMessage: renderMessage(invoiceCatalogues, locale, 'LABEL_MENTION', params),
  };
}

/** @internal Step: the mentions that apply, and those that do not, with their rendered reason. */
export function renderedEntries(
  entries: ReadonlyArray<Entry>,
  locale: Locale,
  indemnity: string | null = null,
) {
  const applicable: MentionStatus[] = [];
  const notApplicableList: Array<{
    code: MentionCode;
    reason: string;
    reasonMessage: InvoiceMessage;
  }> = [];
  for (const e of entries) {
    const reasonMessage = renderDraft(invoiceCatalogues, locale, e.reason) as InvoiceMessage;
    const reason = reasonMessage.message;
    if (e.status === 'not-applicable')
      notApplicableList.push({ code: e.code, reason, reasonMessage });
    else
      applicable.push({
        code: e.code,
        ...mentionLabel(e.code, e.code === 'RECOVERY_INDEMNITY' ? indemnity : null, locale),
        article: e.article,
        status: e.status,
        reason,
        reasonMessage,
      });
  }
  return { applicable, notApplicable: notApplicableList };
}

/** The fixed recovery indemnity in force on `date` for a label, or `null` before it existed. */
function indemnityInForce(date: PlainDate): string | null {
  const amount = lawNumberOn('recovery-indemnity-eur', date);
  return amount === undefined ? null : toCents(decValid(amount));
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
  const locale = options.locale ?? 'fr';
  const status = reformStatus(invoice.issueDate, options);
  const entries = [
    ...paymentMentions(invoice),
    ...reformMentions(invoice, options.issuerSize, status),
  ];
  const { decidedOn, from, subject } = status;
  const subjectProfessional = subject !== false && invoice.buyer.kind === 'professional';
  const warnings = subjectProfessional ? reformWarnings(invoice.issueDate, options, status) : [];
  return {
    asOf: options.asOf,
    missing: listedMentions(entries, 'missing', locale),
    conditional: listedMentions(entries, 'conditional', locale),
    ...renderedEntries(entries, locale, indemnityInForce(invoice.issueDate)),
    eInvoicing: { subject, decidedOn, ...(from === undefined ? {} : { from }) },
    warnings: warnings.map((w) => renderFindingDraft(invoiceCatalogues, locale, w)),
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
