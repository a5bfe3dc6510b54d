// Issue 13 item 4: the named steps of `decide`, each on its own (through `prepare`).
import { describe, expect, it } from 'vitest';
import type { LimitationDeadlineResult } from '../limitation/internal.js';
import { b2bInvoice } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import {
  chasedDecision,
  closedDecision,
  type DecisionContext,
  einvoiceStopDecision,
  holdDecision,
  limitationImminentFrom,
  limitationWarnings,
  noneOn,
  pauseDecision,
  prepare,
  stepDecision,
  transitDecision,
  waitOn,
} from './next-step.js';
import { settingsFor } from './policy.js';

function ctx(events: DunningEventInput[], today: string, policy?: object): DecisionContext {
  return prepare(b2bInvoice, events, policy ? { today, policy } : { today });
}
function tools(c: DecisionContext) {
  const base = { today: c.today, status: c.folded.state.status, invoice: {} as never };
  return { base, none: noneOn(base), wait: waitOn(base, []) };
}

describe('the builders', () => {
  it('noneOn and waitOn carry the base, the explanation and the warnings', () => {
    const base = { today: '2026-03-04', status: 'overdue', invoice: {} } as never;
    const msg = { code: 'NONE_NOTHING_DUE', params: {}, message: 'Rien.' } as never;
    expect(noneOn(base)('nothing_due', msg)).toMatchObject({
      type: 'none',
      reason: 'nothing_due',
      claimable: null,
      explanation: 'Rien.',
      warnings: [],
    });
    const warnings = [{ code: 'X', message: 'x', article: 'a' }] as never;
    expect(waitOn(base, warnings)(null, 'pause', msg)).toMatchObject({
      type: 'wait',
      until: null,
      next: null,
      warnings,
    });
  });
});

describe('einvoiceStopDecision and closedDecision', () => {
  it('a refusal (210) stops dunning unless the invoice is paid', () => {
    const refused = ctx(
      [{ type: 'einvoice_status', date: '2026-03-04', code: 210, reasonCodes: ['TX_TVA_ERR'] }],
      '2026-03-05',
    );
    expect(einvoiceStopDecision(refused, tools(refused).none)).toMatchObject({
      type: 'none',
      reason: 'einvoice_refused',
    });
    const open = ctx([], '2026-03-05');
    expect(einvoiceStopDecision(open, tools(open).none)).toBeNull();
  });

  it('decides for closed and judicial statuses only', () => {
    const paid = ctx(
      [{ type: 'payment_received', date: '2026-03-01', amount: '1200' }],
      '2026-03-05',
    );
    const t = tools(paid);
    expect(closedDecision(paid, t.base, t.none)).toMatchObject({ type: 'none', reason: 'paid' });
    const legal = ctx(
      [{ type: 'legal_action_filed', date: '2026-03-10', route: 'ordinary_action' }],
      '2026-03-11',
    );
    expect(closedDecision(legal, tools(legal).base, tools(legal).none)).toMatchObject({
      reason: 'legal_action_pending',
    });
    const open = ctx([], '2026-03-05');
    expect(closedDecision(open, tools(open).base, tools(open).none)).toBeNull();
  });
});

describe('chasedDecision', () => {
  it('none below the minimum, null above it', () => {
    const c = ctx([{ type: 'payment_received', date: '2026-03-04', amount: '1195' }], '2026-03-05');
    expect(chasedDecision(c, tools(c).none, tools(c).wait)).toMatchObject({
      reason: 'below_minimum',
    });
    const open = ctx([], '2026-03-05');
    expect(chasedDecision(open, tools(open).none, tools(open).wait)).toBeNull();
  });

  it('waits when a partial approval (206) holds all that is left', () => {
    const c = ctx(
      [
        {
          type: 'einvoice_status',
          date: '2026-03-04',
          code: 206,
          amounts: { approved: '1000.00', disputed: '200.00' },
        },
        { type: 'payment_received', date: '2026-03-05', amount: '1000' },
      ],
      '2026-03-06',
    );
    expect(chasedDecision(c, tools(c).none, tools(c).wait)).toMatchObject({
      type: 'wait',
      reason: 'dispute',
    });
  });
});

