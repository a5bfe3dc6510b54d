import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agrees,
  dateValues,
  mostly,
  schemaAccepts,
  textValues,
} from '../internal/fast.fixtures.js';
import { AccountSchema } from './account.js';
import { fastAccount, fastCustomerOptions } from './fast-account.js';
import { OptionsSchema } from './next-customer-step.js';

/** Adds an unknown key to one object in ten (a strict object refuses it). */
const sometimesExtra = <T>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.nat(9)).map(([v, n]) => (n === 0 ? { ...v, extra: 1 } : v));

class Box {
  readonly invoice = { number: 'F-1' };
}

const debtor = sometimesExtra(
  fc.record(
    {
      id: mostly(['C-1', 'x', 'a'.repeat(1000)], ['', 'a'.repeat(1001), 7, null]),
      name: textValues,
      kind: mostly(['professional', 'consumer', 'public', 'non_professional'], ['company', null]),
      email: textValues,
      address: textValues,
      phone: textValues,
      siren: textValues,
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  ),
);

const events = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }) },
  fc.constantFrom<unknown>(undefined, null, 'none', {}, new Array(2), [undefined]),
);

const entry = fc.oneof(
  {
    weight: 9,
    arbitrary: sometimesExtra(
      fc.record(
        { invoice: mostly([{ number: 'F-1' }, 'F-1', 0, null, []], [undefined]), events },
        { requiredKeys: ['invoice'] },
      ),
    ),
  },
  fc.constantFrom<unknown>(null, 'F-1', [], new Box(), Object.create(null)),
);

const account = fc.oneof(
  {
    weight: 19,
    arbitrary: fc
      .record(
        {
          debtor: fc.oneof({ weight: 9, arbitrary: debtor }, fc.constantFrom<unknown>(null, 'C-1')),
          invoices: fc.oneof(
            { weight: 9, arbitrary: fc.array(entry, { maxLength: 3 }) },
            fc.constantFrom<unknown>(undefined, null, {}, new Array(1)),
          ),
          policy: mostly([undefined, { minDaysBetweenMessages: 5 }, 'anything'], [null]),
          lastContactOn: dateValues,
        },
        { requiredKeys: ['debtor', 'invoices'] },
      )
      .chain((a) => sometimesExtra(fc.constant(a))),
  },
  fc.constantFrom<unknown>(null, undefined, [], 'account', new Box()),
);

describe('fast validators of nextCustomerDunningStep (issue 17)', () => {
  it('the account: accepts only what AccountSchema accepts, with the same output (property)', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(account, (a) => {
        if (agrees(fastAccount, AccountSchema, a)) fast++;
        if (schemaAccepts(AccountSchema, a)) valid++;
      }),
      { numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(valid / 2);
  });

  it('the options: accepts only what the options schema accepts, same output (property)', () => {
    const options = fc
      .record(
        {
          today: dateValues,
          policy: mostly([undefined, {}, 'x'], [null]),
          rates: mostly([undefined, {}, { legal: [] }], [[], null]),
          locale: mostly(['fr', 'en', undefined], ['de', null]),
        },
        { requiredKeys: [] },
      )
      .chain((o) => sometimesExtra(fc.constant(o)));
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(options, fc.constantFrom<unknown>(null, [], 'x', new Box())), (o) => {
        if (agrees(fastCustomerOptions, OptionsSchema, o)) fast++;
        if (schemaAccepts(OptionsSchema, o)) valid++;
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(valid / 2);
  });

  it('takes the fast path on the usual account and options', () => {
    const a = {
      debtor: { id: 'C-1', name: 'Client SA', kind: 'professional' },
      invoices: [{ invoice: { number: 'F-1' }, events: [{ type: 'reminder_sent' }] }],
    };
    expect(agrees(fastAccount, AccountSchema, a)).toBe(true);
    expect(agrees(fastCustomerOptions, OptionsSchema, { today: '2026-05-04' })).toBe(true);
  });
});
