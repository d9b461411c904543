/**
 * The tiny bootable guest of scripts/guest/build.sh for integration tests: a Debian cloud kernel
 * and a busybox initramfs whose /init prints {@link GUEST_READY_BANNER} on the first serial port,
 * keeps a shell there, and powers off when the ACPI power button is pressed (domainShutdown).
 *
 * Tests read the guest's serial output from a file (`<serial type='file'>`), so they need no
 * console stream. The domain type is `qemu` (TCG) unless LIBVIRT_TS_GUEST_DOMAIN_TYPE=kvm: under
 * the nested KVM of the machines this project is tested on, a `kvm` guest runs its firmware but
 * the kernel never prints a line, while TCG boots to the shell in a few seconds.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const buildScript = join(repoRoot, 'scripts', 'guest', 'build.sh');

/** The line the guest's /init writes to ttyS0 once it is up (scripts/guest/init). */
export const GUEST_READY_BANNER = 'libvirt-ts guest ready';

/**
 * Enough for a fast boot. Not 64: the 14 MB cloud kernel cannot even unpack itself in 64 MiB and
 * hangs silently after the firmware; 72 boots, slowly.
 */
export const GUEST_MEMORY_MIB = 128;

/** Absolute paths of the cached, shared guest files. */
export interface GuestImage {
  readonly kernel: string;
  readonly initrd: string;
  /** An empty 64 MiB qcow2. Shared by every test: boot a {@link copyGuestDisk} copy to write to it. */
  readonly disk: string;
}

export class GuestBuildError extends Error {
  override readonly name = 'GuestBuildError';
}

export class GuestConsoleTimeoutError extends Error {
  override readonly name = 'GuestConsoleTimeoutError';
}

let image: Promise<GuestImage> | undefined;

/**
 * Builds the guest unless scripts/guest/build.sh already has it cached (then this takes well under a
 * second), once per test file. The first build downloads ~28 MB of Debian packages; give the calling
 * hook minutes. The script's progress goes straight to stderr.
 */
export function buildGuest(): Promise<GuestImage> {
  image ??= runBuildScript();
  return image;
}

function runBuildScript(): Promise<GuestImage> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', [buildScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', (error) => {
      reject(new GuestBuildError(`cannot run ${buildScript}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
        reject(new GuestBuildError(`${buildScript} failed (${how}); its stderr is above`));
        return;
      }
      const value = (key: string): string | undefined => new RegExp(`^${key}=(.+)$`, 'm').exec(stdout)?.[1];
      const kernel = value('KERNEL');
      const initrd = value('INITRD');
      const disk = value('DISK');
      if (kernel === undefined || initrd === undefined || disk === undefined) {
        reject(new GuestBuildError(`${buildScript} printed no KERNEL/INITRD/DISK lines: ${JSON.stringify(stdout)}`));
        return;
      }
      resolvePromise({ kernel, initrd, disk });
    });
  });
}

export type GuestDomainType = 'qemu' | 'kvm';

/** `qemu` unless LIBVIRT_TS_GUEST_DOMAIN_TYPE asks for `kvm` (see the module comment for why). */
export function guestDomainType(): GuestDomainType {
  const requested = process.env.LIBVIRT_TS_GUEST_DOMAIN_TYPE;
  if (requested === undefined || requested === '' || requested === 'qemu') return 'qemu';
  if (requested === 'kvm') return 'kvm';
  throw new Error(`LIBVIRT_TS_GUEST_DOMAIN_TYPE must be qemu or kvm, got ${JSON.stringify(requested)}`);
}

/**
 * A directory for console logs and disk copies that qemu can use: libvirt's DAC driver relabels the
 * files themselves for the qemu user, never their directory, and mkdtemp makes it 0700.
 */
export function createGuestScratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-guest-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** A private, writable copy of the empty guest disk in `dir` (e.g. from {@link createGuestScratchDir}). */
export function copyGuestDisk(guest: GuestImage, dir: string, fileName = 'disk.qcow2'): string {
  const path = join(dir, fileName);
  copyFileSync(guest.disk, path);
  chmodSync(path, 0o644);
  return path;
}

export interface GuestDomainOptions {
  readonly name: string;
  readonly image: GuestImage;
  /** Where qemu writes the first serial port (the guest's console); its directory must exist. */
  readonly consoleLog: string;
  /** A qcow2 to attach as virtio disk vda; omit for a diskless guest. */
  readonly disk?: string;
  readonly memoryMiB?: number;
  readonly type?: GuestDomainType;
  /**
   * `file` (default): the serial port writes to `consoleLog`. `pty`: a pseudo-terminal that
   * `domain.openConsole()` reaches, with a copy of the output still logged to `consoleLog`.
   */
  readonly serial?: 'file' | 'pty';
  /** Adds a VGA card, so the guest has a screen (`domain.screenshot()`). */
  readonly video?: boolean;
}

/**
 * Domain XML for the test guest. ACPI is on so domainShutdown reaches the guest's power button; a
 * guest crash destroys the domain rather than restarting it. libvirt derives the `<console>` from
 * the first serial port by itself.
 */
export function guestDomainXml(options: GuestDomainOptions): string {
  const { name, image: guest, consoleLog, disk, serial = 'file', video = false } = options;
  const memory = options.memoryMiB ?? GUEST_MEMORY_MIB;
  const type = options.type ?? guestDomainType();
  const diskXml =
    disk === undefined
      ? ''
      : `
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='${xmlAttr(disk)}'/>
      <target dev='vda' bus='virtio'/>
    </disk>`;
  const fileSerial = `
    <serial type='file'>
      <source path='${xmlAttr(consoleLog)}'/>
      <target port='0'/>
    </serial>`;
  const ptySerial = `
    <serial type='pty'>
      <log file='${xmlAttr(consoleLog)}' append='off'/>
      <target port='0'/>
    </serial>`;
  const videoXml = `
    <video><model type='vga' vram='16384' heads='1'/></video>`;
  return `<domain type='${type}'>
  <name>${xmlText(name)}</name>
  <memory unit='MiB'>${String(memory)}</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>${xmlText(guest.kernel)}</kernel>
    <initrd>${xmlText(guest.initrd)}</initrd>
    <cmdline>console=ttyS0 quiet panic=-1</cmdline>
  </os>
  <features><acpi/></features>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>${diskXml}${serial === 'pty' ? ptySerial : fileSerial}${video ? videoXml : ''}
    <controller type='usb' model='none'/>
    <memballoon model='virtio'/>
  </devices>
</domain>`;
}

/**
 * Polls the console log until it contains `text` and returns the log. The timeout bounds the wait
 * (a guest that never boots must not hang the suite); it is not a performance threshold. On timeout
 * the error carries the log so far.
 */
export async function waitForConsole(consoleLog: string, text: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const content = readConsole(consoleLog);
    if (content?.includes(text) === true) return content;
    if (Date.now() >= deadline) {
      const shown = content === undefined ? '(file not created)' : JSON.stringify(content);
      throw new GuestConsoleTimeoutError(
        `no ${JSON.stringify(text)} in ${consoleLog} within ${String(timeoutMs)} ms; it holds: ${shown}`,
      );
    }
    await sleep(100);
  }
}

function readConsole(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function xmlText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function xmlAttr(value: string): string {
  return xmlText(value).replaceAll("'", '&apos;').replaceAll('"', '&quot;');
}
