#!/usr/bin/env bash
# Installs Debian's chromium for the web app's end-to-end tests (playwright-core drives it; no
# browser is ever downloaded by a package). Idempotent and quiet: does nothing when it is there.
# As root, or through sudo (scripts/apt-install.sh).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

bash "$(dirname "$0")/apt-install.sh" install-chromium chromium

if [ ! -x /usr/bin/chromium ]; then
  echo "install-chromium: apt-get finished but /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)" >&2
