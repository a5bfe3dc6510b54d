import { describe, expect, it } from 'vitest';
import { limitationDeadline } from './english.fixture.js';
import type { LimitationClaimInput, LimitationEventInput } from './index.js';
import { injonctionServiceDeadline } from './index.js';

const pro = (events: ReadonlyArray<LimitationEventInput> = [], dueDate = '2015-03-10') =>
  ({ debtor: 'professional', dueDate, events }) as const satisfies LimitationClaimInput;

const codes = (r: { warnings: ReadonlyArray<{ code: string }> }) => r.warnings.map((w) => w.code);
const effects = (r: { trail: ReadonlyArray<{ effect: string }> }) => r.trail.map((t) => t.effect);
const order = (r: { trail: ReadonlyArray<{ index: number }> }) => r.trail.map((t) => t.index);

function invalid(claim: unknown, options?: unknown) {
  try {
    limitationDeadline(claim as LimitationClaimInput, options as never);
  } catch (e) {
    return e as {
      code: string;
      message: string;
      issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;
    };
  }
  throw new Error('expected an ImpayesError');
}

/** A professional claim due 2000-01-10 (long-stop 2020-01-10), kept alive by acknowledgements. */
const ack = (date: string) => ({ type: 'debtor_acknowledged', date }) as const;
const alive = [ack('2004-01-10'), ack('2008-01-10'), ack('2012-01-10')] as const;

