// Issue 16: e-invoicing lifecycle statuses drive dunning. One scenario per status, through
// nextDunningStep (b2bInvoice: 1 200 € TTC, due Tuesday 2026-03-03; the default ladder).
import { describe, expect, it } from 'vitest';
import type { EinvoiceStatusEventInput } from '../einvoicing/status-event.js';
import { isImpayesError } from '../errors/internal.js';
import { computeLatePenalties } from '../penalties/internal.js';
import { b2bInvoice, ladder, notice, sent } from './dunning.fixtures.js';
import type { DunningEventInput } from './events.js';
import { type DunningDecision, type DunningEscalate, nextDunningStep } from './next-step.js';
import { dunningState } from './state.js';
import { dunningTimeline } from './timeline.js';

const status = (
  code: number,
  date: string,
  extra: Partial<EinvoiceStatusEventInput> = {},
): DunningEventInput => ({ type: 'einvoice_status', date, code, ...extra }) as DunningEventInput;

const decide = (events: DunningEventInput[], today: string, policy?: object): DunningDecision =>
  nextDunningStep(b2bInvoice, events, policy ? { today, policy } : { today });

const early: DunningEventInput[] = [
  sent('courtesy-notice', '2026-02-27'),
  sent('friendly-email', '2026-03-04'),
];

function penaltiesOn(amount: string, asOf: string): string {
  return computeLatePenalties({
    debtor: 'professional',
    amount,
    dueDate: '2026-03-03',
    asOf,
  }).interest;
}

describe('issue 16: a refused, rejected, cancelled or misrouted e-invoice is not chased', () => {
  const stops: Array<[number, string]> = [
    [210, 'einvoice_refused'],
    [213, 'einvoice_rejected'],
    [220, 'einvoice_cancelled'],
    [221, 'einvoice_misrouted'],
  ];
  for (const [code, reason] of stops)
    it(`${code} gives none (${reason}): no action, no penalties, no 40 €`, () => {
      const events = [...early, status(code, '2026-03-05', { reasonCodes: ['TX_TVA_ERR'] })];
      for (const today of ['2026-03-05', '2026-03-20', '2026-05-01', '2027-01-04']) {
        const d = decide(events, today);
        expect(d).toMatchObject({ type: 'none', reason });
        expect(d).not.toHaveProperty('amounts');
        expect(d.explanationMessage).toMatchObject({
          code: 'NONE_EINVOICE_STOP',
          params: { status: String(code), date: '2026-03-05', reason },
        });
        expect(d.explanation).toContain(`(statut ${code} du 5 mars 2026)`);
      }
      // The timeline projects nothing: no step, no amounts.
      const t = dunningTimeline(b2bInvoice, events, { today: '2026-03-20' });
      expect(t.entries.filter((e) => e.status !== 'done' && e.type === 'step')).toEqual([]);
      expect(t.entries.every((e) => e.amounts === null)).toBe(true);
    });

  it('the creditor’s next task comes from the requested action', () => {
    const s = dunningState(
      b2bInvoice,
      [status(210, '2026-03-05', { reasonCodes: ['TX_TVA_ERR'], requestedAction: 'CNF' })],
      { asOf: '2026-03-06' },
    );
    expect(s.einvoice?.stop).toMatchObject({
      reason: 'einvoice_refused',
      code: 210,
      validInvoice: false,
      creditorTask: { requestedAction: 'CNF', task: 'émettre un avoir total' },
    });
  });

  it('a refusal stops even a formal notice that expired (no escalation)', () => {
    const events = [...ladder, notice, status(210, '2026-04-10', { reasonCodes: ['X'] })];
    expect(decide(events, '2026-04-20')).toMatchObject({
      type: 'none',
      reason: 'einvoice_refused',
    });
  });

  it('a DOUBLON rejection of a re-delivery leaves the original alive', () => {
    const events = [...early, status(213, '2026-03-05', { reasonCodes: ['DOUBLON'] })];
    expect(decide(events, '2026-03-09')).toMatchObject({
      type: 'action',
      step: { id: 'phone-call' },
    });
  });

  it('paid or written-off invoices keep their own reason', () => {
    const paid = [
      status(210, '2026-03-05', { reasonCodes: ['X'] }),
      { type: 'payment_received', date: '2026-03-06', amount: '1200.00' },
    ] as DunningEventInput[];
    expect(decide(paid, '2026-03-09')).toMatchObject({ type: 'none', reason: 'paid' });
  });
});

