// A daily dunning run over 100 000 invoices for 5 000 customers (issue 15): planDunningRun
// decides every customer, one message at most each. Figures are recorded in docs/collections.md.

import { bench, describe } from 'vitest';
import { type CustomerAccountInput, type DunningEventInput, planDunningRun } from './lib.js';

const TODAY = '2026-06-15';
const LADDER: ReadonlyArray<[string, number, DunningEventInput['type']]> = [
  ['friendly-email', 1, 'reminder_sent'],
  ['phone-call', 5, 'reminder_sent'],
  ['written-reminder', 10, 'reminder_sent'],
  ['registered-letter', 20, 'reminder_sent'],
];

function day(base: string, offset: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** 5 000 customers of 20 invoices each, due from 30 days ahead to 90 days ago, some paid. */
function ledger(customers: number, perCustomer: number): CustomerAccountInput[] {
  let seed = 15;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const out: CustomerAccountInput[] = [];
  for (let c = 0; c < customers; c++) {
    const invoices = [];
    for (let i = 0; i < perCustomer; i++) {
      const late = Math.floor(rand() * 120) - 30;
      const due = day(TODAY, -late);
      const amount = (100 + Math.floor(rand() * 900_000) / 100).toFixed(2);
      const events: DunningEventInput[] = [];
      for (const [stepId, offset] of LADDER)
        if (offset < late - 2)
          events.push({ type: 'reminder_sent', date: day(due, offset), stepId, channel: 'email' });
      if (rand() < 0.3) {
        const on = day(due, Math.floor(rand() * Math.max(late, 1)) - 5);
        if (on <= TODAY) events.push({ type: 'payment_received', date: on, amount });
      }
      invoices.push({
        invoice: {
          number: `F-${c}-${i}`,
          issueDate: day(due, -30),
          dueDate: due,
          buyer: { kind: 'professional', name: `Client ${c}` },
          totals: { exclVat: amount, vat: '0.00', inclVat: amount },
        },
        events,
      });
    }
    out.push({
      debtor: { id: `C${c}`, name: `Client ${c}`, kind: 'professional' },
      invoices,
    } as CustomerAccountInput);
  }
  return out;
}

const accounts = ledger(5_000, 20);

describe('collections', () => {
  bench(
    'planDunningRun, 100 000 invoices for 5 000 customers',
    () => {
      for (const r of planDunningRun(accounts, { today: TODAY })) if (!r.ok) throw r.error;
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
