#!/usr/bin/env bash
# Runs every example; any exception fails the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in examples/*.ts; do
  echo "-- $f"
  npx tsx "$f" > /dev/null
done
echo "examples ok"