describe('issue 16: factored or paid directly, someone else collects', () => {
  it('225 Affacturée stops our dunning, 228 Non affacturée gives it back', () => {
    const events = [...early, status(225, '2026-03-05')];
    const d = decide(events, '2026-03-20');
    expect(d).toMatchObject({ type: 'none', reason: 'einvoice_factored' });
    expect(d.explanation).toContain('cédée à un affactureur');
    expect(decide([...events, status(228, '2026-03-20')], '2026-03-20')).toMatchObject({
      type: 'action',
      step: { id: 'phone-call' },
    });
  });

  it('224 Demande de paiement direct stops our dunning', () => {
    expect(decide([...early, status(224, '2026-03-05')], '2026-03-20')).toMatchObject({
      type: 'none',
      reason: 'einvoice_direct_payment',
    });
  });

  it('a refusal after factoring wins (no valid invoice), and 228 does not lift it', () => {
    const events = [
      status(225, '2026-03-05'),
      status(210, '2026-03-06', { reasonCodes: ['X'] }),
      status(228, '2026-03-07'),
    ];
    expect(decide(events, '2026-03-20')).toMatchObject({
      type: 'none',
      reason: 'einvoice_refused',
    });
  });
});

describe('issue 16: 207 En litige is a dispute that 205, 209 or a credit note resolve', () => {
  const disputed = [
    ...early,
    status(207, '2026-03-05', { reasonCodes: ['MONTANTTOTAL_ERR'], requestedAction: 'CNP' }),
  ];

  it('holds reminders while the dispute is open, with its standard reason code', () => {
    const d = decide(disputed, '2026-03-20');
    expect(d).toMatchObject({ type: 'wait', reason: 'dispute', until: null, status: 'disputed' });
    expect(d.explanation).toContain('207 En litige : MONTANTTOTAL_ERR');
  });

  it('205 Approuvée ends it and dunning resumes', () => {
    const d = decide([...disputed, status(205, '2026-03-16')], '2026-03-16');
    expect(d).toMatchObject({ type: 'action', step: { id: 'phone-call' } });
    const s = dunningState(b2bInvoice, [...disputed, status(205, '2026-03-16')], {
      asOf: '2026-03-16',
    });
    expect(s.dispute).toMatchObject({ open: false, outcome: 'rejected', resolvedOn: '2026-03-16' });
    expect(s.einvoice?.approvedOn).toBe('2026-03-16');
  });

  it('209 Complétée ends it too', () => {
    expect(decide([...disputed, status(209, '2026-03-16')], '2026-03-16')).toMatchObject({
      type: 'action',
    });
  });

  it('a credit note ends it, and lowers the balance', () => {
    const events = [
      ...disputed,
      { type: 'credit_note_issued', date: '2026-03-16', amount: '200.00' },
    ] as DunningEventInput[];
    const d = decide(events, '2026-03-16');
    expect(d).toMatchObject({ type: 'action', amounts: { principal: '1000.00' } });
  });

  it('penalties keep running during the dispute', () => {
    const d = decide([...disputed, status(205, '2026-03-16')], '2026-03-16');
    expect(d.type === 'action' && d.amounts.penalties).toBe(penaltiesOn('1200.00', '2026-03-16'));
  });
});

