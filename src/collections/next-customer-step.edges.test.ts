import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { account, invoice, paid, sent } from './collections.fixtures.js';
import type { CustomerDunningDecision } from './decision.js';
import { nextCustomerDunningStep } from './next-customer-step.js';

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isImpayesError(e))
      return { code: e.code, path: e.path, message: e.message, details: e.details };
    throw e;
  }
  throw new Error('no error');
};

const roles = (d: CustomerDunningDecision) => d.lines.map((l) => `${l.invoice.number}:${l.role}`);

describe('nextCustomerDunningStep — input errors', () => {
  it('names the account invoice and the event position in the caller log', () => {
    const e = error(() =>
      nextCustomerDunningStep(
        account([
          { invoice: invoice('F-1', '2026-02-01', '2026-03-03') },
          {
            invoice: invoice('F-2', '2026-02-01', '2026-03-03'),
            events: [
              { type: 'late_payment_claim_waived', date: '2026-02-02', reason: 'geste commercial' },
              paid('2026-03-04', '1200.00'),
              sent('friendly-email', '2026-03-05'),
            ],
          },
        ]),
        { today: '2026-03-20' },
      ),
    );
    expect(e).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: ['account', 'invoices', 1, 'events', 2],
      details: { index: 2, type: 'reminder_sent' },
    });
    expect(e.message).toMatch(/^invoices\[1\]: Event 2 \(reminder_sent/);
  });

  it('maps invoice problems under the invoice, and rejects malformed events', () => {
    expect(
      error(() =>
        nextCustomerDunningStep(
          account([
            { invoice: { ...invoice('F-1', '2026-02-01', '2026-03-03'), dueDate: '2026-02-30' } },
          ]),
          { today: '2026-03-20' },
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['account', 'invoices', 0, 'invoice', 'dueDate'],
    });
    expect(
      error(() =>
        nextCustomerDunningStep(
          account([
            {
              invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
              events: [
                {
                  type: 'late_payment_claimed',
                  date: '2026-03-04',
                  penalties: '-1',
                  indemnity: '40.00',
                },
              ],
            },
          ]),
          { today: '2026-03-20' },
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['account', 'invoices', 0, 'events', 0, 'penalties'],
    });
  });

  it('rejects a claim event on an invoice not paid in full', () => {
    expect(
      error(() =>
        nextCustomerDunningStep(
          account([
            {
              invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
              events: [
                {
                  type: 'late_payment_claimed',
                  date: '2026-03-04',
                  penalties: '1.00',
                  indemnity: '40.00',
                },
              ],
            },
          ]),
          { today: '2026-03-20' },
        ),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION', path: ['account', 'invoices', 0, 'events'] });
  });

  it('rejects two invoices with one number, and an invoice of another debtor kind', () => {
    const f = invoice('F-1', '2026-02-01', '2026-03-03');
    expect(
      error(() =>
        nextCustomerDunningStep(account([{ invoice: f }, { invoice: f }]), { today: '2026-03-20' }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['account', 'invoices', 1, 'invoice', 'number'],
    });
    expect(
      error(() =>
        nextCustomerDunningStep(account([{ invoice: f }], 'consumer'), { today: '2026-03-20' }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['account', 'invoices', 0, 'invoice', 'buyer', 'kind'],
    });
  });

  it('rejects bad options and accounts', () => {
    const a = account([]);
    expect(error(() => nextCustomerDunningStep(a, { today: '2026-02-30' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'today'],
    });
    expect(
      error(() => nextCustomerDunningStep(a, { today: '2026-03-01', locale: 'de' as never })),
    ).toMatchObject({
      path: ['options', 'locale'],
    });
    expect(
      error(() => nextCustomerDunningStep({ ...a, invoice: [] } as never, { today: '2026-03-01' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['account'],
    });
    expect(
      error(() => nextCustomerDunningStep(null as never, { today: '2026-03-01' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('nextCustomerDunningStep — decisions', () => {
  it('says there is nothing open for an empty account or settled invoices', () => {
    expect(nextCustomerDunningStep(account([]), { today: '2026-03-01' })).toMatchObject({
      type: 'none',
      reason: 'nothing_open',
      lines: [],
      lastContactOn: null,
      nextContactFrom: null,
    });
    const d = nextCustomerDunningStep(
      account([
        {
          invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
          events: [paid('2026-03-01', '1200.00')],
        },
      ]),
      { today: '2026-03-20' },
    );
    expect(roles(d)).toEqual(['F-1:closed']);
  });

  it('waits for a courtesy notice before the due date, then sends it', () => {
    const a = account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]);
    expect(nextCustomerDunningStep(a, { today: '2026-02-20' })).toMatchObject({
      type: 'wait',
      reason: 'scheduled',
      until: '2026-02-27',
      lines: [{ role: 'not_due', next: { stepId: 'courtesy-notice', dueOn: '2026-02-27' } }],
    });
    const d = nextCustomerDunningStep(a, { today: '2026-02-27' });
    expect(d).toMatchObject({ type: 'action', kind: 'pre_due_notice', channel: 'email' });
  });

  it('waits for the next working day and says why', () => {
    const a = account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]);
    const d = nextCustomerDunningStep(a, { today: '2026-03-07', locale: 'en' });
    expect(d).toMatchObject({ type: 'wait', reason: 'not_working_day', until: '2026-03-09' });
    expect(d.explanation.message).toBe(
      'Today is not a working day: the next message goes out on 9 March 2026.',
    );
  });

  it('waits on hold when every open invoice is held', () => {
    const d = nextCustomerDunningStep(
      account([
        {
          invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
          events: [{ type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-20' }],
        },
        {
          invoice: invoice('F-2', '2026-02-01', '2026-03-03'),
          events: [{ type: 'dispute_opened', date: '2026-03-05', reason: 'Qualité' }],
        },
      ]),
      { today: '2026-03-10' },
    );
    expect(d).toMatchObject({ type: 'wait', reason: 'on_hold', until: '2026-03-21' });
    expect(d.lines.map((l) => l.hold)).toEqual([
      { reason: 'promise', until: '2026-03-21' },
      { reason: 'dispute', until: null },
    ]);
  });

  it('escalates with one key for the set of invoices when no message is due', () => {
    const a = account([
      {
        invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
        events: [{ type: 'formal_notice_sent', date: '2026-02-10', deadlineDays: 8 }],
      },
    ]);
    const d = nextCustomerDunningStep(a, { today: '2026-03-02' });
    expect(d).toMatchObject({ type: 'escalate', escalations: ['F-1'] });
    if (d.type !== 'escalate') return;
    expect(d.idempotencyKey).toMatch(/^C-professional:escalate:[0-9a-f]{8}$/);
    expect(nextCustomerDunningStep(a, { today: '2026-03-03' })).toMatchObject({
      idempotencyKey: d.idempotencyKey,
    });
    expect(d.lines[0]!.escalation).toMatchObject({ trigger: 'formal_notice_expired' });
    expect(d.totals.indemnity).toBe('40.00');
  });

  it('lists an overdue invoice below the minimum in a message sent for another', () => {
    const d = nextCustomerDunningStep(
      account([
        { invoice: invoice('F-1', '2026-02-01', '2026-03-03', '5.00') },
        { invoice: invoice('F-2', '2026-02-01', '2026-03-03') },
      ]),
      { today: '2026-03-04' },
    );
    expect(roles(d)).toEqual(['F-1:overdue', 'F-2:step']);
    expect(d.lines[0]!.amounts).toMatchObject({ principal: '5.00', indemnity: '40.00' });
  });

  it('skips the courtesy steps of a backlog invoice and says so', () => {
    const a = account([{ invoice: invoice('F-1', '2025-01-05', '2025-02-04') }]);
    const d = nextCustomerDunningStep(a, { today: '2026-03-02' });
    expect(d).toMatchObject({ type: 'action', kind: 'phone_call' });
    expect(d.lines[0]).toMatchObject({ role: 'step', step: { id: 'phone-call' }, backlog: true });
    expect(d.warnings.map((w) => w.code)).toEqual(['BACKLOG_TAKEOVER']);
    const off = nextCustomerDunningStep(a, {
      today: '2026-03-02',
      policy: { backlogAfterDays: null },
    });
    expect(off.lines[0]).toMatchObject({ step: { id: 'friendly-email' }, backlog: false });
  });

  it('reports events dated after today, and uses the account policy over the options', () => {
    const a = {
      ...account([
        {
          invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
          events: [paid('2026-04-01', '1200.00')],
        },
      ]),
      policy: { minDaysBetweenMessages: 30 },
    };
    const d = nextCustomerDunningStep(a, {
      today: '2026-03-04',
      policy: { minDaysBetweenMessages: 2 },
    });
    expect(d.warnings.map((w) => [w.code, w.params])).toEqual([
      ['EVENTS_AFTER_AS_OF', { count: 1, first: '2026-04-01', asOf: '2026-03-04' }],
    ]);
    expect(d.type).toBe('action');
    const next = nextCustomerDunningStep(
      {
        ...a,
        invoices: [
          {
            ...a.invoices[0]!,
            events: [...a.invoices[0]!.events!, sent('friendly-email', '2026-03-04')],
          },
        ],
      },
      { today: '2026-03-20', policy: { minDaysBetweenMessages: 2 } },
    );
    expect(next).toMatchObject({ type: 'wait', reason: 'customer_gap', until: '2026-04-03' });
  });

  it('takes the account last contact day when the logs no longer show it', () => {
    const a = {
      ...account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]),
      lastContactOn: '2026-03-02',
    };
    expect(nextCustomerDunningStep(a, { today: '2026-03-04' })).toMatchObject({
      type: 'wait',
      reason: 'customer_gap',
      lastContactOn: '2026-03-02',
      until: '2026-03-09',
    });
  });
});

describe('nextCustomerDunningStep — claims after late payment', () => {
  const claim = { afterLatePayment: 'claim' } as const;

  it('takes off what the debtor paid beyond the principal: penalties first, then the indemnity', () => {
    const d = nextCustomerDunningStep(
      account(
        [
          {
            invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
            events: [paid('2026-03-20', '1200.00'), paid('2026-03-21', '10.00')],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-23' },
    );
    expect(d.lines[0]!.claimable).toMatchObject({
      penalties: '0.00',
      indemnity: '36.79',
      total: '36.79',
    });
    const all = nextCustomerDunningStep(
      account(
        [
          {
            invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
            events: [paid('2026-03-20', '1246.79')],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-23' },
    );
    expect(roles(all)).toEqual(['F-1:closed']);
  });

  it('does not claim after a settled dispute, on time payments or a time-barred claim', () => {
    const settled = nextCustomerDunningStep(
      account(
        [
          {
            invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
            events: [
              { type: 'dispute_opened', date: '2026-03-05', reason: 'Prix' },
              {
                type: 'dispute_resolved',
                date: '2026-03-10',
                outcome: 'settled',
                amount: '200.00',
              },
              paid('2026-03-12', '1000.00'),
            ],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-23' },
    );
    expect(roles(settled)).toEqual(['F-1:closed']);
    const old = nextCustomerDunningStep(
      account(
        [
          {
            invoice: invoice('F-1', '2019-02-01', '2019-03-03'),
            events: [paid('2019-06-20', '1200.00')],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-23' },
    );
    expect(old.lines[0]).toMatchObject({ role: 'closed', claimable: { timeBarred: true } });
    expect(old.warnings.map((w) => w.code)).toEqual(['LATE_PAYMENT_CLAIM_TIME_BARRED']);
  });

  it('keeps claims for the next written message when the message is a call', () => {
    const d = nextCustomerDunningStep(
      account(
        [
          {
            invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
            events: [sent('friendly-email', '2026-03-04')],
          },
          {
            invoice: invoice('F-2', '2026-02-01', '2026-03-03'),
            events: [paid('2026-03-06', '1200.00')],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-11' },
    );
    expect(d).toMatchObject({ type: 'action', kind: 'phone_call', claimTotals: { total: '0.00' } });
    if (d.type !== 'action') return;
    expect(d.records.map((r) => r.event.type)).toEqual(['reminder_sent']);
    expect(roles(d)).toEqual(['F-1:step', 'F-2:claim']);
  });

  it('joins a claim to a reminder sent the same day', () => {
    const d = nextCustomerDunningStep(
      account(
        [
          { invoice: invoice('F-1', '2026-02-01', '2026-03-03') },
          {
            invoice: invoice('F-2', '2026-01-01', '2026-01-31'),
            events: [paid('2026-02-06', '1200.00')],
          },
        ],
        'professional',
        claim,
      ),
      { today: '2026-03-04' },
    );
    expect(d).toMatchObject({ type: 'action', kind: 'reminder', dueOn: '2026-02-07' });
    if (d.type !== 'action') return;
    expect(d.records.map((r) => `${r.invoiceNumber}:${r.event.type}`)).toEqual(
      ['F-2:late_payment_claimed', 'F-1:reminder_sent'].sort((x, y) =>
        x.startsWith('F-1') ? -1 : y.startsWith('F-1') ? 1 : 0,
      ),
    );
    expect(d.explanation.params).toMatchObject({ count: 1, claims: 1 });
  });
});

describe('nextCustomerDunningStep — purity', () => {
  const deepFreeze = <T>(v: T): T => {
    if (typeof v === 'object' && v !== null) {
      for (const x of Object.values(v)) deepFreeze(x);
      Object.freeze(v);
    }
    return v;
  };

  it('does not mutate its input, and its results alias neither the input nor the policy', () => {
    const a = deepFreeze(
      account([
        {
          invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
          events: [sent('friendly-email', '2026-03-04')],
        },
        { invoice: invoice('F-2', '2026-02-01', '2026-03-03') },
      ]),
    );
    const d = nextCustomerDunningStep(a, { today: '2026-03-11' });
    expect(d.type).toBe('action');
    const step = d.lines[0]!.step as { label: { fr: string } };
    step.label.fr = 'changé';
    (d.lines[0]!.invoice as { number: string }).number = 'X';
    if (d.type === 'action') (d.records[0]!.event as { date: string }).date = '2000-01-01';
    const again = nextCustomerDunningStep(a, { today: '2026-03-11' });
    expect(again.lines[0]!.step!.label!.fr).toBe('Appel téléphonique');
    expect(again.lines[0]!.invoice.number).toBe('F-1');
    expect(again.type === 'action' && again.records[0]!.event.date).toBe('2026-03-11');
  });
});
