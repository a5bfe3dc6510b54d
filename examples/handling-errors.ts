// How an app handles bad input: every error of the library is an ImpayesError with a stable code
// and a path. Test it with isImpayesError, not instanceof: the package has an ESM and a CommonJS
// build, and when both get loaded (an app and one of its dependencies, or a test runner) an error
// from one copy is not an instance of the other copy's class. Run: `npx tsx examples/handling-errors.ts`.
import { isImpayesError, parseAmount, parseInvoice } from 'impayes-core';

/** What a form shows next to a field: the amount, or the library's message for that field. */
function readAmount(text: string): { amount: string } | { field: string; error: string } {
  try {
    return { amount: parseAmount(text) };
  } catch (e) {
    if (isImpayesError(e) && e.code === 'INVALID_INPUT')
      return { field: 'amount', error: e.message };
    throw e; // not ours: a real bug, let it surface
  }
}

console.log(readAmount('1234.5'));
console.log(readAmount('1,5'));

try {
  parseInvoice({ number: 'F-1', issueDate: '2026-02-30' });
} catch (e) {
  if (!isImpayesError(e)) throw e;
  // One error lists every problem, each with its path: enough to mark the fields of a form.
  for (const issue of e.issues)
    console.log(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