describe('issue 16: 206 Approuvée partiellement chases only the approved amount', () => {
  const partial = [...early, status(206, '2026-03-05', { amounts: { approved: '800.00' } })];

  it('the action claims the approved 800 € and its penalties, not the disputed 400 €', () => {
    const d = decide(partial, '2026-03-09');
    expect(d.type).toBe('action');
    if (d.type !== 'action') return;
    expect(d.amounts.principal).toBe('800.00');
    expect(d.amounts.penalties).toBe(penaltiesOn('800.00', '2026-03-09'));
    expect(d.amounts.indemnity).toBe('40.00');
    expect(d.warnings.map((w) => w.code)).toContain('EINVOICE_PARTIAL_APPROVAL');
    // The balance itself is unchanged: nothing was credited.
    expect(dunningState(b2bInvoice, partial, { asOf: '2026-03-09' }).balances.outstanding).toBe(
      '1200.00',
    );
  });

  it('the disputed amount alone may be given', () => {
    const d = decide(
      [...early, status(206, '2026-03-05', { amounts: { disputed: '300.00' } })],
      '2026-03-09',
    );
    expect(d.type === 'action' && d.amounts.principal).toBe('900.00');
  });

  it('once the approved part is paid, the disputed rest is held, not chased', () => {
    const events = [
      ...partial,
      { type: 'payment_received', date: '2026-03-10', amount: '800.00' },
    ] as DunningEventInput[];
    expect(decide(events, '2026-03-20')).toMatchObject({
      type: 'wait',
      reason: 'dispute',
      until: null,
    });
    // 205 later approves the rest: it is chased again.
    const d = decide([...events, status(205, '2026-03-23')], '2026-03-23');
    expect(d).toMatchObject({ type: 'action', amounts: { principal: '400.00' } });
  });

  it('a partial credit note ends the hold', () => {
    const events = [
      ...partial,
      { type: 'credit_note_issued', date: '2026-03-12', amount: '400.00' },
    ] as DunningEventInput[];
    const d = decide(events, '2026-03-13');
    expect(d.type === 'action' && d.warnings.map((w) => w.code)).not.toContain(
      'EINVOICE_PARTIAL_APPROVAL',
    );
    expect(d.type === 'action' && d.amounts.principal).toBe('800.00');
  });

  it('without amounts the whole invoice is held as disputed, with a warning', () => {
    const d = decide([...early, status(206, '2026-03-05')], '2026-03-09');
    expect(d).toMatchObject({ type: 'wait', reason: 'dispute' });
    expect(d.warnings.map((w) => w.code)).toContain('EINVOICE_AMOUNT_MISSING');
  });
});

describe('issue 16: 208 Suspendue pauses awaiting the creditor', () => {
  const suspended = [
    ...early,
    status(208, '2026-03-05', { reasonCodes: ['JUSTIF_ABS'], requestedAction: 'PIN' }),
  ];

  it('waits with no end, saying what the creditor must supply', () => {
    const d = decide(suspended, '2026-03-20');
    expect(d).toMatchObject({ type: 'wait', reason: 'pause', until: null, status: 'paused' });
    expect(d.explanation).toContain('208 Suspendue (JUSTIF_ABS)');
    expect(d.explanation).toContain(
      '208 Suspendue (JUSTIF_ABS) : transmettre les informations manquantes',
    );
  });

  it('209 Complétée ends it; penalties kept running', () => {
    const events = [...suspended, status(209, '2026-03-18')];
    const d = decide(events, '2026-03-18');
    expect(d).toMatchObject({ type: 'action', step: { id: 'phone-call' } });
    expect(d.type === 'action' && d.amounts.penalties).toBe(penaltiesOn('1200.00', '2026-03-18'));
    expect(dunningState(b2bInvoice, events, { asOf: '2026-03-18' }).einvoice?.suspension).toEqual(
      expect.objectContaining({ since: '2026-03-05', endedOn: '2026-03-18' }),
    );
  });
});

