import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { recoveryOptions } from '../dunning/recovery-options.js';
import {
  advancePaymentInterest,
  canRequestPayment,
  checkInvoiceMentions,
  checkPaymentTerms,
  computeDueDate,
  computeLatePenalties,
  contractualRateFloor,
  forclusionReliefDeadline,
  injonctionEnforceableFrom,
  injonctionServiceDeadline,
  insolvencyClaimDeadline,
  judgmentUpliftStart,
  latePenaltyRate,
  limitationDeadline,
  oppositionDeadline,
  recoveryIndemnity,
} from '../index.js';
import { dec } from '../internal/decimal.js';
import { moneyText } from '../text/internal.js';
import { LAW_PARAMETER_IDS } from './data.js';
import { lawParameterOn } from './law-parameters.js';

// Issue 13 item 1: every legal parameter is read by an engine. Each block shows the engine's output
// changing at the parameter's `from` date, or, for a parameter with a single value, using it.

const tested = new Set<string>();
const param = (id: (typeof LAW_PARAMETER_IDS)[number], body: () => void) =>
  describe(id, () => {
    tested.add(id);
    it('drives an engine output', body);
  });

const options = (
  today: string,
  debtorKind: 'professional' | 'public' | 'consumer',
  claim = '3000',
) =>
  new Map(
    recoveryOptions('en', {
      debtorKind,
      today: today as PlainDate,
      principal: dec(claim),
      interest: dec('0'),
      total: dec(claim),
      disputed: false,
      mediationTried: false,
      creditorIsTrader: false,
      approvedOn: null,
      recoveryCostEstimate: dec('100'),
    }).map((o) => [o.route, o]),
  );

