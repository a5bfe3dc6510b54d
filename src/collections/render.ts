import * as z from 'zod/mini';
import { addDaysValid, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import {
  DunningChannelSchema,
  type DunningMessageContext,
  DunningStepKindSchema,
  MessageCreditorSchema,
  MessageDebtorSchema,
} from '../dunning/internal.js';
import { dec, sub, toCents } from '../internal/decimal.js';
import { lazy } from '../internal/lazy.js';
import { invalidInput, parseOrThrow, rethrowAsInvalidInput } from '../internal/validate.js';
import { lawNumber, lawRowFor } from '../law/internal.js';
import { AmountSchema } from '../money/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import {
  defaultLocale,
  type Locale,
  LocaleSchema,
  longDateValid,
  moneyText,
} from '../text/internal.js';
import { text } from './catalogue.js';
import type { CustomerDunningDecision } from './decision.js';
import { type Block, para, type Row, toHtml, toText } from './document.js';
import type { CustomerMessageKind } from './kinds.js';
import type { AmountPart, ColumnId } from './text.js';

/**
 * Who writes to the customer, and how to pay.
 *
 * @category Collections
 */
export interface CustomerMessageContext {
  /** The creditor (the sender). */
  readonly creditor: DunningMessageContext['creditor'];
  /** Overrides of the customer's name and address from the account. */
  readonly debtor?: { readonly name?: string; readonly address?: string };
  /** How to pay (IBAN, payment link). */
  readonly paymentDetails?: string;
  /** The signature (a person's name and role); default the creditor's name. */
  readonly signature?: string;
}

/**
 * Options of {@link renderCustomerDunningMessage}.
 *
 * @category Collections
 */
export interface RenderCustomerDunningMessageOptions {
  /** `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** `'text'` (default): plain text; `'html'`: an HTML fragment for an e-mail body. */
  readonly format?: 'text' | 'html';
}

/**
 * A rendered customer message.
 *
 * @category Collections
 */
export interface CustomerDunningMessage {
  /** The subject line (e-mail subject, letter heading). */
  readonly subject: string;
  /** The body, in `format`. */
  readonly body: string;
  /** `'text'` or `'html'`. */
  readonly format: 'text' | 'html';
}

// The schemas of this module are built on their first use, not at import (cold start, issue 17):
// a process that never renders a message never builds them.
const textSchema = () => z.string().check(z.minLength(1), z.maxLength(1000));
const freeSchema = () => z.string().check(z.maxLength(1000));

const contextSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    creditor: MessageCreditorSchema,
    debtor: z.optional(MessageDebtorSchema),
    paymentDetails: z.optional(freeSchema()),
    signature: z.optional(freeSchema()),
  }),
);

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    locale: z.optional(LocaleSchema),
    format: z.optional(z.enum(['text', 'html'])),
  }),
);

function totalsSchema() {
  return z.object({
    principal: AmountSchema,
    penalties: AmountSchema,
    indemnity: AmountSchema,
    total: AmountSchema,
  });
}

type TotalsSchema = ReturnType<typeof totalsSchema>;

function lineSchema(Totals: TotalsSchema) {
  return z.object({
    invoice: z.object({
      number: textSchema(),
      issueDate: PlainDateSchema,
      dueDate: PlainDateSchema,
      invoiced: AmountSchema,
    }),
    role: z.string(),
    daysLate: z.int().check(z.minimum(0)),
    step: z.nullable(z.object({ kind: DunningStepKindSchema })),
    amounts: z.nullable(Totals),
    claimable: z.nullable(
      z.object({
        paidOn: PlainDateSchema,
        daysLate: z.int().check(z.minimum(0)),
        penalties: AmountSchema,
        indemnity: AmountSchema,
        total: AmountSchema,
      }),
    ),
    hold: z.nullable(
      z.object({
        reason: z.enum([
          'dispute',
          'promise',
          'payment_plan',
          'pause',
          'mediation',
          'payment_in_transit',
        ]),
        until: z.nullable(PlainDateSchema),
      }),
    ),
  });
}