describe('limitation steps', () => {
  const running = (daysLeft: number | null): LimitationDeadlineResult =>
    ({
      status: 'running',
      deadline: '2031-03-03',
      daysLeft,
      warnings: [
        {
          code: 'LIMITATION_SOON',
          message: 'soon',
          params: { deadline: '2031-03-03' },
          article: 'C. com. L110-4',
        },
        { code: 'OTHER', message: 'other', params: {}, article: 'x' },
      ],
    }) as never;
  const s = settingsFor(undefined, 'professional');

  it('limitationWarnings keeps only LIMITATION_SOON and LIMITATION_SUSPENDED', () => {
    const limitation = running(10);
    const passed = limitationWarnings(limitation);
    expect(passed).toEqual([
      {
        code: 'LIMITATION_SOON',
        message: 'soon',
        params: { deadline: '2031-03-03' },
        article: 'C. com. L110-4',
      },
    ]);
    // The params are a copy: changing them leaves the limitation result alone.
    expect(passed[0]!.params).not.toBe(limitation.warnings[0]!.params);
    expect(limitationWarnings(null)).toEqual([]);
  });

  it('limitationImminentFrom: the day the policy escalates before the deadline', () => {
    const within = s.escalateBeforeLimitationDays;
    expect(limitationImminentFrom(running(within), s)).not.toBeNull();
    expect(limitationImminentFrom(running(within + 1), s)).toBeNull();
    expect(limitationImminentFrom(running(null), s)).toBeNull();
    expect(limitationImminentFrom(null, s)).toBeNull();
  });
});

describe('transit, hold and step decisions', () => {
  it('transitDecision waits while a payment sent (211) is in transit', () => {
    const c = ctx([{ type: 'einvoice_status', date: '2026-03-04', code: 211 }], '2026-03-05');
    expect(transitDecision(c, tools(c).wait)).toMatchObject({ reason: 'payment_in_transit' });
    const open = ctx([], '2026-03-05');
    expect(transitDecision(open, tools(open).wait)).toBeNull();
  });

  it('holdDecision and pauseDecision wait for the hold, null without one', () => {
    const paused = ctx(
      [{ type: 'paused', date: '2026-03-04', until: '2026-03-20', reason: 'call' }],
      '2026-03-05',
    );
    expect(pauseDecision(paused, tools(paused).wait)).toMatchObject({
      reason: 'pause',
      until: '2026-03-21',
    });
    const mediation = ctx([{ type: 'mediation_started', date: '2026-03-04' }], '2026-03-05');
    expect(pauseDecision(mediation, tools(mediation).wait)).toMatchObject({ reason: 'mediation' });
    const promised = ctx(
      [{ type: 'promise_to_pay', date: '2026-03-04', promisedDate: '2026-03-10' }],
      '2026-03-05',
    );
    const t = tools(promised);
    expect(holdDecision(promised, t.base, t.wait, [])).toMatchObject({
      reason: 'promise',
      until: '2026-03-11',
    });
    const open = ctx([], '2026-03-05');
    expect(holdDecision(open, tools(open).base, tools(open).wait, [])).toBeNull();
  });

  it('stepDecision waits for the next step, a working day, or acts', () => {
    const early = ctx([], '2026-02-20');
    expect(stepDecision(early, tools(early).base, tools(early).wait, [])).toMatchObject({
      type: 'wait',
      reason: 'next_step_scheduled',
    });
    const saturday = ctx([], '2026-03-07');
    expect(stepDecision(saturday, tools(saturday).base, tools(saturday).wait, [])).toMatchObject({
      reason: 'not_working_day',
      until: '2026-03-09',
    });
    const monday = ctx([], '2026-03-09');
    expect(stepDecision(monday, tools(monday).base, tools(monday).wait, [])).toMatchObject({
      type: 'action',
      step: { id: 'friendly-email' },
    });
  });
});
