#!/usr/bin/env bash
# Starts ONE private libvirtd for the integration tests and benchmarks.
#
# Usage: scripts/libvirtd/start.sh [STATE_DIR]
#   STATE_DIR  where the config, sockets (STATE_DIR/run), pid file and logs go;
#              created if missing; default: a new mktemp -d /tmp/libvirt-ts.XXXXXX
#
# On success prints shell-style KEY=value lines (and nothing else) on stdout,
# and writes the same to STATE_DIR/env and, as a JSON object of strings, to
# STATE_DIR/env.json:
#   LIBVIRT_TS_STATE_DIR  LIBVIRT_TS_SOCK  LIBVIRT_TS_SOCK_RO
#   LIBVIRT_TS_TCP_PORT   LIBVIRT_TS_PID
# so `eval "$(scripts/libvirtd/start.sh)"` or `. STATE_DIR/env` both work.
# Progress and errors go to stderr. Stop it with scripts/libvirtd/stop.sh.
#
# Optional environment:
#   LIBVIRT_TS_TCP_PORT            TCP port to listen on (default: 16509 if
#                                  free, else any free port)
#   LIBVIRT_TS_KEEPALIVE_INTERVAL  libvirtd keepalive_interval (default 5, the
#                                  daemon default; 1 makes a PING arrive fast)
#   LIBVIRT_TS_KEEPALIVE_COUNT     libvirtd keepalive_count (default 5)
#   LIBVIRT_TS_START_TIMEOUT       seconds to wait for the daemon (default 30)
#
# Why system mode as root: the test driver is reachable in any mode, but the
# qemu driver's qemu:///system (which the tests also exercise) only exists in
# a privileged daemon. A privileged daemon keeps driver state in /run/libvirt
# and locks it, so two of them cannot run on one machine: this script stops
# any libvirtd left from an earlier run, and one daemon carries every listener
# (unix rw, unix ro, TCP).
set -euo pipefail

# libvirtd and virtlogd live in /usr/sbin, which a CI PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
# Debian's interpreter: always present once install.sh ran, unlike whatever
# python3 comes first on PATH.
PY=/usr/bin/python3

