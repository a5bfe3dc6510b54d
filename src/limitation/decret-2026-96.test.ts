import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import {
  injonctionEnforceableFrom,
  injonctionServiceDeadline,
  limitationDeadline,
} from './english.fixture.js';

// Décret n° 2026-96 of 16 February 2026 (JO 17 Feb 2026): for injonction de payer orders made from
// 1 September 2026, service within 3 months (not 6) on pain of caducité (CPC 1411), and the
// creditor may enforce when no opposition notice arrives within 2 months of service.

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('issue 13 item 2: injonctionServiceDeadline follows the order date', () => {
  it('gives 6 months for an order made on 2026-08-31 and 3 months from 2026-09-01', () => {
    expect(injonctionServiceDeadline('2026-08-31')).toMatchObject({
      period: { months: 6 },
      nominal: '2027-02-28',
      deadline: '2027-03-01', // 28 February 2027 is a Sunday (CPC 642)
    });
    expect(injonctionServiceDeadline('2026-09-01')).toMatchObject({
      period: { months: 3 },
      nominal: '2026-12-01',
      deadline: '2026-12-01',
      explanation: expect.stringContaining('3 months, CPC 1411; décret 2026-96'),
    });
    // 30 November + 3 months = 28 February 2027 (CPC 641), a Sunday: 1 March (CPC 642).
    expect(injonctionServiceDeadline('2026-11-30')).toMatchObject({
      nominal: '2027-02-28',
      deadline: '2027-03-01',
    });
  });
  it('keeps 6 months for an order made before the reform', () => {
    expect(injonctionServiceDeadline('2026-01-14').deadline).toBe('2026-07-15');
    expect(injonctionServiceDeadline('2026-01-14').explanation).toContain('6 months, CPC 1411)');
  });
});

describe('issue 13 item 2: injonctionEnforceableFrom (service + 2 months without opposition)', () => {
  it('gives the day after 2 months from service for an order made from 2026-09-01', () => {
    const e = injonctionEnforceableFrom('2026-10-15', { orderDate: '2026-09-10' });
    expect(e).toMatchObject({
      name: 'enforcement-without-opposition',
      orderDate: '2026-09-10',
      rule: 'no-opposition-notice',
      period: { months: 2 },
      nominal: '2026-12-15',
      deadline: '2026-12-15',
      enforceableFrom: '2026-12-16',
      lapsed: false,
      cpc642: 'applies',
    });
    expect(e.explanation).toContain('no opposition notice from the greffe');
  });
  it('moves the end of the 2 months past a weekend (CPC 642)', () => {
    // Served 2026-11-17: 2 months end on Sunday 2027-01-17, moved to Monday 18.
    expect(injonctionEnforceableFrom('2026-11-17', { orderDate: '2026-11-02' })).toMatchObject({
      nominal: '2027-01-17',
      deadline: '2027-01-18',
      enforceableFrom: '2027-01-19',
    });
  });
  it('uses the opposition month for an order made before 2026-09-01', () => {
    expect(injonctionEnforceableFrom('2026-03-10', { orderDate: '2026-02-20' })).toMatchObject({
      rule: 'opposition-period',
      period: { months: 1 },
      deadline: '2026-04-10',
      enforceableFrom: '2026-04-11',
      articles: [
        'C. proc. civ. art. 1416, 1422',
        'C. proc. civ. art. 641',
        'C. proc. civ. art. 642',
      ],
    });
  });
  it('says a late-served order lapsed and cannot be enforced', () => {
    // Order of 2026-09-01: last day to serve 2026-12-01.
    const e = injonctionEnforceableFrom('2026-12-02', { orderDate: '2026-09-01' });
    expect(e).toMatchObject({ lapsed: true, enforceableFrom: null });
    expect(e.explanation).toContain('lapsed (non avenue)');
    expect(injonctionEnforceableFrom('2026-12-01', { orderDate: '2026-09-01' }).lapsed).toBe(false);
  });
  it('rejects an order dated after its service, and a missing order date', () => {
    expect(
      thrown(() => injonctionEnforceableFrom('2026-10-01', { orderDate: '2026-10-02' })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'orderDate'] });
    const e = thrown(() => injonctionEnforceableFrom('2026-10-01', {} as never));
    expect(isImpayesError(e) && e.code).toBe('INVALID_INPUT');
    expect(
      thrown(() => injonctionEnforceableFrom('2026-13-01', { orderDate: '2026-10-02' })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['servedOn'] });
  });
});

describe('issue 13 item 2: limitation with an order made under décret 2026-96', () => {
  const claim = (served: string) => ({
    debtor: 'professional' as const,
    dueDate: '2022-03-01',
    events: [
      { type: 'injonction_order_issued' as const, date: '2026-09-15' },
      { type: 'injonction_order_served' as const, date: served },
    ],
  });

  it('does not interrupt when the order is served after 3 months (the old 6 would have)', () => {
    // Last day to serve: 2026-12-15. Served 2027-01-10, within 6 months but not within 3.
    const r = limitationDeadline(claim('2027-01-10'), { asOf: '2027-01-20' });
    expect(r.deadline).toBe('2027-03-01');
    expect(r.trail[1]).toMatchObject({
      effect: 'no-effect',
      explanation: expect.stringContaining(
        'served after 2026-12-15, more than 3 months after it was issued: it has lapsed (non avenue, CPC 1411; décret 2026-96',
      ),
    });
    expect(r.warnings.map((w) => w.code)).toContain('INJONCTION_LAPSED');
  });

  it('interrupts when served within 3 months, and gives the enforcement date', () => {
    const r = limitationDeadline(claim('2026-12-15'), { asOf: '2026-12-20' });
    expect(r.deadline).toBe('2031-12-15');
    expect(r.trail[1]).toMatchObject({ effect: 'interrupts' });
    expect(r.trail[1]!.explanation).toContain('Serving the injonction order within 3 months');
    expect(r.trail[1]!.explanation).toContain('may enforce the order from 2027-02-16');
  });

  it('keeps 6 months for an order made before 2026-09-01', () => {
    const r = limitationDeadline(
      {
        debtor: 'professional',
        dueDate: '2022-03-01',
        events: [
          { type: 'injonction_order_issued', date: '2026-08-31' },
          { type: 'injonction_order_served', date: '2027-01-10' },
        ],
      },
      { asOf: '2027-01-20' },
    );
    expect(r.trail[1]).toMatchObject({ effect: 'interrupts' });
    expect(r.deadline).toBe('2032-01-10');
  });
});
