import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { appendDunningEvent } from './append-event.js';
import { everyDay, generateLedger, simulateCustomer } from './collections.fixtures.js';
import type { CustomerDunningDecision } from './decision.js';
import { nextCustomerDunningStep } from './next-customer-step.js';
import { renderCustomerDunningMessage } from './render.js';

const START = '2026-03-02';
const creditor = {
  creditor: { name: 'Atelier <Dupont> & Fils', address: '1 rue A' },
  paymentDetails: 'IBAN FR76 …',
};

function append(
  entry: {
    invoice: Parameters<typeof appendDunningEvent>[0];
    events?: ReadonlyArray<Parameters<typeof appendDunningEvent>[2]>;
  },
  event: Parameters<typeof appendDunningEvent>[2],
  day: string,
) {
  try {
    return appendDunningEvent(entry.invoice, entry.events ?? [], event, { today: day });
  } catch (error) {
    if (isImpayesError(error)) return null;
    throw error;
  }
}

function renders(d: CustomerDunningDecision): string[] {
  if (d.type !== 'action') return [];
  return (['fr', 'en'] as const).flatMap((locale) =>
    (['text', 'html'] as const).map((format) => {
      const m = renderCustomerDunningMessage(d, creditor, { locale, format });
      return `${m.subject}\n${m.body}`;
    }),
  );
}

const runs = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  invoices: fc.integer({ min: 1, max: 6 }),
  days: fc.integer({ min: 20, max: 70 }),
  order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
});

describe('nextCustomerDunningStep (properties)', () => {
  it('gives the same decision for the same inputs, whatever the order of the invoices, and a decision stored as JSON renders the same message (property)', () => {
    let actions = 0;
    fc.assert(
      fc.property(runs, ({ seed, invoices, days, order }) => {
        const ledger = generateLedger(seed, 1, invoices, START, days);
        simulateCustomer(
          ledger,
          0,
          everyDay(START, addDays(START, days)),
          (account, day, d) => {
            expect(nextCustomerDunningStep(account, { today: day })).toEqual(d);
            const keyed = account.invoices.map((e, i) => ({ e, k: order[i] ?? i }));
            const shuffled = {
              ...account,
              invoices: keyed.sort((x, y) => x.k - y.k).map((x) => x.e),
            };
            expect(nextCustomerDunningStep(shuffled, { today: day })).toEqual(d);
            const stored = JSON.parse(JSON.stringify(d)) as CustomerDunningDecision;
            expect(stored).toEqual(d);
            expect(renders(stored)).toEqual(renders(d));
            if (d.type === 'action') actions++;
          },
          append,
        );
      }),
      { numRuns: 25 },
    );
    expect(actions).toBeGreaterThan(20);
  }, 120_000);

  it('escapes every text in HTML', () => {
    const ledger = generateLedger(7, 1, 3, START, 40);
    let checked = 0;
    simulateCustomer(
      ledger,
      0,
      everyDay(START, addDays(START, 40)),
      (_a, _day, d) => {
        if (d.type !== 'action' || d.kind === 'phone_call') return;
        const html = renderCustomerDunningMessage(d, creditor, { format: 'html' }).body;
        expect(html).toContain('Atelier &lt;Dupont&gt; &amp; Fils');
        expect(html).not.toContain('<Dupont>');
        checked++;
      },
      append,
    );
    expect(checked).toBeGreaterThan(0);
  });
});
