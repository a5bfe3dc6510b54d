import { describe, expect, it } from 'vitest';
import { agingReport, bucketIndex } from './aging-report.js';

const asOf = '2026-03-31';
const item = { id: 'F', debtorId: 'A', issueDate: '2026-01-01', dueDate: '2026-03-01', amount: 1 };

function firstPath(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    return (error as { issues: { path: unknown }[] }).issues[0]?.path;
  }
  throw new Error('did not throw');
}

describe('agingReport', () => {
  it('places day 0 in not due, day 30 in 1–30 and day 31 in 31–60 (C. com. D441-6)', () => {
    expect(
      [0, -5, 1, 30, 31, 60, 61, 90, 91, 5000].map((d) => bucketIndex([30, 60, 90], d)),
    ).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('returns an empty report for an empty ledger', () => {
    const r = agingReport([], { asOf });
    expect(r).toMatchObject({ invoiceCount: 0, debtors: [], warnings: [] });
    expect(r.total).toMatchObject({ outstanding: '0.00', overdue: '0.00', count: 0 });
  });

  it('refuses a total beyond exact cents with OUT_OF_RANGE', () => {
    const huge = { ...item, amount: '90071992547409.91' };
    expect(() => agingReport([huge, { ...huge, id: 'G' }], { asOf })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });

  it.each([
    [{ asOf: '2026-02-30' }, ['options', 'asOf']],
    [{ asOf, buckets: [30, 30] }, ['options', 'buckets', 1]],
    [{ asOf, buckets: [] }, ['options', 'buckets']],
    [{ asOf, buckets: [0] }, ['options', 'buckets', 0]],
    [{ asOf, buckets: [1.5] }, ['options', 'buckets', 0]],
    [{ asOf, other: 1 }, ['options']],
  ])('throws INVALID_INPUT for bad options %#', (options, path) => {
    expect(firstPath(() => agingReport([item], options as never))).toEqual(path);
  });
});
