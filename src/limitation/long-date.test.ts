import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from '../dates/internal.js';
import { longDateValid } from '../text/internal.js';
import { legalBasis } from './long-date.js';

/** longDateValid's French reading before it read char codes: the reference of the tests below. */
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
function bySubstrings(date: string): string {
  const day = Number(date.slice(8, 10));
  return `${day === 1 ? '1er' : day} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
}
const frenchLongDate = (date: string): string => longDateValid(date, 'fr');

describe('longDateValid (French), read by char codes', () => {
  it('writes every date of 1900–2199 (and around) as the substring reading did', () => {
    const last = dayNumber('2200-12-31');
    let n = dayNumber('1899-01-01');
    for (; n <= last; n++) {
      const date = dateOfDayNumber(n);
      if (frenchLongDate(date) !== bySubstrings(date))
        expect(frenchLongDate(date)).toBe(bySubstrings(date));
    }
    expect(n - dayNumber('1899-01-01')).toBeGreaterThan(100_000);
    expect(frenchLongDate('2015-03-01')).toBe('1er mars 2015');
    expect(frenchLongDate('0999-12-31')).toBe('31 décembre 999');
  });

  it('any other text: the same as the substring reading', () => {
    for (const text of [
      '2015-13-01',
      '2015-00-10',
      '+015-03-01',
      ' 015-03-01',
      '2015-3-1',
      '',
      'abcdefghij',
      '2015-03-1x',
      '10000-01-01',
    ])
      expect(frenchLongDate(text)).toBe(bySubstrings(text));
  });
});

describe('legalBasis', () => {
  it('cuts what the regular expression / of \\d.*$/ cuts (property)', () => {
    const piece = fc.constantFrom(
      'CPC 1411',
      ' of ',
      ' of 1',
      'of 16 Feb 2026',
      '; ',
      '9',
      'x',
      '\n',
      '\u2028',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const article = pieces.join('');
        expect(legalBasis(article)).toBe(article.replace(/ of \d.*$/, ''));
      }),
      { numRuns: 3000 },
    );
    expect(legalBasis('CPC 1411; décret 2026-96 of 16 Feb 2026')).toBe('CPC 1411; décret 2026-96');
    expect(legalBasis('CPC 1411')).toBe('CPC 1411');
  });
});
