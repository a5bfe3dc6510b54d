import { describe, expect, it } from 'vitest';
import { agingReport } from './index.js';

const asOf = '2026-03-31';

function caught(run: () => unknown): {
  code: string;
  message: string;
  details?: { what?: string };
  issues?: { path: unknown; message: string }[];
} {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('did not throw');
}

// Debtor B first in input order, to check the debtors come out sorted by id.
const ledger = [
  { id: 'F1', debtorId: 'B', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '100.00' },
  {
    id: 'F2',
    debtorId: 'B',
    issueDate: '2026-02-01',
    dueDate: '2026-03-01',
    amount: '50.25',
    payments: [{ date: '2026-03-15', amount: '10.25' }],
  },
  {
    id: 'F3',
    debtorId: 'B',
    issueDate: '2025-11-30',
    dueDate: '2025-12-30',
    amount: '20.00',
    disputed: true,
  },
  { id: 'G1', debtorId: 'A', issueDate: '2026-01-29', dueDate: '2026-02-28', amount: '30.00' },
  {
    id: 'G2',
    debtorId: 'A',
    issueDate: '2026-01-01',
    dueDate: '2026-01-29',
    amount: '70.00',
    payments: [{ date: '2026-03-01', amount: '100.00' }],
  },
  {
    id: 'G3',
    debtorId: 'A',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    amount: '10.00',
    payments: [{ date: '2026-02-01', amount: '10.00' }],
  },
  {
    id: 'G5',
    debtorId: 'A',
    issueDate: '2026-03-01',
    dueDate: '2026-03-30',
    amount: '5.00',
    payments: [{ date: '2026-04-05', amount: '5.00' }],
    creditNotes: [{ date: '2026-03-31', amount: '1.00' }],
  },
  { id: 'H1', debtorId: 'C', issueDate: '2026-04-01', dueDate: '2026-05-01', amount: '9.00' },
];

const zeroDebtor = { credit: '0.00', creditCount: 0, disputed: '0.00', disputedCount: 0 };

