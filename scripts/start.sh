#!/usr/bin/env bash
# `npm start`: install what is missing, build the apps, and run the demo centre.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx tsx scripts/build-renderer.ts
exec npx tsx main/demo/start.ts "$@"
