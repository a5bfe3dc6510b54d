#!/usr/bin/env bash
# CHANGELOG.md is written by changesets. This check runs `changeset version` on a throw-away copy
# and proves that the pending changesets become one release section right below the title, that
# each of them is in it, and that the version in package.json moves with it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pending=$(find "$repo/.changeset" -name '*.md' ! -name README.md | wc -l)
if [ "$pending" -eq 0 ]; then echo "changelog: no pending changeset"; exit 0; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/package.json" "$repo/CHANGELOG.md" "$repo/.changeset" "$work/"
ln -s "$repo/node_modules" "$work/node_modules"
cd "$work"
node node_modules/@changesets/cli/bin.js version >/dev/null
node - "$repo" <<'JS'
const { readFileSync, readdirSync } = require('node:fs');
const repo = process.argv[2];
const log = readFileSync('CHANGELOG.md', 'utf8');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const before = JSON.parse(readFileSync(`${repo}/package.json`, 'utf8')).version;
const fail = (m) => { console.error(`changelog check FAILED: ${m}`); process.exit(1); };
if (version === before) fail(`changeset version left the version at ${before}`);
if (!log.startsWith(`# impayes-core\n\n## ${version}\n`)) fail(`no "## ${version}" section below the title`);
const files = readdirSync(`${repo}/.changeset`).filter((f) => f.endsWith('.md') && f !== 'README.md');
for (const f of files) {
  const summary = readFileSync(`${repo}/.changeset/${f}`, 'utf8').split('---')[2].trim().split('\n')[0];
  if (!log.includes(summary)) fail(`${f} is not in the release notes`);
}
console.log(`changelog: changeset version would release ${version} with ${files.length} changesets`);
JS
