// The table of valid sample calls of every exported runtime function (issue 12: fuzz suite). The
// fuzz suite mutates these calls field by field; exports-covered.test.ts fails when an exported
// function has no entry here. Every sample must run without throwing (checked by exports-covered.test.ts).
// Both published entry points are covered: the package root and `impayes-core/testing` (issue 18),
// whose builders and simulateDunning make the same promises to the apps' tests.
import { b2bInvoice, consumerInvoice, ladder, notice } from '../../src/dunning/dunning.fixtures.js';
import * as lib from '../../src/index.js';
import { linesInvoice, totalsInvoice } from '../../src/invoice/invoice.fixtures.js';
import * as testing from '../../src/testing/index.js';

/** The exports of the two entry points the suite covers (their names do not overlap). */
export const fuzzedExports: Readonly<Record<string, unknown>> = { ...lib, ...testing };

/** The part of the library a function belongs to; one fuzz test file per module. */
export type ModuleName =
  | 'dates'
  | 'money'
  | 'errors'
  | 'parties'
  | 'rates'
  | 'terms'
  | 'invoice'
  | 'penalties'
  | 'limitation'
  | 'dunning'
  | 'deposit'
  | 'portfolio'
  | 'text'
  | 'einvoicing'
  | 'law'
  | 'testing'
  | 'collections';

/** Builds the arguments of a call whose array input has `n` items, in reverse date order. */
export type ScaleArgs = (n: number) => unknown[];

export interface Sample {
  readonly module: ModuleName;
  /** Valid argument lists; each must return without throwing. */
  readonly calls: ReadonlyArray<ReadonlyArray<unknown>>;
  /** Called with `new` (the error class). */
  readonly construct?: true;
  /** The array input to grow for the scaling and 10^5-item checks, and its family. */
  readonly scale?: { readonly family: string; readonly args: ScaleArgs };
  /** How to call the function when its result is not plain data (a generator): the checks then
   * apply to what this returns. */
  readonly invoke?: (fn: (...args: unknown[]) => unknown, args: ReadonlyArray<unknown>) => unknown;
}

// --- shared inputs -----------------------------------------------------------------------------

/** `n` dates going back one day at a time from `last`, wrapping after `span` days. */
export function datesBack(last: string, n: number, span = 300): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lib.addDays(last, -(i % span)));
  return out;
}

const invoiceWithPayments = {
  number: 'F-1',
  issueDate: '2025-03-10',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
  payments: [
    { date: '2025-04-01', amount: '500.00' },
    { date: '2025-06-01', amount: '700.00' },
  ],
  creditNotes: [{ date: '2025-04-05', amount: 120, reference: 'AV-12' }],
};

const invoiceWithTerms = {
  number: 'F-2',
  issueDate: '2025-01-31',
  buyer: { kind: 'professional', name: 'Client SA', siren: '732829320' },
  terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
  totals: { exclVat: 100, vat: 20, inclVat: 120 },
};

const mentionsInvoice = {
  number: 'F-1',
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: 100, vat: 20, inclVat: 120 },
  mentions: { penaltyRateText: 'BCE + 10 points', recoveryIndemnityShown: true },
};

/** An invoice of `n` lines (the line and payment arrays grow together). */
function bigInvoice(n: number): Record<string, unknown> {
  const lines = [];
  for (let i = 0; i < n; i++)
    lines.push({ description: `L${i}`, quantity: 1, unitPriceExclVat: '1.00', vatRatePercent: 20 });
  const payments = datesBack('2025-12-31', n).map((date) => ({ date, amount: '0.01' }));
  return {
    number: 'F-BIG',
    issueDate: '2025-01-02',
    buyer: { kind: 'professional', name: 'Client SA' },
    lines,
    payments,
  };
}

const ledgerSample = [
  {
    id: 'F1',
    debtorId: 'ACME',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    amount: 1000,
    payments: [{ date: '2026-03-02', amount: 1000 }],
  },
  {
    id: 'F2',
    debtorId: 'ACME',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
    amount: '1200.00',
    creditNotes: [{ date: '2026-02-10', amount: '100.00' }],
    events: [{ type: 'promise_to_pay', date: '2026-03-01', promisedDate: '2026-03-15' }],
  },
  {
    id: 'F3',
    debtorId: 'BETA',
    issueDate: '2026-02-10',
    dueDate: '2026-03-12',
    amount: '300.00',
    payments: [{ date: '2026-03-01', amount: '100.00' }],
    disputed: true,
  },
];

/** A ledger of `n` invoices for 10 debtors, issued in reverse date order. */
function bigLedger(n: number): unknown[] {
  return datesBack('2026-03-01', n).map((issueDate, i) => ({
    id: `F${i}`,
    debtorId: `D${i % 10}`,
    issueDate,
    dueDate: lib.addDays(issueDate, 30),
    amount: '100.00',
    payments: [{ date: lib.addDays(issueDate, 40), amount: '50.00' }],
  }));
}

