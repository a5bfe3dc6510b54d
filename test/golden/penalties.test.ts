// docs/law.md §9 examples and the rate figures of issue 4, to the cent.

import {
  computeLatePenalties,
  contractualRateFloor,
  type LatePenaltiesOptionsInput,
  type LatePenaltiesRequestInput,
  latePenaltyRate,
} from 'impayes-core';
import { describe, expect, it, test } from 'vitest';

interface StatementCase {
  readonly id: string;
  readonly title: string;
  readonly input: LatePenaltiesRequestInput;
  readonly options?: LatePenaltiesOptionsInput;
  readonly segments: ReadonlyArray<
    readonly [from: string, to: string, days: number, rate: string, amount: string]
  >;
  readonly interest: string;
  readonly indemnity: string;
  readonly total: string;
}

const cases: ReadonlyArray<StatementCase> = [
  {
    id: 'B2B-01',
    title: '15 000 € due 2018-04-15 paid 2018-05-15, contractual 15 %: 30 days → 184.93 € (+40 €)',
    input: {
      debtor: 'professional',
      amount: '15000.00',
      dueDate: '2018-04-15',
      payments: [{ date: '2018-05-15', amount: '15000.00' }],
      asOf: '2018-05-15',
      clause: { type: 'fixed', ratePercent: '15' },
    },
    segments: [['2018-04-16', '2018-05-15', 30, '15.00', '184.93']],
    interest: '184.93',
    indemnity: '40.00',
    total: '224.93',
  },
  {
    id: 'B2B-02',
    title: '10 000 € due 2025-06-15 paid 2025-08-15, default rate split per half-year → 207.16 €',
    input: {
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2025-06-15',
      payments: [{ date: '2025-08-15', amount: '10000.00' }],
      asOf: '2025-08-15',
    },
    segments: [
      ['2025-06-16', '2025-06-30', 15, '13.15', '54.04'],
      ['2025-07-01', '2025-08-15', 46, '12.15', '153.12'],
    ],
    interest: '207.16',
    indemnity: '40.00',
    total: '247.16',
  },
  {
    id: 'B2B-03',
    title: 'same debt, rate fixed at the first late day (option) → 219.77 €',
    input: {
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2025-06-15',
      payments: [{ date: '2025-08-15', amount: '10000.00' }],
      asOf: '2025-08-15',
    },
    options: { rateMode: 'fixed-at-start' },
    // One rate for the whole delay: one line, not one per half-year (issue 13 item 3).
    segments: [['2025-06-16', '2025-08-15', 61, '13.15', '219.77']],
    interest: '219.77',
    indemnity: '40.00',
    total: '259.77',
  },
  {
    // service-public F20688/F783: judgment served 2015-09-17, simple interest until 2015-11-17,
    // uplift from 2015-11-18. The page says "paid 10 April 2016" but its 52.27 € is 100 days of
    // 2016 (1 Jan – 9 Apr): the method is reproduced with asOf 2016-04-09 (see docs/penalties.md).
    id: 'CIV-01',
    title: 'service-public legal interest after a judgment: 14.34 + 22.40 + 52.27 = 89.01 €',
    input: {
      debtor: 'consumer',
      amount: '2000.00',
      dueDate: '2015-09-17',
      formalNoticeDate: '2015-09-17',
      judgment: { servedOn: '2015-09-17' },
      asOf: '2016-04-09',
    },
    options: { legalRateCategory: 'consumer-creditor' },
    segments: [
      ['2015-09-18', '2015-11-17', 61, '4.29', '14.34'],
      ['2015-11-18', '2015-12-31', 44, '9.29', '22.40'],
      ['2016-01-01', '2016-04-09', 100, '9.54', '52.27'],
    ],
    interest: '89.01',
    indemnity: '0.00',
    total: '89.01',
  },
  {
    id: 'PUB-01',
    title: 'public buyer: ECB on 1 Jan 2025 (3.15) + 8 = 11.15 % for the whole delay',
    input: {
      debtor: 'public',
      amount: '10000.00',
      dueDate: '2025-06-15',
      payments: [{ date: '2025-08-15', amount: '10000.00' }],
      asOf: '2025-08-15',
    },
    // One rate for the whole delay (CCP R2192-31): one line (issue 13 item 3).
    segments: [['2025-06-16', '2025-08-15', 61, '11.15', '186.34']],
    interest: '186.34',
    indemnity: '40.00',
    total: '226.34',
  },
];

