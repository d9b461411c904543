# shellcheck shell=bash
# Helpers for the scripts that start private daemons for tests (scripts/libvirtd, scripts/sshd).
# Source it; port_free needs PY (Debian's /usr/bin/python3) set first.

# True while PID is a running process. A zombie counts as gone: it has
# exited and only waits for its parent (here often pid 1, which need not be
# an init that reaps promptly) to collect it.
pid_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # the state letter follows the parenthesised comm
  [[ "${stat:0:1}" != [ZX] ]]
}

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

# Returns 0 when 127.0.0.1:PORT can be bound. SO_REUSEADDR as the daemons set
# it, so a port in TIME_WAIT from an earlier run still counts as free.
port_free() {
  "$PY" - "$1" <<'PYEOF'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(('127.0.0.1', int(sys.argv[1])))
except OSError:
    sys.exit(1)
PYEOF
}
