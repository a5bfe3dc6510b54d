import {
  type LimitationClaimInput,
  type LimitationEventInput,
  limitationDeadline,
} from 'impayes-core';
import { describe, expect, it, test } from 'vitest';

// "Done means" scenarios of issue 5 (docs/law.md §5): id, title, claim, asOf, expected deadline/status.
interface Case {
  readonly id: string;
  readonly title: string;
  readonly claim: LimitationClaimInput;
  readonly asOf?: string;
  readonly deadline: string | null;
  readonly status: 'running' | 'suspended' | 'expired';
}

const b2b = (events: ReadonlyArray<LimitationEventInput> = []): LimitationClaimInput => ({
  debtor: 'professional',
  dueDate: '2009-05-28',
  events,
});

const acks = (years: ReadonlyArray<number>): LimitationEventInput[] =>
  years.map((y) => ({ type: 'debtor_acknowledged', date: `${y}-05-01` }));

const cases: ReadonlyArray<Case> = [
  {
    id: 'L-01',
    title: 'B2B due 2009-05-28 → last day 2014-05-28 (Cass. com., 5 déc. 2018)',
    claim: b2b(),
    asOf: '2014-05-28',
    deadline: '2014-05-28',
    status: 'running',
  },
  {
    id: 'L-02',
    title: 'the day after the last day the claim is time-barred',
    claim: b2b(),
    asOf: '2014-05-29',
    deadline: '2014-05-28',
    status: 'expired',
  },
  {
    id: 'L-03',
    title: 'a writ served on 2014-05-26 is in time and interrupts (C. civ. 2241)',
    claim: b2b([{ type: 'legal_action_filed', date: '2014-05-26', kind: 'writ' }]),
    asOf: '2014-06-30',
    deadline: null,
    status: 'suspended',
  },
  {
    id: 'L-04',
    title: 'a part payment on 2011-03-10 moves the deadline to 2016-03-10 (C. civ. 2240)',
    claim: b2b([{ type: 'payment_received', date: '2011-03-10' }]),
    asOf: '2016-03-10',
    deadline: '2016-03-10',
    status: 'running',
  },
  {
    id: 'L-05',
    title: 'a formal notice by LRAR changes nothing (Cass. com., 18 mai 2022)',
    claim: b2b([{ type: 'formal_notice_sent', date: '2014-05-02', note: 'LRAR' }]),
    asOf: '2014-06-01',
    deadline: '2014-05-28',
    status: 'expired',
  },
  {
    id: 'L-06',
    title: 'an injonction order served within 6 months interrupts at service (CPC 1411)',
    claim: b2b([
      { type: 'injonction_order_issued', date: '2013-11-04' },
      { type: 'injonction_order_served', date: '2014-03-12' },
    ]),
    asOf: '2015-01-01',
    deadline: '2019-03-12',
    status: 'running',
  },
  {
    id: 'L-07',
    title: 'an injonction order never served does not interrupt',
    claim: b2b([{ type: 'injonction_order_issued', date: '2013-11-04' }]),
    asOf: '2015-01-01',
    deadline: '2014-05-28',
    status: 'expired',
  },
  {
    id: 'L-08',
    title: 'an injonction order served after 6 months does not interrupt (CPC 1411)',
    claim: b2b([
      { type: 'injonction_order_issued', date: '2013-10-01' },
      { type: 'injonction_order_served', date: '2014-04-15' },
    ]),
    asOf: '2015-01-01',
    deadline: '2014-05-28',
    status: 'expired',
  },
  {
    id: 'L-09',
    title: 'mediation 2025-01-10 → 2025-03-10 with 2 months left resumes with 6 months (2238)',
    claim: {
      debtor: 'professional',
      dueDate: '2020-03-10',
      events: [
        { type: 'mediation_started', date: '2025-01-10' },
        { type: 'mediation_ended', date: '2025-03-10' },
      ],
    },
    asOf: '2025-03-10',
    deadline: '2025-09-10',
    status: 'running',
  },
  {
    id: 'L-10',
    title: 'a consumer claim completed 2024-05-15 expires 2026-05-15 (C. conso L218-2)',
    claim: {
      debtor: 'consumer',
      dueDate: '2024-06-14',
      invoiceDate: '2024-05-31',
      completionDate: '2024-05-15',
    },
    asOf: '2026-05-16',
    deadline: '2026-05-15',
    status: 'expired',
  },
  {
    id: 'L-11',
    title: 'a deadline falling on a Sunday stays on the Sunday (C. civ. 2229)',
    claim: { debtor: 'professional', dueDate: '2021-03-08' },
    asOf: '2026-03-09',
    deadline: '2026-03-08',
    status: 'expired',
  },
  {
    id: 'L-12',
    title: 'the 20-year long-stop caps repeated acknowledgements (C. civ. 2232)',
    claim: {
      debtor: 'professional',
      dueDate: '2010-05-28',
      events: acks([2014, 2018, 2022, 2026]),
    },
    asOf: '2030-05-01',
    deadline: '2030-05-28',
    status: 'running',
  },
  {
    id: 'L-13',
    title: 'public debtor: 4 years from 1 January after the year the right arose (loi 68-1250)',
    claim: { debtor: 'public', dueDate: '2020-06-10' },
    asOf: '2024-12-31',
    deadline: '2024-12-31',
    status: 'running',
  },
  {
    id: 'L-14',
    title: 'public debtor: a written claim interrupts, new 4 years from 1 January after',
    claim: {
      debtor: 'public',
      dueDate: '2020-06-10',
      events: [{ type: 'public_claim_written', date: '2023-11-20' }],
    },
    asOf: '2025-01-02',
    deadline: '2027-12-31',
    status: 'running',
  },
];

