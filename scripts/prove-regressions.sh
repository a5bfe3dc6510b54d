#!/usr/bin/env bash
# Issue 12, "Done means": each numbered item has a regression test that failed before the fix.
# This shows it. It checks out the code from before the hardening (default fddd286) in a temporary
# detached worktree, copies into it only the issue 12 regression tests that reach the library
# through its public API (`src/index.js` or the package root; `*.fixtures.js` test data is allowed
# when the old tree has the very same file), runs them there and on the current tree with vitest's
# JSON reporter, and prints per item: its tests, how many failed on the old code, how many pass now.
# It exits non-zero when an item 1–13 has no test that fails on the old code and passes now.
#
#   npm run test:regressions-proof -- [--verbose] [old-commit]
#
# A failure on the old code that only says a function or file is missing ("is not a function",
# "Cannot find module", ...) does not count as a proof: it shows the API changed, not the fix.
set -euo pipefail

verbose=0
old=fddd286
for a in "$@"; do
  case "$a" in
    --verbose | -v) verbose=1 ;;
    -*)
      echo "usage: $0 [--verbose] [old-commit]" >&2
      exit 2
      ;;
    *) old="$a" ;;
  esac
done

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
old_sha="$(git rev-parse --verify --quiet "${old}^{commit}")" || {
  echo "not a commit: $old" >&2
  exit 2
}

tmp="$(mktemp -d "${TMPDIR:-/tmp}/prove-regressions.XXXXXX")"
wt="$tmp/old"
cleanup() {
  if [ -L "$wt/node_modules" ]; then rm -f "$wt/node_modules"; fi # the link, never what it points to
  if [ -d "$wt" ]; then git worktree remove --force "$wt" >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# 1. The issue 12 regression tests of the current tree, and which of them use the public API only.
mapfile -t candidates < <(grep -rl --include='*.test.ts' 'issue 12 item' src test | sort)
node - "$old_sha" "$tmp/selection.json" "${candidates[@]}" <<'EOF'
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const [oldSha, out, ...files] = process.argv.slice(2);
const sameInOld = (file) => {
  try {
    const before = execFileSync('git', ['show', `${oldSha}:${file}`], { stdio: ['ignore', 'pipe', 'ignore'] });
    return before.equals(fs.readFileSync(file));
  } catch {
    return false;
  }
};
const selected = [];
const skipped = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const bad = [];
  for (const spec of specifiers) {
    if (!spec.startsWith('.')) continue; // a package: vitest, zod, or impayes-core (the package root)
    const target = path.normalize(path.join(path.dirname(file), spec)).replace(/\.js$/, '.ts');
    if (target === path.join('src', 'index.ts')) continue; // the public API
    if (/\.fixtures\.ts$/.test(target) && sameInOld(target)) continue; // unchanged test data
    bad.push(spec);
  }
  if (bad.length === 0) selected.push(file);
  else skipped.push({ file, imports: bad });
}
fs.writeFileSync(out, JSON.stringify({ selected, skipped }));
EOF
mapfile -t selected < <(node -e 'for (const f of require(process.argv[1]).selected) console.log(f)' "$tmp/selection.json")
if [ "${#selected[@]}" -eq 0 ]; then
  echo "no issue 12 regression test uses the public API only" >&2
  exit 1
fi

# 2. The old code, with the current dependencies when they are the same versions (else npm ci).
git worktree add --detach --quiet "$wt" "$old_sha"
same_deps="$(node -e '
  const read = (t) => Object.fromEntries(Object.entries(JSON.parse(t).packages)
    .filter(([k]) => k !== "").map(([k, v]) => [k, v.version]));
  const fs = require("node:fs");
  const a = read(fs.readFileSync(process.argv[1], "utf8")), b = read(fs.readFileSync(process.argv[2], "utf8"));
  console.log(JSON.stringify(a) === JSON.stringify(b) ? "yes" : "no");
' "$root/package-lock.json" "$wt/package-lock.json")"
if [ "$same_deps" = yes ]; then
  ln -s "$root/node_modules" "$wt/node_modules"
else
  echo "the old lockfile resolves other versions: npm ci in the old tree" >&2
  (cd "$wt" && npm ci --silent --ignore-scripts)
fi
for f in "${selected[@]}"; do
  if [ -e "$wt/$f" ]; then echo "note: $f exists in $old and is replaced by the current one" >&2; fi
  mkdir -p "$wt/$(dirname "$f")"
  cp "$f" "$wt/$f"
done

# 3. The same tests on the old code and on the current code (one file at a time: the tests that
# time themselves need the machine).
run() { # dir json
  (cd "$1" && "$root/node_modules/.bin/vitest" run --no-file-parallelism --typecheck.enabled=false --reporter=json \
    --outputFile="$2" "${selected[@]}" >"$2.log" 2>&1) || true
  if [ ! -s "$2" ]; then
    echo "vitest wrote no report in $1:" >&2
    tail -20 "$2.log" >&2
    exit 1
  fi
}
echo "running ${#selected[@]} test files on $old ($(git rev-parse --short "$old_sha")) and on the current tree..." >&2
run "$wt" "$tmp/old.json"
run "$root" "$tmp/new.json"

