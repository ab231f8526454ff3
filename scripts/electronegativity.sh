#!/usr/bin/env bash
# Static security check of the Electron shell (main/app) with @doyensec/electronegativity.
# The tool exits 0 even with HIGH findings, so its SARIF report is read by
# packaging/electronegativity-check.ts, which fails on any finding not explained in
# packaging/electronegativity-allowlist.json (and on allowlist entries that match nothing).
# Needs no Electron binary and no network (the Electron version is passed explicitly).
set -euo pipefail
cd "$(dirname "$0")/.."

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
electron_version="$(node -p "require('./node_modules/electron/package.json').version")"

npx --no-install electronegativity -i main/app -r -e "$electron_version" -o "$out/report.sarif" >"$out/log.txt" 2>&1 || {
  cat "$out/log.txt"
  echo "electronegativity did not run" >&2
  exit 1
}
npx --no-install tsx packaging/electronegativity-check.ts "$out/report.sarif" packaging/electronegativity-allowlist.json
