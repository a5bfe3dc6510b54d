import { describe, expect, it } from 'vitest';
import type { InvoiceLike } from '../invoice/internal.js';
import { b2bInvoice, consumerInvoice, publicInvoice } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { renderDunningMessage } from './messages.js';
import { type DunningAction, nextDunningStep } from './next-step.js';
import type { DunningStepKind } from './policy.js';

const ladder: DunningEventInput[] = [
  { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-09', stepId: 'phone-call', channel: 'phone' },
  { type: 'reminder_sent', date: '2026-03-13', stepId: 'written-reminder', channel: 'letter' },
  {
    type: 'reminder_sent',
    date: '2026-03-23',
    stepId: 'registered-letter',
    channel: 'registered_letter',
  },
];
const days: Record<DunningStepKind, [number, string]> = {
  pre_due_notice: [0, '2026-02-27'],
  reminder: [1, '2026-03-04'],
  phone_call: [2, '2026-03-09'],
  written_reminder: [3, '2026-03-13'],
  registered_letter: [4, '2026-03-23'],
  formal_notice: [5, '2026-04-02'],
};
const context = {
  creditor: {
    name: 'Atelier Dupont SARL',
    address: '12 rue des Lilas, 69003 Lyon',
    siren: '552100554',
    email: 'compta@dupont.fr',
  },
  debtor: { address: '1 place Bellecour, 69002 Lyon' },
  paymentDetails: 'IBAN FR76 3000 6000 0112 3456 7890 189',
  signature: 'Jeanne Dupont, gérante',
};

function actionFor(kind: DunningStepKind, invoice: unknown = b2bInvoice): DunningAction {
  const [n, today] = days[kind];
  const d = nextDunningStep(invoice as InvoiceLike, ladder.slice(0, n), { today });
  if (d.type !== 'action') throw new Error(`no action for ${kind}`);
  return d;
}

describe('renderDunningMessage', () => {
  it.each(Object.keys(days) as DunningStepKind[])('writes a French and an English %s', (kind) => {
    const d = actionFor(kind);
    const fr = renderDunningMessage(d, context);
    const en = renderDunningMessage(d, context, { locale: 'en' });
    expect(fr.subject).toContain('F-2026-001');
    expect(en.subject).toContain('F-2026-001');
    expect(fr.body.length).toBeGreaterThan(80);
    expect(en.body).not.toBe(fr.body);
  });

  it('puts what a mise en demeure needs in the formal notice, and no limitation claim (docs/law.md §6)', () => {
    const { subject, body } = renderDunningMessage(actionFor('formal_notice'), context);
    expect(subject).toBe('Mise en demeure de payer — facture F-2026-001');
    for (const part of [
      'Atelier Dupont SARL',
      'SIREN 552100554',
      '12 rue des Lilas',
      'Client SA',
      '1 place Bellecour',
      'n° F-2026-001',
      '1er février 2026',
      '3 mars 2026',
      '1\u202f200,00\u00a0€',
      'L441-10 II',
      'D441-5',
      '40,00\u00a0€',
      '15 jours',
      '17 avril 2026',
      'injonction de payer',
      'e-mail du 27 février 2026, e-mail du 4 mars 2026, appel téléphonique du 9 mars 2026',
      'IBAN FR76',
      'Jeanne Dupont, gérante',
    ])
      expect(body).toContain(part);
    expect(body).not.toMatch(/prescription|interromp/i);
  });

  it('speaks of legal interest from the notice to a consumer, and of intérêts moratoires to a public buyer', () => {
    const consumer = renderDunningMessage(
      actionFor('formal_notice', consumerInvoice),
      context,
    ).body;
    expect(consumer).toContain('intérêts au taux légal');
    expect(consumer).toContain('1231-6');
    expect(consumer).not.toContain('D441-5');
    expect(
      renderDunningMessage(actionFor('formal_notice', consumerInvoice), context, { locale: 'en' })
        .body,
    ).toContain('legal rate');
    const pub = nextDunningStep(
      publicInvoice,
      ladder.filter((e) => 'stepId' in e && e.stepId !== 'phone-call'),
      {
        today: '2026-04-02',
      },
    ) as DunningAction;
    const body = renderDunningMessage(pub, { creditor: { name: 'Atelier Dupont SARL' } }).body;
    expect(body).toContain('intérêts moratoires');
    expect(body).toContain('D2192-35');
    expect(body).toContain('demande de paiement');
    expect(renderDunningMessage(pub, { creditor: { name: 'X' } }, { locale: 'en' }).body).toContain(
      'Public Procurement',
    );
  });

  it('uses caller templates', () => {
    const d = actionFor('reminder');
    const m = renderDunningMessage(d, context, {
      templates: {
        reminder: (v) => ({
          subject: `Rappel ${v.invoiceNumber}`,
          body: `${v.total} ${v.daysLate}`,
        }),
      },
    });
    expect(m).toEqual({ subject: 'Rappel F-2026-001', body: '1\u202f240,40\u00a0€ 1' });
  });

  it('throws INVALID_INPUT for a decision without a message, or a bad context', () => {
    const wait = nextDunningStep(b2bInvoice, [], { today: '2026-02-20' });
    expect(() => renderDunningMessage(wait, context)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['decision', 'type'] }),
    );
    expect(() => renderDunningMessage(actionFor('reminder'), { creditor: { name: '' } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['context', 'creditor', 'name'] })],
      }),
    );
    expect(() =>
      renderDunningMessage(actionFor('reminder'), context, { locale: 'de' as never }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('issue 13 item 3: letters name only the routes open against the debtor', () => {
  const noticeTo = (invoice: unknown, locale: 'fr' | 'en' = 'fr') =>
    renderDunningMessage(actionFor('formal_notice', invoice), context, { locale }).body;
  const escalateOptions = (invoice: unknown) => {
    const d = nextDunningStep(
      invoice as typeof b2bInvoice,
      [
        ...ladder,
        {
          type: 'formal_notice_sent',
          date: '2026-04-02',
          deadlineDays: 15,
          channel: 'registered_letter',
        },
      ],
      { today: '2026-05-10' },
    );
    if (d.type !== 'escalate') throw new Error(`expected escalate, got ${d.type}`);
    return new Map(d.options.map((o) => [o.route, o.eligible]));
  };

  it('does not threaten a public buyer with an injonction de payer', () => {
    const fr = noticeTo(publicInvoice);
    const en = noticeTo(publicInvoice, 'en');
    expect(fr).not.toMatch(/injonction/i);
    expect(en).not.toMatch(/injonction/i);
    expect(fr).toContain('tribunal administratif (référé-provision ou action au fond)');
    expect(en).toContain('administrative court (référé-provision or an action on the merits)');
    const eligible = escalateOptions(publicInvoice);
    expect(eligible.get('injonction_de_payer')).toBe(false);
    expect(eligible.get('refere_provision')).toBe(true);
    expect(eligible.get('ordinary_action')).toBe(true);
  });

  it('keeps the injonction de payer for a business debtor, where it is eligible', () => {
    expect(noticeTo(b2bInvoice)).toContain('(injonction de payer ou autre action en justice)');
    expect(escalateOptions(b2bInvoice).get('injonction_de_payer')).toBe(true);
  });
});
