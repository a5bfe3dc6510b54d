// Summarises V8 CPU profiles (.cpuprofile, from node --cpu-prof): self time by package (zod,
// decimal.js, our code, Node internals, GC) and the functions with the most self time.
// Usage: npx tsx bench/profile-summary.ts <profile file or folder>… [--top=N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function owner(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return 'V8 / other';
  if (url.includes('/node_modules/zod/')) return 'zod';
  if (url.includes('/node_modules/decimal.js/')) return 'decimal.js';
  if (url.startsWith('node:') || url === '') return 'Node / V8 built-ins';
  return 'impayes-core';
}

function files(args: string[]): string[] {
  return args.flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => join(a, f))
      : [a],
  );
}

function summarise(file: string, top: number): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const dt = p.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const who = owner(url, functionName);
    const short = url.includes('node_modules/')
      ? url.slice(url.lastIndexOf('node_modules/') + 13)
      : url.slice(url.lastIndexOf('/') + 1);
    const key = `${functionName || '(anonymous)'}  [${who}: ${short}:${lineNumber + 1}]`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byOwner.set(who, (byOwner.get(who) ?? 0) + dt);
    total += dt;
  });
  const pct = (v: number) => `${((100 * v) / total).toFixed(1).padStart(5)} %`;
  console.log(`\n${file}: ${(total / 1000).toFixed(0)} ms of samples`);
  for (const [who, v] of [...byOwner].sort((a, b) => b[1] - a[1]))
    console.log(`  ${pct(v)}  ${who}`);
  console.log('  top self time:');
  for (const [key, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${pct(v)}  ${key}`);
  }
}

const topArg = process.argv.find((a) => a.startsWith('--top='));
const top = topArg === undefined ? 15 : Number(topArg.slice(6));
for (const f of files(process.argv.slice(2).filter((a) => !a.startsWith('--')))) summarise(f, top);
