#!/usr/bin/env bash
# install.sh - install what the Ceph sandbox needs from Debian's packages (Debian 12; root or sudo).
# Idempotent: does nothing when the binaries are there. ~35 s on a fresh machine (98 packages).
# Also installs libvirt-clients (virsh, for the libvirt importer's test:///default tests), and makes sure
# ceph-base's crushtool and osdmaptool are there (the oracle of packages/crush's tests).
set -euo pipefail
need=()
for bin in ceph ceph-mon ceph-mgr ceph-osd ceph-authtool monmaptool rados; do
  command -v "$bin" >/dev/null 2>&1 || need=(ceph-mon ceph-mgr ceph-osd ceph-common)
done
for bin in crushtool osdmaptool; do
  command -v "$bin" >/dev/null 2>&1 || { need+=(ceph-base); break; }
done
command -v setsid >/dev/null 2>&1 || need+=(util-linux)
command -v virsh >/dev/null 2>&1 || need+=(libvirt-clients)
if ((${#need[@]} == 0)); then
  echo "[ceph-sandbox install] nothing to do" >&2
  exit 0
fi
# As root, or through sudo (Capa's scripts/apt-install.sh); fails naming the packages otherwise.
bash "$(dirname "$0")/../apt-install.sh" "ceph-sandbox install" "${need[@]}"
echo "[ceph-sandbox install] done" >&2
