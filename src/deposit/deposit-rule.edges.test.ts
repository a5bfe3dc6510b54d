import { describe, expect, it } from 'vitest';
import { computeDeposit, defaultDepositRule } from './index.js';

function caught(fn: () => unknown): { code?: string; message?: string; details?: unknown } {
  try {
    fn();
  } catch (e) {
    return e as { code?: string; message?: string; details?: unknown };
  }
  throw new Error('expected a throw');
}

describe('computeDeposit — edges of the 30–50 % deposit rule (practice, not law)', () => {
  it('accepts a rule whose minimum equals its maximum (only minPercent > maxPercent is contradictory)', () => {
    expect(computeDeposit('1000', 40, { minPercent: 40, maxPercent: 40 })).toEqual({
      amount: '400.00',
      percent: '40.00',
      orderTotalInclVat: '1000.00',
      rule: { minPercent: '40.00', maxPercent: '40.00', rounding: 'cent' },
    });
  });

  it('explains a contradictory rule in the INVALID_POLICY message', () => {
    expect(
      caught(() => computeDeposit('1000', 40, { minPercent: 60, maxPercent: 20 })).message,
    ).toBe('Invalid deposit rule: minPercent (60.00) is above maxPercent (20.00).');
  });

  it('states the percent and the range in the OUT_OF_RANGE message', () => {
    expect(caught(() => computeDeposit('1000', 20)).message).toBe(
      "A deposit of 20.00 % is outside the rule's range 30.00–50.00 %. Pass a rule with a wider range if this is intended.",
    );
  });

  it('checks the percent against a custom rule, not the default one', () => {
    // 25 % is outside 30–50 % but inside 20–25 %; 30 % is the reverse.
    expect(computeDeposit('200', 25, { minPercent: 20, maxPercent: 25 }).amount).toBe('50.00');
    expect(
      caught(() => computeDeposit('200', 30, { minPercent: 20, maxPercent: 25 })),
    ).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { min: '20.00', max: '25.00', percent: '30.00' },
    });
  });

  it('divides by 100 and rounds half away from zero to the cent', () => {
    expect(computeDeposit('33.33', '33.3', { minPercent: 0, maxPercent: 100 }).amount).toBe(
      '11.10',
    ); // 11.09889
    expect(computeDeposit('0.01', 50).amount).toBe('0.01'); // 0.005 → 0.01
    expect(computeDeposit('0.01', 30).amount).toBe('0.00'); // 0.003 → 0.00
  });

  it('reports the default rule when none is passed, and the same rule for the frozen default object', () => {
    const applied = { minPercent: '30.00', maxPercent: '50.00', rounding: 'cent' };
    expect(computeDeposit('10', 30).rule).toEqual(applied);
    expect(computeDeposit('10', 30, defaultDepositRule).rule).toEqual(applied);
    expect(computeDeposit('10', 30, { ...defaultDepositRule }).rule).toEqual(applied);
  });

  it('labels the INVALID_INPUT message with the faulty argument', () => {
    expect(caught(() => computeDeposit('-1', 30)).message).toMatch(/^Invalid order total\. /);
    expect(caught(() => computeDeposit('1', 'x')).message).toMatch(/^Invalid percent\. /);
    expect(
      caught(() => computeDeposit('1', 30, { minPercent: 'x', maxPercent: 50 })).message,
    ).toMatch(/^Invalid deposit rule\. rule\.minPercent: /);
  });

  it('refuses a negative percent with INVALID_INPUT rather than OUT_OF_RANGE', () => {
    expect(
      caught(() => computeDeposit('1', '-1', { minPercent: 0, maxPercent: 100 })),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
