import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { account, invoice, paid, sent } from './collections.fixtures.js';
import { customerStatement } from './statement.js';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('customerStatement', () => {
  const a = account([
    {
      invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
      events: [sent('friendly-email', '2026-02-05'), paid('2026-02-20', '200.00')],
    },
    { invoice: invoice('F-2', '2026-02-01', '2026-03-03', '800.00') },
    {
      invoice: {
        ...invoice('F-3', '2026-01-10', '2026-02-09', '300.00'),
        payments: [{ date: '2026-02-01', amount: '350.00', reference: 'VIR-9' }],
      },
    },
    {
      invoice: invoice('F-4', '2026-01-02', '2026-01-20', '500.00'),
      events: [
        { type: 'dispute_opened', date: '2026-01-25', reason: 'Prix' },
        { type: 'dispute_resolved', date: '2026-02-10', outcome: 'upheld', amount: '100.00' },
      ],
    },
    {
      invoice: invoice('F-5', '2026-01-01', '2026-01-15', '100.00'),
      events: [paid('2026-02-14', '100.00')],
    },
    { invoice: invoice('F-6', '2026-04-01', '2026-05-01', '900.00') },
  ]);

  it('lists open items, entries with a running balance, credits, aging and penalties to date', () => {
    const s = customerStatement(a, { asOf: '2026-03-31' });
    expect(plain(s.title.message)).toBe('Relevé de compte de Client SA au 31 mars 2026');
    expect(s.openItems.map((o) => [o.number, o.outstanding, o.daysPastDue, o.status])).toEqual([
      ['F-4', '400.00', 70, 'overdue'],
      ['F-1', '1000.00', 55, 'overdue'],
      ['F-2', '800.00', 28, 'overdue'],
    ]);
    expect(s.unappliedCredits).toEqual([{ invoiceNumber: 'F-3', amount: '50.00' }]);
    expect(s.totals).toMatchObject({
      invoiced: '2900.00',
      paid: '650.00',
      credited: '100.00',
      outstanding: '2200.00',
      unappliedCredits: '50.00',
      balance: '2150.00',
      indemnities: '120.00',
    });
    expect(Number(s.totals.penalties)).toBeGreaterThan(0);
    // The ledger ends on the balance; F-6 (issued after asOf) is left out.
    expect(s.entries.at(-1)!.balance).toBe('2150.00');
    expect(s.entries.map((e) => e.invoiceNumber)).not.toContain('F-6');
    expect(s.entries.find((e) => e.kind === 'payment' && e.invoiceNumber === 'F-3')).toMatchObject({
      reference: 'VIR-9',
      credit: '350.00',
      label: 'Règlement — facture n° F-3 (VIR-9)',
    });
    expect(s.entries.find((e) => e.kind === 'dispute_credit')).toMatchObject({
      date: '2026-01-20',
      credit: '100.00',
    });
    expect(plain(s.summary.message)).toBe('Solde dû au 31 mars 2026 : 2 150,00 €.');
    expect(s.aging.buckets.map((b) => [b.id, b.outstanding, b.count])).toEqual([
      ['not_due', '0.00', 0],
      ['1-30', '800.00', 1],
      ['31-60', '1000.00', 1],
      ['61-90', '400.00', 1],
      ['91+', '0.00', 0],
    ]);
    expect(s.aging.buckets[1]!.label).toBe(s.aging.buckets[1]!.label.trim());
    // F-5 was paid 30 days late: 40 € and its penalties may still be claimed.
    expect(s.latePaymentClaims).toEqual([
      expect.objectContaining({
        invoiceNumber: 'F-5',
        paidOn: '2026-02-14',
        indemnity: '40.00',
        claimedOn: null,
      }),
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('shows a balance in the customer favour, in English, and leaves later events out', () => {
    const s = customerStatement(
      account([
        {
          invoice: invoice('F-1', '2026-01-05', '2026-02-04', '100.00'),
          events: [paid('2026-01-10', '150.00'), paid('2026-04-02', '1.00')],
        },
      ]),
      { asOf: '2026-03-31', locale: 'en', buckets: [15, 45] },
    );
    expect(s.totals.balance).toBe('-50.00');
    expect(s.summary.message).toBe('Balance in your favour as of 31 March 2026: €50.00.');
    expect(s.aging.buckets.map((b) => b.id)).toEqual(['not_due', '1-15', '16-45', '46+']);
    expect(s.warnings.map((w) => w.code)).toEqual(['EVENTS_AFTER_AS_OF']);
  });

  it('marks claims already sent and drops waived ones', () => {
    const s = customerStatement(
      account([
        {
          invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
          events: [
            paid('2026-03-01', '1200.00'),
            {
              type: 'late_payment_claimed',
              date: '2026-03-05',
              penalties: '10.00',
              indemnity: '40.00',
            },
          ],
        },
        {
          invoice: invoice('F-2', '2026-01-05', '2026-02-04'),
          events: [
            paid('2026-03-01', '1200.00'),
            { type: 'late_payment_claim_waived', date: '2026-03-05', reason: 'bon client' },
          ],
        },
      ]),
      { asOf: '2026-03-31' },
    );
    expect(s.latePaymentClaims.map((c) => [c.invoiceNumber, c.claimedOn])).toEqual([
      ['F-1', '2026-03-05'],
    ]);
    expect(s.totals.claimable).toBe('0.00');
    expect(s.summary.message).toBe('Compte soldé au 31 mars 2026.');
  });

  it('rejects bad options and invoices with their paths', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isImpayesError(e) ? [e.code, e.path] : 'other';
      }
      return 'none';
    };
    expect(err(() => customerStatement(account([]), { asOf: 'yesterday' }))).toEqual([
      'INVALID_INPUT',
      ['options', 'asOf'],
    ]);
    expect(
      err(() =>
        customerStatement(
          account([
            {
              invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
              events: [{ type: 'resumed', date: '2026-02-05' }],
            },
          ]),
          { asOf: '2026-03-01' },
        ),
      ),
    ).toEqual(['INVALID_TRANSITION', ['account', 'invoices', 0, 'events', 0]]);
  });
});