function buildActionSchema() {
  const Text = textSchema();
  const Free = freeSchema();
  const Totals = totalsSchema();
  const KindSchema = z.union([DunningStepKindSchema, z.literal('late_payment_claim')]);
  return z.object({
    type: z.literal('action'),
    today: PlainDateSchema,
    debtor: z.object({
      name: Text,
      kind: DebtorKindSchema,
      address: z.nullable(Free),
      phone: z.nullable(Free),
    }),
    kind: KindSchema,
    tone: KindSchema,
    channel: DunningChannelSchema,
    lines: z.array(lineSchema(Totals)).check(z.maxLength(100_000)),
    formalNotice: z.nullable(
      z.object({
        covers: z.array(Text),
        deadlineDays: z.int().check(z.minimum(1), z.maximum(365)),
        deadline: PlainDateSchema,
        totals: Totals,
      }),
    ),
    previousContacts: z.array(PlainDateSchema).check(z.maxLength(100)),
    totals: Totals,
    claimTotals: Totals,
  });
}

const actionSchema = /* @__PURE__ */ lazy(buildActionSchema);

type Action = z.output<ReturnType<typeof buildActionSchema>>;
type Line = Action['lines'][number];
type Amounts = z.output<TotalsSchema>;

const ZERO_AMOUNT = '0.00' as Amounts['principal'];

/** What a message is written from: the decision, the context and the locale. */
interface Ctx {
  readonly d: Action;
  readonly c: z.output<ReturnType<typeof contextSchema>>;
  readonly l: Locale;
}

const inMessage = (roles: ReadonlyArray<string>) => (line: Line) => roles.includes(line.role);

function isUpcoming(line: Line): boolean {
  return line.role === 'step' && line.step?.kind === 'pre_due_notice';
}

function listedLines(d: Action): Line[] {
  return d.lines.filter((l) => inMessage(['step', 'overdue', 'escalate'])(l) && !isUpcoming(l));
}

function claimLines(d: Action): Line[] {
  // A call carries no written claim (see nextCustomerDunningStep).
  return d.kind === 'phone_call' ? [] : d.lines.filter((l) => l.role === 'claim');
}

const PARTS: ReadonlyArray<'principal' | 'penalties' | 'indemnity'> = [
  'principal',
  'penalties',
  'indemnity',
];

function amountLines(x: Ctx, a: Amounts): string[] {
  const kind = x.d.debtor.kind;
  return PARTS.filter((p) => a[p] !== '0.00').map((part) =>
    text(x.l, 'AMOUNT', { part, amount: a[part], debtorKind: kind }),
  );
}

/** What part payments and credit notes took off the invoice, when anything did. */
function settledLine(x: Ctx, l: Line): string[] {
  const settled = toCents(sub(dec(l.invoice.invoiced), dec(l.amounts!.principal)));
  if (settled === '0.00' || settled.startsWith('-')) return [];
  return [text(x.l, 'AMOUNT', { part: 'settled', amount: settled, debtorKind: x.d.debtor.kind })];
}

function totalLines(x: Ctx, a: Amounts, last: AmountPart = 'total'): string[] {
  const kind = x.d.debtor.kind;
  return [
    ...PARTS.filter((p) => a[p] !== '0.00').map((part) =>
      text(x.l, 'TOTAL', { part, amount: a[part], debtorKind: kind }),
    ),
    text(x.l, 'TOTAL', { part: last, amount: a.total, debtorKind: kind }),
  ];
}

function columns(x: Ctx, ids: ReadonlyArray<ColumnId>): string[] {
  return ids.map((column) => text(x.l, 'COLUMN', { column, debtorKind: x.d.debtor.kind }));
}

const money = (x: Ctx, amount: string): string => (amount === '0.00' ? '' : moneyText(amount, x.l));
const day = (x: Ctx, date: string): string => longDateValid(date, x.l);

