import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import {
  CreditNoteSchema,
  InvoiceLineSchema,
  InvoiceSchema,
  PartySchema,
  PaymentSchema,
  parseInvoice,
  safeParseInvoice,
} from './index.js';
import { linesInvoice, totalsInvoice } from './invoice.fixtures.js';

function issuesOf(
  input: unknown,
): Array<{ path: ReadonlyArray<string | number>; message: string }> {
  const r = safeParseInvoice(input);
  if (r.success) throw new Error('expected a failure');
  expect(r.error).toMatchObject({ code: 'INVALID_INPUT' });
  return r.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

function pathsOf(input: unknown): Array<ReadonlyArray<string | number>> {
  return issuesOf(input).map((i) => i.path);
}

describe('parseInvoice', () => {
  it('returns the typed invoice with defaults filled in', () => {
    const invoice = parseInvoice(linesInvoice);
    expect(invoice.currency).toBe('EUR');
    expect(invoice.payments).toEqual([]);
    expect(invoice.creditNotes).toEqual([]);
    expect(invoice.lines).toHaveLength(2);
    expect(invoice.buyer.siren).toBe('732829320');
  });

  it('gives each parsed invoice its own default arrays', () => {
    const a = parseInvoice(totalsInvoice);
    const b = parseInvoice(totalsInvoice);
    expect(a.payments).not.toBe(b.payments);
  });

  it('keeps amounts in the caller’s form', () => {
    expect(parseInvoice(totalsInvoice).totals).toEqual(totalsInvoice.totals);
  });

  it('accepts a payment dated before the invoice (a deposit, CGI art. 269 2 a)', () => {
    const invoice = parseInvoice({
      ...totalsInvoice,
      payments: [{ date: '2025-02-01', amount: '360.00', reference: 'deposit' }],
    });
    expect(invoice.payments[0]?.date).toBe('2025-02-01');
  });

  it('accepts a delivery date before or after the issue date, within 5 years', () => {
    expect(parseInvoice({ ...totalsInvoice, deliveryDate: '2025-02-20' }).deliveryDate).toBe(
      '2025-02-20',
    );
    expect(parseInvoice({ ...totalsInvoice, deliveryDate: '2030-03-10' }).deliveryDate).toBe(
      '2030-03-10',
    );
  });

  it('accepts SIREN and SIRET with spaces, and a matching French VAT number', () => {
    const invoice = parseInvoice({
      ...totalsInvoice,
      buyer: {
        kind: 'professional',
        name: 'Client SA',
        siren: '732 829 320',
        siret: '73282932000074',
        vatNumber: 'FR44732829320',
      },
    });
    expect(invoice.buyer.siren).toBe('732 829 320');
  });

  it('accepts a foreign EU VAT number and a French one with a letter key', () => {
    expect(
      parseInvoice({
        ...totalsInvoice,
        buyer: { ...totalsInvoice.buyer, vatNumber: 'DE123456789' },
      }).buyer.vatNumber,
    ).toBe('DE123456789');
    expect(
      parseInvoice({
        ...totalsInvoice,
        buyer: { ...totalsInvoice.buyer, vatNumber: 'FRA1732829320' },
      }).buyer.vatNumber,
    ).toBe('FRA1732829320');
  });

  it('accepts a negative discount line when the invoice stays positive', () => {
    const invoice = parseInvoice({
      ...linesInvoice,
      lines: [
        ...linesInvoice.lines,
        { description: 'Discount', quantity: 1, unitPriceExclVat: '-50', vatRatePercent: 20 },
      ],
    });
    expect(invoice.lines).toHaveLength(3);
  });

  it('rejects USD at path currency, saying only EUR is supported', () => {
    const issues = issuesOf({ ...totalsInvoice, currency: 'USD' });
    expect(issues).toEqual([{ path: ['currency'], message: expect.stringContaining('"EUR"') }]);
    expect(issues[0]?.message).toContain('"USD"');
  });

  it('rejects both lines and totals at path totals', () => {
    expect(pathsOf({ ...linesInvoice, totals: totalsInvoice.totals })).toEqual([['totals']]);
  });

  it('rejects neither lines nor totals at path lines', () => {
    const { totals: _t, ...bare } = totalsInvoice;
    const issues = issuesOf(bare);
    expect(issues).toEqual([{ path: ['lines'], message: expect.stringContaining('either') }]);
  });

  it('rejects totals that do not add up, naming the three values', () => {
    const issues = issuesOf({
      ...totalsInvoice,
      totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.01' },
    });
    expect(issues[0]?.path).toEqual(['totals', 'inclVat']);
    expect(issues[0]?.message).toContain('1000.00 + 200.00 = 1200.00, not 1200.01');
  });

  it('issue 12 item 11: a float total mismatch prints what was received', () => {
    const issues = issuesOf({
      ...totalsInvoice,
      totals: { exclVat: 1000.3, vat: 200.06, inclVat: 1200.35 },
    });
    const totals = issues.find((i) => i.path.join('.') === 'totals.inclVat');
    expect(totals?.message).toContain('1000.3 + 200.06 = 1200.36, not 1200.35');
  });

  it('rejects a due date before the issue date', () => {
    expect(pathsOf({ ...totalsInvoice, dueDate: '2025-03-09' })).toEqual([['dueDate']]);
  });

  it('rejects a delivery date more than 5 years from the issue date', () => {
    expect(pathsOf({ ...totalsInvoice, deliveryDate: '2019-01-01' })).toEqual([['deliveryDate']]);
    expect(pathsOf({ ...totalsInvoice, deliveryDate: '2031-01-01' })).toEqual([['deliveryDate']]);
  });

  it('rejects dates outside 1900–2199, wherever they are, with OUT_OF_RANGE', () => {
    const r = safeParseInvoice({
      ...totalsInvoice,
      issueDate: '0025-03-10',
      payments: [{ date: '2225-01-01', amount: 1 }],
      creditNotes: [{ date: '1899-12-31', amount: 1 }],
    });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.code).toBe('OUT_OF_RANGE');
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['issueDate'],
      ['payments', 0, 'date'],
      ['creditNotes', 0, 'date'],
    ]);
    expect(r.error.issues[0]?.message).toContain('1900-01-01 to 2199-12-31');
  });

  it('rejects a credit note dated before the invoice', () => {
    expect(
      pathsOf({ ...totalsInvoice, creditNotes: [{ date: '2025-03-09', amount: 10 }] }),
    ).toEqual([['creditNotes', 0, 'date']]);
  });

  it('rejects lines adding up to a negative amount', () => {
    expect(
      pathsOf({
        ...linesInvoice,
        lines: [{ description: 'Refund', quantity: 1, unitPriceExclVat: '-1', vatRatePercent: 0 }],
      }),
    ).toEqual([['lines']]);
  });

  it('rejects an empty list of lines', () => {
    expect(pathsOf({ ...linesInvoice, lines: [] })).toEqual([['lines']]);
  });

  it('rejects unknown keys (a misspelt dueDate must not be ignored)', () => {
    expect(pathsOf({ ...totalsInvoice, dueDat: '2025-04-01' })).toEqual([[]]);
  });

  it('rejects bad identifiers with their paths', () => {
    expect(
      pathsOf({
        ...totalsInvoice,
        buyer: {
          kind: 'professional',
          name: 'X',
          siren: '732829321',
          siret: '1234',
          vatNumber: 'fr44732829320',
        },
        seller: {
          kind: 'professional',
          name: 'Y',
          siret: '73282932000075',
          vatNumber: 'FR45732829320',
        },
      }),
    ).toEqual([
      ['seller', 'siret'],
      ['seller', 'vatNumber'],
      ['buyer', 'siren'],
      ['buyer', 'siret'],
      ['buyer', 'vatNumber'],
    ]);
  });

  it('rejects a VAT number or SIRET that belongs to another SIREN', () => {
    expect(
      pathsOf({
        ...totalsInvoice,
        buyer: {
          kind: 'professional',
          name: 'X',
          siren: '732829320',
          siret: '40483304800022',
          vatNumber: 'FR83404833048',
        },
      }),
    ).toEqual([
      ['buyer', 'vatNumber'],
      ['buyer', 'siret'],
    ]);
  });

  it('reports every problem at once, shape and cross-field alike', () => {
    const paths = pathsOf({
      ...linesInvoice,
      currency: 'USD',
      dueDate: '2025-01-01',
      buyer: { kind: 'company', name: 'X' },
      lines: [{ description: 'x', quantity: -1, unitPriceExclVat: 1, vatRatePercent: 101 }],
    });
    expect(paths).toEqual([
      ['currency'],
      ['buyer', 'kind'],
      ['lines', 0, 'quantity'],
      ['lines', 0, 'vatRatePercent'],
      ['dueDate'],
    ]);
  });

  it('throws an ImpayesError with every issue (parseInvoice)', () => {
    try {
      parseInvoice({ number: '' });
      expect.unreachable();
    } catch (e) {
      expect(isImpayesError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      expect((e as { issues: Array<{ path: unknown }> }).issues.map((i) => i.path)).toEqual([
        ['number'],
        ['issueDate'],
        ['buyer'],
        ['lines'],
      ]);
    }
  });

  it('rejects a non-object without a cross-field crash', () => {
    expect(pathsOf(null)).toEqual([[]]);
    expect(pathsOf([])).toEqual([[]]);
  });

  it('does not mutate its input', () => {
    expect(() => parseInvoice(linesInvoice)).not.toThrow();
  });
});

describe('safeParseInvoice', () => {
  it('returns success and data for a valid invoice', () => {
    const r = safeParseInvoice(totalsInvoice);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.number).toBe('F-2025-002');
  });
});

describe('sub-schemas', () => {
  it('validate parties, lines, payments and credit notes on their own', () => {
    expect(PartySchema.safeParse({ kind: 'consumer', name: 'Jean' }).success).toBe(true);
    expect(PartySchema.safeParse({ kind: 'consumer', name: '' }).success).toBe(false);
    expect(
      InvoiceLineSchema.safeParse({
        description: '',
        quantity: '0.5',
        unitPriceExclVat: '0.0125',
        vatRatePercent: 0,
      }).success,
    ).toBe(true);
    expect(PaymentSchema.safeParse({ date: '2025-01-01', amount: 0 }).success).toBe(false);
    expect(CreditNoteSchema.safeParse({ date: '2025-01-01', amount: '1.001' }).success).toBe(false);
    expect(InvoiceSchema.safeParse(totalsInvoice).success).toBe(true);
  });
});