# 4. The table.
node - "$tmp/selection.json" "$tmp/old.json" "$tmp/new.json" "$wt" "$root" "$verbose" "$old" <<'EOF'
const fs = require('node:fs');
const [selFile, oldFile, newFile, oldDir, newDir, verbose, oldName] = process.argv.slice(2);
const sel = JSON.parse(fs.readFileSync(selFile, 'utf8'));
const ITEM = /issue 12 item (\d+)/;
const MISSING_API =
  /is not a function|is not defined|is not a constructor|Cannot find module|Failed to load url|does not provide an export|Cannot read properties of undefined \(reading 'prototype'\)/;

function load(file, dir) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const tests = new Map();
  const broken = [];
  for (const f of report.testResults) {
    const rel = f.name.startsWith(dir) ? f.name.slice(dir.length + 1) : f.name;
    if (f.assertionResults.length === 0 && f.status === 'failed')
      broken.push(`${rel}: ${(f.message || 'failed to load').split('\n')[0]}`);
    for (const a of f.assertionResults) {
      const own = ITEM.exec(a.title);
      const inherited = [...a.ancestorTitles].reverse().map((t) => ITEM.exec(t)).find(Boolean);
      const item = (own ?? inherited)?.[1] ?? null;
      const id = `${rel} > ${[...a.ancestorTitles, a.title].join(' > ')}`;
      const reason = (a.failureMessages ?? []).join('\n').split('\n').find((l) => l.trim()) ?? '';
      tests.set(id, { item, status: a.status, reason: reason.trim().slice(0, 200) });
    }
  }
  return { tests, broken };
}
const before = load(oldFile, oldDir);
const after = load(newFile, newDir);

const items = new Map();
for (let i = 1; i <= 13; i++) items.set(String(i), []);
const untagged = [];
for (const [id, now] of after.tests) {
  const then = before.tests.get(id);
  const row = { id, now: now.status, then: then?.status ?? 'absent', reason: then?.reason ?? '' };
  row.apiOnly = row.then === 'failed' && MISSING_API.test(row.reason);
  row.proof = row.then === 'failed' && !row.apiOnly && row.now === 'passed';
  if (now.item === null) untagged.push(row);
  else {
    if (!items.has(now.item)) items.set(now.item, []);
    items.get(now.item).push(row);
  }
}

const out = [];
out.push(`Issue 12 regression tests, public API only: failed on ${oldName}, pass on the current tree`);
out.push('');
out.push('item | tests | failed on old | pass on new | failed on old and pass on new | verdict');
out.push('---- | ----- | ------------- | ----------- | ----------------------------- | -------');
let missing = 0;
const order = [...items.keys()].sort((a, b) => Number(a) - Number(b));
for (const item of order) {
  const rows = items.get(item);
  const failedOld = rows.filter((r) => r.then === 'failed').length;
  const passNew = rows.filter((r) => r.now === 'passed').length;
  const proofs = rows.filter((r) => r.proof).length;
  const required = Number(item) <= 13;
  let verdict = proofs > 0 ? 'shown' : rows.length === 0 ? 'NO TEST' : 'NOT SHOWN';
  if (!required) verdict += ' (not a numbered item)';
  if (required && proofs === 0) missing++;
  out.push(
    `${item.padStart(4)} | ${String(rows.length).padStart(5)} | ${String(failedOld).padStart(13)} | ${String(passNew).padStart(11)} | ${String(proofs).padStart(29)} | ${verdict}`,
  );
}
out.push('');
const all = [...items.values()].flat();
out.push(
  `${all.length} tagged tests in ${sel.selected.length} files: ${all.filter((r) => r.proof).length} failed on the old code and pass now, ` +
    `${all.filter((r) => r.then === 'passed').length} passed on the old code too, ${all.filter((r) => r.now !== 'passed').length} do not pass now.`,
);
const apiOnly = all.filter((r) => r.apiOnly);
if (apiOnly.length > 0)
  out.push(`${apiOnly.length} failed on the old code only because an API was missing (not counted).`);
out.push('');
out.push('Files run:');
for (const f of sel.selected) out.push(`  ${f}`);
out.push('Not run on the old code (they import internal modules):');
for (const s of sel.skipped) out.push(`  ${s.file} (${s.imports.join(', ')})`);
for (const b of before.broken) out.push(`FILE FAILED TO LOAD on the old code: ${b}`);
for (const b of after.broken) out.push(`FILE FAILED TO LOAD on the current tree: ${b}`);
if (untagged.length > 0) out.push(`${untagged.length} tests without "issue 12 item N" in their name were not counted.`);
out.push('');
out.push(verbose === '1' ? 'Every test and why it failed on the old code:' : 'Why they failed on the old code (first 2 per item; --verbose for all):');
for (const item of order) {
  const rows = items.get(item);
  const shown = verbose === '1' ? rows : rows.filter((r) => r.proof).slice(0, 2);
  for (const r of shown)
    out.push(`  [${item}] old ${r.then}, new ${r.now}${r.apiOnly ? ' (missing API)' : ''}: ${r.id}${r.reason ? `\n        ${r.reason}` : ''}`);
}
const bad = all.filter((r) => r.now !== 'passed');
if (bad.length > 0 && verbose !== '1') {
  out.push('Not passing on the current tree:');
  for (const r of bad) out.push(`  [${r.id}] ${r.now}`);
}
console.log(out.join('\n'));
if (missing > 0) {
  console.error(`\n${missing} numbered item(s) of issue 12 have no test that failed on ${oldName} and passes now.`);
  process.exit(1);
}
EOF
