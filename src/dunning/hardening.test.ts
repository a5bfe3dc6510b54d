import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import { b2bInvoice, publicInvoice, sent } from './dunning.fixtures.js';
import { renderDunningMessage } from './messages.js';
import { type DunningAction, nextDunningStep } from './next-step.js';
import { createDunningPolicy, defaultDunningPolicy, dunningStepKindLabels } from './policy.js';
import { dunningState } from './state.js';
import { dunningTimeline } from './timeline.js';
import { can, dunningStatuses, dunningTransitions } from './transitions.js';

// Issue 12: no shared mutable state, only ImpayesError on any input, future events never silent,
// a fold that stays n log n on an unsorted log.

const creditor = { creditor: { name: 'Atelier Dupont SARL' } };

function action(invoice: unknown = b2bInvoice, today = '2026-03-04'): DunningAction {
  const d = nextDunningStep(invoice as InvoiceLike, [sent('courtesy-notice', '2026-02-27')], {
    today,
  });
  if (d.type !== 'action') throw new Error(`expected an action, got ${d.type}`);
  return d;
}

describe('issue 12 item 1: no shared mutable state in the dunning module', () => {
  it('issue 12 item 1: a decision step is a copy, so changing it changes no later message', () => {
    const first = action();
    expect(first.step).not.toBe(defaultDunningPolicy.steps[1]);
    (first.step as { kind: string }).kind = 'formal_notice';
    const later = action({ ...b2bInvoice, number: 'OTHER-1' });
    expect(later.step.kind).toBe('reminder');
    expect(renderDunningMessage(later, creditor).subject).toBe(
      'Facture OTHER-1 en attente de règlement',
    );
  });

  it('issue 12 item 1: the default policy, its steps and variants are deeply frozen', () => {
    expect(Object.isFrozen(defaultDunningPolicy)).toBe(true);
    expect(Object.isFrozen(defaultDunningPolicy.steps)).toBe(true);
    expect(Object.isFrozen(defaultDunningPolicy.steps[0])).toBe(true);
    expect(Object.isFrozen(defaultDunningPolicy.steps[0]!.label)).toBe(true);
    expect(Object.isFrozen(defaultDunningPolicy.variants.public!.steps)).toBe(true);
    expect(() => {
      (defaultDunningPolicy as { minGapDays: number }).minGapDays = 1;
    }).toThrow(TypeError);
  });

  it('issue 12 item 1: createDunningPolicy returns fresh arrays and objects', () => {
    const built = createDunningPolicy({ minGapDays: 5 });
    expect(built.steps).not.toBe(defaultDunningPolicy.steps);
    expect(built.steps).toEqual(defaultDunningPolicy.steps);
    built.steps.forEach((s, i) => {
      expect(s).not.toBe(defaultDunningPolicy.steps[i]);
    });
    expect(built.variants.public).not.toBe(defaultDunningPolicy.variants.public);
    expect(built.variants.public!.steps).not.toBe(defaultDunningPolicy.variants.public!.steps);
    const input = { steps: [...defaultDunningPolicy.steps.map((s) => ({ ...s }))] };
    const fromInput = createDunningPolicy(input);
    expect(fromInput.steps).not.toBe(input.steps);
    expect(fromInput.steps[0]).not.toBe(input.steps[0]);
  });

  it('issue 12 item 1: changing a built policy or its input afterwards changes no decision', () => {
    const input = { steps: defaultDunningPolicy.steps.map((s) => ({ ...s })) };
    const policy = createDunningPolicy(input);
    const before = nextDunningStep(b2bInvoice, [], { today: '2026-03-04', policy });
    input.steps[1]!.offsetDays = 90;
    (policy.steps[1] as { offsetDays: number }).offsetDays = 90;
    (policy.steps[0] as { id: string }).id = 'changed';
    expect(nextDunningStep(b2bInvoice, [], { today: '2026-03-04', policy })).toEqual(before);
  });

  it('issue 12 item 1: the timeline hands out copies of the steps', () => {
    const t = dunningTimeline(publicInvoice, [sent('courtesy-notice', '2026-02-27')], {
      today: '2026-03-04',
    });
    const stepEntries = t.entries.filter((e) => e.step !== null);
    expect(stepEntries.length).toBeGreaterThan(2);
    for (const e of stepEntries) {
      expect(Object.isFrozen(e.step)).toBe(false);
      expect(defaultDunningPolicy.steps).not.toContain(e.step);
      expect(defaultDunningPolicy.variants.public!.steps).not.toContain(e.step);
    }
  });

  it('issue 12 item 1: the transition table and the labels cannot be changed', () => {
    const overdue = {
      status: 'overdue' as const,
      dispute: null,
      pause: null,
      mediation: null,
      legal: null,
      insolvency: null,
    };
    const reminder = {
      type: 'reminder_sent',
      date: '2026-03-04',
      stepId: 'x',
      channel: 'email',
    } as const;
    expect(() => {
      (dunningTransitions[0]!.from as string[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (dunningTransitions as unknown[]).pop();
    }).toThrow(TypeError);
    expect(can(overdue, reminder)).toBe(true);
    expect(() => {
      (dunningStepKindLabels.reminder as { fr: string }).fr = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (dunningStatuses as string[]).push('x');
    }).toThrow(TypeError);
  });
});

function thrown(f: () => unknown): ImpayesError {
  try {
    f();
  } catch (error) {
    if (error instanceof ImpayesError) return error;
    throw error;
  }
  throw new Error('expected an ImpayesError');
}

/** A copy of an action with one field replaced at `path` (or removed when `value` is `REMOVE`). */
const REMOVE = Symbol('remove');
function withField(
  base: DunningAction,
  path: ReadonlyArray<string | number>,
  value: unknown,
): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) delete at[last];
  else at[last] = value;
  return copy;
}

