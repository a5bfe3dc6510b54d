// Issue 12: every runtime function exported by the package root has an entry in the fuzz sample
// table, so that a new export without fuzz coverage fails CI; and every sample call is valid.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { knownFailures } from './known-failures.js';
import { sampleTable } from './samples.js';

const exported = lib as unknown as Record<string, unknown>;
const functions = Object.keys(exported).filter((k) => typeof exported[k] === 'function');

describe('fuzz coverage of the exports', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(60);
    expect(functions).toContain('nextDunningStep');
  });

  it('has a sample call for every exported function', () => {
    expect(functions.filter((name) => sampleTable[name] === undefined)).toEqual([]);
  });

  it('has no sample for a name that is not an exported function', () => {
    expect(Object.keys(sampleTable).filter((name) => !functions.includes(name))).toEqual([]);
  });

  it('names only sampled functions in the known failures', () => {
    expect(knownFailures.filter((k) => sampleTable[k.fn] === undefined)).toEqual([]);
  });

  it('catches a missing sample (self-check)', () => {
    const table: Record<string, unknown> = { ...sampleTable };
    delete table.addDays;
    expect(functions.filter((name) => table[name] === undefined)).toEqual(['addDays']);
  });

  for (const [name, sample] of Object.entries(sampleTable)) {
    it(`${name}: every sample call returns without throwing`, () => {
      const fn = exported[name] as (...args: unknown[]) => unknown;
      for (const args of sample.calls) {
        const call = () =>
          sample.construct
            ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args)
            : fn(...args);
        expect(call).not.toThrow();
      }
    });
  }
});
