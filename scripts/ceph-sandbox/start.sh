#!/usr/bin/env bash
# start.sh - start a small, throw-away, REAL Ceph cluster in a temporary directory.
#
# Capa's copy of the ceph-sandbox scripts (from the project's shared research area); the one
# change: Ceph is installed from Debian's packages by install.sh when the binaries are missing.
#
# What it starts (every listener on 127.0.0.1, no systemd, nothing in /etc/ceph or
# /var/lib/ceph, all state under $CEPH_SANDBOX_DIR):
#   * 1 monitor  (mon.a)
#   * 1 manager  (mgr.x)
#   * N OSDs     (default 3; BlueStore on sparse files, or memstore)
# then creates
#   * CRUSH rule "sandbox-rep-osd" (replicated, failure domain osd)
#   * pool "sandbox-rep": replicated, size 3, min_size 2, rule sandbox-rep-osd
#   * EC profile "sandbox-k2m1" (k=2 m=1 crush-failure-domain=osd) and
#     pool "sandbox-ec" using it
# With CEPH_SANDBOX_HOSTS=H (H >= 3) it instead builds H fake CRUSH hosts
# sandbox-host-1..H with CEPH_SANDBOX_OSDS_PER_HOST OSDs each, and the failure domain
# is host everywhere (osd_crush_chooseleaf_type = 1, rule "sandbox-rep-host", EC
# profile crush-failure-domain=host).
# writes a little data into both pools with `rados put`, waits until every PG is
# active+clean (and HEALTH_OK), and prints the environment a client needs.
#
# Requirements (Debian 12 "bookworm", Ceph 16.2.x "pacific"), as root:
#   apt-get update
#   apt-get install -y --no-install-recommends ceph-mon ceph-mgr ceph-osd ceph-common
#   # only for CEPH_SANDBOX_DASHBOARD=1:
#   apt-get install -y --no-install-recommends ceph-mgr-dashboard
#
# Idempotent: if a sandbox is already running (and finished starting) in
# $CEPH_SANDBOX_DIR, it only prints the environment and exits 0. A stale or
# half-started sandbox dir is stopped (only the PIDs this script recorded) and
# recreated. If start-up fails, the daemons started so far are stopped again and
# the directory is kept for its logs.
#
# Tunables (environment variables, all optional):
#   CEPH_SANDBOX_DIR           sandbox directory                  (default /tmp/ceph-sandbox)
#   CEPH_SANDBOX_MON_PORT      mon msgr v2 port                   (default 40330)
#   CEPH_SANDBOX_MON_V1_PORT   mon msgr v1 (legacy) port          (default 40789)
#   CEPH_SANDBOX_PORT_MIN/MAX  port range for osd/mgr messengers  (default 40500/40700)
#   CEPH_SANDBOX_OSDS          number of OSDs                     (default 3)
#   CEPH_SANDBOX_HOSTS         0 = classic layout (all OSDs under one CRUSH host, failure
#                              domain osd); H >= 3 = H CRUSH hosts sandbox-host-1..H,
#                              failure domain host                  (default 0)
#   CEPH_SANDBOX_OSDS_PER_HOST OSDs in each host when HOSTS > 0     (default 1)
#                              (CEPH_SANDBOX_OSDS, if also set, must equal HOSTS x this)
#   CEPH_SANDBOX_OSD_SIZE_GB   size of each sparse OSD file, GiB  (default 10)
#   CEPH_SANDBOX_OBJECTSTORE   bluestore | memstore               (default bluestore)
#   CEPH_SANDBOX_PG_NUM        pg_num of the two pools            (default 32; any other
#                              value also sets pg_num_min so the autoscaler keeps it)
#   CEPH_SANDBOX_EC            0 = do not create the EC pool       (default 1)
#   CEPH_SANDBOX_OSD_MEMORY_TARGET  osd_memory_target in bytes    (default 1073741824;
#                              Ceph's minimum is 939524096)
#   CEPH_SANDBOX_FAKE_HOSTS    1 = every OSD in its own CRUSH host bucket
#                              sandbox-host-<i> (default 0: all in "sandbox-host")
#   CEPH_SANDBOX_RESTFUL       1 = enable mgr "restful" module: HTTPS, self-signed
#                              cert, HTTP basic auth                          (default 0)
#   CEPH_SANDBOX_RESTFUL_PORT                                     (default 40443)
#   CEPH_SANDBOX_DASHBOARD     1 = enable mgr "dashboard": plain HTTP REST API with JWT
#                              login (needs ceph-mgr-dashboard)               (default 0)
#   CEPH_SANDBOX_DASHBOARD_PORT                                   (default 40480)
#       RESTFUL and DASHBOARD cannot both be 1 (see README: PyO3 sub-interpreter bug).
#   CEPH_SANDBOX_WRITE_DATA    0 = skip writing sample objects    (default 1)
#   CEPH_SANDBOX_TIMEOUT       seconds to wait for active+clean   (default 300)
#   CEPH_SANDBOX_MKFS_JOBS     OSD mkfs run in parallel           (default 4)
#
# Output: stdout carries only `export VAR=value` lines (also saved as
# $CEPH_SANDBOX_DIR/env.sh); progress goes to stderr. Typical use:
#   eval "$(./start.sh)"; ceph -s; ./stop.sh
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

