import { describe, expect, it } from 'vitest';
import { dayNumber, type PlainDate } from '../dates/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { D } from '../internal/decimal.js';
import { bigRing, type CentsRing, numberRing, rateUnitsOfText } from '../money/kernel.js';
import {
  accruedNow,
  applyMovement,
  capitalise,
  closeRun,
  type Ledger,
  newLedger,
  splitMovement,
} from './accrual.js';
import type { DebtMovement } from './late-penalties.js';
import type { RunRate } from './statement-rates.js';

const day = (d: string) => dayNumber(d as PlainDate);
const run10: RunRate = {
  rate: {
    rate: new D(10),
    ratePercent: '10.00',
    rule: 'contract-fixed',
    article: 'C. com. L441-10 II',
    explanation: { code: 'RATE_CONTRACT_FIXED', params: { ratePercent: '10.00' }, message: '' },
  } as RunRate['rate'],
  units: rateUnitsOfText('10'),
  warning: undefined,
};
const move = (date: string, amount: string, kind: DebtMovement['kind'] = 'payment') =>
  ({ date: date as PlainDate, amount: new D(amount), kind, path: ['payments', 0] }) as DebtMovement;

/** 1 000.00 € open at 10 % from 2025-01-10 (exclusive) to `to`. */
function ledgerWithRun<C>(ring: CentsRing<C>, to: string, interestFirst = false): Ledger<C> {
  const l = newLedger(ring, ring.of('1000.00'), { totalsOnly: false, interestFirst, path: [] });
  l.open = {
    fromN: day('2025-01-10'),
    toN: day(to),
    halfYear: '2025-H1',
    run: run10,
    base: l.principal,
    yearDays: 365,
  };
  return l;
}

describe('accrual steps', () => {
  it('splitMovement: principal first, the surplus of a payment to interest', () => {
    const owed = () => 500;
    expect(splitMovement(numberRing, 1200, true, false, 1000, owed)).toEqual({
      toPrincipal: 1000,
      toInterest: 200,
      rest: 0,
    });
    // Interest first: the owed interest, then the principal.
    expect(splitMovement(numberRing, 1200, true, true, 1000, owed)).toEqual({
      toPrincipal: 700,
      toInterest: 500,
      rest: 0,
    });
    // A credit note never pays interest: the surplus is left over.
    expect(splitMovement(numberRing, 1200, false, true, 1000, owed)).toEqual({
      toPrincipal: 1000,
      toInterest: 0,
      rest: 200,
    });
    expect(splitMovement(bigRing, 1200n, true, false, 1000n, () => 0n).rest).toBe(200n);
  });

  it('closeRun: accrues the rounded interest of the open run and writes its line', () => {
    const l = ledgerWithRun(numberRing, '2025-02-09'); // 30 days: 1000 × 10 % × 30 / 365 = 8.219…
    expect(numberRing.text(accruedNow(l))).toBe('8.22');
    closeRun(l);
    expect(l.open).toBeUndefined();
    expect(l.accrued).toBe(822);
    expect(l.segments).toEqual([
      expect.objectContaining({ from: '2025-01-11', to: '2025-02-09', days: 30, amount: '8.22' }),
    ]);
    closeRun(l); // nothing open: nothing changes
    expect(l.segments).toHaveLength(1);
  });

  it('applyMovement: lowers the principal, pays the capitalised interest first, marks the payment day', () => {
    const l = ledgerWithRun(bigRing, '2025-02-09', true);
    l.capitalised = 300n;
    applyMovement(l, move('2025-02-09', '1008.22'));
    expect([l.interestPaid, l.capitalised, l.principal]).toEqual([822n, 0n, 0n]);
    expect(l.paidOn).toBe('2025-02-09');
    expect(l.allocations[0]).toMatchObject({ toPrincipal: '1000.00', toInterest: '8.22' });
  });

  it('applyMovement: refuses more than is owed that day, naming the excess', () => {
    const l = ledgerWithRun(numberRing, '2025-02-09');
    try {
      applyMovement(l, move('2025-02-09', '1010.00'));
      expect.unreachable();
    } catch (error) {
      expect(isImpayesError(error) && error.code).toBe('INVALID_INPUT');
      expect((error as Error).message).toContain(
        'payment of 1010.00 on 2025-02-09 exceeds what is still owed that day (principal 0.00 + interest 0.00 after applying 1008.22)',
      );
    }
  });

  it('capitalise: adds the unpaid interest to the balance, closing the run; nothing when all is paid', () => {
    const l = ledgerWithRun(numberRing, '2026-01-10');
    capitalise(l, day('2026-01-10'), 'contract');
    expect(l.open).toBeUndefined();
    expect(l.capitalised).toBe(10_000);
    expect(l.capitalisations).toEqual([
      { date: '2026-01-10', amount: '100.00', source: 'contract', article: 'C. civ. 1343-2' },
    ]);
    capitalise(l, day('2026-01-10'), 'contract');
    expect(l.capitalisations).toHaveLength(1);
  });
});
