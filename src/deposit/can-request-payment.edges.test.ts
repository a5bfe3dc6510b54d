import { describe, expect, it } from 'vitest';
import { canRequestPayment } from './index.js';

const base = { debtor: 'consumer', offPremises: true, signedOn: '2026-03-02' } as const;

describe('canRequestPayment — exact results (C. conso L221-10, L221-3)', () => {
  it('explains the 7-day ban with its first allowed day and its last banned day (C. conso L221-10)', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-09' })).toEqual({
      allowed: false,
      firstAllowedDay: '2026-03-10',
      banEndsOn: '2026-03-09',
      code: 'SEVEN_DAY_BAN',
      reason:
        'No payment of any kind may be received before 2026-03-10: the 7 days after the off-premises contract of 2026-03-02 run until 2026-03-09 included.',
      article: 'C. conso L221-10',
    });
  });

  it('explains that the 7 days are over from the 8th day after signing (C. conso L221-10)', () => {
    expect(canRequestPayment({ ...base, today: '2026-04-30' })).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-10',
      banEndsOn: '2026-03-09',
      code: 'SEVEN_DAYS_ELAPSED',
      reason:
        'The 7 days after the off-premises contract of 2026-03-02 ended on 2026-03-09: payment may be received.',
      article: 'C. conso L221-10',
    });
  });

  it('counts the 7 days across a month end (signed 2026-02-25 → allowed from 2026-03-05)', () => {
    const signedOn = '2026-02-25';
    expect(canRequestPayment({ ...base, signedOn, today: '2026-03-04' })).toMatchObject({
      allowed: false,
      banEndsOn: '2026-03-04',
      firstAllowedDay: '2026-03-05',
    });
    expect(canRequestPayment({ ...base, signedOn, today: '2026-03-05' }).allowed).toBe(true);
  });

  it('lifts the ban for an L221-10 exception, naming it, from the day of signing', () => {
    expect(canRequestPayment({ ...base, today: '2026-03-03', exception: 'urgent-repair' })).toEqual(
      {
        allowed: true,
        firstAllowedDay: '2026-03-02',
        banEndsOn: null,
        code: 'EXCEPTION',
        reason:
          'The contract falls under an exception of C. conso L221-10 (urgent-repair): payment may be received at once.',
        article: 'C. conso L221-10',
      },
    );
  });

  it('does not apply on premises, even with an exception given (C. conso L221-10 covers off-premises contracts only)', () => {
    expect(
      canRequestPayment({
        ...base,
        offPremises: false,
        today: '2026-03-03',
        exception: 'home-party',
      }),
    ).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-02',
      banEndsOn: null,
      code: 'NOT_OFF_PREMISES',
      reason: 'The contract was not made off premises: the 7-day ban does not apply.',
      article: 'C. conso L221-10',
    });
  });

  it('does not protect a business buyer, whatever the place of signing (C. conso L221-3)', () => {
    expect(
      canRequestPayment({
        ...base,
        debtor: 'professional',
        offPremises: false,
        today: '2026-03-03',
      }),
    ).toEqual({
      allowed: true,
      firstAllowedDay: '2026-03-02',
      banEndsOn: null,
      code: 'NOT_A_CONSUMER_CONTRACT',
      reason:
        'The buyer is not a consumer (nor a business of five employees or fewer contracting outside its main activity, C. conso L221-3): the 7-day ban does not apply.',
      article: 'C. conso L221-10',
    });
  });

  it('extends the ban only to professional buyers flagged as small businesses outside their core activity (C. conso L221-3)', () => {
    const today = '2026-03-03';
    expect(
      canRequestPayment({
        ...base,
        debtor: 'professional',
        smallBusinessOutsideCoreActivity: false,
        today,
      }).code,
    ).toBe('NOT_A_CONSUMER_CONTRACT');
    for (const debtor of ['public', 'non_professional'] as const)
      expect(
        canRequestPayment({ ...base, debtor, smallBusinessOutsideCoreActivity: true, today }).code,
      ).toBe('NOT_A_CONSUMER_CONTRACT');
    expect(
      canRequestPayment({ ...base, smallBusinessOutsideCoreActivity: false, today }).code,
    ).toBe('SEVEN_DAY_BAN');
  });

  it('names the request in the INVALID_INPUT message', () => {
    expect(() => canRequestPayment({ ...base, today: '2026-13-01' })).toThrow(
      /^Invalid request\. today: /,
    );
  });
});
