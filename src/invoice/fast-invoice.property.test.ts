import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agrees, dateValues, moneyValues, mostly, textValues } from '../internal/fast.fixtures.js';
import { NOT_FAST } from '../internal/fast.js';
import { fastInvoice } from './fast-invoice.js';
import { InvoiceSchema } from './invoice.schema.js';
import { parseInvoice } from './parse-invoice.js';

const party = fc.record(
  {
    kind: mostly(
      ['professional', 'consumer', 'public', 'non_professional'],
      ['company', undefined],
    ),
    name: mostly(['Client SA', 'X'], ['', 3]),
    region: mostly(['metropolitan', 'reunion', undefined], ['paris']),
    address: mostly(['1 rue de la Paix, Paris', undefined], [7]),
    vatOnDebits: mostly([true, false], ['yes']),
  },
  { requiredKeys: ['kind', 'name'] },
);

const line = fc.record(
  {
    description: mostly(['Audit', ''], [null]),
    quantity: mostly(['2', 1.5, '0', 0], ['-1', '1e2']),
    unitPriceExclVat: mostly(['450.00', '0.125', '-100.00', -2000, new Decimal('9.99')], ['abc']),
    vatRatePercent: mostly([20, '5.5', '0', 100, '100.000'], ['100.01', 101, '-1']),
  },
  { requiredKeys: ['description', 'quantity', 'unitPriceExclVat', 'vatRatePercent'] },
);

const totals = fc.oneof(
  fc.constantFrom<unknown>(
    { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
    { exclVat: 1000, vat: 200, inclVat: '1200' },
    { exclVat: '0', vat: '0', inclVat: '0.00' },
    { exclVat: '1000.00', vat: '200.00', inclVat: '1200.01' },
    { exclVat: '1000.00', vat: '200.00' },
    { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00', extra: 1 },
  ),
  fc.record({ exclVat: moneyValues, vat: moneyValues, inclVat: moneyValues }),
);

const moneyMove = fc.record(
  { date: dateValues, amount: moneyValues, reference: mostly(['VIR-1', undefined], [1]) },
  { requiredKeys: ['date', 'amount'] },
);

const anyInvoice = fc.record(
  {
    number: mostly(['F-2026-001', 'a'.repeat(1000)], ['', 12]),
    issueDate: dateValues,
    deliveryDate: mostly(['2026-01-20', '2026-02-01'], ['2020-01-01', '2031-03-01', '2026-02-30']),
    dueDate: mostly(['2026-02-01', '2026-03-03', '2027-01-01'], ['2026-01-31', '2026-3-3']),
    currency: mostly(['EUR', undefined], ['USD', 'eur']),
    seller: party,
    buyer: fc.oneof({ weight: 9, arbitrary: party }, fc.constantFrom<unknown>(null, 'Client')),
    payments: fc.oneof(fc.array(moneyMove, { maxLength: 2 }), fc.constantFrom<unknown>(undefined)),
    creditNotes: fc.oneof(
      fc.array(moneyMove, { maxLength: 2 }),
      fc.constantFrom<unknown>(undefined, {}),
    ),
    mentions: fc.record(
      {
        recoveryIndemnityShown: mostly([true], ['yes']),
        operationNature: mostly(['services', 'goods'], ['work']),
        penaltyRateText: textValues,
      },
      { requiredKeys: [] },
    ),
    terms: mostly(
      [undefined],
      [
        { type: 'days', days: 30 },
        { type: 'net', days: 30 },
      ],
    ),
    latePenaltyClause: mostly([undefined], [{ type: 'statutory' }]),
  },
  { requiredKeys: [] },
);

// Lines or totals (both or neither now and then).
const amounts = fc.oneof(
  { weight: 5, arbitrary: fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }) }) },
  { weight: 5, arbitrary: fc.record({ totals }) },
  fc.record({ lines: fc.constantFrom<unknown>([], 'lines', undefined) }),
  fc.record({ lines: fc.array(line, { maxLength: 1 }), totals }),
  fc.constant({}),
);

// One key in ten is one only the schema judges (a SIREN), a misspelt one, or an unknown one.
const oddKey = fc.constantFrom<[string, unknown] | null>(
  ...Array<null>(27).fill(null),
  ['dueDat', '2026-03-03'],
  ['siren', '732829320'],
  ['siren', '732829321'],
);

// Most random records miss number, issueDate or buyer: give them those most of the time.
const invoiceInput = fc
  .tuple(anyInvoice, fc.boolean(), amounts, oddKey)
  .map(([inv, complete, body, odd]): Record<string, unknown> => {
    const base: Record<string, unknown> = complete
      ? { ...inv, number: 'F-1', issueDate: '2026-02-01', buyer: { kind: 'consumer', name: 'C' } }
      : { ...inv };
    Object.assign(base, body);
    if (odd === null) return base;
    const [key, value] = odd;
    if (key !== 'siren') return { ...base, [key]: value };
    const buyer = base.buyer;
    return typeof buyer === 'object' && buyer !== null
      ? { ...base, buyer: { ...buyer, siren: value } }
      : base;
  });

function hasUndefinedKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Decimal) return false;
  return Object.values(value).some((v) => v === undefined || hasUndefinedKey(v));
}

describe('fast validator of invoices (issue 17)', () => {
  it('accepts only what InvoiceSchema accepts, with the same output (property)', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(invoiceInput, (invoice) => {
        if (agrees(fastInvoice, InvoiceSchema, invoice)) fast++;
        if (InvoiceSchema.safeParse(invoice).success) valid++;
      }),
      { numRuns: 5000 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(valid / 2);
    // 5 000 runs take 1–3 s alone and over 5 s on a loaded machine: a time-out here is not a finding.
  }, 60_000);

  it('parseInvoice accepts and rejects exactly what the schema does, with the same result (property)', () => {
    fc.assert(
      fc.property(invoiceInput, (invoice) => {
        const reference = InvoiceSchema.safeParse(invoice);
        let parsed: unknown;
        try {
          parsed = parseInvoice(invoice);
        } catch {
          expect(reference.success).toBe(false);
          return;
        }
        expect(reference.success).toBe(true);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(reference.data));
        expect(hasUndefinedKey(parsed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the fast path for a common invoice, not for one with payment terms or a SIREN', () => {
    const invoice = {
      number: 'F-2026-001',
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      buyer: { kind: 'professional', name: 'Client SA' },
      totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
    };
    expect(agrees(fastInvoice, InvoiceSchema, invoice)).toBe(true);
    expect(fastInvoice({ ...invoice, terms: { type: 'days', days: 30 } })).toBe(NOT_FAST);
    expect(fastInvoice({ ...invoice, buyer: { ...invoice.buyer, siren: '732829320' } })).toBe(
      NOT_FAST,
    );
    expect(fastInvoice({ ...invoice, lines: [] })).toBe(NOT_FAST);
  });
});
