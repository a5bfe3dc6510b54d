// Public-API regression tests for issue 12 (hardening), items 1, 2, 3, 4, 5, 7, 8, 11 and 13
// (late penalties). Their first tests live beside the code and import internal modules, so they
// cannot run on the code from before the fix; these check the same behaviour through the package
// root only, so that `npm run test:regressions-proof` can run them on the old commit and show that
// each one failed there. Inline fixtures only: nothing here may depend on a file the old tree lacks.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  advancePaymentInterest,
  can,
  checkPaymentTerms,
  computeClaimStatement,
  computeDeposit,
  computeDueDate,
  computeLatePenalties,
  createDunningPolicy,
  type DunningAction,
  debtorKindLabels,
  defaultDunningPolicy,
  dunningState,
  dunningStatuses,
  dunningStepKindLabels,
  dunningTransitions,
  endOfMonth,
  formatEuros,
  isImpayesError,
  limitationDeadline,
  nextDunningStep,
  parseAmount,
  parseFrenchAmount,
  parseInvoice,
  renderDunningMessage,
  roundToCents,
} from '../../src/index.js';

/** A B2B invoice of 1 200 € TTC issued 2026-02-01, due Tuesday 2026-03-03. */
const b2bInvoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;
const courtesySent = {
  type: 'reminder_sent',
  date: '2026-02-27',
  stepId: 'courtesy-notice',
  channel: 'email',
} as const;
const creditor = { creditor: { name: 'Atelier Dupont SARL' } };

/** The decision of 2026-03-04 for `invoice` after the courtesy notice: the e-mail reminder. */
function reminderAction(invoice: object = b2bInvoice): DunningAction {
  const d = nextDunningStep(invoice as typeof b2bInvoice, [courtesySent], { today: '2026-03-04' });
  if (d.type !== 'action') throw new Error(`expected an action, got ${d.type}`);
  return d;
}

/** The error `f` throws; fails the test when it returns or throws anything but an ImpayesError. */
function impayesError(f: () => unknown): {
  code: string;
  path: ReadonlyArray<string | number>;
  message: string;
  issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;
} {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (!isImpayesError(e)) throw new Error(`not an ImpayesError: ${String(e)}`);
    return e as never;
  }
  throw new Error(`expected an ImpayesError, returned ${JSON.stringify(result)?.slice(0, 200)}`);
}

/**
 * Runs `mutate` on a shared object and puts the old value back if it was accepted, so that a
 * mutable table on the old code fails this test only, not every later one of the file.
 */
function tryMutation<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  const before = target[key];
  try {
    (target as Record<K, T[K]>)[key] = value;
  } catch {
    return false;
  }
  const changed = target[key] === value && value !== before;
  try {
    (target as Record<K, T[K]>)[key] = before;
  } catch {
    // frozen after all
  }
  return changed;
}

describe('issue 12 item 1: shared mutable state', () => {
  it('issue 12 item 1: changing a decision step changes no later message for another invoice', () => {
    const first = reminderAction();
    const step = first.step as { kind: string };
    const kind = step.kind;
    step.kind = 'formal_notice';
    try {
      const later = reminderAction({ ...b2bInvoice, number: 'OTHER-1' });
      expect(renderDunningMessage(later, creditor).subject).toBe(
        'Facture OTHER-1 en attente de règlement',
      );
      expect(later.step.kind).toBe('reminder');
    } finally {
      step.kind = kind; // the old code shares it with the default policy
    }
  });

  it('issue 12 item 1: a decision step is not the object of defaultDunningPolicy.steps', () => {
    const d = reminderAction();
    expect(defaultDunningPolicy.steps).not.toContain(d.step);
    const withPolicy = nextDunningStep(b2bInvoice, [courtesySent], {
      today: '2026-03-04',
      policy: defaultDunningPolicy,
    });
    expect(
      withPolicy.type === 'action' && defaultDunningPolicy.steps.includes(withPolicy.step),
    ).toBe(false);
  });

  it("issue 12 item 1: createDunningPolicy({...}).steps is not the default's own array", () => {
    const built = createDunningPolicy({ minGapDays: 5 });
    expect(built.steps).not.toBe(defaultDunningPolicy.steps);
    expect(built.steps).toEqual(defaultDunningPolicy.steps);
    for (const [i, s] of built.steps.entries()) expect(s).not.toBe(defaultDunningPolicy.steps[i]);
  });

  it('issue 12 item 1: dunningTransitions (it drives can()) cannot be changed', () => {
    const overdue = {
      status: 'overdue',
      dispute: null,
      pause: null,
      mediation: null,
      legal: null,
      insolvency: null,
    } as const;
    const reminder = { type: 'reminder_sent', date: '2026-03-04', stepId: 'x', channel: 'email' };
    const row = dunningTransitions.find((r) => r.event === 'reminder_sent')! as unknown as {
      from: unknown;
    };
    const from = row.from;
    let changed = false;
    let answer: boolean | undefined;
    try {
      row.from = [];
      changed = row.from !== from;
    } catch {
      // frozen: the assignment throws in strict mode
    }
    try {
      answer = can(overdue, reminder as never);
    } finally {
      if (changed) row.from = from; // the old code let every later can() see the change
    }
    expect(changed).toBe(false);
    expect(answer).toBe(true);
    expect(Object.isFrozen(dunningTransitions)).toBe(true);
  });

  it('issue 12 item 1: the label tables and the default policy cannot be changed', () => {
    const label = dunningStepKindLabels.reminder as { fr: string };
    expect(tryMutation(label, 'fr', 'changed')).toBe(false);
    expect(Object.isFrozen(dunningStepKindLabels)).toBe(true);
    expect(Object.isFrozen(debtorKindLabels)).toBe(true);
    expect(Object.isFrozen(dunningStatuses)).toBe(true);
    expect(tryMutation(defaultDunningPolicy as { minGapDays: number }, 'minGapDays', 1)).toBe(
      false,
    );
    expect(Object.isFrozen(defaultDunningPolicy.steps)).toBe(true);
    expect(Object.isFrozen(defaultDunningPolicy.steps[1])).toBe(true);
  });
});

