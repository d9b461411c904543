#!/usr/bin/env bash
# Stops the private libvirtd that scripts/libvirtd/start.sh started.
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

log() { printf 'libvirtd/stop: %s\n' "$*" >&2; }

state_dir="${1:-${LIBVIRT_TS_STATE_DIR:-}}"
if [[ -z "$state_dir" ]]; then
  log "usage: $0 STATE_DIR"
  exit 2
fi
pid_file="$state_dir/libvirtd.pid"

# True while PID is a running process. A zombie counts as gone: it has
# exited and only waits for its parent (here often pid 1, which need not be
# an init that reaps promptly) to collect it.
pid_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # the state letter follows the parenthesised comm
  [[ "${stat:0:1}" != [ZX] ]]
}

if [[ ! -s "$pid_file" ]]; then
  log "no $pid_file; nothing to stop"
  exit 0
fi
pid="$(tr -dc '0-9' <"$pid_file")"
# A stale pid file may name a pid the kernel has since given to something
# else: only signal it if it is still a libvirtd.
if [[ -z "$pid" || "$(cat "/proc/$pid/comm" 2>/dev/null || true)" != libvirtd ]] || ! pid_alive "$pid"; then
  log "libvirtd ${pid:-?} from $pid_file is not running"
  rm -f -- "$pid_file"
  exit 0
fi

log "stopping libvirtd pid $pid"
kill -TERM "$pid" 2>/dev/null || true
for ((i = 0; i < 150; i++)); do
  if ! pid_alive "$pid"; then
    rm -f -- "$pid_file"
    log 'stopped'
    exit 0
  fi
  sleep 0.1
done

log "libvirtd pid $pid still running after 15 s of TERM; sending KILL"
kill -KILL "$pid" 2>/dev/null || true
for ((i = 0; i < 50; i++)); do
  if ! pid_alive "$pid"; then
    # A killed libvirtd leaves its sockets behind; start.sh removes them too,
    # but clean up so a reader of STATE_DIR is not misled.
    rm -f -- "$pid_file" "$state_dir"/run/libvirt-sock "$state_dir"/run/libvirt-sock-ro \
      "$state_dir"/run/libvirt-admin-sock
    log 'killed'
    exit 0
  fi
  sleep 0.1
done
log "ERROR: libvirtd pid $pid survived SIGKILL"
exit 1