// A table of invoices: the column heads in the locale, and which columns hold amounts.
function table(
  x: Ctx,
  ids: ReadonlyArray<ColumnId>,
  rows: ReadonlyArray<Row>,
  isAmount: (id: ColumnId, index: number) => boolean,
): Block {
  return { t: 'table', head: columns(x, ids), rows, numeric: ids.map(isAmount) };
}

function invoiceTable(x: Ctx, lines: ReadonlyArray<Line>): Block {
  const show = (p: 'penalties' | 'indemnity') => lines.some((l) => l.amounts![p] !== '0.00');
  const ids: ColumnId[] = ['invoice', 'issueDate', 'dueDate', 'daysLate', 'principal'];
  if (show('penalties')) ids.push('penalties');
  if (show('indemnity')) ids.push('indemnity');
  ids.push('total');
  const rows: Row[] = lines.map((l) => {
    const a = l.amounts!;
    const cells: Record<ColumnId, string> = {
      invoice: l.invoice.number,
      issueDate: day(x, l.invoice.issueDate),
      dueDate: day(x, l.invoice.dueDate),
      daysLate: text(x.l, 'DAYS', { days: l.daysLate }),
      paidOn: '',
      principal: money(x, a.principal),
      penalties: money(x, a.penalties),
      indemnity: money(x, a.indemnity),
      total: money(x, a.total),
    };
    return {
      head: text(x.l, 'LINE', {
        number: l.invoice.number,
        issueDate: l.invoice.issueDate,
        dueDate: l.invoice.dueDate,
        daysLate: l.daysLate,
      }),
      amounts: [...settledLine(x, l), ...amountLines(x, a)],
      cells: ids.map((id) => cells[id]),
    };
  });
  return table(x, ids, rows, (id) => id !== 'invoice' && id !== 'issueDate' && id !== 'dueDate');
}

function upcomingTable(x: Ctx, lines: ReadonlyArray<Line>): Block {
  const ids: ColumnId[] = ['invoice', 'issueDate', 'dueDate', 'total'];
  const rows: Row[] = lines.map((l) => ({
    head: text(x.l, 'LINE_UPCOMING', {
      number: l.invoice.number,
      issueDate: l.invoice.issueDate,
      dueDate: l.invoice.dueDate,
      invoiced: l.invoice.invoiced,
    }),
    amounts: [],
    cells: [
      l.invoice.number,
      day(x, l.invoice.issueDate),
      day(x, l.invoice.dueDate),
      moneyText(l.invoice.invoiced, x.l),
    ],
  }));
  return { t: 'table', head: columns(x, ids), rows, numeric: [false, false, false, true] };
}

function claimTable(x: Ctx, lines: ReadonlyArray<Line>): Block {
  const kind = x.d.debtor.kind;
  const ids: ColumnId[] = ['invoice', 'dueDate', 'paidOn', 'daysLate'];
  if (lines.some((l) => l.claimable!.penalties !== '0.00')) ids.push('penalties');
  if (lines.some((l) => l.claimable!.indemnity !== '0.00')) ids.push('indemnity');
  ids.push('total');
  const rows: Row[] = lines.map((l) => {
    const c = l.claimable!;
    const cells: Partial<Record<ColumnId, string>> = {
      invoice: l.invoice.number,
      dueDate: day(x, l.invoice.dueDate),
      paidOn: day(x, c.paidOn),
      daysLate: text(x.l, 'DAYS', { days: c.daysLate }),
      penalties: money(x, c.penalties),
      indemnity: money(x, c.indemnity),
      total: money(x, c.total),
    };
    return {
      head: text(x.l, 'CLAIM_LINE', {
        number: l.invoice.number,
        issueDate: l.invoice.issueDate,
        dueDate: l.invoice.dueDate,
        paidOn: c.paidOn,
        daysLate: c.daysLate,
        debtorKind: kind,
        penalties: c.penalties !== '0.00',
        indemnity: c.indemnity !== '0.00',
      }),
      amounts: amountLines(x, { ...c, principal: ZERO_AMOUNT }),
      cells: ids.map((id) => cells[id] ?? ''),
    };
  });
  return table(x, ids, rows, (id, i) => i >= 3 && id !== 'paidOn');
}

