import { describe, expect, it } from 'vitest';
import { computeLatePenalties, ecbRateForHalfYear, nextDunningStep } from '../index.js';
import {
  account,
  everyDay,
  invoice,
  messages,
  paid,
  record,
  runDays,
  sent,
} from './collections.fixtures.js';
import type { CustomerDunningAction, CustomerDunningDecision } from './decision.js';
import { nextCustomerDunningStep } from './next-customer-step.js';
import { renderCustomerDunningMessage } from './render.js';

const creditor = {
  creditor: {
    name: 'Atelier Dupont SARL',
    siren: '732829320',
    address: '12 rue des Lilas, 69001 Lyon',
  },
  paymentDetails: 'virement, IBAN FR76 3000 6000 0112 3456 7890 189',
};

function action(d: CustomerDunningDecision): CustomerDunningAction {
  if (d.type !== 'action')
    throw new Error(`expected an action, got ${d.type}: ${d.explanation.message}`);
  return d;
}

/** French amounts use narrow no-break spaces; tests compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

const roles = (d: CustomerDunningDecision) => d.lines.map((l) => `${l.invoice.number}:${l.role}`);

describe('nextCustomerDunningStep — issue 15 scenarios', () => {
  const three = account([
    {
      invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
      events: [
        sent('friendly-email', '2026-02-05'),
        sent('phone-call', '2026-02-09'),
        sent('written-reminder', '2026-02-16'),
        sent('registered-letter', '2026-02-24'),
      ],
    },
    { invoice: invoice('F-2', '2026-02-01', '2026-03-03', '800.00') },
    {
      invoice: invoice('F-3', '2026-02-10', '2026-02-20', '300.00'),
      events: [sent('friendly-email', '2026-02-23')],
    },
  ]);

  it('issue 15 done 1: three overdue invoices of different ages give one message of the most advanced kind with three lines', () => {
    const d = action(nextCustomerDunningStep(three, { today: '2026-03-06' }));
    expect(d.kind).toBe('formal_notice');
    expect(d.channel).toBe('registered_letter');
    // Lines by due date; each keeps its own step of its own ladder.
    expect(d.lines.map((l) => [l.invoice.number, l.role, l.step?.id, l.daysLate])).toEqual([
      ['F-1', 'step', 'formal-notice', 30],
      ['F-3', 'step', 'phone-call', 14],
      ['F-2', 'step', 'friendly-email', 3],
    ]);
    expect(d.formalNotice).toMatchObject({
      covers: ['F-1'],
      deadlineDays: 15,
      deadline: '2026-03-23',
      totals: { principal: '1200.00', penalties: '11.98', indemnity: '40.00', total: '1251.98' },
    });
    // 40 € per invoice (CJEU C-585/20), each invoice with its own penalties.
    expect(d.lines.map((l) => l.amounts?.indemnity)).toEqual(['40.00', '40.00', '40.00']);
    expect(d.totals).toEqual({
      principal: '2300.00',
      penalties: '14.18',
      indemnity: '120.00',
      total: '2434.18',
    });
    expect(d.records.map((r) => [r.invoiceNumber, r.event.type])).toEqual([
      ['F-1', 'formal_notice_sent'],
      ['F-3', 'reminder_sent'],
      ['F-2', 'reminder_sent'],
    ]);
    // The steps were carried out by the registered letter.
    expect(
      d.records.every((r) => 'channel' in r.event && r.event.channel === 'registered_letter'),
    ).toBe(true);
    expect(d.idempotencyKey).toBe('C-professional:formal_notice:2026-02-26');
    expect(d.late).toBe(true);
    const body = renderCustomerDunningMessage(d, creditor).body;
    for (const n of ['F-1', 'F-2', 'F-3']) expect(body).toContain(`Facture n° ${n} du`);
    expect(body).toContain('Par ailleurs, les factures suivantes sont également échues');
  });

  it('issue 15 done 1: each following day, one message at most and no invoice skips a level', () => {
    const { run } = runDays(three, everyDay('2026-03-06', '2026-04-20'));
    expect(messages(run)).toEqual([
      '2026-03-06 formal_notice [F-1:formal-notice F-3:phone-call F-2:friendly-email]',
      '2026-03-13 written_reminder [F-3:written-reminder F-2:phone-call]',
      '2026-03-20 registered_letter [F-3:registered-letter F-2:written-reminder]',
      '2026-03-27 formal_notice [F-3:formal-notice F-2:registered-letter]',
      '2026-04-03 formal_notice [F-2:formal-notice]',
    ]);
    const day = (x: string) => run.find((r) => r.day === x)!.d;
    // The day after a message: the minimum gap, then the escalation of the expired formal notice.
    expect(day('2026-03-07')).toMatchObject({
      type: 'wait',
      reason: 'scheduled',
      until: '2026-03-09',
    });
    expect(day('2026-03-10')).toMatchObject({
      type: 'wait',
      reason: 'customer_gap',
      until: '2026-03-13',
    });
    // F-1's notice of 6 March gave until 23 March (15 days, next working day): escalate after.
    expect(day('2026-03-28')).toMatchObject({ type: 'escalate', escalations: ['F-1'] });
    expect(day('2026-04-03')).toMatchObject({ type: 'action', escalations: ['F-1'] });
    // The written reminder of 13 March speaks as the level F-1 already reached.
    expect(day('2026-03-13')).toMatchObject({
      kind: 'written_reminder',
      tone: 'registered_letter',
    });
  });

  it('issue 15 done 2: a disputed invoice is listed apart while the others go on', () => {
    const a = account([
      {
        invoice: invoice('F-1', '2026-02-01', '2026-03-03'),
        events: [
          sent('friendly-email', '2026-03-04'),
          { type: 'dispute_opened', date: '2026-03-05', reason: 'Livraison incomplète' },
        ],
      },
      { invoice: invoice('F-2', '2026-02-05', '2026-03-07', '500.00') },
    ]);
    const d = action(nextCustomerDunningStep(a, { today: '2026-03-12' }));
    expect(roles(d)).toEqual(['F-1:held', 'F-2:step']);
    expect(d.lines[0]).toMatchObject({ hold: { reason: 'dispute', until: null }, amounts: null });
    expect(d.records.map((r) => r.invoiceNumber)).toEqual(['F-2']);
    const body = renderCustomerDunningMessage(d, creditor).body;
    expect(body).toContain("La facture suivante n'est pas concernée par le présent message :");
    expect(body).toContain("Facture n° F-1 : contestation en cours d'examen");
    expect(body).not.toContain('Facture n° F-1 du');
    // The dispute rejected, F-1 goes on with its own ladder where it stopped (phone call next).
    const later = record(a, d);
    const resumed = {
      ...later,
      invoices: later.invoices.map((e) =>
        e.invoice.number === 'F-1'
          ? {
              ...e,
              events: [
                ...(e.events ?? []),
                { type: 'dispute_resolved', date: '2026-03-20', outcome: 'rejected' } as const,
              ],
            }
          : e,
      ),
    };
    const next = action(nextCustomerDunningStep(resumed, { today: '2026-03-20' }));
    expect(next.lines.find((l) => l.invoice.number === 'F-1')).toMatchObject({
      role: 'step',
      step: { id: 'phone-call' },
    });
  });

  it('issue 15 done 3: a part payment lowers the line and its penalties, as the per-invoice engine does', () => {
    const events = [sent('friendly-email', '2026-03-04'), paid('2026-03-10', '400.00')];
    const a = account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03'), events }]);
    const d = action(nextCustomerDunningStep(a, { today: '2026-03-20' }));
    const own = nextDunningStep(invoice('F-1', '2026-02-01', '2026-03-03'), events, {
      today: '2026-03-20',
    });
    expect(own.type).toBe('action');
    expect(d.lines[0]!.amounts).toEqual({
      principal: '800.00',
      penalties: own.type === 'action' ? own.amounts.penalties : '',
      indemnity: '40.00',
      total: own.type === 'action' ? own.amounts.total : '',
      complete: true,
    });
    // 7 days on 1 200 € then 10 days on 800 € at 12.15 %.
    expect(d.lines[0]!.amounts!.penalties).toBe('5.46');
    expect(plain(renderCustomerDunningMessage(d, creditor).body)).toContain(
      'principal restant dû : 800,00 €',
    );
  });

  it('issue 15 done 4: a late-paid B2B invoice is claimed once, with penalties and 40 €', () => {
    const a = account(
      [
        {
          invoice: invoice('F-7', '2026-02-01', '2026-03-03'),
          events: [sent('friendly-email', '2026-03-04'), paid('2026-03-20', '1200.00')],
        },
      ],
      'professional',
      { afterLatePayment: 'claim' },
    );
    const d = action(nextCustomerDunningStep(a, { today: '2026-03-23' }));
    expect(d.kind).toBe('late_payment_claim');
    expect(d.lines[0]).toMatchObject({
      role: 'claim',
      claimable: {
        paidOn: '2026-03-20',
        daysLate: 17,
        penalties: '6.79',
        indemnity: '40.00',
        total: '46.79',
        timeBarred: false,
      },
    });
    expect(d.claimTotals.total).toBe('46.79');
    expect(d.records).toEqual([
      {
        invoiceNumber: 'F-7',
        event: {
          type: 'late_payment_claimed',
          date: '2026-03-23',
          penalties: '6.79',
          indemnity: '40.00',
        },
      },
    ]);
    const m = renderCustomerDunningMessage(d, creditor);
    expect(m.subject).toBe('Réclamation des pénalités de retard — facture F-7');
    expect(m.body).toContain(
      "Réclamation des pénalités de retard et de l'indemnité forfaitaire pour la facture n° F-7 du 1er février 2026, échue le 3 mars 2026, réglée le 20 mars 2026 (17 jours de retard)",
    );
    expect(plain(m.body)).toContain('Total réclamé : 46,79 €');
    // Recorded: never claimed again.
    const after = nextCustomerDunningStep(record(a, d), { today: '2026-04-30' });
    expect(after).toMatchObject({ type: 'none', reason: 'nothing_open' });
    expect(roles(after)).toEqual(['F-7:claimed']);
  });

  it('issue 15 done 4: by default the claimable amounts are reported, not claimed', () => {
    const a = account([
      {
        invoice: invoice('F-7', '2026-02-01', '2026-03-03'),
        events: [paid('2026-03-20', '1200.00')],
      },
    ]);
    const d = nextCustomerDunningStep(a, { today: '2026-03-23' });
    expect(d).toMatchObject({ type: 'none', reason: 'nothing_open' });
    expect(d.lines[0]).toMatchObject({ role: 'claim_reported', claimable: { total: '46.79' } });
    // The per-invoice decision reports the same sums (issue 15: no more `none`/`paid` silence).
    const single = nextDunningStep(a.invoices[0]!.invoice, [paid('2026-03-20', '1200.00')], {
      today: '2026-03-23',
    });
    expect(single).toMatchObject({
      type: 'none',
      reason: 'paid',
      claimable: { paidOn: '2026-03-20', penalties: '6.79', indemnity: '40.00', total: '46.79' },
    });
    expect(d.warnings.map((w) => [w.code, w.severity, w.article, plain(w.message)])).toEqual([
      [
        'LATE_PAYMENT_CLAIMABLE',
        'info',
        'C. com. L441-10 II, D441-5',
        'La facture F-7 a été réglée le 20 mars 2026, avec 17 jours de retard : 46,79 € restent réclamables (pénalités 6,79 €, indemnité forfaitaire 40,00 €).',
      ],
    ]);
  });

  it('issue 15 done 5: a consumer owes no indemnity, and interest only from the formal notice', () => {
    const consumer = (n: string, issue: string, due: string) =>
      invoice(n, issue, due, '12000.00', 'consumer');
    const a = account(
      [
        { invoice: consumer('F-1', '2026-01-05', '2026-02-04') },
        { invoice: consumer('F-2', '2026-02-01', '2026-03-03') },
      ],
      'consumer',
    );
    const { run, account: after } = runDays(a, everyDay('2026-02-05', '2026-04-30'));
    for (const { d } of run)
      for (const l of d.lines) if (l.amounts !== null) expect(l.amounts.indemnity).toBe('0.00');
    const notice = run
      .map((r) => r.d)
      .find((d) => d.type === 'action' && d.kind === 'formal_notice');
    const fn = action(notice!);
    // Before the notice no interest (C. civ. 1231-6), so the notice claims the principal.
    expect(fn.totals).toMatchObject({ penalties: '0.00', indemnity: '0.00' });
    const body = renderCustomerDunningMessage(fn, creditor).body;
    expect(body).toContain('articles 1231-6 et 1344-1 du Code civil');
    expect(body).not.toContain('indemnité');
    expect(body).not.toContain('40 €');
    // Paid 20 days after the notice: legal interest may be claimed, never an indemnity.
    const formalOn = fn.today;
    const paidOn = '2026-05-20';
    const paidAccount = {
      ...after,
      invoices: after.invoices.map((e) => ({
        ...e,
        events: [...(e.events ?? []), paid(paidOn, '12000.00')],
      })),
      policy: { afterLatePayment: 'claim' as const },
    };
    const claim = action(nextCustomerDunningStep(paidAccount, { today: '2026-05-21' }));
    expect(claim.kind).toBe('late_payment_claim');
    for (const l of claim.lines.filter((x) => x.role === 'claim')) {
      expect(l.claimable!.indemnity).toBe('0.00');
      expect(Number(l.claimable!.penalties)).toBeGreaterThan(0);
    }
    const text = renderCustomerDunningMessage(claim, creditor).body;
    expect(text).toContain('Réclamation des intérêts de retard pour la facture');
    expect(text).not.toContain('indemnité forfaitaire');
    expect(formalOn < paidOn).toBe(true);
  });

  it('issue 15 done 6: a public buyer pays ECB + 8 points and is not sent to an injonction de payer', () => {
    const pub = invoice('M-1', '2026-02-01', '2026-03-03', '1200.00', 'public');
    const a = account([{ invoice: pub }], 'public');
    const { run } = runDays(a, everyDay('2026-03-04', '2026-05-10'));
    expect(messages(run).map((m) => m.split(' ')[1])).toEqual([
      'reminder',
      'written_reminder',
      'registered_letter',
      'formal_notice',
    ]);
    const fn = action(run.find((r) => r.d.type === 'action' && r.d.kind === 'formal_notice')!.d);
    // One rate for the whole delay: the ECB rate of the half-year interest started in + 8 (R2192-31).
    const rate = Number(ecbRateForHalfYear('2026-03-04').ratePercent) + 8;
    const days = fn.lines[0]!.daysLate;
    expect(fn.lines[0]!.amounts!.penalties).toBe(((1200 * rate * days) / 36500).toFixed(2));
    expect(fn.lines[0]!.amounts!.indemnity).toBe('40.00');
    const body = renderCustomerDunningMessage(fn, creditor).body;
    expect(body).toContain('articles L2192-13 et R2192-31 du Code de la commande publique');
    expect(body).toContain('article D2192-35');
    expect(body).toContain('article R541-1 du Code de justice administrative');
    expect(body).not.toContain('injonction');
    const escalation = run.find((r) => r.d.type === 'escalate')!.d.lines[0]!.escalation!;
    expect(escalation.options.find((o) => o.route === 'injonction_de_payer')?.eligible).toBe(false);
  });

  it('issue 15 done 7: insolvency gives one declaration covering every open invoice', () => {
    const opening = {
      type: 'insolvency_opened',
      date: '2026-04-01',
      proceeding: 'redressement',
      publishedOn: '2026-04-10',
    } as const;
    const a = account([
      {
        invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
        events: [sent('friendly-email', '2026-02-05'), opening],
      },
      { invoice: invoice('F-2', '2026-02-01', '2026-03-03', '800.00') },
      {
        invoice: invoice('F-3', '2026-01-10', '2026-02-09', '300.00'),
        events: [paid('2026-02-09', '300.00')],
      },
    ]);
    const d = nextCustomerDunningStep(a, { today: '2026-04-15' });
    expect(d).toMatchObject({
      type: 'declare_claim',
      proceeding: 'redressement',
      openedOn: '2026-04-01',
      publishedOn: '2026-04-10',
      deadline: '2026-06-10',
      late: false,
      idempotencyKey: 'C-professional:declare_claim:2026-04-10',
    });
    if (d.type !== 'declare_claim') return;
    expect(roles(d)).toEqual(['F-1:insolvency', 'F-3:closed', 'F-2:insolvency']);
    // Interest stops the day the proceedings open (L622-28): as of 15 April, as of 31 March.
    const f2 = computeLatePenalties({
      debtor: 'professional',
      amount: '800.00',
      dueDate: '2026-03-03',
      asOf: '2026-04-15',
      insolvencyOpenedOn: '2026-04-01',
    });
    expect(d.lines[2]!.amounts!.penalties).toBe(f2.interest);
    expect(d.records.map((r) => `${r.invoiceNumber}:${r.event.type}`)).toEqual([
      'F-1:claim_declared',
      'F-2:insolvency_opened',
      'F-2:claim_declared',
    ]);
    expect(d.totals.total).toBe(
      (Number(d.lines[0]!.amounts!.total) + Number(d.lines[2]!.amounts!.total)).toFixed(2),
    );
    const after = nextCustomerDunningStep(record(a, d), { today: '2026-04-20' });
    expect(after).toMatchObject({ type: 'none', reason: 'claim_declared' });
  });

  it('issue 15 done 7: an invoice whose log cannot take the opening is declared with a warning', () => {
    const a = account([
      {
        invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
        events: [
          {
            type: 'insolvency_opened',
            date: '2026-04-01',
            proceeding: 'liquidation',
            publishedOn: '2026-04-10',
          },
        ],
      },
      // A reminder sent on 5 April: the opening of 1 April cannot be recorded after it.
      {
        invoice: invoice('F-2', '2026-02-01', '2026-03-03'),
        events: [sent('friendly-email', '2026-04-05')],
      },
    ]);
    const d = nextCustomerDunningStep(a, { today: '2026-04-15', locale: 'en' });
    expect(d.type).toBe('declare_claim');
    if (d.type !== 'declare_claim') return;
    expect(d.lines[1]).toMatchObject({ role: 'insolvency', amounts: { indemnity: '40.00' } });
    expect(d.records.map((r) => r.invoiceNumber)).toEqual(['F-1']);
    expect(d.warnings.map((w) => w.code)).toEqual(['INSOLVENCY_NOT_RECORDABLE']);
    expect(d.explanation.message).toContain('declare the claim');
  });

  it('issue 15 done 8: the minimum gap between two messages holds a step due meanwhile', () => {
    const a = account([
      { invoice: invoice('F-1', '2026-02-01', '2026-03-03') },
      { invoice: invoice('F-2', '2026-02-04', '2026-03-06', '600.00') },
    ]);
    const { run } = runDays(a, everyDay('2026-03-04', '2026-03-31'));
    const sentDays = run.filter((r) => r.d.type === 'action').map((r) => r.day);
    expect(sentDays).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25']);
    for (let i = 1; i < sentDays.length; i++)
      expect(Date.parse(sentDays[i]!) - Date.parse(sentDays[i - 1]!)).toBeGreaterThanOrEqual(
        7 * 864e5,
      );
    // F-2's friendly reminder fell due on 9 March (the 7th is a Saturday): it waits for the 11th.
    expect(run.find((r) => r.day === '2026-03-09')!.d).toMatchObject({
      type: 'wait',
      reason: 'customer_gap',
      until: '2026-03-11',
      nextContactFrom: '2026-03-11',
    });
    const d = action(run.find((r) => r.day === '2026-03-11')!.d);
    expect(d.lines.map((l) => [l.invoice.number, l.step?.id, l.late])).toEqual([
      ['F-1', 'phone-call', true],
      ['F-2', 'friendly-email', true],
    ]);
    // A policy with a shorter gap sends sooner.
    const quick = runDays(a, everyDay('2026-03-04', '2026-03-12'), {
      policy: { minDaysBetweenMessages: 2 },
    });
    expect(quick.run.filter((r) => r.d.type === 'action').map((r) => r.day)).toEqual([
      '2026-03-04',
      '2026-03-09',
      '2026-03-12',
    ]);
  });
});
