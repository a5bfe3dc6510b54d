import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { previousContacts } from './action.js';
import type { LineState } from './lines.js';

/** Lines reduced to what previousContacts reads: the days their steps were recorded. */
const linesOf = (days: ReadonlyArray<ReadonlyArray<string>>) =>
  days.map((d) => ({ ev: { stepDays: d } }) as unknown as LineState);

describe('previousContacts', () => {
  it('gives the ten latest distinct days in order, as a set sorted and cut would (property)', () => {
    const day = fc
      .integer({ min: 1, max: 40 })
      .map((d) => `2026-03-${String(Math.min(d, 31)).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.array(day, { maxLength: 8 }), { maxLength: 6 }), (days) => {
        const expected = [...new Set(days.flat())].sort().slice(-10);
        expect(previousContacts(linesOf(days))).toStrictEqual(expected as PlainDate[]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps one of a day recorded twice, and none when nothing was recorded', () => {
    expect(previousContacts(linesOf([['2026-03-02', '2026-03-01'], ['2026-03-02']]))).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(previousContacts(linesOf([[], []]))).toEqual([]);
  });
});
