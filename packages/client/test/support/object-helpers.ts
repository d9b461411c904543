/** Shared bits of the object-layer integration tests. */
import { accessSync, constants } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { LibvirtError } from '../../src/errors.js';

export function testDriverUri(socket: string): string {
  return `test+unix:///default?socket=${socket}`;
}

export function qemuDriverUri(socket: string): string {
  return `qemu+unix:///system?socket=${socket}`;
}

/** The test driver's state is shared by every connection to the daemon: names must not collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function testDomainXml(name: string, extra = ''): string {
  return `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices>${extra}</devices></domain>`;
}

/**
 * The qemu-driver guest of qemu-driver.test.ts (64 MiB, no disk, kvm when /dev/kvm works) with
 * ACPI, which PCI hotplug and the ACPI power button need.
 */
export function qemuDomainXml(name: string): string {
  let type = 'qemu';
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    type = 'kvm';
  } catch {
    // plain emulation
  }
  return `<domain type='${type}'>
    <name>${name}</name>
    <memory unit='MiB'>64</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <features><acpi/></features>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><serial type='pty'/><memballoon model='virtio'/></devices>
  </domain>`;
}

/** Awaits a promise that must reject with a LibvirtError, and returns that error. */
export async function libvirtError(promise: Promise<unknown>): Promise<LibvirtError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LibvirtError);
  return error as LibvirtError;
}
