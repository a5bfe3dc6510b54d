import { describe, expect, it } from 'vitest';
import { b2bInvoice, publicInvoice, sent } from './dunning.fixtures.js';
import { renderDunningMessage } from './messages.js';
import { type DunningAction, nextDunningStep } from './next-step.js';
import { createDunningPolicy, defaultDunningPolicy, dunningStepKindLabels } from './policy.js';
import { dunningTimeline } from './timeline.js';
import { can, dunningStatuses, dunningTransitions } from './transitions.js';

// Issue 12: no shared mutable state, only ImpayesError on any input, future events never silent,
// a fold that stays n log n on an unsorted log.

const creditor = { creditor: { name: 'Atelier Dupont SARL' } };

function action(invoice: unknown = b2bInvoice, today = '2026-03-04'): DunningAction {
  const d = nextDunningStep(invoice, [sent('courtesy-notice', '2026-02-27')], { today });
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
