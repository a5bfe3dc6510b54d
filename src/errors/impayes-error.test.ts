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
