// Invariants of the e-invoicing module over random statuses and dates (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWorkingDay } from '../dates/internal.js';
import { einvoicingObligations } from './obligations.js';
import { einvoiceStatuses } from './status-codes.js';
import { einvoiceStatusEffect } from './status-effect.js';

const day = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2025-01-01', n));
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2));
const status = fc.record(
  {
    type: fc.constant('einvoice_status' as const),
    date: day,
    code: fc.constantFrom(...einvoiceStatuses.map((s) => s.code)),
    reasonCodes: fc.array(fc.constantFrom('DOUBLON', 'MONTANTTOTAL_ERR', 'JUSTIF_ABS'), {
      maxLength: 3,
    }),
    requestedAction: fc.constantFrom('NOA', 'PIN', 'NIN', 'CNF', 'CNP', 'CNA', 'OTH' as const),
    amounts: fc.record(
      { approved: amount, disputed: amount, paid: amount, remaining: amount },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['type', 'date', 'code'] },
);

describe('e-invoicing properties (issue 16)', () => {
  it('every valid status has one effect, JSON-safe, naming its code and date', () => {
    fc.assert(
      fc.property(status, fc.integer({ min: 0, max: 30 }), (s, days) => {
        const e = einvoiceStatusEffect(s, { paymentInTransitWorkingDays: days });
        expect([e.code, e.date]).toEqual([s.code, s.date]);
        expect(JSON.parse(JSON.stringify(e))).toEqual(e);
        expect(e.explanation.length).toBeLessThanOrEqual(500);
        // Tracking statuses never change dunning, whatever they carry.
        if ([200, 201, 202, 204].includes(s.code)) expect(e.kind).toBe('no_effect');
        if (e.kind === 'stop') expect(e.validInvoice).toBe(![210, 213, 220, 221].includes(s.code));
        if (e.kind === 'payment_in_transit') {
          // The hold covers exactly `days` working days after the status date.
          let working = 0;
          for (let d = addDays(s.date, 1); d < e.resumeOn; d = addDays(d, 1))
            if (isWorkingDay(d)) working++;
          expect(working).toBe(days);
          expect(daysBetween(s.date, e.resumeOn)).toBeGreaterThanOrEqual(days);
        }
      }),
    );
  });

  it('obligations never end, and issuing implies receiving', () => {
    const size = fc.constantFrom(
      'large' as const,
      'eti' as const,
      'sme' as const,
      'micro' as const,
    );
    fc.assert(
      fc.property(size, day, fc.integer({ min: 0, max: 2000 }), (issuerSize, date, gap) => {
        const now = einvoicingObligations({ issuerSize, date });
        const after = einvoicingObligations({ issuerSize, date: addDays(date, gap) });
        if (now.mustReceive) expect(after.mustReceive).toBe(true);
        if (now.mustIssue) expect(after.mustIssue).toBe(true);
        if (now.mustIssue) expect(now.mustReceive).toBe(true);
      }),
    );
  });
});
