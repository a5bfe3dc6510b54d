// Limitation sentences: the legal basis of an article without a regular expression.

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
