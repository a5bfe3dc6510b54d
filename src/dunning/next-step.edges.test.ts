// Edge cases of nextDunningStep, each written to fail on a mutant that survived the suite.

import { describe, expect, it } from 'vitest';
import type { InvoiceLike } from '../invoice/internal.js';
import { b2bInvoice, consumerInvoice, ladder, notice, sent } from './dunning.fixtures.js';
import {
  type DunningDecision,
  type DunningEscalate,
  type DunningEventInput,
  type DunningPolicyInput,
  defaultDunningPolicy,
  nextDunningStep,
} from './index.js';

const nonProfessionalInvoice = {
  ...consumerInvoice,
  number: 'F-2026-004',
  buyer: { kind: 'non_professional', name: 'Association des amis' },
} as const;
const opened: DunningEventInput = {
  type: 'insolvency_opened',
  date: '2026-03-20',
  proceeding: 'redressement',
  publishedOn: '2026-03-27',
};

function decide(
  events: ReadonlyArray<DunningEventInput>,
  today: string,
  invoice: unknown = b2bInvoice,
  policy?: DunningPolicyInput,
): DunningDecision {
  return nextDunningStep(invoice as InvoiceLike, events, policy ? { today, policy } : { today });
}

function codes(d: DunningDecision): string[] {
  return d.warnings.map((w) => w.code);
}

function routes(d: DunningDecision) {
  return Object.fromEntries((d as DunningEscalate).options.map((o) => [o.route, o]));
}

/** The default ladder with the formal notice replaced. */
function withFormalNotice(formal: Record<string, unknown>): DunningPolicyInput {
  const steps = defaultDunningPolicy.steps.filter((s) => s.kind !== 'formal_notice');
  return { steps: [...steps, { id: 'formal-notice', kind: 'formal_notice', ...formal }] as never };
}

