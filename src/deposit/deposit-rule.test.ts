import { describe, expect, it } from 'vitest';
import { computeDeposit, defaultDepositRule } from './index.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('computeDeposit', () => {
  it('computes the percent of the order total incl. VAT, rounded half-up to the cent (practice, not law)', () => {
    expect(computeDeposit('12000.00', 30)).toEqual({
      amount: '3600.00',
      percent: '30.00',
      orderTotalInclVat: '12000.00',
      rule: { minPercent: '30.00', maxPercent: '50.00', rounding: 'cent' },
    });
    expect(computeDeposit('100.01', 50).amount).toBe('50.01'); // 50.005 → 50.01
    expect(computeDeposit('0.03', 50).amount).toBe('0.02'); // 0.015 → 0.02
    expect(computeDeposit(0, 40).amount).toBe('0.00');
  });

  it('accepts both bounds of the default rule (30 % and 50 %)', () => {
    expect(computeDeposit('1000', 30).amount).toBe('300.00');
    expect(computeDeposit('1000', '50').amount).toBe('500.00');
  });

  it('refuses 29.99 % and 50.01 % with OUT_OF_RANGE and the range in details', () => {
    expect(caught(() => computeDeposit('1000', '29.99'))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['percent'],
      details: { min: '30.00', max: '50.00', percent: '29.99' },
    });
    expect(caught(() => computeDeposit('1000', '50.01'))).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { min: '30.00', max: '50.00', percent: '50.01' },
    });
  });

  it('accepts them with a custom rule', () => {
    const rule = { minPercent: '29.99', maxPercent: '50.01' };
    expect(computeDeposit('1000', '29.99', rule).amount).toBe('299.90');
    expect(computeDeposit('1000', '50.01', rule)).toMatchObject({
      amount: '500.10',
      rule: { minPercent: '29.99', maxPercent: '50.01', rounding: 'cent' },
    });
    expect(
      computeDeposit('1000', 100, { minPercent: 0, maxPercent: 100, rounding: 'cent' }).amount,
    ).toBe('1000.00');
  });

  it('exposes the default rule, frozen', () => {
    expect(defaultDepositRule).toEqual({ minPercent: 30, maxPercent: 50, rounding: 'cent' });
    expect(Object.isFrozen(defaultDepositRule)).toBe(true);
    expect(computeDeposit('10', 30, defaultDepositRule).amount).toBe('3.00');
  });

  it('refuses a rule whose minimum is above its maximum with INVALID_POLICY', () => {
    expect(
      caught(() => computeDeposit('1000', 40, { minPercent: 60, maxPercent: 20 })),
    ).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['rule', 'minPercent'],
      details: { minPercent: '60.00', maxPercent: '20.00' },
    });
  });

  it('refuses malformed input with INVALID_INPUT and paths', () => {
    const e1 = caught(() => computeDeposit('1,5', 30)) as {
      code: string;
      issues: { path: unknown }[];
    };
    expect(e1).toMatchObject({ code: 'INVALID_INPUT' });
    expect(e1.issues[0]!.path).toEqual(['orderTotalInclVat']);
    expect(caught(() => computeDeposit('-1', 30))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['orderTotalInclVat'] }],
    });
    expect(caught(() => computeDeposit('10.001', 30))).toMatchObject({
      issues: [{ path: ['orderTotalInclVat'] }],
    });
    expect(caught(() => computeDeposit('100', 'abc'))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['percent'] }],
    });
    expect(caught(() => computeDeposit('100', Number.NaN))).toMatchObject({
      issues: [{ path: ['percent'] }],
    });
    const e2 = caught(() =>
      computeDeposit('100', 30, { minPercent: -1, maxPercent: 101, rounding: 'euro' } as never),
    ) as { code: string; issues: { path: unknown }[] };
    expect(e2.code).toBe('INVALID_INPUT');
    expect(e2.issues.map((i) => i.path)).toEqual([
      ['rule', 'minPercent'],
      ['rule', 'maxPercent'],
      ['rule', 'rounding'],
    ]);
    expect(
      caught(() => computeDeposit('100', 30, { minPercent: 'x', maxPercent: 50 })),
    ).toMatchObject({
      issues: [{ path: ['rule', 'minPercent'] }],
    });
  });
});
