import { describe, expect, it } from 'vitest';
import { limitationDeadline } from './english.fixture.js';
import type {
  LimitationClaimInput,
  LimitationDeadlineResult,
  LimitationEventInput,
} from './index.js';

const pro = (events: ReadonlyArray<LimitationEventInput> = [], dueDate = '2017-03-10') =>
  ({ debtor: 'professional', dueDate, events }) as const satisfies LimitationClaimInput;

const pub = (events: ReadonlyArray<LimitationEventInput> = [], dueDate = '2015-03-10') =>
  ({ debtor: 'public', dueDate, events }) as const satisfies LimitationClaimInput;

const codes = (r: { warnings: ReadonlyArray<{ code: string }> }) => r.warnings.map((w) => w.code);
const warning = (r: LimitationDeadlineResult, code: string) =>
  r.warnings.find((w) => w.code === code);

// B2B due 2009-05-28: long-stop 2029-05-28 (C. civ. 2232). Acknowledgements every four years keep
// the claim alive up to `lastAck` + 5 years.
const LONG_STOP = '2029-05-28';
const longRun = (lastAck: string, more: ReadonlyArray<LimitationEventInput> = []) =>
  pro(
    [
      { type: 'debtor_acknowledged', date: '2013-05-01' },
      { type: 'debtor_acknowledged', date: '2017-05-01' },
      { type: 'debtor_acknowledged', date: '2021-05-01' },
      { type: 'debtor_acknowledged', date: lastAck },
      ...more,
    ],
    '2009-05-28',
  );

