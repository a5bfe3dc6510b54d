import { ImpayesError, isImpayesError } from '../errors/internal.js';
import { invalidInput, show } from '../internal/validate.js';
import type { CustomerAccountInput } from './account.js';
import type { CustomerDunningDecision } from './decision.js';
import {
  decideWith,
  type NextCustomerDunningStepOptions,
  readOptions,
} from './next-customer-step.js';

/**
 * One result of a dunning run: the decision for an account, or the error that account raised.
 *
 * @category Collections
 */
export type DunningRunResult =
  | {
      /** Position of the account in the run. */
      readonly index: number;
      /** The account's debtor id, when it could be read. */
      readonly debtorId: string | null;
      /** The account was decided. */
      readonly ok: true;
      /** Its decision. */
      readonly decision: CustomerDunningDecision;
    }
  | {
      /** Position of the account in the run. */
      readonly index: number;
      /** The account's debtor id, when it could be read. */
      readonly debtorId: string | null;
      /** The account could not be decided. */
      readonly ok: false;
      /** Why (bad input, impossible log, contradictory policy). */
      readonly error: ImpayesError;
    };

function debtorIdOf(account: unknown): string | null {
  try {
    const id = (account as { debtor?: { id?: unknown } } | null)?.debtor?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

function asImpayesError(error: unknown, index: number): ImpayesError {
  if (isImpayesError(error)) return error;
  // A getter or proxy of the caller's input threw while it was read.
  return new ImpayesError({
    code: 'INVALID_INPUT',
    message: `accounts[${index}] could not be read: ${error instanceof Error ? error.message.slice(0, 200) : show(error)}`,
    path: ['accounts', index],
    cause: error,
  });
}

function* run(
  accounts: Iterable<CustomerAccountInput>,
  options: ReturnType<typeof readOptions>,
): Generator<DunningRunResult, void, undefined> {
  let index = 0;
  for (const account of accounts) {
    const debtorId = debtorIdOf(account);
    let result: DunningRunResult;
    try {
      result = { index, debtorId, ok: true, decision: decideWith(account, options) };
    } catch (error) {
      result = { index, debtorId, ok: false, error: asImpayesError(error, index) };
    }
    yield result;
    index++;
  }
}

/**
 * Decides every customer of a daily run, one account at a time: yields, for each account of
 * `accounts` (an array, a generator, a database cursor…), its decision or the error it raised,
 * and goes on with the next one.
 *
 * @remarks The options (and a raw policy) are validated once, when the run is created; each
 * account is then decided as {@link nextCustomerDunningStep} does, with its own policy if it has
 * one. Nothing is read ahead: a generator of accounts is consumed as the results are. An error of
 * the iterable itself (not of an account) ends the run.
 * @param accounts - any iterable of accounts
 * @param options - as for {@link nextCustomerDunningStep}
 * @returns an iterator of {@link DunningRunResult}, one per account, in order
 * @throws {@link ImpayesError} `INVALID_INPUT` at once for bad options or when `accounts` is not
 * iterable; `INVALID_POLICY` for a contradictory policy in the options.
 * @example
 * ```ts
 * for (const r of planDunningRun(accountsFromDatabase(), { today: '2026-03-20' })) {
 *   if (!r.ok) log(r.debtorId, r.error.code, r.error.message);
 *   else if (r.decision.type === 'action') send(r.decision);
 * }
 * ```
 * @category Collections
 */
export function planDunningRun(
  accounts: Iterable<CustomerAccountInput>,
  options: NextCustomerDunningStepOptions,
): IterableIterator<DunningRunResult> {
  const o = readOptions(options);
  if (
    typeof accounts !== 'object' ||
    accounts === null ||
    typeof (accounts as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  )
    invalidInput(
      `must be an iterable of accounts (an array, a generator…), received ${show(accounts)}`,
      ['accounts'],
    );
  return run(accounts, o);
}
