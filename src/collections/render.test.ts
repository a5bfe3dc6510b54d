import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { account, invoice, paid, sent } from './collections.fixtures.js';
import type { CustomerDunningAction, CustomerDunningDecision } from './decision.js';
import { nextCustomerDunningStep } from './next-customer-step.js';
import { renderCustomerDunningMessage } from './render.js';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const ctx = {
  creditor: { name: 'Atelier Dupont SARL', email: 'compta@dupont.fr', phone: '04 00 00 00 00' },
  signature: 'Jeanne Dupont, gérante',
};

function act(d: CustomerDunningDecision): CustomerDunningAction {
  if (d.type !== 'action') throw new Error(`not an action: ${d.type}`);
  return d;
}

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isImpayesError(e) ? `${e.code} ${e.path.join('.')}` : 'not an ImpayesError';
  }
  return 'no error';
};

describe('renderCustomerDunningMessage', () => {
  it('writes a friendly reminder listing every overdue invoice, with the upcoming ones apart', () => {
    const d = act(
      nextCustomerDunningStep(
        account([
          { invoice: invoice('F-1', '2026-02-01', '2026-03-03') },
          { invoice: invoice('F-2', '2026-02-10', '2026-03-05', '300.00') },
          { invoice: invoice('F-3', '2026-02-12', '2026-03-09', '100.00') },
        ]),
        { today: '2026-03-06' },
      ),
    );
    expect(d.kind).toBe('reminder');
    const m = renderCustomerDunningMessage(d, ctx);
    expect(m.subject).toBe('Factures en attente de règlement (F-1 et F-2)');
    const body = plain(m.body);
    expect(body).toMatch(
      /^Bonjour,\n\nSauf erreur de notre part, les 2 factures suivantes restent impayées :/,
    );
    expect(body).toContain('(3 jours de retard)');
    expect(body).toContain('(1 jour de retard)');
    expect(body).toContain("Il s'agit sans doute d'un simple oubli");
    expect(body).toContain('Pour mémoire, la facture suivante arrive prochainement à échéance :');
    expect(body).toContain(
      'Facture n° F-3 du 12 février 2026 : 100,00 €, à régler au plus tard le 9 mars 2026',
    );
    expect(body).toContain('Contact : compta@dupont.fr — 04 00 00 00 00');
    expect(body).toMatch(/Cordialement,\nJeanne Dupont, gérante$/);
    // Penalties of a few cents are shown, zero amounts are not.
    expect(body).not.toContain(': 0,00 €');
  });

  it('writes a courtesy notice when only upcoming invoices are concerned', () => {
    const d = act(
      nextCustomerDunningStep(account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]), {
        today: '2026-02-27',
      }),
    );
    const m = renderCustomerDunningMessage(d, ctx, { locale: 'en' });
    expect(m.subject).toBe('Invoice F-1: falling due soon');
    expect(plain(m.body)).toContain('A friendly note that the following invoice falls due soon:');
    expect(m.body).toContain('If payment is already on its way, please disregard this message.');
  });

  it('writes a call script, a written reminder and a registered letter', () => {
    const a = account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]);
    const log = [sent('friendly-email', '2026-03-04')];
    const call = act(
      nextCustomerDunningStep(
        { ...a, invoices: [{ ...a.invoices[0]!, events: log }] },
        { today: '2026-03-11' },
      ),
    );
    const script = plain(renderCustomerDunningMessage(call, ctx).body);
    expect(script).toMatch(
      /^Appeler Client SA au sujet de 1 facture impayée \(total 1 2\d\d,\d\d €\)\./,
    );
    expect(script).toContain('Relances précédentes : 4 mars 2026.');
    log.push(sent('phone-call', '2026-03-11'));
    const written = act(
      nextCustomerDunningStep(
        { ...a, invoices: [{ ...a.invoices[0]!, events: log }] },
        { today: '2026-03-18' },
      ),
    );
    expect(written.kind).toBe('written_reminder');
    const letter = plain(renderCustomerDunningMessage(written, ctx).body);
    expect(letter).toContain('Expéditeur : Atelier Dupont SARL');
    expect(letter).toContain('Objet : relance de factures impayées');
    expect(letter).toContain(
      'Malgré nos précédentes relances (4 mars 2026 et 11 mars 2026), la facture suivante demeure impayée.',
    );
    log.push(sent('written-reminder', '2026-03-18'));
    const reg = act(
      nextCustomerDunningStep(
        { ...a, invoices: [{ ...a.invoices[0]!, events: log }] },
        { today: '2026-03-25' },
      ),
    );
    expect(reg.kind).toBe('registered_letter');
    const r = renderCustomerDunningMessage(reg, {
      ...ctx,
      debtor: { address: '3 place X, 75001 Paris' },
    });
    expect(r.body.split('\n')[0]).toBe('LETTRE RECOMMANDÉE AVEC DEMANDE D’AVIS DE RÉCEPTION');
    expect(r.body).toContain('Destinataire : Client SA\n3 place X, 75001 Paris');
    expect(r.body).toContain(
      'À défaut, nous serons contraints de vous adresser une mise en demeure.',
    );
  });

  it('adds the claims after late payment to a formal notice, in their own section', () => {
    const d = act(
      nextCustomerDunningStep(
        account(
          [
            {
              invoice: invoice('F-1', '2026-01-05', '2026-02-04'),
              events: [
                sent('friendly-email', '2026-02-05'),
                sent('phone-call', '2026-02-09'),
                sent('written-reminder', '2026-02-16'),
                sent('registered-letter', '2026-02-24'),
              ],
            },
            {
              invoice: invoice('F-9', '2026-01-01', '2026-01-31'),
              events: [paid('2026-02-20', '1200.00')],
            },
          ],
          'professional',
          { afterLatePayment: 'claim' },
        ),
        { today: '2026-03-06' },
      ),
    );
    expect(d.kind).toBe('formal_notice');
    const body = plain(renderCustomerDunningMessage(d, ctx).body);
    expect(body).toContain('Par ailleurs, la facture ci-dessous a été réglée après son échéance');
    expect(body).toContain('réglée le 20 février 2026 (20 jours de retard)');
    const html = renderCustomerDunningMessage(d, ctx, { format: 'html' });
    expect(html.format).toBe('html');
    expect(html.body).toContain('<th>Réglée le</th>');
    expect(html.body).toMatch(/^<p>LETTRE RECOMMANDÉE/);
  });

  it('refuses what is not an action, a malformed decision, context or options', () => {
    const none = nextCustomerDunningStep(account([]), { today: '2026-03-01' });
    expect(code(() => renderCustomerDunningMessage(none, ctx))).toBe('INVALID_INPUT decision.type');
    expect(code(() => renderCustomerDunningMessage(null as never, ctx))).toBe(
      'INVALID_INPUT decision.type',
    );
    const d = act(
      nextCustomerDunningStep(account([{ invoice: invoice('F-1', '2026-02-01', '2026-03-03') }]), {
        today: '2026-03-04',
      }),
    );
    expect(
      code(() =>
        renderCustomerDunningMessage({ ...d, totals: { ...d.totals, total: '1e3' } } as never, ctx),
      ),
    ).toBe('INVALID_INPUT decision.totals.total');
    expect(code(() => renderCustomerDunningMessage(d, { creditor: { name: '' } }))).toBe(
      'INVALID_INPUT context.creditor.name',
    );
    expect(code(() => renderCustomerDunningMessage(d, ctx, { format: 'pdf' as never }))).toBe(
      'INVALID_INPUT options.format',
    );
  });
});