function heldBlocks(x: Ctx): Block[] {
  const held = x.d.lines.filter((l) => l.role === 'held' && l.hold !== null);
  if (held.length === 0) return [];
  return para(
    text(x.l, 'HELD_INTRO', { count: held.length }),
    ...held.map((l) => {
      const until = l.hold!.until;
      return `- ${text(x.l, 'HELD_LINE', {
        number: l.invoice.number,
        reason: l.hold!.reason,
        through: until === null ? null : addDaysValid(until as PlainDate, -1),
      })}`;
    }),
  );
}

function claimBlocks(x: Ctx, standalone: boolean): Block[] {
  const claims = claimLines(x.d);
  if (claims.length === 0) return [];
  return [
    ...para(
      text(x.l, 'CLAIM_INTRO', { count: claims.length, debtorKind: x.d.debtor.kind, standalone }),
    ),
    claimTable(x, claims),
    ...para(...totalLines(x, x.d.claimTotals, 'claimed').slice(-1)),
  ];
}

function isLetter(d: Action): boolean {
  return d.channel === 'letter' || d.channel === 'registered_letter' || d.kind === 'formal_notice';
}

function headerBlocks(x: Ctx): Block[] {
  if (!isLetter(x.d)) return [];
  const cr = x.c.creditor;
  return [
    ...para(x.d.channel === 'registered_letter' && text(x.l, 'LETTER_LRAR', {})),
    ...para(
      text(x.l, 'LETTER_SENDER', { name: cr.name, siren: cr.siren ?? null }),
      cr.address ?? null,
    ),
    ...para(text(x.l, 'LETTER_RECIPIENT', { name: debtorName(x) }), debtorAddress(x)),
    ...para(text(x.l, 'LETTER_DATE', { date: x.d.today })),
    ...para(text(x.l, 'LETTER_OBJECT', { kind: x.d.kind, debtorKind: x.d.debtor.kind })),
  ];
}

const debtorName = (x: Ctx): string => x.c.debtor?.name ?? x.d.debtor.name;
const debtorAddress = (x: Ctx): string | null => x.c.debtor?.address ?? x.d.debtor.address;

function formal(tone: CustomerMessageKind): boolean {
  return tone !== 'pre_due_notice' && tone !== 'reminder' && tone !== 'phone_call';
}

function closingBlocks(x: Ctx): Block[] {
  const cr = x.c.creditor;
  const contact = [cr.email, cr.phone].filter((v) => v !== undefined && v !== '').join(' — ');
  return [
    ...para(
      x.c.paymentDetails !== undefined &&
        x.c.paymentDetails !== '' &&
        text(x.l, 'PAYMENT_DETAILS', { details: x.c.paymentDetails }),
      contact !== '' && text(x.l, 'CONTACT', { contact }),
    ),
    ...para(text(x.l, 'SIGN_OFF', { formal: formal(x.d.tone) }), x.c.signature ?? cr.name),
  ];
}

/** The statutory figures a formal notice states, from the law data of the letter's day. */
function legalBasis(x: Ctx) {
  const kind = x.d.debtor.kind;
  const today = x.d.today as PlainDate;
  const indemnityId =
    kind === 'public' ? 'public-recovery-indemnity-eur' : 'recovery-indemnity-eur';
  return {
    debtorKind: kind,
    indemnity: toCents(dec(lawRowFor(indemnityId, today).value)),
    publicMargin: lawNumber('public-interest-margin-points', today),
  };
}

