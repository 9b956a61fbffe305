#!/usr/bin/env bash
# Runs every suite (types, unit/integration, dataset reproducibility, end-to-end) and ends with
# one line "N passed, N failed" over all of them. Exit status is non-zero when anything failed.
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
count_json() { # file kind -> "p f"
  node -e '
    const fs = require("fs");
    const [file, kind] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") console.log(j.numPassedTests, j.numFailedTests + (j.numTotalTests === 0 ? 1 : 0));
    else {
      const s = j.stats;
      if (s.flaky) console.error(`playwright: ${s.flaky} flaky test(s) passed only on retry`);
      console.log(s.expected + s.flaky, s.unexpected);
    }
  ' "$@"
}

step "typecheck (tsc)"
if npx tsc --noEmit -p tsconfig.json; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "lint and format (biome check)"
if npx biome check .; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$OUT/vitest.json" || status=1
read -r p f < <(count_json "$OUT/vitest.json" vitest)
passed=$((passed + p)); failed=$((failed + f))

if [ -x scripts/check-dataset.sh ]; then
  step "dataset: rebuild from data/reports and compare with public/data"
  if bash scripts/check-dataset.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
fi

step "production build"
if npx vite build --configLoader runner; then
  passed=$((passed + 1))
  step "end-to-end tests (Playwright, Chromium)"
  PW_JSON="$OUT/playwright.json" npx playwright test || status=1
  read -r p f < <(count_json "$OUT/playwright.json" playwright)
  passed=$((passed + p)); failed=$((failed + f))
else
  failed=$((failed + 1)); status=1
fi

echo
echo "$passed passed, $failed failed"
exit $status
