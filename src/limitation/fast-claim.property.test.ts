import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from '../dates/internal.js';
import { agrees, dateValues, mostly, schemaAccepts } from '../internal/fast.fixtures.js';
import { dateText, NOT_FAST } from '../internal/fast.js';
import { LimitationClaimSchema, LimitationOptionsSchema } from './claim.js';
import { fastLimitationClaim, fastLimitationOptions, isClaimDate } from './fast-claim.js';
import { limitationDeadline } from './limitation-deadline.js';

const TYPES = [
  'debtor_acknowledged',
  'payment_received',
  'legal_action_filed',
  'proceedings_ended',
  'injonction_order_issued',
  'injonction_order_served',
  'enforcement_measure',
  'conservatory_measure',
  'mediation_started',
  'mediation_ended',
  'small_claims_accepted',
  'small_claims_ended',
  'formal_notice_sent',
  'judgment_served',
  'public_claim_written',
];

// Events of the right shape (a kind only where the schema has one, an outcome only on
// proceedings_ended), mostly valid; else any mix of fields, valid or not.
const validEvent = fc
  .record(
    {
      type: fc.constantFrom(...TYPES),
      date: fc.constantFrom('2016-01-15', '2019-02-28', '1900-01-01', '2199-12-31'),
      kind: fc.constantFrom(undefined, 'writ', 'interim', 'other', 'mediation', 'conciliation'),
      outcome: fc.constantFrom('judgment', 'dismissed', 'withdrawn', 'lapsed'),
      note: fc.constantFrom(undefined, 'LRAR 1A', ''),
    },
    { requiredKeys: ['type', 'date'] },
  )
  .map((e) => {
    const out: Record<string, unknown> = { ...e };
    if (e.type !== 'proceedings_ended') delete out.outcome;
    else out.outcome ??= 'judgment';
    if (e.type !== 'legal_action_filed' && e.type !== 'mediation_started') delete out.kind;
    return out;
  });

// One field of an event changed to another value, valid or not (undefined deletes nothing: the
// key stays, given as undefined), or a key the event's schema does not have.
const mutation = fc.oneof(
  fc.tuple(
    fc.constant('type'),
    fc.constantFrom<unknown>('payment', 'PAYMENT_RECEIVED', undefined, 3),
  ),
  fc.tuple(fc.constant('date'), dateValues),
  fc.tuple(
    fc.constant('kind'),
    fc.constantFrom<unknown>('writ', 'mediation', 'court', null, undefined),
  ),
  fc.tuple(fc.constant('outcome'), fc.constantFrom<unknown>('dismissed', 'won', null, undefined)),
  fc.tuple(fc.constant('note'), fc.constantFrom<unknown>('x', 5, null, undefined)),
  fc.tuple(fc.constant('amount'), fc.constantFrom<unknown>('200.00', undefined)),
);

const shaped = fc
  .tuple(validEvent, fc.option(mutation, { freq: 4 }))
  .map(([e, m]) => (m === null ? e : { ...e, [m[0]]: m[1] }));

const claim = fc.record(
  {
    debtor: mostly(['professional', 'consumer', 'public', 'non_professional'], ['company', null]),
    dueDate: dateValues,
    invoiceDate: dateValues,
    completionDate: dateValues,
    events: fc.oneof(
      { weight: 6, arbitrary: fc.array(shaped, { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, [undefined], 'none', {}) },
    ),
  },
  { requiredKeys: ['debtor', 'dueDate'] },
);

// Now and then a key the schema does not have (refused by zod even when undefined).
const withUnknown = fc
  .tuple(claim, fc.nat(19))
  .map(([c, pick]) =>
    pick === 0 ? { ...c, unknown: 1 } : pick === 1 ? { ...c, unknown: undefined } : c,
  );

const anyClaim = fc.oneof(
  { weight: 20, arbitrary: withUnknown },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, [], 'x', 5, undefined) },
);

