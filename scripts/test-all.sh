#!/usr/bin/env bash
# Runs every suite (types, unit/integration, dataset reproducibility, end-to-end) and ends with
# one line "N passed, N failed" over all of them (", N skipped" follows when a test was skipped;
# skipped tests and tests that passed only on a retry are named on stderr). Exit status is non-zero
# when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=test-results
mkdir -p "$OUT"
passed=0
failed=0
status=0

step() { echo; echo "=== $*"; }

# End-to-end tests need a Chromium; Debian's package is the one that installs on this kind of machine.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  step "installing Debian chromium for the end-to-end tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# "passed failed skipped" of a suite's JSON report; skipped and flaky tests are named on stderr.
count_json() { npx tsx scripts/test-counts.ts "$@"; }
skipped=0

step "typecheck (tsc)"
if npx tsc --noEmit -p tsconfig.json; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "lint: format, lint rules and layers (biome check, dependency-cruiser)"
if npm run -s lint; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$OUT/vitest.json" || status=1
read -r p f k < <(count_json "$OUT/vitest.json" vitest)
passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))

if [ -x scripts/check-dataset.sh ]; then
  step "dataset: rebuild from data/reports and compare with public/data"
  if bash scripts/check-dataset.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
fi

step "production build"
if npx vite build --configLoader runner; then
  passed=$((passed + 1))
  step "end-to-end tests (Playwright, Chromium)"
  PW_JSON="$OUT/playwright.json" npx playwright test || status=1
  read -r p f k < <(count_json "$OUT/playwright.json" playwright)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))
else
  failed=$((failed + 1)); status=1
fi

echo
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit $status