describe('issue 16: 211 Paiement transmis waits, then resumes', () => {
  // Friday 2026-03-06: Monday 9, Tuesday 10 and Wednesday 11 are held; Thursday 12 resumes.
  const sentPayment = [...early, status(211, '2026-03-06', { amounts: { paid: '1200.00' } })];

  it('waits 3 working days by default, penalties running', () => {
    const d = decide(sentPayment, '2026-03-09');
    expect(d).toMatchObject({ type: 'wait', reason: 'payment_in_transit', until: '2026-03-12' });
    expect(d.explanation).toContain('les pénalités continuent de courir');
  });

  it('resumes when nothing arrived', () => {
    const d = decide(sentPayment, '2026-03-12');
    // Like after any hold, the step is scheduled from the day dunning resumes.
    expect(d).toMatchObject({
      type: 'action',
      step: { id: 'phone-call' },
      dueOn: '2026-03-12',
      late: false,
    });
    expect(d.type === 'action' && d.amounts.penalties).toBe(penaltiesOn('1200.00', '2026-03-12'));
  });

  it('the number of working days is a policy setting', () => {
    expect(decide(sentPayment, '2026-03-09', { paymentInTransitWorkingDays: 1 })).toMatchObject({
      type: 'wait',
      until: '2026-03-10',
    });
    expect(decide(sentPayment, '2026-03-09', { paymentInTransitWorkingDays: 0 })).toMatchObject({
      type: 'action',
    });
  });

  it('ends when the payment arrives', () => {
    const paid = [
      ...sentPayment,
      { type: 'payment_received', date: '2026-03-10', amount: '1200.00' },
    ] as DunningEventInput[];
    expect(decide(paid, '2026-03-10')).toMatchObject({ type: 'none', reason: 'paid' });
    const part = [
      ...sentPayment,
      { type: 'payment_received', date: '2026-03-10', amount: '200.00' },
    ] as DunningEventInput[];
    expect(decide(part, '2026-03-10')).toMatchObject({
      type: 'action',
      amounts: { principal: '1000.00' },
    });
  });

  it('the timeline waits too, then goes on', () => {
    const t = dunningTimeline(b2bInvoice, sentPayment, { today: '2026-03-09' });
    const planned = t.entries.filter((e) => e.type === 'step' && e.status !== 'done');
    expect(planned[0]).toMatchObject({ stepId: 'phone-call', date: '2026-03-12' });
  });
});

describe('issue 16: 212 Encaissée is a payment', () => {
  it('of the cashed amount, on the status date', () => {
    const part = [...early, status(212, '2026-03-06', { amounts: { paid: '500.00' } })];
    expect(decide(part, '2026-03-09')).toMatchObject({
      type: 'action',
      amounts: { principal: '700.00' },
    });
    const s = dunningState(b2bInvoice, part, { asOf: '2026-03-09' });
    expect(s.balances).toMatchObject({ paid: '500.00', outstanding: '700.00' });
    const full = [...early, status(212, '2026-03-06', { amounts: { paid: '1200.00' } })];
    expect(decide(full, '2026-03-09')).toMatchObject({ type: 'none', reason: 'paid' });
  });

  it('with a warning and nothing counted when the amount is missing', () => {
    const d = decide([...early, status(212, '2026-03-06')], '2026-03-09');
    expect(d).toMatchObject({ type: 'action', amounts: { principal: '1200.00' } });
    expect(d.warnings.map((w) => w.code)).toContain('EINVOICE_AMOUNT_MISSING');
  });

  it('a part payment restarts limitation like any payment (C. civ. 2240)', () => {
    const s = dunningState(
      b2bInvoice,
      [status(212, '2027-06-01', { amounts: { paid: '100.00' } })],
      { asOf: '2027-06-02' },
    );
    expect(s.limitation?.deadline).toBe('2032-06-01');
  });
});

describe('issue 16: 203 and 205', () => {
  it('203 Mise à disposition records the receipt date', () => {
    const s = dunningState(b2bInvoice, [status(203, '2026-02-03')], { asOf: '2026-02-04' });
    expect(s.einvoice?.receivedOn).toBe('2026-02-03');
  });

  it('205 Approuvée is evidence for the référé-provision among the escalation options', () => {
    const events = [...ladder, notice, status(205, '2026-04-06')];
    const d = decide(events, '2026-04-20') as DunningEscalate;
    expect(d.type).toBe('escalate');
    const refere = d.options.find((o) => o.route === 'refere_provision')!;
    expect(refere.eligible).toBe(true);
    expect(refere.reasons.join(' ')).toContain('approuvé la facture le 6 avril 2026');
    expect(refere.reasonMessages).toContainEqual(
      expect.objectContaining({ code: 'REFERE_APPROVED', params: { date: '2026-04-06' } }),
    );
  });

  it('205 after a dispute makes the claim undisputed again', () => {
    const events = [
      ...ladder,
      { type: 'dispute_opened', date: '2026-03-25', reason: 'quality' },
      { type: 'dispute_resolved', date: '2026-03-30', outcome: 'settled' },
      notice,
      status(205, '2026-04-06'),
    ] as DunningEventInput[];
    const d = decide(events, '2026-04-20') as DunningEscalate;
    expect(d.options.find((o) => o.route === 'refere_provision')!.eligible).toBe(true);
  });
});