describe('limitationDeadline (edges, part A)', () => {
  describe('same-day order: date, rank, then content (type | outcome or kind | note)', () => {
    it('orders two proceedings_ended of the same day by outcome, not by input position', () => {
      const r = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2016-01-10' },
          { type: 'legal_action_filed', date: '2016-02-10' },
          { type: 'proceedings_ended', date: '2017-01-10', outcome: 'judgment' },
          { type: 'proceedings_ended', date: '2017-01-10', outcome: 'dismissed' },
        ]),
      );
      // 'dismissed' < 'judgment': the dismissal ends the latest action (2016-02-10), voiding it
      expect(order(r)).toEqual([0, 1, 3, 2]);
      expect(effects(r)).toEqual(['interrupts', 'no-effect', 'voids-interruption', 'interrupts']);
      expect(r.deadline).toBe('2022-01-10');
    });

    it('orders two legal actions of the same day by kind, a missing kind last', () => {
      const kinds = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2016-01-10', kind: 'writ' },
          { type: 'legal_action_filed', date: '2016-01-10', kind: 'interim' },
        ]),
      );
      expect(order(kinds)).toEqual([1, 0]);
      const missing = limitationDeadline(
        pro([
          { type: 'legal_action_filed', date: '2016-01-10' },
          { type: 'legal_action_filed', date: '2016-01-10', kind: 'writ' },
        ]),
      );
      expect(order(missing)).toEqual([1, 0]);
    });

    it('orders same-day events of one type by note, no note first', () => {
      const r = limitationDeadline(
        pro([
          { type: 'payment_received', date: '2016-01-10', note: 'Alpha' },
          { type: 'payment_received', date: '2016-01-10' },
        ]),
      );
      expect(order(r)).toEqual([1, 0]);
    });

    it('keeps identical events in input order', () => {
      const events = Array.from({ length: 80 }, () => ack('2016-01-10'));
      const r = limitationDeadline(pro(events));
      expect(order(r)).toEqual(events.map((_, i) => i));
    });
  });

  describe('start and birth of the right', () => {
    it('takes the birth of the right (long-stop) from an earlier completion date only', () => {
      const plain = limitationDeadline({ debtor: 'professional', dueDate: '2020-03-10' });
      expect(plain.longStop.date).toBe('2040-03-10');
      const earlier = limitationDeadline({
        debtor: 'professional',
        dueDate: '2020-03-10',
        completionDate: '2020-01-10',
      });
      expect(earlier.start.rule).toBe('due-date');
      expect(earlier.longStop.date).toBe('2040-01-10');
      expect(earlier.longStop.explanation).toContain('(2020-01-10)');
      const later = limitationDeadline({
        debtor: 'professional',
        dueDate: '2020-03-10',
        completionDate: '2020-04-10',
      });
      expect(later.longStop.date).toBe('2040-03-10');
    });

    it('cites the consumer rulings and the completion date', () => {
      const r = limitationDeadline({
        debtor: 'consumer',
        dueDate: '2024-07-01',
        completionDate: '2024-05-15',
      });
      expect(r.start.article).toBe(
        'C. conso L218-2; Civ. 1re, 19 mai 2021, n° 20-12.520; Civ. 3e, 1er mars 2023, n° 21-23.176',
      );
      expect(r.start.explanation).toContain('completed or the services performed (2024-05-15)');
    });

    it('explains the consumer fallback with the date actually used', () => {
      const inv = limitationDeadline({
        debtor: 'consumer',
        dueDate: '2024-07-01',
        invoiceDate: '2024-06-01',
      });
      expect(inv.start.article).toBe('C. conso L218-2; Civ. 1re, 3 juin 2015, n° 14-10.908');
      expect(inv.start.explanation).toContain(
        'Without a completion date, the invoice date is used',
      );
      expect(inv.warnings[0]!.article).toBe('C. conso L218-2; Civ. 1re, 19 mai 2021, n° 20-12.520');
      const due = limitationDeadline({ debtor: 'consumer', dueDate: '2024-07-01' });
      expect(due.start.explanation).toContain('Without a completion date, the due date is used');
    });

    it('warns on a public claim only when the service was performed in an earlier year', () => {
      const same = limitationDeadline({
        debtor: 'public',
        dueDate: '2020-03-01',
        completionDate: '2020-01-15',
      });
      expect(codes(same)).toEqual([]);
      const earlier = limitationDeadline({
        debtor: 'public',
        dueDate: '2020-03-01',
        completionDate: '2019-12-01',
      });
      expect(codes(earlier)).toEqual(['PUBLIC_START_YEAR']);
      expect(earlier.warnings[0]!.article).toBe('Loi 68-1250 art. 1');
      expect(earlier.start).toMatchObject({
        date: '2021-01-01',
        rule: 'public-1-january',
        article: 'Loi 68-1250 art. 1',
      });
      expect(earlier.start.explanation).toContain(
        'the due date (2020-03-01), so the period runs from 2021-01-01 to 2024-12-31',
      );
    });

    it('treats an invoice as late only when strictly more than lateInvoiceDays after a completion before the due date', () => {
      const base = { debtor: 'professional', dueDate: '2020-03-15' } as const;
      // invoice exactly 30 days after completion: not late
      const onTime = limitationDeadline({
        ...base,
        completionDate: '2020-01-15',
        invoiceDate: '2020-02-14',
      });
      expect(onTime.start.rule).toBe('due-date');
      expect(codes(onTime)).toEqual([]);
      // completion on the due date: not late
      const sameDay = limitationDeadline({
        ...base,
        completionDate: '2020-03-15',
        invoiceDate: '2020-06-01',
      });
      expect(sameDay.start.rule).toBe('due-date');
      expect(codes(sameDay)).toEqual([]);
      // completion after the due date: not late
      const after = limitationDeadline({
        ...base,
        completionDate: '2020-03-20',
        invoiceDate: '2020-06-01',
      });
      expect(after.start).toMatchObject({ date: '2020-03-15', rule: 'due-date' });
      expect(codes(after)).toEqual([]);
    });

    it('cites Cass. com., 26 févr. 2020 for a late invoice, whichever start is chosen', () => {
      const claim = {
        debtor: 'professional',
        dueDate: '2020-04-30',
        invoiceDate: '2020-03-31',
        completionDate: '2020-01-15',
      } as const;
      const r = limitationDeadline(claim);
      expect(r.start.article).toBe('Cass. com., 26 févr. 2020, n° 18-25.036');
      expect(r.start.explanation).toContain('issued late (2020-03-31');
      expect(r.warnings[0]!.article).toBe('Cass. com., 26 févr. 2020, n° 18-25.036');
      expect(r.warnings[0]!.message).toContain('more than 30 days after completion (2020-01-15)');
      const d = limitationDeadline(claim, { b2bStart: 'due-date' });
      expect(codes(d)).toEqual(['LATE_INVOICE_START']);
      expect(d.warnings[0]!.article).toBe('Cass. com., 26 févr. 2020, n° 18-25.036');
      expect(d.start.article).toBe('Cass. com., 5 déc. 2018, n° 17-16.282; C. civ. 2233');
      expect(d.start.explanation).toContain('fell due (2020-04-30)');
    });
  });

  describe('validation messages', () => {
    it('names the argument in the error message', () => {
      expect(invalid({ debtor: 'nobody', dueDate: '2020-01-01' }).message).toMatch(
        /^Invalid claim/,
      );
      expect(invalid(pro(), { asOf: 'soon' }).message).toMatch(/^Invalid options/);
    });

    it('explains each structural problem', () => {
      const msg = (claim: unknown, options?: unknown) =>
        invalid(claim, options).issues.map((i) => i.message);
      expect(msg(pro([{ type: 'legal_action_filed', date: '2015-01-01' }]))[0]).toContain(
        'a legal action cannot come before the due date (2015-03-10)',
      );
      expect(msg(pro([{ type: 'enforcement_measure', date: '2015-01-01' }]))[0]).toContain(
        'an enforcement measure cannot come before',
      );
      expect(msg(pro([{ type: 'injonction_order_issued', date: '2015-01-01' }]))[0]).toContain(
        'an injonction de payer order cannot come before',
      );
      expect(msg(pro([{ type: 'injonction_order_served', date: '2016-01-01' }]))[0]).toBe(
        'injonction_order_served without an earlier injonction_order_issued',
      );
      expect(
        msg(pro([{ type: 'proceedings_ended', date: '2016-01-01', outcome: 'judgment' }]))[0],
      ).toContain('proceedings_ended without an earlier legal_action_filed');
      expect(msg(pro([{ type: 'judgment_served', date: '2016-01-01' }]))[0]).toContain(
        'judgment_served without an earlier proceedings_ended',
      );
      expect(
        msg(
          pro([
            { type: 'mediation_started', date: '2016-01-01' },
            { type: 'mediation_started', date: '2016-02-01' },
          ]),
        )[0],
      ).toBe('mediation_started while one is already under way');
      expect(msg(pro([{ type: 'mediation_ended', date: '2016-01-01' }]))[0]).toBe(
        'mediation_ended without an earlier start',
      );
      expect(
        msg(
          pro([
            { type: 'small_claims_accepted', date: '2016-01-01' },
            { type: 'small_claims_accepted', date: '2016-02-01' },
          ]),
        )[0],
      ).toBe('small_claims_accepted while one is already under way');
      expect(msg(pro([{ type: 'small_claims_ended', date: '2016-01-01' }]))[0]).toBe(
        'small_claims_ended without an earlier start',
      );
    });

    it('accepts an injonction order served on the last day of the 6 months', () => {
      const lastDay = injonctionServiceDeadline('2016-01-11').deadline;
      const r = limitationDeadline(
        pro([
          { type: 'injonction_order_issued', date: '2016-01-11' },
          { type: 'injonction_order_served', date: lastDay },
        ]),
      );
      expect(effects(r)).toEqual(['no-effect', 'interrupts']);
      expect(codes(r)).toEqual([]);
    });
  });

  describe('long-stop (C. civ. 2232)', () => {
    it('does not apply the long-stop to a public debtor', () => {
      const r = limitationDeadline({
        debtor: 'public',
        dueDate: '2000-06-01',
        events: ['2003', '2006', '2009', '2012', '2015', '2018'].map((y) => ack(`${y}-06-01`)),
      });
      expect(r.longStop).toMatchObject({ date: '2020-06-01', binding: false });
      expect(r.deadline).toBe('2022-12-31');
      expect(codes(r)).toEqual([]);
    });

    it('does not cap an acknowledgement or a suspension after a served judgment (10-year title)', () => {
      const judged = [
        { type: 'legal_action_filed', date: '2001-01-10' },
        { type: 'proceedings_ended', date: '2002-01-10', outcome: 'judgment' },
        { type: 'judgment_served', date: '2002-02-10' },
      ] as const;
      const a = limitationDeadline(pro([...judged, ack('2011-01-10')], '2000-01-10'));
      expect(a.deadline).toBe('2021-01-10');
      expect(a.trail[3]!.article).toBe('C. civ. 2240, 2231');
      expect(a.longStop.binding).toBe(false);
      const m = limitationDeadline(
        pro(
          [
            ...judged,
            { type: 'mediation_started', date: '2011-01-10' },
            { type: 'mediation_ended', date: '2011-07-10' },
          ],
          '2000-01-10',
        ),
      );
      expect(m.deadline).toBe('2012-08-09');
      expect(m.trail[4]!.article).toBe('C. civ. 2238');
      const late = limitationDeadline(
        pro(
          [
            ...judged,
            { type: 'mediation_started', date: '2012-01-10' },
            { type: 'mediation_ended', date: '2019-12-10' },
          ],
          '2000-01-10',
        ),
      );
      // remaining 31 days, but at least 6 months: beyond the long-stop, not capped under a title
      expect(late.deadline).toBe('2020-06-10');
      expect(late.trail[4]!.article).toBe('C. civ. 2238');
      expect(late.longStop.binding).toBe(false);
    });

    it('caps an acknowledgement made during a suspension once the suspension ends', () => {
      const r = limitationDeadline(
        pro(
          [
            ...alive,
            { type: 'mediation_started', date: '2016-01-10' },
            ack('2016-02-10'),
            { type: 'mediation_ended', date: '2016-03-10' },
          ],
          '2000-01-10',
        ),
      );
      // the acknowledgement during mediation is recorded uncapped …
      expect(r.trail[4]).toMatchObject({
        effect: 'interrupts',
        article: 'C. civ. 2240, 2231',
        deadlineAfter: null,
      });
      // … and the long-stop cuts it when the clock runs again
      expect(r.trail[5]).toMatchObject({
        effect: 'resumes',
        article: 'C. civ. 2238; C. civ. 2232',
        deadlineAfter: '2020-01-10',
      });
      expect(r.deadline).toBe('2020-01-10');
      expect(r.longStop.binding).toBe(true);
      expect(codes(r)).toEqual(['LONG_STOP_BINDING']);
    });

    it('is not binding when an interruption lands exactly on it', () => {
      const r = limitationDeadline(pro([...alive, ack('2015-01-10')], '2000-01-10'));
      expect(r.deadline).toBe('2020-01-10');
      expect(r.trail[3]!.article).toBe('C. civ. 2240, 2231');
      expect(r.trail[3]!.explanation).not.toContain('long-stop');
      expect(r.longStop.binding).toBe(false);
      expect(codes(r)).toEqual([]);
    });

    it('is not binding when an uncapped enforcement measure reaches exactly its date', () => {
      const measure = (date: string) => ({ type: 'enforcement_measure', date }) as const;
      const r = limitationDeadline(
        pro(['2004-01-10', '2008-01-10', '2012-01-10', '2015-01-10'].map(measure), '2000-01-10'),
      );
      expect(r.deadline).toBe('2020-01-10');
      expect(r.longStop).toMatchObject({ date: '2020-01-10', binding: false });
      expect(codes(r)).toEqual([]);
    });

    it('is not binding when a suspension ends exactly on it', () => {
      // 2017-01-10 minus 2013-01-10 leaves 1461 days; 2016-01-10 + 1461 days = 2020-01-10
      const r = limitationDeadline(
        pro(
          [
            ...alive,
            { type: 'mediation_started', date: '2013-01-10' },
            { type: 'mediation_ended', date: '2016-01-10' },
          ],
          '2000-01-10',
        ),
      );
      expect(r.deadline).toBe('2020-01-10');
      expect(r.trail[4]!.article).toBe('C. civ. 2238');
      expect(r.longStop.binding).toBe(false);
    });

    it('does not flag a short mediation far from the long-stop', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2016-01-10' },
          { type: 'mediation_ended', date: '2016-03-10' },
        ]),
      );
      expect(r.trail[1]).toMatchObject({ effect: 'resumes', article: 'C. civ. 2238' });
      expect(r.trail[1]!.explanation).not.toContain('long-stop');
      expect(r.deadline).toBe('2020-05-09');
      expect(r.longStop.binding).toBe(false);
    });

    it('stops at the long-stop when a suspension outlasts it', () => {
      const r = limitationDeadline(
        pro(
          [
            ...alive,
            ack('2015-06-10'),
            { type: 'mediation_started', date: '2019-06-10' },
            { type: 'mediation_ended', date: '2020-06-10' },
          ],
          '2000-01-10',
        ),
      );
      expect(r.trail[5]).toMatchObject({ effect: 'resumes', deadlineAfter: '2020-01-10' });
      expect(r.deadline).toBe('2020-01-10');
      expect(r.longStop.binding).toBe(true);
      expect(r.status).toBe('expired');
    });
  });

  describe('expiry while proceedings are pending or the clock is stopped', () => {
    it('does not treat an act as too late while proceedings are pending', () => {
      const r = limitationDeadline(
        pro([{ type: 'legal_action_filed', date: '2016-01-10' }, ack('2021-01-10')]),
      );
      expect(r.trail[1]).toMatchObject({ effect: 'no-effect', deadlineAfter: null });
      expect(r.trail[1]!.explanation).toContain('Proceedings are pending');
      expect(codes(r)).toEqual(['PROCEEDINGS_PENDING']);
    });

    it('lets an acknowledgement interrupt during a suspension past the old deadline', () => {
      const r = limitationDeadline(
        pro([
          { type: 'mediation_started', date: '2020-01-10' },
          ack('2020-06-10'),
          { type: 'mediation_ended', date: '2020-07-10' },
        ]),
      );
      expect(effects(r)).toEqual(['suspends', 'interrupts', 'resumes']);
      expect(r.deadline).toBe('2025-07-10');
      expect(codes(r)).toEqual([]);
    });

    it('lets an acknowledgement on the last day interrupt', () => {
      const r = limitationDeadline(pro([ack('2020-03-10')]), { asOf: '2020-03-10' });
      expect(effects(r)).toEqual(['interrupts']);
      expect(r.deadline).toBe('2025-03-10');
      expect(r).toMatchObject({ status: 'running', daysLeft: 1826 });
      expect(codes(r)).toEqual([]);
    });

    it('treats an acknowledgement the day after the last day as too late', () => {
      const r = limitationDeadline(pro([ack('2020-03-11')]));
      expect(effects(r)).toEqual(['no-effect']);
      expect(r.status).toBe('expired');
      expect(codes(r)).toEqual(['LIMITATION_EXPIRED', 'EVENT_AFTER_EXPIRY']);
    });
  });
});
