import { describe, expect, it } from 'vitest';
import {
  agingReport,
  averageDaysLate,
  daysSalesOutstanding,
  exposureByDebtor,
  payerProfile,
} from './index.js';

const asOf = '2026-03-31';
const ledger = [
  {
    id: 'F1',
    debtorId: 'A',
    issueDate: '2026-01-10',
    dueDate: '2026-02-10',
    amount: '1000.00',
    payments: [
      { date: '2026-03-01', amount: '100.00' },
      { date: '2026-05-02', amount: '200.00' },
    ],
    creditNotes: [{ date: '2026-04-20', amount: '50.00' }],
    events: [{ type: 'promise_to_pay', date: '2026-04-10', promisedDate: '2026-04-30' }],
  },
  // Issued after asOf: already reported as NOT_YET_ISSUED, its payment is not counted twice.
  {
    id: 'F2',
    debtorId: 'A',
    issueDate: '2026-04-02',
    dueDate: '2026-05-02',
    amount: '80.00',
    payments: [{ date: '2026-04-03', amount: '80.00' }],
  },
  {
    id: 'F3',
    debtorId: 'B',
    issueDate: '2026-01-10',
    dueDate: '2026-02-10',
    amount: '300.00',
    payments: [{ date: '2026-06-01', amount: '300.00' }],
  },
];

const later = (count: number, firstDate: string) =>
  expect.objectContaining({
    code: 'EVENTS_AFTER_AS_OF',
    article: 'n/a',
    details: { count, firstDate },
  });

describe('issue 12 item 8: portfolio figures leave later payments out, never silently', () => {
  it('issue 12 item 8: agingReport, exposureByDebtor and daysSalesOutstanding warn for the ledger', () => {
    const aging = agingReport(ledger, { asOf });
    expect(aging.total.outstanding).toBe('1200.00');
    expect(aging.warnings).toContainEqual(later(4, '2026-04-10'));
    expect(exposureByDebtor(ledger, { asOf }).warnings).toEqual([later(4, '2026-04-10')]);
    expect(daysSalesOutstanding(ledger, { asOf, periodDays: 90 }).warnings).toContainEqual(
      later(4, '2026-04-10'),
    );
  });

  it('issue 12 item 8: averageDaysLate and payerProfile count the debtor they look at', () => {
    expect(averageDaysLate(ledger, { asOf, debtorId: 'B' })).toMatchObject({
      paymentCount: 0,
      warnings: [later(1, '2026-06-01')],
    });
    expect(payerProfile(ledger, { asOf, debtorId: 'A' }).warnings).toContainEqual(
      later(3, '2026-04-10'),
    );
  });

  it('issue 12 item 8: no warning when nothing is dated after asOf', () => {
    const on = '2026-12-31';
    expect(exposureByDebtor(ledger, { asOf: on }).warnings).toEqual([]);
    expect(averageDaysLate(ledger, { asOf: on }).warnings).toEqual([]);
    expect(agingReport(ledger, { asOf: on }).warnings.map((w) => w.code)).not.toContain(
      'EVENTS_AFTER_AS_OF',
    );
  });
});
