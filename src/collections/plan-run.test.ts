import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import type { CustomerAccountInput } from './account.js';
import { account, invoice } from './collections.fixtures.js';
import { planDunningRun } from './plan-run.js';

const good = account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]);
const bad = {
  debtor: { id: 'C-bad', name: 'X', kind: 'professional' },
  invoices: [{ invoice: { ...invoice('F-2', '2026-02-01', '2026-03-03'), dueDate: 'soon' } }],
} as unknown as CustomerAccountInput;

describe('planDunningRun', () => {
  it('yields one result per account, errors included, without stopping', () => {
    const results = [...planDunningRun([good, bad, good], { today: '2026-03-04' })];
    expect(results.map((r) => [r.index, r.debtorId, r.ok])).toEqual([
      [0, 'C-professional', true],
      [1, 'C-bad', false],
      [2, 'C-professional', true],
    ]);
    const failed = results[1]!;
    expect(!failed.ok && failed.error.code).toBe('INVALID_INPUT');
    expect(!failed.ok && failed.error.path).toEqual([
      'account',
      'invoices',
      0,
      'invoice',
      'dueDate',
    ]);
    const first = results[0]!;
    expect(first.ok && first.decision.type).toBe('action');
  });

  it('consumes a generator lazily, one account at a time', () => {
    let produced = 0;
    function* accounts() {
      for (let i = 0; i < 3; i++) {
        produced++;
        yield good;
      }
    }
    const run = planDunningRun(accounts(), { today: '2026-03-04' });
    expect(produced).toBe(0);
    run.next();
    expect(produced).toBe(1);
    expect([...run]).toHaveLength(2);
  });

  it('turns an input that throws while read into an INVALID_INPUT result', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new RangeError('boom');
        },
      },
    ) as CustomerAccountInput;
    const [r] = [...planDunningRun([trap], { today: '2026-03-04' })];
    expect(r).toMatchObject({ ok: false, debtorId: null });
    expect(r!.ok === false && r!.error.code).toBe('INVALID_INPUT');
    const [s] = [...planDunningRun([null as never], { today: '2026-03-04' })];
    expect(s!.ok).toBe(false);
  });

  it('checks the options and the iterable at once', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isImpayesError(e) ? `${e.code} ${e.path.join('.')}` : 'other';
      }
      return 'none';
    };
    expect(code(() => planDunningRun([], { today: '2026-13-01' }))).toBe(
      'INVALID_INPUT options.today',
    );
    expect(code(() => planDunningRun(42 as never, { today: '2026-03-01' }))).toBe(
      'INVALID_INPUT accounts',
    );
    expect(
      code(() => planDunningRun([], { today: '2026-03-01', policy: { dunning: { steps: [] } } })),
    ).toMatch(/^INVALID_POLICY/);
  });
});