describe('issue 12 item 3: renderDunningMessage checks the decision it is given', () => {
  const good = action();
  const cases: Array<[ReadonlyArray<string | number>, unknown]> = [
    [['invoice', 'number'], REMOVE],
    [['invoice', 'number'], {}],
    [['invoice', 'number'], ''],
    [['invoice', 'issueDate'], ''],
    [['invoice', 'issueDate'], '2025-01-05T10:00:00'],
    [['invoice', 'dueDate'], 20250105],
    [['invoice', 'debtorName'], null],
    [['invoice', 'invoiced'], '1e3'],
    [['invoice', 'debtorKind'], 'toString'],
    [['step', 'kind'], 'toString'],
    [['step', 'kind'], '__proto__'],
    [['step', 'kind'], REMOVE],
    [['step', 'deadlineDays'], 1.5],
    [['amounts', 'principal'], 'NaN'],
    [['amounts', 'total'], REMOVE],
    [['today'], 'yesterday'],
    [['formalNoticeDeadline'], REMOVE],
    [['previousSteps'], {}],
    [['previousSteps', 0], { channel: 'pigeon', date: '2026-02-27' }],
  ];
  it.each(cases)(
    'issue 12 item 3: decision.%s = %s gives INVALID_INPUT with its path',
    (path, value) => {
      const error = thrown(() =>
        renderDunningMessage(withField(good, path, value) as never, creditor),
      );
      expect(error.code).toBe('INVALID_INPUT');
      const prefix = JSON.stringify(['decision', ...path]).slice(0, -1);
      expect(error.issues.some((i) => JSON.stringify(i.path).startsWith(prefix))).toBe(true);
      expect(error.message).not.toMatch(/NaN|\[object/);
    },
  );

  it('issue 12 item 3: a decision that is not an object, or not an action, is named', () => {
    for (const bad of [undefined, null, 3, 'action', [], {}]) {
      const error = thrown(() => renderDunningMessage(bad as never, creditor));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.path[0]).toBe('decision');
    }
    const wait = nextDunningStep(b2bInvoice, [], { today: '2026-02-10' });
    expect(thrown(() => renderDunningMessage(wait, creditor)).path).toEqual(['decision', 'type']);
  });

  it('issue 12 item 3: a good decision still renders, also after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(good)) as DunningAction;
    expect(renderDunningMessage(copy, creditor)).toEqual(renderDunningMessage(good, creditor));
    expect(renderDunningMessage(good, creditor).body).not.toMatch(/undefined|NaN|\[object/);
  });

  it('issue 12 item 3: templates are looked up by own key and their output is checked', () => {
    const inherited = Object.create({ reminder: () => ({ subject: 'inherited', body: '' }) });
    expect(renderDunningMessage(good, creditor, { templates: inherited }).subject).toBe(
      'Facture F-2026-001 en attente de règlement',
    );
    expect(
      thrown(() =>
        renderDunningMessage(good, creditor, { templates: { toString: () => 1 } } as never),
      ).path,
    ).toEqual(['options', 'templates']);
    const bad = [
      () => 1,
      () => null,
      () => ({ subject: 'x' }),
      () => {
        throw new Error('x');
      },
    ];
    for (const reminder of bad) {
      const error = thrown(() =>
        renderDunningMessage(good, creditor, { templates: { reminder } } as never),
      );
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        path: ['options', 'templates', 'reminder'],
      });
    }
    expect(
      renderDunningMessage(good, creditor, {
        templates: { reminder: (v) => ({ subject: v.invoiceNumber, body: v.issueDate }) },
      }),
    ).toEqual({ subject: 'F-2026-001', body: '1er février 2026' });
  });

  it('issue 12 item 3: context strings are bounded', () => {
    const long = { creditor: { name: 'x'.repeat(1001) } };
    expect(thrown(() => renderDunningMessage(good, long)).path).toEqual([
      'context',
      'creditor',
      'name',
    ]);
  });
});

