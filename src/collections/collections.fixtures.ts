// Test fixtures for the collections module (excluded from coverage and from the package).
import { addDays } from '../dates/internal.js';
import type { DunningEventInput } from '../dunning/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { CustomerAccountInput, CustomerInvoiceInput } from './account.js';
import type { CustomerDunningDecision } from './decision.js';
import type { CollectionsEventInput } from './events.js';
import {
  type NextCustomerDunningStepOptions,
  nextCustomerDunningStep,
} from './next-customer-step.js';
import type { CollectionsPolicy, CollectionsPolicyInput } from './policy.js';

const NAMES: Readonly<Record<DebtorKind, string>> = {
  professional: 'Client SA',
  consumer: 'Marie Martin',
  public: 'Commune de Sainte-Marie',
  non_professional: 'Association des Amis du Parc',
};

/** An invoice of `inclVat` € (no VAT split needed), due on `dueDate`, owed by a debtor of `kind`. */
export function invoice(
  number: string,
  issueDate: string,
  dueDate: string,
  inclVat = '1200.00',
  kind: DebtorKind = 'professional',
) {
  return {
    number,
    issueDate,
    dueDate,
    buyer: { kind, name: NAMES[kind] },
    totals: { exclVat: inclVat, vat: '0.00', inclVat },
  } as const;
}

/** A `reminder_sent` event by e-mail. */
export const sent = (stepId: string, date: string): DunningEventInput => ({
  type: 'reminder_sent',
  date,
  stepId,
  channel: 'email',
});

/** A payment event. */
export const paid = (date: string, amount: string): DunningEventInput => ({
  type: 'payment_received',
  date,
  amount,
});

/** An account of a debtor of `kind` with these invoices. */
export function account(
  invoices: ReadonlyArray<CustomerInvoiceInput>,
  kind: DebtorKind = 'professional',
  policy?: CollectionsPolicy | CollectionsPolicyInput,
): CustomerAccountInput {
  return {
    debtor: { id: `C-${kind}`, name: NAMES[kind], kind },
    invoices,
    ...(policy === undefined ? {} : { policy }),
  };
}

/** Every day from `from` to `to` inclusive. */
export function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** An account after `records` of a decision were stored. */
export function record(a: CustomerAccountInput, d: CustomerDunningDecision): CustomerAccountInput {
  if (d.type !== 'action' && d.type !== 'declare_claim') return a;
  return {
    ...a,
    invoices: a.invoices.map((entry) => {
      const mine = d.records.filter((r) => r.invoiceNumber === entry.invoice.number);
      return mine.length === 0
        ? entry
        : { ...entry, events: [...(entry.events ?? []), ...mine.map((r) => r.event)] };
    }),
  };
}

/** Runs the customer every day, storing the records of each action; returns the decisions. */
export function runDays(
  start: CustomerAccountInput,
  days: ReadonlyArray<string>,
  options: Omit<NextCustomerDunningStepOptions, 'today'> = {},
): { account: CustomerAccountInput; run: Array<{ day: string; d: CustomerDunningDecision }> } {
  let a = start;
  const run: Array<{ day: string; d: CustomerDunningDecision }> = [];
  for (const day of days) {
    const d = nextCustomerDunningStep(a, { ...options, today: day });
    run.push({ day, d });
    a = record(a, d);
  }
  return { account: a, run };
}

/** The messages of a run as `day kind [numbers advancing]` strings. */
export function messages(
  run: ReadonlyArray<{ day: string; d: CustomerDunningDecision }>,
): string[] {
  return run.flatMap(({ day, d }) =>
    d.type === 'action'
      ? [
          `${day} ${d.kind} [${d.records.map((r) => `${r.invoiceNumber}:${stepOf(r.event)}`).join(' ')}]`,
        ]
      : [],
  );
}

