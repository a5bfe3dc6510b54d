import { longDateValid } from '../text/internal.js';

// The French long date of the limitation sentences (« 1er mars 2015 »), read by char codes: the
// sentences of a limitation result hold dozens of dates, and longDateValid cuts three substrings
// per date. Same text as longDateValid(date, 'fr') for every input (a test compares them).

/** The French month names, as longDateValid writes them. */
const MONTHS: ReadonlyArray<string> = /* @__PURE__ */ Object.freeze(
  Array.from({ length: 12 }, (_, i) =>
    longDateValid(`2000-${String(i + 1).padStart(2, '0')}-02`, 'fr').slice(2, -5),
  ),
);

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** @internal `longDateValid(date, 'fr')`, without substrings for a `YYYY-MM-DD` text. */
export function frenchLongDate(date: string): string {
  if (date.length !== 10) return longDateValid(date, 'fr');
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  // A character that is not a digit: longDateValid decides (Number() reads signs and spaces).
  if (Number.isNaN(year + month + day)) return longDateValid(date, 'fr');
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * @internal `article.replace(/ of \d.*$/, '')` without a regular expression on the common path (no
 * `' of '`): the text before the first `' of '` followed by a digit and then no line break.
 */
export function legalBasis(article: string): string {
  for (let i = article.indexOf(' of '); i >= 0; i = article.indexOf(' of ', i + 1)) {
    const c = article.charCodeAt(i + 4);
    if (c >= 48 && c <= 57 && !LINE_BREAK.test(article.slice(i + 5))) return article.slice(0, i);
  }
  return article;
}
