import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../dates/internal.js';
import { type DunningDecision, nextDunningStep } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { readAccount } from './account.js';
import { appendDunningEvent } from './append-event.js';
import { everyDay, generateLedger, simulateCustomer } from './collections.fixtures.js';
import { type Ctx, daysFrom, evaluateInvoice } from './evaluate.js';
import { backlogPolicy, createCollectionsPolicy, plainPolicy } from './policy.js';

const START = '2026-03-02';

/** The long way, as evaluateInvoice did before its shortcut: the plain decision, then the backlog one. */
function longWay(
  inv: ReturnType<typeof readAccount>['invoices'][number],
  ctx: Ctx,
): { decision: DunningDecision; backlog: boolean } {
  const decide = (backlog: boolean) =>
    nextDunningStep(inv.invoice as never, inv.events, {
      today: ctx.today,
      policy: backlog ? backlogPolicy(ctx.policy) : plainPolicy(ctx.policy),
    });
  const first = decide(false);
  const hasSteps = inv.events.some(
    (e) => e.date <= ctx.today && (e.type === 'reminder_sent' || e.type === 'formal_notice_sent'),
  );
  const after = ctx.policy.backlogAfterDays;
  const backlog =
    after !== null &&
    !hasSteps &&
    first.type === 'action' &&
    (first.step.kind === 'reminder' || first.step.kind === 'pre_due_notice') &&
    daysFrom(first.invoice.dueDate, ctx.today) > after;
  return { decision: backlog ? decide(true) : first, backlog };
}

function outcome<T>(f: () => T): T | { code: string; path: unknown } {
  try {
    return f();
  } catch (error) {
    if (!isImpayesError(error)) throw error;
    return { code: error.code, path: error.path };
  }
}

const cases = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  invoices: fc.integer({ min: 1, max: 6 }),
  days: fc.integer({ min: 10, max: 60 }),
  later: fc.integer({ min: 0, max: 240 }),
  backlogAfterDays: fc.constantFrom(60, 10, null),
});

describe('evaluateInvoice', () => {
  it('decides every invoice as the plain-then-backlog long way does, backlog flag included (property)', () => {
    let backlogs = 0;
    let others = 0;
    fc.assert(
      fc.property(cases, ({ seed, invoices, days, later, backlogAfterDays }) => {
        const ledger = generateLedger(seed, 1, invoices, START, days);
        const end = addDays(START, days);
        const account = simulateCustomer(
          ledger,
          0,
          everyDay(START, end),
          () => {},
          (entry, event, day) => {
            try {
              return appendDunningEvent(entry.invoice, entry.events ?? [], event, { today: day });
            } catch (error) {
              if (isImpayesError(error)) return null;
              throw error;
            }
          },
        );
        const ctx: Ctx = {
          today: addDays(end, later) as PlainDate,
          policy: createCollectionsPolicy({ backlogAfterDays }),
          rates: undefined,
          locale: 'fr',
        };
        for (const inv of readAccount(account).invoices) {
          const got = outcome(() => {
            const ev = evaluateInvoice(inv, ctx);
            return { decision: ev.decision, backlog: ev.backlog };
          });
          const want = outcome(() => longWay(inv, ctx));
          if ('code' in want) expect(got).toMatchObject({ code: want.code });
          else expect(got).toEqual(want);
          if ('backlog' in got && got.backlog) backlogs++;
          else others++;
        }
      }),
      { numRuns: 40 },
    );
    expect(backlogs).toBeGreaterThan(5);
    expect(others).toBeGreaterThan(5);
  }, 120_000);
});
