import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { type DunningEventInput, nextDunningStep } from '../dunning/internal.js';
import { claimableOf, lineAmountsOf, penaltyFactsOf } from './amounts.js';
import { invoice, paid, sent } from './collections.fixtures.js';
import { amountsFrom } from './lines.js';

const day = (d: string) => d as PlainDate;

// The amounts of a listed invoice come from the penalties module; they must agree with the
// amounts the per-invoice engine gives the same invoice on the same day.
const cases: Array<
  [string, ReturnType<typeof invoice> | Record<string, unknown>, DunningEventInput[], string]
> = [
  [
    'a credit note',
    invoice('F-1', '2026-02-01', '2026-03-03'),
    [
      sent('friendly-email', '2026-03-04'),
      { type: 'credit_note_issued', date: '2026-03-08', amount: '200.00', reference: 'AV-1' },
    ],
    '2026-03-20',
  ],
  [
    'an upheld dispute credited from the due date',
    invoice('F-1', '2026-02-01', '2026-03-03'),
    [
      { type: 'dispute_opened', date: '2026-03-05', reason: 'Prix' },
      { type: 'dispute_resolved', date: '2026-03-15', outcome: 'upheld', amount: '300.00' },
    ],
    '2026-03-20',
  ],
  [
    'a settled dispute',
    invoice('F-1', '2026-02-01', '2026-03-03'),
    [
      { type: 'dispute_opened', date: '2026-03-05', reason: 'Prix' },
      { type: 'dispute_resolved', date: '2026-03-15', outcome: 'settled', amount: '100.00' },
    ],
    '2026-03-20',
  ],
  [
    'a consumer after a formal notice',
    invoice('F-1', '2026-01-01', '2026-01-31', '5000.00', 'consumer'),
    [{ type: 'formal_notice_sent', date: '2026-02-10', deadlineDays: 8 }],
    '2026-03-20',
  ],
  [
    'a public buyer with a part payment',
    invoice('M-1', '2026-01-01', '2026-01-31', '5000.00', 'public'),
    [paid('2026-02-15', '1000.00')],
    '2026-03-20',
  ],
  [
    "the invoice's own payments and credit notes",
    {
      ...invoice('F-1', '2026-01-01', '2026-01-31'),
      payments: [
        { date: '2026-02-05', amount: '100.00' },
        { date: '2026-04-05', amount: '100.00' },
      ],
      creditNotes: [{ date: '2026-02-10', amount: '50.00' }],
    },
    [],
    '2026-03-20',
  ],
];

describe('lineAmountsOf', () => {
  it.each(cases)('agrees with the per-invoice engine: %s', (_name, inv, events, today) => {
    const d = nextDunningStep(inv as never, events, { today });
    if (d.type !== 'action' && d.type !== 'escalate')
      throw new Error(`no amounts: ${d.type} ${d.explanation}`);
    const facts = penaltyFactsOf(inv, events, d.invoice, day(today));
    expect(lineAmountsOf(facts, day(today), undefined)).toEqual(amountsFrom(d.amounts));
  });

  it('reads the formal notice, judgment and insolvency dates, and leaves later events out', () => {
    const inv = invoice('F-1', '2026-01-01', '2026-01-31', '5000.00', 'consumer');
    const ref = {
      number: 'F-1',
      issueDate: day('2026-01-01'),
      dueDate: day('2026-01-31'),
      invoiced: '5000.00',
      debtorKind: 'consumer',
      debtorName: 'x',
    } as const;
    const facts = penaltyFactsOf(
      inv,
      [
        { type: 'formal_notice_sent', date: '2026-02-10', deadlineDays: 8 },
        { type: 'legal_action_filed', date: '2026-03-01', route: 'ordinary_action' },
        { type: 'judgment_served', date: '2026-06-01' },
        {
          type: 'insolvency_opened',
          date: '2026-07-01',
          proceeding: 'sauvegarde',
          publishedOn: '2026-07-05',
        },
        {
          type: 'insolvency_opened',
          date: '2026-08-01',
          proceeding: 'liquidation',
          publishedOn: '2026-08-05',
        },
        paid('2027-01-01', '5000.00'),
      ],
      ref as never,
      day('2026-12-31'),
    );
    expect(facts).toMatchObject({
      formalNoticeDate: '2026-02-10',
      judgmentServedOn: '2026-06-01',
      insolvencyOpenedOn: '2026-07-01',
      closedOtherwise: true,
      moves: [],
    });
  });
});

describe('claimableOf', () => {
  const ref = {
    number: 'F-1',
    issueDate: day('2026-02-01'),
    dueDate: day('2026-03-03'),
    invoiced: '1200.00',
    debtorKind: 'professional',
    debtorName: 'x',
  } as const;
  const claim = (
    events: DunningEventInput[],
    inv: object = invoice('F-1', '2026-02-01', '2026-03-03'),
  ) =>
    claimableOf(
      penaltyFactsOf(inv, events, ref as never, day('2026-04-30')),
      day('2026-04-30'),
      undefined,
      day('2026-02-01'),
    );

  it('claims penalties and 40 € on an invoice paid late, never when paid on time or not in full', () => {
    expect(claim([paid('2026-03-20', '1200.00')])).toMatchObject({
      paidOn: '2026-03-20',
      total: '46.79',
      complete: true,
    });
    expect(claim([paid('2026-03-03', '1200.00')])).toBeNull();
    expect(claim([paid('2026-03-20', '1000.00')])).toBeNull();
    // Paid late by a credit note only: nothing was paid late.
    expect(
      claim([{ type: 'credit_note_issued', date: '2026-03-20', amount: '1200.00' }]),
    ).toBeNull();
    // Part on time, the rest late.
    expect(claim([paid('2026-03-01', '600.00'), paid('2026-03-20', '600.00')])).toMatchObject({
      penalties: '3.40',
    });
  });

  it('never claims after a court route, a write-off or insolvency', () => {
    expect(
      claim([
        { type: 'written_off', date: '2026-03-10', reason: 'perte' },
        paid('2026-03-20', '1200.00'),
      ]),
    ).toBeNull();
    expect(
      claim([paid('2026-03-20', '1200.00')], { ...invoice('F-1', '2026-02-01', '2026-03-03') }),
    ).not.toBeNull();
  });
});
