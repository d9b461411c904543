#!/usr/bin/env bash
# Stops the private sshd that scripts/sshd/start.sh started.
#
# Usage: scripts/sshd/stop.sh [--remove] STATE_DIR
#   (or with STATE_DIR omitted, $LIBVIRT_TS_SSHD_DIR from start.sh's env)
#   --remove  also delete STATE_DIR (its keys are throwaway test keys)
#
# Only the listening sshd is signalled: sessions still open end with their
# connections, as with any sshd. Idempotent: a missing STATE_DIR, pid file or
# process is not an error, so it is safe in an EXIT trap or afterAll hook.
set -euo pipefail

# Shared helpers (this script uses pid_alive).
# shellcheck source=SCRIPTDIR/../lib/daemon.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

log() { printf 'sshd/stop: %s\n' "$*" >&2; }

remove=0
if [[ "${1:-}" == --remove ]]; then
  remove=1
  shift
fi
dir="${1:-${LIBVIRT_TS_SSHD_DIR:-}}"
if [[ -z "$dir" ]]; then
  log "usage: $0 [--remove] STATE_DIR"
  exit 2
fi
pid_file="$dir/sshd.pid"

finish() {
  rm -f -- "$pid_file"
  # Only a directory start.sh made: it has its sshd_config and env files.
  if ((remove)) && [[ -f "$dir/sshd_config" && -f "$dir/env" ]]; then
    rm -rf -- "$dir"
  fi
  exit 0
}

if [[ ! -s "$pid_file" ]]; then
  log "no $pid_file; nothing to stop"
  finish
fi
pid="$(tr -dc '0-9' <"$pid_file")"
# A stale pid file may name a pid the kernel has since reused.
if [[ -z "$pid" || "$(cat "/proc/$pid/comm" 2>/dev/null || true)" != sshd ]] || ! pid_alive "$pid"; then
  log "sshd ${pid:-?} from $pid_file is not running"
  finish
fi

kill -TERM "$pid" 2>/dev/null || true
for ((i = 0; i < 50; i++)); do
  pid_alive "$pid" || {
    log "stopped sshd pid $pid"
    finish
  }
  sleep 0.1
done
log "sshd pid $pid ignored TERM for 5 s; sending KILL"
kill -KILL "$pid" 2>/dev/null || true
for ((i = 0; i < 50; i++)); do
  pid_alive "$pid" || finish
  sleep 0.1
done
log "ERROR: sshd pid $pid survived SIGKILL"
exit 1
