import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { einvoiceStatuses } from './status-codes.js';
import {
  type EinvoiceDispute,
  type EinvoiceStatusEffect,
  type EinvoiceStatusEffectKind,
  type EinvoiceStop,
  einvoiceStatusEffect,
} from './status-effect.js';
import type { EinvoiceStatusEventInput } from './status-event.js';

const on = (
  code: number,
  extra: Partial<EinvoiceStatusEventInput> = {},
  date = '2026-10-05',
): EinvoiceStatusEventInput =>
  ({ type: 'einvoice_status', date, code, ...extra }) as EinvoiceStatusEventInput;

function effect<K extends EinvoiceStatusEffectKind>(
  kind: K,
  status: EinvoiceStatusEventInput,
  options?: Parameters<typeof einvoiceStatusEffect>[1],
): Extract<EinvoiceStatusEffect, { kind: K }> {
  // English unless the test asks otherwise: most assertions read the English sentences.
  const e = einvoiceStatusEffect(status, { locale: 'en', ...options });
  expect(e.kind).toBe(kind);
  return e as Extract<EinvoiceStatusEffect, { kind: K }>;
}

describe('einvoiceStatusEffect (issue 16)', () => {
  it('gives every published code an effect that names the code, its name and date', () => {
    for (const { code, name } of einvoiceStatuses) {
      const e = einvoiceStatusEffect(on(code, { reasonCodes: ['X'] }), { locale: 'en' });
      expect([e.code, e.name, e.date]).toEqual([code, name, '2026-10-05']);
      expect(e.explanation.startsWith(`${code} ${name} on 5 October 2026: `)).toBe(true);
      const fr = einvoiceStatusEffect(on(code, { reasonCodes: ['X'] }));
      expect(fr.explanation.startsWith(`Statut ${code} « ${name} » du 5 octobre 2026 : `)).toBe(
        true,
      );
      expect(fr.explanationMessage.params).toMatchObject({ code, name, date: '2026-10-05' });
      expect(e.article).toMatch(/AFNOR XP Z12-012/);
    }
  });

  it('issue 16: 200, 201, 202 and 204 have no effect (nor do 214, 226, 227)', () => {
    for (const code of [200, 201, 202, 204, 214, 226, 227])
      expect(einvoiceStatusEffect(on(code)).kind).toBe('no_effect');
  });

  it('issue 16: 203 Mise à disposition gives the receipt date', () => {
    const e = effect('received', on(203, {}, '2026-09-14'));
    expect(e.receivedOn).toBe('2026-09-14');
    expect(e.article).toContain('CCP R2192-12');
  });

  it('issue 16: 205 Approuvée is evidence that the claim is undisputed', () => {
    const e = effect('approved', on(205));
    expect(e.article).toContain('CPC 835');
    expect(e.explanation).toContain('not disputed');
  });

  it('issue 16: 206 chases the approved amount and holds the disputed one', () => {
    const e = effect(
      'partial_approval',
      on(206, { amounts: { approved: 800, disputed: '400.5' } }),
    );
    expect([e.approved, e.disputed, e.warnings]).toEqual(['800.00', '400.50', []]);
    expect(e.explanation).toContain('chase the approved amount (€800.00)');
    const onlyDisputed = effect('partial_approval', on(206, { amounts: { disputed: '100' } }));
    expect([onlyDisputed.approved, onlyDisputed.disputed]).toEqual([null, '100.00']);
    expect(onlyDisputed.explanation).toContain('hold the disputed amount (€100.00)');
  });

  it('issue 16: 206 without amounts holds the whole invoice, with a warning', () => {
    const e = effect('partial_approval', on(206));
    expect([e.approved, e.disputed]).toEqual([null, null]);
    expect(e.warnings.map((w) => w.code)).toEqual(['EINVOICE_AMOUNT_MISSING']);
    expect(e.explanation).toContain('whole invoice');
  });

  it('issue 16: 207 En litige is a dispute with its standard reason codes', () => {
    const e = effect(
      'dispute',
      on(207, {
        reasonCodes: ['MONTANTTOTAL_ERR', 'CALCUL_ERR'],
        requestedAction: 'CNP',
        amounts: { disputed: '150' },
      }),
    );
    expect(e.reason).toBe('207 En litige: MONTANTTOTAL_ERR, CALCUL_ERR');
    const fr = einvoiceStatusEffect(on(207, { reasonCodes: ['MONTANTTOTAL_ERR'] }));
    expect((fr as EinvoiceDispute).reason).toBe('207 En litige : MONTANTTOTAL_ERR');
    expect(e.disputed).toBe('150.00');
    expect(e.creditorTask).toMatchObject({
      requestedAction: 'CNP',
      task: 'issue a partial credit note',
    });
    expect(e.warnings).toEqual([]);
    const bare = effect('dispute', on(207));
    expect([bare.reason, bare.disputed, bare.creditorTask.requestedAction]).toEqual([
      '207 En litige',
      null,
      null,
    ]);
    expect(bare.warnings.map((w) => w.code)).toEqual(['EINVOICE_REASON_MISSING']);
  });

  it('issue 16: 208 Suspendue pauses awaiting the creditor, penalties running', () => {
    const e = effect('pause', on(208, { reasonCodes: ['JUSTIF_ABS'], requestedAction: 'PIN' }));
    expect(e.creditorTask.task).toBe('send the missing information (no new invoice)');
    expect(e.explanation).toContain('penalties keep running');
    expect(effect('pause', on(208)).creditorTask).toEqual({
      requestedAction: null,
      task: 'supply the documents or references the buyer asks for',
      taskMessage: {
        code: 'EINVOICE_TASK',
        params: { task: 'supply_documents' },
        message: 'supply the documents or references the buyer asks for',
      },
    });
  });

  it('issue 16: 209 Complétée resolves a suspension or a dispute', () => {
    expect(effect('resolve', on(209)).explanation).toContain('ends a suspension or a dispute');
  });

  it('issue 16: 210, 213, 220, 221 stop dunning: no valid invoice, no penalties, no 40 €', () => {
    const cases: Array<[number, string, string]> = [
      [210, 'einvoice_refused', 'issue a corrected invoice or a credit note'],
      [213, 'einvoice_rejected', 'correct the invoice and deposit it again'],
      [220, 'einvoice_cancelled', 'issue a new invoice if something is still owed'],
      [221, 'einvoice_misrouted', "deposit the invoice again to the buyer's platform"],
    ];
    for (const [code, reason, task] of cases) {
      const e = effect('stop', on(code, { reasonCodes: ['COORD_BANC_ERR'] }));
      expect([e.reason, e.validInvoice, e.creditorTask.requestedAction]).toEqual([
        reason,
        false,
        null,
      ]);
      expect(e.creditorTask.task.startsWith(task)).toBe(true);
      expect(e.explanation).toContain('no late-payment penalties and no fixed recovery indemnity');
    }
  });

  it('issue 16: the creditor’s next task comes from the requested action', () => {
    const e = effect('stop', on(210, { reasonCodes: ['TX_TVA_ERR'], requestedAction: 'CNF' }));
    expect(e.creditorTask).toMatchObject({
      requestedAction: 'CNF',
      task: 'issue a credit note for the whole invoice',
    });
    expect(e.explanation).toContain('next: issue a credit note for the whole invoice.');
  });

  it('210 and 213 without a reason code warn (the reason is expected); 220 does not', () => {
    expect(effect('stop', on(210)).warnings.map((w) => w.code)).toEqual([
      'EINVOICE_REASON_MISSING',
    ]);
    expect(effect('stop', on(213)).warnings.map((w) => w.code)).toEqual([
      'EINVOICE_REASON_MISSING',
    ]);
    expect(effect('stop', on(220)).warnings).toEqual([]);
    expect(effect('stop', on(221)).warnings).toEqual([]);
  });

  it('issue 16: a DOUBLON rejection of a re-delivery leaves the original invoice alive', () => {
    const e = effect('no_effect', on(213, { reasonCodes: ['DOUBLON'] }));
    expect(e.explanation).toContain('duplicate');
    expect(effect('stop', on(213, { reasonCodes: ['REF_ERR'] })).reason).toBe('einvoice_rejected');
  });

  it('issue 16: 211 waits 3 working days by default, then resumes', () => {
    // Friday 2 October 2026: Mon 5, Tue 6, Wed 7 are held; dunning may act on Thursday 8.
    const e = effect('payment_in_transit', on(211, { amounts: { paid: '1200' } }, '2026-10-02'));
    expect([e.amount, e.waitWorkingDays, e.resumeOn]).toEqual(['1200.00', 3, '2026-10-08']);
    expect(e.explanation).toContain('penalties keep running');
    expect(effect('payment_in_transit', on(211)).amount).toBeNull();
  });

  it('211: the hold is a policy number of working days, over the region’s holidays', () => {
    const at = (days: number, date: string, region?: 'metropolitan' | 'alsace-moselle') =>
      effect('payment_in_transit', on(211, {}, date), {
        paymentInTransitWorkingDays: days,
        ...(region ? { region } : {}),
      }).resumeOn;
    expect(at(0, '2026-10-02')).toBe('2026-10-02');
    expect(at(1, '2026-10-02')).toBe('2026-10-06');
    // Thursday 24 December 2026: Friday 25 is Christmas, so Monday 28 is the one day held.
    expect(at(1, '2026-12-24')).toBe('2026-12-29');
    expect(at(2, '2026-12-24', 'metropolitan')).toBe('2026-12-30');
    // Thursday 2 April 2026: Good Friday (3 April) is a holiday only in Alsace-Moselle.
    expect(at(1, '2026-04-02')).toBe('2026-04-04');
    expect(at(1, '2026-04-02', 'alsace-moselle')).toBe('2026-04-08');
  });

  it('issue 16: 212 Encaissée is a payment of the cashed amount', () => {
    const e = effect('payment', on(212, { amounts: { paid: '1234.5' } }, '2026-10-09'));
    expect([e.amount, e.paidOn, e.warnings]).toEqual(['1234.50', '2026-10-09', []]);
  });

  it('issue 16: 212 without an amount warns and counts nothing', () => {
    for (const status of [on(212), on(212, { amounts: { paid: '0' } })]) {
      const e = effect('payment', status);
      expect(e.amount).toBeNull();
      expect(e.warnings.map((w) => w.code)).toEqual(['EINVOICE_AMOUNT_MISSING']);
    }
  });

  it('issue 16: 225 Affacturée stops our dunning (the factor collects), and says why', () => {
    const e = effect('stop', on(225));
    expect([e.reason, e.validInvoice]).toEqual(['einvoice_factored', true]);
    expect(e.explanation).toContain('the factor collects it');
    expect(e.article).toContain('C. civ. 1346-1');
    const direct = effect('stop', on(224));
    expect([direct.reason, direct.validInvoice]).toEqual(['einvoice_direct_payment', true]);
  });

  it('228 Non affacturée gives the invoice back to the creditor', () => {
    expect(effect('unfactored', on(228)).explanation).toContain('collects it again');
  });

  it('returns fresh data: reason codes are copied, the input is not kept', () => {
    const reasonCodes = ['MONTANTTOTAL_ERR'];
    const e = einvoiceStatusEffect(on(207, { reasonCodes }));
    expect(e.reasonCodes).toEqual(reasonCodes);
    expect(e.reasonCodes).not.toBe(reasonCodes);
    expect(einvoiceStatusEffect(on(207)).warnings).not.toBe(einvoiceStatusEffect(on(207)).warnings);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('throws INVALID_INPUT for an unknown code (named) and for bad options', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isImpayesError(e)) return e;
      }
      throw new Error('expected an ImpayesError');
    };
    const unknown = fail(() => einvoiceStatusEffect(on(222)));
    expect([unknown.code, unknown.path]).toEqual(['INVALID_INPUT', ['status', 'code']]);
    expect(unknown.message).toContain('unknown e-invoicing lifecycle status 222');
    const bad = fail(() => einvoiceStatusEffect(on(211), { paymentInTransitWorkingDays: 31 }));
    expect([bad.code, bad.path]).toEqual([
      'INVALID_INPUT',
      ['options', 'paymentInTransitWorkingDays'],
    ]);
    expect(
      fail(() => einvoiceStatusEffect(on(211), { paymentInTransitWorkingDays: 1.5 })).code,
    ).toBe('INVALID_INPUT');
    expect(fail(() => einvoiceStatusEffect(on(211), { region: 'mars' as never })).path).toEqual([
      'options',
      'region',
    ]);
    expect(fail(() => einvoiceStatusEffect(null as never)).code).toBe('INVALID_INPUT');
  });
});

