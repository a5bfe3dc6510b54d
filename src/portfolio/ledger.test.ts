import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import { agingReport } from './aging-report.js';
import { payerProfile } from './payer-profile.js';

const asOf = '2026-03-31';
const ok = { id: 'F1', debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 10 };

function issuePath(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    return (error as { issues: { path: unknown }[] }).issues[0]?.path;
  }
  throw new Error('did not throw');
}

describe('ledger items (hand-written checks)', () => {
  it.each([
    ['a non-iterable ledger', 42, ['invoices']],
    ['a string ledger', 'abc', ['invoices']],
    ['an item that is not an object', [ok, null], ['invoices', 1]],
    ['a missing id', [{ ...ok, id: undefined }], ['invoices', 0, 'number']],
    ['an empty id', [{ ...ok, id: '' }], ['invoices', 0, 'id']],
    ['a NaN id', [{ ...ok, id: Number.NaN }], ['invoices', 0, 'id']],
    ['a missing debtorId', [{ ...ok, debtorId: undefined }], ['invoices', 0, 'debtorId']],
    [
      'an impossible due date',
      [ok, { ...ok, id: 'B' }, { ...ok, id: 'C', dueDate: '2026-02-30' }],
      ['invoices', 2, 'dueDate'],
    ],
    ['a numeric issue date', [{ ...ok, issueDate: 20260101 }], ['invoices', 0, 'issueDate']],
    ['a negative amount', [{ ...ok, amount: -1 }], ['invoices', 0, 'amount']],
    ['a non-boolean disputed', [{ ...ok, disputed: 'yes' }], ['invoices', 0, 'disputed']],
    ['payments not an array', [{ ...ok, payments: {} }], ['invoices', 0, 'payments']],
    ['a payment not an object', [{ ...ok, payments: [1] }], ['invoices', 0, 'payments', 0]],
    [
      'a payment without date',
      [{ ...ok, payments: [{ amount: 1 }] }],
      ['invoices', 0, 'payments', 0, 'date'],
    ],
    [
      'a zero payment',
      [{ ...ok, payments: [{ date: asOf, amount: 0 }] }],
      ['invoices', 0, 'payments', 0, 'amount'],
    ],
    [
      'a bad credit note',
      [{ ...ok, creditNotes: [{ date: asOf, amount: '1.234' }] }],
      ['invoices', 0, 'creditNotes', 0, 'amount'],
    ],
    ['events not an array', [{ ...ok, events: 'x' }], ['invoices', 0, 'events']],
    ['an event not an object', [{ ...ok, events: [null] }], ['invoices', 0, 'events', 0]],
    [
      'an event without type',
      [{ ...ok, events: [{ date: asOf }] }],
      ['invoices', 0, 'events', 0, 'type'],
    ],
    [
      'an event with a bad date',
      [{ ...ok, events: [{ type: 'x', date: 'soon' }] }],
      ['invoices', 0, 'events', 0, 'date'],
    ],
    [
      'a promise due before it was made',
      [
        {
          ...ok,
          events: [{ type: 'promise_to_pay', date: '2026-02-10', promisedDate: '2026-02-01' }],
        },
      ],
      ['invoices', 0, 'events', 0, 'promisedDate'],
    ],
    [
      'a promise of a bad amount',
      [
        {
          ...ok,
          events: [
            {
              type: 'promise_to_pay',
              date: '2026-02-10',
              promisedDate: '2026-02-11',
              amount: 'all',
            },
          ],
        },
      ],
      ['invoices', 0, 'events', 0, 'amount'],
    ],
  ])('throws INVALID_INPUT with the path for %s', (_, ledger, path) => {
    expect(issuePath(() => agingReport(ledger as never, { asOf }))).toEqual(path);
  });

  it('checks items issued after asOf and payments after asOf too', () => {
    const late = {
      ...ok,
      issueDate: '2026-05-01',
      dueDate: '2026-05-31',
      payments: [{ date: '2026-05-02', amount: 'x' }],
    };
    expect(issuePath(() => agingReport([late], { asOf }))).toEqual([
      'invoices',
      0,
      'payments',
      0,
      'amount',
    ]);
  });

  it('reports the item index of a streamed generator', () => {
    function* gen() {
      for (let i = 0; i < 20; i++) yield i === 12 ? { ...ok, dueDate: '2026-13-01' } : ok;
    }
    expect(issuePath(() => agingReport(gen(), { asOf }))).toEqual(['invoices', 12, 'dueDate']);
  });

  it('accepts numeric ids and an invoice number instead of an id', () => {
    const r = agingReport(
      [
        { ...ok, id: 7 },
        { debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 1, number: 'F-2' },
      ],
      { asOf },
    );
    expect(r.total.count).toBe(2);
  });

  it('keeps exact results past the date cache bound (65 536 distinct dates)', () => {
    const items = Array.from({ length: 70_000 }, (_, i) => ({
      ...ok,
      id: i,
      issueDate: addDays('1800-01-01', i),
      dueDate: addDays('1800-01-01', i),
      amount: '0.01',
    }));
    const r = agingReport(items, { asOf });
    expect(r.total).toMatchObject({ outstanding: '700.00', count: 70_000 });
  });

  it('ignores events dated after asOf and other event types', () => {
    const p = payerProfile(
      [
        {
          ...ok,
          events: [
            { type: 'promise_to_pay', date: '2026-04-02', promisedDate: '2026-04-03' },
            { type: 'formal_notice_sent', date: '2026-02-01' },
          ],
        },
      ],
      { asOf: '2026-04-01' },
    );
    expect(p.brokenPromises).toEqual([]);
  });

  it('does not mutate its input', () => {
    const item = Object.freeze({
      ...ok,
      payments: Object.freeze([
        Object.freeze({ date: '2026-02-05', amount: 2 }),
        Object.freeze({ date: '2026-02-01', amount: 1 }),
      ]),
    });
    expect(() => payerProfile([item], { asOf })).not.toThrow();
  });
});
