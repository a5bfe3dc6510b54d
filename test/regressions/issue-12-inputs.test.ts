// Regression tests for issue 12 (hardening), items 6, 9, 10, 12 and 13 (claim statements): each
// failed before its fix.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  agingReport,
  canRequestPayment,
  computeClaimStatement,
  computeDueDate,
  createRateTable,
  daysSalesOutstanding,
  depositInvoice,
  ecbRateOn,
  exposureByDebtor,
  finalInvoice,
  formalNoticeExpiry,
  isImpayesError,
  isRateTable,
  ledgerItemFromInvoice,
  limitationWarning,
  parseAmount,
  parseInvoice,
  procedureDeadline,
  safeParseInvoice,
} from '../../src/index.js';
import { linesInvoice as frozenInvoice } from '../../src/invoice/invoice.fixtures.js';

// The fixture is deeply readonly (`as const`); the input type takes mutable arrays.
const linesInvoice = frozenInvoice as unknown as Parameters<typeof ledgerItemFromInvoice>[0];

/** The error a call throws; fails the test when it throws anything but an ImpayesError. */
function impayesError(f: () => unknown): { code: string; path: ReadonlyArray<string | number> } {
  try {
    f();
  } catch (e) {
    if (!isImpayesError(e)) throw new Error(`not an ImpayesError: ${String(e)}`);
    return { code: e.code, path: e.path };
  }
  throw new Error('did not throw');
}

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
    has() {
      throw new Error('boom');
    },
    ownKeys() {
      throw new Error('boom');
    },
  },
);
const asOf = '2026-03-31';
const item = {
  id: 'F-1',
  debtorId: 'A',
  issueDate: '2026-01-05',
  dueDate: '2026-02-04',
  amount: '500.00',
};

