import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ImpayesError } from '../errors/internal.js';
import { invalidInput, parseOrThrow, safeParseWith, show } from './validate.js';

const Schema = z.strictObject({
  name: z.string().check(z.minLength(2), z.maxLength(5)),
  count: z.int().check(z.minimum(1), z.maximum(3)),
  ratio: z.number().check(z.gt(0), z.lt(1), z.multipleOf(0.25)),
  tags: z.array(z.string()).check(z.minLength(1), z.maxLength(2)),
  kind: z.enum(['a', 'b']),
  code: z.string().check(z.regex(/^[A-Z]+$/)),
  shape: z.discriminatedUnion('type', [
    z.object({ type: z.literal('x') }),
    z.object({ type: z.literal('y') }),
  ]),
  either: z.union([z.object({ a: z.number() }), z.object({ a: z.string(), b: z.number() })]),
  plain: z.union([z.string(), z.number()]),
  map: z.record(z.string().check(z.regex(/^k/)), z.number()),
  set: z.optional(z.set(z.number())),
});

function issuesOf(input: unknown) {
  try {
    parseOrThrow(Schema, input, 'thing');
  } catch (e) {
    return (e as ImpayesError).issues;
  }
  throw new Error('expected a failure');
}

describe('parseOrThrow', () => {
  it('returns the parsed value', () => {
    const ok = {
      name: 'abc',
      count: 2,
      ratio: 0.5,
      tags: ['t'],
      kind: 'a',
      code: 'AB',
      shape: { type: 'x' },
      either: { a: 1 },
      plain: 'p',
      map: { k1: 1 },
    };
    expect(parseOrThrow(Schema, ok, 'thing')).toEqual(ok);
  });
  it('reports every problem with its path and an English message', () => {
    const issues = issuesOf({
      name: 'a',
      count: 9,
      ratio: 0.3,
      tags: [],
      kind: 'c',
      code: 'ab',
      shape: { type: 'z' },
      either: { a: 'x' },
      plain: null,
      map: { x: 1 },
      set: new Set(['s']),
      extra: true,
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.name).toMatch(/at least 2 character/);
    expect(byPath.count).toMatch(/at most 3/);
    expect(byPath.ratio).toMatch(/multiple of 0.25/);
    expect(byPath.tags).toMatch(/at least 1 item/);
    expect(byPath.kind).toBe('must be one of "a", "b", received "c"');
    expect(byPath.code).toMatch(/invalid format/);
    expect(byPath['shape.type']).toMatch(/unknown type "z"; expected one of "x", "y"/);
    expect(byPath['either.a']).toBe('expected number, received "x"');
    expect(byPath.plain).toMatch(/does not match any allowed shape, received null/);
    expect(Object.entries(byPath).find(([k]) => k.startsWith('map'))?.[1]).toMatch(/invalid/);
    expect(byPath.set).toMatch(/expected number/);
    expect(byPath['']).toMatch(/unknown key\(s\): extra/);
  });
  it('describes bounds that are exclusive and types that are wrong', () => {
    const issues = issuesOf({ name: 'abcdef', count: 'x', ratio: 1, tags: ['a', 'b', 'c'] });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.name).toMatch(/at most 5 character/);
    expect(byPath.count).toBe('expected number, received "x"');
    expect(byPath.ratio).toMatch(/less than 1/);
    expect(byPath.tags).toMatch(/at most 2 item/);
    expect(issuesOf({ ratio: 0 }).find((i) => i.path[0] === 'ratio')?.message).toMatch(
      /greater than 0/,
    );
  });
  it('formats a one-problem message and a many-problem message', () => {
    expect(() => parseOrThrow(z.string(), 1, 'label')).toThrow(
      'Invalid label. label: expected string, received 1',
    );
    expect(() => parseOrThrow(z.object({ a: z.string(), b: z.string() }), {}, 'x')).toThrow(
      /Invalid x: 2 problems/,
    );
  });
  it('prefixes paths with the base path', () => {
    expect(() => parseOrThrow(z.string(), 1, 'date', ['date'])).toThrow(
      expect.objectContaining({
        issues: [{ path: ['date'], message: 'expected string, received 1' }],
      }),
    );
  });
});

describe('safeParseWith', () => {
  it('returns zod-shaped results', () => {
    expect(safeParseWith(z.string(), 'a', 'x')).toEqual({ success: true, data: 'a' });
    const r = safeParseWith(z.string(), 1, 'x');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toBeInstanceOf(ImpayesError);
  });
  it('issue 12 item 6: turns anything reading the input throws into one INVALID_INPUT, cause kept', () => {
    const boom = z.string().check(
      z.superRefine(() => {
        throw new RangeError('boom');
      }),
    );
    const r = safeParseWith(boom, 'a', 'x');
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.cause).toBeInstanceOf(RangeError);
    }
  });
});

describe('invalidInput', () => {
  it('throws INVALID_INPUT with the path in the message', () => {
    expect(() => invalidInput('is wrong', ['a', 0])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['a', 0], message: 'a[0]: is wrong' }),
    );
    expect(() => invalidInput('is wrong', [], { x: 1 })).toThrow(
      expect.objectContaining({ details: { x: 1 }, message: 'is wrong' }),
    );
  });
});

describe('show', () => {
  it('shows values briefly', () => {
    expect(show('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(show([1])).toBe('an array');
    expect(show({})).toBe('an object');
    expect(show(undefined)).toBe('undefined');
    expect(show(() => 1)).toBe('function');
    expect(show(10n)).toBe('bigint');
  });
});

describe('issue 12 item 11: bounded, host-independent messages', () => {
  it('shows a Date in ISO (UTC), never in local time, and never "[object Object]"', () => {
    expect(show(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('a Date (2025-01-02T03:04:05.000Z)');
    expect(show(new Date(Number.NaN))).toBe('an invalid Date');
    expect(show(Object.create(null))).toBe('an object');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(show(revoked.proxy)).toBe('an object');
  });

  it('caps a message listing 100 000 problems at 500 characters, with "… and N more"', () => {
    const schema = z.array(z.string());
    const input = Array.from({ length: 100_000 }, () => 1);
    try {
      parseOrThrow(schema, input, 'names');
      throw new Error('expected a failure');
    } catch (error) {
      const e = error as ImpayesError;
      expect(e.issues).toHaveLength(100_000);
      expect(e.message.length).toBeLessThanOrEqual(500);
      expect(e.message).toMatch(/… and \d+ more$/);
    }
    const direct = new ImpayesError({
      code: 'INVALID_INPUT',
      issues: Array.from({ length: 1000 }, (_, i) => ({ path: [i], message: 'x'.repeat(300) })),
    });
    expect(direct.message.length).toBeLessThanOrEqual(500);
    expect(
      new ImpayesError({ code: 'INVALID_INPUT', message: 'y'.repeat(10_000) }).message,
    ).toHaveLength(500);
  });

  it('says a missing discriminator is required, listing the options', () => {
    const schema = z.discriminatedUnion('type', [
      z.object({ type: z.literal('a') }),
      z.object({ type: z.literal('b') }),
    ]);
    expect(() => parseOrThrow(schema, {}, 'event')).toThrow(
      'type: is required; expected one of "a", "b"',
    );
  });
});
