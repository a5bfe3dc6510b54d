import { describe, expect, it } from 'vitest';
import { createCollectionsPolicy } from '../collections/policy.js';
import type { DunningPolicyInput } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { anAccount } from './accounts.js';
import {
  aDispute,
  aDisputeResolved,
  aPayment,
  aPromiseToPay,
  aReminderSent,
  aWriteOff,
} from './events.js';
import { aConsumerInvoice, anInvoice } from './invoices.js';
import { type SimulationDay, simulateDunning } from './simulate.js';

function errorOf(fn: () => unknown): { code: string; path: unknown; message: string } | undefined {
  try {
    fn();
  } catch (e) {
    if (!isImpayesError(e)) throw e;
    return { code: e.code, path: e.path, message: e.message };
  }
  return undefined;
}

const dated = (m: { date: string; kind: string }) => `${m.date} ${m.kind}`;

describe('simulateDunning on invoices', () => {
  it('runs the default ladder day by day and records each step', () => {
    const r = simulateDunning([anInvoice()], { from: '2026-01-05', to: '2026-04-30' });
    expect(r.messages.map(dated)).toEqual([
      '2026-01-30 pre_due_notice',
      '2026-02-05 reminder',
      '2026-02-09 phone_call',
      '2026-02-16 written_reminder',
      '2026-02-24 registered_letter',
      '2026-03-06 formal_notice',
    ]);
    expect(r.messages[5]).toEqual({
      date: '2026-03-06',
      customerId: 'Client SA',
      invoiceNumbers: ['F-2026-0001'],
      kind: 'formal_notice',
      channel: 'registered_letter',
      late: false,
      formalNoticeCovers: ['F-2026-0001'],
      amounts: [
        {
          invoiceNumber: 'F-2026-0001',
          principal: '1200.00',
          penalties: '11.98',
          indemnity: '40.00',
          total: '1251.98',
        },
      ],
      totals: { principal: '1200.00', penalties: '11.98', indemnity: '40.00', total: '1251.98' },
      steps: [
        {
          invoiceNumber: 'F-2026-0001',
          stepId: 'formal-notice',
          kind: 'formal_notice',
          channel: 'registered_letter',
        },
      ],
    });
    expect(r.logs[0]!.events.map((e) => `${e.date} ${e.type}`).at(-1)).toBe(
      '2026-03-06 formal_notice_sent',
    );
    // The formal notice gives 15 days; the escalation task comes the day after the deadline.
    expect(r.tasks).toEqual([
      {
        date: '2026-03-24',
        customerId: 'Client SA',
        invoiceNumber: 'F-2026-0001',
        type: 'escalate',
        idempotencyKey: 'F-2026-0001:escalate:formal_notice_expired:2026-03-24',
      },
    ]);
  });
  it('applies scripted events on their day: a payment stops dunning', () => {
    const r = simulateDunning([anInvoice()], {
      from: '2026-01-05',
      to: '2026-04-30',
      script: [{ invoiceNumber: 'F-2026-0001', event: aPayment({ date: '2026-02-20' }) }],
    });
    expect(r.messages.map(dated)).toEqual([
      '2026-01-30 pre_due_notice',
      '2026-02-05 reminder',
      '2026-02-09 phone_call',
      '2026-02-16 written_reminder',
    ]);
    expect(r.tasks).toEqual([]);
    expect(r.logs[0]!.events.at(-1)).toEqual(aPayment({ date: '2026-02-20' }));
  });
  it('a scripted event on a step day comes before the decision', () => {
    const r = simulateDunning([anInvoice()], {
      from: '2026-02-03',
      to: '2026-02-28',
      script: [{ invoiceNumber: 'F-2026-0001', event: aPayment({ date: '2026-02-05' }) }],
    });
    // 3 February: the courtesy notice, caught up; 5 February: paid before the reminder is due.
    expect(r.messages.map(dated)).toEqual(['2026-02-03 pre_due_notice']);
  });
  it('a promise and a dispute hold the reminders', () => {
    const r = simulateDunning([anInvoice()], {
      from: '2026-02-01',
      to: '2026-03-31',
      script: [
        { invoiceNumber: 'F-2026-0001', event: aPromiseToPay({ date: '2026-02-06' }) },
        { invoiceNumber: 'F-2026-0001', event: aDispute({ date: '2026-02-23' }) },
        { invoiceNumber: 'F-2026-0001', event: aDisputeResolved({ date: '2026-03-10' }) },
      ],
    });
    // The courtesy notice of 30 January is caught up on the first day; the promise holds until
    // 20 February, is broken on Saturday 21, and the dispute opens on Monday 23 before any step;
    // once it is rejected the missed steps catch up, minGapDays (3) apart.
    expect(r.messages.map(dated)).toEqual([
      '2026-02-02 pre_due_notice',
      '2026-02-05 reminder',
      '2026-03-10 phone_call',
      '2026-03-13 written_reminder',
      '2026-03-16 registered_letter',
      '2026-03-19 formal_notice',
    ]);
  });
  it('continues from an existing log', () => {
    const events = [aReminderSent({ date: '2026-02-05' })];
    const r = simulateDunning([{ invoice: anInvoice(), events }], {
      from: '2026-02-06',
      to: '2026-02-10',
    });
    expect(r.messages.map(dated)).toEqual(['2026-02-09 phone_call']);
    expect(r.logs[0]!.events).toHaveLength(2);
    expect(events).toHaveLength(1);
  });
  it('uses the policy', () => {
    const policy: DunningPolicyInput = {
      steps: [
        { id: 'mail', kind: 'reminder', channel: 'email', offsetDays: 1 },
        {
          id: 'notice',
          kind: 'formal_notice',
          channel: 'registered_letter',
          offsetDays: 10,
          deadlineDays: 8,
        },
      ],
      workingDaysOnly: false,
    };
    const r = simulateDunning([anInvoice()], { from: '2026-02-01', to: '2026-03-31', policy });
    expect(r.messages.map(dated)).toEqual(['2026-02-05 reminder', '2026-02-14 formal_notice']);
    // 8 days from 14 February end on Sunday 22, extended to Monday 23: escalate from the 24th.
    expect(r.tasks[0]?.date).toBe('2026-02-24');
  });
  it('a consumer gets the consumer ladder, one message per invoice, keyed by SIREN or name', () => {
    const r = simulateDunning(
      [aConsumerInvoice(), anInvoice({ seq: 2, buyer: { name: 'Acme', siren: '732829320' } })],
      { from: '2026-02-05', to: '2026-02-05' },
    );
    expect(r.messages.map((m) => [m.customerId, m.invoiceNumbers])).toEqual([
      ['Marie Martin', ['F-2026-0001']],
      ['732829320', ['F-2026-0002']],
    ]);
  });
});

