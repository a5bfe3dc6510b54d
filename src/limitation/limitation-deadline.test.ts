import { describe, expect, it } from 'vitest';
import { limitationDeadline } from './english.fixture.js';
import type { LimitationClaimInput, LimitationEventInput } from './index.js';

const pro = (events: ReadonlyArray<LimitationEventInput> = [], dueDate = '2015-03-10') =>
  ({ debtor: 'professional', dueDate, events }) as const satisfies LimitationClaimInput;

const codes = (r: { warnings: ReadonlyArray<{ code: string }> }) => r.warnings.map((w) => w.code);
const effects = (r: { trail: ReadonlyArray<{ effect: string }> }) => r.trail.map((t) => t.effect);

function invalid(claim: unknown, options?: unknown) {
  try {
    limitationDeadline(claim as LimitationClaimInput, options as never);
  } catch (e) {
    return e as { code: string; issues: ReadonlyArray<{ path: ReadonlyArray<string | number> }> };
  }
  throw new Error('expected an ImpayesError');
}

describe('limitationDeadline', () => {
  describe('periods and start (C. conso L218-2, C. com. L110-4, C. civ. 2224, loi 68-1250)', () => {
    it('gives 5 years from the due date for a business (Cass. com., 5 déc. 2018)', () => {
      const r = limitationDeadline(pro());
      expect(r.period).toEqual({ years: 5, article: 'C. com. L110-4' });
      expect(r.start).toMatchObject({ date: '2015-03-10', rule: 'due-date' });
      expect(r.deadline).toBe('2020-03-10');
      expect(r).toMatchObject({ status: 'running', statusAt: '2015-03-10', daysLeft: null });
      expect(r.title).toBeNull();
    });

    it('gives 5 years under C. civ. 2224 for a non-professional', () => {
      const r = limitationDeadline({ debtor: 'non_professional', dueDate: '2015-03-10' });
      expect(r.period.article).toBe('C. civ. 2224');
      expect(r.deadline).toBe('2020-03-10');
    });

    it('starts a consumer claim at completion (Civ. 1re, 19 mai 2021)', () => {
      const r = limitationDeadline({
        debtor: 'consumer',
        dueDate: '2024-07-01',
        invoiceDate: '2024-06-01',
        completionDate: '2024-05-15',
      });
      expect(r.start.rule).toBe('completion');
      expect(r.deadline).toBe('2026-05-15');
      expect(codes(r)).toEqual([]);
    });

    it('falls back to the invoice date, then the due date, for a consumer, and says so', () => {
      const a = limitationDeadline({
        debtor: 'consumer',
        dueDate: '2024-07-01',
        invoiceDate: '2024-06-01',
      });
      expect(a.start).toMatchObject({ date: '2024-06-01', rule: 'invoice-date' });
      expect(codes(a)).toEqual(['CONSUMER_START_FALLBACK']);
      expect(a.warnings[0]!.message).toContain('invoice date');
      const b = limitationDeadline({ debtor: 'consumer', dueDate: '2024-07-01' });
      expect(b.start).toMatchObject({ date: '2024-07-01', rule: 'due-date-fallback' });
      expect(b.warnings[0]!.message).toContain('due date');
      expect(b.deadline).toBe('2026-07-01');
    });

    it('issue 13 item 3: CONSUMER_START_FALLBACK names the invoice field that works, deliveryDate', () => {
      const r = limitationDeadline({ debtor: 'consumer', dueDate: '2024-07-01' });
      expect(r.warnings[0]!.message).toContain("give the invoice's deliveryDate");
      // The message never asks for a field the invoice schema rejects.
      expect(r.warnings[0]!.message).not.toMatch(/give completionDate/);
    });

    it('starts a late-invoiced B2B claim at completion by default (Cass. com., 26 févr. 2020)', () => {
      const claim = {
        debtor: 'professional',
        dueDate: '2020-04-30',
        invoiceDate: '2020-03-31',
        completionDate: '2020-01-15',
      } as const;
      const r = limitationDeadline(claim);
      expect(r.start).toMatchObject({ date: '2020-01-15', rule: 'late-invoice-completion' });
      expect(r.deadline).toBe('2025-01-15');
      expect(codes(r)).toEqual(['LATE_INVOICE_START']);
      const d = limitationDeadline(claim, { b2bStart: 'due-date' });
      expect(d.start.rule).toBe('due-date');
      expect(d.deadline).toBe('2025-04-30');
      expect(d.warnings[0]!.message).toContain('2025-01-15');
      // within lateInvoiceDays the invoice is not late
      const ok = limitationDeadline(claim, { lateInvoiceDays: 90 });
      expect(ok.start.rule).toBe('due-date');
      expect(codes(ok)).toEqual([]);
    });

    it('counts the long-stop from completion when it is earlier than the start (C. civ. 2232)', () => {
      const r = limitationDeadline({
        debtor: 'professional',
        dueDate: '2020-04-30',
        invoiceDate: '2020-02-01',
        completionDate: '2020-01-15',
      });
      expect(r.start.date).toBe('2020-04-30');
      expect(r.longStop).toMatchObject({ date: '2040-01-15', binding: false });
    });

    it('runs a public claim from 1 January and ends it on 31 December (loi 68-1250 art. 1)', () => {
      const r = limitationDeadline({ debtor: 'public', dueDate: '2020-12-31' });
      expect(r.start).toMatchObject({ date: '2021-01-01', rule: 'public-1-january' });
      expect(r.period.years).toBe(4);
      expect(r.deadline).toBe('2024-12-31');
      expect(r.longStop.explanation).toContain('not applied');
      const w = limitationDeadline({
        debtor: 'public',
        dueDate: '2021-01-30',
        completionDate: '2020-12-15',
      });
      expect(w.deadline).toBe('2025-12-31');
      expect(codes(w)).toEqual(['PUBLIC_START_YEAR']);
      expect(w.warnings[0]!.message).toContain('2024-12-31');
    });
  });

  describe('interruption (C. civ. 2231, 2240, 2241, 2244)', () => {
    it('restarts the full period from an acknowledgement and never shortens it', () => {
      const r = limitationDeadline(pro([{ type: 'debtor_acknowledged', date: '2017-06-01' }]));
      expect(r.deadline).toBe('2022-06-01');
      expect(r.trail[0]).toMatchObject({
        index: 0,
        effect: 'interrupts',
        article: 'C. civ. 2240, 2231',
      });
    });

    it('ignores an acknowledgement or measure before limitation started', () => {
      const r = limitationDeadline(
        pro([
          { type: 'debtor_acknowledged', date: '2015-01-01' },
          { type: 'conservatory_measure', date: '2015-02-01' },
        ]),
      );
      expect(effects(r)).toEqual(['no-effect', 'no-effect']);
      expect(r.trail[0]!.explanation).toContain('not started');
      expect(r.deadline).toBe('2020-03-10');
    });

    it('gives no effect to acts after expiry and warns', () => {
      const r = limitationDeadline(
        pro([
          { type: 'debtor_acknowledged', date: '2020-03-11' },
          { type: 'enforcement_measure', date: '2020-04-01' },
          { type: 'mediation_started', date: '2020-05-01' },
          { type: 'mediation_ended', date: '2020-06-01' },
          { type: 'legal_action_filed', date: '2020-07-01' },
          { type: 'proceedings_ended', date: '2021-01-01', outcome: 'judgment' },
        ]),
      );
      expect(effects(r)).toEqual([
        'no-effect',
        'no-effect',
        'no-effect',
        'no-effect',
        'no-effect',
        'no-effect',
      ]);
      expect(r.trail[0]!.explanation).toContain('2250');
      expect(r.trail[5]!.article).toBe('C. civ. 2247');
      expect(r.status).toBe('expired');
      expect(codes(r)).toEqual(['LIMITATION_EXPIRED', 'EVENT_AFTER_EXPIRY']);
      expect(r.warnings[1]!.message).toMatch(/^4 event/);
    });

    it('makes a judgment served after a late action a 10-year title (C. civ. 2247; CPCE L111-4)', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2020-07-01' },
          { type: 'proceedings_ended', date: '2021-01-01', outcome: 'judgment' },
          { type: 'judgment_served', date: '2021-02-01' },
        ]),
      );
      expect(r.deadline).toBe('2031-02-01');
      expect(r.title).toEqual({
        servedOn: '2021-02-01',
        years: 10,
        deadline: '2031-02-01',
        article: 'CPCE L111-4',
      });
    });

    it('keeps limitation interrupted while proceedings are pending, then restarts (2242)', () => {
      const pending = limitationDeadline(
        pro([{ type: 'legal_action_filed', date: '2019-01-10' }]),
        {
          asOf: '2024-01-01',
        },
      );
      expect(pending).toMatchObject({ deadline: null, status: 'suspended', daysLeft: null });
      expect(codes(pending)).toEqual(['PROCEEDINGS_PENDING']);
      const ended = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2019-01-10' },
          { type: 'debtor_acknowledged', date: '2019-06-01' },
          { type: 'enforcement_measure', date: '2019-07-01' },
          { type: 'mediation_started', date: '2019-08-01' },
          { type: 'mediation_ended', date: '2019-09-01' },
          { type: 'proceedings_ended', date: '2021-02-15', outcome: 'judgment' },
        ]),
      );
      expect(effects(ended)).toEqual([
        'interrupts',
        'no-effect',
        'no-effect',
        'no-effect',
        'no-effect',
        'interrupts',
      ]);
      expect(ended.trail[0]!.deadlineAfter).toBeNull();
      expect(ended.trail[1]!.explanation).toContain('2242');
      expect(ended.deadline).toBe('2026-02-15');
    });

    it('treats a withdrawn, dismissed or lapsed action as never having happened (2243)', () => {
      for (const outcome of ['withdrawn', 'dismissed', 'lapsed'] as const) {
        const r = limitationDeadline(
          pro([
            { type: 'legal_action_filed', date: '2019-01-10' },
            { type: 'debtor_acknowledged', date: '2019-06-01' },
            { type: 'proceedings_ended', date: '2021-02-15', outcome },
          ]),
        );
        expect(effects(r)).toEqual(['no-effect', 'interrupts', 'voids-interruption']);
        expect(r.trail[0]!.article).toContain('2243');
        expect(r.deadline).toBe('2024-06-01');
      }
      const late = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2019-01-10' },
          { type: 'proceedings_ended', date: '2021-02-15', outcome: 'lapsed' },
        ]),
      );
      expect(late.trail[1]!.explanation).toContain('time-barred since the day after 2020-03-10');
      expect(late.status).toBe('expired');
    });

    it('ends the latest pending action first when several are pending', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2018-01-10', kind: 'interim' },
          { type: 'legal_action_filed', date: '2019-01-10', kind: 'writ' },
          { type: 'proceedings_ended', date: '2019-05-01', outcome: 'withdrawn' },
        ]),
        { asOf: '2026-01-01' },
      );
      expect(effects(r)).toEqual(['interrupts', 'no-effect', 'voids-interruption']);
      expect(r.status).toBe('suspended');
    });

    it('interrupts at service of an injonction order, voided if the opposition fails (2243)', () => {
      const served = [
        { type: 'injonction_order_issued', date: '2019-01-10' },
        { type: 'injonction_order_served', date: '2019-03-01' },
      ] as const;
      const ok = limitationDeadline(pro(served));
      expect(ok.deadline).toBe('2024-03-01');
      expect(ok.trail[1]!.explanation).toContain('CPC 1416');
      const voided = limitationDeadline(
        pro([...served, { type: 'proceedings_ended', date: '2019-09-01', outcome: 'lapsed' }]),
      );
      expect(effects(voided)).toEqual(['no-effect', 'no-effect', 'voids-interruption']);
      expect(voided.deadline).toBe('2020-03-10');
      const judged = limitationDeadline(
        pro([
          ...served,
          { type: 'proceedings_ended', date: '2019-09-01', outcome: 'judgment' },
          { type: 'judgment_served', date: '2019-10-01' },
        ]),
      );
      expect(effects(judged)).toEqual(['no-effect', 'interrupts', 'interrupts', 'interrupts']);
      expect(judged.deadline).toBe('2029-10-01');
      const unopposed = limitationDeadline(
        pro([...served, { type: 'judgment_served', date: '2019-03-01' }]),
      );
      expect(unopposed.title?.deadline).toBe('2029-03-01');
    });

    it('gives no effect to an injonction order served late, after expiry, or while proceedings are pending', () => {
      const late = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2019-01-10' },
          { type: 'injonction_order_served', date: '2019-08-01' },
        ]),
      );
      expect(effects(late)).toEqual(['no-effect', 'no-effect']);
      expect(late.trail[1]!.explanation).toContain('2019-07-10');
      expect(codes(late)).toEqual(['INJONCTION_LAPSED']);
      const expired = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2020-03-01' },
          { type: 'injonction_order_served', date: '2020-04-01' },
        ]),
      );
      expect(effects(expired)).toEqual(['no-effect', 'no-effect']);
      const pending = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2019-01-01' },
          { type: 'injonction_order_issued', date: '2019-02-01' },
          { type: 'injonction_order_served', date: '2019-03-01' },
          { type: 'proceedings_ended', date: '2019-06-01', outcome: 'judgment' },
        ]),
        { asOf: '2020-01-01' },
      );
      expect(effects(pending)).toEqual(['interrupts', 'no-effect', 'no-effect', 'interrupts']);
      expect(pending.status).toBe('suspended');
    });

    it('warns while an issued order can still be served (CPC 1411)', () => {
      const r = limitationDeadline(pro([{ type: 'injonction_order_issued', date: '2019-01-10' }]), {
        asOf: '2019-02-01',
      });
      expect(codes(r)).toEqual(['INJONCTION_NOT_SERVED']);
      expect(r.warnings[0]!.message).toContain('2019-07-10');
    });

    it('does not cap legal action or enforcement by the long-stop (2232 al. 2)', () => {
      const r = limitationDeadline(
        pro(
          [
            { type: 'debtor_acknowledged', date: '2014-05-01' },
            { type: 'debtor_acknowledged', date: '2018-05-01' },
            { type: 'debtor_acknowledged', date: '2022-05-01' },
            { type: 'debtor_acknowledged', date: '2026-05-01' },
            { type: 'enforcement_measure', date: '2030-05-01' },
            { type: 'debtor_acknowledged', date: '2031-05-01' },
          ],
          '2010-05-28',
        ),
      );
      expect(r.deadline).toBe('2035-05-01');
      expect(r.longStop.binding).toBe(false);
      expect(r.trail[5]).toMatchObject({ effect: 'interrupts', deadlineAfter: '2035-05-01' });
    });
  });

  describe('formal notices and public debtors', () => {
    it('says a formal notice does nothing against a private debtor', () => {
      const r = limitationDeadline(pro([{ type: 'formal_notice_sent', date: '2016-01-01' }]));
      expect(r.trail[0]).toMatchObject({ effect: 'no-effect', deadlineAfter: '2020-03-10' });
      expect(r.warnings[0]!.message).toContain('does NOT interrupt');
    });

    it('gives no effect to a public-law written claim against a private debtor', () => {
      const r = limitationDeadline(pro([{ type: 'public_claim_written', date: '2016-01-01' }]));
      expect(r.trail[0]!.effect).toBe('no-effect');
      expect(r.deadline).toBe('2020-03-10');
    });

    it('lets a formal notice, payment or court action interrupt a public claim (loi 68-1250 art. 2)', () => {
      const claim = (events: LimitationEventInput[]) =>
        limitationDeadline({ debtor: 'public', dueDate: '2020-06-10', events });
      expect(claim([{ type: 'formal_notice_sent', date: '2022-03-01' }]).deadline).toBe(
        '2026-12-31',
      );
      expect(claim([{ type: 'payment_received', date: '2024-12-30' }]).deadline).toBe('2028-12-31');
      const court = claim([
        { type: 'legal_action_filed', date: '2022-03-01' },
        { type: 'proceedings_ended', date: '2025-10-01', outcome: 'judgment' },
        { type: 'judgment_served', date: '2025-11-01' },
        { type: 'enforcement_measure', date: '2026-01-10' },
      ]);
      expect(effects(court)).toEqual(['interrupts', 'interrupts', 'no-effect', 'no-effect']);
      expect(court.trail[0]!.article).toBe('Loi 68-1250 art. 2');
      expect(court.deadline).toBe('2029-12-31');
      expect(court.title).toBeNull();
      expect(codes(court)).toEqual([]);
      const early = claim([{ type: 'debtor_acknowledged', date: '2020-09-01' }]);
      expect(early.trail[0]!.effect).toBe('no-effect');
      expect(early.deadline).toBe('2024-12-31');
    });
  });

  describe('suspension (C. civ. 2238)', () => {
    it('gives back the days left when more than 6 months remain', () => {
      const r = limitationDeadline(
        pro([
          { type: 'small_claims_accepted', date: '2018-03-10' },
          { type: 'small_claims_ended', date: '2018-04-09' },
        ]),
      );
      expect(effects(r)).toEqual(['suspends', 'resumes']);
      expect(r.trail[0]!.deadlineAfter).toBeNull();
      expect(r.deadline).toBe('2020-04-09');
    });

    it('reports a provisional deadline while a suspension is under way', () => {
      const r = limitationDeadline(pro([{ type: 'mediation_started', date: '2020-02-10' }]), {
        asOf: '2020-05-01',
      });
      expect(r).toMatchObject({ status: 'suspended', deadline: '2020-11-01', daysLeft: 184 });
      expect(codes(r)).toEqual(['LIMITATION_SUSPENDED']);
    });

    it('keeps the clock stopped until every overlapping suspension ends', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2019-03-10', kind: 'conciliation' },
          { type: 'small_claims_accepted', date: '2019-04-10' },
          { type: 'mediation_ended', date: '2019-05-10' },
          { type: 'small_claims_ended', date: '2019-06-10' },
        ]),
      );
      expect(effects(r)).toEqual(['suspends', 'suspends', 'no-effect', 'resumes']);
      expect(r.deadline).toBe('2020-06-10');
    });

    it('runs a full new period after the suspension when interrupted during it', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2019-03-10' },
          { type: 'debtor_acknowledged', date: '2019-04-01' },
          { type: 'conservatory_measure', date: '2019-04-02' },
          { type: 'mediation_ended', date: '2019-05-01' },
        ]),
      );
      expect(r.trail[1]!.explanation).toContain('once the suspension ends');
      expect(r.trail[2]!.explanation).toContain('once the suspension ends');
      expect(r.deadline).toBe('2024-05-01');
    });

    it('absorbs a suspension into a legal action, whose end leaves the mediation end without effect', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2019-03-10' },
          { type: 'legal_action_filed', date: '2019-04-01' },
          { type: 'proceedings_ended', date: '2019-05-01', outcome: 'judgment' },
          { type: 'mediation_ended', date: '2019-06-01' },
        ]),
      );
      expect(r.trail[1]!.explanation).toContain('absorbed');
      expect(effects(r)).toEqual(['suspends', 'interrupts', 'interrupts', 'no-effect']);
      expect(r.deadline).toBe('2024-05-01');
    });

    it('caps a suspension by the 20-year long-stop (2232)', () => {
      const events: LimitationEventInput[] = [
        { type: 'debtor_acknowledged', date: '2014-05-01' },
        { type: 'debtor_acknowledged', date: '2018-05-01' },
        { type: 'debtor_acknowledged', date: '2022-05-01' },
        { type: 'debtor_acknowledged', date: '2026-05-01' },
        { type: 'mediation_started', date: '2030-01-01' },
      ];
      const open = limitationDeadline(pro(events, '2010-05-28'), { asOf: '2030-04-01' });
      expect(open.deadline).toBe('2030-05-28');
      expect(open.longStop.binding).toBe(true);
      const ended = limitationDeadline(
        pro([...events, { type: 'mediation_ended', date: '2030-04-01' }], '2010-05-28'),
      );
      expect(ended.deadline).toBe('2030-05-28');
      expect(ended.trail.at(-1)!.article).toContain('2232');
      expect(codes(ended)).toEqual(['LONG_STOP_BINDING']);
    });

    it('lets an enforcement measure during a suspension pass the long-stop', () => {
      const r = limitationDeadline(
        pro(
          [
            { type: 'debtor_acknowledged', date: '2014-05-01' },
            { type: 'debtor_acknowledged', date: '2018-05-01' },
            { type: 'debtor_acknowledged', date: '2022-05-01' },
            { type: 'debtor_acknowledged', date: '2026-05-01' },
            { type: 'mediation_started', date: '2030-01-01' },
            { type: 'enforcement_measure', date: '2030-02-01' },
            { type: 'mediation_ended', date: '2030-03-01' },
          ],
          '2010-05-28',
        ),
      );
      expect(r.deadline).toBe('2035-03-01');
      expect(r.longStop.binding).toBe(false);
    });

    it('counts a suspension that starts before limitation from the start', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2015-01-10' },
          { type: 'mediation_ended', date: '2015-02-10' },
        ]),
      );
      expect(r.deadline).toBe('2020-03-10');
    });

    it('does not suspend during pending proceedings', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2019-01-01' },
          { type: 'small_claims_accepted', date: '2019-02-01' },
        ]),
      );
      expect(effects(r)).toEqual(['interrupts', 'no-effect']);
    });

    it('serves a judgment during a suspension', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2019-01-01' },
          { type: 'proceedings_ended', date: '2019-02-01', outcome: 'judgment' },
          { type: 'mediation_started', date: '2019-03-01' },
          { type: 'judgment_served', date: '2019-04-01' },
          { type: 'mediation_ended', date: '2019-05-01' },
        ]),
      );
      expect(r.title?.deadline).toBe('2029-04-01');
      expect(r.deadline).toBe('2029-05-01');
    });
  });

  describe('status, daysLeft and warnings', () => {
    it('counts days left from asOf (0 on the last day, negative after)', () => {
      expect(limitationDeadline(pro(), { asOf: '2020-03-10' }).daysLeft).toBe(0);
      expect(limitationDeadline(pro(), { asOf: '2020-03-12' }).daysLeft).toBe(-2);
      expect(limitationDeadline(pro(), { asOf: '2019-03-10' }).daysLeft).toBe(366);
    });

    it('warns LIMITATION_SOON within warnWithinDays, naming what interrupts', () => {
      const r = limitationDeadline(pro(), { asOf: '2020-02-01' });
      expect(codes(r)).toEqual(['LIMITATION_SOON']);
      expect(r.warnings[0]!.message).toContain('does NOT interrupt');
      expect(codes(limitationDeadline(pro(), { asOf: '2020-02-01', warnWithinDays: 30 }))).toEqual(
        [],
      );
    });

    it('sorts events by date whatever the input order and keeps input indexes', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_ended', date: '2019-04-10' },
          { type: 'payment_received', date: '2019-03-10', note: 'b' },
          { type: 'payment_received', date: '2019-03-10', note: 'a' },
          { type: 'payment_received', date: '2019-03-10', note: 'a' },
          { type: 'mediation_started', date: '2019-03-10' },
        ]),
      );
      expect(r.trail.map((t) => t.index)).toEqual([4, 2, 3, 1, 0]);
    });

    it('does not mutate its input', () => {
      const claim = Object.freeze({
        debtor: 'professional',
        dueDate: '2015-03-10',
        events: Object.freeze([
          Object.freeze({ type: 'payment_received', date: '2016-01-01' } as const),
        ]),
      } as const);
      expect(limitationDeadline(claim).deadline).toBe('2021-01-01');
    });
  });

  describe('bad input', () => {
    it('rejects an unknown event type with its path', () => {
      const e = invalid(pro([{ type: 'reminder_sent', date: '2016-01-01' } as never]));
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      expect(e.issues[0]!.path).toEqual(['events', 0, 'type']);
    });

    it('rejects a bad claim and bad options with paths', () => {
      expect(invalid({ debtor: 'alien', dueDate: '2015-02-30' }).issues.map((i) => i.path)).toEqual(
        [['debtor'], ['dueDate']],
      );
      expect(invalid(pro(), { b2bStart: 'late' }).issues[0]!.path).toEqual(['options', 'b2bStart']);
      expect(invalid(pro(), { warnWithinDays: -1 }).issues[0]!.path).toEqual([
        'options',
        'warnWithinDays',
      ]);
      expect(
        invalid(pro([{ type: 'proceedings_ended', date: '2016-01-01' } as never])).issues[0]!.path,
      ).toEqual(['events', 0, 'outcome']);
    });

    it.each([
      [
        'mediation_ended without a start',
        [{ type: 'mediation_ended', date: '2016-01-01' }],
        'type',
      ],
      [
        'small_claims_ended without acceptance',
        [{ type: 'small_claims_ended', date: '2016-01-01' }],
        'type',
      ],
      [
        'a second mediation while one runs',
        [
          { type: 'mediation_started', date: '2016-01-01' },
          { type: 'mediation_started', date: '2016-02-01' },
        ],
        'type',
      ],
      [
        'a second small-claims acceptance',
        [
          { type: 'small_claims_accepted', date: '2016-01-01' },
          { type: 'small_claims_accepted', date: '2016-02-01' },
        ],
        'type',
      ],
      [
        'a legal action before the due date',
        [{ type: 'legal_action_filed', date: '2015-03-09' }],
        'date',
      ],
      [
        'enforcement before the due date',
        [{ type: 'enforcement_measure', date: '2015-01-01' }],
        'date',
      ],
      [
        'an order before the due date',
        [{ type: 'injonction_order_issued', date: '2015-01-01' }],
        'date',
      ],
      [
        'injonction_order_served without an order',
        [{ type: 'injonction_order_served', date: '2016-01-01' }],
        'type',
      ],
      [
        'proceedings_ended without an action',
        [{ type: 'proceedings_ended', date: '2016-01-01', outcome: 'judgment' }],
        'type',
      ],
      [
        'judgment_served without a judgment',
        [{ type: 'judgment_served', date: '2016-01-01' }],
        'type',
      ],
      [
        'judgment_served after a voided action',
        [
          { type: 'legal_action_filed', date: '2016-01-01' },
          { type: 'proceedings_ended', date: '2016-02-01', outcome: 'dismissed' },
          { type: 'judgment_served', date: '2016-03-01' },
        ],
        'type',
      ],
    ] as const)('rejects %s', (_name, events, key) => {
      const e = invalid(pro(events as ReadonlyArray<LimitationEventInput>));
      expect(e).toMatchObject({ code: 'INVALID_INPUT' });
      expect(e.issues[0]!.path).toEqual(['events', events.length - 1, key]);
    });

    it('lists every problem in input order, leaving out the events after asOf (issue 12 item 8)', () => {
      const e = invalid(
        pro([
          { type: 'mediation_ended', date: '2017-01-01' },
          { type: 'payment_received', date: '2019-01-01' },
          { type: 'mediation_ended', date: '2016-01-01' },
        ]),
        { asOf: '2018-01-01' },
      );
      expect(e.issues.map((i) => i.path)).toEqual([
        ['events', 0, 'type'],
        ['events', 2, 'type'],
      ]);
    });
  });
});
