#!/usr/bin/env bash
# Installs what the integration tests need to run a private libvirtd:
# the daemon with its test and qemu drivers, virtlogd (the qemu driver
# refuses to start domains without it), virsh (start.sh uses it to check the
# daemon is really serving), Debian's python3-libvirt (cross-checks against
# the C client library) and qemu itself (the qemu driver probes the emulator
# binary for capabilities even for `virsh version`).
# For the TLS and SASL tests: openssl (pki.sh makes the certificates),
# sasl2-bin (saslpasswd2 for the SASL user database) and libsasl2-modules
# (the SCRAM plugin libvirtd's Cyrus SASL loads), and the unprivileged system
# user `libvirt-ts` that runs the SASL-only session daemon (start.sh).
#
# Idempotent: when everything is already there it prints one line and exits 0
# without touching apt, so it is cheap to call at the start of every CI run.
#
# Usage: scripts/libvirtd/install.sh
set -euo pipefail

log() { printf 'libvirtd/install: %s\n' "$*" >&2; }

# Packages, not binaries: libvirt-daemon-system brings libvirt-daemon
# (libvirtd, virtlogd) which Depends on libvirt-daemon-driver-qemu (the qemu
# driver .so); the test driver is built into libvirt0 itself. We still name
# libvirt-daemon-driver-qemu explicitly so a future split of the Depends
# cannot silently drop it. Recommends are skipped on purpose: they drag in
# dnsmasq, lvm2, xen/lxc/vbox drivers etc. that the tests do not use.
packages=(
  libvirt-daemon-system
  libvirt-daemon-driver-qemu
  libvirt-clients
  python3-libvirt
  qemu-system-x86
  qemu-utils
  openssl
  sasl2-bin
  libsasl2-modules
)
# The account start.sh runs the session-mode libvirtd as.
session_user=libvirt-ts

# Each check names what is missing so a failure message is actionable.
missing=()
for cmd in libvirtd virtlogd virsh qemu-system-x86_64 qemu-img openssl saslpasswd2 runuser; do
  # libvirtd and virtlogd live in /usr/sbin, which is not on every PATH.
  if ! PATH="$PATH:/usr/sbin:/sbin" command -v "$cmd" >/dev/null 2>&1; then
    missing+=("$cmd")
  fi
done
if ! compgen -G '/usr/lib/*/libvirt/connection-driver/libvirt_driver_qemu.so' >/dev/null; then
  missing+=('libvirt qemu driver')
fi
if ! compgen -G '/usr/lib/*/sasl2/libscram.so*' >/dev/null; then
  missing+=('Cyrus SASL SCRAM plugin (libsasl2-modules)')
fi
# Debian's interpreter, not whatever `python3` is first on PATH (may be a
# pyenv build without the libvirt module).
if ! [[ -x /usr/bin/python3 ]] || ! /usr/bin/python3 -c 'import libvirt' >/dev/null 2>&1; then
  missing+=('python3-libvirt (/usr/bin/python3 -c "import libvirt")')
fi

# A system account without home or shell: it only ever runs the session daemon.
ensure_session_user() {
  id -u "$session_user" >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" != 0 ]]; then
    log "ERROR: creating the user $session_user needs root; rerun as root" >&2
    exit 1
  fi
  log "creating system user $session_user (runs the SASL test daemon)"
  PATH="$PATH:/usr/sbin:/sbin" useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin --comment 'libvirt-ts session daemon for tests' "$session_user"
}

if ((${#missing[@]} == 0)); then
  ensure_session_user
  log "libvirt and qemu are already installed ($(PATH="$PATH:/usr/sbin" libvirtd --version))"
  exit 0
fi

log "missing: ${missing[*]}"
if [[ "$(id -u)" != 0 ]]; then
  log "ERROR: installing ${packages[*]} needs root (apt-get); rerun as root or install them by hand" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "ERROR: apt-get not found: this script supports Debian/Ubuntu only; install ${packages[*]} by hand" >&2
  exit 1
fi

# One update per install: the package lists of a fresh machine may be empty
# or stale, and a second update would only cost time.
export DEBIAN_FRONTEND=noninteractive
log "apt-get update"
apt-get update -q
log "apt-get install ${packages[*]}"
apt-get install -y -q --no-install-recommends "${packages[@]}"

# Re-check so a package that installed but did not provide what we need
# fails here rather than as a confusing daemon error later.
for cmd in libvirtd virtlogd virsh qemu-system-x86_64 openssl saslpasswd2; do
  PATH="$PATH:/usr/sbin:/sbin" command -v "$cmd" >/dev/null 2>&1 || {
    log "ERROR: $cmd still missing after install"
    exit 1
  }
done
/usr/bin/python3 -c 'import libvirt' || {
  log 'ERROR: /usr/bin/python3 cannot import libvirt after install'
  exit 1
}
ensure_session_user
log "installed ($(PATH="$PATH:/usr/sbin" libvirtd --version))"
