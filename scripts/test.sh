#!/usr/bin/env bash
# The whole test suite, as CI runs it (README: `npm ci && npm test`).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "type-check (tsc)";            npx tsc --noEmit
step "lint (biome)";                npx biome check .
step "unit, property, golden tests with coverage thresholds (vitest)"
npx vitest run --coverage
step "build (tsup: ESM + CJS + d.ts; JSON Schema files)"; npx tsup --silent && npx tsx scripts/json-schemas.ts
step "cold start (CPU and heap of importing dist/ vs node -e 0, within bounds)"
node scripts/cold-start.mjs 9 --check
step "package checks (publint --strict, attw --profile node16)"
rm -rf .pack && mkdir -p .pack
npm pack --silent --pack-destination .pack >/dev/null
npx publint --strict .pack/impayes-core-*.tgz
npx attw --pack . --profile node16
bash scripts/changelog-check.sh
step "API docs (typedoc into docs-dist/api, warnings are errors)"; npx typedoc
step "real browser (headless Chromium: the ESM bundle returns what Node returns; docs diagram drawn)"
node test/browser/run.mjs --docs
step "consumer check (ESM, CJS, TypeScript node16 + bundler; beside zod 3 and date-fns 3; a vitest test with impayes-core/testing)"
bash scripts/consumer-check.sh
step "bundle size budgets (size-limit)"; npx size-limit 2>/dev/null  # esbuild notes on chunk imports go to stderr
step "examples"; bash scripts/run-examples.sh
printf '\n\033[1mAll checks passed.\033[0m\n'
