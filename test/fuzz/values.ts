// The hostile values the fuzz suite puts into valid inputs, each built fresh from a readable token
// (so a failing case prints as `amount:1e400`, not as an object dump).
import { opaque } from './inspect.js';

function throwingGetter(): object {
  const o = {};
  Object.defineProperty(o, 'date', {
    enumerable: true,
    get() {
      throw new Error('getter that throws');
    },
  });
  Object.defineProperty(o, 'amount', {
    enumerable: true,
    get() {
      throw new Error('getter that throws');
    },
  });
  opaque.add(o);
  return o;
}

function throwingProxy(): object {
  const p = new Proxy(
    {},
    {
      get() {
        throw new Error('proxy that throws');
      },
      has() {
        throw new Error('proxy that throws');
      },
      ownKeys() {
        throw new Error('proxy that throws');
      },
      getOwnPropertyDescriptor() {
        throw new Error('proxy that throws');
      },
      getPrototypeOf() {
        throw new Error('proxy that throws');
      },
    },
  );
  opaque.add(p);
  return p;
}

/** Amount-shaped values (issue 12: '1e400', '-0', 'NaN', '0x10', ' 12 ', '1,5', 1e21, 0.1 + 0.2). */
const amounts: Record<string, () => unknown> = {
  '1e400': () => '1e400',
  '-0': () => '-0',
  NaN: () => 'NaN',
  '0x10': () => '0x10',
  ' 12 ': () => ' 12 ',
  '1,5': () => '1,5',
  '1e21 (number)': () => 1e21,
  '0.1+0.2 (number)': () => 0.1 + 0.2,
  '1e3': () => '1e3',
  '-1': () => '-1',
  '0': () => '0',
  '0.001': () => '0.001',
  '1 followed by 50 zeros': () => `1${'0'.repeat(50)}`,
  '999999999999999.99': () => '999999999999999.99',
  '1000000000000000': () => '1000000000000000',
  '0.00000000001': () => '0.00000000001',
  '12.': () => '12.',
  '.5': () => '.5',
  '+5': () => '+5',
  'fullwidth 12': () => '１２',
  'Infinity (string)': () => 'Infinity',
  'NaN (number)': () => Number.NaN,
  'Infinity (number)': () => Number.POSITIVE_INFINITY,
  '-0 (number)': () => -0,
  '1e-7 (number)': () => 1e-7,
  '-40 (number)': () => -40,
  'MAX_SAFE_INTEGER (number)': () => Number.MAX_SAFE_INTEGER,
  '12.345 (number)': () => 12.345,
};

/** Date-shaped values (issue 12: impossible, out-of-range and mis-typed dates). */
const dates: Record<string, () => unknown> = {
  '2025-02-29': () => '2025-02-29',
  '2025-13-01': () => '2025-13-01',
  '0000-01-01': () => '0000-01-01',
  '9999-12-31': () => '9999-12-31',
  '2025-1-5': () => '2025-1-5',
  'a Date': () => new Date(Date.UTC(2025, 0, 5)),
  'an invalid Date': () => new Date(Number.NaN),
  'a number (20250105)': () => 20250105,
  '0050-01-31': () => '0050-01-31',
  '1899-12-31': () => '1899-12-31',
  '1900-01-01': () => '1900-01-01',
  '2199-12-31': () => '2199-12-31',
  '2200-01-01': () => '2200-01-01',
  '2099-06-30 (future)': () => '2099-06-30',
  '2024-02-29': () => '2024-02-29',
  '2025-04-31': () => '2025-04-31',
  '2025-00-10': () => '2025-00-10',
  'with a time': () => '2025-01-05T10:00:00Z',
  'trailing space': () => '2025-01-05 ',
  '+002025-01-01': () => '+002025-01-01',
};

/** Values of the wrong type, or strange values of the right type. */
const anyField: Record<string, () => unknown> = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  false: () => false,
  '0': () => 0,
  '-0': () => -0,
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  '-1': () => -1,
  '1.5': () => 1.5,
  '2^53': () => 2 ** 53,
  '1e21': () => 1e21,
  "''": () => '',
  "'x'": () => 'x',
  "'toString'": () => 'toString',
  "'__proto__'": () => '__proto__',
  "'constructor'": () => 'constructor',
  '[]': () => [],
  '{}': () => ({}),
  'null-prototype {}': () => Object.create(null),
  '[null]': () => [null],
  'a Date': () => new Date(0),
  'a symbol': () => Symbol('fuzz'),
  '10n': () => 10n,
  'a function': () => () => 1,
  'a boxed string': () => new String('x'),
  'a boxed number': () => new Number(5),
  'a Map': () => new Map([['a', 1]]),
  'a getter that throws': throwingGetter,
  'a proxy that throws': throwingProxy,
  '2000 chars': () => 'x'.repeat(2000),
  'a lone surrogate': () => '\ud800',
  'control chars': () => '\u0000\n\t',
};

export const pools = { amount: amounts, date: dates, any: anyField } as const;
export type PoolName = keyof typeof pools;

/** A token such as `amount:1e400`, built into a fresh value. */
export function buildToken(token: string): unknown {
  const i = token.indexOf(':');
  const pool = pools[token.slice(0, i) as PoolName];
  const make = pool?.[token.slice(i + 1)];
  if (make === undefined) throw new Error(`unknown fuzz token ${token}`);
  return make();
}

export function tokensOf(pool: PoolName): string[] {
  return Object.keys(pools[pool]).map((k) => `${pool}:${k}`);
}

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT_TEXT = /^-?\d+(\.\d+)?$/;

/** The pools that fit a valid leaf: dates for date strings, amounts for numbers and numeric text. */
export function poolsFor(leaf: unknown): PoolName[] {
  if (typeof leaf === 'string' && DATE_TEXT.test(leaf)) return ['date', 'any'];
  if (typeof leaf === 'number' || (typeof leaf === 'string' && AMOUNT_TEXT.test(leaf)))
    return ['amount', 'any'];
  return ['any', 'amount', 'date'];
}
