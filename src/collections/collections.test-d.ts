import { describe, expectTypeOf, it } from 'vitest';
import type { CustomerAccountInput, CustomerDunningDecision } from './index.js';
import { nextCustomerDunningStep, planDunningRun, renderCustomerDunningMessage } from './index.js';

const invoice = {
  number: 'F-1',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

describe('collections input types', () => {
  it('accepts an account of typed invoices and readonly logs', () => {
    const account = {
      debtor: { id: 'C-1', name: 'Client SA', kind: 'professional' },
      invoices: [
        {
          invoice,
          events: [
            {
              type: 'reminder_sent',
              date: '2026-03-04',
              stepId: 'friendly-email',
              channel: 'email',
            },
            {
              type: 'late_payment_claimed',
              date: '2026-03-30',
              penalties: '6.79',
              indemnity: '40.00',
            },
          ],
        },
      ],
    } as const;
    expectTypeOf(account).toExtend<CustomerAccountInput>();
    expectTypeOf(
      nextCustomerDunningStep(account, { today: '2026-03-20' }),
    ).toEqualTypeOf<CustomerDunningDecision>();
  });

  it('rejects a misspelt invoice field at compile time (issue 15: typed inputs)', () => {
    nextCustomerDunningStep(
      {
        debtor: { id: 'C-1', name: 'Client SA', kind: 'professional' },
        // @ts-expect-error `numbr` is not an invoice field
        invoices: [{ invoice: { ...invoice, numbr: 'F-1' } }],
      },
      { today: '2026-03-20' },
    );
    nextCustomerDunningStep(
      // @ts-expect-error `kind` must be a debtor kind
      { debtor: { id: 'C-1', name: 'X', kind: 'company' }, invoices: [] },
      { today: '2026-03-20' },
    );
    planDunningRun(
      // @ts-expect-error an unknown event type
      [
        {
          debtor: { id: 'C-1', name: 'X', kind: 'professional' },
          invoices: [{ invoice, events: [{ type: 'reminder_sended', date: '2026-03-04' }] }],
        },
      ],
      { today: '2026-03-20' },
    );
    planDunningRun(
      [
        {
          debtor: { id: 'C-1', name: 'X', kind: 'professional' },
          invoices: [
            {
              invoice,
              events: [
                { type: 'reminder_sent', date: '2026-03-04', stepId: 'a', channel: 'email' },
              ],
            },
          ],
        },
      ],
      { today: '2026-03-20' },
    );
  });

  it('renders only what the decision type narrows to', () => {
    const d = {} as CustomerDunningDecision;
    if (d.type === 'action') {
      expectTypeOf(d.records[0]!.invoiceNumber).toBeString();
      expectTypeOf(renderCustomerDunningMessage(d, { creditor: { name: 'A' } }).body).toBeString();
    }
  });
});
