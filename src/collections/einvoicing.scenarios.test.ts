// Issue 16 at customer level: e-invoicing lifecycle statuses of some invoices of an account change
// what the customer's one message lists, never blocking the other invoices.
import { describe, expect, it } from 'vitest';
import type { DunningEventInput } from '../index.js';
import { account, invoice, record } from './collections.fixtures.js';
import type { CustomerDunningAction, CustomerDunningDecision } from './decision.js';
import { nextCustomerDunningStep } from './next-customer-step.js';
import { renderCustomerDunningMessage } from './render.js';

const status = (date: string, code: number, extra: object = {}): DunningEventInput =>
  ({ type: 'einvoice_status', date, code, ...extra }) as DunningEventInput;

function action(d: CustomerDunningDecision): CustomerDunningAction {
  if (d.type !== 'action') throw new Error(`expected an action, got ${d.type}`);
  return d;
}

const roles = (d: CustomerDunningDecision) => d.lines.map((l) => `${l.invoice.number}:${l.role}`);
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('nextCustomerDunningStep with e-invoicing statuses (issue 16, customer level)', () => {
  // Four invoices of one customer, all due 2026-10-01; today is Friday 2026-10-02.
  const a = account([
    { invoice: invoice('F-1', '2026-09-01', '2026-10-01') },
    {
      invoice: invoice('F-2', '2026-09-01', '2026-10-01', '500.00'),
      events: [status('2026-09-03', 210, { reasonCodes: ['REF_CT'], requestedAction: 'NIN' })],
    },
    {
      invoice: invoice('F-3', '2026-09-01', '2026-10-01', '300.00'),
      events: [status('2026-10-02', 211)],
    },
    {
      invoice: invoice('F-4', '2026-09-01', '2026-10-01', '200.00'),
      events: [status('2026-10-02', 212, { amounts: { paid: '50.00' } })],
    },
  ]);

  it('issue 16 done 1: a refused invoice (210) is left out of the letter; payment in transit (211) is held; the others are chased', () => {
    const d = action(nextCustomerDunningStep(a, { today: '2026-10-02' }));
    expect(d.kind).toBe('reminder');
    expect(roles(d)).toEqual(['F-1:step', 'F-2:closed', 'F-3:held', 'F-4:step']);
    // The refused invoice carries no amounts: no penalties and no 40 € (no valid invoice).
    const refused = d.lines.find((l) => l.invoice.number === 'F-2')!;
    expect(refused.amounts).toBeNull();
    // 211: held until the policy's working days have passed (3 by default).
    const transit = d.lines.find((l) => l.invoice.number === 'F-3')!;
    expect(transit.hold).toEqual({ reason: 'payment_in_transit', until: '2026-10-08' });
    // 212 Encaissée is a payment of the cashed amount: 150.00 € left on F-4.
    expect(d.lines.find((l) => l.invoice.number === 'F-4')!.amounts!.principal).toBe('150.00');
    expect(d.totals.principal).toBe('1350.00');
    expect(d.totals.indemnity).toBe('80.00');
    expect(d.records.map((r) => r.invoiceNumber)).toEqual(['F-1', 'F-4']);

    const body = plain(renderCustomerDunningMessage(d, { creditor: { name: 'Atelier' } }).body);
    expect(body).toContain('Facture n° F-1 du');
    expect(body).toContain('Facture n° F-4 du');
    expect(body).not.toContain('F-2');
    expect(body).toContain('Facture n° F-3 : paiement annoncé comme transmis, attendu jusqu');
    expect(body).not.toMatch(/- Facture n° F-3 du/);
  });

  it('issue 16 done 1: payment in transit waits, then F-3 is chased again if nothing arrived', () => {
    const first = action(nextCustomerDunningStep(a, { today: '2026-10-02' }));
    const after = record(a, first);
    // The minimum gap (7 days) after the first message; on 2026-10-09 F-3 is no longer held.
    const d = nextCustomerDunningStep(after, { today: '2026-10-09' });
    expect(d.type).toBe('action');
    const f3 = d.lines.find((l) => l.invoice.number === 'F-3')!;
    expect(f3.role).toBe('step');
    expect(f3.step!.id).toBe('friendly-email');
    // The refused invoice stays out.
    expect(d.lines.find((l) => l.invoice.number === 'F-2')!.role).toBe('closed');
  });

  it('issue 16 done 1: an account whose only open invoice is refused gets no message', () => {
    const only = account([
      {
        invoice: invoice('F-9', '2026-09-01', '2026-10-01'),
        events: [status('2026-09-03', 210, { reasonCodes: ['REF_CT'] })],
      },
    ]);
    const d = nextCustomerDunningStep(only, { today: '2026-10-20' });
    expect(d.type).toBe('none');
    expect(roles(d)).toEqual(['F-9:closed']);
  });
});

describe('issue 16 done 1: one customer-level scenario per status (F-1 plain overdue, F-2 with the status)', () => {
  const extras: Readonly<Record<number, object>> = {
    206: { amounts: { approved: '300.00', disputed: '200.00' } },
    207: { reasonCodes: ['TX_TVA_ERR'] },
    212: { amounts: { paid: '100.00' } },
  };
  // What the status does to F-2 in the customer's message of Friday 2026-10-02 (both due 2026-10-01).
  const cases: ReadonlyArray<{
    code: number;
    role: string;
    hold?: { reason: string; until: string | null };
    principal: string | null;
  }> = [
    { code: 203, role: 'step', principal: '500.00' }, // received: nothing changes for a business
    { code: 205, role: 'step', principal: '500.00' }, // approved: undisputed, chased
    { code: 206, role: 'step', principal: '300.00' }, // partly approved: only the approved amount
    { code: 207, role: 'held', hold: { reason: 'dispute', until: null }, principal: null },
    { code: 208, role: 'held', hold: { reason: 'pause', until: null }, principal: null },
    { code: 209, role: 'step', principal: '500.00' }, // completed: chased again
    { code: 210, role: 'closed', principal: null }, // refused: no valid invoice
    {
      code: 211,
      role: 'held',
      hold: { reason: 'payment_in_transit', until: '2026-10-08' },
      principal: null,
    },
    { code: 212, role: 'step', principal: '400.00' }, // cashed 100.00: a payment
    { code: 213, role: 'closed', principal: null }, // rejected by the platform
    { code: 220, role: 'closed', principal: null }, // cancelled
    { code: 221, role: 'closed', principal: null }, // misrouted
    { code: 225, role: 'closed', principal: null }, // factored: the factor collects
  ];
  for (const c of cases)
    it(`status ${c.code}: F-2 is ${c.role}, F-1 is still chased in the same message`, () => {
      const a = account([
        { invoice: invoice('F-1', '2026-09-01', '2026-10-01') },
        {
          invoice: invoice('F-2', '2026-09-01', '2026-10-01', '500.00'),
          events: [status('2026-10-02', c.code, extras[c.code] ?? {})],
        },
      ]);
      const d = action(nextCustomerDunningStep(a, { today: '2026-10-02' }));
      expect(d.lines.find((l) => l.invoice.number === 'F-1')!.role).toBe('step');
      const line = d.lines.find((l) => l.invoice.number === 'F-2')!;
      expect(line.role).toBe(c.role);
      if (c.hold !== undefined) expect(line.hold).toEqual(c.hold);
      expect(line.amounts?.principal ?? null).toBe(c.principal);
      // No valid invoice (or the factor's): no penalties and no 40 € for F-2 in the totals.
      if (c.role === 'closed') expect(d.totals.indemnity).toBe('40.00');
    });
});
