import { describe, expect, it } from 'vitest';
import { checkInvoiceMentions, type InvoiceLike } from './index.js';
import { totalsInvoice } from './invoice.fixtures.js';

const complete = {
  ...totalsInvoice,
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  buyer: { kind: 'professional', name: 'Client SA', siren: '732829320' },
  seller: { kind: 'professional', name: 'Vendeur SAS', vatOnDebits: true },
  mentions: {
    discountTerms: 'Pas d’escompte pour paiement anticipé',
    penaltyRateText: 'Taux BCE + 10 points',
    recoveryIndemnityShown: true,
    operationNature: 'both',
    deliveryAddress: '1 rue du Dépôt, 69000 Lyon',
    vatOnDebitsOption: true,
  },
} as const satisfies InvoiceLike;

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((m) => m.code);

describe('checkInvoiceMentions', () => {
  it('issue 14: labels each mention in French by default and in English with locale en', () => {
    const fr = checkInvoiceMentions(complete, { asOf: '2026-10-01', issuerSize: 'large' });
    const indemnity = fr.applicable.find((a) => a.code === 'RECOVERY_INDEMNITY')!;
    expect(indemnity.label).toEqual({
      fr: 'Indemnité forfaitaire pour frais de recouvrement (40,00\u00a0€)',
      en: 'Fixed recovery indemnity (€40.00)',
    });
    expect(indemnity.labelMessage).toEqual({
      code: 'LABEL_MENTION',
      params: { mention: 'RECOVERY_INDEMNITY', indemnity: '40.00' },
      message: indemnity.label.fr,
    });
    expect(fr.applicable.map((a) => a.labelMessage.message)).toContain(
      "Date d'échéance du paiement",
    );
    const en = checkInvoiceMentions(complete, {
      asOf: '2026-10-01',
      issuerSize: 'large',
      locale: 'en',
    });
    expect(en.applicable.map((a) => a.labelMessage.message)).toEqual(
      en.applicable.map((a) => a.label.en),
    );
    expect(
      en.applicable.every(
        (a) =>
          a.labelMessage.params.indemnity === (a.code === 'RECOVERY_INDEMNITY' ? '40.00' : null),
      ),
    ).toBe(true);
  });

  it('finds nothing missing on a complete B2B invoice after the reform (L441-9; CGI 242 nonies A)', () => {
    const r = checkInvoiceMentions(complete, { asOf: '2026-10-01', issuerSize: 'large' });
    expect(r.missing).toEqual([]);
    expect(r.conditional).toEqual([]);
    expect(r.applicable.map((a) => [a.code, a.status])).toEqual([
      ['DUE_DATE', 'present'],
      ['DISCOUNT_TERMS', 'present'],
      ['LATE_PENALTY_RATE', 'present'],
      ['RECOVERY_INDEMNITY', 'present'],
      ['BUYER_SIREN', 'present'],
      ['OPERATION_NATURE', 'present'],
      ['DELIVERY_ADDRESS', 'present'],
      ['VAT_ON_DEBITS_OPTION', 'present'],
    ]);
    expect(r.eInvoicing).toEqual({ subject: true, decidedOn: '2026-10-01', from: '2026-09-01' });
    expect(r.warnings).toEqual([]);
  });

  it('issue 14: reasons, missing mentions and warnings in English on request', () => {
    const en = checkInvoiceMentions(totalsInvoice, { asOf: '2026-10-01', locale: 'en' });
    expect(en.missing[0]?.message).toBe(
      'The invoice does not show the date by which payment must be made.',
    );
    expect(en.warnings[0]).toMatchObject({
      code: 'ISSUER_SIZE_UNKNOWN',
      params: { decidedOn: '2026-10-01', smeStart: '2027-09-01' },
      severity: 'warning',
    });
    expect(en.applicable[0]?.reasonMessage).toMatchObject({
      code: 'MENTION_REQUIRED',
      params: { buyer: 'professional', fromDueDate: true },
    });
    const fr = checkInvoiceMentions(totalsInvoice, { asOf: '2026-10-01' });
    expect(fr.warnings[0]?.message).toMatch(/^Au 1er octobre 2026, les grandes entreprises/);
    expect(fr.applicable[0]?.reason).toBe(
      'Obligatoire pour un acheteur professionnel ; considérée comme portée quand la facture a une échéance (dueDate).',
    );
  });

  it('lists the four L441-9 mentions missing on a bare B2B invoice, with articles', () => {
    const r = checkInvoiceMentions(totalsInvoice, { asOf: '2025-06-01' });
    expect(r.missing).toEqual([
      {
        code: 'DUE_DATE',
        message: "La facture ne porte pas la date d'échéance du paiement.",
        params: { mention: 'DUE_DATE' },
        article: 'C. com. L441-9',
      },
      {
        code: 'DISCOUNT_TERMS',
        message: expect.any(String),
        params: { mention: 'DISCOUNT_TERMS' },
        article: 'C. com. L441-9',
      },
      {
        code: 'LATE_PENALTY_RATE',
        message: expect.any(String),
        params: { mention: 'LATE_PENALTY_RATE' },
        article: 'C. com. L441-9',
      },
      {
        code: 'RECOVERY_INDEMNITY',
        message: expect.stringContaining(
          'indemnité forfaitaire pour frais de recouvrement (mention et montant)',
        ),
        params: { mention: 'RECOVERY_INDEMNITY' },
        article: 'C. com. L441-9, D441-5',
      },
    ]);
    expect(r.eInvoicing).toEqual({ subject: false, decidedOn: '2025-06-01' });
    expect(codes(r.notApplicable)).toEqual([
      'BUYER_SIREN',
      'DELIVERY_ADDRESS',
      'OPERATION_NATURE',
      'VAT_ON_DEBITS_OPTION',
    ]);
  });

  it('takes the due date as shown when the invoice has one, unless told otherwise', () => {
    const withDue = { ...totalsInvoice, dueDate: '2025-04-09' };
    expect(codes(checkInvoiceMentions(withDue, { asOf: '2025-06-01' }).missing)).not.toContain(
      'DUE_DATE',
    );
    expect(
      codes(
        checkInvoiceMentions(
          { ...withDue, mentions: { dueDateShown: false } },
          { asOf: '2025-06-01' },
        ).missing,
      ),
    ).toContain('DUE_DATE');
    expect(
      codes(
        checkInvoiceMentions(
          { ...totalsInvoice, mentions: { dueDateShown: true } },
          { asOf: '2025-06-01' },
        ).missing,
      ),
    ).not.toContain('DUE_DATE');
  });

  it('treats blank wording as missing', () => {
    const r = checkInvoiceMentions(
      { ...totalsInvoice, mentions: { discountTerms: '  ', penaltyRateText: '' } },
      { asOf: '2025-06-01' },
    );
    expect(codes(r.missing)).toEqual([
      'DUE_DATE',
      'DISCOUNT_TERMS',
      'LATE_PENALTY_RATE',
      'RECOVERY_INDEMNITY',
    ]);
  });

  it('requires L441-9 mentions for a public buyer, citing D2192-35 for the 40 €', () => {
    const r = checkInvoiceMentions(
      { ...complete, buyer: { kind: 'public', name: 'Commune' } },
      { asOf: '2027-10-01' },
    );
    expect(r.applicable.find((a) => a.code === 'RECOVERY_INDEMNITY')?.article).toContain(
      'D2192-35',
    );
    expect(r.missing).toEqual([]);
    expect(r.notApplicable.map((n) => n.code)).toEqual([
      'BUYER_SIREN',
      'DELIVERY_ADDRESS',
      'OPERATION_NATURE',
      'VAT_ON_DEBITS_OPTION',
    ]);
  });

  it.each(['consumer', 'non_professional'] as const)(
    'requires no L441-9 mention for a %s buyer',
    (kind) => {
      const r = checkInvoiceMentions(
        { ...totalsInvoice, buyer: { kind, name: 'X' } },
        { asOf: '2027-10-01' },
      );
      expect(r.missing).toEqual([]);
      expect(r.applicable).toEqual([]);
      expect(r.notApplicable).toHaveLength(8);
    },
  );

  it.each([
    ['large', '2026-08-31', false],
    ['large', '2026-09-01', true],
    ['eti', '2026-09-01', true],
    ['sme', '2026-09-01', false],
    ['sme', '2027-08-31', false],
    ['micro', '2027-09-01', true],
  ] as const)('applies the reform to a %s issuer on %s: %s', (issuerSize, asOf, subject) => {
    const r = checkInvoiceMentions(
      { ...totalsInvoice, issueDate: '2026-01-01' },
      { asOf, issuerSize, rulesAt: 'as-of' },
    );
    expect(r.eInvoicing.subject).toBe(subject);
    expect(codes(r.missing).includes('BUYER_SIREN')).toBe(subject);
  });

  it('lists reform mentions as conditional and warns when the issuer size is unknown', () => {
    const r = checkInvoiceMentions(
      { ...totalsInvoice, issueDate: '2026-10-01' },
      { asOf: '2026-10-01' },
    );
    expect(r.eInvoicing.subject).toBe('unknown');
    expect(codes(r.conditional)).toEqual([
      'BUYER_SIREN',
      'OPERATION_NATURE',
      'DELIVERY_ADDRESS',
      'VAT_ON_DEBITS_OPTION',
    ]);
    expect(codes(r.missing)).not.toContain('BUYER_SIREN');
    expect(codes(r.warnings)).toEqual(['ISSUER_SIZE_UNKNOWN']);
  });

  it('applies the reform to everyone from 1 Sep 2027 even when the size is unknown', () => {
    const r = checkInvoiceMentions(
      { ...totalsInvoice, issueDate: '2027-09-01' },
      { asOf: '2027-09-01' },
    );
    expect(r.eInvoicing.subject).toBe(true);
    expect(codes(r.missing)).toContain('BUYER_SIREN');
    expect(r.warnings).toEqual([]);
  });

  it('warns when the invoice predates the issuer’s start but asOf does not', () => {
    const r = checkInvoiceMentions(totalsInvoice, { asOf: '2026-10-01', issuerSize: 'eti' });
    expect(codes(r.warnings)).toEqual(['REFORM_NOT_IN_FORCE_AT_ISSUE']);
    expect(codes(r.missing)).toContain('BUYER_SIREN');
  });

  it('uses the issue date with rulesAt: issue-date', () => {
    const r = checkInvoiceMentions(totalsInvoice, {
      asOf: '2026-10-01',
      issuerSize: 'eti',
      rulesAt: 'issue-date',
    });
    expect(r.eInvoicing).toEqual({ subject: false, decidedOn: '2025-03-10', from: '2026-09-01' });
    expect(codes(r.missing)).not.toContain('BUYER_SIREN');
    expect(r.warnings).toEqual([]);
  });

  it('accepts a SIRET as the buyer identifier', () => {
    const r = checkInvoiceMentions(
      { ...complete, buyer: { kind: 'professional', name: 'X', siret: '73282932000074' } },
      { asOf: '2026-10-01', issuerSize: 'large' },
    );
    expect(r.applicable.find((a) => a.code === 'BUYER_SIREN')?.status).toBe('present');
  });

  it('decides the delivery address from the nature of the operation and the delivery place', () => {
    const check = (mentions: InvoiceLike['mentions']) =>
      checkInvoiceMentions(
        { ...complete, mentions: { ...mentions } },
        { asOf: '2026-10-01', issuerSize: 'large' },
      );
    expect(codes(check({ operationNature: 'services' }).notApplicable)).toContain(
      'DELIVERY_ADDRESS',
    );
    expect(
      codes(check({ operationNature: 'goods', deliveredToBillingAddress: true }).notApplicable),
    ).toContain('DELIVERY_ADDRESS');
    expect(
      codes(check({ operationNature: 'goods', deliveredToBillingAddress: false }).missing),
    ).toContain('DELIVERY_ADDRESS');
    const open = check({ operationNature: 'goods' });
    expect(codes(open.conditional)).toEqual(['DELIVERY_ADDRESS']);
    expect(open.conditional[0]?.message).toContain('deliveredToBillingAddress');
  });

  it('decides the VAT-on-debits mention from the seller’s option (CGI art. 269 2 c)', () => {
    const check = (vatOnDebits: boolean | undefined, operationNature: 'goods' | 'services') =>
      checkInvoiceMentions(
        {
          ...complete,
          seller: {
            kind: 'professional',
            name: 'V',
            ...(vatOnDebits === undefined ? {} : { vatOnDebits }),
          },
          mentions: { ...complete.mentions, operationNature, vatOnDebitsOption: false },
        },
        { asOf: '2026-10-01', issuerSize: 'large' },
      );
    expect(codes(check(true, 'services').missing)).toEqual(['VAT_ON_DEBITS_OPTION']);
    expect(codes(check(false, 'services').notApplicable)).toEqual([
      'DELIVERY_ADDRESS',
      'VAT_ON_DEBITS_OPTION',
    ]);
    expect(codes(check(undefined, 'services').conditional)).toEqual(['VAT_ON_DEBITS_OPTION']);
    expect(codes(check(true, 'goods').notApplicable)).toEqual(['VAT_ON_DEBITS_OPTION']);
  });

  it('throws INVALID_INPUT for bad options, with paths', () => {
    expect(() =>
      checkInvoiceMentions(totalsInvoice, { asOf: '2026-13-01', issuerSize: 'huge' as never }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({ path: ['asOf'] }),
          expect.objectContaining({ path: ['issuerSize'] }),
        ],
      }),
    );
  });
});
