import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

// Issue 13 item 6: apps see only the public names. Each module's index.ts lists its public names
// (re-exported from its internal.ts, which other modules of the library import); the root index is
// `export *` of the module indexes, so nothing internal can leak through it.
const src = join(import.meta.dirname, '..', 'src');
const modules = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'internal' && d.name !== 'testing')
  .map((d) => d.name);

describe('public exports', () => {
  it('the root index is only `export *` of the module indexes', () => {
    const lines = readFileSync(join(src, 'index.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('export'));
    expect(lines).toEqual(modules.map((m) => `export * from './${m}/index.js';`));
  });

  it('a module index re-exports named public names from its internal.ts, nothing else', () => {
    for (const m of modules) {
      const text = readFileSync(join(src, m, 'index.ts'), 'utf8');
      const specifiers = [...text.matchAll(/^} from '([^']+)';$/gm)].map((x) => x[1]);
      expect(specifiers.length, m).toBeGreaterThan(0);
      expect(new Set(specifiers), m).toEqual(new Set(['./internal.js']));
      expect(text, m).not.toMatch(/export \*/);
    }
  });

  it('internal helpers are not reachable from the package root', () => {
    const internals = [
      'allocateValidated',
      'mentionsOfInvoice',
      'addDaysValid',
      'addMonthsValid',
      'dayNumber',
      'dateOfDayNumber',
      'isPlainDateText',
      'rollWorkingDayValid',
    ];
    for (const name of internals) expect(Object.keys(root), name).not.toContain(name);
  });

  it('the package exposes only the root, the testing kit and the JSON Schema files', () => {
    const pkg = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8'));
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './testing',
      './schemas/*.json',
      './package.json',
    ]);
  });
});