const claimItems = [
  { reference: 'F-1', amount: '1200.00', dueDate: '2025-03-31' },
  {
    reference: 'F-2',
    amount: '800.00',
    dueDate: '2025-04-30',
    payments: [{ date: '2025-05-10', amount: '800.00' }],
  },
];

const order = {
  lines: [
    { description: 'Works', quantity: 1, unitPriceExclVat: '8000', vatRatePercent: 20 },
    { description: 'Insulation', quantity: 1, unitPriceExclVat: '2000', vatRatePercent: '5.5' },
  ],
};

function bigOrder(n: number): lib.DepositOrderInput {
  const lines = [];
  for (let i = 0; i < n; i++)
    lines.push({
      description: `L${i}`,
      quantity: 1,
      unitPriceExclVat: '10',
      vatRatePercent: i % 2 === 0 ? 20 : '5.5',
    });
  return { lines };
}

const limitationEvents = [
  { type: 'payment_received', date: '2011-03-10' },
  { type: 'formal_notice_sent', date: '2012-01-05' },
  { type: 'mediation_started', date: '2012-06-01', kind: 'mediation' },
  { type: 'mediation_ended', date: '2012-09-01' },
  { type: 'legal_action_filed', date: '2013-01-10', kind: 'writ' },
  { type: 'proceedings_ended', date: '2013-06-10', outcome: 'dismissed' },
];

const rangeLimitationKinds = [
  'debtor_acknowledged',
  'payment_received',
  'formal_notice_sent',
  'enforcement_measure',
] as const;

function bigLimitationEvents(n: number): unknown[] {
  return datesBack('2012-12-31', n, 1000).map((date, i) => ({
    type: rangeLimitationKinds[i % rangeLimitationKinds.length],
    date,
  }));
}

const dunningEvents = [
  ...ladder,
  notice,
  { type: 'payment_received', date: '2026-04-05', amount: '200.00', reference: 'VIR-1' },
  { type: 'promise_to_pay', date: '2026-04-06', promisedDate: '2026-04-20', amount: '500.00' },
  { type: 'dispute_opened', date: '2026-04-07', reason: 'Missing item' },
  { type: 'dispute_resolved', date: '2026-04-08', outcome: 'settled', amount: '50.00' },
];

const planEvents = [
  {
    type: 'payment_plan_agreed',
    date: '2026-03-10',
    installments: [
      { dueDate: '2026-04-10', amount: '600.00' },
      { dueDate: '2026-05-10', amount: '600.00' },
    ],
  },
  { type: 'paused', date: '2026-03-11', until: '2026-03-20', reason: 'Holiday' },
  { type: 'resumed', date: '2026-03-15' },
  { type: 'credit_note_issued', date: '2026-03-16', amount: '10.00' },
  { type: 'debtor_acknowledged', date: '2026-03-17' },
];

const insolvencyEvents = [
  ...ladder,
  {
    type: 'insolvency_opened',
    date: '2026-04-01',
    proceeding: 'redressement',
    publishedOn: '2026-04-10',
  },
  { type: 'claim_declared', date: '2026-04-20', amount: '1200.00' },
];

const legalEvents = [
  ...ladder,
  notice,
  { type: 'legal_action_filed', date: '2026-05-01', route: 'injonction_de_payer' },
  { type: 'injonction_order_served', date: '2026-06-01', orderDate: '2026-05-20' },
  { type: 'judgment_served', date: '2026-07-01' },
  { type: 'written_off', date: '2026-08-01', reason: 'Uncollectable' },
];

/** `n` small payments in reverse date order (the quadratic trap of issue 12 item 7). */
function bigDunningEvents(n: number): unknown[] {
  return datesBack('2026-09-30', n, 200).map((date) => ({
    type: 'payment_received',
    date,
    amount: '0.01',
  }));
}

const actionDecision = lib.nextDunningStep(b2bInvoice, [], { today: '2026-03-04' });
const noticeDecision = lib.nextDunningStep(b2bInvoice, ladder, { today: '2026-04-02' });
const paidState = lib.dunningState(
  b2bInvoice,
  [{ type: 'payment_received', date: '2026-03-01', amount: '1200.00' }],
  { asOf: '2026-03-02' },
);
const ladderState = lib.dunningState(b2bInvoice, ladder, { asOf: '2026-03-30' });
const rateOverrides = { legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] } };
const customRates = lib.createRateTable(rateOverrides);
const reminder = {
  type: 'reminder_sent',
  date: '2026-03-31',
  stepId: 'friendly-email',
  channel: 'email',
};

