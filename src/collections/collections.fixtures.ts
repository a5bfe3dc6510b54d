// Test fixtures for the collections module (excluded from coverage and from the package).
import { addDays } from '../dates/index.js';
import type { DunningEventInput } from '../dunning/index.js';
import type { DebtorKind } from '../parties/index.js';
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