describe('issue 12 item 2: amount text is parsed in linear time', () => {
  const long = `1${' '.repeat(50_000)}2`;
  it('issue 12 item 2: parseFrenchAmount rejects 50 000 spaces at once, not in seconds', () => {
    const started = performance.now();
    impayesError(() => parseFrenchAmount(long));
    expect(performance.now() - started).toBeLessThan(250);
  }, 60_000);

  it("issue 12 item 2: so does parseAmount(x, { format: 'fr' })", () => {
    const started = performance.now();
    impayesError(() => parseAmount(long, { format: 'fr' }));
    expect(performance.now() - started).toBeLessThan(250);
  }, 60_000);
});

describe('issue 12 item 3: renderDunningMessage checks the decision it is given', () => {
  const good = reminderAction();
  /** A JSON copy of the good decision with one field changed (or removed when `value` is `REMOVE`). */
  const REMOVE = Symbol('remove');
  function withField(path: ReadonlyArray<string>, value: unknown): unknown {
    const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (value === REMOVE) delete at[last];
    else at[last] = value;
    return copy;
  }

  it.each([
    ['no invoice number ("Facture undefined")', ['invoice', 'number'], REMOVE],
    ['an empty issue date ("du undefined undefined 0")', ['invoice', 'issueDate'], ''],
    [
      'an issue date with a time ("du NaN janvier 2025")',
      ['invoice', 'issueDate'],
      '2025-01-05T10:00:00',
    ],
    ['invoice.number = {} ("[object Object]")', ['invoice', 'number'], {}],
    ['step.kind = \'toString\' ("[object Undefined]")', ['step', 'kind'], 'toString'],
  ] as const)('issue 12 item 3: %s gives INVALID_INPUT at its path', (_name, path, value) => {
    const e = impayesError(() => renderDunningMessage(withField(path, value) as never, creditor));
    expect(e.code).toBe('INVALID_INPUT');
    const prefix = JSON.stringify(['decision', ...path]).slice(0, -1);
    expect(e.issues.some((i) => JSON.stringify(i.path).startsWith(prefix))).toBe(true);
    expect(e.message).not.toMatch(/undefined|NaN|\[object/);
  });

  it('issue 12 item 3: a good decision still renders, without undefined, NaN or [object', () => {
    const copy = JSON.parse(JSON.stringify(good)) as DunningAction;
    const message = renderDunningMessage(copy, creditor);
    expect(message.subject).toBe('Facture F-2026-001 en attente de règlement');
    expect(`${message.subject}\n${message.body}`).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('issue 12 item 4: amounts are bounded', () => {
  const huge = `1${'0'.repeat(50)}`;
  it("issue 12 item 4: parseAmount('1' + 50 zeros) is OUT_OF_RANGE, not '1e+50.00'", () => {
    expect(impayesError(() => parseAmount(huge)).code).toBe('OUT_OF_RANGE');
  });

  it("issue 12 item 4: computeDeposit of 10^50 is OUT_OF_RANGE, not '3e+49.00'", () => {
    expect(impayesError(() => computeDeposit(huge, 30)).code).toBe('OUT_OF_RANGE');
  });

  it('issue 12 item 4: more than 40 significant digits never silently lose the cents', () => {
    const digits = `${'9'.repeat(41)}.99`;
    let out: unknown;
    try {
      out = parseAmount(digits);
    } catch (e) {
      expect(isImpayesError(e) && e.code).toBe('OUT_OF_RANGE');
      return;
    }
    expect(out).toBe(digits);
  });

  it('issue 12 item 4: computeClaimStatement of 10^50 throws OUT_OF_RANGE, not a raw DecimalError', () => {
    const e = impayesError(() =>
      computeClaimStatement([{ reference: 'A', amount: huge, dueDate: '2020-01-01' }], {
        asOf: '2025-01-01',
        debtor: 'professional',
      }),
    );
    expect(e).toMatchObject({ code: 'OUT_OF_RANGE', path: ['invoices', 0, 'amount'] });
  });

  it('issue 12 item 4: the largest amounts are exact, in plain digits', () => {
    expect(parseAmount('999999999999999.99')).toBe('999999999999999.99');
    expect(computeDeposit('999999999999999.99', 30).amount).not.toMatch(/e/i);
  });
});

describe('issue 12 item 5: years 0000–0099 are never read as 1900–1999', () => {
  it("issue 12 item 5: addMonths('0050-01-31', 1) is '0050-02-28', not '1950-02-28'", () => {
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
  });

  it('issue 12 item 5: addYears and endOfMonth keep the year as written', () => {
    expect(addYears('0099-02-28', 1)).toBe('0100-02-28');
    expect(endOfMonth('0050-02-10')).toBe('0050-02-28');
    expect(endOfMonth('0000-02-10')).toBe('0000-02-29');
  });

  it('issue 12 item 5: computeDueDate with end-of-month terms never answers in 19xx', () => {
    const e = impayesError(() =>
      computeDueDate({
        issueDate: '0050-01-10',
        terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
      }),
    );
    expect(e).toMatchObject({ code: 'OUT_OF_RANGE', path: ['issueDate'] });
  });

  it('issue 12 item 5: checkPaymentTerms with end-of-month terms never answers in 19xx', () => {
    const e = impayesError(() =>
      checkPaymentTerms({
        debtor: 'professional',
        issueDate: '0050-12-20',
        terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
      }),
    );
    expect(e.code).toBe('OUT_OF_RANGE');
  });

  it('issue 12 item 5: advancePaymentInterest gives OUT_OF_RANGE, not silently 0 interest', () => {
    const e = impayesError(() =>
      advancePaymentInterest({ amount: '1000', paidOn: '0050-01-10', asOf: '0051-01-10' }),
    );
    expect(e).toMatchObject({ code: 'OUT_OF_RANGE', path: ['paidOn'] });
  });
});

describe('issue 12 item 7: dunning on an unsorted log', () => {
  it('issue 12 item 7: 40 000 payments in reverse order take about as long as in date order', () => {
    const big = {
      ...b2bInvoice,
      totals: { exclVat: '10000.00', vat: '2000.00', inclVat: '12000.00' },
    };
    const payments = Array.from({ length: 40_000 }, (_, i) => ({
      type: 'payment_received' as const,
      date: addDays('2026-03-04', Math.floor(i / 40)),
      amount: '0.01',
    }));
    const time = (log: typeof payments, paid: string): number => {
      const started = performance.now();
      const s = dunningState(big, log, { asOf: '2034-01-01' });
      const elapsed = performance.now() - started;
      expect(s.balances.paid).toBe(paid);
      return elapsed;
    };
    time(payments.slice(0, 2_000), '20.00'); // warm-up
    const inOrder = time(payments, '400.00');
    const inReverse = time([...payments].reverse(), '400.00');
    // The old fold was quadratic on a reversed log (about 15× slower than in order at this
    // size, 80× at 100 000); 0.5 s of slack absorbs a loaded machine.
    expect(inReverse).toBeLessThan(3 * inOrder + 500);
  }, 120_000);
});

describe('issue 12 item 8: events after the computation day are never silently ignored', () => {
  it('issue 12 item 8: nextDunningStep warns about a full payment dated 2030', () => {
    const d = nextDunningStep(
      b2bInvoice,
      [courtesySent, { type: 'payment_received', date: '2030-01-01', amount: '1200.00' }],
      { today: '2026-03-04' },
    );
    expect(d.warnings).toContainEqual(
      expect.objectContaining({
        code: 'EVENTS_AFTER_AS_OF',
        details: { count: 1, firstDate: '2030-01-01' },
      }),
    );
  });

  it('issue 12 item 8: dunningState warns about a written_off dated 2099', () => {
    const s = dunningState(
      b2bInvoice,
      [{ type: 'written_off', date: '2099-01-01', reason: 'too late' }],
      { asOf: '2026-03-10' },
    );
    expect(s.status).toBe('overdue');
    // The old result had no warnings at all: read a missing list as empty, i.e. silent.
    expect((s as { warnings?: readonly unknown[] }).warnings ?? []).toContainEqual(
      expect.objectContaining({
        code: 'EVENTS_AFTER_AS_OF',
        details: { count: 1, firstDate: '2099-01-01' },
      }),
    );
  });

  it('issue 12 item 8: computeLatePenalties follows the same rule (as of asOf, with a warning)', () => {
    const request = {
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2025-06-15',
      payments: [
        { date: '2025-06-30', amount: '4000.00' },
        { date: '2025-08-15', amount: '1000.00' },
      ],
      asOf: '2025-08-01',
    } as const;
    const r = computeLatePenalties(request);
    expect(r.principalOutstanding).toBe('6000.00');
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: 'EVENTS_AFTER_AS_OF',
        details: { count: 1, firstDate: '2025-08-15' },
      }),
    );
  });

  it('issue 12 item 8: limitationDeadline follows the same rule (as of asOf, with a warning)', () => {
    const r = limitationDeadline(
      {
        debtor: 'professional',
        dueDate: '2015-03-10',
        events: [
          { type: 'mediation_started', date: '2016-01-10' },
          { type: 'mediation_ended', date: '2018-06-01' },
        ],
      },
      { asOf: '2017-01-01' },
    );
    expect(r.status).toBe('suspended');
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: 'EVENTS_AFTER_AS_OF',
        details: { count: 1, firstDate: '2018-06-01' },
      }),
    );
  });
});