describe('nextDunningStep (edges)', () => {
  describe('pre-due notice scheduling', () => {
    it('sends the courtesy notice on the issue day when its nominal date is before it', () => {
      // Due Friday 03-06, issued Thursday 03-05: the nominal date (03-03) is before the issue.
      const short = { ...b2bInvoice, issueDate: '2026-03-05', dueDate: '2026-03-06' };
      expect(decide([], '2026-03-05', short)).toMatchObject({
        type: 'action',
        step: { id: 'courtesy-notice' },
        dueOn: '2026-03-05',
        late: false,
        idempotencyKey: 'F-2026-001:courtesy-notice:2026-03-05',
      });
    });

    it('moves a weekend courtesy notice back to the issue day itself', () => {
      // Nominal Saturday 02-28; the Friday before is the issue day, which is allowed.
      const d = decide([], '2026-02-27', { ...b2bInvoice, issueDate: '2026-02-27' });
      expect(d).toMatchObject({
        type: 'action',
        step: { id: 'courtesy-notice' },
        dueOn: '2026-02-27',
      });
    });

    it('keeps a weekend courtesy notice on its date when working days are off', () => {
      expect(decide([], '2026-02-28', b2bInvoice, { workingDaysOnly: false })).toMatchObject({
        type: 'action',
        step: { id: 'courtesy-notice' },
        dueOn: '2026-02-28',
        late: false,
      });
    });

    it('drops a courtesy notice that would roll onto the due date', () => {
      // Issued Saturday 03-07, due Monday 03-09: the first working day is the due date itself.
      const weekend = { ...b2bInvoice, issueDate: '2026-03-07', dueDate: '2026-03-09' };
      const d = decide([], '2026-03-07', weekend);
      expect(d).toMatchObject({
        type: 'wait',
        reason: 'not_due',
        until: '2026-03-10',
        next: { step: { id: 'friendly-email' }, dueOn: '2026-03-10' },
      });
      expect(d.explanation).toBe(
        'Prochaine étape : relance par courriel (friendly-email) le 10 mars 2026.',
      );
      expect(d.explanationMessage).toMatchObject({
        code: 'WAIT_NEXT_STEP',
        params: { stepId: 'friendly-email', dueOn: '2026-03-10' },
      });
    });
  });

  describe('catch-up', () => {
    it('takes the latest step due today rather than an earlier one (catchUp latest)', () => {
      const d = decide([sent('courtesy-notice', '2026-02-27')], '2026-03-09', b2bInvoice, {
        catchUp: 'latest',
      });
      expect(d).toMatchObject({
        type: 'action',
        step: { id: 'phone-call' },
        dueOn: '2026-03-09',
        late: false,
      });
    });

    it('picks the highest of several steps all due on the resumption day (catchUp latest)', () => {
      const events: DunningEventInput[] = [
        sent('courtesy-notice', '2026-02-27'),
        sent('friendly-email', '2026-03-04'),
        { type: 'dispute_opened', date: '2026-03-05', reason: 'x' },
        { type: 'dispute_resolved', date: '2026-03-30', outcome: 'rejected' },
      ];
      expect(decide(events, '2026-03-30', b2bInvoice, { catchUp: 'latest' })).toMatchObject({
        type: 'action',
        step: { id: 'registered-letter' },
        dueOn: '2026-03-30',
        late: false,
      });
    });

    it('jumps to the overdue formal notice, the last step, without running off the ladder (catchUp latest)', () => {
      const d = decide([], '2026-04-10', b2bInvoice, { catchUp: 'latest' });
      expect(d).toMatchObject({
        type: 'action',
        step: { id: 'formal-notice' },
        dueOn: '2026-04-02',
        late: true,
        formalNoticeDeadline: '2026-04-27',
        record: { type: 'formal_notice_sent', date: '2026-04-10', deadlineDays: 15 },
      });
    });
  });

  it('names the offending event when a later reminder records the formal notice step', () => {
    const events = [sent('friendly-email', '2026-03-04'), sent('formal-notice', '2026-03-10')];
    let error: unknown;
    try {
      decide(events, '2026-03-20');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      path: ['events', 1],
      details: { index: 1, type: 'reminder_sent', date: '2026-03-10', status: 'overdue' },
    });
    expect((error as Error).message).toContain('"formal-notice"');
    expect((error as Error).message).toContain('formal_notice_sent');
  });

  it('names the options in the INVALID_INPUT message', () => {
    expect(() => nextDunningStep(b2bInvoice, [], { today: 'soon' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^Invalid options/),
        issues: [expect.objectContaining({ path: ['options', 'today'] })],
      }),
    );
  });

  describe('amounts and their warnings', () => {
    it('gives a plain B2B action no warning at all', () => {
      const d = decide([sent('courtesy-notice', '2026-02-27')], '2026-03-04');
      expect(d).toMatchObject({ type: 'action', amounts: { complete: true } });
      expect(d.warnings).toEqual([]);
      expect(d.explanation).toBe("À faire aujourd'hui : relance par courriel (friendly-email).");
    });

    it('passes RATE_UNKNOWN through and marks the statement incomplete', () => {
      const late = { ...b2bInvoice, issueDate: '2026-12-01', dueDate: '2026-12-31' };
      const d = decide([sent('courtesy-notice', '2026-12-28')], '2027-01-05', late);
      expect(d).toMatchObject({ type: 'action', amounts: { complete: false } });
      expect(codes(d)).toEqual(['RATE_UNKNOWN']);
    });

    it('writes the penalties warnings in the locale of the call, with their params', () => {
      const late = { ...b2bInvoice, issueDate: '2026-12-01', dueDate: '2026-12-31' };
      const log = [sent('courtesy-notice', '2026-12-28')];
      const [fr] = nextDunningStep(late, log, { today: '2027-01-05' }).warnings;
      const [en] = nextDunningStep(late, log, { today: '2027-01-05', locale: 'en' }).warnings;
      expect(fr?.message).toMatch(/^Le taux du 1er semestre 2027 ne figure pas/);
      expect(en?.message).toMatch(/^The rate for 2027-H1 is not in the rate table/);
      expect(en?.params).toEqual(fr?.params);
      expect(en?.params).toMatchObject({ halfYear: '2027-H1' });
    });

    it('passes CONTRACT_RATE_BELOW_FLOOR through and keeps the statement complete', () => {
      const invoice = { ...b2bInvoice, latePenaltyClause: { type: 'fixed', ratePercent: '1' } };
      const d = decide([sent('courtesy-notice', '2026-02-27')], '2026-03-04', invoice);
      expect(d).toMatchObject({ type: 'action', amounts: { complete: true } });
      expect(codes(d)).toEqual(['CONTRACT_RATE_BELOW_FLOOR']);
    });

    it('passes STATUTORY_RATE_BELOW_FLOOR through (2024-H1) and keeps the statement complete', () => {
      const invoice = { ...b2bInvoice, issueDate: '2024-01-02', dueDate: '2024-02-01' };
      const d = decide([sent('courtesy-notice', '2024-01-29')], '2024-02-02', invoice);
      expect(d).toMatchObject({ type: 'action', amounts: { complete: true } });
      expect(d.warnings).toEqual([
        expect.objectContaining({
          code: 'STATUTORY_RATE_BELOW_FLOOR',
          article: 'C. com. L441-10 II',
        }),
      ]);
    });

    it('counts the judgment served for the legal-interest uplift up to the insolvency (CMF L313-3)', () => {
      const events: DunningEventInput[] = [
        notice,
        { type: 'legal_action_filed', date: '2026-04-20', route: 'ordinary_action' },
        { type: 'judgment_served', date: '2026-04-21' },
        {
          type: 'insolvency_opened',
          date: '2026-06-30',
          proceeding: 'liquidation',
          publishedOn: '2026-07-03',
        },
      ];
      expect(decide(events, '2026-07-06', consumerInvoice)).toMatchObject({
        type: 'declare_claim',
        amounts: { principal: '1200.00', penalties: '8.89', regime: 'legal-interest' },
      });
    });
  });

  describe('consumer interest warning (C. civ. 1231-6)', () => {
    it('tells a consumer, with the article', () => {
      const d = decide([sent('courtesy-notice', '2026-02-27')], '2026-03-04', consumerInvoice);
      expect(d.warnings).toEqual([
        {
          code: 'CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE',
          message: expect.stringMatching(/^Un débiteur consommateur ne doit les intérêts/),
          params: { debtor: 'consumer' },
          article: 'C. civ. 1231-6, 1344-1',
        },
      ]);
    });

    it('tells a non-professional too, naming them so', () => {
      const d = decide(
        [sent('courtesy-notice', '2026-02-27')],
        '2026-03-04',
        nonProfessionalInvoice,
      );
      expect(d.warnings).toEqual([
        {
          code: 'CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE',
          message: expect.stringMatching(/^Un débiteur non professionnel ne doit les intérêts/),
          params: { debtor: 'non_professional' },
          article: 'C. civ. 1231-6, 1344-1',
        },
      ]);
    });
  });

  describe('hold warnings', () => {
    it('explains a broken promise with its dates and article', () => {
      const events: DunningEventInput[] = [
        ...ladder.slice(0, 2),
        { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' },
      ];
      expect(decide(events, '2026-03-13').warnings).toEqual([
        {
          code: 'PROMISE_BROKEN',
          message:
            "Le débiteur avait promis le 5 mars 2026 de payer au plus tard le 12 mars 2026 et ne l'a pas fait : les relances ont repris le 13 mars 2026.",
          params: { madeOn: '2026-03-05', promisedDate: '2026-03-12', resumedOn: '2026-03-13' },
          article: 'C. civ. 1231-1',
        },
      ]);
    });

    it('explains a missed installment with its dates and article', () => {
      const events: DunningEventInput[] = [
        ...ladder.slice(0, 2),
        {
          type: 'payment_plan_agreed',
          date: '2026-03-06',
          installments: [
            { dueDate: '2026-03-20', amount: '600.00' },
            { dueDate: '2026-04-20', amount: '600.00' },
          ],
        },
      ];
      expect(decide(events, '2026-03-23').warnings).toEqual([
        {
          code: 'INSTALLMENT_MISSED',
          message:
            "L'échéance du 20 mars 2026 de l'échéancier convenu le 6 mars 2026 n'a pas été entièrement payée : l'échéancier est caduc et les relances ont repris.",
          params: { missedOn: '2026-03-20', agreedOn: '2026-03-06' },
          article: 'C. civ. 1343-5',
        },
      ]);
    });
  });

  describe('none', () => {
    it('explains each reason without warnings', () => {
      const written = decide(
        [{ type: 'written_off', date: '2026-03-05', reason: 'lost' }],
        '2026-03-10',
      );
      expect(written).toMatchObject({
        type: 'none',
        reason: 'written_off',
        explanation: 'La créance a été passée en perte le 5 mars 2026 (lost).',
        warnings: [],
      });
      const zero = { ...b2bInvoice, totals: { exclVat: 0, vat: 0, inclVat: 0 } };
      expect(decide([], '2026-03-10', zero)).toMatchObject({
        reason: 'nothing_due',
        explanation: "Le total de la facture est nul : rien n'est ni n'a jamais été dû.",
        warnings: [],
      });
      const paid = decide(
        [
          { type: 'payment_received', date: '2026-03-05', amount: '1000.00' },
          { type: 'credit_note_issued', date: '2026-03-06', amount: '200.00' },
        ],
        '2026-03-10',
      );
      // Paid in full 3 days late: the penalties and 40 € stay claimable (issue 15).
      expect(paid).toMatchObject({
        reason: 'paid',
        claimable: { paidOn: '2026-03-06', daysLate: 3, indemnity: '40.00' },
        warnings: [],
      });
      expect((paid as { explanation: string }).explanation).toMatch(
        /^Plus rien n'est dû sur le principal \(réglé : 1.000,00.€, avoirs : 200,00.€\)\. Le solde a été réglé le 6 mars 2026, avec 3 jours de retard : .* peuvent encore être réclamés \(C\. com\. L441-10 II\)\.$/,
      );
      const small = decide(
        [{ type: 'payment_received', date: '2026-03-05', amount: '1195.00' }],
        '2026-03-10',
      );
      expect(small).toMatchObject({ reason: 'below_minimum', warnings: [] });
      expect(small.explanation).toMatch(
        /^Le reste dû de 5,00.€ est inférieur au minimum de la politique de relance \(10,00.€\)/,
      );
    });

    it('gives the last day and the limitation warnings of a time-barred claim', () => {
      const d = decide(ladder, '2028-02-02', consumerInvoice);
      expect(d).toMatchObject({ type: 'none', reason: 'time_barred' });
      expect(d.explanation).toContain('le dernier jour pour agir était le 1er février 2028.');
      expect(d.warnings).toContainEqual({
        code: 'LIMITATION_EXPIRED',
        message: expect.stringContaining('1er février 2028'),
        article: 'C. civ. 2219, 2229',
      });
    });

    it('describes the court route and the injonction order still to serve (CPC 1411)', () => {
      const filed = (route: string): DunningEventInput[] => [
        ...ladder,
        notice,
        { type: 'legal_action_filed', date: '2026-04-20', route } as DunningEventInput,
      ];
      expect(decide(filed('ordinary_action'), '2026-04-21').explanation).toBe(
        'Une action au fond a été engagée le 20 avril 2026 : la relance amiable est terminée, suivez la procédure judiciaire.',
      );
      expect(decide(filed('injonction_de_payer'), '2026-04-21').explanation).toContain(
        "Une requête en injonction de payer a été déposée le 20 avril 2026 : la relance amiable est terminée, suivez la procédure judiciaire (signifiez l'ordonnance dans les 6 mois de sa date (CPC 1411 ; 3 mois pour une ordonnance rendue à partir du 1er septembre 2026, décret 2026-96)).",
      );
      const served = decide(
        [...filed('injonction_de_payer'), { type: 'injonction_order_served', date: '2026-05-04' }],
        '2026-05-05',
      );
      expect(served).toMatchObject({ type: 'none', reason: 'legal_action_pending' });
      expect(served.explanation).not.toContain('CPC 1411');
    });
  });

  describe('holds', () => {
    it('explains a dispute, a promise and a payment plan', () => {
      const base = ladder.slice(0, 2);
      expect(
        decide(
          [...base, { type: 'dispute_opened', date: '2026-03-05', reason: 'Colis abîmé' }],
          '2026-03-06',
        ).explanation,
      ).toContain('depuis le 5 mars 2026 (Colis abîmé)');
      expect(
        decide(
          [...base, { type: 'promise_to_pay', date: '2026-03-05', promisedDate: '2026-03-12' }],
          '2026-03-06',
        ).explanation,
      ).toBe(
        'Le débiteur a promis le 5 mars 2026 de payer au plus tard le 12 mars 2026 : les relances attendent cette date.',
      );
      const plan = decide(
        [
          ...base,
          {
            type: 'payment_plan_agreed',
            date: '2026-03-06',
            installments: [{ dueDate: '2026-03-20', amount: '1200.00' }],
          },
        ],
        '2026-03-10',
      );
      expect(plan.explanation).toMatch(
        /^Un échéancier est en cours : la prochaine échéance, de 1.200,00.€, tombe le 20 mars 2026/,
      );
    });

    it('waits for a pause, not for an ended mediation, and says how long', () => {
      const events: DunningEventInput[] = [
        ladder[0]!,
        { type: 'mediation_started', date: '2026-03-05' },
        { type: 'mediation_ended', date: '2026-03-10', outcome: 'failure' },
        { type: 'paused', date: '2026-03-11', until: '2026-03-20', reason: 'holidays' },
      ];
      expect(decide(events, '2026-03-12')).toMatchObject({
        type: 'wait',
        reason: 'pause',
        until: '2026-03-21',
        explanation:
          "Les relances sont suspendues depuis le 11 mars 2026 (holidays) jusqu'au 20 mars 2026 ; les pénalités continuent de courir et la prescription aussi.",
      });
      expect(
        decide([{ type: 'paused', date: '2026-03-05', reason: 'call' }], '2026-03-10').explanation,
      ).toBe(
        "Les relances sont suspendues depuis le 5 mars 2026 (call), jusqu'à leur reprise ; les pénalités continuent de courir et la prescription aussi.",
      );
      expect(
        decide([{ type: 'mediation_started', date: '2026-03-05' }], '2026-03-10').explanation,
      ).toContain('depuis le 5 mars 2026');
    });

    it('reports a suspended limitation during a mediation however far the deadline is (C. civ. 2238)', () => {
      const early = decide([{ type: 'mediation_started', date: '2026-03-10' }], '2026-03-20');
      expect(early).toMatchObject({ type: 'wait', reason: 'mediation' });
      expect(codes(early)).toEqual(['LIMITATION_SUSPENDED']);
    });

    it('waits during a mediation close to the limitation deadline instead of escalating', () => {
      const d = decide(
        [{ type: 'mediation_started', date: '2028-01-10' }],
        '2028-01-15',
        consumerInvoice,
      );
      expect(d).toMatchObject({ type: 'wait', reason: 'mediation', until: null });
      // Only the limitation codes dunning passes through (not CONSUMER_START_FALLBACK).
      expect(codes(d)).toEqual(['CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE', 'LIMITATION_SUSPENDED']);
    });

    it('waits on a non-working day and says when', () => {
      expect(decide([], '2026-03-07').explanation).toBe(
        "Le 7 mars 2026 n'est pas un jour ouvré : faites l'étape relance (friendly-email) le 9 mars 2026.",
      );
    });
  });

  describe('formal notice', () => {
    it('escalates from the end of a hold that outlasts the notice deadline', () => {
      const events: DunningEventInput[] = [
        ...ladder,
        notice,
        { type: 'dispute_opened', date: '2026-04-10', reason: 'x' },
        { type: 'dispute_resolved', date: '2026-04-24', outcome: 'rejected' },
      ];
      const d = decide(events, '2026-04-24');
      expect(d).toMatchObject({
        type: 'escalate',
        trigger: 'formal_notice_expired',
        idempotencyKey: 'F-2026-001:escalate:formal_notice_expired:2026-04-24',
        explanation:
          'La mise en demeure du 2 avril 2026 a expiré le 17 avril 2026 sans paiement : choisissez une voie de recouvrement et agissez avant le 3 mars 2031 (prescription).',
        explanationMessage: {
          code: 'ESCALATE_FORMAL_NOTICE_EXPIRED',
          params: { date: '2026-04-02', deadline: '2026-04-17', actBefore: '2031-03-03' },
        },
      });
      // A rejected dispute does not make the debt seriously disputable.
      expect(routes(d).refere_provision).toMatchObject({ eligible: true });
    });

    it('still waits for the notice deadline after a hold that ended before it', () => {
      const events: DunningEventInput[] = [
        ...ladder,
        notice,
        { type: 'dispute_opened', date: '2026-04-05', reason: 'x' },
        { type: 'dispute_resolved', date: '2026-04-06', outcome: 'rejected' },
      ];
      expect(decide(events, '2026-04-10')).toMatchObject({
        type: 'wait',
        reason: 'formal_notice_deadline',
        until: '2026-04-18',
        explanation:
          "La mise en demeure du 2 avril 2026 laisse au débiteur jusqu'au 17 avril 2026 pour payer : passez au recouvrement judiciaire à partir du 18 avril 2026 si la facture est toujours impayée.",
      });
    });

    it('warns that a notice sent close to limitation does not interrupt it (Cass. com., 18 mai 2022)', () => {
      const d = decide(ladder, '2027-10-20', consumerInvoice);
      expect(d).toMatchObject({ type: 'action', step: { id: 'formal-notice' }, late: true });
      expect(d.explanation).toBe(
        "À faire aujourd'hui : mise en demeure par lettre recommandée avec accusé de réception (formal-notice), en retard : elle était prévue le 2 avril 2026.",
      );
      expect(codes(d)).toEqual([
        'CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE',
        'LIMITATION_SOON',
        'FORMAL_NOTICE_NO_INTERRUPTION',
      ]);
      expect(d.warnings[2]).toEqual({
        code: 'FORMAL_NOTICE_NO_INTERRUPTION',
        message: expect.stringContaining('(dernier jour pour agir : 1er février 2028)'),
        params: { deadline: '2028-02-01' },
        article: 'Cass. com., 18 mai 2022, n° 20-23.204; C. civ. 2240, 2241, 2244',
      });
    });

    it('gives that warning neither to a reminder close to limitation nor to a notice far from it', () => {
      const reminder = decide(ladder.slice(0, 2), '2027-10-20', consumerInvoice);
      expect(reminder).toMatchObject({ type: 'action', step: { id: 'phone-call' } });
      expect(codes(reminder)).toEqual(['CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE', 'LIMITATION_SOON']);
      const early = decide(ladder, '2026-04-02', consumerInvoice);
      expect(early).toMatchObject({ type: 'action', step: { id: 'formal-notice' }, late: false });
      expect(codes(early)).toEqual(['CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE']);
    });

    it('uses the deadlineDays of the policy, 15 days when the step has none', () => {
      const eight = decide(
        ladder,
        '2026-04-02',
        b2bInvoice,
        withFormalNotice({
          channel: 'registered_letter',
          offsetDays: 30,
          deadlineDays: 8,
        }),
      );
      expect(eight).toMatchObject({
        record: { type: 'formal_notice_sent', deadlineDays: 8 },
        formalNoticeDeadline: '2026-04-10',
      });
      const unset = decide(
        ladder,
        '2026-04-02',
        b2bInvoice,
        withFormalNotice({
          channel: 'registered_letter',
          offsetDays: 30,
        }),
      );
      expect(unset).toMatchObject({
        record: { type: 'formal_notice_sent', deadlineDays: 15 },
        formalNoticeDeadline: '2026-04-17',
      });
    });

    it("counts the notice deadline on the debtor's holiday calendar", () => {
      // 15 days from 2026-03-19 is Good Friday, a holiday in Alsace-Moselle only.
      const policy: DunningPolicyInput = {
        steps: [
          { id: 'friendly-email', kind: 'reminder', channel: 'email', offsetDays: 1 },
          {
            id: 'formal-notice',
            kind: 'formal_notice',
            channel: 'registered_letter',
            offsetDays: 16,
          },
        ],
      };
      const alsace = { ...b2bInvoice, buyer: { ...b2bInvoice.buyer, region: 'alsace-moselle' } };
      const events = [ladder[1]!];
      expect(decide(events, '2026-03-19', alsace, policy)).toMatchObject({
        step: { id: 'formal-notice' },
        formalNoticeDeadline: '2026-04-07',
      });
      expect(decide(events, '2026-03-19', b2bInvoice, policy)).toMatchObject({
        formalNoticeDeadline: '2026-04-03',
      });
    });
  });

  it('gives no notice warning to a notice sent while limitation is known but far (B2B)', () => {
    const invoice = { ...b2bInvoice, latePenaltyClause: { type: 'fixed', ratePercent: '1' } };
    const d = decide(ladder, '2027-12-01', invoice);
    expect(d).toMatchObject({ type: 'action', step: { id: 'formal-notice' }, late: true });
    expect(codes(d)).toContain('CONTRACT_RATE_BELOW_FLOOR');
    expect(codes(d)).not.toContain('LIMITATION_SOON');
    expect(codes(d)).not.toContain('FORMAL_NOTICE_NO_INTERRUPTION');
  });

  it('never escalates for limitation while a mediation suspends it', () => {
    // Resuming after a mediation leaves at least 6 months (183 days here), within 365.
    const policy: DunningPolicyInput = {
      variants: { consumer: { limitationWarningDays: 365, escalateBeforeLimitationDays: 365 } },
    };
    const events: DunningEventInput[] = [{ type: 'mediation_started', date: '2027-10-01' }];
    const d = decide(events, '2027-10-05', consumerInvoice, policy);
    expect(d).toMatchObject({ type: 'wait', reason: 'mediation', until: null });
    expect(codes(d)).toContain('LIMITATION_SUSPENDED');
  });

  it('explains an escalation for imminent limitation', () => {
    const d = decide(ladder, '2027-12-01', consumerInvoice);
    expect(d).toMatchObject({
      type: 'escalate',
      trigger: 'limitation_imminent',
      actBefore: '2028-02-01',
    });
    expect(d.explanation).toBe(
      'La prescription est acquise le 1er février 2028 : il ne reste plus le temps des relances amiables, engagez dès maintenant une voie qui interrompt la prescription.',
    );
  });

  describe('insolvency', () => {
    it('is not late on the last day to declare, and says so without CLAIM_DEADLINE_PASSED', () => {
      const d = decide([...ladder.slice(0, 3), opened], '2026-05-27');
      expect(d).toMatchObject({
        type: 'declare_claim',
        deadline: '2026-05-27',
        late: false,
        idempotencyKey: 'F-2026-001:declare_claim:2026-03-27',
      });
      expect(d.warnings).toEqual([
        {
          code: 'INSOLVENCY_STAY',
          message: expect.stringContaining(
            'Un redressement judiciaire a été ouvert le 20 mars 2026',
          ),
          params: { proceeding: 'redressement', openedOn: '2026-03-20' },
          article: 'C. com. L622-21, L622-7',
        },
        {
          code: 'INTEREST_STOPPED',
          message: expect.stringContaining('ont cessé de courir le 20 mars 2026'),
          params: { openedOn: '2026-03-20' },
          article: 'C. com. L622-28',
        },
      ]);
      expect(d.explanation).toMatch(/^Cessez les relances et déclarez la créance \(1.246,39.€\)/);
      expect(d.explanation).toContain(
        'au plus tard le 27 mai 2026 (2 mois à compter de la publication au BODACC du 27 mars 2026).',
      );
    });

    it('is late the day after, with the relief deadline (C. com. L622-26)', () => {
      const d = decide([...ladder.slice(0, 3), opened], '2026-05-28');
      expect(d).toMatchObject({ type: 'declare_claim', late: true, reliefDeadline: '2026-09-28' });
      expect(d.warnings[2]).toEqual({
        code: 'CLAIM_DEADLINE_PASSED',
        message: expect.stringContaining(
          'expirait le 27 mai 2026 : demandez au juge-commissaire un relevé de forclusion au plus tard le 28 septembre 2026',
        ),
        params: { deadline: '2026-05-27', reliefDeadline: '2026-09-28' },
        article: 'C. com. L622-26',
      });
    });

    it('counts the relief deadline on the policy calendar', () => {
      // 6 months from 2025-10-03 is Good Friday 2026, a holiday in Alsace-Moselle only.
      const invoice = { ...b2bInvoice, issueDate: '2025-08-01', dueDate: '2025-09-01' };
      const events: DunningEventInput[] = [
        {
          type: 'insolvency_opened',
          date: '2025-09-26',
          proceeding: 'sauvegarde',
          publishedOn: '2025-10-03',
        },
      ];
      expect(decide(events, '2025-10-06', invoice, { region: 'alsace-moselle' })).toMatchObject({
        reliefDeadline: '2026-04-07',
      });
      expect(decide(events, '2025-10-06', invoice)).toMatchObject({ reliefDeadline: '2026-04-03' });
    });

    it('has nothing to do once the claim is declared', () => {
      const d = decide(
        [...ladder.slice(0, 3), opened, { type: 'claim_declared', date: '2026-04-15' }],
        '2026-04-20',
      );
      expect(d).toMatchObject({ type: 'none', reason: 'claim_declared', warnings: [] });
      expect(d.explanation).toContain('La créance a été déclarée le 15 avril 2026');
    });
  });
});

describe('issue 14 review: the limitation warnings of a decision follow its locale', () => {
  const soon = (locale?: 'fr' | 'en') =>
    nextDunningStep(consumerInvoice, ladder.slice(0, 2), {
      today: '2027-10-20',
      ...(locale ? { locale } : {}),
    }).warnings.find((w) => w.code === 'LIMITATION_SOON')?.message;

  it('are French by default, with the days left written out', () => {
    expect(soon()).toMatch(
      /^La prescription est acquise après le 1er février 2028 \(104 jours restants au 20 octobre 2027\)/,
    );
    expect(soon()).not.toContain('day(s)');
  });

  it('are English with locale en', () => {
    expect(soon('en')).toMatch(/^Limitation expires on 2028-02-01 /);
  });
});
