import { describe, expect, it } from 'vitest';
import { amountIssues, dateOrderIssues } from './invoice.schema.js';

describe('issue 13 item 4: invoice cross-field steps on their own', () => {
  it('dateOrderIssues: a due date before the issue date, a credit note before the invoice', () => {
    const issues = dateOrderIssues({
      issueDate: '2026-04-02',
      dueDate: '2026-04-01',
      creditNotes: [{ date: '2026-03-01' }],
    });
    expect(issues.map((i) => i.path)).toEqual([['dueDate'], ['creditNotes', 0, 'date']]);
    expect(dateOrderIssues({ dueDate: '2026-04-01' })).toEqual([]);
  });

  it('amountIssues: both lines and totals, or neither, is one issue', () => {
    expect(amountIssues({ lines: [], totals: {} }, false).map((i) => i.path)).toEqual([['totals']]);
    expect(amountIssues({}, false).map((i) => i.path)).toEqual([['lines']]);
  });

  it('amountIssues: totals that do not add up', () => {
    const issues = amountIssues({ totals: { exclVat: '100', vat: '20', inclVat: '121' } }, true);
    expect(issues.map((i) => i.path)).toEqual([['totals', 'inclVat']]);
  });
});
