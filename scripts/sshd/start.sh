#!/usr/bin/env bash
# Starts a private OpenSSH server on a free loopback port for the ssh
# integration tests, with everything it and its clients need generated in one
# directory. Never touches the system's /etc/ssh, host keys, ~/.ssh or port 22.
#
# Usage: scripts/sshd/start.sh [STATE_DIR]
#   STATE_DIR  where keys, configs, pid file and log go; created if missing;
#              default: a new mktemp -d /tmp/libvirt-ts-sshd.XXXXXX
#
# On success prints shell-style KEY=value lines (and nothing else) on stdout,
# and writes the same to STATE_DIR/env and, as a JSON object of strings, to
# STATE_DIR/env.json:
#   LIBVIRT_TS_SSHD_DIR         STATE_DIR
#   LIBVIRT_TS_SSHD_PORT        the port sshd listens on, on 127.0.0.1
#   LIBVIRT_TS_SSHD_PID         sshd's pid
#   LIBVIRT_TS_SSH_USER         the user that may log in (root, by key only)
#   LIBVIRT_TS_SSH_KEY          a client private key sshd accepts (ed25519)
#   LIBVIRT_TS_SSH_WRONG_KEY    a client private key sshd does not accept
#   LIBVIRT_TS_SSH_KNOWN_HOSTS  a known_hosts file with sshd's host key,
#                               as `[127.0.0.1]:PORT` and `[localhost]:PORT`
#   LIBVIRT_TS_SSH_HOST_KEY     sshd's public host key (one line)
#   LIBVIRT_TS_SSH_CONFIG       an ssh_config for the system ssh: that
#                               known_hosts only, strict checking, no agent,
#                               no other identities, never prompts
#   LIBVIRT_TS_SSH_COMMAND      an `ssh` wrapper running ssh -F that config
#                               (what a `command=` URI parameter can name)
# Progress and errors go to stderr. Stop it with scripts/sshd/stop.sh.
#
# Optional environment:
#   LIBVIRT_TS_SSHD_PORT          port to listen on (default: any free port)
#   LIBVIRT_TS_SSHD_LIBVIRT_RUN   a directory holding libvirt daemon sockets
#                                 (e.g. the test libvirtd's STATE_DIR/run):
#                                 sshd then runs in its own mount namespace
#                                 where it is bind-mounted on /run/libvirt,
#                                 so that on "the server" virt-ssh-helper
#                                 finds the test daemon where libvirt looks
#                                 (/var/run/libvirt/libvirt-sock). Other
#                                 processes are not affected.
#   LIBVIRT_TS_SSHD_START_TIMEOUT seconds to wait for sshd (default 20)
set -euo pipefail

export PATH="$PATH:/usr/sbin:/sbin"
PY=/usr/bin/python3
SSHD=/usr/sbin/sshd

# Shared helpers: pid_alive, exec_without_inherited_fds, port_free.
# shellcheck source=SCRIPTDIR/../lib/daemon.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

