#!/usr/bin/env bash
# Builds (once) a tiny bootable Linux guest for the integration tests: a
# Debian cloud kernel, an initramfs holding a static busybox whose /init
# (scripts/guest/init) prints `libvirt-ts guest ready` on ttyS0 and keeps a
# shell there, and an empty 64 MiB qcow2 disk.
#
# Usage: scripts/guest/build.sh [OUT_DIR]
#   OUT_DIR  cache directory; default /var/cache/libvirt-ts-guest as root,
#            else ${XDG_CACHE_HOME:-~/.cache}/libvirt-ts-guest
#
# On success prints on stdout (and nothing else):
#   KERNEL=/path/vmlinuz  INITRD=/path/initrd.img  DISK=/path/disk.qcow2
# one per line. Progress and errors go to stderr.
#
# Caching: the files live in OUT_DIR/<key>/, where the key names the kernel
# and busybox package versions apt would pick and a hash of this script and
# the init, so a second run is a no-op that only prints the paths, and a new
# package version or recipe rebuilds (older builds are then removed). Runs
# for one OUT_DIR are serialised by a lock file in it.
#
# Nothing is installed into the host: the .debs are fetched with
# `apt-get download` and unpacked into a scratch directory. Needs apt-get,
# dpkg-deb, tar, gzip (all in a base Debian) and qemu-img (qemu-utils, which
# scripts/libvirtd/install.sh installs). `apt-get update` runs at most once,
# and only when the package lists cannot resolve or fetch the packages
# (fresh machine, or lists older than the mirror); that needs root.
#
# Booting it: packages/client/test/support/guest.ts writes the domain XML
# (direct kernel boot, cmdline `console=ttyS0 quiet panic=-1`, serial port to
# a file). Give it 128 MiB: in 64 MiB this 14 MB kernel cannot unpack itself
# and hangs silently right after the firmware. The disk in the cache is
# shared: a test that writes to it should boot a copy (guest.ts has a
# helper) or an overlay.
set -euo pipefail

