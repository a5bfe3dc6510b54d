import * as z from 'zod/mini';
import { AccountSchema, type CustomerDebtorInput } from '../collections/account.js';
import { type DunningEventInput, DunningEventsSchema } from '../dunning/events.js';
import { ImpayesError } from '../errors/internal.js';
import { jsonData } from '../internal/json-data.js';
import { inputLimits } from '../internal/limits.js';
import { parseOrThrow, show } from '../internal/validate.js';
import { type InvoiceInput, type InvoiceLike, InvoiceSchema } from '../invoice/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import {
  aConsumerInvoice,
  anInvoice,
  aPublicBuyerInvoice,
  defaultNameOf,
  type InvoiceOverrides,
} from './invoices.js';
import { readOverrides } from './overrides.js';

/**
 * The customer an account belongs to: an app's own `id`, a `name` and the {@link DebtorKind} that
 * selects the legal regime (it must be the `buyer.kind` of each of its invoices).
 *
 * @category Testing
 */
export type AccountDebtor = CustomerDebtorInput;

/**
 * One invoice of an account with its dunning event log (in recording order).
 *
 * @category Testing
 */
export interface AccountInvoice {
  /** The invoice (see the invoice module). */
  readonly invoice: InvoiceLike;
  /** Its event log (see the dunning module's `DunningEventSchema`). */
  readonly events: ReadonlyArray<DunningEventInput>;
}

/**
 * A customer and its open invoices: the input of customer-level dunning (one message per customer
 * per day) and of {@link simulateDunning}.
 *
 * @category Testing
 */
export interface Account {
  /** Who owes. */
  readonly debtor: AccountDebtor;
  /** The invoices and their logs. */
  readonly invoices: ReadonlyArray<AccountInvoice>;
}

/**
 * The overrides of {@link anAccount}.
 *
 * @category Testing
 */
export interface AccountOverrides {
  /** The account's sequence number (default 1): the customer id is `C-<seq on 4 digits>`. */
  readonly seq?: number;
  /** The debtor, merged into the default `{ id: 'C-0001', name: 'Client SA', kind: 'professional' }`. */
  readonly debtor?: Partial<AccountDebtor>;
  /** The invoices, each an invoice (empty log) or `{ invoice, events }`; default: one invoice. */
  readonly invoices?: ReadonlyArray<InvoiceLike | AccountInvoice>;
}

const SeqSchema = /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(999_999));

// The debtor as the collections module takes it (its schema, not a copy), every field optional.
const DebtorOverridesSchema = /* @__PURE__ */ z.partial(AccountSchema.shape.debtor);

/** The array-size check of D-sizes: more than 100 000 items is `OUT_OF_RANGE`. */
export function tooMany() {
  const max = inputLimits.sizes.maxArrayItems;
  return z.refine<unknown[]>((items) => items.length <= max, {
    error: (issue) => `too many items: ${(issue.input as unknown[]).length}, at most ${max}`,
    params: { impayesCode: 'OUT_OF_RANGE' },
  });
}

const InvoicesSchema = /* @__PURE__ */ z.array(z.unknown()).check(tooMany());

/** The matching invoice builder of a debtor kind. */
function invoiceBuilderOf(kind: DebtorKind): (o: InvoiceOverrides) => InvoiceInput {
  if (kind === 'consumer') return aConsumerInvoice;
  if (kind === 'public') return aPublicBuyerInvoice;
  return (o) => anInvoice({ ...o, buyer: { ...o.buyer, kind } });
}

/** Whether an entry of `invoices` is `{ invoice, events }` rather than an invoice. */
export function isAccountInvoice(entry: unknown): entry is AccountInvoice {
  return typeof entry === 'object' && entry !== null && 'invoice' in entry;
}

/** The buyer kind of an invoice input, when it has one. */
function buyerKindOf(invoice: unknown): unknown {
  if (typeof invoice !== 'object' || invoice === null) return undefined;
  const buyer = (invoice as { buyer?: unknown }).buyer;
  return typeof buyer === 'object' && buyer !== null
    ? (buyer as { kind?: unknown }).kind
    : undefined;
}

