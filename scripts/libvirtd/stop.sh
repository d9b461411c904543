#!/usr/bin/env bash
# Stops the libvirtd daemons that scripts/libvirtd/start.sh started: the SASL
# session daemon (STATE_DIR/session) and the privileged one.
#
# Usage: scripts/libvirtd/stop.sh STATE_DIR
#   (or with STATE_DIR omitted, $LIBVIRT_TS_STATE_DIR from start.sh's env)
#
# TERM first, so libvirtd removes its sockets and releases its /run/libvirt
# driver locks cleanly; KILL after a bounded wait so CI never hangs here.
# virtlogd is left running: it is shared, cheap, and start.sh reuses it.
# Idempotent: a missing STATE_DIR, pid file or process is not an error, so it
# is safe in an EXIT trap and after a failed start.
set -euo pipefail

# Shared helpers (this script uses pid_alive).
# shellcheck source=SCRIPTDIR/../lib/daemon.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

log() { printf 'libvirtd/stop: %s\n' "$*" >&2; }

state_dir="${1:-${LIBVIRT_TS_STATE_DIR:-}}"
if [[ -z "$state_dir" ]]; then
  log "usage: $0 STATE_DIR"
  exit 2
fi

# stop_daemon PID_FILE WHAT SOCKET...: stops the libvirtd the pid file names;
# the sockets are removed if it has to be killed (it cannot clean up then).
stop_daemon() {
  local pid_file="$1" what="$2" pid i
  shift 2
  if [[ ! -s "$pid_file" ]]; then
    log "no $pid_file; no $what to stop"
    return 0
  fi
  pid="$(tr -dc '0-9' <"$pid_file")"
  # A stale pid file may name a pid the kernel has since given to something
  # else: only signal it if it is still a libvirtd.
  if [[ -z "$pid" || "$(cat "/proc/$pid/comm" 2>/dev/null || true)" != libvirtd ]] || ! pid_alive "$pid"; then
    log "$what ${pid:-?} from $pid_file is not running"
    rm -f -- "$pid_file"
    return 0
  fi

  log "stopping $what pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    if ! pid_alive "$pid"; then
      rm -f -- "$pid_file"
      log "$what stopped"
      return 0
    fi
    sleep 0.1
  done

  log "$what pid $pid still running after 15 s of TERM; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    if ! pid_alive "$pid"; then
      rm -f -- "$pid_file" "$@"
      log "$what killed"
      return 0
    fi
    sleep 0.1
  done
  log "ERROR: $what pid $pid survived SIGKILL"
  return 1
}

status=0
stop_daemon "$state_dir/session/libvirtd.pid" 'session libvirtd' "$state_dir"/session/sock/libvirt-sock || status=1
stop_daemon "$state_dir/libvirtd.pid" libvirtd "$state_dir"/run/libvirt-sock "$state_dir"/run/libvirt-sock-ro \
  "$state_dir"/run/libvirt-admin-sock || status=1
exit "$status"
