import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as lib from '../src/index.js';
import { deepFreeze } from '../src/internal/freeze.js';

// Every exported constant is shared by all the calls of a process: a caller must not be able to
// change a table (a policy, the transition table, the labels) for every later call (issue 12 item 1).

/** zod schemas are exempt: zod v4 defines properties lazily on the schema objects themselves (for
 * example `safeParse` on first use), so a frozen schema throws "object is not extensible". They hold
 * no data a caller could tamper with through the documented API. */
function isZodSchema(value: object): boolean {
  return '_zod' in value;
}

/** The paths under `value` (own enumerable string keys, recursively) that are not frozen. */
function unfrozenPaths(value: unknown, path: string, seen: Set<object>, out: string[]): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const [key, child] of Object.entries(value))
    unfrozenPaths(child, `${path}.${key}`, seen, out);
  return out;
}

const constants = Object.entries(lib).filter(
  ([, value]) => typeof value === 'object' && value !== null && !isZodSchema(value),
);

describe('exported constants (issue 12 item 1)', () => {
  it('lists the package root exports (the check below is not vacuous)', () => {
    expect(constants.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'defaultDunningPolicy',
        'dunningTransitions',
        'dunningStatuses',
        'dunningEventTypes',
        'dunningStepKindLabels',
        'debtorKindLabels',
        'defaultRateTable',
        'ratesKnownUntil',
        'limitationEventOrder',
        'defaultDepositRule',
        'depositRiskPoints',
      ]),
    );
  });

  it.each(constants)('issue 12 item 1: %s is deeply frozen', (name, value) => {
    expect(unfrozenPaths(value, name, new Set(), [])).toEqual([]);
  });

  it('the checker finds an unfrozen nested object (self-check)', () => {
    const shallow = Object.freeze({ a: { b: [1] } });
    expect(unfrozenPaths(shallow, 'x', new Set(), [])).toEqual(['x.a', 'x.a.b']);
    expect(unfrozenPaths(deepFreeze({ a: { b: [1] } }), 'x', new Set(), [])).toEqual([]);
  });

  it('only zod schemas are exempt, and freezing one would break it (why they are exempt)', () => {
    const exempt = Object.entries(lib).filter(
      ([, v]) => typeof v === 'object' && v !== null && isZodSchema(v),
    );
    expect(exempt.length).toBeGreaterThan(10);
    expect(exempt.every(([name]) => name.endsWith('Schema'))).toBe(true);
    const schema = z.enum(['a', 'b']);
    Object.freeze(schema);
    expect(() => schema.safeParse('a')).toThrow(TypeError);
  });
});

describe('deepFreeze', () => {
  it('freezes nested plain objects and arrays, symbol keys included, and returns the value', () => {
    const hidden = Symbol('hidden');
    const inner = { n: 1 };
    const value = { list: [{ x: 1 }], [hidden]: inner };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('leaves class instances alone (their methods may write their own fields) and handles cycles', () => {
    const set = new Set([1]);
    const cyclic: { self?: unknown; set: Set<number> } = { set };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
    expect(Object.isFrozen(set)).toBe(false);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