log() { printf 'guest/build: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

script_dir="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
init_script="$script_dir/init"

# The kernel package is a metapackage; it depends on the versioned
# linux-image-X.Y.Z-N-cloud-amd64 that holds the files. "cloud" because it is
# the smallest Debian kernel (no hardware drivers), and what it lacks for a
# KVM/QEMU guest is not needed by this one.
kernel_meta=linux-image-cloud-amd64
busybox_pkg='busybox-static'

# Modules the initramfs carries (Debian's cloud kernel builds them as
# modules; serial, devtmpfs and initramfs support are built in), in load
# order: each one's dependencies (the `depends=` of its modinfo) come first.
# virtio gives later tests a disk (vda), a NIC and a balloon the guest drives;
# button+evdev let /init see the ACPI power button, so domainShutdown works.
modules=(
  virtio_ring
  virtio
  virtio_pci_legacy_dev
  virtio_pci_modern_dev
  virtio_pci
  virtio_blk
  virtio_balloon
  virtio_console
  failover
  net_failover
  virtio_net
  button
  evdev
)
# Path of each module inside the kernel package, under lib/modules/<ver>/kernel/.
declare -A module_paths=(
  [virtio_ring]=drivers/virtio/virtio_ring.ko
  [virtio]=drivers/virtio/virtio.ko
  [virtio_pci_legacy_dev]=drivers/virtio/virtio_pci_legacy_dev.ko
  [virtio_pci_modern_dev]=drivers/virtio/virtio_pci_modern_dev.ko
  [virtio_pci]=drivers/virtio/virtio_pci.ko
  [virtio_blk]=drivers/block/virtio_blk.ko
  [virtio_balloon]=drivers/virtio/virtio_balloon.ko
  [virtio_console]=drivers/char/virtio_console.ko
  [failover]=net/core/failover.ko
  [net_failover]=drivers/net/net_failover.ko
  [virtio_net]=drivers/net/virtio_net.ko
  [button]=drivers/acpi/button.ko
  [evdev]=drivers/input/evdev.ko
)

(($# <= 1)) || die "usage: $0 [OUT_DIR]"
if (($# == 1)) && [[ -n "$1" ]]; then
  out_dir="$1"
elif [[ "$(id -u)" == 0 ]]; then
  out_dir=/var/cache/libvirt-ts-guest
else
  out_dir="${XDG_CACHE_HOME:-$HOME/.cache}/libvirt-ts-guest"
fi

# qemu-img lives in /usr/bin, but keep sbin around for a minimal CI PATH.
export PATH="$PATH:/usr/sbin:/sbin"
for cmd in apt-get apt-cache dpkg-deb tar gzip sha256sum flock; do
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd not found: this script needs a Debian-like system"
done
command -v qemu-img >/dev/null 2>&1 || die 'qemu-img not found; run scripts/libvirtd/install.sh first (qemu-utils)'
[[ -r "$init_script" ]] || die "$init_script missing"

# qemu runs as libvirt-qemu (or whatever qemu.conf says), so every directory
# above the files must be searchable by others and the files readable.
# libvirt's dynamic_ownership chowns kernel and initrd only while a guest
# runs, and only the files: a 0700 parent would still stop qemu.
if [[ ! -d "$out_dir" ]]; then
  mkdir -p -- "$out_dir"
  chmod 0755 -- "$out_dir"
fi
out_dir="$(cd -- "$out_dir" && pwd -P)"
dir="$out_dir"
while [[ "$dir" != / ]]; do
  if [[ "$(stat -c %A -- "$dir")" != ?????????[xt] ]]; then
    log "warning: $dir is not searchable by others; qemu (running as libvirt-qemu) will not reach the guest files"
  fi
  dir="$(dirname -- "$dir")"
done

# Concurrent runs (two test processes on a cold cache) would download twice
# and race on the final rename; the second waits and then finds the cache.
exec 9>"$out_dir/.lock"
flock 9

export DEBIAN_FRONTEND=noninteractive
updated=0
apt_update() {
  ((!updated)) || return 1
  updated=1
  [[ "$(id -u)" == 0 ]] || die "the package lists cannot provide $kernel_meta/$busybox_pkg and apt-get update needs root"
  log 'apt-get update'
  apt-get update -q >&2 || die 'apt-get update failed'
}

# Sets kernel_pkg, kernel_version and busybox_version to what apt would
# install, from the local lists only. One apt-cache call: with the package
# cache disabled (Debian's container images do that) each call re-parses all
# lists, ~0.6 s, and this runs on every (cached) invocation. The metapackage
# pins its kernel with `(= version)`, which gives the kernel's version too.
resolve() {
  local show line field value package='' meta_depends=''
  kernel_pkg='' kernel_version='' busybox_version=''
  show="$(apt-cache show --no-all-versions -- "$kernel_meta" "$busybox_pkg" 2>/dev/null)" || return 1
  while IFS= read -r line; do
    field="${line%%:*}"
    value="${line#*: }"
    case "$field" in
      Package) package="$value" ;;
      Version) if [[ "$package" == "$busybox_pkg" ]]; then busybox_version="$value"; fi ;;
      Depends) if [[ "$package" == "$kernel_meta" ]]; then meta_depends="$value"; fi ;;
    esac
  done <<<"$show"
  [[ "$meta_depends" =~ (linux-image-[a-z0-9.+-]+)\ \(=\ ([^\)]+)\) ]] || return 1
  kernel_pkg="${BASH_REMATCH[1]}"
  kernel_version="${BASH_REMATCH[2]}"
  [[ -n "$busybox_version" ]]
}
if ! resolve; then
  log "package lists do not know $kernel_meta/$busybox_pkg (empty on a fresh machine?)"
  apt_update
  resolve || die "apt cannot find $kernel_meta and $busybox_pkg even after apt-get update (is this Debian amd64?)"
fi

recipe_hash="$(cat -- "${BASH_SOURCE[0]}" "$init_script" | sha256sum)"
key="${kernel_pkg#linux-image-}_${kernel_version}+busybox_${busybox_version#*:}+${recipe_hash:0:12}"
# Epoch colons and any other odd byte out of the path: it ends up in domain
# XML and qemu command lines.
key="${key//[^A-Za-z0-9._+-]/_}"
guest_dir="$out_dir/$key"
manifest_name=libvirt-ts-guest.manifest

report() {
  printf 'KERNEL=%s\nINITRD=%s\nDISK=%s\n' "$guest_dir/vmlinuz" "$guest_dir/initrd.img" "$guest_dir/disk.qcow2"
}

if [[ -f "$guest_dir/$manifest_name" && -f "$guest_dir/vmlinuz" && -f "$guest_dir/initrd.img" && -f "$guest_dir/disk.qcow2" ]]; then
  log "cached: $guest_dir"
  report
  exit 0
fi

log "building $key"
work="$(mktemp -d "$out_dir/.build.XXXXXX")"
trap 'rm -rf -- "$work"' EXIT
mkdir -p "$work/debs" "$work/kernel" "$work/busybox" "$work/root" "$work/out"
# As root, apt-get download drops privileges to _apt, which must be able to
# reach and write the target directory (else it warns and downloads
# unsandboxed); mktemp made $work 0700.
chmod 0755 -- "$work"
if [[ "$(id -u)" == 0 ]] && getent passwd _apt >/dev/null; then
  chown _apt: "$work/debs"
fi

download() {
  (cd "$work/debs" && apt-get download -q "$kernel_pkg=$kernel_version" "$busybox_pkg=$busybox_version" >&2)
}
if ! download; then
  # Lists older than the mirror name files it no longer has (404).
  log 'download failed; refreshing the package lists once and retrying'
  apt_update || die 'apt-get download failed after apt-get update'
  resolve || die "apt cannot resolve $kernel_meta/$busybox_pkg after apt-get update"
  download || die 'apt-get download failed after apt-get update'
fi
kernel_deb="$(echo "$work/debs/${kernel_pkg}_"*.deb)"
busybox_deb="$(echo "$work/debs/${busybox_pkg}_"*.deb)"
[[ -f "$kernel_deb" && -f "$busybox_deb" ]] || die "apt-get download did not produce both .debs in $work/debs"

# Only the kernel image and the few modules: the package's other ~100 MB of
# modules are never looked at, so do not unpack them (tar takes patterns).
kernel_release="${kernel_pkg#linux-image-}"
tar_members=("./boot/vmlinuz-$kernel_release")
for m in "${modules[@]}"; do
  tar_members+=("./lib/modules/$kernel_release/kernel/${module_paths[$m]}")
done
dpkg-deb --fsys-tarfile "$kernel_deb" | tar -x -C "$work/kernel" -- "${tar_members[@]}" ||
  die "$kernel_deb lacks the kernel or a module: ${tar_members[*]}"
dpkg-deb -x "$busybox_deb" "$work/busybox"
busybox="$work/busybox/bin/busybox"
[[ -x "$busybox" ]] || die "$busybox_deb has no bin/busybox"

root="$work/root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,root,etc,lib/modules}
cp -- "$busybox" "$root/bin/busybox"
# One symlink per applet at its usual path (bin/sh, sbin/insmod, ...).
while read -r applet; do
  [[ -e "$root/$applet" || -L "$root/$applet" ]] || ln -s /bin/busybox "$root/$applet"
done < <("$busybox" --list-full)
chmod 1777 "$root/tmp"
install -m 0755 -- "$init_script" "$root/init"
for m in "${modules[@]}"; do
  cp -- "$work/kernel/lib/modules/$kernel_release/kernel/${module_paths[$m]}" "$root/lib/modules/$m.ko"
  printf '%s\n' "$m" >>"$root/lib/modules/load-order"
done

# The initramfs, cpio newc + gzip as the kernel wants it. busybox's cpio
# writes it (the host may lack GNU cpio); fixed owner, inode numbers and
# times keep the image identical across builds of the same inputs.
find "$root" -exec touch -h -d @0 -- {} +
(cd "$root" && find . -mindepth 1 | LC_ALL=C sort | "$busybox" cpio -o -H newc -R 0:0 --renumber-inodes --ignore-devno) \
  >"$work/initrd.cpio" 2>/dev/null || die 'busybox cpio -o failed'

# The kernel opens /dev/console for init's stdin/out/err BEFORE /init can
# mount devtmpfs, so the archive must hold that node. Writing it by hand
# (instead of mknod in the staging tree) needs no privilege. The kernel
# unpacks concatenated newc archives in order, so it is a second archive:
# one entry (char device 5:1, mode 0600) and the trailer. newc header: magic
# and 13 fields of 8 hex digits (ino mode uid gid nlink mtime filesize
# devmajor devminor rdevmajor rdevminor namesize check); name NUL-terminated;
# header+name padded to 4 bytes.
cpio_entry() {
  local ino="$1" mode="$2" rmaj="$3" rmin="$4" name="$5" namesize pad
  namesize=$((${#name} + 1))
  printf '070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X' \
    "$ino" "$mode" 0 0 1 0 0 0 0 "$rmaj" "$rmin" "$namesize" 0
  printf '%s\0' "$name"
  pad=$(((4 - (110 + namesize) % 4) % 4))
  head -c "$pad" /dev/zero
}
{
  cpio_entry 1 $((8#020600)) 5 1 dev/console
  cpio_entry 0 0 0 0 'TRAILER!!!'
} >>"$work/initrd.cpio"
gzip -9 -n <"$work/initrd.cpio" >"$work/out/initrd.img"

cp -- "$work/kernel/boot/vmlinuz-$kernel_release" "$work/out/vmlinuz"
qemu-img create -q -f qcow2 "$work/out/disk.qcow2" 64M
{
  printf 'kernel %s %s\n' "$kernel_pkg" "$kernel_version"
  printf 'busybox %s %s\n' "$busybox_pkg" "$busybox_version"
  printf 'modules %s\n' "${modules[*]}"
  printf 'recipe %s\n' "${recipe_hash:0:64}"
} >"$work/out/$manifest_name"
chmod 0644 -- "$work/out"/*
chmod 0755 -- "$work/out"

# Publish atomically (same filesystem), then drop builds of other versions:
# each is ~20 MB and nothing refers to them once the key moved on.
rm -rf -- "$guest_dir"
mv -T -- "$work/out" "$guest_dir"
for old in "$out_dir"/*/"$manifest_name"; do
  [[ -f "$old" ]] || continue
  old="$(dirname -- "$old")"
  [[ "$old" == "$guest_dir" ]] || { log "removing old build $old"; rm -rf -- "$old"; }
done
log "built $guest_dir ($(du -sh -- "$guest_dir" | cut -f1))"
report