log() { printf 'libvirtd/start: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

[[ "$(id -u)" == 0 ]] || die 'must run as root: a non-root libvirtd is a session daemon without qemu:///system'
for cmd in libvirtd virtlogd virsh; do
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd not found; run scripts/libvirtd/install.sh first"
done
[[ -x "$PY" ]] || die "$PY not found; run scripts/libvirtd/install.sh first"

keepalive_interval="${LIBVIRT_TS_KEEPALIVE_INTERVAL:-5}"
keepalive_count="${LIBVIRT_TS_KEEPALIVE_COUNT:-5}"
start_timeout="${LIBVIRT_TS_START_TIMEOUT:-30}"
for v in keepalive_interval keepalive_count start_timeout; do
  [[ "${!v}" =~ ^-?[0-9]+$ ]] || die "$v must be an integer, got '${!v}'"
done

if (($# > 1)); then
  die "usage: $0 [STATE_DIR]"
fi
if (($# == 1)) && [[ -n "$1" ]]; then
  mkdir -p -- "$1"
  state_dir="$(cd -- "$1" && pwd -P)"
else
  state_dir="$(mktemp -d /tmp/libvirt-ts.XXXXXX)"
fi
run_dir="$state_dir/run"
sock="$run_dir/libvirt-sock"
sock_ro="$run_dir/libvirt-sock-ro"
conf="$state_dir/libvirtd.conf"
pid_file="$state_dir/libvirtd.pid"
log_file="$state_dir/libvirtd.log"
stderr_file="$state_dir/libvirtd.stderr"

# sun_path holds 107 bytes plus NUL; libvirt-admin-sock is the longest name
# libvirtd puts in unix_sock_dir. libvirtd's own error for this is obscure.
longest_sock="$run_dir/libvirt-admin-sock"
if ((${#longest_sock} > 107)); then
  die "STATE_DIR path too long for unix sockets: $run_dir"
fi

# True while PID is a running process. A zombie counts as gone: it has
# exited and only waits for its parent (here often pid 1, which need not be
# an init that reaps promptly) to collect it.
pid_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # the state letter follows the parenthesised comm
  [[ "${stat:0:1}" != [ZX] ]]
}

# Signals a libvirtd by pid and waits for it to go: TERM first so it removes
# its sockets and releases its /run/libvirt locks, KILL if it hangs.
stop_libvirtd_pid() {
  local pid="$1" what="$2" i
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  # Only a live libvirtd: a stale pid file may name a reused pid.
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" == libvirtd ]] && pid_alive "$pid" || return 0
  log "stopping libvirtd pid $pid ($what): two privileged daemons cannot coexist"
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  log "libvirtd pid $pid ignored TERM for 15 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  die "libvirtd pid $pid survived SIGKILL"
}

# Daemons from earlier runs: the distro default pid file, this script's
# state dirs, then any other libvirtd (e.g. started by hand without a pid
# file), since it would make ours fail on the /run/libvirt driver locks.
for f in /run/libvirtd.pid /var/run/libvirtd.pid "$pid_file" /tmp/libvirt-ts.*/libvirtd.pid; do
  [[ -f "$f" ]] || continue
  stop_libvirtd_pid "$(tr -dc '0-9' <"$f")" "$f"
done
while read -r pid; do
  stop_libvirtd_pid "$pid" 'no pid file'
done < <(pgrep -x libvirtd || true)

# Runs a daemon with only stdin/stdout/stderr open. Daemons keep inherited
# descriptors for life (libvirtd -d and virtlogd -d close none above 2), and
# a caller such as a CI runner or test harness may hand us the write end of
# a pipe it reads to EOF: a daemon holding it would make the caller hang.
exec_without_inherited_fds() {
  local fd_path fd
  for fd_path in /proc/self/fd/*; do
    fd="${fd_path##*/}"
    # The glob's own directory descriptor is gone by now; ignore that error.
    ((fd > 2)) && { eval "exec ${fd}>&-" 2>/dev/null || true; }
  done
  exec "$@"
}

# Returns 0 when 127.0.0.1:PORT can be bound. SO_REUSEADDR as libvirtd sets
# it, so a port in TIME_WAIT from an earlier run still counts as free.
port_free() {
  "$PY" - "$1" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(('127.0.0.1', int(sys.argv[1])))
except OSError:
    sys.exit(1)
EOF
}
if [[ -n "${LIBVIRT_TS_TCP_PORT:-}" ]]; then
  tcp_port="$LIBVIRT_TS_TCP_PORT"
  port_free "$tcp_port" || die "LIBVIRT_TS_TCP_PORT=$tcp_port is in use"
elif port_free 16509; then
  # libvirt's registered port, so test+tcp://127.0.0.1/ works without :PORT.
  tcp_port=16509
else
  # Let the kernel pick an unused ephemeral port. Racy in theory, but the
  # daemon binds it within a second.
  tcp_port="$("$PY" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')"
fi

mkdir -p -- "$run_dir"
rm -f -- "$run_dir"/libvirt-sock "$run_dir"/libvirt-sock-ro "$run_dir"/libvirt-admin-sock
: >"$log_file"

cat >"$conf" <<EOF
# Written by scripts/libvirtd/start.sh; regenerated on every start.
# Private sockets so the tests never touch a system daemon's /run/libvirt.
unix_sock_dir = "$run_dir"
# Tests run as root, but a read-only client may be anyone.
unix_sock_rw_perms = "0770"
unix_sock_ro_perms = "0777"
unix_sock_admin_perms = "0700"
auth_unix_rw = "none"
auth_unix_ro = "none"

# TCP without TLS or SASL, loopback only: the client under test speaks the
# plain protocol; nothing but this machine can reach it.
listen_tls = 0
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$tcp_port"
auth_tcp = "none"

# Benchmarks open many connections at once; tests pipeline 64+ calls on a
# single connection, far above the default of 5 in-flight calls per client
# (beyond which libvirtd stops reading that client's socket).
max_clients = 5000
max_queued_clients = 1000
max_anonymous_clients = 5000
min_workers = 5
max_workers = 32
prio_workers = 5
max_client_requests = 256

keepalive_interval = $keepalive_interval
keepalive_count = $keepalive_count

log_outputs = "3:file:$log_file"
EOF

# max_clients sockets need as many descriptors; take the hard limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# Without systemd-udev nobody applies Debian's rule that gives /dev/kvm to group
# kvm (mode 0660), so qemu, running as libvirt-qemu, could not open it: every
# kvm guest would fail and the qemu driver would re-probe its capabilities on
# every call. Do what udev would.
if [[ -c /dev/kvm ]] && getent group kvm >/dev/null; then
  chgrp kvm /dev/kvm && chmod 0660 /dev/kvm || log 'warning: cannot give /dev/kvm to group kvm'
fi

# The qemu driver hands domain console/log output to virtlogd and refuses
# to start domains without it. It is a separate, shareable daemon: leave a
# running one alone (stop.sh does too).
virtlogd_running=0
while read -r pid; do
  if pid_alive "$pid"; then virtlogd_running=1; fi
done < <(pgrep -x virtlogd || true)
if ((!virtlogd_running)); then
  log 'starting virtlogd -d'
  (exec_without_inherited_fds virtlogd -d </dev/null >/dev/null 2>&1) ||
    die 'virtlogd -d failed (see /var/log/libvirt/virtlogd.log)'
fi

log "starting libvirtd (state $state_dir, tcp 127.0.0.1:$tcp_port)"
rm -f -- "$pid_file"
# --daemon: libvirtd forks, detaches (own session, so it outlives this shell
# and its process group) and writes --pid-file; the parent exits non-zero if
# the child fails early. Redirect so nothing holds the caller's stdout open
# (`$(start.sh)` would otherwise hang).
if ! (exec_without_inherited_fds libvirtd --listen --daemon --config "$conf" --pid-file "$pid_file" \
  </dev/null >>"$stderr_file" 2>&1); then
  log 'libvirtd failed to start; its stderr and log:'
  tail -n 30 "$stderr_file" "$log_file" >&2 || true
  exit 1
fi

dump_failure() {
  log "$1; stderr and last lines of $log_file:"
  tail -n 40 "$stderr_file" "$log_file" >&2 || true
  if [[ -n "${pid:-}" ]]; then
    stop_libvirtd_pid "$pid" 'failed start'
  fi
  exit 1
}

# Ready means: the pid file names a live libvirtd, the rw socket accepts a
# connection, and a real RPC round trip (virsh version on the test driver)
# succeeds. The socket appears before the drivers finish initialising, and
# libvirtd only starts serving clients after that, hence the RPC check.
pid=''
deadline=$((SECONDS + start_timeout))
ready=0
while ((SECONDS < deadline)); do
  if [[ -z "$pid" && -s "$pid_file" ]]; then
    pid="$(tr -dc '0-9' <"$pid_file")"
  fi
  if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
    dump_failure "libvirtd pid $pid exited during startup"
  fi
  if [[ -n "$pid" && -S "$sock" ]] &&
    "$PY" -c 'import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(2)
s.connect(sys.argv[1])' "$sock" 2>/dev/null &&
    timeout 10 virsh -q -c "test+unix:///default?socket=$sock" version >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 0.2
done
((ready)) || dump_failure "libvirtd not ready within ${start_timeout}s"

# One source of truth for both formats. printf %q leaves plain paths and
# numbers unquoted, so the lines also suit tools that do not run a shell.
env_lines="$(
  printf 'LIBVIRT_TS_STATE_DIR=%q\n' "$state_dir"
  printf 'LIBVIRT_TS_SOCK=%q\n' "$sock"
  printf 'LIBVIRT_TS_SOCK_RO=%q\n' "$sock_ro"
  printf 'LIBVIRT_TS_TCP_PORT=%q\n' "$tcp_port"
  printf 'LIBVIRT_TS_PID=%q\n' "$pid"
)"
printf '%s\n' "$env_lines" >"$state_dir/env"
"$PY" - "$state_dir/env.json" "$state_dir" "$sock" "$sock_ro" "$tcp_port" "$pid" <<'EOF'
import json, sys
out, *vals = sys.argv[1:]
keys = ['LIBVIRT_TS_STATE_DIR', 'LIBVIRT_TS_SOCK', 'LIBVIRT_TS_SOCK_RO',
        'LIBVIRT_TS_TCP_PORT', 'LIBVIRT_TS_PID']
with open(out, 'w') as f:
    json.dump(dict(zip(keys, vals)), f, indent=2)
    f.write('\n')
EOF
log "ready: pid $pid, sockets in $run_dir, tcp 127.0.0.1:$tcp_port"
printf '%s\n' "$env_lines"