const penaltyRequest = {
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2025-06-15',
  payments: [{ date: '2025-08-15', amount: '4000.00' }],
  asOf: '2025-09-15',
};

function bigPenaltyRequest(n: number): Record<string, unknown> {
  const payments = datesBack('2025-12-30', n, 180).map((date) => ({ date, amount: '0.01' }));
  return { ...penaltyRequest, payments, asOf: '2025-12-31' };
}

function bigClaimItems(n: number): unknown[] {
  return datesBack('2025-05-31', n).map((dueDate, i) => ({
    reference: `F-${i}`,
    amount: '100.00',
    dueDate,
  }));
}

function bigDebts(n: number): unknown[] {
  return datesBack('2025-12-31', n).map((dueDate, i) => ({
    id: `F-${i}`,
    dueDate,
    outstanding: '1.00',
  }));
}

function bigDeposits(n: number): [unknown, unknown] {
  const big = bigOrder(n);
  return [big, [lib.depositInvoice(bigOrder(10), 30)]];
}

// --- the table ---------------------------------------------------------------------------------

const D = '2026-07-14';

/** The event builders of `impayes-core/testing` by export name: each with and without overrides. */
const eventBuilderSamples: Record<string, Sample> = Object.fromEntries(
  Object.entries(testing)
    .filter(([, v]) => Object.values(testing.eventBuilders).includes(v as never))
    .map(([name]) => [
      name,
      { module: 'testing', calls: [[], [{ date: '2026-03-02' }], [undefined]] } satisfies Sample,
    ]),
);

/** Short simulations (10 to 20 days): the fuzz suite runs each call thousands of times. */
const simulatedAccount = testing.anAccount({
  debtor: { id: 'cus_42' },
  invoices: [
    testing.anInvoice({ seq: 1 }),
    { invoice: testing.anInvoice({ seq: 2 }), events: [testing.aReminderSent()] },
  ],
});

// --- collections (issue 15) -----------------------------------------------------------------------

function collectionsInvoice(number: string, issueDate: string, dueDate: string, inclVat: string) {
  return {
    number,
    issueDate,
    dueDate,
    buyer: { kind: 'professional', name: 'Client SA' },
    totals: { exclVat: inclVat, vat: '0.00', inclVat },
  };
}