describe('issue 12 item 6: an ImpayesError, never a TypeError or a foreign error', () => {
  it.each([
    ['ecbRateOn(d, null)', () => ecbRateOn('2026-01-01', null as never)],
    ['createRateTable({}, {})', () => createRateTable({}, {} as never)],
    ['createRateTable({}, proxy)', () => createRateTable({}, throwing as never)],
    [
      'depositInvoice({ byRate: [null] }, 30)',
      () => depositInvoice({ byRate: [null] } as never, 30),
    ],
    ['addDays(d, null-prototype object)', () => addDays('2026-01-01', Object.create(null))],
    ['limitationWarning(undefined, asOf)', () => limitationWarning(undefined as never, asOf)],
    ['limitationWarning(r, asOf, null)', () => limitationWarning({} as never, asOf, null as never)],
    [
      'limitationWarning(r, asOf, proxy)',
      () => limitationWarning({} as never, asOf, throwing as never),
    ],
    ['parseAmount(x, proxy)', () => parseAmount('1', throwing as never)],
    ['parseInvoice(proxy)', () => parseInvoice(throwing)],
    ['computeDueDate(proxy)', () => computeDueDate(throwing as never)],
    ['agingReport(proxy)', () => agingReport(throwing as never, { asOf })],
    ['ledgerItemFromInvoice(inv, null)', () => ledgerItemFromInvoice(linesInvoice, null as never)],
  ])('%s', (_, call) => {
    expect(impayesError(call).code).toMatch(/^(INVALID_INPUT|OUT_OF_RANGE)$/);
  });

  it('a getter that throws inside a ledger item is reported at that item', () => {
    const bad = Object.defineProperty({ ...item, id: 'F-2' }, 'amount', {
      get() {
        throw new TypeError('getter');
      },
      enumerable: true,
    });
    expect(impayesError(() => agingReport([item, bad], { asOf }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['invoices', 1],
    });
  });

  it('safeParseInvoice never throws, even on a Proxy', () => {
    const r = safeParseInvoice(throwing);
    expect(r.success).toBe(false);
  });

  it('type guards never throw', () => {
    expect(isImpayesError(throwing)).toBe(false);
    expect(isRateTable(throwing)).toBe(false);
  });
});

describe('issue 12 item 9: plain JSON results that alias nothing', () => {
  it('ledgerItemFromInvoice copies the events and checks its options', () => {
    const events = [{ type: 'promise_to_pay', date: '2025-04-01', promisedDate: '2025-04-15' }];
    const out = ledgerItemFromInvoice(linesInvoice, { events } as never);
    expect(out.events).toEqual(events);
    expect(out.events).not.toBe(events);
    expect(out.events?.[0]).not.toBe(events[0]);
    expect(
      impayesError(() => ledgerItemFromInvoice(linesInvoice, { debtor: 'x' } as never)),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
  });

  it('finalInvoice returns its own articles array', () => {
    const order = {
      lines: [
        { description: 'Chantier', quantity: 1, unitPriceExclVat: '1000', vatRatePercent: 20 },
      ],
    };
    const deposit = depositInvoice(order as never, 30);
    const final = finalInvoice(order as never, [deposit]);
    expect(final.articles).not.toBe(deposit.articles);
    (final.articles as string[]).push('mutated');
    expect(depositInvoice(order as never, 30).articles).not.toContain('mutated');
  });

  it('canRequestPayment keeps every key through a JSON round trip', () => {
    const r = canRequestPayment({
      debtor: 'professional',
      offPremises: false,
      signedOn: '2026-03-02',
      today: '2026-03-20',
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.banEndsOn).toBeNull();
  });
});

describe('issue 12 item 9: no -0 and no undefined-valued keys in results', () => {
  it('procedureDeadline and formalNoticeExpiry give back 0, not -0', () => {
    expect(
      Object.is(
        (procedureDeadline('2026-01-05', { months: -0 }).period as { months: number }).months,
        0,
      ),
    ).toBe(true);
    expect(
      Object.is((formalNoticeExpiry('2026-01-05', -0).period as { days: number }).days, 0),
    ).toBe(true);
  });
  it('parseInvoice drops an optional key given as undefined', () => {
    const inv = parseInvoice({
      ...linesInvoice,
      buyer: { ...linesInvoice.buyer, siren: undefined },
    });
    expect(Object.hasOwn(inv.buyer, 'siren')).toBe(false);
    expect(JSON.parse(JSON.stringify(inv))).toEqual(inv);
  });
  it('rate lookups and claim statements read a throwing Proxy as bad input', () => {
    expect(impayesError(() => ecbRateOn('2026-01-01', throwing as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      impayesError(() => computeClaimStatement([throwing as never], { asOf: '2026-01-01' })),
    ).toEqual({ code: 'INVALID_INPUT', path: ['invoices', 0] });
    expect(impayesError(() => limitationWarning(throwing as never, asOf)).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('issue 12 item 10: "__proto__" keys are checked and kept', () => {
  const protoDebtor = { ...item, debtorId: '__proto__' };
  it('a debtor called __proto__ keeps its credit limit', () => {
    const limits = JSON.parse('{"__proto__": 100}');
    const r = exposureByDebtor([protoDebtor], { asOf, creditLimits: limits });
    expect(r.debtors[0]).toMatchObject({
      debtorId: '__proto__',
      creditLimit: '100.00',
      isOverLimit: true,
    });
  });
  it('a bad value under __proto__ is rejected with its path', () => {
    const limits = JSON.parse('{"__proto__": "x"}');
    expect(
      impayesError(() => exposureByDebtor([protoDebtor], { asOf, creditLimits: limits })),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'creditLimits', '__proto__'],
    });
    const sales = JSON.parse('{"__proto__": 100}');
    expect(
      impayesError(() =>
        daysSalesOutstanding([item], { asOf, method: 'count-back', monthlySales: sales }),
      ).path,
    ).toEqual(['options', 'monthlySales', '__proto__']);
  });
});

describe('issue 12 item 12: ledgers are checked like invoices', () => {
  it('a duplicated invoice id is rejected, naming both places', () => {
    expect(impayesError(() => agingReport([item, { ...item }], { asOf }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['invoices', 1, 'id'],
    });
  });
  it('a due date before the issue date is rejected as parseInvoice rejects it', () => {
    expect(impayesError(() => agingReport([{ ...item, dueDate: '2026-01-01' }], { asOf }))).toEqual(
      {
        code: 'INVALID_INPUT',
        path: ['invoices', 0, 'dueDate'],
      },
    );
  });
});

describe('issue 12 item 13: bounded sizes', () => {
  it('a claim statement takes at most 10 000 invoices', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      reference: `F-${i}`,
      amount: '10.00',
      dueDate: '2025-03-31',
    }));
    expect(impayesError(() => computeClaimStatement(many, { asOf: '2025-06-30' })).code).toBe(
      'OUT_OF_RANGE',
    );
  });
});
