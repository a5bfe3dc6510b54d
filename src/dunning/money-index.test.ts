import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { D } from '../internal/decimal.js';
import { moneyIndex } from './money-index.js';

const day = (n: number): PlainDate => `2026-03-${String(n).padStart(2, '0')}` as PlainDate;

describe('moneyIndex', () => {
  it('sums the moves recorded so far by date, whatever the recording order', () => {
    const move = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      cents: fc.integer({ min: 1, max: 10_000_000 }),
      kind: fc.constantFrom('payment' as const, 'credit' as const),
    });
    fc.assert(
      fc.property(
        fc.array(move, { maxLength: 40 }),
        fc.integer({ min: 1, max: 28 }),
        (moves, q) => {
          const index = moneyIndex(
            moves.map((m, order) => ({ date: day(m.day), order })),
            2,
          );
          const recorded: typeof moves = [];
          const naive = (from: number, to: number, kind?: string) =>
            recorded
              .filter(
                (m) => m.day >= from && m.day <= to && (kind === undefined || m.kind === kind),
              )
              .reduce((s, m) => s + m.cents, 0);
          moves.forEach((m, slot) => {
            index.insert(slot, m.kind, new D(m.cents).div(100));
            recorded.push(m);
            expect(index.upTo(day(q), 'payment').times(100).toNumber()).toBe(
              naive(1, q, 'payment'),
            );
            expect(index.upTo(day(q), 'credit').times(100).toNumber()).toBe(naive(1, q, 'credit'));
            expect(index.upTo(day(q)).times(100).toNumber()).toBe(naive(1, q));
            expect(index.between(day(q), day(28)).times(100).toNumber()).toBe(naive(q, 28));
          });
        },
      ),
    );
  });

  it('keeps amounts exact to the decimals it was built with, and an empty range is zero', () => {
    const index = moneyIndex(
      [
        { date: day(2), order: 0 },
        { date: day(1), order: 1 },
      ],
      12,
    );
    index.insert(0, 'credit', new D('333.333333333333'));
    index.insert(1, 'payment', new D('0.000000000001'));
    expect(index.upTo(day(2)).toFixed()).toBe('333.333333333334');
    expect(index.upTo(day(1), 'credit').toFixed()).toBe('0');
    expect(index.between(day(2), day(1)).toFixed()).toBe('0');
  });

  it('compares a sum with an amount as the Decimals would, finer amounts included', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }).map((c) => new D(c).div(100)),
      fc.integer({ min: 0, max: 2_000_000_000 }).map((c) => new D(c).div(100_000)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 28 }),
        amount,
        (cents, from, to, a) => {
          const index = moneyIndex(
            cents.map((_, order) => ({ date: day(1 + ((order * 5) % 28)), order })),
            2,
          );
          cents.forEach((c, slot) => {
            index.insert(slot, slot % 2 === 0 ? 'payment' : 'credit', new D(c).div(100));
            expect(index.upToAtLeast(day(to), a)).toBe(index.upTo(day(to)).gte(a));
            expect(index.betweenAtLeast(day(from), day(to), a)).toBe(
              index.between(day(from), day(to)).gte(a),
            );
          });
        },
      ),
    );
  });

  it('without slots, every sum is zero', () => {
    const index = moneyIndex([], 2);
    expect(index.upTo(day(5)).toFixed()).toBe('0');
    expect(index.upTo(day(5), 'payment').toFixed()).toBe('0');
    expect(index.between(day(1), day(5)).toFixed()).toBe('0');
    expect(index.upToAtLeast(day(5), new D(0))).toBe(true);
    expect(index.upToAtLeast(day(5), new D('0.01'))).toBe(false);
    expect(index.betweenAtLeast(day(1), day(5), new D('0.01'))).toBe(false);
  });
});