const customerAccount = {
  debtor: { id: 'C-1', name: 'Client SA', kind: 'professional' },
  invoices: [
    { invoice: collectionsInvoice('F-1', '2026-01-05', '2026-02-04', '1200.00') },
    {
      invoice: collectionsInvoice('F-2', '2026-02-01', '2026-03-03', '300.00'),
      events: [
        { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
        { type: 'payment_received', date: '2026-03-10', amount: '100.00' },
      ],
    },
    {
      invoice: collectionsInvoice('F-3', '2026-01-10', '2026-02-09', '500.00'),
      events: [{ type: 'dispute_opened', date: '2026-02-20', reason: 'Prix' }],
    },
    {
      invoice: collectionsInvoice('F-4', '2026-01-02', '2026-01-20', '400.00'),
      events: [{ type: 'payment_received', date: '2026-02-25', amount: '400.00' }],
    },
  ],
};

const consumerAccount = {
  debtor: { id: 'C-2', name: 'Marie Martin', kind: 'consumer' },
  invoices: [
    {
      invoice: {
        ...collectionsInvoice('F-9', '2026-01-05', '2026-02-04', '90.00'),
        buyer: { kind: 'consumer', name: 'Marie Martin' },
      },
    },
  ],
};

/** An account of `n` invoices of one customer, due on dates going back from 2026-03-01. */
function bigAccount(n: number): unknown {
  return {
    debtor: { id: 'C-BIG', name: 'Client SA', kind: 'professional' },
    invoices: datesBack('2026-03-01', n).map((dueDate, i) => ({
      invoice: collectionsInvoice(`F-${i}`, lib.addDays(dueDate, -30), dueDate, '100.00'),
    })),
  };
}

const customerDecision = lib.nextCustomerDunningStep(customerAccount as lib.CustomerAccountInput, {
  today: '2026-03-20',
});
const customerContext = { creditor: { name: 'Atelier Dupont SARL', email: 'compta@dupont.fr' } };

/**
 * planDunningRun yields its results: collect them; an error result becomes its code and path
 * (plain data), after the error contract is checked as for a thrown error.
 */
function collectRun(fn: (...args: unknown[]) => unknown, args: ReadonlyArray<unknown>): unknown {
  const out: unknown[] = [];
  for (const r of fn(...args) as Iterable<{ ok: boolean; error?: lib.ImpayesError }>) {
    if (r.ok) {
      out.push(r);
      continue;
    }
    const e = r.error!;
    if (!lib.isImpayesError(e) || e.message.length > 500 || /\[object|Invalid Date/.test(e.message))
      throw new Error(`planDunningRun yielded a bad error: ${String(e).slice(0, 200)}`);
    out.push({ ...r, error: { code: e.code, path: e.path } });
  }
  return out;
}

export const samples = {
  // dates
  addDays: {
    module: 'dates',
    calls: [
      ['2024-02-28', 2],
      [D, -400],
    ],
  },
  addMonths: {
    module: 'dates',
    calls: [
      ['2024-01-31', 1],
      [D, -13],
    ],
  },
  addYears: {
    module: 'dates',
    calls: [
      ['2024-02-29', 1],
      ['2009-05-28', 5],
    ],
  },
  compareDates: {
    module: 'dates',
    calls: [
      ['2026-03-01', '2025-12-31'],
      [D, D],
    ],
  },
  daysBetween: { module: 'dates', calls: [['2018-04-15', '2018-05-15']] },
  endOfMonth: { module: 'dates', calls: [['2024-02-10'], ['2025-12-01']] },
  frenchPublicHolidays: { module: 'dates', calls: [[2025], [2026, 'alsace-moselle']] },
  halfYearOf: { module: 'dates', calls: [['2024-08-10'], ['2025-01-01']] },
  isoWeekday: { module: 'dates', calls: [[D]] },
  isWorkingDay: { module: 'dates', calls: [[D], ['2025-04-18', 'alsace-moselle']] },
  limitationEnd: {
    module: 'dates',
    calls: [
      ['2009-05-28', { years: 5 }],
      ['2021-03-07', { months: 6 }],
      ['2021-03-07', { days: 10 }],
    ],
  },
  nextWorkingDay: { module: 'dates', calls: [['2026-07-10'], ['2026-07-10', 'alsace-moselle']] },
  plainDate: { module: 'dates', calls: [['2026-01-31']] },
  procedureDeadline: {
    module: 'dates',
    calls: [
      ['2026-01-14', { months: 6 }],
      ['2026-01-14', { days: 15 }, 'alsace-moselle'],
    ],
  },
  rollToWorkingDay: { module: 'dates', calls: [['2026-07-14'], ['2026-07-15', 'alsace-moselle']] },

  // errors
  ImpayesError: {
    module: 'errors',
    construct: true,
    calls: [
      [{ code: 'INVALID_INPUT', message: 'bad', path: ['a', 0] }],
      [{ code: 'OUT_OF_RANGE', issues: [{ path: ['x'], message: 'too big' }], details: { n: 1 } }],
    ],
  },
  isImpayesError: { module: 'errors', calls: [[new Error('x')], [{ code: 'INVALID_INPUT' }]] },

  // money
  formatEuros: { module: 'money', calls: [['1234.56'], [-40]] },
  formatFrenchDate: { module: 'text', calls: [['2026-04-02'], ['2026-05-01']] },
  formatLongDate: { module: 'text', calls: [['2026-04-02', 'en'], ['2026-05-01']] },
  formatCount: {
    module: 'text',
    calls: [
      [17, { one: 'jour', other: 'jours' }],
      [1, { one: 'day', other: 'days' }, 'en'],
    ],
  },
  formatList: { module: 'text', calls: [[['A', 'B', 'C']], [['A', 'B'], 'en']] },
  gsm7Length: { module: 'text', calls: [['Facture F-1 : 120,00 €'], ['Payé ✓']] },
  einvoiceStatusEffect: {
    module: 'einvoicing',
    calls: [
      [{ type: 'einvoice_status', date: '2026-10-01', code: 210, requestedAction: 'NIN' }],
      [
        { type: 'einvoice_status', date: '2026-10-01', code: 211 },
        { paymentInTransitWorkingDays: 2 },
      ],
      [
        {
          type: 'einvoice_status',
          date: '2026-10-01',
          code: 206,
          amounts: { approved: '800.00', disputed: '400.00' },
        },
      ],
    ],
  },
  einvoiceStatusInfo: { module: 'einvoicing', calls: [[207], ['212']] },
  einvoicingObligations: {
    module: 'einvoicing',
    calls: [
      [{ issuerSize: 'sme', date: '2027-09-01' }],
      [{ issuerSize: 'large', date: '2026-08-31' }],
    ],
  },
  isEinvoiceStatusCode: { module: 'einvoicing', calls: [[205], [215]] },
  parseAmount: { module: 'money', calls: [['1234.5'], [99], ['1 234,56', { format: 'fr' }]] },
  parseFrenchAmount: {
    module: 'money',
    calls: [['1 234,56 €'], ['12,5']],
    scale: {
      family: 'amount text',
      args: (n) => [`1${' '.repeat(n)}2`],
    },
  },
  roundToCents: { module: 'money', calls: [['184.9315'], ['0.125']] },

  // parties
  frenchVatNumber: { module: 'parties', calls: [['732829320'], ['404 833 048']] },
  isValidFrenchVatNumber: { module: 'parties', calls: [['FR44732829320'], ['FR 44 732 829 320']] },
  isValidSiren: { module: 'parties', calls: [['732829320'], ['732829321']] },
  isValidSiret: { module: 'parties', calls: [['73282932000074'], ['356 000 000 00048']] },

  // law
  lawParameterOn: {
    module: 'law',
    calls: [
      ['injonction-service-months', '2026-09-01'],
      ['recovery-indemnity-eur', '2025-01-01'],
    ],
  },

  // rates
  createRateTable: { module: 'rates', calls: [[], [rateOverrides], [rateOverrides, customRates]] },
  ecbRateForHalfYear: { module: 'rates', calls: [['2024-08-10'], ['2024-08-10', {}]] },
  ecbRateOn: { module: 'rates', calls: [['2024-08-10'], ['2024-09-18', { rates: customRates }]] },
  isRateTable: { module: 'rates', calls: [[lib.defaultRateTable], [{}]] },
  legalInterestRate: {
    module: 'rates',
    calls: [
      ['2024-03-01', 'other'],
      ['2026-08-01', 'other', { rates: customRates }],
      ['2024-03-01', 'consumer-creditor', { rates: rateOverrides }],
    ],
  },

  // terms
  checkPaymentTerms: {
    module: 'terms',
    calls: [
      [{ debtor: 'professional', issueDate: '2025-04-06', terms: { type: 'net', days: 75 } }],
      [
        {
          debtor: 'professional',
          issueDate: '2025-01-31',
          terms: { type: 'end-of-month', days: 45, method: 'eom-then-days' },
        },
      ],
    ],
  },
  computeDueDate: {
    module: 'terms',
    calls: [
      [
        {
          issueDate: '2025-03-10',
          terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
        },
      ],
      [{ issueDate: '2025-04-06', terms: { type: 'net', days: 60 } }],
    ],
  },

  // invoice
  allocatePayment: {
    module: 'invoice',
    calls: [
      [
        { date: '2025-06-01', amount: '1000.00' },
        [
          { id: 'F-3', dueDate: '2025-07-15', outstanding: '500.00' },
          { id: 'F-2', dueDate: '2025-05-31', outstanding: '300.00' },
          { id: 'F-1', dueDate: '2025-04-30', outstanding: '400.00' },
        ],
      ],
    ],
    scale: {
      family: 'allocation debts',
      args: (n) => [{ date: '2026-01-01', amount: '10.00' }, bigDebts(n)],
    },
  },
  checkInvoiceMentions: {
    module: 'invoice',
    calls: [
      [mentionsInvoice, { asOf: '2026-10-01', issuerSize: 'eti' }],
      [linesInvoice, { asOf: '2026-10-01', issuerSize: 'sme' }],
    ],
  },
  invoiceDueDate: { module: 'invoice', calls: [[invoiceWithTerms], [totalsInvoice]] },
  invoiceTotals: {
    module: 'invoice',
    calls: [[linesInvoice], [totalsInvoice]],
    scale: { family: 'invoice lines', args: (n) => [bigInvoice(n)] },
  },
  outstandingAmount: {
    module: 'invoice',
    calls: [
      [invoiceWithPayments, '2025-05-01'],
      [linesInvoice, '2025-03-10'],
      [invoiceWithPayments, { asOf: '2025-05-01' }],
    ],
    scale: { family: 'invoice lines', args: (n) => [bigInvoice(n), '2026-01-31'] },
  },
  parseInvoice: {
    module: 'invoice',
    calls: [[linesInvoice], [invoiceWithPayments]],
    scale: { family: 'invoice lines', args: (n) => [bigInvoice(n)] },
  },
  safeParseInvoice: { module: 'invoice', calls: [[totalsInvoice], [{ number: 'F-1' }]] },

  // penalties
  computeClaimStatement: {
    module: 'penalties',
    calls: [
      [claimItems, { asOf: '2025-06-30', debtor: 'professional' }],
      [claimItems, { asOf: '2025-06-30', debtor: 'consumer' }],
      [claimItems, { asOf: '2025-06-30', debtor: 'professional', locale: 'en' }],
    ],
    scale: {
      family: 'claim items',
      args: (n) => [bigClaimItems(n), { asOf: '2025-06-30', debtor: 'professional' }],
    },
  },
  computeLatePenalties: {
    module: 'penalties',
    calls: [
      [penaltyRequest],
      [{ ...penaltyRequest, debtor: 'public', clause: { type: 'fixed', ratePercent: '8' } }],
      [
        {
          ...penaltyRequest,
          formalNoticeDate: '2025-07-01',
          clause: { type: 'ecb-plus', points: 7 },
        },
        { rateMode: 'fixed-at-start', dayCount: 'ACT/ACT', allocation: 'interest-first' },
      ],
      [{ invoice: invoiceWithTerms, asOf: '2025-12-31' }],
      [penaltyRequest, { locale: 'en' }],
    ],
    scale: { family: 'penalty payments', args: (n) => [bigPenaltyRequest(n)] },
  },
  contractualRateFloor: { module: 'penalties', calls: [['2024-03-01'], ['2026-02-01', {}]] },
  latePenaltyRate: {
    module: 'penalties',
    calls: [
      ['2025-03-10', { debtor: 'professional' }],
      ['2025-03-10', { debtor: 'consumer' }],
      ['2025-03-10', { debtor: 'public' }],
      ['2025-03-10', { debtor: 'professional', locale: 'en' }],
    ],
  },
  recoveryIndemnity: {
    module: 'penalties',
    calls: [
      [{ debtor: 'professional', dueDate: '2025-06-15', paidOn: '2025-06-16' }],
      [{ debtor: 'consumer', dueDate: '2025-06-15', asOf: '2025-09-01' }],
      [{ debtor: 'public', dueDate: '2025-06-15', asOf: '2025-09-01' }, { locale: 'en' }],
    ],
  },

  // limitation
  forclusionReliefDeadline: { module: 'limitation', calls: [['2026-03-10']] },
  formalNoticeExpiry: { module: 'limitation', calls: [['2026-03-02', 15]] },
  injonctionEnforceableFrom: {
    module: 'limitation',
    calls: [
      ['2026-10-15', { orderDate: '2026-09-10' }],
      ['2026-03-10', { orderDate: '2026-02-20', region: 'alsace-moselle' }],
    ],
  },
  injonctionServiceDeadline: { module: 'limitation', calls: [['2026-01-14'], ['2026-09-01']] },
  insolvencyClaimDeadline: {
    module: 'limitation',
    calls: [['2026-03-10'], ['2026-03-10', { creditorAbroad: true }]],
  },
  judgmentUpliftStart: { module: 'limitation', calls: [['2024-01-15']] },
  limitationDeadline: {
    module: 'limitation',
    calls: [
      [{ debtor: 'professional', dueDate: '2009-05-28', events: limitationEvents }],
      [{ debtor: 'consumer', dueDate: '2012-05-28' }, { asOf: '2013-01-01' }],
      [
        { debtor: 'public', dueDate: '2012-05-28' },
        { asOf: '2013-01-01', locale: 'en' },
      ],
    ],
    scale: {
      family: 'limitation events',
      args: (n) => [
        { debtor: 'professional', dueDate: '2009-05-28', events: bigLimitationEvents(n) },
      ],
    },
  },
  limitationWarning: {
    module: 'limitation',
    calls: [
      [{ debtor: 'professional', deadline: '2014-05-28', status: 'running' }, '2014-04-28'],
      [
        lib.limitationDeadline({ debtor: 'professional', dueDate: '2009-05-28' }),
        '2014-05-01',
        { withinDays: 90 },
      ],
      [
        { debtor: 'public', deadline: '2014-05-28', status: 'running' },
        '2014-05-01',
        { locale: 'en' },
      ],
    ],
  },
  oppositionDeadline: { module: 'limitation', calls: [['2026-01-31']] },

  // dunning
  can: {
    module: 'dunning',
    calls: [
      [paidState, reminder],
      [ladderState, { type: 'payment_received', date: '2026-03-31', amount: '100.00' }],
    ],
  },
  createDunningPolicy: {
    module: 'dunning',
    calls: [[], [{ minGapDays: 5, minimumAmount: '50.00' }]],
  },
  dunningState: {
    module: 'dunning',
    calls: [
      [b2bInvoice, dunningEvents, { asOf: '2026-04-10' }],
      [consumerInvoice, planEvents, { asOf: '2026-04-10' }],
      [b2bInvoice, legalEvents, { asOf: '2026-09-01' }],
    ],
    scale: {
      family: 'dunning events',
      args: (n) => [b2bInvoice, bigDunningEvents(n), { asOf: '2026-10-01' }],
    },
  },
  dunningTimeline: {
    module: 'dunning',
    calls: [
      [b2bInvoice, [], { today: '2026-02-20' }],
      [b2bInvoice, insolvencyEvents, { today: '2026-04-25' }],
    ],
    scale: {
      family: 'dunning events',
      args: (n) => [b2bInvoice, bigDunningEvents(n), { today: '2026-10-01' }],
    },
  },
  nextDunningStep: {
    module: 'dunning',
    calls: [
      [b2bInvoice, [], { today: '2026-03-17' }],
      [b2bInvoice, ladder, { today: '2026-04-02', policy: { minGapDays: 5 } }],
      [consumerInvoice, planEvents, { today: '2026-04-11' }],
      [b2bInvoice, legalEvents, { today: '2026-06-01' }],
      [b2bInvoice, insolvencyEvents, { today: '2026-04-25', rates: rateOverrides }],
    ],
    scale: {
      family: 'dunning events',
      args: (n) => [b2bInvoice, bigDunningEvents(n), { today: '2026-10-01' }],
    },
  },
  renderDunningMessage: {
    module: 'dunning',
    calls: [
      [actionDecision, { creditor: { name: 'Atelier Dupont SARL' } }],
      [noticeDecision, { creditor: { name: 'Atelier Dupont SARL' } }],
    ],
  },
  toMermaid: { module: 'dunning', calls: [[]] },

  // deposit
  advancePaymentInterest: {
    module: 'deposit',
    calls: [
      [{ amount: '3000', paidOn: '2025-03-10', deliveredOn: '2025-09-30', asOf: '2025-12-31' }],
      [{ amount: 1000, paidOn: '2025-03-10', asOf: '2025-12-31' }],
      [{ amount: '3000', paidOn: '2026-03-10', asOf: '2027-03-31', onUnknownRate: 'warn' }],
    ],
  },
  canRequestPayment: {
    module: 'deposit',
    calls: [
      [{ debtor: 'consumer', offPremises: true, signedOn: '2026-03-02', today: '2026-03-09' }],
      [{ debtor: 'professional', offPremises: false, signedOn: '2026-03-02', today: '2026-03-09' }],
      [{ debtor: 'consumer', offPremises: true, signedOn: '2026-03-02', asOf: '2026-03-10' }],
    ],
  },
  cancellationOutcome: {
    module: 'deposit',
    calls: [
      [{ kind: 'arrhes', cancelledBy: 'seller', amountPaid: '500' }],
      [{ kind: 'acompte', cancelledBy: 'buyer', amountPaid: 250.5 }],
    ],
  },
  classifyAdvancePayment: {
    module: 'deposit',
    calls: [[{ debtor: 'consumer' }], [{ debtor: 'consumer', contractTerm: 'acompte' }]],
  },
  computeDeposit: {
    module: 'deposit',
    calls: [
      ['12000.00', 30],
      ['1000', '29.99', { minPercent: 20, maxPercent: 60 }],
    ],
  },
  depositInvoice: {
    module: 'deposit',
    calls: [
      [order, 30],
      [{ byRate: [{ vatRatePercent: 20, exclVat: '100', vat: '20', inclVat: '120' }] }, '40'],
    ],
    scale: { family: 'deposit lines', args: (n) => [bigOrder(n), 30] },
  },
  finalInvoice: {
    module: 'deposit',
    calls: [
      [order, [lib.depositInvoice(order, 30)]],
      [order, []],
    ],
    scale: { family: 'deposit lines', args: bigDeposits },
  },
  recommendDeposit: {
    module: 'deposit',
    calls: [
      [{ orderTotalInclVat: '10000', newClient: true }],
      [
        { orderTotalInclVat: '10000', payerProfile: { grade: 'A' } },
        { minPercent: 20, maxPercent: 60 },
      ],
    ],
  },

  // portfolio
  agingReport: {
    module: 'portfolio',
    calls: [
      [ledgerSample, { asOf: '2026-03-06' }],
      [ledgerSample, { asOf: '2026-04-06', buckets: [15, 45], excludeDisputed: true }],
    ],
    scale: { family: 'ledger', args: (n) => [bigLedger(n), { asOf: '2026-03-31' }] },
  },
  averageDaysLate: {
    module: 'portfolio',
    calls: [[ledgerSample, { asOf: '2026-04-01' }]],
    scale: { family: 'ledger', args: (n) => [bigLedger(n), { asOf: '2026-03-31' }] },
  },
  daysSalesOutstanding: {
    module: 'portfolio',
    calls: [
      [ledgerSample, { asOf: '2026-03-31', periodDays: 90 }],
      [ledgerSample, { asOf: '2026-03-31', method: 'count-back' }],
    ],
    scale: {
      family: 'ledger',
      args: (n) => [bigLedger(n), { asOf: '2026-03-31', periodDays: 90 }],
    },
  },
  exposureByDebtor: {
    module: 'portfolio',
    calls: [[ledgerSample, { asOf: '2026-03-01', creditLimits: { ACME: 1000 } }]],
    scale: { family: 'ledger', args: (n) => [bigLedger(n), { asOf: '2026-03-31' }] },
  },
  ledgerItemFromInvoice: {
    module: 'portfolio',
    calls: [[invoiceWithPayments], [invoiceWithTerms, { debtorId: 'ACME' }]],
  },
  payerProfile: {
    module: 'portfolio',
    calls: [
      [ledgerSample, { asOf: '2026-04-01', creditLimit: 400, debtorId: 'ACME' }],
      [ledgerSample.slice(0, 2), { asOf: '2026-04-01' }],
    ],
    scale: {
      family: 'ledger',
      args: (n) => [bigLedger(n), { asOf: '2026-03-31', debtorId: 'D1' }],
    },
  },

  // testing (the `impayes-core/testing` entry point)
  ...eventBuilderSamples,
  anInvoice: {
    module: 'testing',
    calls: [
      [],
      [{ seq: 2, exclVat: '500.00', vatRatePercent: '5.5', termDays: 45 }],
      [{ buyer: { siren: '732829320' }, seller: undefined, issueDate: '2025-11-03' }],
    ],
  },
  aConsumerInvoice: { module: 'testing', calls: [[], [{ seq: 3, termDays: 15 }]] },
  aPublicBuyerInvoice: { module: 'testing', calls: [[], [{ seq: 4, exclVat: 80 }]] },
  anAccount: {
    module: 'testing',
    calls: [
      [],
      [{ seq: 2, debtor: { kind: 'consumer' } }],
      [{ debtor: { id: 'cus_7', name: 'Client SA' }, invoices: simulatedAccount.invoices }],
    ],
  },
  simulateDunning: {
    module: 'testing',
    calls: [
      [[testing.anInvoice()], { from: '2026-02-01', to: '2026-02-10' }],
      [
        [simulatedAccount],
        {
          from: '2026-02-05',
          to: '2026-02-25',
          policy: lib.defaultDunningPolicy,
          script: [
            { invoiceNumber: 'F-2026-0001', event: testing.aPayment({ date: '2026-02-20' }) },
          ],
        },
      ],
      // An account as collections takes it (contact fields, its own policy, lastContactOn) and a
      // collections policy in the options: the customer-level path (issue 18).
      [
        [
          {
            ...simulatedAccount,
            debtor: { ...simulatedAccount.debtor, email: 'compta@client.fr' },
            policy: { minDaysBetweenMessages: 10 },
            lastContactOn: '2026-02-01',
          },
        ],
        {
          from: '2026-02-05',
          to: '2026-03-25',
          policy: lib.createCollectionsPolicy({ afterLatePayment: 'claim' }),
          script: [
            { invoiceNumber: 'F-2026-0002', event: testing.aPayment({ date: '2026-03-02' }) },
          ],
        },
      ],
    ],
  },
  // collections
  appendDunningEvent: {
    module: 'collections',
    calls: [
      [
        collectionsInvoice('F-1', '2026-01-05', '2026-02-04', '1200.00'),
        [],
        { type: 'reminder_sent', date: '2026-02-05', stepId: 'friendly-email', channel: 'email' },
        { today: '2026-02-05' },
      ],
      [
        collectionsInvoice('F-1', '2026-01-05', '2026-02-04', '1200.00'),
        [{ type: 'payment_received', date: '2026-03-01', amount: '1200.00' }],
        {
          type: 'late_payment_claimed',
          date: '2026-03-05',
          penalties: '20.00',
          indemnity: '40.00',
        },
      ],
    ],
  },
  createCollectionsPolicy: {
    module: 'collections',
    calls: [[], [{ minDaysBetweenMessages: 5, afterLatePayment: 'claim', backlogAfterDays: null }]],
  },
  customerStatement: {
    module: 'collections',
    calls: [
      [customerAccount, { asOf: '2026-03-31' }],
      [consumerAccount, { asOf: '2026-03-31', locale: 'en' }],
    ],
    scale: { family: 'account invoices', args: (n) => [bigAccount(n), { asOf: '2026-03-31' }] },
  },
  nextCustomerDunningStep: {
    module: 'collections',
    calls: [
      [customerAccount, { today: '2026-03-20' }],
      [customerAccount, { today: '2026-03-20', policy: { afterLatePayment: 'claim' } }],
      [consumerAccount, { today: '2026-03-01', locale: 'en' }],
    ],
    scale: { family: 'account invoices', args: (n) => [bigAccount(n), { today: '2026-03-31' }] },
  },
  planDunningRun: {
    module: 'collections',
    calls: [[[customerAccount, consumerAccount], { today: '2026-03-20' }]],
    invoke: collectRun,
  },
  renderCustomerDunningMessage: {
    module: 'collections',
    calls: [
      [customerDecision, customerContext],
      [customerDecision, customerContext, { locale: 'en', format: 'html' }],
    ],
  },
} satisfies Record<string, Sample>;

export type SampleName = keyof typeof samples;

/** The sample table as a plain record, for lookups by an export name. */
export const sampleTable: Readonly<Record<string, Sample>> = samples;
