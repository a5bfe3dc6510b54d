import { describe, expect, it, vi } from 'vitest';
import type { LawValue } from '../law/internal.js';
import { limitationDeadline } from './limitation-deadline.js';

// Issue 13: when `lateInvoiceDays` is not given, an invoice counts as issued late after the
// statutory default payment term (C. com. L441-10 I) in force at completion, read from the law
// data. This file swaps the data for a table where that term becomes 20 days on 2026-06-01.
vi.mock('../law/values.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../law/values.js')>();
  const changed: Record<string, ReadonlyArray<LawValue>> = {
    'b2b-default-term-days': [
      { from: '1993-01-01', value: '30' },
      { from: '2026-06-01', value: '20' },
    ],
  };
  return { LAW_VALUES: { ...real.LAW_VALUES, ...changed } };
});

// Invoiced 25 days after completion, due 60 days after the invoice.
const claim = (completionDate: string, invoiceDate: string, dueDate: string) => ({
  debtor: 'professional' as const,
  completionDate,
  invoiceDate,
  dueDate,
});

describe('lateInvoiceDays defaults to the law data at completion', () => {
  it('before the change: 25 days after completion is within the 30-day term (start: due date)', () => {
    const r = limitationDeadline(claim('2026-05-01', '2026-05-26', '2026-07-25'), {
      asOf: '2026-08-01',
    });
    expect(r.start.date).toBe('2026-07-25');
  });

  it('after the change: 25 days is over the 20-day term (start: completion)', () => {
    const r = limitationDeadline(claim('2026-06-01', '2026-06-26', '2026-08-25'), {
      asOf: '2026-09-01',
    });
    expect(r.start.date).toBe('2026-06-01');
  });

  it('an explicit lateInvoiceDays still wins over the data', () => {
    const r = limitationDeadline(claim('2026-06-01', '2026-06-26', '2026-08-25'), {
      asOf: '2026-09-01',
      lateInvoiceDays: 30,
    });
    expect(r.start.date).toBe('2026-08-25');
  });
});
