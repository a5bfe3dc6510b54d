// The calls the browser test makes. This file runs unchanged in Node and in the browser page: each
// side imports the built ESM bundle (dist/index.js), runs every case, and the two JSON texts must be
// equal. Keep the calls deterministic (every day passed explicitly) and their results plain JSON.

const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  terms: { type: 'net', days: 30 },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
};
const events = [
  { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
];
const ledger = [
  {
    id: 'F-1',
    debtorId: 'Garage Dupont',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
    amount: '1200.00',
    payments: [{ date: '2026-02-20', amount: '200.00' }],
  },
  {
    id: 'F-2',
    debtorId: 'Garage Dupont',
    issueDate: '2025-10-01',
    dueDate: '2025-10-31',
    amount: '80.50',
  },
  {
    id: 'F-3',
    debtorId: 'Mairie de Vals',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    amount: '4999.99',
  },
];

/**
 * Each case: a name, the call, and whether it must throw (an ImpayesError, compared field by
 * field). A case that throws when it should not fails the test, so an API change cannot turn
 * every case into the same error on both sides.
 */
export const cases = [
  ['nextDunningStep', (lib) => lib.nextDunningStep(invoice, events, { today: '2026-03-20' })],
  ['dunningTimeline', (lib) => lib.dunningTimeline(invoice, events, { today: '2026-05-20' })],
  [
    'computeLatePenalties',
    (lib) =>
      lib.computeLatePenalties({
        debtor: 'professional',
        amount: '10000.00',
        dueDate: '2025-06-15',
        asOf: '2025-08-15',
      }),
  ],
  [
    'limitationDeadline',
    (lib) =>
      lib.limitationDeadline(
        {
          debtor: 'professional',
          dueDate: '2009-05-28',
          events: [{ type: 'formal_notice_sent', date: '2013-01-10' }],
        },
        { asOf: '2014-05-01' },
      ),
  ],
  ['parseInvoice', (lib) => lib.parseInvoice(invoice)],
  [
    'parseInvoice rejects an impossible date',
    (lib) => lib.parseInvoice({ ...invoice, issueDate: '2026-02-30' }),
    'throws',
  ],
  [
    'invoiceTotals',
    (lib) =>
      lib.invoiceTotals({
        ...invoice,
        totals: undefined,
        lines: [
          {
            description: 'Audit',
            quantity: '3',
            unitPriceExclVat: '333.333',
            vatRatePercent: '5.5',
          },
          { description: 'Remise', quantity: 1, unitPriceExclVat: '-10.00', vatRatePercent: 20 },
        ],
      }),
  ],
  [
    'formatEuros',
    (lib) => [
      lib.formatEuros('1234.5'),
      lib.formatEuros('-0.004'),
      lib.formatEuros('999999999999.99'),
    ],
  ],
  ['parseFrenchAmount', (lib) => [lib.parseFrenchAmount('1 234,56 €'), lib.parseAmount('0.1')]],
  ['parseAmount rejects exponent notation', (lib) => lib.parseAmount('1e3'), 'throws'],
  ['agingReport', (lib) => lib.agingReport(ledger, { asOf: '2026-04-15' })],
  [
    'addMonths and procedureDeadline',
    (lib) => [
      lib.addMonths('2024-01-31', 1),
      lib.addYears('2024-02-29', 1),
      lib.procedureDeadline('2026-01-14', { months: 6 }),
    ],
  ],
  ['frenchPublicHolidays', (lib) => lib.frenchPublicHolidays(2026)],
  [
    'ecbRateForHalfYear',
    (lib) => [lib.ecbRateForHalfYear('2024-08-10'), lib.legalInterestRate('2024-03-01', 'other')],
  ],
  [
    'legalInterestRate past the known rates',
    (lib) => lib.legalInterestRate('2099-08-01', 'other'),
    'throws',
  ],
  [
    'computeDueDate',
    (lib) =>
      lib.computeDueDate({
        issueDate: '2026-01-31',
        terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
      }),
  ],
  ['computeDeposit', (lib) => lib.computeDeposit('1200.00', '30')],
];

/** An error as plain data: its name, message and own fields (code, path, issues…). */
function errorData(error) {
  if (!(error instanceof Error)) return { thrown: String(error) };
  return { name: error.name, message: error.message, ...error };
}

/**
 * Runs every case against `lib` (the module namespace of dist/index.js); returns one JSON text.
 * Dates in results would serialise through the host's clock settings, so none is allowed.
 */
export function runCases(lib) {
  const results = cases.map(([name, call, throws]) => {
    try {
      const value = call(lib);
      return throws ? { name, problem: 'returned instead of throwing', value } : { name, value };
    } catch (error) {
      const thrown = errorData(error);
      const expected = throws && lib.isImpayesError(error);
      return expected
        ? { name, error: thrown }
        : { name, problem: 'unexpected error', error: thrown };
    }
  });
  return JSON.stringify(results, (_key, value) => {
    if (value instanceof Date) throw new Error('a result contains a Date object');
    return value;
  });
}
