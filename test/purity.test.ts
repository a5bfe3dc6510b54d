import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 2: nothing in src/ may read the clock, randomness, the environment or the file system,
// nor touch decimal.js' global configuration. This scans the shipped sources (tests excluded).
const root = new URL('../src', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) ? [path] : [];
  });
}

const forbidden: Array<[RegExp, string]> = [
  [/\bDate\.now\s*\(/, 'reads the clock (Date.now)'],
  [/new Date\s*\(\s*\)/, 'reads the clock (new Date())'],
  [/\bMath\.random\b/, 'uses randomness'],
  [/\bprocess\./, 'reads the environment (process)'],
  [/\bconsole\./, 'writes to the console'],
  [/from\s+['"]node:/, 'imports a Node built-in'],
  [/from\s+['"](fs|path|os|crypto|child_process|http|https)['"]/, 'imports a Node built-in'],
  [/\brequire\s*\(/, 'uses require'],
  [/\bDecimal\.(set|config)\s*\(/, 'changes the global Decimal configuration'],
  [/\bfetch\s*\(/, 'does network I/O'],
  [/\bglobalThis\b/, 'touches global state'],
];

describe('purity of src/', () => {
  const files = sources(root);
  it('finds the sources', () => expect(files.length).toBeGreaterThan(10));
  it('has no clock, randomness, environment, I/O, console or global Decimal configuration', () => {
    const hits: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may mention them
        for (const [re, why] of forbidden)
          if (re.test(line)) hits.push(`${relative(root, file)}:${i + 1} ${why}`);
      });
    }
    expect(hits).toEqual([]);
  });
  it('catches a violation (self-check of the scanner)', () => {
    const line = 'const t = Date.now();';
    expect(forbidden.some(([re]) => re.test(line))).toBe(true);
  });
});
