import { describe, expect, it } from 'vitest';
import { collectionsCatalogues } from './catalogue.js';
import type { CollectionsCode, CollectionsMessages } from './text.js';
import { collectionsSamples } from './text.samples.js';

const codes = Object.keys(collectionsSamples) as CollectionsCode[];
const render = <C extends CollectionsCode>(
  locale: 'fr' | 'en',
  code: C,
  p: CollectionsMessages[C],
) => collectionsCatalogues[locale][code](p);

// Words that would betray an English sentence in French output.
const ENGLISH = /\b(the|invoice|invoices|days?|late|payment|paid|due on|claim|and|of|with)\b/i;

describe('collections catalogue', () => {
  it('has the same codes in both locales and a sample for each', () => {
    expect(Object.keys(collectionsCatalogues.fr).sort()).toEqual([...codes].sort());
    expect(Object.keys(collectionsCatalogues.en).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('renders %s in French and English', (code) => {
    for (const locale of ['fr', 'en'] as const) {
      const text = render(locale, code, collectionsSamples[code]);
      expect(text.length).toBeGreaterThan(1);
      expect(text).not.toMatch(/undefined|NaN|\[object|Invalid Date|\d+e[+-]?\d/);
    }
    expect(render('fr', code, collectionsSamples[code])).not.toMatch(ENGLISH);
  });

  it('writes French plurals, lists, dates and amounts', () => {
    const fr = collectionsCatalogues.fr;
    expect(fr.DAYS({ days: 1 })).toBe('1 jour');
    expect(fr.DAYS({ days: 17 })).toBe('17 jours');
    expect(fr.ESCALATE({ numbers: ['F-1', 'F-2', 'F-3'] })).toContain(
      'les factures F-1, F-2 et F-3',
    );
    expect(fr.ESCALATE({ numbers: ['F-1'] })).toContain('pour la facture F-1 :');
    expect(
      fr.LINE({ number: 'F-1', issueDate: '2026-02-01', dueDate: '2026-03-03', daysLate: 1 }),
    ).toBe('Facture n° F-1 du 1er février 2026, échue le 3 mars 2026 (1 jour de retard)');
    expect(fr.TOTAL({ part: 'total', amount: '1234.50', debtorKind: 'professional' })).toBe(
      'Total dû : 1\u202f234,50\u00a0€',
    );
    expect(collectionsCatalogues.en.DAYS({ days: 0 })).toBe('0 days');
  });

  it('keeps a subject short for many invoices', () => {
    const numbers = ['F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6'];
    expect(collectionsCatalogues.fr.SUBJECT({ kind: 'reminder', numbers, debtorName: 'X' })).toBe(
      'Factures en attente de règlement (F-1, F-2, F-3 et 3 autres)',
    );
    expect(
      collectionsCatalogues.en.SUBJECT({ kind: 'formal_notice', numbers, debtorName: 'X' }),
    ).toBe('Formal notice to pay — invoices F-1, F-2, F-3 and 3 more');
  });

  it('renders every variant of the sentences that depend on a kind, a count or a date (property)', () => {
    const kinds = [
      'pre_due_notice',
      'reminder',
      'phone_call',
      'written_reminder',
      'registered_letter',
      'formal_notice',
      'late_payment_claim',
    ] as const;
    const debtors = ['professional', 'consumer', 'public', 'non_professional'] as const;
    const parts = ['settled', 'principal', 'penalties', 'indemnity', 'total', 'claimed'] as const;
    const columns = [
      'invoice',
      'issueDate',
      'dueDate',
      'daysLate',
      'paidOn',
      'principal',
      'penalties',
      'indemnity',
      'total',
    ] as const;
    const texts: Array<[string, string]> = [];
    for (const locale of ['fr', 'en'] as const) {
      const c = collectionsCatalogues[locale];
      const add = (t: string) => texts.push([locale, t]);
      for (const count of [1, 3]) {
        const numbers = ['F-1', 'F-2', 'F-3'].slice(0, count);
        for (const kind of kinds) {
          add(c.SUBJECT({ kind, numbers, debtorName: 'Client SA' }));
          add(c.REQUEST({ tone: kind, count }));
          add(c.ACTION_DUE({ kind, count: count - 1, claims: count, total: '10.00' }));
          for (const previous of [[], ['2026-03-04']])
            add(c.INTRO({ tone: kind, count, previous }));
        }
        add(c.WAIT_ON_HOLD({ count }));
        add(c.EVENTS_AFTER_AS_OF({ count, first: '2026-04-02', asOf: '2026-04-01' }));
        add(c.OTHER_SUMS_INTRO({ count }));
        add(c.UPCOMING_INTRO({ count }));
        add(c.HELD_INTRO({ count }));
        add(
          c.FORMAL_DEMAND({ total: '10.00', count, deadlineDays: count, deadline: '2026-04-17' }),
        );
        for (const debtorKind of debtors)
          for (const standalone of [true, false])
            add(c.CLAIM_INTRO({ count, debtorKind, standalone }));
      }
      for (const debtorKind of debtors) {
        for (const part of parts) {
          add(c.AMOUNT({ part, amount: '40.00', debtorKind }));
          add(c.TOTAL({ part, amount: '40.00', debtorKind }));
        }
        for (const column of columns) add(c.COLUMN({ column, debtorKind }));
        add(c.FORMAL_LEGAL_BASIS({ debtorKind, indemnity: '40.00', publicMargin: 8 }));
        add(c.FORMAL_NEXT_STEP({ debtorKind }));
        for (const kind of kinds) add(c.LETTER_OBJECT({ kind, debtorKind }));
        add(
          c.LATE_PAYMENT_CLAIMABLE({
            number: 'F-1',
            paidOn: '2026-03-20',
            daysLate: 1,
            penalties: '1.00',
            indemnity: debtorKind === 'professional' ? '40.00' : '0.00',
            total: '41.00',
            debtorKind,
          }),
        );
        for (const [penalties, indemnity] of [
          [true, true],
          [true, false],
          [false, true],
        ] as const)
          add(
            c.CLAIM_LINE({
              number: 'F-1',
              issueDate: '2026-02-01',
              dueDate: '2026-03-03',
              paidOn: '2026-03-20',
              daysLate: 17,
              debtorKind,
              penalties,
              indemnity,
            }),
          );
      }
      for (const reason of [
        'dispute',
        'promise',
        'payment_plan',
        'pause',
        'mediation',
        'payment_in_transit',
      ] as const)
        for (const through of [null, '2026-03-31'])
          add(c.HELD_LINE({ number: 'F-5', reason, through }));
      for (const kind of ['invoice', 'payment', 'credit_note', 'dispute_credit'] as const)
        for (const reference of [null, 'VIR-1'])
          add(c.STATEMENT_ENTRY({ kind, number: 'F-1', reference }));
      for (const balance of ['0.00', '-12.00', '12.00'])
        add(c.STATEMENT_BALANCE({ balance, asOf: '2026-04-01' }));
      for (const formal of [true, false]) {
        add(c.GREETING({ formal }));
        add(c.SIGN_OFF({ formal }));
      }
      add(c.LETTER_SENDER({ name: 'A', siren: null }));
      add(c.CALL_SCRIPT({ debtorName: 'A', count: 1, total: '1.00', phone: null }));
      add(c.LINE({ number: 'F-1', issueDate: '2026-02-01', dueDate: '2026-03-03', daysLate: 0 }));
    }
    for (const [locale, t] of texts) {
      expect(t).not.toMatch(/undefined|NaN|\[object|null/);
      if (locale === 'fr') expect(t).not.toMatch(ENGLISH);
    }
    expect(texts.length).toBeGreaterThan(300);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(collectionsCatalogues)).toBe(true);
    expect(Object.isFrozen(collectionsCatalogues.fr)).toBe(true);
    expect(Object.isFrozen(collectionsCatalogues.en)).toBe(true);
  });
});
