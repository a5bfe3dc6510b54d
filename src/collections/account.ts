import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import type { DunningEventInput } from '../dunning/internal.js';
import { type ErrorPath, ImpayesError, isImpayesError } from '../errors/internal.js';
import { parseFast } from '../internal/fast.js';
import { parseOrThrow } from '../internal/validate.js';
import type { InvoiceLike } from '../invoice/internal.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/internal.js';
import {
  type CollectionsEvent,
  type CollectionsEventInput,
  CollectionsEventSchema,
  isCollectionsEvent,
} from './events.js';
import { fastAccount } from './fast-account.js';
import type { CollectionsPolicy, CollectionsPolicyInput } from './policy.js';

/**
 * The customer (débiteur) of an account.
 *
 * @category Collections
 */
export interface CustomerDebtorInput {
  /** The app's id of the customer (used in idempotency keys), 1–1 000 characters. */
  readonly id: string;
  /** The name used in messages. */
  readonly name: string;
  /** The debtor kind; every invoice of the account must have a buyer of this kind. */
  readonly kind: DebtorKind;
  /** Contact e-mail. */
  readonly email?: string;
  /** Postal address (shown in letters). */
  readonly address?: string;
  /** Phone number (shown in call scripts). */
  readonly phone?: string;
  /** SIREN. */
  readonly siren?: string;
}

/**
 * One invoice of an account and its event log.
 *
 * @category Collections
 */
export interface CustomerInvoiceInput {
  /** The invoice, as the invoice module takes it. */
  readonly invoice: InvoiceLike;
  /** Its log: dunning events and collections events, in recording order (default none). */
  readonly events?: ReadonlyArray<CollectionsEventInput>;
}

/**
 * A customer account: the debtor, its invoices with their logs, and optionally its own policy
 * (which wins over the policy of the options).
 *
 * @category Collections
 */
export interface CustomerAccountInput {
  /** The customer. */
  readonly debtor: CustomerDebtorInput;
  /** Its invoices (at most 100 000), each with its log. */
  readonly invoices: ReadonlyArray<CustomerInvoiceInput>;
  /** This account's policy (e.g. chosen from the payer's grade). */
  readonly policy?: CollectionsPolicy | CollectionsPolicyInput;
  /**
   * The last day a message was sent to this customer, for apps that drop settled invoices from
   * the account: their logs no longer show it. The later of this and the logs' dates counts.
   */
  readonly lastContactOn?: string;
}

const Text = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

const DebtorSchema = /* @__PURE__ */ z.strictObject({
  id: Text,
  name: Text,
  kind: DebtorKindSchema,
  email: z.optional(Text),
  address: z.optional(Text),
  phone: z.optional(Text),
  siren: z.optional(Text),
});

/** @internal The shape of a {@link CustomerAccountInput} (the testing kit checks accounts with it). */
export const AccountSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorSchema,
  invoices: z
    .array(
      z.strictObject({
        invoice: z.unknown(),
        events: z.optional(z.array(z.unknown()).check(z.maxLength(100_000))),
      }),
    )
    .check(z.maxLength(100_000)),
  policy: z.optional(z.custom<CollectionsPolicy | CollectionsPolicyInput>()),
  lastContactOn: z.optional(PlainDateSchema),
});

/** @internal The customer, validated. */
export type CustomerDebtor = z.infer<typeof DebtorSchema>;

/** @internal One invoice of a validated account, its log split by module. */
export interface AccountInvoice {
  /** Position in `account.invoices`. */
  readonly index: number;
  readonly invoice: unknown;
  /** The dunning events, for the dunning module. */
  readonly events: ReadonlyArray<DunningEventInput>;
  /** Position of each dunning event in the caller's log. */
  readonly positions: ReadonlyArray<number>;
  /** The collections events, validated. */
  readonly own: ReadonlyArray<CollectionsEvent>;
}

/** @internal A validated account. */
export interface Account {
  readonly debtor: CustomerDebtor;
  readonly invoices: ReadonlyArray<AccountInvoice>;
  readonly policy: CollectionsPolicy | CollectionsPolicyInput | undefined;
  readonly lastContactOn: PlainDate | null;
}

/** @internal Validates an account's shape and splits each log (the invoices are checked later). */
export function readAccount(input: unknown): Account {
  const a = parseFast(fastAccount, AccountSchema, input, 'account', ['account']);
  const invoices = a.invoices.map((entry, index): AccountInvoice => {
    const events: DunningEventInput[] = [];
    const positions: number[] = [];
    const own: CollectionsEvent[] = [];
    (entry.events ?? []).forEach((e, i) => {
      if (!isCollectionsEvent(e)) {
        events.push(e as DunningEventInput);
        positions.push(i);
        return;
      }
      own.push(
        parseOrThrow(CollectionsEventSchema, e, 'event', [
          'account',
          'invoices',
          index,
          'events',
          i,
        ]),
      );
    });
    return { index, invoice: entry.invoice, events, positions, own };
  });
  return { debtor: a.debtor, invoices, policy: a.policy, lastContactOn: a.lastContactOn ?? null };
}

/**
 * @internal Re-throws an error of the dunning module about one invoice with paths from the root of
 * the account (`['account', 'invoices', 3, 'events', 5]`), event positions in the caller's log.
 */
export function rethrowForInvoice(error: unknown, inv: AccountInvoice): never {
  if (!isImpayesError(error)) throw error;
  const base: ErrorPath = ['account', 'invoices', inv.index];
  const mapPath = (path: ErrorPath): ErrorPath => {
    if (path[0] !== 'events') return [...base, 'invoice', ...path];
    const i = path[1];
    return typeof i === 'number'
      ? [...base, 'events', inv.positions[i] ?? i, ...path.slice(2)]
      : [...base, ...path];
  };
  const details = error.details as Record<string, unknown>;
  const mappedDetails =
    typeof details.index === 'number'
      ? { ...details, index: inv.positions[details.index] ?? details.index }
      : details;
  const message = error.message.replace(
    /^Event (\d+)/,
    (_m, i: string) => `Event ${inv.positions[Number(i)] ?? i}`,
  );
  throw new ImpayesError({
    code: error.code,
    message: `invoices[${inv.index}]: ${message}`.slice(0, 500),
    path: mapPath(error.path),
    issues: error.issues.map((i) => ({ path: mapPath(i.path), message: i.message })),
    details: mappedDetails,
    cause: error,
  });
}
