import { describe, expect, it } from 'vitest';
import { checkPaymentTerms, type PaymentTermsCheckInput } from './index.js';

const codes = (input: PaymentTermsCheckInput) =>
  checkPaymentTerms(input).findings.map((f) => [f.code, f.severity]);

describe('checkPaymentTerms', () => {
  describe('professional debtor, agreed terms (C. com. L441-10 I)', () => {
    it('accepts net 60 and reports the 60-day cap', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-04-06',
        terms: { type: 'net', days: 60 },
      });
      expect(r).toMatchObject({
        compliant: true,
        dueDate: '2025-06-05',
        dueDateRule: 'net-60',
        latestLawfulDueDate: '2025-06-05',
        findings: [],
      });
      expect(r.caps).toEqual([
        expect.objectContaining({ id: 'B2B_AGREED_60_DAYS', latestDueDate: '2025-06-05' }),
      ]);
    });

    it('flags net 75 as an error citing L441-16 fines', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-04-06',
        terms: { type: 'net', days: 75 },
      });
      expect(r.compliant).toBe(false);
      expect(r.findings).toEqual([
        expect.objectContaining({
          code: 'TERM_EXCEEDS_60_DAYS',
          severity: 'error',
          latestLawfulDueDate: '2025-06-05',
          message: expect.stringContaining('2\u202f000\u202f000,00\u00a0€ (personne morale)'),
          params: expect.objectContaining({
            fineNaturalPerson: '75000.00',
            fineLegalPerson: '2000000.00',
            fineRepeatYears: 2,
          }),
        }),
      ]);
    });

    it('flags a fixed date beyond 60 days even if within 45 days EOM', () => {
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-04-06',
          terms: { type: 'fixed', date: '2025-06-10' },
        }),
      ).toEqual([['TERM_EXCEEDS_60_DAYS', 'error']]);
    });

    it('only warns for a bare due date within 45 days EOM, errors beyond', () => {
      expect(
        codes({ debtor: 'professional', issueDate: '2025-04-06', dueDate: '2025-06-14' }),
      ).toEqual([['TERM_EXCEEDS_60_DAYS', 'warning']]);
      expect(
        codes({ debtor: 'professional', issueDate: '2025-04-06', dueDate: '2025-06-15' }),
      ).toEqual([['TERM_EXCEEDS_60_DAYS', 'error']]);
    });

    it('accepts 45 days EOM with either method; the cap follows the stipulated method', () => {
      for (const [method, due] of [
        ['days-then-eom', '2025-04-30'],
        ['eom-then-days', '2025-05-15'],
      ] as const) {
        const r = checkPaymentTerms({
          debtor: 'professional',
          issueDate: '2025-03-10',
          terms: { type: 'end-of-month', days: 45, method },
        });
        expect(r).toMatchObject({ compliant: true, dueDate: due, findings: [] });
        expect(r.caps[0]).toMatchObject({ id: 'B2B_AGREED_45_DAYS_EOM' });
      }
    });

    it('rejects an EOM clause over 45 days, and 60 days EOM or more', () => {
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-01-31',
          terms: { type: 'end-of-month', days: 50, method: 'eom-then-days' },
        }),
      ).toEqual([['TERM_EXCEEDS_45_DAYS_EOM', 'error']]);
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-01-31',
          terms: { type: 'end-of-month', days: 60, method: 'eom-then-days' },
        }),
      ).toEqual([['EOM_60_NOT_ALLOWED', 'error']]);
    });

    it('checks a given due date against the EOM cap and says it differs from the terms', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-03-10',
        terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
        dueDate: '2025-05-20',
      });
      expect(r.dueDateRule).toBe('given');
      expect(r.findings.map((f) => f.code)).toEqual([
        'DUE_DATE_DIFFERS_FROM_TERMS',
        'TERM_EXCEEDS_45_DAYS_EOM',
      ]);
    });

    it('caps a periodic invoice at 45 days', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-03-31',
        terms: { type: 'net', days: 60 },
        periodicInvoice: true,
      });
      expect(r).toMatchObject({ compliant: false, latestLawfulDueDate: '2025-05-15' });
      expect(r.findings.map((f) => f.code)).toEqual(['PERIODIC_INVOICE_EXCEEDS_45_DAYS']);
      expect(
        checkPaymentTerms({
          debtor: 'professional',
          issueDate: '2025-03-31',
          terms: { type: 'net', days: 45 },
          periodicInvoice: true,
        }).compliant,
      ).toBe(true);
    });

    it('passes on the fixed-date warning of computeDueDate', () => {
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-04-06',
          terms: { type: 'fixed', date: '2025-04-01' },
        }),
      ).toEqual([['FIXED_DATE_BEFORE_ISSUE_DATE', 'warning']]);
    });
  });

  describe('professional debtor, no agreed term (C. com. L441-10 I al. 1)', () => {
    it('sets the due date 30 days after delivery', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-02-10',
        deliveryDate: '2025-02-01',
      });
      expect(r).toMatchObject({
        compliant: true,
        dueDate: '2025-03-03',
        dueDateRule: 'statutory-cap',
        latestLawfulDueDate: '2025-03-03',
      });
      expect(r.findings.map((f) => f.code)).toEqual(['STATUTORY_TERM_APPLIES']);
    });

    it('assumes delivery on the invoice date, with a warning', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-02-10',
        terms: { type: 'statutory-default' },
      });
      expect(r.dueDate).toBe('2025-03-12');
      expect(r.findings.map((f) => f.code)).toEqual([
        'DELIVERY_DATE_ASSUMED',
        'STATUTORY_TERM_APPLIES',
      ]);
    });

    it('flags a due date beyond the 30-day default', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-02-10',
        deliveryDate: '2025-02-01',
        terms: { type: 'statutory-default' },
        dueDate: '2025-03-10',
      });
      expect(r).toMatchObject({ compliant: false, dueDate: '2025-03-10', dueDateRule: 'given' });
      expect(r.findings.map((f) => f.code)).toEqual([
        'DUE_DATE_DIFFERS_FROM_TERMS',
        'TERM_EXCEEDS_DEFAULT_30_DAYS',
      ]);
      expect(
        checkPaymentTerms({
          debtor: 'professional',
          issueDate: '2025-02-10',
          deliveryDate: '2025-02-01',
          terms: { type: 'statutory-default' },
          dueDate: '2025-03-03',
        }).compliant,
      ).toBe(true);
    });

    it('applies the stricter sector cap and checks a given date against it', () => {
      const r = checkPaymentTerms({
        debtor: 'professional',
        issueDate: '2025-02-10',
        deliveryDate: '2025-02-01',
        sector: 'live-cattle',
      });
      expect(r).toMatchObject({ dueDate: '2025-02-21', latestLawfulDueDate: '2025-02-21' });
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-02-10',
          deliveryDate: '2025-02-01',
          sector: 'live-cattle',
          terms: { type: 'statutory-default' },
          dueDate: '2025-03-01',
        }),
      ).toEqual([
        ['DUE_DATE_DIFFERS_FROM_TERMS', 'warning'],
        ['SECTOR_CAP_EXCEEDED', 'error'],
      ]);
    });
  });

  describe('sector caps (C. com. L441-11 II)', () => {
    const base = {
      debtor: 'professional',
      issueDate: '2025-03-12',
      deliveryDate: '2025-03-05',
      terms: { type: 'net', days: 55 },
    } as const;
    it.each([
      ['transport', false, '2025-04-11', 'SECTOR_TRANSPORT_30_DAYS'],
      ['perishable-food', false, '2025-04-04', 'SECTOR_PERISHABLE_FOOD_30_DAYS'],
      ['perishable-food', true, '2025-04-09', 'SECTOR_PERISHABLE_FOOD_30_DAYS'],
      ['live-cattle', false, '2025-03-25', 'SECTOR_LIVE_CATTLE_20_DAYS'],
      ['excise-alcohol', false, '2025-04-30', 'SECTOR_EXCISE_ALCOHOL_30_DAYS_EOM'],
    ] as const)('%s (periodic %s): latest %s', (sector, periodic, latest, id) => {
      const r = checkPaymentTerms({ ...base, sector, periodicInvoice: periodic });
      expect(r.caps.map((c) => c.id)).toContain(id);
      expect(r.latestLawfulDueDate).toBe(latest);
      // Net 55 is within the general 60-day cap; a periodic invoice also breaches its 45 days.
      expect(r.findings.map((f) => f.code)).toEqual(
        periodic
          ? ['PERIODIC_INVOICE_EXCEEDS_45_DAYS', 'SECTOR_CAP_EXCEEDED']
          : ['SECTOR_CAP_EXCEEDED'],
      );
      expect(r.findings.find((f) => f.code === 'SECTOR_CAP_EXCEEDED')).toMatchObject({
        latestLawfulDueDate: latest,
        article: expect.stringContaining('L441-11 II'),
      });
    });

    it('counts perishable periodic invoices from the end of the ten-day period', () => {
      const latest = (deliveryDate: string) =>
        checkPaymentTerms({
          debtor: 'professional',
          issueDate: '2025-03-31',
          deliveryDate,
          terms: { type: 'on-receipt' },
          sector: 'perishable-food',
          periodicInvoice: true,
        }).caps.find((c) => c.id === 'SECTOR_PERISHABLE_FOOD_30_DAYS')?.latestDueDate;
      expect(latest('2025-03-10')).toBe('2025-04-09');
      expect(latest('2025-03-11')).toBe('2025-04-19');
      expect(latest('2025-03-21')).toBe('2025-04-30');
    });

    it('warns when a delivery-based sector cap has no delivery date', () => {
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-03-12',
          terms: { type: 'on-receipt' },
          sector: 'live-cattle',
        }),
      ).toEqual([['DELIVERY_DATE_ASSUMED', 'warning']]);
      expect(
        codes({
          debtor: 'professional',
          issueDate: '2025-03-12',
          terms: { type: 'on-receipt' },
          sector: 'transport',
        }),
      ).toEqual([]);
    });
  });

  describe('public buyers (CCP R2192-10 to R2192-12)', () => {
    it.each([
      ['state-or-local', '2025-04-05'],
      ['public-hospital', '2025-04-25'],
      ['public-undertaking', '2025-05-05'],
    ] as const)('%s: term from receipt of the payment request → %s', (type, latest) => {
      const r = checkPaymentTerms({
        debtor: 'public',
        publicBuyerType: type,
        issueDate: '2025-03-01',
        receiptDate: '2025-03-06',
      });
      expect(r).toMatchObject({
        compliant: true,
        dueDate: latest,
        dueDateRule: 'statutory-cap',
        latestLawfulDueDate: latest,
      });
      expect(r.findings.map((f) => f.code)).toEqual(['STATUTORY_TERM_APPLIES']);
    });

    it('assumes State / local authority and receipt on the invoice date, with warnings', () => {
      const r = checkPaymentTerms({
        debtor: 'public',
        issueDate: '2025-03-01',
        dueDate: '2025-04-15',
      });
      expect(r).toMatchObject({ compliant: false, latestLawfulDueDate: '2025-03-31' });
      expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
        ['PUBLIC_BUYER_TYPE_ASSUMED', 'warning'],
        ['RECEIPT_DATE_ASSUMED', 'warning'],
        ['PUBLIC_TERM_EXCEEDED', 'error'],
      ]);
    });

    it('checks a given due date when no term was agreed', () => {
      const r = checkPaymentTerms({
        debtor: 'public',
        publicBuyerType: 'state-or-local',
        issueDate: '2025-03-01',
        receiptDate: '2025-03-01',
        terms: { type: 'statutory-default' },
        dueDate: '2025-03-20',
      });
      expect(r).toMatchObject({ compliant: true, dueDate: '2025-03-20', dueDateRule: 'given' });
    });

    it('accepts agreed terms within the public term', () => {
      const r = checkPaymentTerms({
        debtor: 'public',
        publicBuyerType: 'public-undertaking',
        issueDate: '2025-03-01',
        receiptDate: '2025-03-03',
        terms: { type: 'net', days: 45 },
      });
      expect(r).toMatchObject({ compliant: true, dueDate: '2025-04-15', dueDateRule: 'net-45' });
    });
  });

  describe('consumers and non-professionals', () => {
    it('says there is no statutory cap and keeps the agreed date', () => {
      const r = checkPaymentTerms({
        debtor: 'non_professional',
        issueDate: '2025-03-01',
        terms: { type: 'net', days: 120 },
      });
      expect(r).toMatchObject({ compliant: true, dueDate: '2025-06-29', caps: [] });
      expect(r).not.toHaveProperty('latestLawfulDueDate');
      expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
        ['NO_STATUTORY_CAP_B2C', 'info'],
      ]);
    });

    it('without agreed term: due on the invoice date, or delivery when later', () => {
      expect(checkPaymentTerms({ debtor: 'consumer', issueDate: '2025-03-01' })).toMatchObject({
        dueDate: '2025-03-01',
        dueDateRule: 'b2c-no-agreed-term',
      });
      expect(
        checkPaymentTerms({
          debtor: 'consumer',
          issueDate: '2025-03-01',
          deliveryDate: '2025-03-08',
          terms: { type: 'statutory-default' },
        }).dueDate,
      ).toBe('2025-03-08');
      expect(
        checkPaymentTerms({
          debtor: 'consumer',
          issueDate: '2025-03-01',
          deliveryDate: '2025-02-20',
        }).dueDate,
      ).toBe('2025-03-01');
      expect(
        checkPaymentTerms({
          debtor: 'consumer',
          issueDate: '2025-03-01',
          terms: { type: 'statutory-default' },
          dueDate: '2025-03-20',
        }),
      ).toMatchObject({ dueDate: '2025-03-20', dueDateRule: 'given' });
    });
  });

  describe('bad input', () => {
    const cases: ReadonlyArray<[string, unknown, ReadonlyArray<string | number>]> = [
      ['unknown debtor kind', { debtor: 'company', issueDate: '2025-03-01' }, ['debtor']],
      ['impossible date', { debtor: 'consumer', issueDate: '2025-04-31' }, ['issueDate']],
      [
        'negative days',
        { debtor: 'consumer', issueDate: '2025-04-01', terms: { type: 'net', days: -1 } },
        ['terms', 'days'],
      ],
      [
        'unknown sector',
        { debtor: 'professional', issueDate: '2025-04-01', sector: 'x' },
        ['sector'],
      ],
      [
        'unknown public buyer type',
        { debtor: 'public', issueDate: '2025-04-01', publicBuyerType: 'army' },
        ['publicBuyerType'],
      ],
      [
        'receipt before the invoice date',
        { debtor: 'public', issueDate: '2025-04-01', receiptDate: '2025-03-31' },
        ['receiptDate'],
      ],
    ];
    it.each(cases)('%s → INVALID_INPUT', (_name, input, path) => {
      let caught: unknown;
      try {
        checkPaymentTerms(input as PaymentTermsCheckInput);
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path }] });
    });
  });
});

describe('issue 12 item 5: end-of-month caps never shift the year', () => {
  it('computes the caps past 2199 exactly and rejects years before 1900', () => {
    const r = checkPaymentTerms({
      debtor: 'professional',
      issueDate: '2199-12-20',
      terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
    });
    expect(r.dueDate).toBe('2200-02-14');
    expect(() =>
      checkPaymentTerms({
        debtor: 'professional',
        issueDate: '0050-12-20',
        terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
      }),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });
});
