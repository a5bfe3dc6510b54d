import { describe, expect, it } from 'vitest';
import { depositInvoice, finalInvoice } from './index.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const mixed = {
  lines: [
    { description: 'Works', quantity: 1, unitPriceExclVat: '8000', vatRatePercent: 20 },
    { description: 'Insulation', quantity: 1, unitPriceExclVat: '2000', vatRatePercent: '5.5' },
  ],
};

describe('depositInvoice', () => {
  it('splits the deposit per VAT rate in proportion to each rate total incl. VAT (CGI 269-2-a/c)', () => {
    const d = depositInvoice(mixed, 30);
    expect(d).toMatchObject({
      kind: 'deposit',
      percent: '30.00',
      exclVat: '3000.00',
      vat: '513.00',
      inclVat: '3513.00',
      byRate: [
        { vatRatePercent: '5.50', exclVat: '600.00', vat: '33.00', inclVat: '633.00' },
        { vatRatePercent: '20.00', exclVat: '2400.00', vat: '480.00', inclVat: '2880.00' },
      ],
      order: { exclVat: '10000.00', vat: '1710.00', inclVat: '11710.00' },
      rounding: { residual: '0.00', placedOn: [] },
    });
    expect(d.articles[0]).toMatch(/CGI 289/);
  });

  it('derives excl. VAT by rounding incl / (1 + rate) and VAT as the difference', () => {
    const d = depositInvoice(
      { byRate: [{ vatRatePercent: 20, exclVat: '83.33', vat: '16.67', inclVat: '100.00' }] },
      '33.33',
    );
    // 33.33 incl → 27.775 → 27.78 excl, VAT 5.55
    expect(d.byRate).toEqual([
      { vatRatePercent: '20.00', exclVat: '27.78', vat: '5.55', inclVat: '33.33' },
    ]);
  });

  it('takes an excess cent from the largest bucket (ties: the higher rate)', () => {
    const d = depositInvoice(
      {
        byRate: [
          { vatRatePercent: 0, exclVat: '0.01', vat: '0.00', inclVat: '0.01' },
          { vatRatePercent: '2.1', exclVat: '0.01', vat: '0.00', inclVat: '0.01' },
          { vatRatePercent: 20, exclVat: '0.01', vat: '0.00', inclVat: '0.01' },
        ],
      },
      50,
    );
    // 0.03 × 50 % = 0.015 → 0.02; each share 0.005 → 0.01, together 0.03: one cent too many,
    // taken from the largest bucket — all equal, so the higher rate (20 %).
    expect(d.inclVat).toBe('0.02');
    expect(d.rounding).toMatchObject({ residual: '-0.01', placedOn: ['20.00'] });
    expect(d.byRate.map((r) => r.inclVat)).toEqual(['0.01', '0.01', '0.00']);
  });

  it('places a missing cent on the bucket with the largest total incl. VAT', () => {
    const d = depositInvoice(
      {
        byRate: [
          { vatRatePercent: 0, exclVat: '1.00', vat: '0.00', inclVat: '1.00' },
          { vatRatePercent: '5.5', exclVat: '1.01', vat: '0.00', inclVat: '1.01' },
          { vatRatePercent: 20, exclVat: '2.04', vat: '0.00', inclVat: '2.04' },
        ],
      },
      30,
    );
    // 4.05 × 30 % = 1.215 → 1.22; shares 0.3012 → 0.30, 0.3042 → 0.30, 0.6145 → 0.61 = 1.21:
    // the missing cent goes to the 20 % bucket (largest total).
    expect(d.inclVat).toBe('1.22');
    expect(d.rounding).toMatchObject({ residual: '0.01', placedOn: ['20.00'] });
    expect(d.byRate.map((r) => r.inclVat)).toEqual(['0.30', '0.30', '0.62']);
  });

  it('gives zero everywhere on a zero order, and the whole order at 100 %', () => {
    const zero = depositInvoice(
      { byRate: [{ vatRatePercent: 20, exclVat: '0', vat: '0', inclVat: '0' }] },
      50,
    );
    expect(zero.inclVat).toBe('0.00');
    const all = depositInvoice(mixed, 100);
    expect(all.byRate).toEqual(all.order.byRate);
  });

  it('accepts the totals of invoiceTotals (byRate with extra fields)', () => {
    const d = depositInvoice(
      {
        exclVat: '100.00',
        source: 'lines',
        byRate: [{ vatRatePercent: '20.00', exclVat: '100.00', vat: '20.00', inclVat: '120.00' }],
      } as never,
      '50',
    );
    expect(d.inclVat).toBe('60.00');
  });

  it('refuses bad orders with INVALID_INPUT and paths', () => {
    expect(caught(() => depositInvoice(null as never, 30))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['order'] }],
    });
    expect(
      caught(() =>
        depositInvoice(
          { byRate: [{ vatRatePercent: 'x', exclVat: 'abc', vat: 0, inclVat: 0 }] } as never,
          30,
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        { path: ['order', 'byRate', 0, 'vatRatePercent'] },
        { path: ['order', 'byRate', 0, 'exclVat'] },
      ],
    });
    expect(caught(() => depositInvoice({} as never, 30))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['order', 'lines'] }],
    });
    expect(
      caught(() =>
        depositInvoice(
          {
            lines: mixed.lines,
            byRate: [{ vatRatePercent: 20, exclVat: 1, vat: 0.2, inclVat: 1.2 }],
          },
          30,
        ),
      ),
    ).toMatchObject({ issues: [{ path: ['order', 'byRate'] }] });
    expect(
      caught(() =>
        depositInvoice(
          {
            byRate: [
              { vatRatePercent: 20, exclVat: '1', vat: '0.2', inclVat: '1.3' },
              { vatRatePercent: '20.0', exclVat: '-1', vat: '0', inclVat: '-1' },
            ],
          },
          30,
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        { path: ['order', 'byRate', 0, 'inclVat'] },
        { path: ['order', 'byRate', 1, 'exclVat'] },
        { path: ['order', 'byRate', 1, 'inclVat'] },
        { path: ['order', 'byRate', 1, 'vatRatePercent'] },
      ],
    });
    expect(
      caught(() =>
        depositInvoice(
          {
            lines: [
              { description: 'A', quantity: 1, unitPriceExclVat: '100', vatRatePercent: 20 },
              { description: 'Discount', quantity: 1, unitPriceExclVat: '-50', vatRatePercent: 10 },
            ],
          },
          30,
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['order', 'lines'],
      details: { vatRatePercent: '10.00' },
    });
    expect(
      caught(() => depositInvoice({ lines: [{ description: 'A', quantity: -1 }] } as never, 30)),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(caught(() => depositInvoice(mixed, 101))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['percent'] }],
    });
  });
});