function formalNoticeBody(x: Ctx): Block[] {
  const fn = x.d.formalNotice!;
  const listed = listedLines(x.d);
  const covered = listed.filter((l) => fn.covers.includes(l.invoice.number));
  const others = listed.filter((l) => !fn.covers.includes(l.invoice.number));
  return [
    ...para(
      text(x.l, 'INTRO', {
        tone: 'formal_notice',
        count: covered.length,
        previous: x.d.previousContacts,
      }),
    ),
    invoiceTable(x, covered),
    ...para(...totalLines(x, fn.totals)),
    ...para(
      text(x.l, 'FORMAL_DEMAND', {
        total: fn.totals.total,
        count: covered.length,
        deadlineDays: fn.deadlineDays,
        deadline: fn.deadline,
      }),
    ),
    ...para(text(x.l, 'FORMAL_LEGAL_BASIS', legalBasis(x))),
    ...para(text(x.l, 'FORMAL_NEXT_STEP', { debtorKind: x.d.debtor.kind })),
    ...(others.length === 0
      ? []
      : [
          ...para(text(x.l, 'OTHER_SUMS_INTRO', { count: others.length })),
          invoiceTable(x, others),
        ]),
    ...upcomingBlocks(x),
  ];
}

function upcomingBlocks(x: Ctx): Block[] {
  const upcoming = x.d.lines.filter(isUpcoming);
  if (upcoming.length === 0) return [];
  return [
    ...para(text(x.l, 'UPCOMING_INTRO', { count: upcoming.length })),
    upcomingTable(x, upcoming),
  ];
}

function reminderBody(x: Ctx): Block[] {
  const listed = listedLines(x.d);
  const upcoming = x.d.lines.filter(isUpcoming);
  const claims = claimLines(x.d);
  const tone = x.d.tone;
  const out: Block[] = [];
  if (listed.length > 0)
    out.push(
      ...para(text(x.l, 'INTRO', { tone, count: listed.length, previous: x.d.previousContacts })),
      invoiceTable(x, listed),
      ...para(...totalLines(x, x.d.totals)),
    );
  if (upcoming.length > 0 && listed.length === 0)
    out.push(
      ...para(text(x.l, 'INTRO', { tone: 'pre_due_notice', count: upcoming.length, previous: [] })),
      upcomingTable(x, upcoming),
    );
  else out.push(...upcomingBlocks(x));
  const standalone = listed.length === 0 && upcoming.length === 0;
  if (standalone)
    out.push(
      ...para(
        text(x.l, 'INTRO', { tone: 'late_payment_claim', count: claims.length, previous: [] }),
      ),
    );
  out.push(...claimBlocks(x, standalone));
  const requestTone =
    listed.length > 0 ? tone : upcoming.length > 0 ? 'pre_due_notice' : 'late_payment_claim';
  out.push(...para(text(x.l, 'REQUEST', { tone: requestTone, count: listed.length })));
  return out;
}

function callScript(x: Ctx): Block[] {
  const listed = listedLines(x.d);
  return [
    ...para(
      text(x.l, 'CALL_SCRIPT', {
        debtorName: debtorName(x),
        count: listed.length,
        total: x.d.totals.total,
        phone: x.d.debtor.phone,
      }),
    ),
    invoiceTable(x, listed),
    ...para(...totalLines(x, x.d.totals)),
    ...heldBlocks(x),
    ...para(text(x.l, 'CALL_GOAL', {})),
    ...para(
      x.d.previousContacts.length > 0 &&
        text(x.l, 'CALL_PREVIOUS', { dates: x.d.previousContacts }),
    ),
  ];
}

function subjectOf(x: Ctx): string {
  const listed = listedLines(x.d);
  const lines =
    x.d.kind === 'late_payment_claim'
      ? claimLines(x.d)
      : listed.length > 0
        ? listed
        : x.d.lines.filter(isUpcoming);
  const numbers =
    x.d.kind === 'formal_notice' ? x.d.formalNotice!.covers : lines.map((l) => l.invoice.number);
  return text(x.l, 'SUBJECT', { kind: x.d.kind, numbers, debtorName: debtorName(x) });
}