describe('issue 13 item 1: engines read the law parameters', () => {
  // --- penalties ---
  param('b2b-penalty-margin-points', () => {
    // ECB 2.15 % on 2026-01-01 + 10 points.
    expect(latePenaltyRate('2026-03-01', { debtor: 'professional', locale: 'en' })).toMatchObject({
      ratePercent: '12.15',
      explanation: 'ECB rate on 2026-01-01 2.15 % + 10 points = 12.15 %',
    });
  });
  param('public-interest-margin-points', () => {
    expect(latePenaltyRate('2026-03-01', { debtor: 'public' }).ratePercent).toBe('10.15');
  });
  param('contract-rate-floor-multiple', () => {
    // 3 × the legal rate "other cases" of 2026 H1 (2.62 %).
    expect(contractualRateFloor('2026-02-01')).toMatchObject({
      ratePercent: '7.86',
      multiple: '3',
    });
  });
  param('judgment-uplift-points', () => {
    const r = latePenaltyRate('2025-03-10', {
      debtor: 'consumer',
      judgmentUplift: true,
      locale: 'en',
    });
    expect(r).toMatchObject({ ratePercent: '8.71', rule: 'legal-rate-judgment-uplift' });
    expect(r.explanation).toContain('+ 5 points after the judgment');
  });
  param('judgment-uplift-delay-months', () => {
    expect(judgmentUpliftStart('2024-01-15')).toMatchObject({
      period: { months: 2 },
      upliftFrom: '2024-03-16',
    });
  });
  param('recovery-indemnity-eur', () => {
    const at = (dueDate: string) =>
      recoveryIndemnity({ debtor: 'professional', dueDate, asOf: '2013-06-01' });
    expect(at('2012-12-31')).toMatchObject({ amount: '0.00', reason: 'not-in-force' });
    expect(at('2013-01-01')).toMatchObject({ amount: '40.00', owed: true });
    // The invoice mention text states the amount of the data, with cents (issue 13, 14).
    const value = lawParameterOn('recovery-indemnity-eur', '2026-04-01').value;
    const mention = checkInvoiceMentions(
      {
        number: 'F-1',
        issueDate: '2026-04-01',
        dueDate: '2026-05-01',
        buyer: { kind: 'professional', name: 'Client SA' },
        totals: { exclVat: '100.00', vat: '20.00', inclVat: '120.00' },
      },
      { asOf: '2026-04-01' },
    ).applicable.find((a) => a.code === 'RECOVERY_INDEMNITY');
    expect(mention?.reason).toContain(`de ${value},00\u00a0€ est exigible`);
  });
  param('public-recovery-indemnity-eur', () => {
    const at = (dueDate: string) =>
      recoveryIndemnity({ debtor: 'public', dueDate, asOf: '2013-06-01' });
    expect(at('2013-04-30')).toMatchObject({ amount: '0.00', reason: 'not-in-force' });
    expect(at('2013-05-01')).toMatchObject({ amount: '40.00', owed: true });
    expect(
      computeLatePenalties({
        debtor: 'public',
        amount: '100.00',
        dueDate: '2025-01-10',
        asOf: '2025-02-10',
      }).indemnity,
    ).toBe('40.00');
  });

  // --- limitation ---
  param('consumer-limitation-years', () => {
    expect(
      limitationDeadline({
        debtor: 'consumer',
        dueDate: '2024-03-10',
        completionDate: '2024-03-01',
      }).deadline,
    ).toBe('2026-03-01');
  });
  param('b2b-limitation-years', () => {
    expect(limitationDeadline({ debtor: 'professional', dueDate: '2009-05-28' }).deadline).toBe(
      '2014-05-28',
    );
  });
  param('civil-limitation-years', () => {
    expect(limitationDeadline({ debtor: 'non_professional', dueDate: '2020-02-29' }).deadline).toBe(
      '2025-02-28',
    );
  });
  param('public-limitation-years', () => {
    expect(limitationDeadline({ debtor: 'public', dueDate: '2021-06-30' }).deadline).toBe(
      '2025-12-31',
    );
  });
  param('limitation-long-stop-years', () => {
    expect(
      limitationDeadline({ debtor: 'professional', dueDate: '2009-05-28' }).longStop,
    ).toMatchObject({
      date: '2029-05-28',
    });
  });
  param('enforcement-title-years', () => {
    const r = limitationDeadline({
      debtor: 'consumer',
      dueDate: '2020-01-10',
      completionDate: '2020-01-10',
      events: [
        { type: 'legal_action_filed', date: '2021-01-10' },
        { type: 'proceedings_ended', date: '2021-06-10', outcome: 'judgment' },
        { type: 'judgment_served', date: '2021-07-01' },
      ],
    });
    expect(r.title).toMatchObject({ years: 10, deadline: '2031-07-01' });
    expect(r.deadline).toBe('2031-07-01');
  });
  param('suspension-minimum-months', () => {
    // 10 days left when mediation starts; after it ends, at least 6 months.
    const r = limitationDeadline({
      debtor: 'consumer',
      dueDate: '2024-01-10',
      completionDate: '2024-01-10',
      events: [
        { type: 'mediation_started', date: '2025-12-31' },
        { type: 'mediation_ended', date: '2026-02-01' },
      ],
    });
    expect(r.deadline).toBe('2026-08-01');
  });
  param('injonction-service-months', () => {
    expect(injonctionServiceDeadline('2026-08-31').period).toEqual({ months: 6 });
    expect(injonctionServiceDeadline('2026-09-01').period).toEqual({ months: 3 });
  });
  param('injonction-opposition-months', () => {
    expect(oppositionDeadline('2026-01-31')).toMatchObject({
      period: { months: 1 },
      deadline: '2026-03-02',
    });
  });
  param('injonction-enforcement-after-service-months', () => {
    // Same service day: an order of 2026-08-31 follows the opposition month, one of 2026-09-01
    // waits 2 months for an opposition notice.
    const served = '2026-10-01';
    expect(injonctionEnforceableFrom(served, { orderDate: '2026-08-31' })).toMatchObject({
      rule: 'opposition-period',
      enforceableFrom: '2026-11-03', // 1 November (holiday) and 2 November moved: CPC 642
    });
    expect(injonctionEnforceableFrom(served, { orderDate: '2026-09-01' })).toMatchObject({
      rule: 'no-opposition-notice',
      enforceableFrom: '2026-12-02',
    });
  });
  param('insolvency-claim-months', () => {
    expect(insolvencyClaimDeadline('2026-03-10').period).toEqual({ months: 2 });
  });
  param('insolvency-claim-abroad-extra-months', () => {
    expect(insolvencyClaimDeadline('2026-03-10', { creditorAbroad: true })).toMatchObject({
      period: { months: 4 },
      deadline: '2026-07-10',
    });
  });
  param('forclusion-relief-months', () => {
    expect(forclusionReliefDeadline('2026-03-10').deadline).toBe('2026-09-10');
  });

  // --- recovery routes (dunning) ---
  param('small-claims-ceiling-eur', () => {
    const reason = (today: string, claim: string) =>
      options(today, 'professional', claim).get('small_claims')!;
    expect(reason('2016-05-31', '1000')).toMatchObject({ eligible: false });
    expect(reason('2016-05-31', '1000').reasons[0]).toBe(
      'The procedure did not exist before 1 June 2016.',
    );
    expect(reason('2016-06-01', '4500').eligible).toBe(false);
    expect(reason('2019-12-31', '4500').reasons[0]).toContain('exceed the €4,000.00 ceiling');
    expect(reason('2020-01-01', '4500')).toMatchObject({ eligible: true });
    expect(reason('2020-01-01', '4500').reasons[0]).toContain('within the €5,000.00 ceiling');
  });
  param('small-claims-answer-months', () => {
    expect(options('2026-03-01', 'professional').get('small_claims')!.reasons[1]).toContain(
      "Needs the debtor's agreement within 1 month",
    );
  });
  param('prior-settlement-ceiling-eur', () => {
    // A 3 000 € claim before the tribunal judiciaire: prior attempt required while CPC 750-1 is in force.
    const blocked = (today: string) =>
      !options(today, 'professional').get('ordinary_action')!.eligible;
    expect(blocked('2019-12-31')).toBe(false);
    expect(blocked('2020-01-01')).toBe(true);
    expect(blocked('2022-09-21')).toBe(true);
    expect(blocked('2022-09-22')).toBe(false); // annulled by the Conseil d'État
    expect(blocked('2023-09-30')).toBe(false);
    expect(blocked('2023-10-01')).toBe(true);
    expect(options('2023-10-01', 'professional').get('mediation')!.reasons[0]).toContain(
      '≤ €5,000.00',
    );
  });
  param('lawyer-required-above-eur', () => {
    const reasons = (today: string) =>
      options(today, 'professional').get('ordinary_action')!.reasons;
    expect(reasons('2019-12-31')).not.toContain('A lawyer is required above €10,000.00.');
    expect(reasons('2020-01-01')).toContain('A lawyer is required above €10,000.00.');
  });

  // --- payment terms ---
  param('b2b-default-term-days', () => {
    expect(
      computeDueDate({ issueDate: '2026-01-10', terms: { type: 'statutory-default' } }).dueDate,
    ).toBe('2026-02-09');
  });
  param('b2b-agreed-term-days', () => {
    const r = checkPaymentTerms({
      debtor: 'professional',
      issueDate: '2026-04-06',
      terms: { type: 'net', days: 61 },
    });
    expect(r.findings.map((f) => f.code)).toContain('TERM_EXCEEDS_60_DAYS');
    expect(r.latestLawfulDueDate).toBe('2026-06-05');
  });
  param('b2b-eom-term-days', () => {
    const r = checkPaymentTerms(
      {
        debtor: 'professional',
        issueDate: '2026-03-10',
        terms: { type: 'end-of-month', days: 50, method: 'days-then-eom' },
      },
      { locale: 'en' },
    );
    expect(r.findings.map((f) => f.code)).toContain('TERM_EXCEEDS_45_DAYS_EOM');
    expect(r.findings[0]!.message).toContain('may not exceed 45 days end of month');
  });
  param('b2b-periodic-term-days', () => {
    const r = checkPaymentTerms({
      debtor: 'professional',
      issueDate: '2026-03-10',
      terms: { type: 'net', days: 50 },
      periodicInvoice: true,
    });
    expect(r.caps[0]).toMatchObject({ id: 'B2B_PERIODIC_45_DAYS', latestDueDate: '2026-04-24' });
  });
  const sector = (s: 'transport' | 'perishable-food' | 'live-cattle' | 'excise-alcohol') =>
    checkPaymentTerms({
      debtor: 'professional',
      issueDate: '2026-03-10',
      deliveryDate: '2026-03-10',
      terms: { type: 'net', days: 10 },
      sector: s,
    }).caps.find((c) => c.id.startsWith('SECTOR_'))!.latestDueDate;
  param('transport-term-days', () => expect(sector('transport')).toBe('2026-04-09'));
  param('perishable-food-term-days', () => expect(sector('perishable-food')).toBe('2026-04-09'));
  param('live-cattle-term-days', () => expect(sector('live-cattle')).toBe('2026-03-30'));
  param('excise-alcohol-term-days', () => expect(sector('excise-alcohol')).toBe('2026-04-30'));
  const publicCap = (
    publicBuyerType: 'state-or-local' | 'public-hospital' | 'public-undertaking',
  ) =>
    checkPaymentTerms({
      debtor: 'public',
      issueDate: '2026-03-10',
      receiptDate: '2026-03-10',
      publicBuyerType,
    }).caps[0]!;
  param('public-term-days-state', () =>
    expect(publicCap('state-or-local')).toMatchObject({
      id: 'PUBLIC_30_DAYS',
      latestDueDate: '2026-04-09',
    }),
  );
  param('public-term-days-hospital', () =>
    expect(publicCap('public-hospital')).toMatchObject({ id: 'PUBLIC_50_DAYS' }),
  );
  param('public-term-days-undertaking', () =>
    expect(publicCap('public-undertaking')).toMatchObject({ id: 'PUBLIC_60_DAYS' }),
  );
  const fines = () =>
    checkPaymentTerms(
      {
        debtor: 'professional',
        issueDate: '2026-04-06',
        terms: { type: 'net', days: 120 },
      },
      { locale: 'en' },
    ).findings[0]!;
  // The fines as the data gives them on the check's day, written with the catalogue's money helper:
  // the params carry the data value and the text follows it (src/terms/fines-from-law.test.ts
  // renders the same finding with other values in the data).
  const fromData = (id: Parameters<typeof lawParameterOn>[0]) =>
    lawParameterOn(id, '2026-04-06').value;
  param('payment-terms-fine-natural-person-eur', () => {
    const value = fromData('payment-terms-fine-natural-person-eur');
    expect(fines().params).toMatchObject({ fineNaturalPerson: `${value}.00` });
    expect(fines().message).toContain(`${moneyText(`${value}.00`, 'en')} (natural person)`);
    expect(fines().message).toContain('€75,000.00 (natural person)');
  });
  param('payment-terms-fine-legal-person-eur', () => {
    const value = fromData('payment-terms-fine-legal-person-eur');
    expect(fines().params).toMatchObject({ fineLegalPerson: `${value}.00` });
    expect(fines().message).toContain(`${moneyText(`${value}.00`, 'en')} (legal person)`);
    expect(fines().message).toContain('€2,000,000.00 (legal person)');
  });
  param('payment-terms-fine-repeat-years', () => {
    const value = Number(fromData('payment-terms-fine-repeat-years'));
    expect(fines().params).toMatchObject({ fineRepeatYears: value });
    expect(fines().message).toContain(`doubled if repeated within ${value} years`);
    expect(value).toBe(2);
  });

  param('capitalisation-min-years', () => {
    // Interest from 2023-07-01, capitalisation asked from 2024-03-01: the first capitalisation waits
    // for the anniversary at which interest is a whole year (the data value) old, then yearly.
    expect(lawParameterOn('capitalisation-min-years', '2023-07-01').value).toBe('1');
    const r = computeLatePenalties({
      debtor: 'professional',
      amount: '10000.00',
      dueDate: '2023-06-30',
      asOf: '2026-06-30',
      capitalisation: { from: '2024-03-01', source: 'judgment' },
    });
    expect(r.capitalisations.map((c) => c.date)).toEqual(['2025-03-01', '2026-03-01']);
  });

  // --- invoice mentions (e-invoicing) ---
  const invoice = {
    number: 'F-1',
    issueDate: '2026-08-01',
    dueDate: '2026-08-31',
    buyer: { kind: 'professional', name: 'Client SA' },
    totals: { exclVat: '100.00', vat: '20.00', inclVat: '120.00' },
  } as const;
  param('einvoicing-issue-large-mid', () => {
    const subject = (asOf: string) =>
      checkInvoiceMentions(invoice, { asOf, issuerSize: 'eti' }).eInvoicing;
    expect(subject('2026-08-31')).toMatchObject({ subject: false, from: '2026-09-01' });
    expect(subject('2026-09-01')).toMatchObject({ subject: true, from: '2026-09-01' });
  });
  param('einvoicing-issue-sme', () => {
    const subject = (asOf: string) =>
      checkInvoiceMentions(invoice, { asOf, issuerSize: 'sme' }).eInvoicing;
    expect(subject('2027-08-31')).toMatchObject({ subject: false, from: '2027-09-01' });
    expect(subject('2027-09-01')).toMatchObject({ subject: true });
    expect(checkInvoiceMentions(invoice, { asOf: '2026-10-01' }).eInvoicing.subject).toBe(
      'unknown',
    );
  });
  param('einvoicing-receive-all', () => {
    // Read by the e-invoicing module; the value is its start date.
    expect(lawParameterOn('einvoicing-receive-all', '2026-09-01').value).toBe('2026-09-01');
    expect(() => lawParameterOn('einvoicing-receive-all', '2026-08-31')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });

  // --- deposits ---
  param('off-premises-no-payment-days', () => {
    expect(
      canRequestPayment({
        debtor: 'consumer',
        offPremises: true,
        signedOn: '2026-03-02',
        today: '2026-03-05',
      }),
    ).toMatchObject({ allowed: false, banEndsOn: '2026-03-09', firstAllowedDay: '2026-03-10' });
  });
  param('advance-payment-interest-months', () => {
    expect(
      advancePaymentInterest({ amount: '1000.00', paidOn: '2025-01-15', asOf: '2025-06-30' })
        .segments[0],
    ).toMatchObject({ from: '2025-04-16' });
  });

  it('covers every parameter of the data', () => {
    expect([...tested].sort()).toEqual([...LAW_PARAMETER_IDS]);
  });
});

describe('issue 13 item 2: dunning escalation texts give the injonction service period of the day', () => {
  const serve = (today: string) =>
    options(today, 'professional').get('injonction_de_payer')!.reasons.join(' ');

  it('says 6 months before 2026-09-01 and announces the 3 months of décret 2026-96', () => {
    expect(serve('2026-05-10')).toContain(
      'Serve the order within 6 months of its date (CPC 1411; 3 months for an order made from 1 September 2026, décret 2026-96) or it lapses',
    );
  });

  it('says 3 months for an order made from 2026-09-01', () => {
    const text = serve('2026-10-01');
    expect(text).toContain('Serve the order within 3 months of its date (CPC 1411) or it lapses');
    expect(text).not.toContain('6 months');
  });
});
