import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  createRateTable,
  defaultRateTable,
  ecbRateForHalfYear,
  ecbRateOn,
  isRateTable,
  legalInterestRate,
  ratesKnownUntil,
} from './index.js';
import { rowRate } from './internal.js';

describe('ecbRateOn', () => {
  it('returns the rate in force on the day', () => {
    expect(ecbRateOn('2024-08-10')).toMatchObject({
      ratePercent: '4.25',
      effectiveFrom: '2024-06-12',
    });
    expect(ecbRateOn('2024-09-18')).toMatchObject({
      ratePercent: '3.65',
      effectiveFrom: '2024-09-18',
    });
    expect(ecbRateOn('2024-09-17').ratePercent).toBe('4.25');
    expect(ecbRateOn('1999-01-01').ratePercent).toBe('3.00');
  });
  it('throws RATE_UNKNOWN before the series starts and after knownUntil', () => {
    expect(() => ecbRateOn('1998-12-31')).toThrow(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({ halfYear: '1998-H2' }),
      }),
    );
    expect(() => ecbRateOn('2026-11-04')).toThrow(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({ halfYear: '2026-H2', knownUntil: '2026-11-03' }),
      }),
    );
    expect(ecbRateOn('2026-11-03').ratePercent).toBe('2.65');
  });
});

describe('ecbRateForHalfYear', () => {
  it('uses the rate in force on 1 July for July–December (L441-10 II)', () => {
    expect(ecbRateForHalfYear('2024-08-10')).toMatchObject({
      ratePercent: '4.25',
      referenceDate: '2024-07-01',
      halfYear: '2024-H2',
    });
    // Not the 3.65 % of September 2024 that some pages use (13.65 %).
    expect(ecbRateForHalfYear('2024-10-01').ratePercent).toBe('4.25');
  });
  it('uses the rate in force on 1 January for January–June', () => {
    expect(ecbRateForHalfYear('2025-06-15').ratePercent).toBe('3.15');
    expect(ecbRateForHalfYear('2024-03-01').ratePercent).toBe('4.50');
  });
  it('knows 2026 H2 (1 July 2026) but not 2027 H1', () => {
    expect(ecbRateForHalfYear('2026-12-31').ratePercent).toBe('2.40');
    expect(() => ecbRateForHalfYear('2027-01-01')).toThrow(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({ halfYear: '2027-H1' }),
      }),
    );
  });
  it('matches the derived semester table of rates.json (cross-check)', async () => {
    const expected: Array<[string, string]> = [
      ['2013-01-01', '0.75'],
      ['2016-07-01', '0.00'],
      ['2023-01-01', '2.50'],
      ['2023-07-01', '4.00'],
      ['2024-01-01', '4.50'],
      ['2024-07-01', '4.25'],
      ['2025-01-01', '3.15'],
      ['2025-07-01', '2.15'],
      ['2026-01-01', '2.15'],
      ['2026-07-01', '2.40'],
    ];
    for (const [day, rate] of expected) expect(ecbRateForHalfYear(day).ratePercent).toBe(rate);
  });
});

describe('legalInterestRate', () => {
  it('returns the "other cases" rate (CMF L313-2)', () => {
    expect(legalInterestRate('2024-03-01', 'other')).toMatchObject({
      ratePercent: '5.07',
      halfYear: '2024-H1',
    });
    expect(legalInterestRate('2024-07-01', 'other').ratePercent).toBe('4.92');
    expect(legalInterestRate('2026-06-30', 'other').ratePercent).toBe('2.62');
  });
  it('returns the consumer-creditor rate', () => {
    expect(legalInterestRate('2026-01-15', 'consumer-creditor').ratePercent).toBe('6.67');
    expect(legalInterestRate('2014-05-01', 'consumer-creditor').ratePercent).toBe('0.04');
  });
  it('throws RATE_UNKNOWN for 2026 H2 unless the caller supplies the row', () => {
    expect(() => legalInterestRate('2026-08-01', 'other')).toThrow(
      expect.objectContaining({
        code: 'RATE_UNKNOWN',
        details: expect.objectContaining({
          halfYear: '2026-H2',
          series: 'legal-other',
          knownUntil: '2026-06-30',
        }),
        message: expect.stringContaining('2026-H2'),
      }),
    );
    const rates = createRateTable({
      legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.5' }] },
    });
    expect(legalInterestRate('2026-08-01', 'other', { rates }).ratePercent).toBe('2.50');
    expect(legalInterestRate('2026-12-31', 'other', { rates }).ratePercent).toBe('2.50');
    expect(() => legalInterestRate('2027-01-01', 'other', { rates })).toThrow(
      expect.objectContaining({ code: 'RATE_UNKNOWN' }),
    );
    // Raw overrides work too (merged per call).
    expect(
      legalInterestRate('2026-08-01', 'other', {
        rates: { legalOther: { rows: [{ from: '2026-07-01', ratePercent: 3 }] } },
      }).ratePercent,
    ).toBe('3.00');
  });
  it('rejects an unknown category', () => {
    expect(() => legalInterestRate('2024-03-01', 'business' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['category'] }),
    );
  });
});

