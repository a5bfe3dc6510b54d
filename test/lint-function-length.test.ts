import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 13: no function in src/ over 60 lines, enforced by the project's own biome.json (rule
// noExcessiveLinesPerFunction, no exemption list). The probe runs biome with that config on a
// scratch copy, so a weakened rule or a new exemption for src/ fails here.
const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'impayes-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(lines: number): { ok: boolean; output: string } {
  mkdirSync(join(scratch, 'src', 'dunning'), { recursive: true });
  copyFileSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
  const body = Array.from({ length: lines - 3 }, (_, i) => `  total += ${i};`).join('\n');
  const file = `export function probe(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
  writeFileSync(join(scratch, 'src', 'dunning', 'next-step.ts'), file);
  try {
    const output = execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['lint', 'src'], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('function length lint', () => {
  it('fails on a function over 60 lines in src/, even in a file that used to be exempt', () => {
    const long = lint(64);
    expect(long.ok).toBe(false);
    expect(long.output).toContain('noExcessiveLinesPerFunction');
  }, 60_000);

  it('passes a function of 60 lines', () => {
    expect(lint(60).ok).toBe(true);
  }, 60_000);
});
