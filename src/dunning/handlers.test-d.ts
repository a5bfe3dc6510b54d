import { describe, expectTypeOf, it } from 'vitest';
import type { ByEventType, DunningEvent, DunningEventOf, DunningEventType } from './events.js';
import { limitationEventsByType } from './limitation-events.js';
import { dunningHandlers } from './state.js';

/** A member a future change might add to DunningEventSchema. */
type Added = DunningEvent | { readonly type: 'phoned_twice'; readonly date: string };

type FoldArgs = Parameters<typeof dunningHandlers.paused> extends [unknown, ...infer A] ? A : never;
type LimArgs =
  Parameters<typeof limitationEventsByType.paused> extends [unknown, ...infer A] ? A : never;

describe('dunning handler maps (issue 13 item 4: a missing handler fails to compile)', () => {
  it('are keyed by exactly the event types, each handler taking its own member', () => {
    expectTypeOf<keyof typeof dunningHandlers>().toEqualTypeOf<DunningEventType>();
    expectTypeOf<keyof typeof limitationEventsByType>().toEqualTypeOf<DunningEventType>();
    expectTypeOf(dunningHandlers.paused).parameter(0).toEqualTypeOf<DunningEventOf<'paused'>>();
  });

  it('a new member of the event union without its fold handler is a compile error', () => {
    // @ts-expect-error — 'phoned_twice' has no handler
    const fold: ByEventType<Added, FoldArgs, void> = dunningHandlers;
    expectTypeOf(fold).not.toBeAny();
  });

  it('a new member without its row in the limitation table is a compile error', () => {
    // @ts-expect-error — 'phoned_twice' has no row
    const table: ByEventType<Added, LimArgs, unknown> = limitationEventsByType;
    expectTypeOf(table).not.toBeAny();
  });

  it('a map missing one handler, or with a handler for another member, does not compile', () => {
    const { paused: _dropped, ...missing } = dunningHandlers;
    // @ts-expect-error — 'paused' is missing
    const incomplete: ByEventType<DunningEvent, FoldArgs, void> = missing;
    const swapped: ByEventType<DunningEvent, FoldArgs, void> = {
      ...dunningHandlers,
      // @ts-expect-error — the handler of 'written_off' does not take a 'paused' event
      paused: dunningHandlers.written_off,
    };
    expectTypeOf(incomplete).not.toBeAny();
    expectTypeOf(swapped).not.toBeAny();
  });
});
