import { describe, expect, it } from 'vitest';
import { canRequestPayment } from './index.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const base = { debtor: 'consumer', offPremises: true, signedOn: '2026-03-02' } as const;

describe('canRequestPayment', () => {
  it('bans any payment in the 7 days after an off-premises consumer contract (C. conso L221-10)', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-02' })).toEqual({
      allowed: false,
      firstAllowedDay: '2026-03-10',
      banEndsOn: '2026-03-09',
      code: 'SEVEN_DAY_BAN',
      reason: expect.stringContaining('2026-03-10'),
      article: 'C. conso L221-10',
    });
    expect(canRequestPayment({ ...base, today: '2026-03-09' }).allowed).toBe(false);
    expect(canRequestPayment({ ...base, today: '2026-02-01' }).allowed).toBe(false);
  });

  it('allows payment from the 8th day after signing (day 7 is still banned)', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-10' })).toMatchObject({
      allowed: true,
      firstAllowedDay: '2026-03-10',
      code: 'SEVEN_DAYS_ELAPSED',
    });
  });

  it('does not roll the end of the period to a working day', () => {
    // Signed Sunday 2026-03-01... the 7th day 2026-03-08 is a Sunday: allowed from Monday 03-09.
    expect(
      canRequestPayment({ ...base, signedOn: '2026-03-01', today: '2026-03-09' }),
    ).toMatchObject({ allowed: true, banEndsOn: '2026-03-08' });
  });

  it.each([
    'newspaper-subscription',
    'approved-personal-services',
    'home-party',
    'urgent-repair',
  ] as const)('lifts the ban for the exception %s', (exception) => {
    expect(canRequestPayment({ ...base, today: '2026-03-02', exception })).toMatchObject({
      allowed: true,
      firstAllowedDay: '2026-03-02',
      banEndsOn: null,
      code: 'EXCEPTION',
    });
  });

  it('does not apply to contracts made on premises or to business buyers', () => {
    expect(canRequestPayment({ ...base, offPremises: false, today: '2026-03-02' })).toMatchObject({
      allowed: true,
      code: 'NOT_OFF_PREMISES',
    });
    expect(
      canRequestPayment({ ...base, debtor: 'professional', today: '2026-03-02' }),
    ).toMatchObject({ allowed: true, code: 'NOT_A_CONSUMER_CONTRACT' });
    expect(
      canRequestPayment({ ...base, debtor: 'non_professional', today: '2026-03-02' }).allowed,
    ).toBe(true);
  });

  it('applies to a small business contracting outside its main activity (C. conso L221-3)', () => {
    expect(
      canRequestPayment({
        ...base,
        debtor: 'professional',
        smallBusinessOutsideCoreActivity: true,
        today: '2026-03-05',
      }),
    ).toMatchObject({ allowed: false, code: 'SEVEN_DAY_BAN' });
  });

  it('refuses bad input with INVALID_INPUT and paths', () => {
    expect(
      caught(() =>
        canRequestPayment({
          debtor: 'consumer',
          offPremises: 'yes',
          signedOn: '2026-02-30',
          today: '2026-03-10',
          exception: 'charity',
        } as never),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['offPremises'] }, { path: ['signedOn'] }, { path: ['exception'] }],
    });
  });
});