function stepOf(e: CollectionsEventInput): string {
  if (e.type === 'reminder_sent') return e.stepId;
  if (e.type === 'formal_notice_sent') return 'formal-notice';
  return e.type;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same ledger. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Something the debtor (or the creditor) does on a day: an event for one invoice. */
export interface Happening {
  readonly day: string;
  readonly customer: number;
  readonly number: string;
  readonly event: (today: string) => CollectionsEventInput;
}

/** A generated ledger: accounts (invoices without logs) and what will happen to them. */
export interface Ledger {
  readonly accounts: CustomerAccountInput[];
  readonly happenings: Happening[];
}

const pick = <T>(r: () => number, items: ReadonlyArray<T>): T =>
  items[Math.floor(r() * items.length)]!;

/**
 * Generates `customers` customers sharing `invoices` invoices issued over the period, and random
 * payments (full, part, late, on time), promises and disputes (opened, then resolved).
 */
export function generateLedger(
  seed: number,
  customers: number,
  invoices: number,
  start: string,
  days: number,
): Ledger {
  const r = prng(seed);
  const accounts: CustomerAccountInput[] = [];
  const happenings: Happening[] = [];
  for (let c = 0; c < customers; c++) {
    const kind: DebtorKind = c % 10 === 7 ? 'public' : c % 10 === 9 ? 'consumer' : 'professional';
    accounts.push({
      debtor: { id: `C${c}`, name: `${NAMES[kind]} ${c}`, kind },
      invoices: [],
      policy: { afterLatePayment: c % 2 === 0 ? 'claim' : 'report' },
    });
  }
  for (let i = 0; i < invoices; i++) {
    const c = Math.floor(r() * customers);
    const a = accounts[c]!;
    const kind = a.debtor.kind;
    const issue = addDays(start, Math.floor(r() * (days - 10)) - 30);
    const due = addDays(issue, pick(r, [15, 30, 45, 60]));
    const cents = 5000 + Math.floor(r() * 500000);
    const amount = (cents / 100).toFixed(2);
    const number = `F-${c}-${i}`;
    (a.invoices as CustomerInvoiceInput[]).push({
      invoice: invoice(number, issue, due, amount, kind),
    });
    const at = (offset: number) => addDays(due, offset);
    const happen = (day: string, event: (today: string) => CollectionsEventInput) =>
      happenings.push({ day, customer: c, number, event });
    const roll = r();
    if (roll < 0.15) happen(at(-Math.floor(r() * 10)), (d) => paid(d, amount));
    else if (roll < 0.55) happen(at(1 + Math.floor(r() * 60)), (d) => paid(d, amount));
    else if (roll < 0.7) {
      const part = (Math.floor(cents / 3) / 100).toFixed(2);
      happen(at(5 + Math.floor(r() * 30)), (d) => paid(d, part));
    }
    if (r() < 0.15) {
      const when = 3 + Math.floor(r() * 30);
      happen(at(when), (d) => ({ type: 'promise_to_pay', date: d, promisedDate: addDays(d, 10) }));
    }
    if (r() < 0.1) {
      const when = 2 + Math.floor(r() * 20);
      happen(at(when), (d) => ({
        type: 'dispute_opened',
        date: d,
        reason: 'Prestation contestée',
      }));
      happen(at(when + 10 + Math.floor(r() * 20)), (d) => ({
        type: 'dispute_resolved',
        date: d,
        outcome: r() < 0.5 ? 'rejected' : 'settled',
      }));
    }
  }
  happenings.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  return { accounts, happenings };
}

/**
 * Runs one generated customer day by day: applies its happenings (those its log can take), calls
 * `check` with the account and the decision, and stores the records of each action.
 */
export function simulateCustomer(
  ledger: Ledger,
  customer: number,
  days: ReadonlyArray<string>,
  check: (account: CustomerAccountInput, day: string, d: CustomerDunningDecision) => void,
  append: (
    entry: CustomerInvoiceInput,
    event: CollectionsEventInput,
    day: string,
  ) => CollectionsEventInput[] | null,
): CustomerAccountInput {
  const base = ledger.accounts[customer]!;
  let a: CustomerAccountInput = { ...base, invoices: [] };
  const happenings = ledger.happenings.filter((h) => h.customer === customer);
  for (const day of days) {
    const issued = base.invoices.filter(
      (e) =>
        e.invoice.issueDate <= day &&
        !a.invoices.some((x) => x.invoice.number === e.invoice.number),
    );
    let invoices = [...a.invoices, ...issued.map((e) => ({ invoice: e.invoice, events: [] }))];
    for (const h of happenings.filter((x) => x.day === day))
      invoices = invoices.map((e) => {
        if (e.invoice.number !== h.number) return e;
        const events = append(e, h.event(day), day);
        return events === null ? e : { ...e, events };
      });
    a = { ...a, invoices };
    if (invoices.length === 0) continue;
    const d = nextCustomerDunningStep(a, { today: day });
    check(a, day, d);
    a = record(a, d);
  }
  return a;
}
