import type { Catalogues, MessageParams } from '../../src/text/internal.js';

/** What every `src/<module>/text.samples.ts` exports. */
export interface CatalogueFamily {
  readonly catalogues: Catalogues<Record<string, MessageParams>>;
  readonly samples: Readonly<Record<string, ReadonlyArray<MessageParams>>>;
}

/** Words that betray English left in a French sentence (padded with spaces to match words). */
export const ENGLISH_MARKERS: ReadonlyArray<string> = [
  ' the ',
  ' of ',
  ' and ',
  ' is ',
  ' was ',
  ' are ',
  ' with ',
  ' days',
  ' day ',
  ' invoice',
  ' payment',
  // Not ' due ': « la somme due » is French too.
  ' due date',
  ' overdue',
  ' not ',
  ' after ',
  ' before ',
  ' from ',
  ' no ',
  ' amount',
  ' late ',
];

/**
 * French forms that must be elided or contracted (« d'un », « du », « au », « des », « qu'il »),
 * matched as whole words, case-insensitive.
 */
export const NON_ELIDED: ReadonlyArray<RegExp> = [
  /(^|[\s(«'’])de (un|une|il|elle|on|eux)\b/i,
  /(^|[\s(«'’])(de|à) (le|les)\s/i,
  /(^|[\s(«'’])que (il|ils|elle|elles|on|un|une)\b/i,
  /(^|[\s(«'’])(le|la) [aeéèêiou]/i,
];

/** Text that must never reach a reader: unfilled or broken parameters. */
const BROKEN: ReadonlyArray<string> = ['undefined', 'NaN', '{', '}', '[object', 'Infinity'];

/**
 * Every problem of one catalogue family: a code missing in a locale or in the samples, a template
 * that throws, broken output, or English words in French output. Empty when the family is sound.
 */
export function catalogueProblems(name: string, family: CatalogueFamily): string[] {
  const { catalogues, samples } = family;
  const problems: string[] = [];
  const codes = new Set([
    ...Object.keys(catalogues.fr),
    ...Object.keys(catalogues.en),
    ...Object.keys(samples),
  ]);
  for (const code of codes) {
    for (const locale of ['fr', 'en'] as const)
      if (typeof catalogues[locale][code] !== 'function')
        problems.push(`${name} ${code}: missing in locale ${locale}`);
    const cases = samples[code];
    if (cases === undefined || cases.length === 0) {
      problems.push(`${name} ${code}: no sample params`);
      continue;
    }
    for (const params of cases) problems.push(...renderProblems(name, family, code, params));
  }
  return problems;
}

function renderProblems(
  name: string,
  { catalogues }: CatalogueFamily,
  code: string,
  params: MessageParams,
): string[] {
  const problems: string[] = [];
  for (const locale of ['fr', 'en'] as const) {
    const template = catalogues[locale][code];
    if (typeof template !== 'function') continue;
    let text: string;
    try {
      text = template(params);
    } catch (e) {
      problems.push(`${name} ${code} (${locale}): throws ${String(e)}`);
      continue;
    }
    if (text.trim() === '') problems.push(`${name} ${code} (${locale}): empty`);
    for (const bad of BROKEN)
      if (text.includes(bad))
        problems.push(`${name} ${code} (${locale}): contains '${bad}': ${text}`);
    if (locale === 'fr')
      for (const word of ENGLISH_MARKERS)
        if (` ${text} `.toLowerCase().includes(word))
          problems.push(`${name} ${code} (fr): English word '${word.trim()}': ${text}`);
    // « jour(s) », "day(s)": a count must take the right form of its word (plural helpers).
    if (/\p{L}\(s\)/u.test(text))
      problems.push(`${name} ${code} (${locale}): plural left as '(s)': ${text}`);
    if (locale === 'fr')
      for (const form of NON_ELIDED) {
        const m = form.exec(text);
        if (m) problems.push(`${name} ${code} (fr): not elided '${m[0].trim()}': ${text}`);
      }
  }
  return problems;
}
