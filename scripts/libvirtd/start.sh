#!/usr/bin/env bash
# Starts ONE private (privileged) libvirtd for the integration tests and
# benchmarks, plus an unprivileged session-mode libvirtd that only speaks SASL.
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
#   LIBVIRT_TS_TLS_PORT   the privileged daemon's TLS listener (auth none)
#   LIBVIRT_TS_PKI_DIR    the generated PKI (pki.sh); its `pkipath=`
#                         directories: client/, other-client/,
#                         other-ca-trust/, client-crl/
#   LIBVIRT_TS_SESSION_PID        the SASL session daemon (user libvirt-ts)
#   LIBVIRT_TS_SASL_SOCK          its unix socket (auth_unix_rw sasl)
#   LIBVIRT_TS_SASL_TLS_PORT      its TLS listener (auth_tls sasl)
#   LIBVIRT_TS_SASL_TCP_PORT      its plain TCP listener (auth_tcp sasl)
#   LIBVIRT_TS_SASL_USER  LIBVIRT_TS_SASL_PASSWORD
#                                 a user of its sasldb (random password)
#   LIBVIRT_TS_SASL_UTF8_USER  LIBVIRT_TS_SASL_UTF8_PASSWORD
#                                 a user whose password SASLprep would change
#   LIBVIRT_TS_SASL_AUTH_FILE     an auth.conf with the first user's
#                                 credentials under [auth-libvirt-default]
# so `eval "$(scripts/libvirtd/start.sh)"` or `. STATE_DIR/env` both work.
# Started again with the same STATE_DIR (after stop.sh), it keeps the ports
# and SASL passwords of the previous start where it can.
# Progress and errors go to stderr. Stop it with scripts/libvirtd/stop.sh.
#
# Optional environment:
#   LIBVIRT_TS_TCP_PORT            TCP port to listen on (default: 16509 if
#                                  free, else any free port)
#   LIBVIRT_TS_TLS_PORT            TLS port to listen on (default: 16514 if
#                                  free, else any free port)
#   LIBVIRT_TS_SASL_TLS_PORT, LIBVIRT_TS_SASL_TCP_PORT
#                                  the session daemon's ports (default: any
#                                  free ports)
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
# (unix rw, unix ro, TCP, TLS), each with the auth the tests rely on: none.
#
# Why a second, session-mode daemon: SASL needs listeners whose auth is
# "sasl", and the privileged daemon's must stay "none". A session daemon (run
# as the unprivileged user libvirt-ts, which install.sh creates) keeps its
# state under its own XDG directories, so it coexists with the privileged one;
# libvirt 9.0 lets it listen on a unix socket, TCP and TLS like any libvirtd
# (daemonSetupNetworking in remote_daemon.c has no privileged-only branch).
# Its Cyrus SASL reads a private config through SASL_CONF_PATH
# (`mech_list: scram-sha-256 scram-sha-1`, a private sasldb), so the
# machine's /etc/sasl2 is never touched.
set -euo pipefail

# libvirtd and virtlogd live in /usr/sbin, which a CI PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
# Debian's interpreter: always present once install.sh ran, unlike whatever
# python3 comes first on PATH.
PY=/usr/bin/python3
here="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
session_user=libvirt-ts

# Shared helpers: pid_alive, exec_without_inherited_fds, port_free.
# shellcheck source=SCRIPTDIR/../lib/daemon.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

