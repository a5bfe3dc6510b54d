import { describe, expectTypeOf, it } from 'vitest';
import {
  type DunningClaimable,
  type DunningDecision,
  dunningState,
  dunningTimeline,
  type InvoiceLike,
  nextDunningStep,
} from '../index.js';
import { b2bInvoice } from './dunning.fixtures.js';

describe('dunning input types (issue 15: typed inputs)', () => {
  it('takes the invoice input type', () => {
    expectTypeOf(nextDunningStep).parameter(0).toEqualTypeOf<InvoiceLike>();
    expectTypeOf(dunningState).parameter(0).toEqualTypeOf<InvoiceLike>();
    expectTypeOf(dunningTimeline).parameter(0).toEqualTypeOf<InvoiceLike>();
    expectTypeOf(nextDunningStep).toBeCallableWith(b2bInvoice, [], { today: '2026-03-04' });
  });

  it('issue 15 item typed inputs: a misspelt invoice field fails to compile', () => {
    const typo = { numbr: 'F-1', issueDate: '2026-02-01', buyer: { kind: 'professional' } };
    // @ts-expect-error — `numbr` is not an invoice field (and `number` is missing)
    nextDunningStep(typo, [], { today: '2026-03-04' });
    // @ts-expect-error — same for the state
    dunningState({ numbr: 'F-1' }, [], { asOf: '2026-03-04' });
  });

  it('narrows claimable on a none decision', () => {
    const d = {} as DunningDecision;
    if (d.type === 'none') expectTypeOf(d.claimable).toEqualTypeOf<DunningClaimable | null>();
  });
});
