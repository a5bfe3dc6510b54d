import { checkPaymentTerms, computeDueDate, frenchVatNumber } from 'impayes-core';
import { describe, expect, test } from 'vitest';

type Method = 'days-then-eom' | 'eom-then-days';

// docs/law.md §9 and edge dates. id, issue date, days, method, expected due date.
const eomCases: ReadonlyArray<[string, string, number, Method, string]> = [
  ['EX-45EOM-A 10 March', '2025-03-10', 45, 'days-then-eom', '2025-04-30'],
  ['EX-45EOM-B 10 March', '2025-03-10', 45, 'eom-then-days', '2025-05-15'],
  ['EX-30EOM-A 2023-01-05', '2023-01-05', 30, 'days-then-eom', '2023-02-28'],
  ['EX-30EOM-A 2023-03-15', '2023-03-15', 30, 'days-then-eom', '2023-04-30'],
  ['EX-30EOM-A 2023-06-28', '2023-06-28', 30, 'days-then-eom', '2023-07-31'],
  ['EX-45EOM-A 2025-01-31', '2025-01-31', 45, 'days-then-eom', '2025-03-31'],
  ['EX-45EOM-B 2025-01-31', '2025-01-31', 45, 'eom-then-days', '2025-03-17'],
  ['EDGE leap 29 Feb A', '2024-02-29', 45, 'days-then-eom', '2024-04-30'],
  ['EDGE leap 29 Feb B', '2024-02-29', 45, 'eom-then-days', '2024-04-14'],
  [
    'EDGE 31 Jan + 30 EOM A (leap year) → 31 March',
    '2024-01-31',
    30,
    'days-then-eom',
    '2024-03-31',
  ],
  ['EDGE 1 Jan + 30 EOM A → short Feb', '2023-01-01', 30, 'days-then-eom', '2023-01-31'],
  ['EDGE year end A', '2025-12-15', 45, 'days-then-eom', '2026-01-31'],
  ['EDGE year end B', '2025-12-15', 45, 'eom-then-days', '2026-02-14'],
];

describe('computeDueDate (golden, docs/law.md §9)', () => {
  test.each(eomCases)('%s', (_id, issueDate, days, method, expected) => {
    expect(
      computeDueDate({ issueDate, terms: { type: 'end-of-month', days, method } }).dueDate,
    ).toBe(expected);
  });

  const netCases: ReadonlyArray<[string, string, number, string]> = [
    ['EX-60 days from 6 April is 5 June, not 6 June', '2025-04-06', 60, '2025-06-05'],
    ['EDGE 31 Jan + 30 days (leap year)', '2024-01-31', 30, '2024-03-01'],
    ['EDGE 31 Jan + 30 days (common year)', '2025-01-31', 30, '2025-03-02'],
    ['EDGE 29 Feb + 60 days', '2024-02-29', 60, '2024-04-29'],
    ['EDGE year end + 30 days', '2025-12-15', 30, '2026-01-14'],
  ];
  test.each(netCases)('%s', (_id, issueDate, days, expected) => {
    expect(computeDueDate({ issueDate, terms: { type: 'net', days } }).dueDate).toBe(expected);
  });
});

describe('checkPaymentTerms (golden)', () => {
  const cases: ReadonlyArray<
    [string, Parameters<typeof checkPaymentTerms>[0], boolean, string | undefined, string[]]
  > = [
    [
      'net 60 from 6 April: lawful, latest 5 June',
      { debtor: 'professional', issueDate: '2025-04-06', terms: { type: 'net', days: 60 } },
      true,
      '2025-06-05',
      [],
    ],
    [
      'due 6 June (two months) is one day too late',
      { debtor: 'professional', issueDate: '2025-04-06', dueDate: '2025-06-06' },
      true,
      '2025-06-05',
      ['TERM_EXCEEDS_60_DAYS'],
    ],
    [
      '45 days EOM method B from 10 March is lawful',
      {
        debtor: 'professional',
        issueDate: '2025-03-10',
        terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
      },
      true,
      '2025-05-15',
      [],
    ],
    [
      '60 days EOM is not allowed',
      {
        debtor: 'professional',
        issueDate: '2025-03-10',
        terms: { type: 'end-of-month', days: 60, method: 'days-then-eom' },
      },
      false,
      '2025-05-09',
      ['EOM_60_NOT_ALLOWED'],
    ],
    [
      'public hospital: 50 days from receipt',
      {
        debtor: 'public',
        publicBuyerType: 'public-hospital',
        issueDate: '2025-03-01',
        receiptDate: '2025-03-04',
        terms: { type: 'net', days: 60 },
      },
      false,
      '2025-04-23',
      ['PUBLIC_TERM_EXCEEDED'],
    ],
    [
      'consumer: no statutory cap',
      { debtor: 'consumer', issueDate: '2025-03-01', terms: { type: 'net', days: 120 } },
      true,
      undefined,
      ['NO_STATUTORY_CAP_B2C'],
    ],
  ];
  test.each(cases)('%s', (_id, input, compliant, latest, codes) => {
    const r = checkPaymentTerms(input);
    expect(r.compliant).toBe(compliant);
    expect(r.latestLawfulDueDate).toBe(latest);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });
});

describe('frenchVatNumber (golden)', () => {
  test.each([
    ['732829320', 'FR44732829320'],
    ['404833048', 'FR83404833048'],
  ])('%s → %s', (siren, vat) => {
    expect(frenchVatNumber(siren)).toBe(vat);
  });
});
