// Every letter kind × debtor kind in French and English, plus the SMS and HTML forms, as file
// snapshots a French reader can read (src/dunning/__snapshots__/letters/*.txt), and the properties
// that matter asserted apart, so that a wrong snapshot accepted by `-u` still fails here.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { InvoiceLike } from '../invoice/internal.js';
import { gsm7Length } from '../text/internal.js';
import { b2bInvoice, consumerInvoice, publicInvoice } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { type DunningMessageContext, renderDunningMessage } from './messages.js';
import { type DunningAction, nextDunningStep } from './next-step.js';
import type { DunningStepKind } from './policy.js';

const KINDS: ReadonlyArray<DunningStepKind> = [
  'pre_due_notice',
  'reminder',
  'phone_call',
  'written_reminder',
  'registered_letter',
  'formal_notice',
];
const DEBTORS = { professional: b2bInvoice, consumer: consumerInvoice, public: publicInvoice };
type Debtor = keyof typeof DEBTORS;

const steps: DunningEventInput[] = [
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
// Two part payments: 200 € on 2 March (before the due date), 400 € on 20 March.
const partPayments: ReadonlyArray<DunningEventInput & { type: 'payment_received' }> = [
  { type: 'payment_received', date: '2026-03-02', amount: '200.00' },
  { type: 'payment_received', date: '2026-03-20', amount: '400.00' },
];
const DAY: Record<DunningStepKind, [number, string]> = {
  pre_due_notice: [0, '2026-02-27'],
  reminder: [1, '2026-03-04'],
  phone_call: [2, '2026-03-09'],
  written_reminder: [3, '2026-03-13'],
  registered_letter: [4, '2026-03-23'],
  formal_notice: [5, '2026-04-02'],
};

const context: DunningMessageContext = {
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

// A public buyer's ladder has no phone call (defaultDunningPolicy): its steps come one earlier.
const kindsOf = (debtor: Debtor): ReadonlyArray<DunningStepKind> =>
  debtor === 'public' ? KINDS.filter((k) => k !== 'phone_call') : KINDS;

function actionFor(kind: DunningStepKind, debtor: Debtor, paid = false): DunningAction {
  const today = DAY[kind][1];
  const done =
    debtor === 'public'
      ? steps.filter((e) => e.type === 'reminder_sent' && e.stepId !== 'phone-call')
      : steps;
  const events = done.slice(0, kindsOf(debtor).indexOf(kind));
  if (paid) events.push(...partPayments.filter((p) => p.date <= today));
  const d = nextDunningStep(DEBTORS[debtor] as InvoiceLike, events, { today });
  if (d.type !== 'action' || d.step.kind !== kind) throw new Error(`no ${kind} for ${debtor}`);
  return d;
}

const payments = partPayments.map(({ date, amount }) => ({ date, amount: String(amount) }));
const render = (kind: DunningStepKind, debtor: Debtor, locale: 'fr' | 'en', paid = false) =>
  renderDunningMessage(actionFor(kind, debtor, paid), paid ? { ...context, payments } : context, {
    locale,
  });

function letters(debtor: Debtor, locale: 'fr' | 'en', paid = false): string {
  return kindsOf(debtor)
    .map((kind) => {
      if (paid && kind === 'pre_due_notice') return '';
      const m = render(kind, debtor, locale, paid);
      return `===== ${kind} =====\n${m.subject}\n\n${m.body}\n`;
    })
    .filter((s) => s !== '')
    .join('\n');
}

const dir = './__snapshots__/letters';

describe('dunning letters, read as a French reader would (snapshots)', () => {
  for (const debtor of Object.keys(DEBTORS) as Debtor[])
    for (const locale of ['fr', 'en'] as const) {
      it(`every letter kind to a ${debtor} debtor in ${locale}`, async () => {
        await expect(letters(debtor, locale)).toMatchFileSnapshot(`${dir}/${debtor}.${locale}.txt`);
      });
      it(`every letter kind to a ${debtor} debtor in ${locale}, after a part payment`, async () => {
        await expect(letters(debtor, locale, true)).toMatchFileSnapshot(
          `${dir}/${debtor}.part-payment.${locale}.txt`,
        );
      });
    }

  it('the SMS of every kind, French and English', async () => {
    const out = (['fr', 'en'] as const).flatMap((locale) =>
      (Object.keys(DEBTORS) as Debtor[]).flatMap((debtor) =>
        kindsOf(debtor).map((kind) => {
          const m = renderDunningMessage(actionFor(kind, debtor), context, {
            locale,
            format: 'sms',
          });
          return `${locale} ${debtor} ${kind} (${gsm7Length(m.body)}): ${m.body}`;
        }),
      ),
    );
    await expect(`${out.join('\n')}\n`).toMatchFileSnapshot(`${dir}/sms.txt`);
  });

  it('the HTML form of a formal notice and of a reminder', async () => {
    const html = (['reminder', 'formal_notice'] as const)
      .map(
        (kind) =>
          renderDunningMessage(actionFor(kind, 'professional'), context, { format: 'html' }).body,
      )
      .join('\n\n');
    await expect(`${html}\n`).toMatchFileSnapshot(`${dir}/html.txt`);
  });
});

// What the snapshots must show, asserted apart (each can fail on a wrong wording).
const ENGLISH = [
  ' the ',
  ' of ',
  ' and ',
  ' is ',
  ' with ',
  ' invoice',
  ' payment',
  ' amount',
  ' late ',
];
const allText = (debtor: Debtor, locale: 'fr' | 'en') =>
  kindsOf(debtor).map((kind) => {
    const m = render(kind, debtor, locale);
    return `${m.subject}\n${m.body}`;
  });

describe('dunning letters: properties a French reader checks', () => {
  it('writes no broken value, no English word, no « de le », and euros always with cents', () => {
    for (const debtor of Object.keys(DEBTORS) as Debtor[])
      for (const paid of [false, true])
        for (const kind of kindsOf(debtor)) {
          const { subject, body } = render(kind, debtor, 'fr', paid);
          const text = `${subject}\n${body}`;
          for (const bad of ['undefined', 'NaN', '{', '[object', 'Infinity'])
            expect(text).not.toContain(bad);
          for (const word of ENGLISH) expect(` ${text} `.toLowerCase()).not.toContain(word);
          expect(text).not.toMatch(/\b(de|à) (le|les) /);
          // Every amount: digits, a comma, two cents, a no-break space, the euro sign.
          for (const m of text.matchAll(/\S*\s?€/g)) expect(m[0]).toMatch(/\d,\d\d\u00a0€$/);
          expect(text).toContain('1er février 2026');
        }
  });

  it('omits zero lines: no « 0,00 € » in any letter', () => {
    for (const debtor of Object.keys(DEBTORS) as Debtor[])
      for (const locale of ['fr', 'en'] as const)
        for (const text of allText(debtor, locale)) {
          expect(text).not.toMatch(/(^|[^\d\u202f,])0,00\u00a0€/);
          expect(text).not.toContain('€0.00');
        }
  });

  it('never mentions the recovery indemnity to a consumer', () => {
    for (const locale of ['fr', 'en'] as const)
      for (const paid of [false, true])
        for (const kind of KINDS) {
          const { body } = render(kind, 'consumer', locale, paid);
          expect(body).not.toMatch(/indemnit|D441-5|D2192-35|(^|[^\d\u202f])40,00|€40\.00/i);
        }
  });

  it('cites the public-procurement articles in every letter to a public buyer, and no injonction de payer', () => {
    for (const kind of kindsOf('public')) {
      const fr = render(kind, 'public', 'fr').body;
      const en = render(kind, 'public', 'en').body;
      expect(fr).toContain('Code de la commande publique');
      expect(fr).toMatch(/L2192-1[03]/);
      expect(en).toContain('Public Procurement Code');
      expect(fr).not.toMatch(/injonction de payer|Code de commerce|L441-10/);
    }
    const notice = render('formal_notice', 'public', 'fr').body;
    for (const article of ['L2192-13', 'R2192-31', 'D2192-35', 'tribunal administratif'])
      expect(notice).toContain(article);
  });

  it('acknowledges a part payment with its amount and date', () => {
    const d = actionFor('formal_notice', 'professional', true);
    const single = { ...context, payments: [{ date: '2026-03-20', amount: '400.00' }] };
    const fr = renderDunningMessage(d, single).body;
    expect(fr).toContain(
      'principal restant dû après votre règlement partiel de 400,00\u00a0€ du 20 mars 2026 : 600,00\u00a0€',
    );
    expect(fr).toContain('demeure partiellement impayée');
    // Both payments, in date order; a payment after the letter's day is left out.
    const both = renderDunningMessage(d, {
      ...context,
      payments: [...payments].reverse().concat({ date: '2026-05-01', amount: '50.00' }),
    }).body;
    expect(both).toContain(
      'après vos règlements partiels de 200,00\u00a0€ du 2 mars 2026 et de 400,00\u00a0€ du 20 mars 2026 : 600,00\u00a0€',
    );
    // Without the payments in the context, the deduction is still said, without dates.
    expect(renderDunningMessage(d, context).body).toContain(
      'principal restant dû après déduction des règlements et avoirs reçus (600,00\u00a0€) : 600,00\u00a0€',
    );
    expect(renderDunningMessage(d, single, { locale: 'en' }).body).toContain(
      'principal outstanding after your part payment of €400.00 on 20 March 2026: €600.00',
    );
    // The log's payment_received events as they are: a number or a Decimal amount reads the same.
    for (const amount of [400, new Decimal('400')])
      expect(
        renderDunningMessage(d, { ...context, payments: [{ date: '2026-03-20', amount }] }),
      ).toEqual(renderDunningMessage(d, single));
  });

  it('sends one GSM-7 SMS of at most 160 characters, whatever the names', () => {
    const long = { ...context, creditor: { name: 'Société Générale des Œuvres ✓ '.repeat(30) } };
    for (const locale of ['fr', 'en'] as const)
      for (const debtor of Object.keys(DEBTORS) as Debtor[])
        for (const kind of kindsOf(debtor))
          for (const ctx of [context, long]) {
            const m = renderDunningMessage(actionFor(kind, debtor), ctx, { locale, format: 'sms' });
            expect(m.format).toBe('sms');
            const n = gsm7Length(m.body);
            expect(n).not.toBeNull();
            expect(n!).toBeLessThanOrEqual(160);
            expect(m.body).toContain(debtor === 'public' ? 'F-2026-003' : 'F-2026-0');
          }
  });

  it('escapes every text in HTML: no markup from the context, no script', () => {
    const evil = {
      ...context,
      creditor: { name: '<script>alert("x")</script> & Cie' },
      signature: '<img src=x onerror=alert(1)>',
    };
    for (const kind of KINDS) {
      const m = renderDunningMessage(actionFor(kind, 'professional'), evil, { format: 'html' });
      expect(m.format).toBe('html');
      expect(m.body).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
      if (kind !== 'phone_call') expect(m.body).toMatch(/&lt;(script|img)/);
      expect(m.body.replace(/<\/?(p|br)>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('a text-format message is the plain letter, and says so', () => {
    const m = renderDunningMessage(actionFor('reminder', 'professional'), context);
    expect(m.format).toBe('text');
    expect(m.body).not.toContain('<p>');
  });
});