log() { printf 'sshd/start: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# root: sshd needs it to switch to the logged-in user, and the tests log in
# as root, the user libvirt's libssh transports default to.
[[ "$(id -u)" == 0 ]] || die 'must run as root (sshd changes to the logged-in user)'
[[ -x "$SSHD" ]] || die "$SSHD not found; run scripts/sshd/install.sh first"
for cmd in ssh ssh-keygen; do
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd not found; run scripts/sshd/install.sh first"
done
[[ -x "$PY" ]] || die "$PY not found"

start_timeout="${LIBVIRT_TS_SSHD_START_TIMEOUT:-20}"
[[ "$start_timeout" =~ ^[0-9]+$ ]] || die "LIBVIRT_TS_SSHD_START_TIMEOUT must be an integer, got '$start_timeout'"
libvirt_run="${LIBVIRT_TS_SSHD_LIBVIRT_RUN:-}"
if [[ -n "$libvirt_run" ]]; then
  [[ -d "$libvirt_run" ]] || die "LIBVIRT_TS_SSHD_LIBVIRT_RUN=$libvirt_run is not a directory"
  command -v unshare >/dev/null 2>&1 || die 'unshare (util-linux) is needed for LIBVIRT_TS_SSHD_LIBVIRT_RUN'
fi

if (($# > 1)); then
  die "usage: $0 [STATE_DIR]"
fi
if (($# == 1)) && [[ -n "$1" ]]; then
  mkdir -p -- "$1"
  dir="$(cd -- "$1" && pwd -P)"
else
  dir="$(mktemp -d /tmp/libvirt-ts-sshd.XXXXXX)"
fi
# Private keys live here: nobody else may read them (ssh refuses a key file
# others can read, and sshd a host key).
chmod 0700 "$dir"

conf="$dir/sshd_config"
pid_file="$dir/sshd.pid"
log_file="$dir/sshd.log"
stderr_file="$dir/sshd.stderr"
host_key="$dir/ssh_host_ed25519_key"
client_key="$dir/id_ed25519"
wrong_key="$dir/wrong_id_ed25519"
authorized_keys="$dir/authorized_keys"
known_hosts="$dir/known_hosts"
client_config="$dir/ssh_config"
wrapper="$dir/ssh"

# A second start in the same directory replaces the first.
if [[ -s "$pid_file" ]]; then
  old="$(tr -dc '0-9' <"$pid_file")"
  if [[ -n "$old" && "$(cat "/proc/$old/comm" 2>/dev/null || true)" == sshd ]] && pid_alive "$old"; then
    log "stopping sshd pid $old from an earlier start in $dir"
    kill -TERM "$old" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do pid_alive "$old" || break; sleep 0.1; done
  fi
  rm -f -- "$pid_file"
fi

if [[ -n "${LIBVIRT_TS_SSHD_PORT:-}" ]]; then
  port="$LIBVIRT_TS_SSHD_PORT"
  port_free "$port" || die "LIBVIRT_TS_SSHD_PORT=$port is in use"
else
  port="$("$PY" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')"
fi

# Keys are made once per directory: a restart keeps the host key, so
# known_hosts files written by earlier tests stay valid.
for key in "$host_key" "$client_key" "$wrong_key"; do
  [[ -s "$key" && -s "$key.pub" ]] || {
    rm -f -- "$key" "$key.pub"
    ssh-keygen -q -t ed25519 -N '' -C "libvirt-ts-$(basename "$key")" -f "$key" </dev/null >/dev/null
  }
done
cp -- "$client_key.pub" "$authorized_keys"
chmod 0600 "$authorized_keys"
host_pub="$(cut -d' ' -f1,2 "$host_key.pub")"
printf '[127.0.0.1]:%s %s\n[localhost]:%s %s\n' "$port" "$host_pub" "$port" "$host_pub" >"$known_hosts"

cat >"$conf" <<EOF
# Written by scripts/sshd/start.sh; regenerated on every start.
Port $port
ListenAddress 127.0.0.1
HostKey $host_key
PidFile $pid_file
# Root may log in, by key only, and only with the keys of this directory;
# nothing here reads /root/.ssh or /etc/ssh.
PermitRootLogin prohibit-password
AuthorizedKeysFile $authorized_keys
AuthorizedPrincipalsFile none
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
HostbasedAuthentication no
# Without PAM sshd checks the account itself; Debian's root has '*' (no
# password), which still allows key logins.
UsePAM no
# StrictModes would refuse an authorized_keys file under the world-writable
# /tmp; the directory itself is 0700.
StrictModes no
PermitTTY no
X11Forwarding no
AllowAgentForwarding no
AllowTcpForwarding no
PrintMotd no
PrintLastLog no
# Tests open many sessions in a row.
MaxStartups 100:30:200
MaxSessions 100
LogLevel VERBOSE
Subsystem sftp internal-sftp
EOF
: >"$log_file"
: >"$stderr_file"

# The privilege separation directory, normally made by the init system.
mkdir -p /run/sshd
chmod 0755 /run/sshd

"$SSHD" -t -f "$conf" || die "sshd rejects $conf"

log "starting sshd (state $dir, 127.0.0.1:$port${libvirt_run:+, /run/libvirt = $libvirt_run})"
# sshd forks into the background, detaches and writes its PidFile; -E keeps
# its log in the state directory instead of syslog.
if [[ -n "$libvirt_run" ]]; then
  mkdir -p /run/libvirt
  # shellcheck disable=SC2016 # the inner shell expands its own positional parameters
  if ! (exec_without_inherited_fds unshare --mount --propagation private \
    sh -c 'mount --bind "$1" /run/libvirt && exec "$2" -f "$3" -E "$4"' sh \
    "$libvirt_run" "$SSHD" "$conf" "$log_file" </dev/null >>"$stderr_file" 2>&1); then
    tail -n 20 "$stderr_file" "$log_file" >&2 || true
    die 'sshd failed to start in its own mount namespace'
  fi
else
  if ! (exec_without_inherited_fds "$SSHD" -f "$conf" -E "$log_file" </dev/null >>"$stderr_file" 2>&1); then
    tail -n 20 "$stderr_file" "$log_file" >&2 || true
    die 'sshd failed to start'
  fi
fi

cat >"$client_config" <<EOF
# Written by scripts/sshd/start.sh: the system ssh, confined to this
# directory's known_hosts, keys and no agent, never asking anything.
Host *
  UserKnownHostsFile $known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  UpdateHostKeys no
  HashKnownHosts no
  IdentitiesOnly yes
  IdentityAgent none
  BatchMode yes
  PasswordAuthentication no
  KbdInteractiveAuthentication no
  ControlMaster no
  ControlPath none
  LogLevel ERROR
EOF
cat >"$wrapper" <<EOF
#!/bin/sh
# Written by scripts/sshd/start.sh: the system ssh with $client_config.
exec ssh -F '$client_config' "\$@"
EOF
chmod 0755 "$wrapper"

# Ready means: the pid file names a live sshd and a real login with the
# client key runs a command.
pid=''
deadline=$((SECONDS + start_timeout))
ready=0
while ((SECONDS < deadline)); do
  if [[ -z "$pid" && -s "$pid_file" ]]; then
    pid="$(tr -dc '0-9' <"$pid_file")"
  fi
  if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
    tail -n 20 "$log_file" >&2 || true
    die "sshd pid $pid exited during startup"
  fi
  if [[ -n "$pid" ]] &&
    out="$(timeout 10 "$wrapper" -p "$port" -i "$client_key" -T root@127.0.0.1 echo ready </dev/null 2>/dev/null)" &&
    [[ "$out" == ready ]]; then
    ready=1
    break
  fi
  sleep 0.2
done
if ((!ready)); then
  log "sshd not ready within ${start_timeout}s; last ssh attempt and log:"
  timeout 10 "$wrapper" -p "$port" -i "$client_key" -T root@127.0.0.1 true </dev/null >&2 || true
  tail -n 20 "$log_file" >&2 || true
  [[ -n "$pid" ]] && kill -TERM "$pid" 2>/dev/null
  exit 1
fi

keys=(LIBVIRT_TS_SSHD_DIR LIBVIRT_TS_SSHD_PORT LIBVIRT_TS_SSHD_PID LIBVIRT_TS_SSH_USER LIBVIRT_TS_SSH_KEY
  LIBVIRT_TS_SSH_WRONG_KEY LIBVIRT_TS_SSH_KNOWN_HOSTS LIBVIRT_TS_SSH_HOST_KEY LIBVIRT_TS_SSH_CONFIG
  LIBVIRT_TS_SSH_COMMAND)
values=("$dir" "$port" "$pid" root "$client_key" "$wrong_key" "$known_hosts" "$host_pub" "$client_config" "$wrapper")
env_lines="$(for i in "${!keys[@]}"; do printf '%s=%q\n' "${keys[$i]}" "${values[$i]}"; done)"
printf '%s\n' "$env_lines" >"$dir/env"
"$PY" - "$dir/env.json" "${#keys[@]}" "${keys[@]}" "${values[@]}" <<'EOF'
import json, sys
out, count, *rest = sys.argv[1:]
n = int(count)
with open(out, 'w') as f:
    json.dump(dict(zip(rest[:n], rest[n:])), f, indent=2)
    f.write('\n')
EOF
log "ready: pid $pid on 127.0.0.1:$port"
printf '%s\n' "$env_lines"
