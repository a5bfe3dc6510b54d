// Field-by-field mutations of the valid sample calls, as data ("recipes") so that fast-check can
// shrink them and print them readably; `buildArgs` turns a recipe into fresh arguments each time.
import fc from 'fast-check';
import { opaque } from './inspect.js';
import type { Sample } from './samples.js';
import { buildToken, type PoolName, poolsFor, tokensOf } from './values.js';

export type Path = ReadonlyArray<string | number>;

export type Op =
  | { readonly op: 'set'; readonly path: Path; readonly token: string }
  | { readonly op: 'setAny'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'addKey'; readonly path: Path; readonly key: string; readonly token: string }
  | { readonly op: 'nullProto'; readonly path: Path }
  | { readonly op: 'reverse' | 'duplicate' | 'future' | 'empty'; readonly path: Path }
  | { readonly op: 'freeze' };

export interface Recipe {
  readonly call: number;
  readonly ops: ReadonlyArray<Op>;
}

interface Node {
  readonly path: Path;
  readonly kind: 'array' | 'object' | 'leaf';
  readonly value: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || opaque.has(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (
    (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(v).length === 0
  );
};

/** Every place in a call's arguments, the arguments themselves and one extra argument included. */
export function nodesOf(args: ReadonlyArray<unknown>): Node[] {
  const out: Node[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      out.push({ path, kind: 'array', value });
      // Long arrays: the first few items are enough to reach every field.
      value.slice(0, 4).forEach((v, i) => {
        visit(v, [...path, i]);
      });
    } else if (isPlainObject(value)) {
      out.push({ path, kind: 'object', value });
      for (const k of Object.keys(value)) visit(value[k], [...path, k]);
    } else out.push({ path, kind: 'leaf', value });
  };
  args.forEach((a, i) => {
    visit(a, [i]);
  });
  out.push({ path: [args.length], kind: 'leaf', value: undefined });
  return out;
}

/** A deep copy of sample data: plain objects and arrays copied, anything else shared. */
export function cloneData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneData);
  if (!isPlainObject(value)) return value;
  const out = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  // defineProperty, not assignment: a key such as "length" may be read-only on the prototype.
  for (const k of Object.keys(value))
    Object.defineProperty(out, k, {
      value: cloneData(value[k]),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return out;
}

function deepFreeze(value: unknown): void {
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
}

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** A copy of an item with every date moved to 2099 (a future-dated event). */
function futureCopy(item: unknown): unknown {
  const copy = cloneData(item);
  if (isPlainObject(copy))
    for (const k of Object.keys(copy))
      if (typeof copy[k] === 'string' && DATE_TEXT.test(copy[k] as string)) copy[k] = '2099-06-30';
  return copy;
}

function setAt(root: unknown[], path: Path, value: unknown): void {
  if (path.length === 1) {
    root[path[0] as number] = value;
    return;
  }
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null)
    (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || opaque.has(v)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return typeof v === 'object' && v !== null && opaque.has(v) ? undefined : v;
}

function removeAt(root: unknown[], path: Path): void {
  if (path.length === 1) {
    root.length = Math.min(root.length, path[0] as number);
    return;
  }
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else if (typeof parent === 'object' && parent !== null)
    delete (parent as Record<string | number, unknown>)[key];
}

function applyOp(args: unknown[], op: Op): void {
  if (op.op === 'freeze') return;
  const target = getAt(args, op.path);
  switch (op.op) {
    case 'set':
      setAt(args, op.path, buildToken(op.token));
      return;
    case 'setAny':
      setAt(args, op.path, cloneData(op.value));
      return;
    case 'delete':
      removeAt(args, op.path);
      return;
    case 'addKey':
      if (typeof target !== 'object' || target === null) return;
      try {
        Object.defineProperty(target, op.key, {
          value:
            op.token === 'sibling' ? cloneData(Object.values(target)[0]) : buildToken(op.token),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } catch {
        // an array's length cannot be redefined: the mutation is a no-op
      }
      return;
    case 'nullProto':
      if (isPlainObject(target)) setAt(args, op.path, Object.assign(Object.create(null), target));
      return;
    default:
      if (!Array.isArray(target)) return;
      if (op.op === 'reverse') target.reverse();
      else if (op.op === 'empty') target.length = 0;
      else if (target.length > 0)
        target.push(op.op === 'future' ? futureCopy(target[0]) : cloneData(target[0]));
  }
}

/** Fresh arguments for a recipe: a copy of the sample call with the operations applied. */
export function buildArgs(sample: Sample, recipe: Recipe): unknown[] {
  const args = cloneData(sample.calls[recipe.call]) as unknown[];
  for (const op of recipe.ops) applyOp(args, op);
  if (recipe.ops.some((o) => o.op === 'freeze')) deepFreeze(args);
  return args;
}

const KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
  'unknownKey',
  'type',
  'length',
] as const;

/** Values fast-check makes up: every kind of JS value, null-prototype objects included. */
export const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 4,
  withNullPrototype: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
  withBigInt: true,
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...KEYS)),
});

function tokenArb(pools: ReadonlyArray<PoolName>): fc.Arbitrary<string> {
  return fc.constantFrom(...pools.flatMap(tokensOf));
}

function opArb(nodes: ReadonlyArray<Node>): fc.Arbitrary<Op> {
  const node = fc.constantFrom(...nodes);
  const containers = nodes.filter((n) => n.kind === 'object');
  const arrays = nodes.filter((n) => n.kind === 'array');
  const arbs: Array<fc.WeightedArbitrary<Op>> = [
    {
      weight: 8,
      arbitrary: node.chain((n) =>
        tokenArb(poolsFor(n.value)).map((token): Op => ({ op: 'set', path: n.path, token })),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('setAny' as const),
        path: node.map((n) => n.path),
        value: anything,
      }),
    },
    { weight: 2, arbitrary: node.map((n): Op => ({ op: 'delete', path: n.path })) },
    { weight: 1, arbitrary: fc.constant<Op>({ op: 'freeze' }) },
  ];
  if (containers.length > 0) {
    const container = fc.constantFrom(...containers).map((n) => n.path);
    arbs.push(
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('addKey' as const),
          path: container,
          key: fc.constantFrom(...KEYS),
          token: fc.oneof(fc.constant('sibling'), tokenArb(['any'])),
        }),
      },
      { weight: 1, arbitrary: container.map((path): Op => ({ op: 'nullProto', path })) },
    );
  }
  if (arrays.length > 0)
    arbs.push({
      weight: 3,
      arbitrary: fc.record({
        op: fc.constantFrom('reverse', 'duplicate', 'future', 'empty'),
        path: fc.constantFrom(...arrays).map((n) => n.path),
      }),
    });
  return fc.oneof(...arbs);
}

/** Recipes for one sample: a valid call, then one to three mutations. */
export function recipeArb(sample: Sample): fc.Arbitrary<Recipe> {
  const perCall = sample.calls.map((call, i) =>
    fc.record({
      call: fc.constant(i),
      ops: fc.array(opArb(nodesOf(call)), { minLength: 1, maxLength: 3 }),
    }),
  );
  return fc.oneof(...perCall);
}
