import { describe, expect, it } from 'vitest';
import { frenchVatNumber, isValidFrenchVatNumber, isValidSiren, isValidSiret } from './index.js';

describe('isValidSiren', () => {
  it.each([
    '732829320',
    '404833048',
    '552032534',
    '356000000',
    '732 829 320',
    '732\u00a0829\u202f320',
  ])('accepts %s (Luhn)', (s) => {
    expect(isValidSiren(s)).toBe(true);
  });
  it.each(['732829321', '73282932', '7328293200', '73282932A', '', 'abcdefghi'])(
    'rejects %j',
    (s) => {
      expect(isValidSiren(s)).toBe(false);
    },
  );
  it('rejects non-strings without throwing', () => {
    expect(isValidSiren(732829320)).toBe(false);
    expect(isValidSiren(undefined)).toBe(false);
  });
});

describe('isValidSiret', () => {
  it.each(['73282932000074', '732 829 320 00074', '35600000000048', '35600000012346'])(
    'accepts %s',
    (s) => {
      expect(isValidSiret(s)).toBe(true);
    },
  );
  it.each([
    '73282932000075',
    '7328293200007',
    '732829320000745',
    '7328293200007X',
    '35600000012345', // La Poste, digit sum 29, not Luhn
    '35600000100003', // La Poste, digit sum 18, not Luhn
  ])('rejects %s', (s) => {
    expect(isValidSiret(s)).toBe(false);
  });
  it('applies the digit-sum rule only to La Poste', () => {
    // Digit sum 50 but another SIREN and not Luhn-valid.
    expect(isValidSiret('73282932000077')).toBe(false);
    expect(isValidSiret(null)).toBe(false);
  });
});

describe('frenchVatNumber', () => {
  it('computes FR + key + SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97', () => {
    expect(frenchVatNumber('732829320')).toBe('FR44732829320');
    expect(frenchVatNumber('404 833 048')).toBe('FR83404833048');
  });
  it('pads a one-digit key', () => {
    // 000000158 is Luhn-valid; (12 + 3 × 61) mod 97 = 1.
    expect(frenchVatNumber('000000158')).toBe('FR01000000158');
  });
  it('throws INVALID_INPUT for an invalid SIREN', () => {
    expect(() => frenchVatNumber('732829321')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['siren'] })],
      }),
    );
  });
});

describe('isValidFrenchVatNumber', () => {
  it.each(['FR44732829320', 'fr44732829320', 'FR 44 732 829 320', 'FR83404833048'])(
    'accepts %s',
    (s) => {
      expect(isValidFrenchVatNumber(s)).toBe(true);
    },
  );
  it.each(['FR45732829320', 'FR44732829321', 'DE44732829320', 'FRAB732829320', 'FR4473282932', 42])(
    'rejects %j',
    (s) => {
      expect(isValidFrenchVatNumber(s)).toBe(false);
    },
  );
});
