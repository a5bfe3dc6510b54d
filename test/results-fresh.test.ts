import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';

// Issue 12 item 1: a result never shares an object with a module constant (nor with another
// result), so changing a result can never change what a later call returns.

const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;
const ledger = [
  { id: 'F', debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-02-01', amount: '10.00' },
];
const penalties = {
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2025-06-15',
  payments: [{ date: '2025-06-30', amount: '4000.00' }],
  asOf: '2025-08-15',
} as const;

const calls: Record<string, () => unknown> = {
  computeDeposit: () => L.computeDeposit('12000.00', 30),
  recommendDeposit: () => L.recommendDeposit({ orderTotalInclVat: '1000.00' } as never),
  computeLatePenalties: () => L.computeLatePenalties(penalties),
  computeClaimStatement: () =>
    L.computeClaimStatement(
      [
        { reference: 'A', amount: '100.00', dueDate: '2025-01-31' },
        { reference: 'B', amount: '100.00', dueDate: '2025-01-31' },
      ],
      { asOf: '2025-03-01', debtor: 'professional' },
    ),
  checkInvoiceMentions: () => L.checkInvoiceMentions(invoice as never, { asOf: '2026-03-01' }),
  payerProfile: () => L.payerProfile(ledger, { asOf: '2026-03-01' }),
  limitationDeadline: () =>
    L.limitationDeadline({ debtor: 'consumer', dueDate: '2020-01-01' }, { asOf: '2021-12-01' }),
  nextDunningStep: () => L.nextDunningStep(invoice, [], { today: '2026-03-04' }),
  dunningTimeline: () => L.dunningTimeline(invoice, [], { today: '2026-02-04' }),
  createDunningPolicy: () => L.createDunningPolicy({}),
};

function objects(value: unknown, path: string, out: Map<object, string>): Map<object, string> {
  if (typeof value !== 'object' || value === null || out.has(value)) return out;
  out.set(value, path);
  for (const [key, child] of Object.entries(value)) objects(child, `${path}.${key}`, out);
  return out;
}

/** Overwrites every string and number of `value`, in place. */
function scribble(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') (value as Record<string, unknown>)[key] = 'changed';
    else if (typeof child === 'number') (value as Record<string, unknown>)[key] = -1;
    else scribble(child, seen);
  }
}

describe('results are fresh (issue 12 item 1)', () => {
  it.each(Object.entries(calls))(
    'issue 12 item 1: %s shares no object with another call, and changing it changes no later result',
    (_name, call) => {
      const first = call();
      const again = call();
      const seen = objects(again, 'r', new Map());
      const shared = [...objects(first, 'r', new Map()).entries()]
        .filter(([o]) => seen.has(o))
        .map(([, path]) => path);
      expect(shared).toEqual([]);
      const expected = JSON.parse(JSON.stringify(again));
      scribble(first);
      expect(JSON.parse(JSON.stringify(call()))).toEqual(expected);
    },
  );
});
