import { describe, expect, it } from 'vitest';
import { computeDueDate, type DueDateRequestInput } from './index.js';

describe('computeDueDate', () => {
  it('counts net terms in calendar days, not months (C. com. L441-10 I)', () => {
    const r = computeDueDate({ issueDate: '2025-04-06', terms: { type: 'net', days: 60 } });
    expect(r).toEqual({
      dueDate: '2025-06-05',
      rule: 'net-60',
      explanation: expect.stringContaining('60 calendar days'),
      warnings: [],
    });
    expect(r).not.toHaveProperty('article');
  });

  it('applies end-of-month method A and B with their rule ids (C. com. L441-10 I al. 2)', () => {
    const a = computeDueDate({
      issueDate: '2025-03-10',
      terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
    });
    expect(a).toMatchObject({
      dueDate: '2025-04-30',
      rule: 'eom-45-days-then-eom',
      article: 'C. com. L441-10 I al. 2',
    });
    expect(a.explanation).toContain('method A');
    const b = computeDueDate({
      issueDate: '2025-03-10',
      terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
    });
    expect(b).toMatchObject({ dueDate: '2025-05-15', rule: 'eom-45-eom-then-days' });
    expect(b.explanation).toContain('method B');
  });

  it('treats 0 days end of month as the end of the invoice month', () => {
    expect(
      computeDueDate({
        issueDate: '2025-02-03',
        terms: { type: 'end-of-month', days: 0, method: 'eom-then-days' },
      }).dueDate,
    ).toBe('2025-02-28');
  });

  it('makes on-receipt terms due on the invoice date', () => {
    expect(
      computeDueDate({ issueDate: '2025-02-03', terms: { type: 'on-receipt' } }),
    ).toMatchObject({ dueDate: '2025-02-03', rule: 'on-receipt', warnings: [] });
  });

  it('returns a fixed date, warning when it is before the invoice date (C. com. L441-9)', () => {
    expect(
      computeDueDate({ issueDate: '2025-02-03', terms: { type: 'fixed', date: '2025-03-15' } }),
    ).toMatchObject({ dueDate: '2025-03-15', rule: 'fixed', warnings: [] });
    const early = computeDueDate({
      issueDate: '2025-02-03',
      terms: { type: 'fixed', date: '2025-01-15' },
    });
    expect(early.dueDate).toBe('2025-01-15');
    expect(early.warnings.map((w) => w.code)).toEqual(['FIXED_DATE_BEFORE_ISSUE_DATE']);
  });

  it('uses 30 days after delivery without agreed term (C. com. L441-10 I al. 1)', () => {
    expect(
      computeDueDate({
        issueDate: '2025-02-10',
        deliveryDate: '2025-02-01',
        terms: { type: 'statutory-default' },
      }),
    ).toMatchObject({
      dueDate: '2025-03-03',
      rule: 'statutory-default-after-delivery',
      article: 'C. com. L441-10 I al. 1',
      warnings: [],
    });
  });

  it('falls back to the invoice date with a warning when delivery is unknown (C. com. L441-10 I)', () => {
    const r = computeDueDate({ issueDate: '2025-02-10', terms: { type: 'statutory-default' } });
    expect(r).toMatchObject({ dueDate: '2025-03-12', rule: 'statutory-default-after-issue' });
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'DELIVERY_DATE_ASSUMED',
        article: 'C. com. L441-10 I al. 1',
      }),
    ]);
  });

  describe('bad input', () => {
    const cases: ReadonlyArray<[string, unknown, ReadonlyArray<string | number>]> = [
      [
        'impossible issue date',
        { issueDate: '2025-02-29', terms: { type: 'on-receipt' } },
        ['issueDate'],
      ],
      [
        'negative days',
        { issueDate: '2025-02-01', terms: { type: 'net', days: -5 } },
        ['terms', 'days'],
      ],
      [
        'fractional days',
        { issueDate: '2025-02-01', terms: { type: 'net', days: 1.5 } },
        ['terms', 'days'],
      ],
      [
        'unknown method',
        { issueDate: '2025-02-01', terms: { type: 'end-of-month', days: 45, method: 'x' } },
        ['terms', 'method'],
      ],
      [
        'unknown terms type',
        { issueDate: '2025-02-01', terms: { type: 'net-ish' } },
        ['terms', 'type'],
      ],
      [
        'impossible delivery date',
        { issueDate: '2025-02-01', deliveryDate: '2025-13-01', terms: { type: 'on-receipt' } },
        ['deliveryDate'],
      ],
      ['unknown key', { issueDate: '2025-02-01', terms: { type: 'on-receipt' }, extra: 1 }, []],
    ];
    it.each(cases)('%s → INVALID_INPUT', (_name, input, path) => {
      let caught: unknown;
      try {
        computeDueDate(input as DueDateRequestInput);
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path }] });
    });

    it('rejects a non-object with INVALID_INPUT, not a TypeError', () => {
      expect(() => computeDueDate(null as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    });
  });
});

describe('issue 12 item 5: end-of-month terms never shift the year', () => {
  it('rejects an invoice date before 1900 as OUT_OF_RANGE instead of computing in 19xx', () => {
    expect(() =>
      computeDueDate({
        issueDate: '0050-01-10',
        terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
      }),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['issueDate'] }));
  });

  it('computes end-of-month due dates past 2199 exactly (2200 is not a leap year)', () => {
    expect(
      computeDueDate({
        issueDate: '2199-12-15',
        terms: { type: 'end-of-month', days: 60, method: 'days-then-eom' },
      }).dueDate,
    ).toBe('2200-02-28');
    expect(
      computeDueDate({
        issueDate: '2199-12-15',
        terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
      }).dueDate,
    ).toBe('2200-02-14');
  });
});
