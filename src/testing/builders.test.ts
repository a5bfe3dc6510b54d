import { describe, expect, it } from 'vitest';
import { DunningEventSchema, dunningEventTypes, nextDunningStep } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { parseInvoice } from '../invoice/internal.js';
import { anAccount } from './accounts.js';
import {
  aFormalNoticeSent,
  anEinvoiceStatus,
  aPayment,
  aPromiseToPay,
  eventBuilders,
} from './events.js';
import { aConsumerInvoice, anInvoice, aPublicBuyerInvoice, testingDefaults } from './invoices.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isImpayesError(e) ? e.code : 'not an ImpayesError';
  }
  return undefined;
}

describe('anInvoice', () => {
  it('is a valid B2B invoice of 1 000 € HT + 20 % VAT, 30 days net', () => {
    const invoice = anInvoice();
    expect(invoice).toEqual({
      number: 'F-2026-0001',
      issueDate: '2026-01-05',
      terms: { type: 'net', days: 30 },
      seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
      buyer: { kind: 'professional', name: 'Client SA' },
      totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
    });
    expect(parseInvoice(invoice).number).toBe('F-2026-0001');
    const decision = nextDunningStep(invoice, [], { today: '2026-02-05' });
    expect(decision.invoice.dueDate).toBe(testingDefaults.dueDate);
  });
  it('numbers invoices from seq and the issue year, without module state', () => {
    expect(anInvoice({ seq: 12 }).number).toBe('F-2026-0012');
    expect(anInvoice({ seq: 3, issueDate: '2025-06-30' }).number).toBe('F-2025-0003');
    expect(anInvoice().number).toBe('F-2026-0001');
    expect(anInvoice({ number: 'X-1' }).number).toBe('X-1');
    expect(codeOf(() => anInvoice({ seq: 0 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => anInvoice({ seq: 1.5 }))).toBe('INVALID_INPUT');
  });
  it('computes totals from exclVat and vatRatePercent, rounding the VAT to the cent', () => {
    expect(anInvoice({ exclVat: '99.99', vatRatePercent: '5.5' }).totals).toEqual({
      exclVat: '99.99',
      vat: '5.50',
      inclVat: '105.49',
    });
    expect(anInvoice({ termDays: 45 }).terms).toEqual({ type: 'net', days: 45 });
  });
  it('merges buyer and seller, and undefined removes a default', () => {
    const invoice = anInvoice({
      buyer: { name: 'Acme SAS', siren: '732829320' },
      seller: undefined,
      terms: undefined,
    });
    expect(invoice.buyer).toEqual({ kind: 'professional', name: 'Acme SAS', siren: '732829320' });
    expect('seller' in invoice).toBe(false);
    expect('terms' in invoice).toBe(false);
    expect(anInvoice({ seller: { name: 'Moi SAS' } }).seller).toEqual({
      kind: 'professional',
      name: 'Moi SAS',
    });
  });
  it('takes lines or totals instead of the shortcuts, never both', () => {
    const lines = [
      { description: 'Audit', quantity: 2, unitPriceExclVat: '450.00', vatRatePercent: 20 },
    ];
    const invoice = anInvoice({ lines });
    expect(invoice.lines).toEqual(lines);
    expect(invoice.lines).not.toBe(lines);
    expect('totals' in invoice).toBe(false);
    expect(codeOf(() => anInvoice({ lines, exclVat: '10.00' }))).toBe('INVALID_INPUT');
  });
  it('throws INVALID_INPUT for overrides that make the invoice invalid', () => {
    expect(codeOf(() => anInvoice({ issueDate: '2026-02-30' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => anInvoice({ dueDate: '2025-01-01' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => anInvoice({ exclVat: 'abc' }))).toBe('INVALID_INPUT');
  });
  it('does not share objects with the caller', () => {
    const payments = [{ date: '2026-02-10', amount: '100.00' }];
    const invoice = anInvoice({ payments });
    expect(invoice.payments).toEqual(payments);
    expect(invoice.payments![0]).not.toBe(payments[0]);
  });
  it('testingDefaults is frozen and agrees with the builders', () => {
    expect(Object.isFrozen(testingDefaults)).toBe(true);
    const invoice = anInvoice();
    expect(invoice.totals?.inclVat).toBe(testingDefaults.inclVat);
    expect(invoice.issueDate).toBe(testingDefaults.issueDate);
  });
});

describe('aConsumerInvoice and aPublicBuyerInvoice', () => {
  it('change only the buyer', () => {
    expect(aConsumerInvoice().buyer).toEqual({ kind: 'consumer', name: 'Marie Martin' });
    expect(aPublicBuyerInvoice().buyer).toEqual({
      kind: 'public',
      name: 'Commune de Saint-Martin',
    });
    expect(aConsumerInvoice({ seq: 2 }).number).toBe('F-2026-0002');
    expect(
      nextDunningStep(aConsumerInvoice(), [], { today: '2026-02-05' }).invoice.debtorKind,
    ).toBe('consumer');
  });
});

describe('event builders', () => {
  it('every dunning event type has a builder that makes a valid event of that type', () => {
    expect(Object.keys(eventBuilders).sort()).toEqual([...dunningEventTypes].sort());
    for (const type of dunningEventTypes) {
      const event = eventBuilders[type]();
      expect(event.type).toBe(type);
      expect(event.date).toBe(testingDefaults.eventDate);
      expect(DunningEventSchema.safeParse(event).success).toBe(true);
    }
  });
  it('takes overrides, and dated defaults follow the date', () => {
    expect(aPayment({ date: '2026-03-10', amount: '200.00' })).toEqual({
      type: 'payment_received',
      date: '2026-03-10',
      amount: '200.00',
    });
    expect(aPromiseToPay({ date: '2026-03-02' }).promisedDate).toBe('2026-03-16');
    expect(aFormalNoticeSent({ deadlineDays: 8 }).deadlineDays).toBe(8);
    expect(anEinvoiceStatus({ code: '207' }).code).toBe('207');
    expect(aFormalNoticeSent({ channel: undefined })).not.toHaveProperty('channel');
  });
  it('throws INVALID_INPUT for an invalid event', () => {
    expect(codeOf(() => aPayment({ amount: '-5.00' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => aPromiseToPay({ promisedDate: '2026-01-01' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => anEinvoiceStatus({ code: 999 as never }))).toBe('INVALID_INPUT');
  });
  it('eventBuilders is frozen', () => {
    expect(Object.isFrozen(eventBuilders)).toBe(true);
  });
});

describe('anAccount', () => {
  it('is a business customer with one default invoice and an empty log', () => {
    expect(anAccount()).toEqual({
      debtor: { id: 'C-0001', name: 'Client SA', kind: 'professional' },
      invoices: [{ invoice: anInvoice(), events: [] }],
    });
  });
  it('builds the default invoice of the debtor kind, numbered by seq', () => {
    const account = anAccount({ seq: 7, debtor: { kind: 'consumer' } });
    expect(account.debtor).toEqual({ id: 'C-0007', name: 'Marie Martin', kind: 'consumer' });
    expect(account.invoices[0]!.invoice).toEqual(aConsumerInvoice({ seq: 7 }));
    const pub = anAccount({ debtor: { kind: 'public', name: 'Région' } });
    expect(pub.invoices[0]!.invoice.buyer).toEqual({ kind: 'public', name: 'Région' });
    const np = anAccount({ debtor: { kind: 'non_professional', name: 'Syndic' } });
    expect(np.invoices[0]!.invoice.buyer).toEqual({ kind: 'non_professional', name: 'Syndic' });
  });
  it('takes invoices alone or with their logs, copied', () => {
    const events = [aPayment({ amount: '100.00' })];
    const account = anAccount({
      debtor: { id: 'cus_42' },
      invoices: [anInvoice(), { invoice: anInvoice({ seq: 2 }), events }],
    });
    expect(account.invoices.map((i) => [i.invoice.number, i.events.length])).toEqual([
      ['F-2026-0001', 0],
      ['F-2026-0002', 1],
    ]);
    expect(account.invoices[1]!.events[0]).not.toBe(events[0]);
    expect(account.debtor.id).toBe('cus_42');
  });
  it('rejects an invoice whose buyer is not of the debtor kind', () => {
    expect(codeOf(() => anAccount({ debtor: { kind: 'consumer' }, invoices: [anInvoice()] }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => anAccount({ debtor: { kind: 'robot' as never } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => anAccount({ seq: -1 }))).toBe('INVALID_INPUT');
  });
});

describe('bad overrides found by the fuzz suite (issue 18, testing entry under test/fuzz)', () => {
  it('issue 18: null, arrays and boxed values as overrides are INVALID_INPUT, not a TypeError', () => {
    for (const bad of [null, 0, [], new Map(), 'x']) {
      expect(codeOf(() => anInvoice(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => aPayment(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => anAccount(bad as never))).toBe('INVALID_INPUT');
    }
  });

  it('issue 18: a getter that throws while the overrides are read is INVALID_INPUT', () => {
    const trap = Object.defineProperty({}, 'date', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(codeOf(() => aPayment(trap))).toBe('INVALID_INPUT');
    expect(codeOf(() => anInvoice(trap as never))).toBe('INVALID_INPUT');
  });

  it('issue 18: an unknown field of an event is refused (a typo does not vanish)', () => {
    expect(codeOf(() => aPayment({ amout: '10.00' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => aPayment({ length: Number.NaN } as never))).toBe('INVALID_INPUT');
  });

  it('issue 18: -0 never reaches a result', () => {
    const days = (invoice: { terms?: unknown }) => (invoice.terms as { days: number }).days;
    expect(Object.is(days(anInvoice({ termDays: -0 })), 0)).toBe(true);
    expect(Object.is(days(aConsumerInvoice({ termDays: -0 })), 0)).toBe(true);
  });

  it('issue 18: anAccount checks its invoices and logs', () => {
    expect(codeOf(() => anAccount({ invoices: [{ events: [] } as never] }))).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        anAccount({ invoices: [{ invoice: anInvoice(), events: [{ type: 'x' }] } as never] }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('issue 18 (D-sizes): more than 100 000 invoices is OUT_OF_RANGE', () => {
    const tooMany = Array.from({ length: 100_001 }, () => 0) as never[];
    expect(codeOf(() => anAccount({ invoices: tooMany }))).toBe('OUT_OF_RANGE');
  });
});

describe('issue 18: anAccount takes the debtor fields of CustomerAccountInput', () => {
  it('keeps the contact fields and refuses a field collections does not know', () => {
    const account = anAccount({
      debtor: { id: 'cus_42', email: 'compta@client.fr', siren: '732829320' },
    });
    expect(account.debtor).toEqual({
      id: 'cus_42',
      name: 'Client SA',
      kind: 'professional',
      email: 'compta@client.fr',
      siren: '732829320',
    });
    expect(() => anAccount({ debtor: { fax: '01' } as never })).toThrow(/debtor/);
  });
});
