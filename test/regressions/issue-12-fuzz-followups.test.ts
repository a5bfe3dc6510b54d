// Regression tests for the last issue 12 fuzz findings (known failures cleared on 2026-12-06):
// each failed before its fix.
import { describe, expect, it } from 'vitest';
import { computeLatePenalties, limitationDeadline, safeParseInvoice } from '../../src/index.js';
import { linesInvoice } from '../../src/invoice/invoice.fixtures.js';

describe('issue 12 item 14: results carry no -0 and no undefined-valued key', () => {
  it('echoes a -0 contractual rate as 0 in computeLatePenalties().input', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '1000.00',
      dueDate: '2025-06-15',
      asOf: '2025-07-15',
      clause: { type: 'fixed', ratePercent: -0 },
    });
    const clause = s.input.clause as { ratePercent: unknown };
    expect(Object.is(clause.ratePercent, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('leaves an optional event key given as undefined out of the limitation trail', () => {
    const r = limitationDeadline({
      debtor: 'professional',
      dueDate: '2015-03-10',
      events: [{ type: 'debtor_acknowledged', date: '2016-05-01', note: undefined }],
    });
    expect(Object.keys(r.trail[0]!.event)).toEqual(['type', 'date']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('returns the same invoice from safeParseInvoice as from parseInvoice (no undefined keys)', () => {
    const r = safeParseInvoice({ ...linesInvoice, deliveryDate: undefined });
    expect(r.success).toBe(true);
    if (r.success) expect(Object.hasOwn(r.data, 'deliveryDate')).toBe(false);
  });
});