describe('simulateDunning on accounts', () => {
  it('sends at most one message per customer per day, with the most severe step', () => {
    const account = anAccount({
      invoices: [anInvoice(), anInvoice({ seq: 2, issueDate: '2026-01-20' })],
    });
    const r = simulateDunning(
      [
        account,
        anAccount({
          seq: 2,
          debtor: { name: 'Autre SA' },
          invoices: [anInvoice({ seq: 3, buyer: { name: 'Autre SA' } })],
        }),
      ],
      {
        from: '2026-01-05',
        to: '2026-03-31',
      },
    );
    const perDay = new Set(r.messages.map((m) => `${m.customerId} ${m.date}`));
    expect(perDay.size).toBe(r.messages.length);
    // The minimum gap of 7 days moved the written reminder from 16 to 20 February.
    const grouped = r.messages.find((m) => m.date === '2026-02-20' && m.customerId === 'C-0001');
    expect(grouped).toMatchObject({
      invoiceNumbers: ['F-2026-0001', 'F-2026-0002'],
      kind: 'written_reminder',
      channel: 'letter',
      late: true,
    });
    expect(grouped?.steps.map((s) => s.kind)).toEqual(['written_reminder', 'reminder']);
    expect(r.messages.filter((m) => m.customerId === 'C-0002').map(dated)).toContain(
      '2026-03-06 formal_notice',
    );
    expect(r.logs.map((l) => [l.customerId, l.invoiceNumber])).toEqual([
      ['C-0001', 'F-2026-0001'],
      ['C-0001', 'F-2026-0002'],
      ['C-0002', 'F-2026-0003'],
    ]);
  });
  it('onDay sees the messages so far and schedules reactions', () => {
    const seen: string[] = [];
    const r = simulateDunning([anAccount()], {
      from: '2026-01-05',
      to: '2026-05-31',
      onDay: (day: SimulationDay) => {
        const notice = day.messages.find((m) => m.kind === 'formal_notice');
        if (notice === undefined || day.date !== notice.date.replace(/06$/, '07')) return undefined;
        seen.push(...day.logOf('F-2026-0001').map((e) => e.type));
        expect(day.logOf('nope')).toEqual([]);
        return [{ invoiceNumber: 'F-2026-0001', event: aPayment({ date: '2026-03-10' }) }];
      },
    });
    expect(seen.at(-1)).toBe('formal_notice_sent');
    expect(r.messages.at(-1)?.kind).toBe('formal_notice');
    expect(r.tasks).toEqual([]);
    expect(r.logs[0]!.events.at(-1)?.type).toBe('payment_received');
  });
});

