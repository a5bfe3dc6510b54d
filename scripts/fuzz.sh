#!/usr/bin/env bash
# The fuzz suite of issue 12 (test/fuzz). `npm run test:fuzz` runs the bounded pass that `npm test`
# also runs; `npm run test:fuzz -- --long` runs at least a million inputs and prints the count.
# Other arguments go to vitest (e.g. `-- --long test/fuzz/dates.test.ts`).
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
for a in "$@"; do
  if [ "$a" = "--long" ]; then
    # 73 functions x 2 modes x 7000 runs = 1 022 000 inputs, plus the 10^5-item calls.
    export FUZZ_RUNS="${FUZZ_RUNS:-7000}"
  else
    args+=("$a")
  fi
done

stats="$(mktemp -d)"
trap 'rm -rf "$stats"' EXIT
export FUZZ_STATS_DIR="$stats"
[ ${#args[@]} -eq 0 ] && args=(test/fuzz)
start=$SECONDS
npx vitest run "${args[@]}"
node -e '
  const fs = require("node:fs"), path = require("node:path");
  const dir = process.argv[1];
  let inputs = 0, skipped = 0;
  for (const f of fs.readdirSync(dir)) {
    const s = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    inputs += s.inputs; skipped += s.skipped;
  }
  console.log(`fuzz: ${inputs} inputs tried in ${process.argv[2]} s; ${skipped} known failures skipped`);
' "$stats" "$((SECONDS - start))"
