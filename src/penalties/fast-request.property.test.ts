import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agrees,
  dateValues,
  moneyValues,
  mostly,
  schemaAccepts,
} from '../internal/fast.fixtures.js';
import { NOT_FAST } from '../internal/fast.js';
import { fastLatePenaltiesOptions, fastLatePenaltiesRequest } from './fast-request.js';
import { computeLatePenalties } from './late-penalties.js';
import { LatePenaltiesOptionsSchema, LatePenaltiesRequestSchema } from './late-penalties.schema.js';

const payment = fc.record(
  { date: dateValues, amount: moneyValues, reference: mostly(['VIR-1'], [1]) },
  { requiredKeys: ['date', 'amount'] },
);

const invoice = mostly(
  [
    {
      number: 'F-1',
      issueDate: '2025-05-01',
      dueDate: '2025-06-15',
      buyer: { kind: 'professional', name: 'Client SA' },
      totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
      payments: [{ date: '2025-07-20', amount: '400.00' }],
    },
  ],
  [{ number: 'F-1' }, 'F-1'],
);

const debtFields = fc.record(
  {
    debtor: mostly(['professional', 'consumer', 'public', 'non_professional'], ['company']),
    amount: moneyValues,
    amountExclVat: mostly([undefined, '8000.00', '20000.00'], ['-1']),
    dueDate: mostly(['2025-06-15', '2024-12-31'], ['2025-02-30']),
    payments: fc.oneof(
      { weight: 4, arbitrary: fc.array(payment, { maxLength: 2 }) },
      fc.constantFrom<unknown>(undefined, 'none'),
    ),
  },
  { requiredKeys: ['debtor', 'amount', 'dueDate'] },
);

const common = fc.record(
  {
    asOf: mostly(['2025-08-15', '2026-01-01'], ['2025-08-32', undefined]),
    formalNoticeDate: mostly(['2025-07-01'], ['07/01/2025']),
    judgment: mostly([{ servedOn: '2025-07-30' }], [{ servedOn: '2025-07-30', court: 'TC' }, {}]),
    insolvencyOpenedOn: mostly(['2025-08-01'], [1]),
    additionalRecoveryCosts: mostly(['0', '120.00', 0], ['-5', '1.001']),
    capitalisation: mostly(
      [{ from: '2025-07-01', source: 'judgment' }],
      [{ from: '2025-07-01', source: 'court' }],
    ),
    clause: mostly([undefined], [{ type: 'statutory' }]),
    penalties: fc.constant(true),
  },
  { requiredKeys: ['asOf'] },
);

// A debt by its fields, by an invoice, by both (refused) or by neither (refused).
const request = fc
  .tuple(fc.nat(9), debtFields, invoice, common)
  .map(([pick, debt, inv, rest]) =>
    pick < 5
      ? { ...debt, ...rest }
      : pick < 8
        ? { invoice: inv, ...rest }
        : pick < 9
          ? { ...debt, invoice: inv, ...rest }
          : rest,
  )
  .map((r) => ('penalties' in r && r.asOf !== '2026-01-01' ? { ...r, penalties: undefined } : r));

describe('fast validators of computeLatePenalties (issue 17)', () => {
  it('accept only what LatePenaltiesRequestSchema accepts, with the same output (property)', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(request, (r) => {
        if (agrees(fastLatePenaltiesRequest, LatePenaltiesRequestSchema, r)) fast++;
        if (schemaAccepts(LatePenaltiesRequestSchema, r)) valid++;
      }),
      { numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(valid / 2);
  });

  it('options: the fast check accepts only what the schema accepts (property)', () => {
    const options = fc.record(
      {
        rateMode: mostly(['per-half-year', 'fixed-at-start'], ['fixed']),
        dayCount: mostly(['ACT/365', 'ACT/ACT'], ['30/360']),
        base: mostly(['incl-vat', 'excl-vat'], ['ht']),
        allocation: mostly(['principal-first', 'interest-first'], ['x']),
        onBelowFloor: mostly(['warn', 'apply-floor'], ['x']),
        onUnknownRate: mostly(['throw', 'warn'], ['x']),
        legalRateCategory: mostly(['other', 'consumer-creditor'], ['x']),
        rates: mostly([{}, { legal: [] }], [[], null]),
      },
      { requiredKeys: [] },
    );
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(options, fc.constantFrom<unknown>(null, [], 'x', { extra: 1 })), (o) => {
        if (agrees(fastLatePenaltiesOptions, LatePenaltiesOptionsSchema, o)) fast++;
        if (LatePenaltiesOptionsSchema.safeParse(o).success) valid++;
      }),
      { numRuns: 1000 },
    );
    expect(fast).toBe(valid);
    expect(valid).toBeGreaterThan(100);
  });

  it('computeLatePenalties gives the same statement on the fast path and through the schema', () => {
    const input = {
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2025-06-15',
      payments: [{ date: '2025-07-20', amount: '4000.00' }],
      asOf: '2025-08-15',
    } as const;
    expect(fastLatePenaltiesRequest(input)).not.toBe(NOT_FAST);
    // A class instance is valid for zod but never on the fast path: the schema parses it.
    class Request {
      constructor(readonly fields: typeof input) {
        Object.assign(this, fields);
      }
    }
    const viaSchema = Object.assign(new Request(input), {});
    delete (viaSchema as { fields?: unknown }).fields;
    expect(fastLatePenaltiesRequest(viaSchema)).toBe(NOT_FAST);
    expect(computeLatePenalties(viaSchema as never)).toStrictEqual(computeLatePenalties(input));
    expect(fastLatePenaltiesRequest({ ...input, clause: { type: 'statutory' } })).toBe(NOT_FAST);
  });
});