describe('issue 12 item 6: only ImpayesError from the dunning functions', () => {
  const overdue = {
    status: 'overdue',
    dispute: null,
    pause: null,
    mediation: null,
    legal: null,
    insolvency: null,
  } as const;
  const resumed = { type: 'resumed', date: '2026-03-10' } as const;

  it.each([
    undefined,
    null,
    3,
    'overdue',
    [],
    {},
    { status: 'overdue' },
    { ...overdue, status: 'toString' },
    { ...overdue, pause: {} },
    { ...overdue, dispute: 'open' },
    Object.create(null),
  ])('issue 12 item 6: can() with the state %s gives INVALID_INPUT under state', (state) => {
    const error = thrown(() => can(state as never, resumed));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path[0]).toBe('state');
  });

  it.each([
    undefined,
    null,
    'resumed',
    {},
    { type: 'toString', date: '2026-03-10' },
    { type: 'resumed' },
    { type: 'payment_plan_agreed', date: '2026-03-10', installments: [null] },
    { type: 'payment_plan_agreed', date: '2026-03-10' },
  ])('issue 12 item 6: can() with the event %s gives INVALID_INPUT under event', (event) => {
    const error = thrown(() => can(overdue, event as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path[0]).toBe('event');
  });

  it('issue 12 item 6: can() still answers for a full state and raw event input', () => {
    expect(can(overdue, resumed)).toBe(false);
    expect(can({ ...overdue, status: 'paused', pause: { endedOn: null } }, resumed)).toBe(true);
    const state = { ...overdue, extra: 1, steps: [] };
    expect(
      can(state, { type: 'reminder_sent', date: '2026-03-10', stepId: 'a', channel: 'sms' }),
    ).toBe(true);
  });
});

