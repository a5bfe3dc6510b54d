// The customer-level letters of a whole run (every kind a customer meets), for each debtor kind,
// in French and English, as file snapshots to read (src/collections/__snapshots__/letters/),
// and the properties that matter asserted apart.
import { describe, expect, it } from 'vitest';
import type { DebtorKind } from '../parties/internal.js';
import { account, everyDay, invoice, paid, runDays } from './collections.fixtures.js';
import { renderCustomerDunningMessage } from './render.js';

const ctx = {
  creditor: {
    name: 'Atelier Dupont SARL',
    address: '12 rue des Lilas, 69003 Lyon',
    siren: '552100554',
    email: 'compta@dupont.fr',
  },
  debtor: { address: '1 place Bellecour, 69002 Lyon' },
  paymentDetails: 'virement — IBAN FR76 3000 6000 0112 3456 7890 189',
  signature: 'Jeanne Dupont, gérante',
};
const DEBTORS: ReadonlyArray<DebtorKind> = ['professional', 'consumer', 'public'];

/** Three invoices, one part-paid on 20 March, run every day from 25 February to 30 April. */
function run(kind: DebtorKind) {
  const a = account(
    [
      {
        invoice: invoice('F-1', '2026-02-01', '2026-03-03', '1200.00', kind),
        events: [paid('2026-03-20', '400.00')],
      },
      { invoice: invoice('F-2', '2026-02-10', '2026-03-05', '300.00', kind) },
      { invoice: invoice('F-3', '2026-03-01', '2026-03-31', '100.00', kind) },
    ],
    kind,
  );
  return runDays(a, everyDay('2026-02-25', '2026-04-30')).run.flatMap(({ day, d }) =>
    d.type === 'action' ? [{ day, d }] : [],
  );
}

describe('customer letters (snapshots)', () => {
  for (const kind of DEBTORS)
    for (const locale of ['fr', 'en'] as const)
      it(`every message of a run to a ${kind} customer in ${locale}`, async () => {
        const out = run(kind).map(({ day, d }) => {
          const m = renderCustomerDunningMessage(d, ctx, { locale });
          return `===== ${day} ${d.kind} (${d.channel}) =====\n${m.subject}\n\n${m.body}\n`;
        });
        expect(out.length).toBeGreaterThan(3);
        await expect(out.join('\n')).toMatchFileSnapshot(
          `./__snapshots__/letters/${kind}.${locale}.txt`,
        );
      });

  it('the HTML of the formal notice', async () => {
    const notice = run('professional').find(({ d }) => d.kind === 'formal_notice');
    expect(notice).toBeDefined();
    const m = renderCustomerDunningMessage(notice!.d, ctx, { format: 'html' });
    expect(m.body).not.toMatch(/<script/);
    await expect(`${m.body}\n`).toMatchFileSnapshot('./__snapshots__/letters/formal-notice.html');
  });
});

describe('customer letters: properties', () => {
  it('French letters: euros with cents, no zero line, no broken value, no « de le »', () => {
    for (const kind of DEBTORS)
      for (const { d } of run(kind)) {
        const m = renderCustomerDunningMessage(d, ctx);
        const text = `${m.subject}\n${m.body}`;
        for (const bad of ['undefined', 'NaN', '{', '[object']) expect(text).not.toContain(bad);
        expect(text).not.toMatch(/\b(de|à) (le|les) /);
        for (const a of text.matchAll(/\S*\s?€/g)) expect(a[0]).toMatch(/\d,\d\d\u00a0€$/);
        expect(text).not.toMatch(/(^|[^\d\u202f,])0,00\u00a0€/);
      }
  });

  it('never mentions the indemnity to a consumer; cites the CCP to a public buyer', () => {
    for (const { d } of run('consumer'))
      for (const locale of ['fr', 'en'] as const)
        expect(renderCustomerDunningMessage(d, ctx, { locale }).body).not.toMatch(
          /indemnit|D441-5|(^|[^\d\u202f])40,00|€40\.00/i,
        );
    const notice = run('public').find(({ d }) => d.kind === 'formal_notice');
    expect(notice).toBeDefined();
    const body = renderCustomerDunningMessage(notice!.d, ctx).body;
    for (const article of ['L2192-13', 'R2192-31', 'D2192-35', 'commande publique'])
      expect(body).toContain(article);
    expect(body).not.toContain('injonction de payer');
  });
});
