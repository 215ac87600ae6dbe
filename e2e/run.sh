#!/usr/bin/env bash
# Browser journey tests (foundation, catalogue, applications *.test.mjs): installs playwright-core from
# the lockfile (only when needed) and runs them.
# Needs Debian's chromium at /usr/bin/chromium (without it the tests say so and skip) and a
# built `passerelle` binary (PASSERELLE_BIN, ../target/debug/passerelle or
# $CARGO_TARGET_DIR/debug/passerelle).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

stamp=node_modules/.passerelle-e2e-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -d node_modules/playwright-core || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

npm test
