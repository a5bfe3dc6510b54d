#!/usr/bin/env bash
# Runs the unit suite under several time zones and checks that a digest of public results is
# identical in each: no result may depend on the host time zone.
set -euo pipefail
cd "$(dirname "$0")/.."
zones=(UTC Pacific/Kiritimati America/Sao_Paulo Europe/Paris)
first=""
for tz in "${zones[@]}"; do
  printf '\n== TZ=%s\n' "$tz"
  TZ="$tz" npx vitest run --typecheck.enabled=false --reporter=dot
  digest=$(TZ="$tz" npx tsx scripts/tz-digest.ts)
  echo "results digest under $tz: $digest"
  if [ -z "$first" ]; then first="$digest"; elif [ "$digest" != "$first" ]; then
    echo "results differ under TZ=$tz" >&2; exit 1
  fi
done
echo "Identical results under: ${zones[*]}"