describe('issue 16: tracking statuses and input errors', () => {
  it('200, 201, 202, 204 change no decision', () => {
    const plain = decide(early, '2026-03-09');
    for (const code of [200, 201, 202, 204])
      expect(decide([...early, status(code, '2026-03-05')], '2026-03-09')).toStrictEqual(plain);
  });

  it('an unknown code in the log is an INVALID_INPUT naming it, with its path', () => {
    try {
      decide([status(215, '2026-03-05')], '2026-03-09');
      expect.unreachable();
    } catch (e) {
      expect(isImpayesError(e) && [e.code, e.path]).toEqual([
        'INVALID_INPUT',
        ['events', 0, 'code'],
      ]);
      expect((e as Error).message).toContain('unknown e-invoicing lifecycle status 215');
    }
  });

  it('statuses are recorded in date order like the other events', () => {
    expect(() =>
      decide([status(200, '2026-03-05'), status(201, '2026-03-04')], '2026-03-09'),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['events', 1, 'date'] }));
  });
});

describe('issue 16: e-invoicing statuses, edge cases', () => {
  it('a second 207 after a resolved one opens a new dispute; resumption keeps the first end', () => {
    const events = [
      ...early,
      status(207, '2026-03-05', { reasonCodes: ['A'] }),
      status(205, '2026-03-10'),
      status(207, '2026-03-12', { reasonCodes: ['B'] }),
    ];
    const s = dunningState(b2bInvoice, events, { asOf: '2026-03-13' });
    expect(s.dispute).toMatchObject({ open: true, reason: '207 En litige : B' });
    expect(s.status).toBe('disputed');
    // 209 resolves it: the step comes from the latest resumption.
    expect(decide([...events, status(209, '2026-03-16')], '2026-03-16')).toMatchObject({
      type: 'action',
      dueOn: '2026-03-16',
    });
  });

  it('207 on a paid invoice or during an open dispute records the status only', () => {
    const paid = dunningState(
      b2bInvoice,
      [
        { type: 'payment_received', date: '2026-03-04', amount: '1200.00' },
        status(207, '2026-03-05', { reasonCodes: ['A'] }),
      ],
      { asOf: '2026-03-06' },
    );
    expect([paid.status, paid.dispute, paid.einvoice?.lastStatus.code]).toEqual([
      'paid',
      null,
      207,
    ]);
    const twice = dunningState(
      b2bInvoice,
      [
        { type: 'dispute_opened', date: '2026-03-04', reason: 'quality' },
        status(207, '2026-03-05', { reasonCodes: ['A'] }),
        status(209, '2026-03-06'),
      ],
      { asOf: '2026-03-07' },
    );
    // 209 ends only a dispute opened through the platform: the app's own dispute stays open.
    expect(twice.dispute).toMatchObject({ open: true, reason: 'quality' });
  });

  it('208 during a dispute is recorded without starting a pause', () => {
    const s = dunningState(
      b2bInvoice,
      [status(207, '2026-03-05', { reasonCodes: ['A'] }), status(208, '2026-03-06')],
      { asOf: '2026-03-07' },
    );
    expect([s.status, s.pause]).toEqual(['disputed', null]);
    expect(s.einvoice?.suspension).toMatchObject({ since: '2026-03-06', endedOn: null });
  });

  it('a second 211 after the first hold ended starts a new hold', () => {
    const events = [
      ...early,
      status(211, '2026-03-06'),
      sent('phone-call', '2026-03-12'),
      status(211, '2026-03-16'),
    ];
    expect(decide(events, '2026-03-17')).toMatchObject({
      type: 'wait',
      reason: 'payment_in_transit',
      until: '2026-03-20',
    });
    const s = dunningState(b2bInvoice, events, { asOf: '2026-03-17' });
    expect(s.einvoice?.paymentInTransit).toEqual({
      since: '2026-03-16',
      amount: null,
      resumeOn: '2026-03-20',
      endedOn: null,
    });
    expect(s.resumedOn).toBe('2026-03-12');
  });

  it('a 211 during a stronger hold does not replace it', () => {
    const events = [
      ...early,
      status(207, '2026-03-05', { reasonCodes: ['A'] }),
      status(211, '2026-03-06'),
    ];
    expect(decide(events, '2026-03-09')).toMatchObject({ type: 'wait', reason: 'dispute' });
  });

  it('203 keeps the first receipt date; the state is plain JSON', () => {
    const s = dunningState(
      b2bInvoice,
      [
        status(203, '2026-02-03'),
        status(203, '2026-02-05'),
        status(206, '2026-03-05', { amounts: { approved: 1000 } }),
      ],
      { asOf: '2026-03-06' },
    );
    expect(s.einvoice).toMatchObject({
      receivedOn: '2026-02-03',
      lastStatus: { code: 206, name: 'Approuvée partiellement', date: '2026-03-05' },
      partialApproval: { approved: '1000.00', disputed: null, held: '200.00', endedOn: null },
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('a disputed amount above the balance holds the whole balance', () => {
    const d = decide(
      [...early, status(206, '2026-03-05', { amounts: { disputed: '5000.00' } })],
      '2026-03-09',
    );
    expect(d).toMatchObject({ type: 'wait', reason: 'dispute', until: null });
  });

  it('a credit note dated before the partial approval does not end it', () => {
    const events = [
      ...early,
      status(206, '2026-03-05', { amounts: { approved: '800.00' } }),
      { type: 'credit_note_issued', date: '2026-03-02', amount: '100.00' },
    ] as DunningEventInput[];
    const s = dunningState(b2bInvoice, events, { asOf: '2026-03-09' });
    expect(s.einvoice?.partialApproval?.endedOn).toBeNull();
  });

  it('a partial approval that leaves less than the policy minimum sends nothing', () => {
    const d = decide(
      [...early, status(206, '2026-03-05', { amounts: { approved: '5.00' } })],
      '2026-03-09',
    );
    expect(d).toMatchObject({ type: 'none', reason: 'below_minimum' });
    expect(d.explanation).toContain('5,00');
  });
});

describe('issue 14: the e-invoicing texts of the dunning state follow the locale (French by default)', () => {
  const refused = [
    ...early,
    status(210, '2026-03-05', { reasonCodes: ['TX_TVA_ERR'], requestedAction: 'NIN' }),
  ];
  const disputed = [...early, status(207, '2026-03-05', { reasonCodes: ['MONTANTTOTAL_ERR'] })];
  const unknown = [...early, status(206, '2026-03-05')];

  it('keeps the stop explanation and task in French by default', () => {
    const stop = dunningState(b2bInvoice, refused, { asOf: '2026-03-10' }).einvoice?.stop;
    expect(stop?.explanation).toMatch(/^Statut 210 « Refusée »/);
    expect(stop?.creditorTask.task).toBe('émettre une facture rectificative');
    expect(stop?.explanation).not.toMatch(/ the | invoice /);
  });

  it('keeps them in English with locale en', () => {
    const stop = dunningState(b2bInvoice, refused, { asOf: '2026-03-10', locale: 'en' }).einvoice
      ?.stop;
    expect(stop?.explanation).toMatch(/^210 Refusée on /);
    expect(stop?.creditorTask.task).not.toBe('émettre une facture rectificative');
  });

  it('writes the dispute reason with a French colon, and an English one in English', () => {
    expect(dunningState(b2bInvoice, disputed, { asOf: '2026-03-10' }).dispute?.reason).toBe(
      '207 En litige : MONTANTTOTAL_ERR',
    );
    expect(
      dunningState(b2bInvoice, disputed, { asOf: '2026-03-10', locale: 'en' }).dispute?.reason,
    ).toBe('207 En litige: MONTANTTOTAL_ERR');
  });

  it('says in French that a 206 gave no amounts', () => {
    expect(dunningState(b2bInvoice, unknown, { asOf: '2026-03-10' }).dispute?.reason).toBe(
      '206 Approuvée partiellement (montants non précisés)',
    );
    expect(
      dunningState(b2bInvoice, unknown, { asOf: '2026-03-10', locale: 'en' }).dispute?.reason,
    ).toBe('206 Approuvée partiellement (amounts unknown)');
  });
});
