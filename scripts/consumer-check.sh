#!/usr/bin/env bash
# Installs the packed tarball into throw-away projects, as our users do, and proves that ESM import,
# CJS require, TypeScript (moduleResolution node16 and bundler) and the JSON Schema files all work:
#   1. in a fresh app;
#   2. in an app that already has other major versions of zod and date-fns (3.x): npm gives the
#      library its own copies and both live side by side.
# It also checks what the tarball declares and ships: runtime dependencies as caret ranges (so an
# app's compatible zod or date-fns is shared, not duplicated) and the CHANGELOG.md that `files` lists.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
[ -f dist/index.js ] || npx tsup --silent
[ -f schemas/Invoice.json ] || npx tsx scripts/json-schemas.ts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" >/dev/null
tgz="$(ls "$work"/impayes-core-*.tgz)"
fail() { echo "consumer check FAILED: $*" >&2; exit 1; }

tar -tzf "$tgz" | grep -x 'package/CHANGELOG.md' >/dev/null || fail "the tarball has no CHANGELOG.md"
tar -xzOf "$tgz" package/package.json | node -e '
  const deps = JSON.parse(require("fs").readFileSync(0, "utf8")).dependencies;
  const pinned = Object.entries(deps).filter(([, range]) => !range.startsWith("^"));
  if (pinned.length) { console.error("not caret ranges:", pinned); process.exit(1); }
  console.log("runtime dependencies:", Object.entries(deps).map(([n, r]) => n + " " + r).join(", "));
' || fail "runtime dependencies must be caret ranges"

# Writes the consumer files into the current directory (an installed app).
write_consumer_files() {
cat > esm.mjs <<'JS'
import { createRequire } from 'node:module';
import * as lib from 'impayes-core';
import { addMonths, isImpayesError, legalInterestRate, procedureDeadline } from 'impayes-core';
const check = (ok, what) => { if (!ok) { console.error('ESM FAILED:', what); process.exit(1); } };
check(addMonths('2024-01-31', 1) === '2024-02-29', 'addMonths');
check(legalInterestRate('2024-03-01', 'other').ratePercent === '5.07', 'legalInterestRate');
check(procedureDeadline('2026-01-14', { months: 6 }).deadline === '2026-07-15', 'procedureDeadline');
try { addMonths('2025-02-30', 1); check(false, 'no throw'); } catch (e) { check(isImpayesError(e) && e.code === 'INVALID_INPUT', 'error'); }
check(lib.parseInvoice({ number: 'F-1', issueDate: '2026-01-05', terms: { type: 'net', days: 30 },
  buyer: { kind: 'professional', name: 'SA' }, totals: { exclVat: '10.00', vat: '2.00', inclVat: '12.00' } }).totals.inclVat === '12.00', 'parseInvoice (zod)');
for (const name of process.argv.slice(2)) check(name in lib, `export ${name}`);
const { default: invoiceJson } = await import('impayes-core/schemas/Invoice.json', { with: { type: 'json' } });
check(invoiceJson.title === 'Invoice' && invoiceJson.required.includes('issueDate'), 'schemas/Invoice.json');
// The README's way for TypeScript `module: node16`, where import attributes are refused (TS2823).
const require = createRequire(import.meta.url);
check(require('impayes-core/schemas/Invoice.json').title === 'Invoice', 'schemas via createRequire');
console.log('ESM ok:', Object.keys(lib).length, 'exports');
JS
cat > cjs.cjs <<'JS'
const lib = require('impayes-core');
const check = (ok, what) => { if (!ok) { console.error('CJS FAILED:', what); process.exit(1); } };
check(lib.addYears('2024-02-29', 1) === '2025-02-28', 'addYears');
check(lib.ecbRateForHalfYear('2024-08-10').ratePercent === '4.25', 'ecbRateForHalfYear');
try { lib.parseAmount('1,5'); check(false, 'no throw'); } catch (e) { check(lib.isImpayesError(e) && e.code === 'INVALID_INPUT', 'error'); }
check(require('impayes-core/schemas/DunningEvent.json').oneOf.some((e) => e.properties.type.const === 'einvoice_status'), 'schemas/DunningEvent.json');
check(require('impayes-core/schemas/EinvoiceStatusEvent.json').title === 'EinvoiceStatusEvent', 'schemas/EinvoiceStatusEvent.json');
console.log('CJS ok:', Object.keys(lib).length, 'exports');
JS
cat > consumer.ts <<'TS'
import { addMonths, type Amount, ImpayesError, type PlainDate, parseAmount } from 'impayes-core';
const d: PlainDate = addMonths('2024-01-31', 1);
const a: Amount = parseAmount('12.5');
const e: ImpayesError | undefined = undefined;
// @ts-expect-error — amounts are strings, not numbers
const wrong: number = parseAmount('1');
export { a, d, e, wrong };
TS
# The README's JSON Schema import for `module: node16` (TS2823 refuses import attributes there).
cat > schema-node16.ts <<'TS'
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const invoiceSchema: { title: string } = require('impayes-core/schemas/Invoice.json');
export { invoiceSchema };
TS
cat > consumer.cts <<'TS'
import lib = require('impayes-core');
const d: string = lib.addDays('2024-02-28', 1);
export = d;
TS
}

