import { describe, expect, it } from 'vitest';
import { recoveryIndemnity } from './index.js';

const B2B = 'C. com. L441-10 II, D441-5';
const PUBLIC = 'CCP L2192-13, D2192-35';

describe('recoveryIndemnity edge cases', () => {
  it('states the 40 € owed for an invoice paid one day late, citing CJEU C-279/23 (D441-5)', () => {
    expect(
      recoveryIndemnity(
        { debtor: 'professional', dueDate: '2025-06-15', paidOn: '2025-06-16' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '40.00',
      owed: true,
      reason: 'paid-late',
      message:
        'Paid on 2025-06-16, after the due date 2025-06-15: 40 € per invoice paid late, even one day late (CJEU C-279/23).',
      article: B2B,
    });
  });

  it('states the 40 € owed by a public buyer still unpaid after the due date (CCP D2192-35)', () => {
    expect(
      recoveryIndemnity(
        { debtor: 'public', dueDate: '2025-06-15', asOf: '2025-06-16' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '40.00',
      owed: true,
      reason: 'unpaid-after-due-date',
      message: 'Unpaid on 2025-06-16, after the due date 2025-06-15: 40 € per invoice paid late.',
      article: PUBLIC,
    });
  });

  it('accepts paidOn equal to asOf and judges lateness on the payment date (L441-10 II)', () => {
    expect(
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2025-06-15',
          paidOn: '2025-06-20',
          asOf: '2025-06-20',
        },
        { locale: 'en' },
      ),
    ).toMatchObject({ amount: '40.00', owed: true, reason: 'paid-late' });
    // Paid on time, asked about later: the payment date decides, not asOf.
    expect(
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2025-06-15',
          paidOn: '2025-06-15',
          asOf: '2025-09-01',
        },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'not-late',
      message: 'Paid on 2025-06-15, on or before the due date 2025-06-15: no indemnity.',
      article: B2B,
    });
  });

  it('owes nothing before the due date has passed, with the public article for a public buyer (D2192-35)', () => {
    expect(
      recoveryIndemnity(
        { debtor: 'public', dueDate: '2025-06-15', asOf: '2025-06-10' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'not-late',
      message: 'The due date 2025-06-15 has not passed on 2025-06-10: no indemnity yet.',
      article: PUBLIC,
    });
  });

  it('names the consumer or non-professional debtor not covered by L441-10 II', () => {
    expect(
      recoveryIndemnity(
        { debtor: 'consumer', dueDate: '2025-06-15', paidOn: '2025-09-01' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'debtor-not-covered',
      message:
        'The fixed recovery indemnity is owed by businesses and public buyers only, not by a consumer debtor.',
      article: 'C. com. L441-10 II',
    });
    expect(
      recoveryIndemnity(
        {
          debtor: 'non_professional',
          dueDate: '2025-06-15',
          paidOn: '2025-09-01',
        },
        { locale: 'en' },
      ).message,
    ).toBe(
      'The fixed recovery indemnity is owed by businesses and public buyers only, not by a non-professional debtor.',
    );
  });

  it('applies to public buyers for debts due from 2013-05-01 only (CCP, decree 2013-269)', () => {
    expect(
      recoveryIndemnity(
        { debtor: 'public', dueDate: '2013-05-01', paidOn: '2013-06-01' },
        { locale: 'en' },
      ),
    ).toMatchObject({ amount: '40.00', owed: true, reason: 'paid-late', article: PUBLIC });
    expect(
      recoveryIndemnity(
        { debtor: 'public', dueDate: '2013-01-15', paidOn: '2013-06-01' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'not-in-force',
      message:
        'The indemnity applies to debts falling due from 2013-05-01; this one fell due on 2013-01-15.',
      article: PUBLIC,
    });
    expect(
      recoveryIndemnity(
        { debtor: 'professional', dueDate: '2012-12-31', asOf: '2013-02-01' },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'not-in-force',
      message:
        'The indemnity applies to debts falling due from 2013-01-01; this one fell due on 2012-12-31.',
      article: B2B,
    });
  });

  it('is not claimable when insolvency opened before the due date, also for a late payment (L622-7)', () => {
    expect(
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2025-06-15',
          paidOn: '2025-07-01',
          insolvencyOpenedOn: '2025-06-01',
        },
        { locale: 'en' },
      ),
    ).toMatchObject({
      amount: '0.00',
      owed: false,
      reason: 'insolvency',
      message:
        'Insolvency proceedings opened on 2025-06-01, on or before the due date 2025-06-15, forbid payment on that date: the indemnity cannot be claimed.',
      article: 'C. com. L441-10 II, L622-7',
    });
  });

  it('checks lateness and entry into force before insolvency', () => {
    expect(
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2025-06-15',
          paidOn: '2025-06-10',
          insolvencyOpenedOn: '2025-06-01',
        },
        { locale: 'en' },
      ).reason,
    ).toBe('not-late');
    expect(
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2012-12-15',
          asOf: '2013-03-01',
          insolvencyOpenedOn: '2012-12-01',
        },
        { locale: 'en' },
      ).reason,
    ).toBe('not-in-force');
  });

  it('explains the input errors: asOf required, paidOn after asOf', () => {
    expect(() =>
      recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15' }, { locale: 'en' }),
    ).toThrow(
      expect.objectContaining({
        message:
          'Invalid input. asOf: is required when paidOn is not given (the invoice is still unpaid on that day)',
        issues: [
          {
            path: ['asOf'],
            message:
              'is required when paidOn is not given (the invoice is still unpaid on that day)',
          },
        ],
      }),
    );
    expect(() =>
      recoveryIndemnity(
        {
          debtor: 'professional',
          dueDate: '2025-06-15',
          paidOn: '2025-07-01',
          asOf: '2025-06-20',
        },
        { locale: 'en' },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          {
            path: ['paidOn'],
            message: 'must not be after asOf (2025-06-20), received "2025-07-01"',
          },
        ],
      }),
    );
  });
});

describe('indemnityFor without rendering (statements of totals only, issue 17)', () => {
  it('gives the same result as rendered, with an empty message', async () => {
    const { indemnityFor } = await import('./recovery-indemnity.js');
    const cases = [
      ['professional', '2026-03-03', undefined, '2026-03-04', undefined],
      ['professional', '2026-03-03', '2026-03-10', undefined, undefined],
      ['professional', '2026-03-03', '2026-03-01', undefined, undefined],
      ['public', '2026-03-03', undefined, '2026-03-02', undefined],
      ['consumer', '2026-03-03', undefined, '2026-04-04', undefined],
      ['professional', '2012-03-03', undefined, '2013-04-04', undefined],
      ['professional', '2026-03-03', undefined, '2026-04-04', '2026-03-01'],
    ] as const;
    for (const [debtor, due, paidOn, asOf, insolvency] of cases) {
      const args = [debtor, due, paidOn, asOf, insolvency] as unknown as Parameters<
        typeof indemnityFor
      >;
      const [d, dd, p, a, i] = args;
      const rendered = indemnityFor(d, dd, p, a, i);
      const bare = indemnityFor(d, dd, p, a, i, false);
      expect(rendered.message).not.toBe('');
      expect(bare).toEqual({ ...rendered, message: '' });
    }
  });
});
