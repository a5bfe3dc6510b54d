import * as z from 'zod/mini';
import type { DunningEventInput } from '../dunning/events.js';
import { ImpayesError } from '../errors/index.js';
import { parseOrThrow } from '../internal/validate.js';
import type { InvoiceInput, InvoiceLike } from '../invoice/index.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/index.js';
import {
  aConsumerInvoice,
  anInvoice,
  aPublicBuyerInvoice,
  defaultNameOf,
  type InvoiceOverrides,
  structuredCopy,
} from './invoices.js';

/**
 * The customer an account belongs to: an app's own `id`, a `name` and the {@link DebtorKind} that
 * selects the legal regime (it must be the `buyer.kind` of each of its invoices).
 *
 * @category Testing
 */
export interface AccountDebtor {
  /** The app's customer id (1–1 000 characters); messages are grouped by it. */
  readonly id: string;
  /** The customer's name. */
  readonly name: string;
  /** The kind of debtor. */
  readonly kind: DebtorKind;
}

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

/** Throws when an invoice's buyer is not of the account's debtor kind. */
export function checkBuyerKinds(account: Account, path: ReadonlyArray<string | number>): void {
  account.invoices.forEach((entry, i) => {
    const kind = (entry.invoice as { buyer?: { kind?: unknown } }).buyer?.kind;
    if (kind !== account.debtor.kind)
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid account: invoice ${i} has a ${String(kind)} buyer but the account's debtor ${JSON.stringify(account.debtor.id)} is ${account.debtor.kind}.`,
        path: [...path, 'invoices', i, 'invoice', 'buyer', 'kind'],
      });
  });
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
export function anAccount(overrides: AccountOverrides = {}): Account {
  const seq =
    overrides.seq === undefined ? 1 : parseOrThrow(SeqSchema, overrides.seq, 'anAccount seq');
  const kind = parseOrThrow(
    DebtorKindSchema,
    overrides.debtor?.kind ?? 'professional',
    'anAccount debtor.kind',
    ['debtor', 'kind'],
  );
  const debtor: AccountDebtor = {
    id: `C-${String(seq).padStart(4, '0')}`,
    name: defaultNameOf(kind),
    ...overrides.debtor,
    kind,
  };
  const invoices: AccountInvoice[] = (
    overrides.invoices ?? [invoiceBuilderOf(kind)({ seq, buyer: { name: debtor.name } })]
  ).map((entry) =>
    isAccountInvoice(entry)
      ? { invoice: structuredCopy(entry.invoice), events: structuredCopy([...entry.events]) }
      : { invoice: structuredCopy(entry), events: [] },
  );
  const account: Account = { debtor: { ...debtor }, invoices };
  checkBuyerKinds(account, []);
  return account;
}
