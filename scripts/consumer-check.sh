#!/usr/bin/env bash
# Installs the packed tarball into a throw-away project, as our users do, and proves that
# ESM import, CJS require and TypeScript (moduleResolution node16 and bundler) all work.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
[ -f dist/index.js ] || npx tsup --silent
[ -f schemas/Invoice.json ] || npx tsx scripts/json-schemas.ts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" >/dev/null
tgz="$(ls "$work"/impayes-core-*.tgz)"
app="$work/app"
mkdir -p "$app"
cd "$app"
cat > package.json <<'JSON'
{ "name": "consumer-app", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --loglevel=error --prefer-offline "$tgz" >/dev/null

# Plain ESM consumer.
cat > esm.mjs <<'JS'
import * as lib from 'impayes-core';
import { addMonths, isImpayesError, legalInterestRate, procedureDeadline } from 'impayes-core';
const check = (ok, what) => { if (!ok) { console.error('ESM FAILED:', what); process.exit(1); } };
check(addMonths('2024-01-31', 1) === '2024-02-29', 'addMonths');
check(legalInterestRate('2024-03-01', 'other').ratePercent === '5.07', 'legalInterestRate');
check(procedureDeadline('2026-01-14', { months: 6 }).deadline === '2026-07-15', 'procedureDeadline');
try { addMonths('2025-02-30', 1); check(false, 'no throw'); } catch (e) { check(isImpayesError(e) && e.code === 'INVALID_INPUT', 'error'); }
for (const name of process.argv.slice(2)) check(name in lib, `export ${name}`);
const { default: invoiceJson } = await import('impayes-core/schemas/Invoice.json', { with: { type: 'json' } });
check(invoiceJson.title === 'Invoice' && invoiceJson.required.includes('issueDate'), 'schemas/Invoice.json');
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
# Both builds must expose the same names.
node esm.mjs $(node -e "console.log(Object.keys(require('impayes-core')).join(' '))")
node cjs.cjs

cat > consumer.ts <<'TS'
import { addMonths, type Amount, ImpayesError, type PlainDate, parseAmount } from 'impayes-core';
const d: PlainDate = addMonths('2024-01-31', 1);
const a: Amount = parseAmount('12.5');
const e: ImpayesError | undefined = undefined;
// @ts-expect-error — amounts are strings, not numbers
const wrong: number = parseAmount('1');
export { a, d, e, wrong };
TS
cat > consumer.cts <<'TS'
import lib = require('impayes-core');
const d: string = lib.addDays('2024-02-28', 1);
export = d;
TS
tsc="node $repo/node_modules/typescript/bin/tsc"
common='"strict": true, "noEmit": true, "skipLibCheck": false, "types": [], "lib": ["ES2022", "DOM"], "target": "ES2022"'
echo "{ \"compilerOptions\": { $common, \"module\": \"node16\", \"moduleResolution\": \"node16\" }, \"files\": [\"consumer.ts\", \"consumer.cts\"] }" > tsconfig.node16.json
echo "{ \"compilerOptions\": { $common, \"module\": \"esnext\", \"moduleResolution\": \"bundler\" }, \"files\": [\"consumer.ts\"] }" > tsconfig.bundler.json
$tsc -p tsconfig.node16.json && echo "TypeScript node16 ok"
$tsc -p tsconfig.bundler.json && echo "TypeScript bundler ok"