DIR="${CEPH_SANDBOX_DIR:-/tmp/ceph-sandbox}"
MON_PORT="${CEPH_SANDBOX_MON_PORT:-40330}"
MON_V1_PORT="${CEPH_SANDBOX_MON_V1_PORT:-40789}"
PORT_MIN="${CEPH_SANDBOX_PORT_MIN:-40500}"
PORT_MAX="${CEPH_SANDBOX_PORT_MAX:-40700}"
NUM_OSDS="${CEPH_SANDBOX_OSDS:-3}"
HOSTS="${CEPH_SANDBOX_HOSTS:-0}"
OSDS_PER_HOST="${CEPH_SANDBOX_OSDS_PER_HOST:-1}"
OSD_SIZE_GB="${CEPH_SANDBOX_OSD_SIZE_GB:-10}"
OBJECTSTORE="${CEPH_SANDBOX_OBJECTSTORE:-bluestore}"
PG_NUM="${CEPH_SANDBOX_PG_NUM:-32}"
FAKE_HOSTS="${CEPH_SANDBOX_FAKE_HOSTS:-0}"
EC="${CEPH_SANDBOX_EC:-1}"
OSD_MEMORY_TARGET="${CEPH_SANDBOX_OSD_MEMORY_TARGET:-1073741824}"
RESTFUL="${CEPH_SANDBOX_RESTFUL:-0}"
RESTFUL_PORT="${CEPH_SANDBOX_RESTFUL_PORT:-40443}"
DASHBOARD="${CEPH_SANDBOX_DASHBOARD:-0}"
DASHBOARD_PORT="${CEPH_SANDBOX_DASHBOARD_PORT:-40480}"
WRITE_DATA="${CEPH_SANDBOX_WRITE_DATA:-1}"
TIMEOUT="${CEPH_SANDBOX_TIMEOUT:-300}"
MKFS_JOBS="${CEPH_SANDBOX_MKFS_JOBS:-4}"

REP_RULE="sandbox-rep-osd" # sandbox-rep-host when HOSTS > 0 (set below)
REP_POOL="sandbox-rep"
EC_POOL="sandbox-ec"
EC_PROFILE="sandbox-k2m1"

CONF="$DIR/ceph.conf"
# Always Debian's python (the ceph CLI's own interpreter), never a pyenv/venv one.
PY=/usr/bin/python3

T0=$(date +%s%N)
log() { # progress on stderr, prefixed with seconds since start
  local ms=$((($(date +%s%N) - T0) / 1000000))
  printf '[ceph-sandbox %4d.%01ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*" >&2
}
die() { log "ERROR: $*"; exit 1; }

# ceph CLI bound to this sandbox; a connect timeout so a dead cluster fails fast.
c() { ceph --conf "$CONF" --connect-timeout 15 "$@"; }
# q: like c, but silent on success and loud (then exit) on failure.
q() {
  local out
  if ! out=$(c "$@" 2>&1); then
    printf '%s\n' "$out" >&2
    die "command failed: ceph $*"
  fi
}

# --------------------------------------------------------------------------
# 0. Pre-flight
# --------------------------------------------------------------------------
# Capa: install Ceph from Debian's packages when it is missing (CEPH_SANDBOX_INSTALL=0 to refuse).
missing=0
for bin in ceph ceph-mon ceph-mgr ceph-osd ceph-authtool monmaptool rados setsid; do
  command -v "$bin" >/dev/null 2>&1 || missing=1
done
if ((missing)) && [[ ${CEPH_SANDBOX_INSTALL:-1} == 1 ]]; then
  "$SCRIPT_DIR/install.sh" || die "installing Ceph failed (see above)"
fi
for bin in ceph ceph-mon ceph-mgr ceph-osd ceph-authtool monmaptool rados setsid; do
  command -v "$bin" >/dev/null 2>&1 ||
    die "'$bin' not found; run scripts/ceph-sandbox/install.sh (apt-get install ceph-mon ceph-mgr ceph-osd ceph-common)"