describe('issue 12 item 7: the fold costs the same on a log in any order', () => {
  it('issue 12 item 7: 100 000 payments recorded in reverse take about as long as in date order', () => {
    const big = {
      ...b2bInvoice,
      totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
    };
    const payments = Array.from({ length: 100_000 }, (_, i) => ({
      type: 'payment_received' as const,
      date: addDays('2026-03-04', Math.floor(i / 40)),
      amount: '0.01',
    }));
    const reversed = [...payments].reverse();
    const time = (log: typeof payments): number => {
      const start = performance.now();
      const s = dunningState(big, log, { asOf: '2034-01-01' });
      const elapsed = performance.now() - start;
      expect(s.balances.paid).toBe(log.length === payments.length ? '1000.00' : '20.00');
      return elapsed;
    };
    time(payments.slice(0, 2_000)); // warm-up
    const inOrder = time(payments);
    const inReverse = time(reversed);
    // Quadratic was ~80× (80 s against 1 s); 0.5 s of slack absorbs a busy machine's noise.
    expect(inReverse).toBeLessThan(3 * inOrder + 500);
    expect(inReverse).toBeLessThan(20_000);
  }, 60_000);

  it('issue 12 item 7: late-recorded payments keep their meaning (applied at their real date)', () => {
    const log = [
      { type: 'payment_received', date: '2026-03-20', amount: '200.00' },
      { type: 'promise_to_pay', date: '2026-03-10', promisedDate: '2026-03-25', amount: '300.00' },
      { type: 'payment_received', date: '2026-03-12', amount: '100.00' },
    ] as const;
    // The promise (made 10 March) counts both payments made from then to 25 March: 300 € kept.
    const s = dunningState(b2bInvoice, log, { asOf: '2026-04-01' });
    expect(s.promise?.state).toBe('kept');
    expect(s.balances.paid).toBe('300.00');
    expect(dunningState(b2bInvoice, [...log].reverse(), { asOf: '2026-04-01' }).balances).toEqual(
      s.balances,
    );
  });
});

describe('issue 12 item 8: events after the computation day are not applied, never silently', () => {
  const future = [
    { type: 'payment_received', date: '2030-01-01', amount: '1200.00' },
    { type: 'written_off', date: '2099-01-01', reason: 'too late' },
  ] as const;
  const warning = {
    code: 'EVENTS_AFTER_AS_OF',
    article: 'n/a',
    details: { count: 2, firstDate: '2030-01-01' },
  };

  it('issue 12 item 8: nextDunningStep decides as of today and warns with the count and first date', () => {
    const d = nextDunningStep(b2bInvoice, [sent('courtesy-notice', '2026-02-27'), ...future], {
      today: '2026-03-04',
    });
    expect(d.type).toBe('action');
    expect(d.warnings).toContainEqual(expect.objectContaining(warning));
    expect(d.warnings.find((w) => w.code === 'EVENTS_AFTER_AS_OF')!.message).toBe(
      "2 événements du journal datés après le 4 mars 2026 (le premier le 1er janvier 2030) n'ont pas été pris en compte : le résultat est calculé au 4 mars 2026.",
    );
    const without = nextDunningStep(b2bInvoice, [sent('courtesy-notice', '2026-02-27')], {
      today: '2026-03-04',
    });
    expect(without.warnings.some((w) => w.code === 'EVENTS_AFTER_AS_OF')).toBe(false);
    expect({ ...d, warnings: without.warnings }).toEqual(without);
  });

  it('issue 12 item 8: dunningState leaves them out and says so', () => {
    const s = dunningState(b2bInvoice, [...future].reverse(), { asOf: '2026-03-10' });
    expect(s).toMatchObject({ status: 'overdue', eventsApplied: 0 });
    expect(s.warnings).toEqual([expect.objectContaining(warning)]);
    expect(dunningState(b2bInvoice, [], { asOf: '2026-03-10' }).warnings).toEqual([]);
    // Replaying the same log on a later day applies them.
    expect(dunningState(b2bInvoice, future, { asOf: '2030-01-01' })).toMatchObject({
      status: 'paid',
      warnings: [expect.objectContaining({ details: { count: 1, firstDate: '2099-01-01' } })],
    });
  });

  it('issue 12 item 8: the timeline projects from today without them, and warns', () => {
    const log = [
      { type: 'written_off', date: '2026-03-20', reason: 'settled out of court' },
    ] as const;
    const t = dunningTimeline(b2bInvoice, log, { today: '2026-03-04' });
    expect(t.warnings).toContainEqual(
      expect.objectContaining({
        code: 'EVENTS_AFTER_AS_OF',
        details: { count: 1, firstDate: '2026-03-20' },
      }),
    );
    expect(t.entries.map((e) => e.type)).toContain('escalation');
  });
});