# Runs every check in the app of the current directory.
check_app() {
  write_consumer_files
  # Both builds must expose the same names.
  node esm.mjs $(node -e "console.log(Object.keys(require('impayes-core')).join(' '))")
  node cjs.cjs
  local tsc="node $repo/node_modules/typescript/bin/tsc"
  local common='"strict": true, "noEmit": true, "skipLibCheck": false, "lib": ["ES2022", "DOM"], "target": "ES2022"'
  local node_types="\"typeRoots\": [\"$repo/node_modules/@types\"], \"types\": [\"node\"]"
  echo "{ \"compilerOptions\": { $common, $node_types, \"module\": \"node16\", \"moduleResolution\": \"node16\" }, \"files\": [\"consumer.ts\", \"consumer.cts\", \"schema-node16.ts\"] }" > tsconfig.node16.json
  echo "{ \"compilerOptions\": { $common, \"types\": [], \"module\": \"esnext\", \"moduleResolution\": \"bundler\" }, \"files\": [\"consumer.ts\"] }" > tsconfig.bundler.json
  $tsc -p tsconfig.node16.json && echo "TypeScript node16 ok"
  $tsc -p tsconfig.bundler.json && echo "TypeScript bundler ok"
}

# An app: its package.json, then the dependencies it already has, then our tarball.
new_app() {
  local dir="$work/$1"; shift
  mkdir -p "$dir" && cd "$dir"
  echo '{ "name": "consumer-app", "version": "1.0.0", "private": true, "type": "module" }' > package.json
  if [ $# -gt 0 ]; then npm install --no-audit --no-fund --loglevel=error --prefer-offline "$@" >/dev/null; fi
  npm install --no-audit --no-fund --loglevel=error --prefer-offline "$tgz" >/dev/null
}

echo "-- fresh app"
new_app fresh
[ ! -d node_modules/impayes-core/node_modules ] || fail "a fresh app got nested copies of our dependencies"
check_app

echo "-- app with zod 3 and date-fns 3"
new_app other-versions 'zod@^3.25.0' 'date-fns@^3.6.0'
node -e '
  const own = (p) => require(p + "/package.json").version;
  const lib = (p) => require("./node_modules/impayes-core/node_modules/" + p + "/package.json").version;
  const pairs = ["zod", "date-fns"].map((p) => [p, own(p), lib(p)]);
  for (const [p, app, ours] of pairs) {
    if (!app.startsWith("3.") || !ours.startsWith("4.")) { console.error("unexpected", p, app, ours); process.exit(1); }
  }
  console.log("side by side:", pairs.map(([p, a, o]) => `${p} ${a} (app) + ${o} (impayes-core)`).join(", "));
' || fail "the app's zod/date-fns 3 and the library's 4 must both be installed"
check_app
