#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Dawr: system packages, then npm dependencies.
# Used by both README commands (npm start, npm test). Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v socat >/dev/null || need_apt+=(socat)
command -v udevadm >/dev/null || need_apt+=(udev)
command -v fc-list >/dev/null || need_apt+=(fontconfig)
[ -e /usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf ] || need_apt+=(fonts-hosny-amiri)
[ -e /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || need_apt+=(fonts-noto-core)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || need_apt+=(fonts-dejavu-core)
if [ "${DAWR_INSTALL_TEST_TOOLS:-0}" = 1 ]; then
  command -v chromium >/dev/null || need_apt+=(chromium)
  command -v pg_ctlcluster >/dev/null || need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# The Electron binary cannot be downloaded here and is not needed to run the hub or the tests.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