describe('fast validators of limitationDeadline (issue 17)', () => {
  it('accept only what LimitationClaimSchema accepts, with the same output (property)', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(anyClaim, (c) => {
        if (agrees(fastLimitationClaim, LimitationClaimSchema, c)) fast++;
        if (schemaAccepts(LimitationClaimSchema, c)) valid++;
      }),
      { numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(600);
    expect(fast).toBe(valid);
  });

  it('options: the fast check accepts exactly what the schema accepts (property)', () => {
    const options = fc.record(
      {
        asOf: dateValues,
        b2bStart: mostly(['earliest', 'due-date', undefined], ['latest', null]),
        lateInvoiceDays: mostly(
          [0, 30, 3650, undefined, -0],
          [-1, 3651, 1.5, '30', null, Number.NaN],
        ),
        warnWithinDays: mostly([0, 60, 36500, undefined], [-1, 36501, 0.5, '60', null]),
        locale: mostly(['fr', 'en', undefined], ['de', 'FR', null]),
      },
      { requiredKeys: [] },
    );
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 20, arbitrary: options },
          {
            weight: 1,
            arbitrary: fc.constantFrom<unknown>(null, [], 'x', { extra: 1 }, undefined),
          },
        ),
        (o) => {
          if (agrees(fastLimitationOptions, LimitationOptionsSchema, o)) fast++;
          if (schemaAccepts(LimitationOptionsSchema, o)) valid++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(fast).toBe(valid);
    expect(valid).toBeGreaterThan(300);
  });

  it('limitationDeadline gives the same result on the fast path and through the schema', () => {
    const input = {
      debtor: 'professional',
      dueDate: '2015-03-10',
      events: [
        { type: 'formal_notice_sent', date: '2015-04-01', note: undefined },
        { type: 'payment_received', date: '2015-06-01' },
        { type: 'legal_action_filed', date: '2016-01-15', kind: 'writ' },
        { type: 'proceedings_ended', date: '2017-05-01', outcome: 'judgment' },
        { type: 'judgment_served', date: '2017-06-01' },
      ],
    } as const;
    expect(fastLimitationClaim(input)).not.toBe(NOT_FAST);
    // A class instance is valid for zod but never on the fast path: the schema parses it.
    class Claim {
      debtor = input.debtor;
      dueDate = input.dueDate;
      events = input.events;
    }
    const viaSchema = new Claim();
    expect(fastLimitationClaim(viaSchema)).toBe(NOT_FAST);
    expect(limitationDeadline(viaSchema, { asOf: '2020-01-01' })).toStrictEqual(
      limitationDeadline(input, { asOf: '2020-01-01' }),
    );
    expect(fastLimitationClaim({ ...input, events: [{ type: 'x', date: '2015-04-01' }] })).toBe(
      NOT_FAST,
    );
    // A key given as undefined is kept by the parse, and left out of the trail (JSON round trip).
    const trail = limitationDeadline(input, { asOf: '2020-01-01' }).trail;
    expect(trail.map((t) => Object.keys(t.event))).toEqual([
      ['type', 'date'],
      ['type', 'date'],
      ['type', 'date', 'kind'],
      ['type', 'date', 'outcome'],
      ['type', 'date'],
    ]);
  });
});

describe('isClaimDate', () => {
  const reference = (v: unknown) => dateText(v) !== NOT_FAST;

  it('accepts every day dateText accepts, from 1899 to 2200', () => {
    let n = dayNumber('1899-01-01');
    for (const last = dayNumber('2200-12-31'); n <= last; n++) {
      const date = dateOfDayNumber(n);
      if (isClaimDate(date) !== reference(date)) expect(isClaimDate(date)).toBe(reference(date));
    }
    expect(isClaimDate('1900-01-01')).toBe(true);
    expect(isClaimDate('1899-12-31')).toBe(false);
  });

  it('refuses what dateText refuses: any character changed (property)', () => {
    const chars = fc.constantFrom('0', '1', '2', '3', '9', '-', ' ', '+', 'x', '.', 'e', '٣');
    fc.assert(
      fc.property(
        fc.constantFrom('2024-02-29', '2023-02-28', '1900-01-01', '2199-12-31', '2025-11-30'),
        fc.nat(9),
        chars,
        fc.nat(3),
        (date, at, c, how) => {
          const text =
            how === 0
              ? date.slice(0, at) + c + date.slice(at + 1)
              : how === 1
                ? date.slice(0, at) + c + date.slice(at)
                : how === 2
                  ? date.slice(0, at) + date.slice(at + 1)
                  : date;
          expect(isClaimDate(text)).toBe(reference(text));
        },
      ),
      { numRuns: 5000 },
    );
    for (const v of [20240229, null, undefined, {}, ['2024-02-29'], '2024-02-30', '29x5-01-01'])
      expect(isClaimDate(v)).toBe(reference(v));
  });
});