describe('computeLatePenalties golden cases (docs/law.md §9)', () => {
  test.each(cases)('$id: $title', ({ input, options, segments, interest, indemnity, total }) => {
    const s = computeLatePenalties(input, options);
    expect(s.segments.map((x) => [x.from, x.to, x.days, x.ratePercent, x.amount])).toEqual(
      segments,
    );
    expect(s.interest).toBe(interest);
    expect(s.indemnity).toBe(indemnity);
    expect(s.total).toBe(total);
  });

  it('B2B-02 total is 207.16 + 40 = 247.16 € (L441-10 II, D441-5)', () => {
    const s = computeLatePenalties(cases[1]!.input);
    expect(s.total).toBe('247.16');
    expect(s.regime).toBe('b2b-l441-10');
  });

  it('CIV-01 with the published payment day 2016-04-10 counts 101 days in 2016 (one more day)', () => {
    const s = computeLatePenalties({ ...cases[3]!.input, asOf: '2016-04-10' }, cases[3]!.options);
    expect(s.segments.map((x) => x.amount)).toEqual(['14.34', '22.40', '52.80']);
    expect(s.interest).toBe('89.54');
  });
});

describe('rates and floors (issue 4)', () => {
  test.each([
    { id: 'FLOOR-2024-H1', date: '2024-03-01', floor: '15.21', legal: '5.07' },
    { id: 'FLOOR-2024-H2', date: '2024-09-01', floor: '14.76', legal: '4.92' },
    { id: 'FLOOR-2025-H1', date: '2025-01-01', floor: '11.13', legal: '3.71' },
    { id: 'FLOOR-2026-H1', date: '2026-06-30', floor: '7.86', legal: '2.62' },
  ])('$id: floor 3 × $legal % = $floor % (L441-10 II)', ({ date, floor, legal }) => {
    expect(contractualRateFloor(date)).toMatchObject({
      ratePercent: floor,
      legalRatePercent: legal,
    });
  });

  test.each([
    { id: 'DEF-2024-H1', date: '2024-03-01', rate: '14.50' },
    { id: 'DEF-2024-H2', date: '2024-10-01', rate: '14.25' },
    { id: 'DEF-2025-H1', date: '2025-06-30', rate: '13.15' },
    { id: 'DEF-2025-H2', date: '2025-07-01', rate: '12.15' },
    { id: 'DEF-2026-H2', date: '2026-08-01', rate: '12.40' },
  ])('$id: B2B default rate $rate % (ECB on 1 Jan / 1 Jul + 10)', ({ date, rate }) => {
    expect(latePenaltyRate(date, { debtor: 'professional' }).ratePercent).toBe(rate);
  });

  it('2024 H2 is 14.25 %, not the 13.65 % of some public pages', () => {
    expect(latePenaltyRate('2024-11-15', { debtor: 'professional' }).ratePercent).not.toBe('13.65');
  });

  it('warns once per half-year when a contract rate is below the 2024 floors (15.21 % / 14.76 %)', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2023-12-31',
      asOf: '2024-12-31',
      clause: { type: 'ecb-plus', points: '10' },
    });
    const floor = s.warnings.filter((w) => w.code === 'CONTRACT_RATE_BELOW_FLOOR');
    expect(floor.map((w) => w.halfYear)).toEqual(['2024-H1', '2024-H2']);
    expect(floor[0]!.message).toContain('14,50 %');
    expect(floor[0]!.params).toMatchObject({ ratePercent: '14.50', floorPercent: '15.21' });
    expect(floor[0]!.message).toContain('15,21 %');
    expect(floor[1]!.message).toContain('14,25 %');
    expect(floor[1]!.message).toContain('14,76 %');
  });

  it('applies the floors with onBelowFloor: apply-floor', () => {
    const s = computeLatePenalties(
      {
        debtor: 'professional',
        amount: '10000.00',
        dueDate: '2023-12-31',
        asOf: '2024-12-31',
        clause: { type: 'fixed', ratePercent: '10' },
      },
      { onBelowFloor: 'apply-floor' },
    );
    expect(s.segments.map((x) => [x.ratePercent, x.rule])).toEqual([
      ['15.21', 'contract-floor'],
      ['14.76', 'contract-floor'],
    ]);
  });

  it('keeps the statutory default in 2024 with an information finding per half-year', () => {
    const s = computeLatePenalties({
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2023-12-31',
      asOf: '2024-12-31',
    });
    expect(s.segments.map((x) => x.ratePercent)).toEqual(['14.50', '14.25']);
    expect(s.warnings.map((w) => [w.code, w.severity, w.halfYear])).toEqual([
      ['STATUTORY_RATE_BELOW_FLOOR', 'info', '2024-H1'],
      ['STATUTORY_RATE_BELOW_FLOOR', 'info', '2024-H2'],
    ]);
  });
});