function blocksOf(x: Ctx): Block[] {
  if (x.d.kind === 'phone_call') return callScript(x);
  const body = x.d.kind === 'formal_notice' ? formalNoticeBody(x) : reminderBody(x);
  return [
    ...headerBlocks(x),
    ...para(text(x.l, 'GREETING', { formal: formal(x.d.tone) })),
    ...body,
    ...(x.d.kind === 'formal_notice' ? claimBlocks(x, false) : []),
    ...heldBlocks(x),
    ...closingBlocks(x),
  ];
}

/** The `type` of a decision; reading it may throw (a getter or a Proxy of the caller). */
function typeOf(decision: unknown): unknown {
  try {
    return (decision as { type?: unknown } | null)?.type;
  } catch (error) {
    return rethrowAsInvalidInput(error, 'decision', ['decision']);
  }
}

/**
 * Writes the message of a customer `action` decision: one e-mail, letter or call script listing
 * every invoice of the message, in French (default) or English, as plain text or HTML.
 *
 * @remarks Each invoice is listed with its number, issue and due dates, days late and its own
 * amounts (principal, penalties or interest, the 40 € indemnity where owed; zero amounts left
 * out), then the totals and the payment details. Invoices on hold are listed apart, claims after a
 * late payment in their own section ("réclamation des pénalités de retard et de l'indemnité
 * forfaitaire pour la facture … réglée le …"). The formal notice (mise en demeure, C. civ. 1344)
 * names the invoices it covers, the sum, the deadline and its date, the legal basis of the
 * penalties (C. com. L441-10 II and D441-5; for a public buyer CCP L2192-13, R2192-31 and
 * D2192-35, and the administrative judge's référé-provision, CJA R541-1, instead of an injonction
 * de payer; for a consumer, legal interest from the notice, C. civ. 1231-6 and 1344-1, and no
 * indemnity) and the next step. The message is written from the decision alone, so a decision
 * stored as JSON renders the same message. HTML output escapes every text.
 * @param decision - an `action` decision of {@link nextCustomerDunningStep}
 * @param context - the creditor, and optionally the payment details, the signature, the debtor's
 * name and address
 * @param options - `locale` and `format`
 * @returns `{ subject, body, format }`
 * @throws {@link ImpayesError} `INVALID_INPUT` when the decision is not an action (path
 * `['decision', 'type']`), is malformed, or the context or options are.
 * @example
 * ```ts
 * const d = nextCustomerDunningStep(account, { today: '2026-04-02' });
 * if (d.type === 'action')
 *   renderCustomerDunningMessage(d, { creditor: { name: 'Atelier Dupont SARL' } }).subject;
 * //=> 'Mise en demeure de payer — facture F-2026-001'
 * ```
 * @category Collections
 */
export function renderCustomerDunningMessage(
  decision: CustomerDunningDecision,
  context: CustomerMessageContext,
  options: RenderCustomerDunningMessageOptions = {},
): CustomerDunningMessage {
  const type = typeOf(decision);
  if (type !== 'action')
    invalidInput(
      `only an action decision has a message to send, received ${typeof type === 'string' ? `a "${type.slice(0, 40)}" decision` : 'no decision'}`,
      ['decision', 'type'],
    );
  const d = parseOrThrow(actionSchema(), decision, 'decision', ['decision']);
  const c = parseOrThrow(contextSchema(), context, 'context', ['context']);
  const o = parseOrThrow(optionsSchema(), options, 'options', ['options']);
  const x: Ctx = { d, c, l: o.locale ?? defaultLocale };
  const blocks = blocksOf(x);
  const format = o.format ?? 'text';
  return {
    subject: subjectOf(x),
    body: format === 'html' ? toHtml(blocks) : toText(blocks),
    format,
  };
}