done
[[ -x $PY ]] || die "$PY not found"
case "$OBJECTSTORE" in bluestore | memstore) ;; *) die "CEPH_SANDBOX_OBJECTSTORE must be bluestore or memstore" ;; esac
if [[ $DASHBOARD == 1 && ! -d /usr/share/ceph/mgr/dashboard ]]; then
  die "CEPH_SANDBOX_DASHBOARD=1 needs the ceph-mgr-dashboard package"
fi
if [[ $DASHBOARD == 1 && $RESTFUL == 1 ]]; then
  die "CEPH_SANDBOX_RESTFUL=1 and CEPH_SANDBOX_DASHBOARD=1 cannot be combined on this Ceph build (PyO3 sub-interpreter limitation, see README)"
fi
for p in "$MON_PORT" "$MON_V1_PORT" "$RESTFUL_PORT" "$DASHBOARD_PORT"; do
  if ((p >= PORT_MIN && p <= PORT_MAX)); then
    die "port $p lies inside the daemon port range $PORT_MIN-$PORT_MAX"
  fi
done
# need_int NAME VALUE MIN: VALUE must be a plain decimal integer >= MIN
need_int() {
  if [[ ! $2 =~ ^[0-9]{1,15}$ ]] || ((10#$2 < $3)); then
    die "$1 must be an integer >= $3 (got '$2')"
  fi
}
need_int CEPH_SANDBOX_OSDS "$NUM_OSDS" 1
need_int CEPH_SANDBOX_HOSTS "$HOSTS" 0
need_int CEPH_SANDBOX_OSDS_PER_HOST "$OSDS_PER_HOST" 1
need_int CEPH_SANDBOX_PG_NUM "$PG_NUM" 1
need_int CEPH_SANDBOX_MKFS_JOBS "$MKFS_JOBS" 1
need_int CEPH_SANDBOX_OSD_MEMORY_TARGET "$OSD_MEMORY_TARGET" 939524096 # Ceph's own minimum
NUM_OSDS=$((10#$NUM_OSDS)) HOSTS=$((10#$HOSTS)) OSDS_PER_HOST=$((10#$OSDS_PER_HOST)) PG_NUM=$((10#$PG_NUM))
case "$EC" in 0 | 1) ;; *) die "CEPH_SANDBOX_EC must be 0 or 1 (got '$EC')" ;; esac

# CRUSH layout. HOSTS=0: the classic layout (one CRUSH host, failure domain osd).
# HOSTS>=3: fake hosts sandbox-host-1..HOSTS with OSDS_PER_HOST OSDs each (osd.0..P-1 in
# host 1, osd.P..2P-1 in host 2, ...), failure domain host, chooseleaf type 1.
if ((HOSTS > 0)); then
  ((HOSTS >= 3)) ||
    die "CEPH_SANDBOX_HOSTS must be 0 or >= 3: size-3 pools (and EC k=2 m=1) need 3 hosts when the failure domain is host"
  [[ $FAKE_HOSTS == 1 ]] && die "CEPH_SANDBOX_FAKE_HOSTS=1 and CEPH_SANDBOX_HOSTS cannot be combined"
  if [[ -n ${CEPH_SANDBOX_OSDS:-} ]] && ((NUM_OSDS != HOSTS * OSDS_PER_HOST)); then
    die "CEPH_SANDBOX_OSDS=$NUM_OSDS does not match CEPH_SANDBOX_HOSTS x CEPH_SANDBOX_OSDS_PER_HOST = $((HOSTS * OSDS_PER_HOST)) (leave CEPH_SANDBOX_OSDS unset)"
  fi
  NUM_OSDS=$((HOSTS * OSDS_PER_HOST))
  FAILURE_DOMAIN=host
  CHOOSELEAF_TYPE=1
  REP_RULE="sandbox-rep-host"
else
  [[ -n ${CEPH_SANDBOX_OSDS_PER_HOST:-} ]] &&
    log "warning: CEPH_SANDBOX_OSDS_PER_HOST is ignored without CEPH_SANDBOX_HOSTS"
  FAILURE_DOMAIN=osd
  CHOOSELEAF_TYPE=0
fi
# Each OSD binds 8 ports (public/cluster/heartbeat front+back, msgr v2+v1); the mgr 2.
if ((NUM_OSDS * 8 + 2 > PORT_MAX - PORT_MIN + 1)); then
  die "$NUM_OSDS OSDs need $((NUM_OSDS * 8 + 2)) ports; CEPH_SANDBOX_PORT_MIN..MAX ($PORT_MIN..$PORT_MAX) is too small"
fi
# The mon refuses a pool whose PG replicas would exceed mon_max_pg_per_osd (250) x OSDs
# (counting device_health_metrics: 1 PG x 3). Fail early with a clear message instead.
PG_REPLICAS=$((3 + PG_NUM * 3 + EC * PG_NUM * 3))
if ((PG_REPLICAS > 250 * (NUM_OSDS > 3 ? NUM_OSDS : 3))); then
  die "pg_num $PG_NUM on $NUM_OSDS OSDs means $PG_REPLICAS PG replicas, more than mon_max_pg_per_osd 250 x $NUM_OSDS OSDs allows; lower CEPH_SANDBOX_PG_NUM, add OSDs or set CEPH_SANDBOX_EC=0"
fi
# Everything that shapes the cluster; a running sandbox is only reused if it matches.
SETTINGS="osds=$NUM_OSDS hosts=$HOSTS osds_per_host=$OSDS_PER_HOST pg_num=$PG_NUM ec=$EC store=$OBJECTSTORE size_gb=$OSD_SIZE_GB fake_hosts=$FAKE_HOSTS mem=$OSD_MEMORY_TARGET restful=$RESTFUL dashboard=$DASHBOARD write_data=$WRITE_DATA"

# Already running? (finished start-up, all recorded PIDs alive, cluster answers)
if [[ -f $DIR/ready && -f $DIR/env.sh ]]; then
  alive=1
  shopt -s nullglob
  pidfiles=("$DIR"/pids/*.pid)
  shopt -u nullglob
  ((${#pidfiles[@]} == NUM_OSDS + 2)) || alive=0
  for pf in "${pidfiles[@]}"; do
    kill -0 "$(cat "$pf")" 2>/dev/null || alive=0
  done
  if [[ $alive == 1 && $(cat "$DIR/settings" 2>/dev/null) != "$SETTINGS" ]]; then
    log "the sandbox in $DIR was started with other settings"
    alive=0
  fi
  if [[ $alive == 1 ]] && c health >/dev/null 2>&1; then
    log "sandbox already running in $DIR"
    cat "$DIR/env.sh"
    exit 0
  fi
  log "sandbox in $DIR is stale or differs: stopping what this script started and recreating it"
fi
if [[ -e $DIR ]]; then
  CEPH_SANDBOX_DIR="$DIR" "$SCRIPT_DIR/stop.sh" >&2
fi

# Refuse to start if one of our fixed ports is taken (e.g. by another sandbox).
if command -v ss >/dev/null 2>&1; then
  for p in "$MON_PORT" "$MON_V1_PORT" "$RESTFUL_PORT" "$DASHBOARD_PORT"; do
    if ss -Hltn "sport = :$p" | grep -q .; then
      die "port $p already in use (see CEPH_SANDBOX_*_PORT)"
    fi
  done
fi

mkdir -p "$DIR"/{run,log,pids,crash,keyrings,mon,mgr,osd,tmp,mgr-modules}
chmod 700 "$DIR"
printf '%s\n' "$SETTINGS" >"$DIR/settings"

# On failure: stop whatever we started, keep the directory (logs) for debugging.
on_exit() {
  local rc=$?
  if ((rc != 0)); then
    log "start-up failed (rc=$rc); stopping the daemons started so far, keeping $DIR for its logs"
    CEPH_SANDBOX_DIR="$DIR" CEPH_SANDBOX_KEEP=1 "$SCRIPT_DIR/stop.sh" >&2 || true
  fi
}
trap on_exit EXIT

FSID=$(cat /proc/sys/kernel/random/uuid)
MON_ADDRS="[v2:127.0.0.1:$MON_PORT,v1:127.0.0.1:$MON_V1_PORT]"

# mgr python modules: a private module dir of symlinks to /usr/share/ceph/mgr.
# The "dashboard" module is left out unless asked for: on Debian 12 each mgr module
# runs in its own Python sub-interpreter and python3-cryptography (PyO3/Rust) can
# only be imported by the FIRST one; dashboard (imports jwt->cryptography) sorts
# before restful, so with dashboard present restful fails with "PyO3 modules may
# only be initialized once per interpreter process".
for m in /usr/share/ceph/mgr/*; do
  name=$(basename "$m")
  [[ $name == dashboard && $DASHBOARD != 1 ]] && continue
  ln -s "$m" "$DIR/mgr-modules/$name"
done

# --------------------------------------------------------------------------
# 1. ceph.conf - every path points into $DIR, every address is 127.0.0.1
# --------------------------------------------------------------------------
cat >"$CONF" <<EOF
# Generated by ceph-sandbox start.sh - throw-away test cluster, NOT for production.
[global]
fsid = $FSID
mon_host = $MON_ADDRS
# bind only on loopback
public_network = 127.0.0.1/32
cluster_network = 127.0.0.1/32
public_addr = 127.0.0.1
cluster_addr = 127.0.0.1
ms_bind_ipv4 = true
ms_bind_ipv6 = false
ms_bind_port_min = $PORT_MIN
ms_bind_port_max = $PORT_MAX

auth_cluster_required = cephx
auth_service_required = cephx
auth_client_required = cephx
auth_allow_insecure_global_id_reclaim = false

# keep everything inside the sandbox dir
run_dir = $DIR/run
admin_socket = $DIR/run/\$cluster-\$name.asok
pid_file = $DIR/run/\$name.pid
log_file = $DIR/log/\$name.log
mon_cluster_log_file = $DIR/log/cluster.log
crash_dir = $DIR/crash
keyring = $DIR/keyrings/\$name.keyring
log_to_syslog = false
err_to_syslog = false
clog_to_syslog = false

# 0: all OSDs share one host, replicate across OSDs; 1: replicate across (fake) hosts.
# Used for the default replicated_rule (device_health_metrics).
osd_crush_chooseleaf_type = $CHOOSELEAF_TYPE
osd_pool_default_size = 3
osd_pool_default_min_size = 2
mon_allow_pool_delete = true
# the sandbox shares a disk with everything else: do not warn at 30% free
mon_data_avail_warn = 5
mon_data_avail_crit = 2
# do not auto-enable the restful module (its default bind address is '::')
mgr_initial_modules = iostat nfs

[mon]
mon_data = $DIR/mon/\$cluster-\$id
keyring = \$mon_data/keyring

[mgr]
mgr_data = $DIR/mgr/\$cluster-\$id
keyring = \$mgr_data/keyring
mgr_module_path = $DIR/mgr-modules

[osd]
osd_data = $DIR/osd/\$cluster-\$id
keyring = \$osd_data/keyring
osd_objectstore = $OBJECTSTORE
# small memory footprint (default target is 4 GiB per OSD; Ceph's minimum is 896 MiB)
osd_memory_target = $OSD_MEMORY_TARGET
# BlueStore on a sparse regular file \$osd_data/block, created by mkfs. (Do NOT set
# bluestore_block_path to \$osd_data/block: BlueStore then symlinks block -> itself, ELOOP.)
bluestore_block_create = true
bluestore_block_size = $((OSD_SIZE_GB * 1024 * 1024 * 1024))
bluestore_fsck_on_mount = false
# memstore (only used when CEPH_SANDBOX_OBJECTSTORE=memstore): data lives in RAM
memstore_device_bytes = $((OSD_SIZE_GB * 1024 * 1024 * 1024))
EOF

if ((HOSTS > 0)); then
  for ((i = 0; i < NUM_OSDS; i++)); do
    printf '\n[osd.%d]\ncrush_location = root=default host=sandbox-host-%d\n' "$i" $((i / OSDS_PER_HOST + 1)) >>"$CONF"
  done
elif [[ $FAKE_HOSTS == 1 ]]; then
  for ((i = 0; i < NUM_OSDS; i++)); do
    printf '\n[osd.%d]\ncrush_location = root=default host=sandbox-host-%d\n' "$i" "$i" >>"$CONF"
  done
else
  # still inside the [osd] section written above
  printf 'crush_location = root=default host=sandbox-host\n' >>"$CONF"
fi

# Client environment (printed at the end, sourceable).
cat >"$DIR/env.sh" <<EOF
export CEPH_CONF=$CONF
export CEPH_SANDBOX_DIR=$DIR
export CEPH_SANDBOX_FSID=$FSID
export CEPH_SANDBOX_MON_HOST=$MON_ADDRS
export CEPH_SANDBOX_ADMIN_KEYRING=$DIR/keyrings/client.admin.keyring
EOF

# --------------------------------------------------------------------------
# 2. keys + monitor
# --------------------------------------------------------------------------
log "creating keys and monmap (fsid $FSID)"
ceph-authtool --create-keyring "$DIR/tmp/mon.keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
ceph-authtool --create-keyring "$DIR/keyrings/client.admin.keyring" --gen-key -n client.admin \
  --cap mon 'allow *' --cap osd 'allow *' --cap mds 'allow *' --cap mgr 'allow *' >/dev/null
ceph-authtool "$DIR/tmp/mon.keyring" --import-keyring "$DIR/keyrings/client.admin.keyring" >/dev/null
monmaptool --create --fsid "$FSID" --addv a "$MON_ADDRS" "$DIR/tmp/monmap" >/dev/null

# launch TYPE ID: run ceph-TYPE in foreground mode (-f) in its own session (setsid
# execs in place, so $! is the daemon's PID), detached from our stdin/stdout, and
# record that PID in $DIR/pids/TYPE.ID.pid (stop.sh signals only those PIDs).
launch() {
  local type=$1 id=$2
  setsid "ceph-$type" -f --conf "$CONF" -i "$id" \
    </dev/null >>"$DIR/log/$type.$id.stdout" 2>&1 &
  echo $! >"$DIR/pids/$type.$id.pid"
}

ceph-mon --conf "$CONF" --mkfs -i a --monmap "$DIR/tmp/monmap" --keyring "$DIR/tmp/mon.keyring" \
  >"$DIR/log/mon.a.mkfs" 2>&1 || { cat "$DIR/log/mon.a.mkfs" >&2; die "ceph-mon --mkfs failed"; }
rm -f "$DIR/tmp/mon.keyring" "$DIR/tmp/monmap"
launch mon a
log "mon.a started (pid $(cat "$DIR/pids/mon.a.pid"))"

for _ in $(seq 1 60); do
  c mon stat >/dev/null 2>&1 && break
  sleep 0.5
done
c mon stat >/dev/null 2>&1 || die "monitor did not come up; see $DIR/log/mon.a.log"
log "mon.a answers"

# --------------------------------------------------------------------------
# 3. manager. Module options are set BEFORE any module is enabled because restful,
#    dashboard and prometheus default to binding on '::' (all interfaces).
#    `--force`: the mon does not know module options until a mgr has reported them.
# --------------------------------------------------------------------------
q config set mgr mgr_stats_period 2 # fresher `ceph df` / `osd df` numbers
q config set mgr mgr/restful/server_addr 127.0.0.1 --force
q config set mgr mgr/restful/server_port "$RESTFUL_PORT" --force
q config set mgr mgr/dashboard/server_addr 127.0.0.1 --force
q config set mgr mgr/dashboard/server_port "$DASHBOARD_PORT" --force
q config set mgr mgr/dashboard/ssl false --force
q config set mgr mgr/prometheus/server_addr 127.0.0.1 --force

mkdir -p "$DIR/mgr/ceph-x"
q auth get-or-create mgr.x mon 'allow profile mgr' osd 'allow *' mds 'allow *' \
  -o "$DIR/mgr/ceph-x/keyring"
launch mgr x
log "mgr.x started (pid $(cat "$DIR/pids/mgr.x.pid"))"

# --------------------------------------------------------------------------
# 4. OSDs: register (ceph osd new, with a cephx secret) one by one so the ids come
#    out in order, then mkfs + start them in batches of MKFS_JOBS (mkfs mostly waits
#    for fsync, so a few in parallel are faster even on 2 cores).
# --------------------------------------------------------------------------
host_of() { # CRUSH host that osd.$1 goes into
  if ((HOSTS > 0)); then echo "sandbox-host-$(($1 / OSDS_PER_HOST + 1))"
  elif [[ $FAKE_HOSTS == 1 ]]; then echo "sandbox-host-$1"
  else echo "sandbox-host"; fi
}
# With several CRUSH hosts, create the host buckets in order first. Otherwise each
# bucket is made when its first OSD boots, the boot order is random (OSDs start in
# parallel), bucket ids follow it, and CRUSH placement (straw2 hashes the bucket id)
# would change from run to run. Made here in order, they get the ids -2, -3, ...
if ((HOSTS > 0)) || [[ $FAKE_HOSTS == 1 ]]; then
  for ((i = 0; i < NUM_OSDS; i++)); do
    h=$(host_of "$i")
    if ((i == 0)) || [[ $h != "$(host_of $((i - 1)))" ]]; then
      q osd crush add-bucket "$h" host root=default
    fi
  done
  log "CRUSH host buckets created: $(host_of 0) .. $(host_of $((NUM_OSDS - 1)))"
fi
uuids=()
for ((i = 0; i < NUM_OSDS; i++)); do
  uuid=$(cat /proc/sys/kernel/random/uuid)
  secret=$(ceph-authtool --gen-print-key)
  printf '{"cephx_secret": "%s"}' "$secret" >"$DIR/tmp/osd-secret.json"
  id=$(c osd new "$uuid" -i "$DIR/tmp/osd-secret.json")
  rm -f "$DIR/tmp/osd-secret.json"
  [[ $id == "$i" ]] || die "expected osd id $i, got '$id'"
  odir="$DIR/osd/ceph-$id"
  mkdir -p "$odir"
  ceph-authtool --create-keyring "$odir/keyring" --name "osd.$id" --add-key "$secret" >/dev/null
  uuids[i]=$uuid
done
log "registered osd.0..$((NUM_OSDS - 1))"
for ((first = 0; first < NUM_OSDS; first += MKFS_JOBS)); do
  last=$((first + MKFS_JOBS < NUM_OSDS ? first + MKFS_JOBS : NUM_OSDS))
  mkfs_pids=()
  for ((i = first; i < last; i++)); do
    ceph-osd --conf "$CONF" -i "$i" --mkfs --osd-uuid "${uuids[i]}" >"$DIR/log/osd.$i.mkfs" 2>&1 &
    mkfs_pids[i]=$!
  done
  failed=()
  for ((i = first; i < last; i++)); do
    wait "${mkfs_pids[i]}" || failed+=("$i")
  done
  for i in "${failed[@]}"; do tail -20 "$DIR/log/osd.$i.mkfs" >&2; done
  ((${#failed[@]} == 0)) || die "ceph-osd --mkfs failed for osd.${failed[*]}"
  for ((i = first; i < last; i++)); do
    launch osd "$i"
    log "osd.$i created + started (pid $(cat "$DIR/pids/osd.$i.pid"), $OBJECTSTORE, $(host_of "$i"))"
  done
done

# --------------------------------------------------------------------------
# 5. wait helpers
# --------------------------------------------------------------------------
# state: prints "<up_osds> <in_osds> <num_pgs> <active+clean pgs> <health> <mgr_available> <expected_pgs>"
# (expected_pgs = sum of pg_num over all pools in the OSDMap; the mgr's PG stats
# lag behind pool creation, so num_pgs alone is not enough)
state() {
  local status dump
  status=$(c status -f json 2>/dev/null) || status='{}'
  dump=$(c osd dump -f json 2>/dev/null) || dump='{}'
  $PY -c '
import json, sys
try:
    s = json.loads(sys.argv[1]); d = json.loads(sys.argv[2])
    om = s["osdmap"]; om = om.get("osdmap", om)
    pg = s["pgmap"]
    ac = sum(x["count"] for x in pg.get("pgs_by_state", []) if x["state_name"] == "active+clean")
    exp = sum(p["pg_num"] for p in d["pools"])
    print(om["num_up_osds"], om["num_in_osds"], pg["num_pgs"], ac, s["health"]["status"],
          int(s["mgrmap"]["available"]), exp)
except Exception:
    print("0 0 0 0 UNKNOWN 0 -1")
' "$status" "$dump"
}

# wait_for DESCRIPTION PY_EXPR   (PY_EXPR sees up, inn, pgs, ac, health, mgr, exp)
wait_for() {
  local what=$1 expr=$2 deadline=$(($(date +%s) + TIMEOUT)) s
  while :; do
    s=$(state)
    # shellcheck disable=SC2086
    if $PY -c "import sys; up,inn,pgs,ac,health,mgr,exp=sys.argv[1:]; up,inn,pgs,ac,mgr,exp=map(int,(up,inn,pgs,ac,mgr,exp)); sys.exit(0 if ($expr) else 1)" $s; then
      log "$what: ok (up in pgs active+clean health mgr expected_pgs = $s)"
      return 0
    fi
    (($(date +%s) < deadline)) || die "timeout waiting for $what (last: $s); logs in $DIR/log"
    sleep 1
  done
}

wait_for "mgr available + $NUM_OSDS OSDs up/in" "mgr == 1 and up == $NUM_OSDS and inn == $NUM_OSDS"

# --------------------------------------------------------------------------
# 6. pools
# --------------------------------------------------------------------------
# Replicated: explicit rule with failure domain "osd", or "host" with CEPH_SANDBOX_HOSTS
# (the default replicated_rule behaves the same because osd_crush_chooseleaf_type
# matches, but explicit is clearer).
POOLS=("$REP_POOL")
q osd crush rule create-replicated "$REP_RULE" default "$FAILURE_DOMAIN"
q osd pool create "$REP_POOL" "$PG_NUM" "$PG_NUM" replicated "$REP_RULE"
q osd pool set "$REP_POOL" size 3
q osd pool application enable "$REP_POOL" rados
if [[ $EC == 1 ]]; then
  # Erasure coded k=2 m=1, same failure domain (Ceph creates a CRUSH rule named after the pool).
  q osd erasure-code-profile set "$EC_PROFILE" k=2 m=1 crush-failure-domain="$FAILURE_DOMAIN"
  q osd pool create "$EC_POOL" "$PG_NUM" "$PG_NUM" erasure "$EC_PROFILE"
  q osd pool application enable "$EC_POOL" rados
  POOLS+=("$EC_POOL")
fi
if ((PG_NUM != 32)); then
  # The pacific autoscaler aims at max(pg_num_min or 32, what the data needs) and acts
  # once that is 3x off: pools made with 8 PGs get split to 32 a minute later, pools
  # made with 128 or more merged down to 32. pg_num_min = pg_num keeps pg_num as asked.
  for pool in "${POOLS[@]}"; do q osd pool set "$pool" pg_num_min "$PG_NUM"; done
fi
if [[ $EC == 1 ]]; then
  log "pools created: $REP_POOL (replicated size 3), $EC_POOL (erasure $EC_PROFILE), pg_num $PG_NUM, failure domain $FAILURE_DOMAIN"
else
  log "pool created: $REP_POOL (replicated size 3), pg_num $PG_NUM, failure domain $FAILURE_DOMAIN (no EC pool)"
fi

wait_for "all PGs active+clean" "pgs > 0 and pgs == exp and ac == pgs"

# --------------------------------------------------------------------------
# 7. a little data
# --------------------------------------------------------------------------
if [[ $WRITE_DATA == 1 ]]; then
  head -c $((1024 * 1024)) /dev/urandom >"$DIR/tmp/1m.bin"
  head -c 4096 /dev/urandom >"$DIR/tmp/4k.bin"
  for pool in "${POOLS[@]}"; do
    for n in 0 1 2 3 4 5 6 7; do
      rados --conf "$CONF" -p "$pool" put "obj-1m-$n" "$DIR/tmp/1m.bin"
      rados --conf "$CONF" -p "$pool" put "obj-4k-$n" "$DIR/tmp/4k.bin"
    done
  done
  rm -f "$DIR/tmp/1m.bin" "$DIR/tmp/4k.bin"
  log "wrote 16 objects (8 MiB + 32 KiB) into ${POOLS[*]}"
  # `ceph df` lags behind writes (mgr PG stats): wait until it shows the objects.
  deadline=$(($(date +%s) + 60))
  until c df -f json | $PY -c '
import json, sys
d = json.load(sys.stdin)
sys.exit(0 if all(p["stats"]["objects"] >= 16 for p in d["pools"] if p["name"] in sys.argv[1:]) else 1)
' "${POOLS[@]}"; do
    (($(date +%s) < deadline)) || { log "warning: ceph df does not show the objects yet"; break; }
    sleep 1
  done
fi

# --------------------------------------------------------------------------
# 8. optional HTTP APIs (loopback only)
# --------------------------------------------------------------------------
if [[ $RESTFUL == 1 ]]; then
  q mgr module enable restful
  q restful create-self-signed-cert
  RESTFUL_KEY=$(c restful create-key sandbox)
  for _ in $(seq 1 60); do
    curl -sk -o /dev/null "https://127.0.0.1:$RESTFUL_PORT/" && break
    sleep 1
  done
  curl -sk -o /dev/null "https://127.0.0.1:$RESTFUL_PORT/" || die "restful API does not answer"
  cat >>"$DIR/env.sh" <<EOF
export CEPH_SANDBOX_RESTFUL_URL=https://127.0.0.1:$RESTFUL_PORT
export CEPH_SANDBOX_RESTFUL_USER=sandbox
export CEPH_SANDBOX_RESTFUL_KEY=$RESTFUL_KEY
EOF
  log "restful API on https://127.0.0.1:$RESTFUL_PORT (self-signed cert; basic auth sandbox:<key>)"
fi

if [[ $DASHBOARD == 1 ]]; then
  DASH_PASS="Sandbox-Passw0rd"
  printf '%s' "$DASH_PASS" >"$DIR/tmp/dashboard.pass"
  q mgr module enable dashboard
  # the dashboard's settings commands only exist once the module is loaded
  for _ in $(seq 1 60); do
    c dashboard ac-user-show >/dev/null 2>&1 && break
    sleep 1
  done
  q dashboard ac-user-create sandbox -i "$DIR/tmp/dashboard.pass" administrator --force-password
  rm -f "$DIR/tmp/dashboard.pass"
  for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$DASHBOARD_PORT/" && break
    sleep 1
  done
  curl -s -o /dev/null "http://127.0.0.1:$DASHBOARD_PORT/" || die "dashboard does not answer"
  cat >>"$DIR/env.sh" <<EOF
export CEPH_SANDBOX_DASHBOARD_URL=http://127.0.0.1:$DASHBOARD_PORT
export CEPH_SANDBOX_DASHBOARD_USER=sandbox
export CEPH_SANDBOX_DASHBOARD_PASSWORD=$DASH_PASS
EOF
  log "dashboard REST API on http://127.0.0.1:$DASHBOARD_PORT (user sandbox, JWT via POST /api/auth)"
fi

# --------------------------------------------------------------------------
# 9. final health
# --------------------------------------------------------------------------
wait_for "all PGs active+clean (final)" "pgs > 0 and pgs == exp and ac == pgs"
health_deadline=$(($(date +%s) + 60))
while [[ $(c health) != HEALTH_OK* ]] && (($(date +%s) < health_deadline)); do sleep 2; done
log "health: $(c health detail | head -5 | tr '\n' ' ')"
touch "$DIR/ready"
log "ready"
cat "$DIR/env.sh"