describe('issue 12 item 11: error messages', () => {
  it('issue 12 item 11: a Date is printed in ISO 8601 (UTC), never in the local time zone', () => {
    const e = impayesError(() => addDays('2025-01-01', new Date(Date.UTC(2025, 0, 1)) as never));
    expect(e.message).toContain('2025-01-01T00:00:00.000Z');
    expect(e.message).not.toMatch(/GMT|Coordinated/);
  });

  it('issue 12 item 11: an object is never printed as [object Object]', () => {
    expect(impayesError(() => addDays('2025-01-01', {} as never)).message).not.toContain('[object');
  });

  it('issue 12 item 11: the message for 100 000 bad invoice lines is bounded', () => {
    const e = impayesError(() =>
      parseInvoice({
        ...b2bInvoice,
        totals: undefined,
        lines: Array.from({ length: 100_000 }, () => 1),
      }),
    );
    expect(e.message.length).toBeLessThanOrEqual(500);
  }, 60_000);

  it('issue 12 item 11: a missing type is required, not "unknown type undefined"', () => {
    const e = impayesError(() =>
      dunningState(b2bInvoice, [{ date: '2026-03-04' }] as never, { asOf: '2026-04-01' }),
    );
    expect(e.message).not.toContain('unknown type undefined');
    expect(e.message).toContain('is required');
  });

  it('issue 12 item 11: a float total mismatch prints what was received, not "1200.36, not 1200.36"', () => {
    const e = impayesError(() =>
      parseInvoice({
        ...b2bInvoice,
        totals: { exclVat: 1000.3, vat: 200.06, inclVat: 1200.3600000000001 },
      }),
    );
    const totals = e.issues.find(
      (i) => i.path.join('.') === 'totals.inclVat' && i.message.includes('must equal'),
    );
    expect(totals?.message).not.toMatch(/= ([\d.]+), not \1$/);
    expect(totals?.message).toContain('not 1200.3600000000001');
  });

  it('issue 12 item 11: formatEuros and roundToCents refuse 0.1 + 0.2 as parseAmount does', () => {
    for (const f of [formatEuros, roundToCents, parseAmount]) {
      expect(impayesError(() => f(0.1 + 0.2)).code).toBe('INVALID_INPUT');
    }
    expect(formatEuros(0.3)).toBe('0,30\u00a0€');
  });
});

describe('issue 12 item 13: pathological sizes', () => {
  it('issue 12 item 13: a claim statement of 10 001 invoices is OUT_OF_RANGE, not a result of megabytes', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      reference: `F-${i}`,
      amount: '10.00',
      dueDate: '2025-03-31',
    }));
    // `debtor` is given: the old code required it here, and without it failed for that reason only.
    const e = impayesError(() =>
      computeClaimStatement(many, { asOf: '2025-06-30', debtor: 'professional' }),
    );
    expect(e.code).toBe('OUT_OF_RANGE');
  }, 60_000);

  it("issue 12 item 13: public-buyer penalties as of '9999-12-31' are OUT_OF_RANGE, not 15 950 segments", () => {
    const e = impayesError(() =>
      computeLatePenalties({
        debtor: 'public',
        amount: '1000.00',
        dueDate: '2025-01-01',
        asOf: '9999-12-31',
        clause: { type: 'fixed', ratePercent: 10 },
      } as never),
    );
    expect(e).toMatchObject({ code: 'OUT_OF_RANGE', path: ['asOf'] });
  }, 60_000);
});