describe('einvoiceStatusEffect in French (issue 14)', () => {
  it('explains in French by default, with the code and params of every sentence', () => {
    const e = effect(
      'dispute',
      on(207, { reasonCodes: ['LIVR_INCOMP'], requestedAction: 'PIN' }, '2026-11-04'),
      { locale: 'fr' },
    );
    expect(e.explanation).toBe(
      "Statut 207 « En litige » du 4 novembre 2026 : l'acheteur conteste la facture (LIVR_INCOMP) ; les relances s'arrêtent jusqu'à son approbation, son complément ou un avoir ; prochaine étape : transmettre les informations manquantes (sans nouvelle facture).",
    );
    expect(e.explanationMessage).toMatchObject({
      code: 'EINVOICE_DISPUTE',
      params: { code: 207, reasonCodes: ['LIVR_INCOMP'], task: 'PIN' },
    });
    expect(e.creditorTask).toEqual({
      requestedAction: 'PIN',
      task: 'transmettre les informations manquantes (sans nouvelle facture)',
      taskMessage: {
        code: 'EINVOICE_TASK',
        params: { task: 'PIN' },
        message: 'transmettre les informations manquantes (sans nouvelle facture)',
      },
    });
  });

  it('formats amounts in euros with cents and working days with the plural', () => {
    const paid = einvoiceStatusEffect(on(212, { amounts: { paid: '1234.5' } }, '2026-10-09'));
    expect(paid.explanation).toContain(
      'le créancier a encaissé 1\u202f234,50\u00a0€, compté comme paiement',
    );
    const one = einvoiceStatusEffect(on(211, {}, '2026-10-02'), { paymentInTransitWorkingDays: 1 });
    expect(one.explanation).toContain('attend 1 jour ouvré et reprend le');
    const three = einvoiceStatusEffect(on(211, {}, '2026-10-02'));
    expect(three.explanation).toContain('attend 3 jours ouvrés et reprend le 8 octobre 2026');
  });

  it('renders its warnings as findings in the requested locale', () => {
    const [fr] = einvoiceStatusEffect(on(212, {}, '2026-10-01')).warnings;
    expect(fr).toEqual({
      code: 'EINVOICE_AMOUNT_MISSING',
      params: { code: 212, date: '2026-10-01' },
      message:
        "Le statut 212 du 1er octobre 2026 ne donne pas le montant encaissé (amounts.paid) : aucun paiement n'a été compté ; enregistrez-le avec son montant.",
      severity: 'warning',
      article: 'AFNOR XP Z12-012 (212 Encaissée)',
    });
    const [en] = einvoiceStatusEffect(on(212, {}, '2026-10-01'), { locale: 'en' }).warnings;
    expect(en?.message).toMatch(/^The 212 status of 1 October 2026 gives no cashed amount/);
  });

  it('gives the same facts in both locales, only the sentences differ', () => {
    for (const { code } of einvoiceStatuses) {
      const status = on(code, { reasonCodes: ['X'], amounts: { paid: '10' } });
      const {
        explanation: a,
        explanationMessage: am,
        creditorTask: _ta,
        warnings: wa,
        ...fr
      } = einvoiceStatusEffect(status) as EinvoiceStop;
      const {
        explanation: b,
        explanationMessage: bm,
        creditorTask: _tb,
        warnings: wb,
        ...en
      } = einvoiceStatusEffect(status, { locale: 'en' }) as EinvoiceStop;
      // Only a dispute's reason is a sentence (with the colon of its locale).
      const same = (r: object): object =>
        'reason' in r && (r as EinvoiceDispute).kind === 'dispute'
          ? { ...r, reason: (r as EinvoiceDispute).reason.replace(' : ', ': ') }
          : r;
      expect(same(fr)).toEqual(same(en));
      expect([am.code, am.params]).toEqual([bm.code, bm.params]);
      expect(wa.map((w) => w.code)).toEqual(wb.map((w) => w.code));
      expect(a).not.toBe(b);
    }
  });

  it('refuses an unknown locale', () => {
    expect(() => einvoiceStatusEffect(on(200), { locale: 'de' as never })).toThrow(/locale/);
  });
});
