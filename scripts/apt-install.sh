#!/usr/bin/env bash
# apt-install.sh LABEL PACKAGE... - installs Debian packages for the test scripts: as root directly,
# otherwise through sudo (asking for a password only when there is a terminal to ask on; without one,
# `sudo -n` fails at once instead of hanging a test run). Fails, naming the packages, when neither works.
set -euo pipefail
label=$1
shift
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[$label] apt-get not found: install $* by hand (Debian package names)" >&2
  exit 1
fi
SUDO=()
if [[ $(id -u) != 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "[$label] not root and no sudo: run as root  apt-get install --no-install-recommends $*" >&2
    exit 1
  fi
  if [[ -t 0 ]]; then SUDO=(sudo); else SUDO=(sudo -n); fi
fi
echo "[$label] apt-get install $*" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 ||
  { echo "[$label] apt-get update failed (see above)" >&2; exit 1; }
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 ||
  { echo "[$label] apt-get install $* failed" >&2; exit 1; }
