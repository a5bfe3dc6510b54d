import { describe, expect, it } from 'vitest';
import { ImpayesError, isImpayesError } from './index.js';

describe('ImpayesError', () => {
  it('carries a code, a path, issues and details', () => {
    const e = new ImpayesError({
      code: 'RATE_UNKNOWN',
      message: 'unknown',
      details: { halfYear: '2026-H2' },
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ImpayesError');
    expect(e.code).toBe('RATE_UNKNOWN');
    expect(e.path).toEqual([]);
    expect(e.issues).toEqual([{ path: [], message: 'unknown' }]);
    expect(e.details).toEqual({ halfYear: '2026-H2' });
  });
  it('builds its message from the issues, with paths', () => {
    const e = new ImpayesError({
      code: 'INVALID_INPUT',
      issues: [
        { path: ['payments', 2, 'amount'], message: 'must be positive' },
        { path: ['dueDate'], message: 'is required' },
      ],
    });
    expect(e.message).toBe(
      '2 problems:\n  - payments[2].amount: must be positive\n  - dueDate: is required',
    );
    expect(e.path).toEqual(['payments', 2, 'amount']);
    const one = new ImpayesError({ code: 'INVALID_INPUT', issues: [{ path: [], message: 'bad' }] });
    expect(one.message).toBe('bad');
  });
  it('keeps the cause and serialises to JSON', () => {
    const cause = new Error('root');
    const e = new ImpayesError({
      code: 'OUT_OF_RANGE',
      message: 'too high',
      path: ['percent'],
      cause,
    });
    expect(e.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'ImpayesError',
      code: 'OUT_OF_RANGE',
      message: 'too high',
      path: ['percent'],
      issues: [{ path: ['percent'], message: 'too high' }],
      details: {},
    });
  });
  it('falls back to the code as message', () => {
    expect(new ImpayesError({ code: 'INVALID_POLICY' }).message).toBe('INVALID_POLICY');
  });
});

describe('isImpayesError', () => {
  it('recognises our errors, also from another copy of the package', () => {
    expect(isImpayesError(new ImpayesError({ code: 'INVALID_INPUT' }))).toBe(true);
    const foreign = Object.assign(new Error('x'), { [Symbol.for('impayes-core.error')]: true });
    expect(isImpayesError(foreign)).toBe(true);
    expect(isImpayesError(new Error('x'))).toBe(false);
    expect(isImpayesError(null)).toBe(false);
    expect(isImpayesError('INVALID_INPUT')).toBe(false);
  });
});

/** The ImpayesError thrown by `f`, or a failure. */
function thrown(f: () => unknown): ImpayesError {
  try {
    f();
  } catch (e) {
    if (isImpayesError(e)) return e;
    throw new Error(`threw a non-ImpayesError: ${String(e)}`);
  }
  throw new Error('did not throw');
}

describe('issue 12: a caller-built init is checked like any input', () => {
  const make = (init: unknown) => () => new ImpayesError(init as never);

  it('refuses an init that is not a plain object or has no known code', () => {
    for (const init of [undefined, null, [], new Map(), 'INVALID_INPUT', {}, { code: 'NOPE' }]) {
      const e = thrown(make(init));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.path[0]).toBe('init');
    }
    expect(thrown(make({ code: 'NOPE' })).path).toEqual(['init', 'code']);
  });

  it('wraps a getter or Proxy that throws into INVALID_INPUT, keeping the cause', () => {
    const boom = new Error('getter that throws');
    const init = {
      get code(): string {
        throw boom;
      },
    };
    const e = thrown(make(init));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.cause).toBe(boom);
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw boom;
        },
      },
    );
    expect(thrown(make(proxy)).code).toBe('INVALID_INPUT');
  });

  it('checks path keys, issues and details, hole by hole', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(thrown(make({ code: 'INVALID_INPUT', path: ['a', , 'b'] })).path).toEqual([
      'init',
      'path',
      1,
    ]);
    expect(thrown(make({ code: 'INVALID_INPUT', path: [1.5] })).code).toBe('INVALID_INPUT');
    expect(thrown(make({ code: 'INVALID_INPUT', issues: [{ path: [] }] })).path).toEqual([
      'init',
      'issues',
      0,
      'message',
    ]);
    expect(thrown(make({ code: 'INVALID_INPUT', details: { at: new Date(0) } })).path).toEqual([
      'init',
      'details',
      'at',
    ]);
    expect(thrown(make({ code: 'INVALID_INPUT', details: { n: Number.NaN } })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('normalises -0 and drops undefined-valued details, like JSON', () => {
    const e = new ImpayesError({
      code: 'OUT_OF_RANGE',
      path: [-0],
      details: { n: -0, gone: undefined, list: [1, { deep: 'x' }] },
    });
    expect(Object.is(e.path[0], 0)).toBe(true);
    expect(Object.is(e.details.n, 0)).toBe(true);
    expect(Object.keys(e.details)).toEqual(['n', 'list']);
  });

  it('shares nothing with its init, and toJSON shares nothing with the error', () => {
    const details = { list: [1, 2] };
    const path = ['a'];
    const e = new ImpayesError({ code: 'INVALID_INPUT', path, details });
    details.list.push(3);
    path.push('b');
    expect(e.details).toEqual({ list: [1, 2] });
    expect(e.path).toEqual(['a']);
    const json = e.toJSON();
    (json.path as string[]).push('x');
    (json.details.list as number[]).push(9);
    expect(e.toJSON()).toEqual({
      name: 'ImpayesError',
      code: 'INVALID_INPUT',
      message: 'a: INVALID_INPUT',
      path: ['a'],
      issues: [{ path: ['a'], message: 'INVALID_INPUT' }],
      details: { list: [1, 2] },
    });
  });

  it('never cuts a message inside a surrogate pair', () => {
    const message = `${'x'.repeat(498)}😀😀`;
    const e = new ImpayesError({ code: 'INVALID_INPUT', message });
    expect(e.message.length).toBeLessThanOrEqual(500);
    expect(e.message.endsWith('x…')).toBe(true);
  });
});
