// Whole stories run through impayes-core/testing's simulateDunning (issue 18).
import { describe, expect, it } from 'vitest';
import {
  anAccount,
  anInvoice,
  aPayment,
  aPromiseToPay,
  simulateDunning,
} from '../../src/testing/index.js';

describe('issue 18: simulated dunning stories', () => {
  it('a customer with two invoices gets one message a day and its formal notices', () => {
    const account = anAccount({
      debtor: { id: 'cus_42' },
      invoices: [anInvoice(), anInvoice({ seq: 2, issueDate: '2026-01-20' })],
    });
    const { messages } = simulateDunning([account], { from: '2026-01-05', to: '2026-04-30' });
    const days = messages.map((m) => m.date);
    expect(new Set(days).size).toBe(days.length);
    expect(messages.filter((m) => m.kind === 'formal_notice').map((m) => m.date)).toEqual([
      '2026-03-06',
      '2026-03-23',
    ]);
  });
  it('a promise made by the customer on 10 February holds the reminders for 14 days', () => {
    const { messages } = simulateDunning([anAccount()], {
      from: '2026-01-05',
      to: '2026-04-30',
      onDay: (day) =>
        day.date === '2026-02-10'
          ? [{ invoiceNumber: 'F-2026-0001', event: aPromiseToPay({ date: day.date }) }]
          : undefined,
    });
    expect(messages.filter((m) => m.date > '2026-02-10' && m.date <= '2026-02-24')).toEqual([]);
    expect(messages.some((m) => m.kind === 'formal_notice')).toBe(true);
  });
  it('the README example: the default policy sends the formal notice on 6 March', () => {
    const { messages } = simulateDunning([anInvoice()], { from: '2026-01-05', to: '2026-04-30' });
    expect(messages.find((m) => m.kind === 'formal_notice')?.date).toBe('2026-03-06');
  });
  it('issue 18: the per-invoice path, keyed by SIREN: a formal notice on 2 April with our policy', () => {
    // docs/testing.md runs this story in the consumer check; here it runs on the sources.
    const invoice = anInvoice({ buyer: { name: 'Boulangerie Martin', siren: '732829320' } });
    const { messages, tasks } = simulateDunning([invoice], {
      from: '2026-01-05',
      to: '2026-04-30',
      policy: {
        steps: [
          { id: 'friendly-email', kind: 'reminder', channel: 'email', offsetDays: 7 },
          { id: 'letter', kind: 'written_reminder', channel: 'letter', offsetDays: 30 },
          {
            id: 'formal-notice',
            kind: 'formal_notice',
            channel: 'registered_letter',
            offsetDays: 57,
          },
        ],
      },
    });
    expect(messages.map((m) => `${m.date} ${m.customerId} ${m.kind}`)).toEqual([
      '2026-02-11 732829320 reminder',
      '2026-03-06 732829320 written_reminder',
      '2026-04-02 732829320 formal_notice',
    ]);
    expect(tasks).toMatchObject([{ date: '2026-04-18', type: 'escalate' }]);
  });
  it('issue 18: the customer-level path: one formal notice on 2 April listing F-1 and F-2', () => {
    // docs/testing.md runs this story in the consumer check; here it runs on the sources.
    const account = anAccount({
      debtor: { id: 'cus_42', name: 'Boulangerie Martin' },
      invoices: [
        anInvoice({ number: 'F-1' }),
        anInvoice({ seq: 2, number: 'F-2', exclVat: '500.00' }),
        anInvoice({ seq: 3, number: 'F-3', issueDate: '2026-01-20', dueDate: '2026-02-19' }),
      ],
    });
    const { messages, tasks } = simulateDunning([account], {
      from: '2026-01-05',
      to: '2026-04-30',
      policy: {
        minDaysBetweenMessages: 7,
        dunning: {
          steps: [
            { id: 'friendly-email', kind: 'reminder', channel: 'email', offsetDays: 7 },
            { id: 'letter', kind: 'written_reminder', channel: 'letter', offsetDays: 30 },
            {
              id: 'formal-notice',
              kind: 'formal_notice',
              channel: 'registered_letter',
              offsetDays: 57,
            },
          ],
        },
      },
      script: [{ invoiceNumber: 'F-3', event: aPayment({ date: '2026-03-10' }) }],
    });
    expect(messages.map((m) => `${m.date} ${m.kind} ${m.invoiceNumbers.join(' ')}`)).toEqual([
      '2026-02-11 reminder F-1 F-2',
      '2026-02-26 reminder F-1 F-2 F-3',
      '2026-03-06 written_reminder F-1 F-2 F-3',
      '2026-04-02 formal_notice F-1 F-2',
    ]);
    expect(messages[3]).toMatchObject({
      formalNoticeCovers: ['F-1', 'F-2'],
      totals: { principal: '1800.00', penalties: '34.15', indemnity: '80.00', total: '1914.15' },
    });
    expect(tasks.map((t) => `${t.date} ${t.type} ${t.invoiceNumber}`)).toEqual([
      '2026-04-18 escalate F-1',
      '2026-04-18 escalate F-2',
    ]);
  });
});