describe('finalInvoice', () => {
  it('deducts the deposits per VAT rate, to the cent', () => {
    const d = depositInvoice(mixed, 30);
    const f = finalInvoice(mixed, [d]);
    expect(f).toMatchObject({
      kind: 'final',
      exclVat: '7000.00',
      vat: '1197.00',
      inclVat: '8197.00',
      byRate: [
        { vatRatePercent: '5.50', exclVat: '1400.00', vat: '77.00', inclVat: '1477.00' },
        { vatRatePercent: '20.00', exclVat: '5600.00', vat: '1120.00', inclVat: '6720.00' },
      ],
      deposits: { inclVat: '3513.00' },
      order: { inclVat: '11710.00' },
    });
  });

  it('handles several deposits and none', () => {
    const order = {
      byRate: [
        { vatRatePercent: '5.5', exclVat: '333.33', vat: '18.33', inclVat: '351.66' },
        { vatRatePercent: 20, exclVat: '999.99', vat: '200.00', inclVat: '1199.99' },
      ],
    };
    const a = depositInvoice(order, '33.3');
    const b = depositInvoice(order, '33.3');
    const f = finalInvoice(order, [a, b]);
    for (const key of [0, 1] as const) {
      for (const field of ['exclVat', 'vat', 'inclVat'] as const) {
        const total =
          Number(a.byRate[key]![field]) +
          Number(b.byRate[key]![field]) +
          Number(f.byRate[key]![field]);
        expect(total.toFixed(2)).toBe(Number(order.byRate[key]![field]).toFixed(2));
      }
    }
    expect(finalInvoice(order, []).byRate).toEqual(f.order.byRate);
  });

  it('refuses deposits above the order at a rate with OUT_OF_RANGE', () => {
    const d = depositInvoice(mixed, 60);
    expect(caught(() => finalInvoice(mixed, [d, d]))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['deposits'],
      details: { vatRatePercent: '5.50', order: '2110.00', deposits: '2532.00' },
    });
  });

  it('refuses a deposit at a rate the order lacks, and malformed deposits, with paths', () => {
    expect(
      caught(() =>
        finalInvoice(mixed, [
          { byRate: [{ vatRatePercent: 10, exclVat: '10', vat: '1', inclVat: '11' }] },
        ]),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['deposits', 0, 'byRate', 0, 'vatRatePercent'],
    });
    expect(
      caught(() =>
        finalInvoice(mixed, [
          {
            byRate: [
              { vatRatePercent: 20, exclVat: '10', vat: '2', inclVat: '12' },
              { vatRatePercent: 20, exclVat: '10', vat: '2', inclVat: '12' },
            ],
          },
        ]),
      ),
    ).toMatchObject({ issues: [{ path: ['deposits', 0, 'byRate', 1, 'vatRatePercent'] }] });
    expect(caught(() => finalInvoice(mixed, [{}] as never))).toMatchObject({
      issues: [{ path: ['deposits', 0, 'byRate'] }],
    });
    expect(caught(() => finalInvoice(mixed, [{ byRate: 'x' }] as never))).toMatchObject({
      issues: [{ path: ['deposits', 0, 'byRate'] }],
    });
  });
});

describe('depositInvoice: the rounding rule in the caller’s locale (issue 14 review)', () => {
  it('states the rule in French by default, with its code', () => {
    const { rule, ruleMessage } = depositInvoice(mixed, 30).rounding;
    expect(rule).toMatch(/^Acompte TTC = total TTC de la commande × pourcentage/);
    expect(ruleMessage).toEqual({ code: 'RULE_DEPOSIT_SPLIT', params: {}, message: rule });
  });

  it('states it in English with locale en', () => {
    const { rule, ruleMessage } = depositInvoice(mixed, 30, { locale: 'en' }).rounding;
    expect(rule).toMatch(/^Deposit incl\. VAT = order total incl\. VAT × percent/);
    expect(ruleMessage.message).toBe(rule);
  });

  it('refuses an unknown locale', () => {
    expect(caught(() => depositInvoice(mixed, 30, { locale: 'de' as 'fr' }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