describe('createRateTable', () => {
  it('does not change the default table', () => {
    const before = defaultRateTable.legalOther.rows.length;
    createRateTable({ legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] } });
    expect(defaultRateTable.legalOther.rows.length).toBe(before);
    expect(defaultRateTable.legalOther.knownUntil).toBe('2026-06-30');
  });
  it('replaces a row with the same date and honours an explicit knownUntil', () => {
    const t = createRateTable({
      ecb: { rows: [{ from: '2026-09-16', ratePercent: '2.90' }], knownUntil: '2027-02-01' },
    });
    expect(ecbRateOn('2026-12-01', { rates: t }).ratePercent).toBe('2.90');
    expect(ecbRateForHalfYear('2027-03-01', { rates: t }).ratePercent).toBe('2.90');
    expect(isRateTable(t)).toBe(true);
  });
  it('extends an ECB series to the date of the latest supplied row', () => {
    const t = createRateTable({ ecb: { rows: [{ from: '2027-01-01', ratePercent: '2.65' }] } });
    expect(t.ecb.knownUntil).toBe('2027-01-01');
  });
  it('never moves knownUntil earlier', () => {
    const t = createRateTable({
      legalOther: { rows: [{ from: '2015-01-01', ratePercent: '0.93' }], knownUntil: '2015-06-30' },
    });
    expect(t.legalOther.knownUntil).toBe('2026-06-30');
  });
  it('validates rows with paths', () => {
    expect(() =>
      createRateTable({ legalOther: { rows: [{ from: '2026-13-01', ratePercent: '2' }] } }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['legalOther', 'rows', 0, 'from'] })],
      }),
    );
    expect(() =>
      createRateTable({ ecb: { rows: [{ from: '2026-12-01', ratePercent: '-1' }] } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() =>
      createRateTable({ ecb: { rows: [{ from: '2026-12-01', ratePercent: 'x' as never }] } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() =>
      createRateTable({ ecb: { rows: [{ from: '2026-12-01', ratePercent: true as never }] } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createRateTable({ euribor: {} } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('ratesKnownUntil', () => {
  it('exposes the last known day of each built-in series', () => {
    expect(ratesKnownUntil).toEqual({
      'ecb-mro': '2026-11-03',
      'legal-consumer-creditor': '2026-06-30',
      'legal-other': '2026-06-30',
    });
  });
  it('is not a table', () => expect(isRateTable(ratesKnownUntil)).toBe(false));
});

describe('rowRate (parsed on first use, issue 17)', () => {
  it('parses a frozen row once and keeps the Decimal beside it', () => {
    const r = defaultRateTable.ecb.rows[0]!;
    const first = rowRate(r);
    expect(first.toString()).toBe(new Decimal(r.ratePercent).toString());
    expect(rowRate(r)).toBe(first);
  });
  it('does not keep the Decimal of a row that can still change', () => {
    const r = { from: '2024-01-01', ratePercent: '4.50' } as never;
    expect(rowRate(r)).not.toBe(rowRate(r));
    expect(rowRate(r).toString()).toBe('4.5');
  });
});