describe('agingReport (edge cases)', () => {
  it('describes the default buckets: not due, 1–30, 31–60, 61–90, 91+ (C. com. D441-6)', () => {
    const bucket = (
      id: string,
      fromDays: number | null,
      toDays: number | null,
      fr: string,
      en: string,
    ) => ({
      id,
      fromDays,
      toDays,
      label: { fr, en },
      labelMessage: { code: 'LABEL_AGING_BUCKET', params: { fromDays, toDays }, message: fr },
    });
    expect(agingReport([], { asOf }).buckets).toEqual([
      bucket('not_due', null, 0, 'Non échu', 'Not yet due'),
      bucket('1-30', 1, 30, '1 à 30 jours', '1–30 days'),
      bucket('31-60', 31, 60, '31 à 60 jours', '31–60 days'),
      bucket('61-90', 61, 90, '61 à 90 jours', '61–90 days'),
      bucket('91+', 91, null, '91 jours et plus', '91 days and more'),
    ]);
    const en = agingReport([], { asOf, locale: 'en' }).buckets;
    expect(en.map((b) => b.labelMessage.message)).toEqual(en.map((b) => b.label.en));
  });

  it('labels a one-day bucket and an open bucket from 1 day with the French singular', () => {
    const r = agingReport([], { asOf, buckets: [1] });
    expect(r.buckets.map((b) => b.labelMessage.message)).toEqual([
      'Non échu',
      '1 jour',
      '2 jours et plus',
    ]);
    expect(r.buckets.map((b) => b.label.en)).toEqual(['Not yet due', '1 day', '2 days and more']);
  });

  it('builds custom buckets from the given upper bounds', () => {
    const r = agingReport([], { asOf, buckets: [10, 45] });
    expect(r.buckets.map((b) => [b.id, b.fromDays, b.toDays])).toEqual([
      ['not_due', null, 0],
      ['1-10', 1, 10],
      ['11-45', 11, 45],
      ['46+', 46, null],
    ]);
    expect(r.total.buckets.map((b) => b.id)).toEqual(['not_due', '1-10', '11-45', '46+']);
  });

  it('places each day boundary of the default buckets exactly', () => {
    const dues = [
      ['2026-03-31', 'not_due'], // 0 days
      ['2026-04-10', 'not_due'], // −10 days
      ['2026-03-30', '1-30'], // 1
      ['2026-03-01', '1-30'], // 30
      ['2026-02-28', '31-60'], // 31
      ['2026-01-30', '31-60'], // 60
      ['2026-01-29', '61-90'], // 61
      ['2025-12-31', '61-90'], // 90
      ['2025-12-30', '91+'], // 91
    ] as const;
    for (const [dueDate, bucket] of dues) {
      const r = agingReport(
        [{ id: 'X', debtorId: 'D', issueDate: '2025-01-01', dueDate, amount: '1.00' }],
        { asOf },
      );
      const hit = r.total.buckets.filter((b) => b.count === 1).map((b) => b.id);
      expect([dueDate, hit]).toEqual([dueDate, [bucket]]);
    }
  });

  it('reports per-debtor and total figures, credits, settled and not-yet-issued items', () => {
    const r = agingReport(ledger, { asOf });
    expect(r.asOf).toBe(asOf);
    expect(r.invoiceCount).toBe(8);
    expect(r.settledCount).toBe(1);
    expect(r.notYetIssuedCount).toBe(1);
    expect(r.debtors.map((d) => d.debtorId)).toEqual(['A', 'B']);
    expect(r.debtors[0]).toEqual({
      debtorId: 'A',
      outstanding: '34.00',
      overdue: '34.00',
      count: 2,
      buckets: [
        { id: 'not_due', outstanding: '0.00', count: 0 },
        { id: '1-30', outstanding: '4.00', count: 1 },
        { id: '31-60', outstanding: '30.00', count: 1 },
        { id: '61-90', outstanding: '0.00', count: 0 },
        { id: '91+', outstanding: '0.00', count: 0 },
      ],
      credit: '30.00',
      creditCount: 1,
      disputed: '0.00',
      disputedCount: 0,
    });
    expect(r.debtors[1]).toEqual({
      debtorId: 'B',
      outstanding: '160.00',
      overdue: '60.00',
      count: 3,
      buckets: [
        { id: 'not_due', outstanding: '100.00', count: 1 },
        { id: '1-30', outstanding: '40.00', count: 1 },
        { id: '31-60', outstanding: '0.00', count: 0 },
        { id: '61-90', outstanding: '0.00', count: 0 },
        { id: '91+', outstanding: '20.00', count: 1 },
      ],
      credit: '0.00',
      creditCount: 0,
      disputed: '20.00',
      disputedCount: 1,
    });
    expect(r.total).toEqual({
      outstanding: '194.00',
      overdue: '94.00',
      count: 5,
      buckets: [
        { id: 'not_due', outstanding: '100.00', count: 1 },
        { id: '1-30', outstanding: '44.00', count: 2 },
        { id: '31-60', outstanding: '30.00', count: 1 },
        { id: '61-90', outstanding: '0.00', count: 0 },
        { id: '91+', outstanding: '20.00', count: 1 },
      ],
      credit: '30.00',
      creditCount: 1,
      disputed: '20.00',
      disputedCount: 1,
    });
    expect(r.rule).toBe(
      "jours de retard = date d'arrêté − échéance, en jours calendaires ; 0 ou moins : non échu ; encours = montant − règlements − avoirs datés au plus tard de la date d'arrêté, jamais négatif",
    );
    expect(r.ruleMessage).toEqual({ code: 'RULE_AGING', params: {}, message: r.rule });
    expect(r.article).toBe('C. com. L441-14, D441-6');
    expect(r.warnings).toEqual([
      {
        code: 'NOT_YET_ISSUED',
        params: { count: 1, asOf: '2026-03-31' },
        message: '1 facture datée après le 31 mars 2026 est laissée de côté.',
        severity: 'info',
        article: 'C. com. L441-14, D441-6',
      },
      {
        code: 'EVENTS_AFTER_AS_OF',
        params: { count: 1, firstDate: '2026-04-05', asOf: '2026-03-31' },
        message:
          "1 paiement, avoir ou promesse de paiement daté après le 31 mars 2026 (le premier le 5 avril 2026) n'a pas été pris en compte : le résultat est calculé au 31 mars 2026.",
        severity: 'warning',
        article: 'n/a',
        details: { count: 1, firstDate: '2026-04-05' },
      },
      {
        code: 'DISPUTED_INCLUDED',
        params: { count: 1, amount: '20.00' },
        message: '1 facture contestée, pour 20,00\u00a0€ au total, est comprise dans les tranches.',
        severity: 'info',
        article: 'C. com. D441-6 IV',
      },
      {
        code: 'CREDIT_BALANCES',
        params: { count: 1, amount: '30.00' },
        message:
          "1 facture a été payée en trop, pour 30,00\u00a0€ au total ; ce trop-perçu est à rembourser et n'est pas compensé avec d'autres dettes.",
        severity: 'warning',
        article: 'C. com. L441-14, D441-6',
      },
    ]);
  });

  it('keeps disputed invoices in the buckets when excludeDisputed is false', () => {
    expect(agingReport(ledger, { asOf, excludeDisputed: false })).toEqual(
      agingReport(ledger, { asOf }),
    );
  });

  it('leaves disputed invoices out of the buckets but states them when excludeDisputed', () => {
    const r = agingReport(ledger, { asOf, excludeDisputed: true });
    expect(r.debtors[1]).toMatchObject({
      debtorId: 'B',
      outstanding: '140.00',
      overdue: '40.00',
      count: 2,
      disputed: '20.00',
      disputedCount: 1,
    });
    expect(r.debtors[1]?.buckets[4]).toEqual({ id: '91+', outstanding: '0.00', count: 0 });
    expect(r.total).toMatchObject({ outstanding: '174.00', count: 4, disputed: '20.00' });
    expect(r.warnings[2]).toEqual({
      code: 'DISPUTED_EXCLUDED',
      params: { count: 1, amount: '20.00' },
      message:
        '1 facture contestée, pour 20,00\u00a0€ au total, est exclue des tranches ; à indiquer à côté du tableau (C. com. D441-6 IV).',
      severity: 'info',
      article: 'C. com. D441-6 IV',
    });
  });

  it('gives no warning when nothing is disputed, overpaid or issued after asOf', () => {
    const r = agingReport(
      [{ id: 'F', debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-02-01', amount: '0.00' }],
      { asOf },
    );
    expect(r.warnings).toEqual([]);
    expect(r.settledCount).toBe(1);
    expect(r.debtors).toEqual([
      expect.objectContaining({ debtorId: 'A', outstanding: '0.00', count: 0, ...zeroDebtor }),
    ]);
  });

  it('names the debtor, or the ledger total, whose sum leaves exact cents', () => {
    const huge = { debtorId: 'A', issueDate: '2026-01-01', amount: '90071992547409.91' };
    const sameBucket = caught(() =>
      agingReport(
        [
          { ...huge, id: 'F', dueDate: '2026-03-01' },
          { ...huge, id: 'G', dueDate: '2026-03-01' },
        ],
        { asOf },
      ),
    );
    expect(sameBucket).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { what: 'outstanding of debtor A' },
    });
    const twoBuckets = caught(() =>
      agingReport(
        [
          { ...huge, id: 'F', dueDate: '2026-03-01' },
          { ...huge, id: 'G', dueDate: '2026-04-30' },
        ],
        { asOf },
      ),
    );
    expect(twoBuckets.details?.what).toBe('outstanding of debtor A');
    const twoDebtors = caught(() =>
      agingReport(
        [
          { ...huge, id: 'F', dueDate: '2026-03-01' },
          { ...huge, id: 'G', debtorId: 'B', dueDate: '2026-03-01' },
        ],
        { asOf },
      ),
    );
    expect(twoDebtors.details?.what).toBe('ledger total');
    const credits = caught(() =>
      agingReport(
        [
          {
            ...huge,
            id: 'F',
            dueDate: '2026-03-01',
            amount: '0.00',
            payments: [{ date: '2026-03-01', amount: huge.amount }],
          },
          {
            ...huge,
            id: 'G',
            dueDate: '2026-03-01',
            amount: '0.00',
            payments: [{ date: '2026-03-01', amount: huge.amount }],
          },
        ],
        { asOf },
      ),
    );
    expect(credits.details?.what).toBe('outstanding of debtor A');
    const disputed = caught(() =>
      agingReport(
        [
          { ...huge, id: 'F', dueDate: '2026-03-01', disputed: true },
          { ...huge, id: 'G', dueDate: '2026-04-30', disputed: true },
        ],
        { asOf, excludeDisputed: true },
      ),
    );
    expect(disputed.details?.what).toBe('outstanding of debtor A');
  });

  it('accepts up to 24 bucket bounds of at most 36 500 days', () => {
    const bounds = Array.from({ length: 24 }, (_, i) => 36_500 - 23 + i);
    expect(agingReport([], { asOf, buckets: bounds }).buckets).toHaveLength(26);
    expect(agingReport([], { asOf, buckets: [1] }).buckets.map((b) => b.id)).toEqual([
      'not_due',
      '1-1',
      '2+',
    ]);
  });

  it.each([
    [[36_501], ['options', 'buckets', 0]],
    [Array.from({ length: 25 }, (_, i) => i + 1), ['options', 'buckets']],
    [
      [10, 20, 15],
      ['options', 'buckets', 2],
    ],
  ])('refuses bucket bounds %j with INVALID_INPUT', (buckets, path) => {
    const e = caught(() => agingReport([], { asOf, buckets }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues?.[0]?.path).toEqual(path);
  });

  it('labels option errors as options', () => {
    const e = caught(() => agingReport([], { asOf: '2026-02-30' }));
    expect(e.message.startsWith('Invalid options.')).toBe(true);
  });

  it('says which bucket bounds are not strictly ascending', () => {
    const e = caught(() => agingReport([], { asOf, buckets: [60, 30] }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues?.[0]?.message).toBe(
      'bucket bounds must be strictly ascending, received 30 after 60',
    );
  });
});
