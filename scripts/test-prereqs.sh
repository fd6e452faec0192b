#!/usr/bin/env bash
# test-prereqs.sh - what `pnpm test` needs besides Node and pnpm, installed from Debian's packages when
# it is missing, through the project's own install scripts. `pnpm test` runs it first.
#
# Needed by the tests (none of them is ever skipped, so each of these is required):
#   /usr/bin/chromium            chromium         apps/web/test/e2e-*.test.ts (playwright-core drives it)
#   ceph, ceph-mon, ceph-mgr,    ceph-mon ceph-mgr the live Ceph sandbox: packages/importer/test/ceph-live,
#   ceph-osd, ceph-authtool,     ceph-osd          packages/crush/test/live-sandbox
#   monmaptool, rados            ceph-common
#   crushtool, osdmaptool        ceph-base        packages/crush/test/oracle.test.ts
#   setsid                       util-linux       scripts/ceph-sandbox/start.sh
#   virsh                        libvirt-clients  packages/importer/test/libvirt-rvtools.test.ts
#   openssl                      openssl          packages/importer/test/pve-server.ts (self-signed cert)
#   promtool                     prometheus       packages/cli/test/alerts-promtool.test.ts (promtool check/test rules)
#
# Idempotent and silent when everything is there. Otherwise it installs what is missing (as root, or
# through sudo) and, when something still cannot be had, exits 1 naming each missing tool, its Debian
# package and the command that installs it. CAPA_TEST_PREREQS_INSTALL=0 only checks and never installs.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)

# tool (a command name, or an absolute path) -> Debian package
declare -A PKG=(
  [/usr/bin/chromium]=chromium
  [ceph]=ceph-common [ceph-authtool]=ceph-common [rados]=ceph-common [monmaptool]=ceph-base
  [ceph-mon]=ceph-mon [ceph-mgr]=ceph-mgr [ceph-osd]=ceph-osd
  [crushtool]=ceph-base [osdmaptool]=ceph-base
  [setsid]=util-linux [virsh]=libvirt-clients [openssl]=openssl [promtool]=prometheus
)
ORDER=(/usr/bin/chromium ceph ceph-mon ceph-mgr ceph-osd ceph-authtool monmaptool rados crushtool osdmaptool setsid virsh openssl promtool)

have() {
  if [[ $1 == /* ]]; then [[ -x $1 ]]; else command -v "$1" >/dev/null 2>&1; fi
}
missing() {
  local t out=()
  for t in "${ORDER[@]}"; do have "$t" || out+=("$t"); done
  ((${#out[@]} == 0)) || printf '%s\n' "${out[@]}"
}

mapfile -t gone < <(missing)
((${#gone[@]} == 0)) && exit 0

echo "[test-prereqs] missing: ${gone[*]}" >&2
if [[ ${CAPA_TEST_PREREQS_INSTALL:-1} != 0 ]]; then
  # Each script installs only what it finds missing, from Debian's packages (never a downloaded binary).
  # A failure is reported below by name, so they may fail here without stopping this script.
  for t in "${gone[@]}"; do
    case $t in
      /usr/bin/chromium) bash "$HERE/install-chromium.sh" || true ;;
    esac
  done
  for t in "${gone[@]}"; do
    case $t in
      /usr/bin/chromium | openssl | promtool) ;;
      *) bash "$HERE/ceph-sandbox/install.sh" || true; break ;;
    esac
  done
  if ! have openssl; then bash "$HERE/apt-install.sh" test-prereqs openssl || true; fi
  # Debian's prometheus package ships promtool; --no-install-recommends (apt-install.sh) keeps it to
  # the package itself (the server comes along, its service is not needed by the tests).
  if ! have promtool; then bash "$HERE/apt-install.sh" test-prereqs prometheus || true; fi
  mapfile -t gone < <(missing)
fi
((${#gone[@]} == 0)) && { echo "[test-prereqs] everything the tests need is installed" >&2; exit 0; }

# Still missing: say exactly what, and how to get it.
echo "[test-prereqs] the tests cannot run; missing:" >&2
for t in "${gone[@]}"; do echo "  $t (Debian package ${PKG[$t]})" >&2; done
pkgs=$(for t in "${gone[@]}"; do echo "${PKG[$t]}"; done | sort -u | tr '\n' ' ')
echo "Install them as root:  apt-get install --no-install-recommends ${pkgs% }" >&2
echo "(or run: sudo bash scripts/test-prereqs.sh)" >&2
exit 1
