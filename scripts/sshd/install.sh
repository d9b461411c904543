#!/usr/bin/env bash
# Installs what the ssh integration tests need: OpenSSH's server (a private
# sshd on a loopback port, see start.sh) and client (the `+ssh` transport runs
# the system ssh), and netcat-openbsd (the `nc -U socket` that libvirt's ssh
# transports run on the server when virt-ssh-helper is not used).
#
# Idempotent: when everything is already there it prints one line and exits 0
# without touching apt, so it is cheap to call before every test run.
#
# Usage: scripts/sshd/install.sh
set -euo pipefail

log() { printf 'sshd/install: %s\n' "$*" >&2; }

packages=(openssh-server openssh-client netcat-openbsd)

# sshd lives in /usr/sbin, which is not on every PATH. `nc` alone is not
# enough: netcat-traditional has no -U (unix sockets), so ask for the
# OpenBSD one by its binary.
missing=()
[[ -x /usr/sbin/sshd ]] || missing+=('/usr/sbin/sshd (openssh-server)')
for cmd in ssh ssh-keygen ssh-keyscan; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd (openssh-client)")
done
[[ -x /bin/nc.openbsd || -x /usr/bin/nc.openbsd ]] || missing+=('nc.openbsd (netcat-openbsd)')

if ((${#missing[@]} == 0)); then
  log "openssh and netcat-openbsd are already installed ($(ssh -V 2>&1))"
  exit 0
fi

log "missing: ${missing[*]}"
if [[ "$(id -u)" != 0 ]]; then
  log "ERROR: installing ${packages[*]} needs root (apt-get); rerun as root or install them by hand"
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "ERROR: apt-get not found: this script supports Debian/Ubuntu only; install ${packages[*]} by hand"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log 'apt-get update'
apt-get update -q >&2
log "apt-get install ${packages[*]}"
# --no-install-recommends: openssh-server recommends ncurses-term, xauth and
# others the tests do not use. policy-rc.d-free containers may try to start
# the distribution's sshd on port 22; that is harmless and not ours to stop.
apt-get install -y -q --no-install-recommends "${packages[@]}" >&2

[[ -x /usr/sbin/sshd ]] || {
  log 'ERROR: /usr/sbin/sshd still missing after install'
  exit 1
}
command -v nc >/dev/null 2>&1 || {
  log 'ERROR: nc still missing after install'
  exit 1
}
log "installed ($(ssh -V 2>&1))"