describe('limitationDeadline (edges, part B)', () => {
  describe('acknowledgements and payments (C. civ. 2240, 2231)', () => {
    it('interrupts with an acknowledgement made on the very day limitation starts (C. civ. 2240)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'debtor_acknowledged', date: '2017-03-10' },
          { type: 'payment_received', date: '2018-01-04' },
        ]),
      );
      expect(r.trail[0]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2022-03-10',
        article: 'C. civ. 2240, 2231',
        explanation:
          "The debtor's acknowledgement interrupts limitation: a new 5-year period runs from 2017-03-10.",
      });
      expect(r.trail[1]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2023-01-04',
        article: 'C. civ. 2240, 2231',
        explanation:
          'A payment, even partial, acknowledges the whole debt and interrupts limitation: a new 5-year period runs from 2018-01-04.',
      });
      expect(r.deadline).toBe('2023-01-04');
      expect(r.statusExplanation).toBe(
        'Limitation is running: the last day to act is 2023-01-04 (never moved to a working day, C. civ. 2229).',
      );
    });

    it('says a new period runs once the suspension ends when the debtor acknowledges during mediation (C. civ. 2238, 2240)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2018-01-10' },
          { type: 'debtor_acknowledged', date: '2018-02-01' },
          { type: 'conservatory_measure', date: '2018-03-01' },
          { type: 'mediation_ended', date: '2018-04-01' },
        ]),
      );
      expect(r.trail[1]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: null,
        article: 'C. civ. 2240, 2231',
        explanation:
          "The debtor's acknowledgement interrupts limitation: a new 5-year period runs from 2018-02-01, once the suspension ends.",
      });
      expect(r.trail[2]).toMatchObject({
        effect: 'interrupts',
        article: 'C. civ. 2244',
        explanation:
          'A conservatory measure interrupts limitation: a new 5-year period runs from 2018-03-01 once the suspension ends (not capped by the 20-year long-stop).',
      });
      expect(r.trail[3]).toMatchObject({
        effect: 'resumes',
        article: 'C. civ. 2238',
        deadlineAfter: '2023-04-01',
        explanation:
          'The suspension ends: the time left runs again, but never less than 6 months (until 2018-10-01).',
      });
      expect(r.deadline).toBe('2023-04-01');
    });

    it('caps an acknowledgement at the 20-year long-stop and says so (C. civ. 2232)', () => {
      const r = limitationDeadline(longRun('2025-05-01'));
      expect(r.trail[2]).toMatchObject({
        effect: 'interrupts',
        article: 'C. civ. 2240, 2231',
        explanation:
          "The debtor's acknowledgement interrupts limitation: a new 5-year period runs from 2021-05-01.",
      });
      expect(r.trail[3]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: LONG_STOP,
        article: 'C. civ. 2240, 2231; C. civ. 2232',
        explanation: `The debtor's acknowledgement interrupts limitation: a new 5-year period runs from 2025-05-01, capped by the 20-year long-stop (${LONG_STOP}).`,
      });
      expect(r.deadline).toBe(LONG_STOP);
      expect(r.longStop).toMatchObject({
        date: LONG_STOP,
        article: 'C. civ. 2232',
        binding: true,
        explanation:
          '20 years from the birth of the right (2009-05-28): acknowledgements, payments and suspensions cannot carry limitation beyond it; legal action (2241 al. 1) and enforcement or conservatory measures (2244) can.',
      });
      expect(warning(r, 'LONG_STOP_BINDING')).toMatchObject({
        code: 'LONG_STOP_BINDING',
        message: `The 20-year long-stop (${LONG_STOP}) caps the extensions from acknowledgements, payments or suspensions; only a legal action or an enforcement measure can carry the claim further.`,
        article: 'C. civ. 2232',
      });
    });

    it('gives a written claim against a private debtor no effect (Cass. com., 18 mai 2022)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'public_claim_written', date: '2018-01-10' },
          { type: 'formal_notice_sent', date: '2018-02-01' },
        ]),
      );
      expect(r.trail[0]).toMatchObject({
        effect: 'no-effect',
        article: 'Loi 68-1250 art. 2; Cass. com., 18 mai 2022, n° 20-23.204',
        explanation:
          'A written claim interrupts only the limitation of a public debtor; against a private debtor it has no effect.',
      });
      expect(r.deadline).toBe('2022-03-10');
      expect(warning(r, 'FORMAL_NOTICE_NO_EFFECT')?.article).toBe(
        'Cass. com., 18 mai 2022, n° 20-23.204',
      );
    });
  });

  describe('public debtor (loi 68-1250)', () => {
    it('runs a new 4 years from 1 January after each written claim, payment or acknowledgement (art. 2)', () => {
      const r = limitationDeadline(
        pub([
          { type: 'debtor_acknowledged', date: '2016-02-01' },
          { type: 'payment_received', date: '2017-02-01' },
          { type: 'public_claim_written', date: '2018-02-01' },
          { type: 'formal_notice_sent', date: '2019-02-01' },
          { type: 'enforcement_measure', date: '2019-06-01' },
        ]),
      );
      expect(r.trail.map((t) => [t.effect, t.deadlineAfter, t.article, t.explanation])).toEqual([
        [
          'interrupts',
          '2020-12-31',
          'Loi 68-1250 art. 2',
          "The debtor's acknowledgement interrupts limitation: a new 4-year period runs from 1 January 2017 to 2020-12-31.",
        ],
        [
          'interrupts',
          '2021-12-31',
          'Loi 68-1250 art. 2',
          'A payment, even partial, acknowledges the whole debt and interrupts limitation: a new 4-year period runs from 1 January 2018 to 2021-12-31.',
        ],
        [
          'interrupts',
          '2022-12-31',
          'Loi 68-1250 art. 2',
          'A written claim to the administration interrupts limitation: a new 4-year period runs from 1 January 2019 to 2022-12-31.',
        ],
        [
          'interrupts',
          '2023-12-31',
          'Loi 68-1250 art. 2',
          'A written payment demand to a public debtor interrupts limitation: a new 4-year period runs from 1 January 2020 to 2023-12-31.',
        ],
        [
          'no-effect',
          '2023-12-31',
          'CGPPP L2311-1; Loi 68-1250 art. 2',
          "A public person's property cannot be seized; the déchéance quadriennale is interrupted only by the acts of loi 68-1250 art. 2.",
        ],
      ]);
      expect(r.deadline).toBe('2023-12-31');
    });

    it('restarts 4 years from 1 January after a judgment, and ignores its service (loi 68-1250 art. 2; loi 80-539)', () => {
      const r = limitationDeadline(
        pub([
          { type: 'legal_action_filed', date: '2016-03-01' },
          { type: 'proceedings_ended', date: '2017-06-01', outcome: 'judgment' },
          { type: 'judgment_served', date: '2017-07-03' },
        ]),
      );
      expect(r.trail[0]).toMatchObject({
        effect: 'interrupts',
        article: 'Loi 68-1250 art. 2',
        explanation:
          'The legal action interrupts limitation until the proceedings end (C. civ. 2242); a new 4-year period runs from 1 January after the decision becomes final. Record the end with proceedings_ended.',
      });
      expect(r.trail[1]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2021-12-31',
        article: 'Loi 68-1250 art. 2',
        explanation:
          'The proceedings begun on 2016-03-01 ended with a judgment: a new 4-year period runs from 1 January 2018. Serve the judgment (judgment_served) to obtain a 10-year title.',
      });
      expect(r.trail[2]).toMatchObject({
        effect: 'no-effect',
        deadlineAfter: '2021-12-31',
        article: 'Loi 68-1250 art. 2; loi 80-539',
        explanation:
          'Against a public debtor a judgment is paid through the public accountant (loi 80-539), not enforced under the CPCE; the 4-year period already runs from 1 January after the decision.',
      });
      expect(r.title).toBeNull();
      expect(r.deadline).toBe('2021-12-31');
    });

    it('serving an injonction order restarts 4 years from 1 January (loi 68-1250 art. 2)', () => {
      const r = limitationDeadline(
        pub([
          { type: 'injonction_order_issued', date: '2016-01-11' },
          { type: 'injonction_order_served', date: '2016-02-01' },
        ]),
      );
      expect(r.trail[1]).toMatchObject({
        effect: 'interrupts',
        article: 'C. civ. 2241; C. proc. civ. art. 1411',
        explanation:
          'Serving the injonction order within 6 months interrupts limitation: a new 4-year period runs from 1 January. The debtor has 1 month to oppose (CPC 1416).',
      });
      expect(r.deadline).toBe('2020-12-31');
    });

    it('cites loi 68-1250 art. 1 when the déchéance quadriennale is acquired', () => {
      const r = limitationDeadline(pub(), { asOf: '2020-01-01' });
      expect(r).toMatchObject({ status: 'expired', deadline: '2019-12-31', daysLeft: -1 });
      expect(warning(r, 'LIMITATION_EXPIRED')?.article).toBe('Loi 68-1250 art. 1');
    });
  });

  describe('enforcement and conservatory measures (C. civ. 2244)', () => {
    it('interrupts with an enforcement measure taken on the due date itself', () => {
      const r = limitationDeadline(pro([{ type: 'enforcement_measure', date: '2017-03-10' }]));
      expect(r.trail[0]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2022-03-10',
        article: 'C. civ. 2244',
        explanation:
          'An enforcement measure interrupts limitation: a new 5-year period runs from 2017-03-10 (not capped by the 20-year long-stop).',
      });
    });
  });

  describe('legal action and proceedings (C. civ. 2241-2243)', () => {
    it('has nothing to interrupt or suspend while proceedings are pending (C. civ. 2242)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2018-01-10' },
          { type: 'enforcement_measure', date: '2018-02-01' },
          { type: 'mediation_started', date: '2018-04-03' },
          { type: 'mediation_ended', date: '2018-05-02' },
          { type: 'injonction_order_issued', date: '2018-06-01' },
          { type: 'injonction_order_served', date: '2018-06-15' },
        ]),
        { asOf: '2018-07-02' },
      );
      expect(r.trail.map((t) => [t.effect, t.deadlineAfter, t.article, t.explanation])).toEqual([
        [
          'interrupts',
          null,
          'C. civ. 2241, 2242',
          'The legal action interrupts limitation until the proceedings end (C. civ. 2242); a new 5-year period runs from the end. Record the end with proceedings_ended.',
        ],
        [
          'no-effect',
          null,
          'C. civ. 2244',
          'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).',
        ],
        [
          'no-effect',
          null,
          'C. civ. 2238',
          'Proceedings are pending: limitation is already interrupted until they end, so there is nothing to suspend.',
        ],
        [
          'no-effect',
          null,
          'C. civ. 2238',
          'The matching start did not suspend limitation (it came after expiry or during proceedings), so its end changes nothing.',
        ],
        [
          'no-effect',
          null,
          'C. proc. civ. art. 1411; Cass. civ., 10 juil. 1990, n° 89-13.345',
          'Filing the request and issuing the order do not interrupt limitation; serving the order does, if served by 2018-12-03 (6 months, CPC 1411).',
        ],
        [
          'no-effect',
          null,
          'C. civ. 2241; C. proc. civ. art. 1411',
          'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).',
        ],
      ]);
      expect(r).toMatchObject({ status: 'suspended', deadline: null, daysLeft: null });
      expect(r.statusExplanation).toBe(
        'Proceedings are pending: limitation is interrupted until they end (C. civ. 2242); a new period will run from the end.',
      );
      expect(warning(r, 'PROCEEDINGS_PENDING')).toMatchObject({
        code: 'PROCEEDINGS_PENDING',
        message:
          'Proceedings are pending: limitation is interrupted until they end (C. civ. 2242); a new period will run from the end. Record the end with a proceedings_ended event.',
        article: 'C. civ. 2242',
      });
    });

    it('voids a dismissed action and says why (C. civ. 2243)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2018-01-10' },
          { type: 'proceedings_ended', date: '2018-06-01', outcome: 'dismissed' },
        ]),
      );
      expect(r.trail[0]).toMatchObject({
        effect: 'no-effect',
        article: 'C. civ. 2241, 2242; C. civ. 2243',
        explanation:
          'These proceedings later ended without success: their interruption is treated as never having happened (C. civ. 2243).',
      });
      expect(r.trail[1]).toMatchObject({
        effect: 'voids-interruption',
        deadlineAfter: '2022-03-10',
        article: 'C. civ. 2243',
        explanation:
          'The proceedings begun on 2018-01-10 were finally dismissed: their interruption is treated as never having happened, and limitation is computed without them.',
      });
      expect(r.deadline).toBe('2022-03-10');
    });

    it('does not cap a judgment or its 10-year title by the long-stop (C. civ. 2242, CPCE L111-4)', () => {
      const r = limitationDeadline(
        longRun('2024-05-02', [
          { type: 'legal_action_filed', date: '2027-03-01' },
          { type: 'proceedings_ended', date: '2028-01-10', outcome: 'judgment' },
          { type: 'judgment_served', date: '2028-02-01' },
        ]),
      );
      expect(r.trail[5]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2033-01-10',
        article: 'C. civ. 2242, 2231',
        explanation:
          'The proceedings begun on 2027-03-01 ended with a judgment: a new 5-year period runs from 2028-01-10. Serve the judgment (judgment_served) to obtain a 10-year title.',
      });
      expect(r.trail[6]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2038-02-01',
        article: 'CPCE L111-4',
        explanation:
          'The served judgment is an enforceable title: it can be enforced for 10 years, until 2038-02-01, even when the claim itself had a shorter period.',
      });
      expect(r.deadline).toBe('2038-02-01');
      expect(r.longStop.binding).toBe(false);
    });

    it('lets a judgment on an action brought after expiry stand only if limitation is not pleaded (C. civ. 2247)', () => {
      const r = limitationDeadline(
        pro(
          [
            { type: 'legal_action_filed', date: '2016-01-11' },
            { type: 'proceedings_ended', date: '2016-06-01', outcome: 'judgment' },
          ],
          '2010-03-10',
        ),
      );
      expect(r.trail[1]).toMatchObject({
        effect: 'no-effect',
        article: 'C. civ. 2247',
        explanation:
          'The action it ends was brought after the claim was time-barred; the judgment still stands if the debtor did not plead limitation (a court does not raise it on its own, C. civ. 2247).',
      });
      expect(r.deadline).toBe('2015-03-10');
      expect(warning(r, 'EVENT_AFTER_EXPIRY')?.article).toBe('C. civ. 2219, 2250');
    });
  });

  describe('injonction de payer (C. civ. 2241; CPC 1411)', () => {
    it('interrupts with a timely service: a new full period from service', () => {
      const r = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2018-01-10' },
          { type: 'injonction_order_served', date: '2018-02-01' },
        ]),
      );
      expect(r.trail[1]).toMatchObject({
        effect: 'interrupts',
        deadlineAfter: '2023-02-01',
        article: 'C. civ. 2241; C. proc. civ. art. 1411',
        explanation:
          'Serving the injonction order within 6 months interrupts limitation: a new 5-year period runs from 2018-02-01. The debtor has 1 month to oppose (CPC 1416).',
      });
    });

    it('voids the service when the opposition proceedings are withdrawn (C. civ. 2243)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2018-01-10' },
          { type: 'injonction_order_served', date: '2018-02-01' },
          { type: 'proceedings_ended', date: '2018-05-02', outcome: 'withdrawn' },
        ]),
      );
      expect(r.trail[1]).toMatchObject({
        effect: 'no-effect',
        article: 'C. civ. 2241; C. proc. civ. art. 1411; C. civ. 2243',
        explanation:
          'The opposition proceedings later ended without success: the interruption by service is treated as never having happened (C. civ. 2243).',
      });
      expect(r.deadline).toBe('2022-03-10');
    });

    it('does not cap a served order by the long-stop (C. civ. 2241 al. 1)', () => {
      const r = limitationDeadline(
        longRun('2024-05-02', [
          { type: 'injonction_order_issued', date: '2027-01-04' },
          { type: 'injonction_order_served', date: '2027-02-01' },
        ]),
      );
      expect(r.trail[5]).toMatchObject({ effect: 'interrupts', deadlineAfter: '2032-02-01' });
      expect(r.deadline).toBe('2032-02-01');
      expect(r.longStop.binding).toBe(false);
      expect(codes(r)).not.toContain('LONG_STOP_BINDING');
    });

    it('warns that a late service lapsed (CPC 1411)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2018-01-10' },
          { type: 'injonction_order_served', date: '2018-09-03' },
        ]),
      );
      expect(warning(r, 'INJONCTION_LAPSED')).toMatchObject({
        code: 'INJONCTION_LAPSED',
        message:
          'The injonction order served on 2018-09-03 was served after 2018-07-10: it lapsed and did not interrupt limitation.',
        article: 'C. proc. civ. art. 1411',
      });
    });

    it('can still serve an unserved order on its last day, and warns it lapsed the day after (CPC 1411)', () => {
      const claim = pro([{ type: 'injonction_order_issued', date: '2018-01-10' }]);
      const onLastDay = limitationDeadline(claim, { asOf: '2018-07-10' });
      expect(warning(onLastDay, 'INJONCTION_NOT_SERVED')).toMatchObject({
        code: 'INJONCTION_NOT_SERVED',
        message:
          'The injonction order of 2018-01-10 interrupts limitation only once served; serve it by 2018-07-10 or it lapses.',
        article: 'C. proc. civ. art. 1411',
      });
      expect(codes(onLastDay)).not.toContain('INJONCTION_LAPSED');
      const dayAfter = limitationDeadline(claim, { asOf: '2018-07-11' });
      expect(warning(dayAfter, 'INJONCTION_LAPSED')).toMatchObject({
        code: 'INJONCTION_LAPSED',
        message:
          'The injonction order of 2018-01-10 was not served by 2018-07-10: it lapsed (non avenue) and did not interrupt limitation.',
        article: 'C. proc. civ. art. 1411',
      });
      expect(codes(dayAfter)).not.toContain('INJONCTION_NOT_SERVED');
    });
  });

  describe('suspension (C. civ. 2238)', () => {
    it('cites CPCE L125-1 for the small-claims procedure and C. civ. 2238 alone for mediation', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2018-01-10' },
          { type: 'small_claims_accepted', date: '2018-02-01' },
          { type: 'mediation_ended', date: '2018-03-01' },
          { type: 'small_claims_ended', date: '2018-04-02' },
        ]),
      );
      expect(r.trail.map((t) => [t.effect, t.article, t.explanation])).toEqual([
        [
          'suspends',
          'C. civ. 2238',
          'Mediation or conciliation suspends limitation: the clock stops with 1520 days left and runs again when it ends, for at least 6 months.',
        ],
        [
          'suspends',
          'C. civ. 2238; CPCE L125-1',
          "The debtor's agreement to the small-claims procedure suspends limitation: the clock stops with 1520 days left and runs again when it ends, for at least 6 months.",
        ],
        [
          'no-effect',
          'C. civ. 2238',
          'Another suspension is still under way: the clock stays stopped.',
        ],
        [
          'resumes',
          'C. civ. 2238; CPCE L125-1',
          'The suspension ends: the time left runs again, but never less than 6 months (until 2018-10-02).',
        ],
      ]);
      expect(r.deadline).toBe('2022-05-31');
    });

    it('cites the right article when the small-claims procedure starts first and mediation ends last', () => {
      const r = limitationDeadline(
        pro([
          { type: 'small_claims_accepted', date: '2018-01-10' },
          { type: 'mediation_started', date: '2018-02-01' },
          { type: 'small_claims_ended', date: '2018-03-01' },
          { type: 'mediation_ended', date: '2018-04-02' },
        ]),
      );
      expect(r.trail.map((t) => [t.effect, t.article])).toEqual([
        ['suspends', 'C. civ. 2238; CPCE L125-1'],
        ['suspends', 'C. civ. 2238'],
        ['no-effect', 'C. civ. 2238; CPCE L125-1'],
        ['resumes', 'C. civ. 2238'],
      ]);
      expect(r.trail[2]?.explanation).toBe(
        'Another suspension is still under way: the clock stays stopped.',
      );
    });

    it('caps the resumed period at the long-stop and makes it binding (C. civ. 2232)', () => {
      const events: LimitationEventInput[] = [
        { type: 'mediation_started', date: '2028-06-01' },
        { type: 'mediation_ended', date: '2028-12-01' },
      ];
      const r = limitationDeadline(longRun('2024-01-02', events));
      expect(r.trail[5]).toMatchObject({
        effect: 'resumes',
        deadlineAfter: LONG_STOP,
        article: 'C. civ. 2238; C. civ. 2232',
        explanation: `The suspension ends: the time left runs again, but never less than 6 months (until 2029-06-01), capped by the 20-year long-stop (${LONG_STOP}).`,
      });
      expect(r.deadline).toBe(LONG_STOP);
      expect(r.longStop.binding).toBe(true);
      expect(codes(r)).toContain('LONG_STOP_BINDING');
    });

    it('caps a provisional deadline under an open suspension at the long-stop (C. civ. 2232, 2238)', () => {
      const r = limitationDeadline(
        longRun('2024-01-02', [{ type: 'mediation_started', date: '2028-06-01' }]),
        { asOf: '2028-12-01' },
      );
      expect(r).toMatchObject({ status: 'suspended', deadline: LONG_STOP });
      expect(r.longStop.binding).toBe(true);
      expect(r.statusExplanation).toBe(
        `Limitation is suspended since 2028-06-01 (C. civ. 2238); if the suspension ended on 2028-12-01, the last day to act would be ${LONG_STOP}.`,
      );
      expect(warning(r, 'LIMITATION_SUSPENDED')).toMatchObject({
        code: 'LIMITATION_SUSPENDED',
        message: r.statusExplanation,
        article: 'C. civ. 2238',
      });
      expect(codes(r)).toContain('LONG_STOP_BINDING');
    });

    it('is not binding when an uncapped enforcement measure alone lands on the long-stop date (C. civ. 2244)', () => {
      const enforcement: LimitationEventInput = { type: 'enforcement_measure', date: '2024-05-28' };
      const ended = limitationDeadline(
        longRun('2021-05-03', [
          enforcement,
          { type: 'mediation_started', date: '2025-01-02' },
          { type: 'mediation_ended', date: '2025-01-02' },
        ]),
      );
      expect(ended.deadline).toBe(LONG_STOP);
      expect(ended.longStop.binding).toBe(false);
      expect(codes(ended)).not.toContain('LONG_STOP_BINDING');

      const open = limitationDeadline(
        longRun('2021-05-03', [enforcement, { type: 'mediation_started', date: '2025-01-02' }]),
        { asOf: '2025-01-02' },
      );
      expect(open).toMatchObject({ status: 'suspended', deadline: LONG_STOP });
      expect(open.longStop.binding).toBe(false);
      expect(codes(open)).not.toContain('LONG_STOP_BINDING');
    });
  });
});

describe('limitationDeadline (acknowledgement during a suspension)', () => {
  it('runs the new period in years from the end of the suspension, across 29 February (C. civ. 2231, 2238)', () => {
    const r = limitationDeadline({
      debtor: 'professional',
      dueDate: '2015-03-10',
      events: [
        { type: 'mediation_started', date: '2016-01-10' },
        { type: 'debtor_acknowledged', date: '2016-02-01' },
        { type: 'mediation_ended', date: '2016-04-01' },
      ],
    });
    expect(r.deadline).toBe('2021-04-01');
  });
});