/** Throws when an invoice's buyer is not of the account's debtor kind. */
export function checkBuyerKinds(
  debtor: { readonly id: string; readonly kind: DebtorKind },
  invoices: ReadonlyArray<AccountInvoice>,
  path: ReadonlyArray<string | number>,
): void {
  invoices.forEach((entry, i) => {
    const kind = buyerKindOf(entry.invoice);
    if (kind !== debtor.kind)
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid account: invoice ${i} has a ${show(kind)} buyer but the account's debtor ${show(debtor.id)} is ${debtor.kind}.`,
        path: [...path, 'invoices', i, 'invoice', 'buyer', 'kind'],
      });
  });
}

/** One entry of an account's `invoices`, checked: a valid invoice and a valid event log. */
function accountInvoiceOf(entry: unknown, i: number): AccountInvoice {
  const pair = isAccountInvoice(entry)
    ? (entry as { invoice: unknown; events?: unknown })
    : { invoice: entry, events: [] };
  const path = isAccountInvoice(entry) ? ['invoices', i] : ['invoices', i, 'invoice'];
  parseOrThrow(
    InvoiceSchema,
    pair.invoice,
    'anAccount invoice',
    isAccountInvoice(entry) ? [...path, 'invoice'] : path,
  );
  parseOrThrow(DunningEventsSchema, pair.events, 'anAccount events', ['invoices', i, 'events']);
  // The log as a store keeps it: no undefined-valued key, nothing JSON cannot hold.
  return {
    invoice: jsonData(pair.invoice, path) as InvoiceLike,
    events: jsonData(pair.events ?? [], ['invoices', i, 'events']) as DunningEventInput[],
  };
}

/**
 * A customer account for customer-level tests: by default the business `Client SA` (id `C-0001`)
 * with one default invoice ({@link anInvoice}) and an empty log. For a consumer or a public buyer,
 * the default invoice comes from {@link aConsumerInvoice} or {@link aPublicBuyerInvoice}.
 *
 * @param overrides - `seq`, `debtor` and `invoices` (each an invoice or `{ invoice, events }`)
 * @returns a fresh account
 * @throws ImpayesError `INVALID_INPUT` when an invoice's buyer kind differs from the debtor's
 * @example
 * ```ts
 * import { anAccount, anInvoice, aReminderSent } from 'impayes-core/testing';
 * const account = anAccount({
 *   debtor: { id: 'cus_42', name: 'Client SA' },
 *   invoices: [anInvoice({ seq: 1 }), { invoice: anInvoice({ seq: 2 }), events: [aReminderSent()] }],
 * });
 * account.invoices.map((i) => [i.invoice.number, i.events.length]);
 * //=> [['F-2026-0001', 0], ['F-2026-0002', 1]]
 * ```
 * @category Testing
 */
export function anAccount(overrides?: AccountOverrides): Account {
  const o = readOverrides(overrides, 'anAccount') as AccountOverrides;
  const seq = o.seq === undefined ? 1 : parseOrThrow(SeqSchema, o.seq, 'anAccount seq', ['seq']);
  const given = parseOrThrow(DebtorOverridesSchema, o.debtor ?? {}, 'anAccount debtor', ['debtor']);
  const kind = given.kind ?? 'professional';
  const { id, name, kind: _kind, ...contact } = given;
  const debtor: AccountDebtor = {
    id: id ?? `C-${String(seq).padStart(4, '0')}`,
    name: name ?? defaultNameOf(kind),
    kind,
    ...(contact as Omit<AccountDebtor, 'id' | 'name' | 'kind'>),
  };
  const entries: ReadonlyArray<unknown> =
    o.invoices === undefined
      ? [invoiceBuilderOf(kind)({ seq, buyer: { name: debtor.name } })]
      : parseOrThrow(InvoicesSchema, o.invoices, 'anAccount invoices', ['invoices']);
  // The overrides were copied when read: the account shares nothing with the caller.
  const invoices = entries.map(accountInvoiceOf);
  checkBuyerKinds(debtor, invoices, []);
  return { debtor, invoices };
}