log() { printf 'libvirtd/start: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

[[ "$(id -u)" == 0 ]] || die 'must run as root: a non-root libvirtd is a session daemon without qemu:///system'
for cmd in libvirtd virtlogd virsh openssl saslpasswd2 runuser; do
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd not found; run scripts/libvirtd/install.sh first"
done
id -u "$session_user" >/dev/null 2>&1 || die "user $session_user missing; run scripts/libvirtd/install.sh first"
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
pki_dir="$state_dir/pki"
session_dir="$state_dir/session"
sasl_sock="$session_dir/sock/libvirt-sock"
session_pid_file="$session_dir/libvirtd.pid"
session_log_file="$session_dir/libvirtd.log"
session_stderr_file="$session_dir/libvirtd.stderr"
sasl_auth_file="$state_dir/sasl-auth.conf"
if ((${#sasl_sock} > 107)); then
  die "STATE_DIR path too long for unix sockets: $sasl_sock"
fi

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
for f in /run/libvirtd.pid /var/run/libvirtd.pid "$pid_file" "$session_pid_file" /tmp/libvirt-ts.*/libvirtd.pid \
  /tmp/libvirt-ts.*/session/libvirtd.pid; do
  [[ -f "$f" ]] || continue
  stop_libvirtd_pid "$(tr -dc '0-9' <"$f")" "$f"
done
while read -r pid; do
  stop_libvirtd_pid "$pid" 'no pid file'
done < <(pgrep -x libvirtd || true)

# Prints N ports the kernel reports free, none of them among the remaining
# arguments, holding all of them while it picks so they differ. Racy in
# theory, but the daemons bind them within a second.
free_ports() {
  "$PY" - "$@" <<'EOF'
import socket, sys
count, taken = int(sys.argv[1]), set(sys.argv[2:])
held, ports = [], []
while len(ports) < count:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
    port = str(s.getsockname()[1])
    if port not in taken:
        ports.append(port)
print(" ".join(ports))
EOF
}
# A value from the previous start in this STATE_DIR (its env.json), or nothing.
# A restart (events.test.ts stops and starts the daemons mid-run) keeps the
# ports and SASL passwords, so what the tests were given stays true.
previous() {
  [[ -f "$state_dir/env.json" ]] || return 0
  "$PY" -c 'import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    sys.stdout.buffer.write(str(json.load(f).get(sys.argv[2], "")).encode())' "$state_dir/env.json" "$1" 2>/dev/null ||
    true
}
# choose_port VAR DEFAULT TAKEN...: $VAR from the environment (must be free),
# else the previous start's port, else DEFAULT, when free and not among
# TAKEN, else any free port not among TAKEN.
choose_port() {
  local var="$1" default="$2" value candidate
  shift 2
  value="${!var:-}"
  if [[ -n "$value" ]]; then
    [[ "$value" =~ ^[0-9]+$ ]] || die "$var must be a port number, got '$value'"
    port_free "$value" || die "$var=$value is in use"
    printf '%s' "$value"
    return 0
  fi
  for candidate in "$(previous "$var")" "$default"; do
    [[ "$candidate" =~ ^[0-9]+$ ]] || continue
    [[ " $* " == *" $candidate "* ]] && continue
    if port_free "$candidate"; then
      printf '%s' "$candidate"
      return 0
    fi
  done
  free_ports 1 "$@"
}
# libvirt's registered ports when free, so test+tcp://127.0.0.1/ and
# test+tls://localhost/ work without :PORT.
tcp_port="$(choose_port LIBVIRT_TS_TCP_PORT 16509)"
tls_port="$(choose_port LIBVIRT_TS_TLS_PORT 16514 "$tcp_port")"
sasl_tls_port="$(choose_port LIBVIRT_TS_SASL_TLS_PORT '' "$tcp_port" "$tls_port")"
sasl_tcp_port="$(choose_port LIBVIRT_TS_SASL_TCP_PORT '' "$tcp_port" "$tls_port" "$sasl_tls_port")"
ports=("$tcp_port" "$tls_port" "$sasl_tls_port" "$sasl_tcp_port")
[[ "$(printf '%s\n' "${ports[@]}" | sort -u | wc -l)" == 4 ]] || die "the four ports must differ: ${ports[*]}"

# The state dir holds keys and passwords for root, but the session daemon's
# user must reach its own subdirectory: others may only traverse it.
chmod 0711 "$state_dir"
bash "$here/pki.sh" "$pki_dir"
chmod 0700 "$pki_dir"

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
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$tcp_port"
auth_tcp = "none"

# TLS with the certificates pki.sh made (server certificate for 127.0.0.1 and
# localhost); clients must present a certificate from the same CA. No SASL on
# top: these tests check the transport itself.
listen_tls = 1
tls_port = "$tls_port"
auth_tls = "none"
ca_file = "$pki_dir/server/cacert.pem"
cert_file = "$pki_dir/server/servercert.pem"
key_file = "$pki_dir/server/serverkey.pem"

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

log "starting libvirtd (state $state_dir, tcp 127.0.0.1:$tcp_port, tls $tls_port)"
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
  if [[ -n "${session_pid:-}" ]]; then
    log "the session daemon's stderr and last lines of $session_log_file:"
    tail -n 30 "$session_stderr_file" "$session_log_file" >&2 || true
    stop_libvirtd_pid "$session_pid" 'failed start'
  fi
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

# The TLS listener opens with the others; one real round trip over it proves
# the certificates work.
tls_ok=0
for ((i = 0; i < 25; i++)); do
  if timeout 10 virsh -q -c "test+tls://127.0.0.1:$tls_port/default?pkipath=$pki_dir/client" version \
    >/dev/null 2>"$state_dir/tls-check.stderr"; then
    tls_ok=1
    break
  fi
  sleep 0.2
done
((tls_ok)) || dump_failure "no answer over TLS on port $tls_port: $(tail -n 1 "$state_dir/tls-check.stderr")"

# ---- The SASL session daemon ----------------------------------------------
rm -rf -- "$session_dir"
mkdir -p -- "$session_dir"/{sock,run,home,sasl2,pki}
cp -- "$pki_dir/server/cacert.pem" "$pki_dir/server/servercert.pem" "$pki_dir/server/serverkey.pem" \
  "$session_dir/pki/"
sasl_user=sasl-tester
sasl_password="$(previous LIBVIRT_TS_SASL_PASSWORD)"
[[ -n "$sasl_password" ]] || sasl_password="$(openssl rand -hex 16)"
# NO-BREAK SPACE and ROMAN NUMERAL NINE: SASLprep would make them a space and
# "IX"; Cyrus SASL, and so libvirtd, takes them as they are.
sasl_utf8_user=sasl-utf8
sasl_utf8_password="$(previous LIBVIRT_TS_SASL_UTF8_PASSWORD)"
[[ -n "$sasl_utf8_password" ]] || sasl_utf8_password="$(printf 'p\xc2\xa0w\xe2\x85\xa8-%s' "$(openssl rand -hex 4)")"
cat >"$session_dir/sasl2/libvirt.conf" <<EOF
# Written by scripts/libvirtd/start.sh: Cyrus SASL settings of the session
# daemon only (found through SASL_CONF_PATH).
mech_list: scram-sha-256 scram-sha-1
sasldb_path: $session_dir/sasl2/passwd.db
EOF
printf '%s' "$sasl_password" |
  saslpasswd2 -a libvirt -f "$session_dir/sasl2/passwd.db" -p -c "$sasl_user"
printf '%s' "$sasl_utf8_password" |
  saslpasswd2 -a libvirt -f "$session_dir/sasl2/passwd.db" -p -c "$sasl_utf8_user"
(
  umask 077
  cat >"$sasl_auth_file" <<EOF
# Written by scripts/libvirtd/start.sh: libvirt client credentials (auth.conf).
[credentials-sasl-tester]
authname=$sasl_user
password=$sasl_password

[auth-libvirt-default]
credentials=sasl-tester
EOF
)

cat >"$session_dir/libvirtd.conf" <<EOF
# Written by scripts/libvirtd/start.sh; regenerated on every start.
# A session daemon (user $session_user) where every listener wants SASL.
unix_sock_dir = "$session_dir/sock"
# Root (the tests) reaches it whatever the mode; SASL guards it anyway.
unix_sock_rw_perms = "0777"
auth_unix_rw = "sasl"

listen_addr = "127.0.0.1"
listen_tls = 1
tls_port = "$sasl_tls_port"
auth_tls = "sasl"
ca_file = "$session_dir/pki/cacert.pem"
cert_file = "$session_dir/pki/servercert.pem"
key_file = "$session_dir/pki/serverkey.pem"
# Plain TCP with SASL: the daemon refuses SCRAM here (no security layer).
listen_tcp = 1
tcp_port = "$sasl_tcp_port"
auth_tcp = "sasl"

max_clients = 200
max_client_requests = 64
keepalive_interval = $keepalive_interval
keepalive_count = $keepalive_count
log_outputs = "3:file:$session_log_file"
EOF
: >"$session_log_file"
chown -R "$session_user:$session_user" "$session_dir"
chmod 0700 "$session_dir"

log "starting a session libvirtd as $session_user (sasl on unix, tls $sasl_tls_port, tcp $sasl_tcp_port)"
session_pid=''
if ! (exec_without_inherited_fds runuser -u "$session_user" -- env -i \
  PATH="/usr/sbin:/usr/bin:/sbin:/bin" \
  HOME="$session_dir/home" \
  XDG_RUNTIME_DIR="$session_dir/run" \
  XDG_CONFIG_HOME="$session_dir/home/.config" \
  XDG_CACHE_HOME="$session_dir/home/.cache" \
  XDG_DATA_HOME="$session_dir/home/.local/share" \
  SASL_CONF_PATH="$session_dir/sasl2" \
  libvirtd --listen --daemon --config "$session_dir/libvirtd.conf" --pid-file "$session_pid_file" \
  </dev/null >>"$session_stderr_file" 2>&1); then
  tail -n 30 "$session_stderr_file" "$session_log_file" >&2 || true
  dump_failure 'the session libvirtd failed to start'
fi

# Ready means an authenticated round trip on its unix socket (virsh with the
# auth.conf): all its listeners open together, once its drivers are up.
deadline=$((SECONDS + start_timeout))
ready=0
while ((SECONDS < deadline)); do
  if [[ -z "$session_pid" && -s "$session_pid_file" ]]; then
    session_pid="$(tr -dc '0-9' <"$session_pid_file")"
  fi
  if [[ -n "$session_pid" ]] && ! pid_alive "$session_pid"; then
    dump_failure "the session libvirtd (pid $session_pid) exited during startup"
  fi
  if [[ -n "$session_pid" && -S "$sasl_sock" ]] &&
    LIBVIRT_AUTH_FILE="$sasl_auth_file" timeout 10 virsh -q -c "test+unix:///default?socket=$sasl_sock" version \
      >/dev/null 2>"$session_dir/sasl-check.stderr"; then
    ready=1
    break
  fi
  sleep 0.1
done
((ready)) ||
  dump_failure "the session libvirtd not ready within ${start_timeout}s: $(tail -n 1 "$session_dir/sasl-check.stderr")"

# One source of truth for both formats. printf %q leaves plain paths and
# numbers unquoted, so the lines also suit tools that do not run a shell.
env_keys=(LIBVIRT_TS_STATE_DIR LIBVIRT_TS_SOCK LIBVIRT_TS_SOCK_RO LIBVIRT_TS_TCP_PORT LIBVIRT_TS_PID
  LIBVIRT_TS_TLS_PORT LIBVIRT_TS_PKI_DIR LIBVIRT_TS_SESSION_PID LIBVIRT_TS_SASL_SOCK
  LIBVIRT_TS_SASL_TLS_PORT LIBVIRT_TS_SASL_TCP_PORT LIBVIRT_TS_SASL_USER LIBVIRT_TS_SASL_PASSWORD
  LIBVIRT_TS_SASL_UTF8_USER LIBVIRT_TS_SASL_UTF8_PASSWORD LIBVIRT_TS_SASL_AUTH_FILE)
env_values=("$state_dir" "$sock" "$sock_ro" "$tcp_port" "$pid"
  "$tls_port" "$pki_dir" "$session_pid" "$sasl_sock"
  "$sasl_tls_port" "$sasl_tcp_port" "$sasl_user" "$sasl_password"
  "$sasl_utf8_user" "$sasl_utf8_password" "$sasl_auth_file")
env_lines="$(
  for i in "${!env_keys[@]}"; do
    printf '%s=%q\n' "${env_keys[$i]}" "${env_values[$i]}"
  done
)"
# They hold passwords: for root only.
(
  umask 077
  printf '%s\n' "$env_lines" >"$state_dir/env"
  "$PY" - "$state_dir/env.json" "${#env_keys[@]}" "${env_keys[@]}" "${env_values[@]}" <<'EOF'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
keys, vals = sys.argv[3:3 + n], sys.argv[3 + n:]
with open(out, 'w', encoding='utf-8') as f:
    json.dump(dict(zip(keys, vals)), f, indent=2)
    f.write('\n')
EOF
)
log "ready: pid $pid, sockets in $run_dir, tcp 127.0.0.1:$tcp_port, tls $tls_port; session pid $session_pid"
printf '%s\n' "$env_lines"