describe('limitationDeadline (golden, docs/law.md §5)', () => {
  test.each(cases)('$id: $title', ({ claim, asOf, deadline, status }) => {
    const r = limitationDeadline(claim, asOf === undefined ? {} : { asOf });
    expect(r.deadline).toBe(deadline);
    expect(r.status).toBe(status);
  });

  it('L-05: the trail says why a formal notice has no effect', () => {
    const r = limitationDeadline(b2b([{ type: 'formal_notice_sent', date: '2012-01-05' }]));
    expect(r.trail[0]).toMatchObject({
      effect: 'no-effect',
      deadlineAfter: '2014-05-28',
      article: 'Cass. com., 18 mai 2022, n° 20-23.204',
    });
    expect(r.trail[0]).toMatchObject({ code: 'TRAIL_FORMAL_NOTICE', params: {} });
    expect(r.trail[0]!.explanation).toMatch(/^Une mise en demeure.* n’interrompt ni ne suspend/);
    const en = limitationDeadline(b2b([{ type: 'formal_notice_sent', date: '2012-01-05' }]), {
      locale: 'en',
    });
    expect(en.trail[0]!.explanation).toMatch(/does not interrupt/);
    expect(r.warnings.map((w) => w.code)).toContain('FORMAL_NOTICE_NO_EFFECT');
  });

  it('L-06/L-07: the trail places the interruption at service, not at the order', () => {
    const served = limitationDeadline(cases[5]!.claim);
    expect(served.trail.map((t) => t.effect)).toEqual(['no-effect', 'interrupts']);
    const never = limitationDeadline(cases[6]!.claim, { asOf: '2015-01-01' });
    expect(never.trail.map((t) => t.effect)).toEqual(['no-effect']);
    expect(never.warnings.map((w) => w.code)).toContain('INJONCTION_LAPSED');
  });

  it('L-12: without the cap the last acknowledgement would give 2031-05-01', () => {
    const r = limitationDeadline(cases[11]!.claim);
    expect(r.longStop).toMatchObject({ date: '2030-05-28', binding: true });
    expect(r.trail.at(-1)!.article).toContain('C. civ. 2232');
  });
});
