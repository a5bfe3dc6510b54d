import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MARKERS } from './text/catalogue-harness.js';

// Issue 14: `npm run demo` is French from top to bottom, `npm run demo -- --locale en` English.
// The demos print caller data too (addresses, « virement », the glossed « mise en demeure » of
// the English letter), so the French markers below are words no such data holds.
const FRENCH_MARKERS: ReadonlyArray<string> = [
  ' est ',
  ' sont ',
  ' pour ',
  ' facture',
  ' échéance',
  ' relance',
  ' jours',
  ' dû ',
  ' aucun',
  ' à faire',
  ' attente',
  ' pénalités',
  ' statut ',
];

const root = fileURLToPath(new URL('..', import.meta.url));

/** The output of an example script, run as `npm run demo` runs it. */
function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** Each line holding one of `markers` (lines padded so a word at either end matches). */
function offending(output: string, markers: ReadonlyArray<string>): string[] {
  return output
    .split('\n')
    .filter((line) => markers.some((m) => ` ${line.toLowerCase()} `.includes(m)));
}

const DEMOS = ['examples/demo.ts', 'examples/einvoicing.ts', 'examples/collections.ts'];

describe('issue 14: the demos speak one language', () => {
  for (const demo of DEMOS) {
    it(`${demo} is French by default, with no English line`, () => {
      const out = run(demo);
      expect(out.length).toBeGreaterThan(200);
      expect(offending(out, ENGLISH_MARKERS)).toEqual([]);
    }, 120_000);

    it(`${demo} --locale en is English, with no French line`, () => {
      const out = run(demo, '--locale', 'en');
      expect(out.length).toBeGreaterThan(200);
      expect(offending(out, FRENCH_MARKERS)).toEqual([]);
    }, 120_000);
  }

  // The demo passes the log's part payment to the letter, which names it with its date.
  it('examples/demo.ts names the part payment of 11 March in its letter, in each locale', () => {
    expect(run('examples/demo.ts')).toContain(
      'principal restant dû après votre règlement partiel de 400,00\u00a0€ du 11 mars 2026 : 800,00\u00a0€',
    );
    expect(run('examples/demo.ts', '--locale', 'en')).toContain(
      'principal outstanding after your part payment of €400.00 on 11 March 2026: €800.00',
    );
  }, 120_000);

  // A French-only example (an aged balance as a French accountant reads it).
  it('examples/aged-balance.ts is French, with no English line', () => {
    const out = run('examples/aged-balance.ts');
    expect(out.length).toBeGreaterThan(200);
    expect(offending(out, ENGLISH_MARKERS)).toEqual([]);
  }, 120_000);

  it('the marker lists catch what they are for', () => {
    expect(offending('Relance du 4 mars\nThe invoice is late', ENGLISH_MARKERS)).toEqual([
      'The invoice is late',
    ]);
    expect(offending('Relance du 4 mars\nThe invoice is late', FRENCH_MARKERS)).toEqual([
      'Relance du 4 mars',
    ]);
  });
});