describe('simulateDunning errors', () => {
  const from = '2026-01-05';
  it('is bounded to 3 660 days', () => {
    expect(simulateDunning([], { from: '2026-01-01', to: '2036-01-08' }).messages).toEqual([]);
    expect(
      errorOf(() => simulateDunning([], { from: '2026-01-01', to: '2036-01-09' })),
    ).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['to'],
    });
    expect(errorOf(() => simulateDunning([], { from, to: '2026-01-04' }))?.code).toBe(
      'OUT_OF_RANGE',
    );
  });
  it('checks options, invoices, logs and scripts', () => {
    expect(errorOf(() => simulateDunning([], { from: '2026-13-01', to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
    expect(errorOf(() => simulateDunning([], { from, to: from, onDay: 1 as never }))?.code).toBe(
      'INVALID_INPUT',
    );
    expect(errorOf(() => simulateDunning('x' as never, { from, to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorOf(() => simulateDunning([{ number: 'F' }] as never, { from, to: from }))?.code,
    ).toBe('INVALID_INPUT');
    expect(
      errorOf(() => simulateDunning([anInvoice(), anInvoice()], { from, to: from }))?.code,
    ).toBe('INVALID_INPUT');
    expect(
      errorOf(() =>
        simulateDunning([anAccount(), anInvoice({ seq: 2 })] as never, { from, to: from }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: [1] });
    expect(
      errorOf(() =>
        simulateDunning([{ invoice: anInvoice(), events: [aPayment({ date: '2026-02-01' })] }], {
          from,
          to: '2026-03-01',
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: [0, 'events', 0, 'date'] });
    const script = (invoiceNumber: string, date: string) => [
      { invoiceNumber, event: aPayment({ date }) },
    ];
    expect(
      errorOf(() =>
        simulateDunning([anInvoice()], {
          from,
          to: '2026-02-01',
          script: script('F-9', '2026-01-10'),
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['script', 0, 'invoiceNumber'] });
    expect(
      errorOf(() =>
        simulateDunning([anInvoice()], {
          from,
          to: '2026-02-01',
          script: script('F-2026-0001', '2026-02-02'),
        }),
      ),
    ).toMatchObject({ code: 'OUT_OF_RANGE', path: ['script', 0, 'event', 'date'] });
    expect(
      errorOf(() =>
        simulateDunning([anInvoice()], {
          from,
          to: '2026-02-01',
          onDay: (d) =>
            script('F-2026-0001', d.date === '2026-01-06' ? '2026-01-05' : d.date).slice(0, 0),
        }),
      ),
    ).toBeUndefined();
    expect(
      errorOf(() =>
        simulateDunning([anInvoice()], {
          from,
          to: '2026-02-01',
          onDay: () => script('F-2026-0001', '2026-01-04'),
        }),
      )?.code,
    ).toBe('OUT_OF_RANGE');
    const bad = { ...anAccount(), debtor: { id: '', name: 'X', kind: 'professional' as const } };
    expect(errorOf(() => simulateDunning([bad], { from, to: from }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: [0, 'debtor', 'id'],
    });
    const mismatch = { ...anAccount(), debtor: { id: 'C', name: 'X', kind: 'consumer' as const } };
    expect(errorOf(() => simulateDunning([mismatch], { from, to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
    const noList = { debtor: { id: 'C', name: 'X', kind: 'consumer' as const }, invoices: 'x' };
    expect(errorOf(() => simulateDunning([noList] as never, { from, to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
  });
  it('issue 18: an account entry without its invoice, or a throwing getter, is INVALID_INPUT', () => {
    const account = anAccount();
    const broken = { ...account, invoices: [{ events: [] }] };
    expect(errorOf(() => simulateDunning([broken as never], { from, to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
    const trap = Object.defineProperty({}, 'debtor', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorOf(() => simulateDunning([trap as never], { from, to: from }))?.code).toBe(
      'INVALID_INPUT',
    );
  });

  it('does not modify its inputs and is deterministic', () => {
    const input = [anAccount()];
    const copy = structuredClone(input);
    const options = { from, to: '2026-03-31' };
    const a = simulateDunning(input, options);
    const b = simulateDunning(input, options);
    expect(a).toEqual(b);
    expect(input).toEqual(copy);
  });
});

describe('issue 18: accounts go through nextCustomerDunningStep', () => {
  const threeOverdue = () =>
    anAccount({
      debtor: { id: 'cus_42', name: 'Client SA' },
      invoices: [
        anInvoice({ number: 'F-1' }),
        anInvoice({ seq: 2, number: 'F-2', issueDate: '2026-01-12', dueDate: '2026-02-11' }),
        anInvoice({ seq: 3, number: 'F-3', issueDate: '2026-01-19', dueDate: '2026-02-18' }),
      ],
    });
  const run = (extra: Partial<Parameters<typeof simulateDunning>[1]> = {}) =>
    simulateDunning([threeOverdue()], { from: '2026-02-20', to: '2026-05-31', ...extra });

  it('issue 18 item 1: three overdue invoices give one message a day at most, one letter listing them', () => {
    const r = run();
    expect(r.messages.map(dated)).toEqual([
      '2026-02-20 reminder',
      '2026-02-27 phone_call',
      '2026-03-06 written_reminder',
      '2026-03-13 registered_letter',
      '2026-03-20 formal_notice',
    ]);
    expect(new Set(r.messages.map((m) => m.date)).size).toBe(r.messages.length);
    const letter = r.messages.find((m) => m.kind === 'written_reminder')!;
    expect(letter.invoiceNumbers).toEqual(['F-1', 'F-2', 'F-3']);
    expect(letter.channel).toBe('letter');
    expect(letter.steps.map((s) => `${s.invoiceNumber} ${s.kind}`)).toEqual([
      'F-1 written_reminder',
      'F-2 written_reminder',
      'F-3 written_reminder',
    ]);
    expect(letter.amounts.map((a) => a.invoiceNumber)).toEqual(['F-1', 'F-2', 'F-3']);
    expect(letter.totals.principal).toBe('3600.00');
    const notice = r.messages.at(-1)!;
    expect(notice.formalNoticeCovers).toEqual(['F-1', 'F-2', 'F-3']);
    // Each invoice's log received its own record of each message.
    expect(r.logs.map((l) => l.events.length)).toEqual([5, 5, 5]);
    expect(r.customers).toEqual([{ customerId: 'cus_42', messages: r.messages }]);
    expect(r.tasks.map((t) => `${t.date} ${t.type} ${t.invoiceNumber}`)).toEqual([
      '2026-04-08 escalate F-1',
      '2026-04-08 escalate F-2',
      '2026-04-08 escalate F-3',
    ]);
  });

  it("issue 18 item 1: never two messages within the policy's minimum gap", () => {
    const gapOf = (policy: Parameters<typeof simulateDunning>[1]['policy'], min: number) => {
      const days = run(policy === undefined ? {} : { policy }).messages.map(
        (m) => Date.parse(m.date) / 86_400_000,
      );
      const gaps = days.slice(1).map((d, i) => d - days[i]!);
      expect(gaps.length).toBeGreaterThan(2);
      for (const g of gaps) expect(g).toBeGreaterThanOrEqual(min);
      return gaps;
    };
    expect(gapOf(undefined, 7)).toContain(7);
    expect(gapOf(createCollectionsPolicy({ minDaysBetweenMessages: 10 }), 10)).toContain(10);
    expect(gapOf({ minDaysBetweenMessages: 12 }, 12)).toContain(12);
    // The account's own policy wins over the option.
    const own = simulateDunning([{ ...threeOverdue(), policy: { minDaysBetweenMessages: 20 } }], {
      from: '2026-02-20',
      to: '2026-05-31',
      policy: { minDaysBetweenMessages: 3 },
    });
    expect(own.messages.map((m) => m.date).slice(0, 2)).toEqual(['2026-02-20', '2026-03-12']);
  });

  it('issue 18 item 1: a scripted payment stops the messages for that invoice', () => {
    const r = run({
      policy: createCollectionsPolicy({ minDaysBetweenMessages: 10 }),
      script: [{ invoiceNumber: 'F-2', event: aPayment({ date: '2026-03-10' }) }],
    });
    expect(r.messages.map((m) => `${m.date} ${m.kind} ${m.invoiceNumbers.join(',')}`)).toEqual([
      '2026-02-20 reminder F-1,F-2,F-3',
      '2026-03-02 phone_call F-1,F-2,F-3',
      '2026-03-12 written_reminder F-1,F-3',
      '2026-03-23 registered_letter F-1,F-3',
      '2026-04-02 formal_notice F-1,F-3',
    ]);
    expect(r.logs[1]!.events.map((e) => e.type)).toEqual([
      'reminder_sent',
      'reminder_sent',
      'payment_received',
    ]);
    expect(r.tasks.map((t) => t.invoiceNumber)).toEqual(['F-1', 'F-3']);
  });

  it('issue 18 item 1: a late payment is claimed in the next message with afterLatePayment claim', () => {
    const r = run({
      to: '2026-03-31',
      policy: { afterLatePayment: 'claim' },
      script: [
        { invoiceNumber: 'F-1', event: aPayment({ date: '2026-02-22' }) },
        { invoiceNumber: 'F-2', event: aPayment({ date: '2026-02-22' }) },
        { invoiceNumber: 'F-3', event: aPayment({ date: '2026-02-22' }) },
      ],
    });
    expect(r.messages.map(dated)).toEqual(['2026-02-20 reminder', '2026-02-27 late_payment_claim']);
    const claim = r.messages[1]!;
    expect(claim.invoiceNumbers).toEqual(['F-1', 'F-2', 'F-3']);
    expect(claim.amounts.every((a) => a.principal === '0.00' && a.indemnity === '40.00')).toBe(
      true,
    );
    expect(r.logs.map((l) => l.events.at(-1)?.type)).toEqual([
      'late_payment_claimed',
      'late_payment_claimed',
      'late_payment_claimed',
    ]);
  });

  it('issue 18 item 1: accepts what CustomerAccountInput accepts (contact fields, lastContactOn)', () => {
    const account = threeOverdue();
    const r = simulateDunning(
      [
        {
          ...account,
          debtor: { ...account.debtor, email: 'compta@client.fr', phone: '01 02 03 04 05' },
          lastContactOn: '2026-02-18',
        },
      ],
      { from: '2026-02-20', to: '2026-03-10' },
    );
    // The last contact two days before the first simulated day holds the first message 5 days.
    expect(r.messages.map(dated)).toEqual(['2026-02-25 reminder', '2026-03-04 phone_call']);
    expect(r.messages[0]!.late).toBe(true);
    const unknown = { ...account, debtor: { ...account.debtor, fax: '01' } };
    expect(
      errorOf(() => simulateDunning([unknown], { from: '2026-02-20', to: '2026-02-21' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: [0, 'debtor'],
    });
  });

  it('issue 18 item 1: an impossible log of an account is reported at its place in the input', () => {
    const account = anAccount({
      invoices: [
        {
          invoice: anInvoice(),
          events: [aWriteOff({ date: '2026-02-10' }), aReminderSent({ date: '2026-02-12' })],
        },
      ],
    });
    expect(
      errorOf(() => simulateDunning([account], { from: '2026-02-20', to: '2026-02-21' })),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: [0, 'invoices', 0, 'events', 1],
    });
  });

  it('issue 18 item 3: keys named like Object.prototype properties and throwing policies are INVALID_INPUT', () => {
    const period = { from: '2026-02-20', to: '2026-02-25' };
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const event = { ...aPayment({ date: '2026-02-21' }) } as Record<string, unknown>;
      Object.defineProperty(event, key, { value: () => 1, enumerable: true });
      const script = [{ invoiceNumber: 'F-1', event }] as never;
      expect(errorOf(() => simulateDunning([threeOverdue()], { ...period, script }))).toMatchObject(
        {
          code: 'INVALID_INPUT',
          path: ['script', 0, 'event', key],
        },
      );
    }
    const throwing = new Proxy(
      {},
      {
        has: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(
      errorOf(() => simulateDunning([threeOverdue()], { ...period, policy: throwing as never })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['policy'] });
    expect(
      errorOf(() => simulateDunning([{ ...threeOverdue(), policy: throwing as never }], period)),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
