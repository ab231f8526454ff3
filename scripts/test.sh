#!/usr/bin/env bash
# The one test command (README): installs what a fresh Debian machine lacks, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

DAWR_INSTALL_TEST_TOOLS=1 bash scripts/install.sh
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

echo "== lint";      npm run -s lint
echo "== typecheck"; npm run -s typecheck
echo "== architecture rules (dependency-cruiser; known violations may only shrink)"; npm run -s lint:architecture
echo "== Electron security scan (electronegativity)"; bash scripts/electronegativity.sh

if [ -z "${DAWR_TEST_PG_URL:-}" ]; then
  # A throwaway PostgreSQL on loopback, so the central-profile suites also run against it.
  eval "$(bash scripts/postgres-for-tests.sh)"
  trap 'bash scripts/postgres-for-tests.sh stop "$DAWR_TEST_PG_DIR" >/dev/null 2>&1 || true' EXIT
fi

echo "== unit, property, integration and crash tests"
npx vitest run --reporter=default

echo "== Electron end-to-end (skips with its reason where no Electron binary exists)"
npx playwright test -c tests/e2e-electron

echo "== browser tests (Playwright, Debian Chromium)"
npm run -s build
npx playwright test
