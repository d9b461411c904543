/**
 * The test guest of scripts/guest really boots under the qemu driver of the test daemon: its banner
 * reaches the serial console (a file, so no console stream is needed), libvirt reports it running,
 * and it powers off when libvirt presses the ACPI power button. The guest is built here when the
 * cache lacks it; a failed build fails the file, it never skips.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, LibvirtError, type Connection } from '../../src/index.js';
import { DomainState, ErrorNumber } from '../../src/constants/index.js';
import type { RemoteNonnullDomain } from '../../src/protocol/remote.gen.js';
import {
  buildGuest,
  copyGuestDisk,
  createGuestScratchDir,
  GUEST_READY_BANNER,
  guestDomainXml,
  waitForConsole,
  type GuestImage,
} from '../support/guest.js';

const libvirtd = inject('libvirtd');

// Wait bounds, not performance thresholds: the guest boots in ~3-4 s under TCG here; the margin is
// for a loaded 2-core CI machine. Exceeding them fails with the console log.
const BOOT_WAIT_MS = 90_000;
const POWEROFF_WAIT_MS = 60_000;

describe('test guest (scripts/guest)', () => {
  let conn: Connection;
  let guest: GuestImage;
  let scratch: string;
  const names: string[] = [];

  beforeAll(async () => {
    // A cold cache downloads and builds the guest (~30 MB of .debs).
    guest = await buildGuest();
    scratch = createGuestScratchDir();
    conn = await connect(`qemu+unix:///system?socket=${libvirtd.socket}`);
  }, 600_000);

  afterAll(async () => {
    // Transient domains vanish once destroyed; anything a failed test left running goes here.
    for (const name of names) {
      const dom = await conn.remote
        .domainLookupByName({ name })
        .then((r) => r.dom)
        .catch(() => undefined);
      if (dom !== undefined) await conn.remote.domainDestroy({ dom }).catch(() => undefined);
    }
    await conn.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function boot(label: string, disk?: string): Promise<{ dom: RemoteNonnullDomain; consoleLog: string }> {
    const name = `it-guest-${label}-${randomUUID().slice(0, 8)}`;
    names.push(name);
    const consoleLog = join(scratch, `${name}.console.log`);
    const xmlDesc = guestDomainXml({ name, image: guest, consoleLog, ...(disk === undefined ? {} : { disk }) });
    const { dom } = await conn.remote.domainCreateXml({ xmlDesc, flags: 0 });
    await waitForConsole(consoleLog, GUEST_READY_BANNER, BOOT_WAIT_MS);
    return { dom, consoleLog };
  }

  async function isGone(name: string): Promise<boolean> {
    try {
      await conn.remote.domainLookupByName({ name });
      return false;
    } catch (error) {
      if (error instanceof LibvirtError && error.code === ErrorNumber.NoDomain) return true;
      throw error;
    }
  }

  it(
    'boots with a disk to its serial banner, runs, and is destroyed',
    async () => {
      const { dom, consoleLog } = await boot('boot', copyGuestDisk(guest, scratch));
      expect((await conn.remote.domainGetState({ dom, flags: 0 })).state).toBe(DomainState.Running);
      // The virtio drivers in the initramfs loaded (init reports a failed insmod on the console) and
      // the guest sees the disk.
      const output = readFileSync(consoleLog, 'utf8');
      expect(output).not.toContain('insmod');
      expect(output).toMatch(/^libvirt-ts guest: block devices: .*\bvda\b/m);

      const { xml } = await conn.remote.domainGetXmlDesc({ dom, flags: 0 });
      expect(xml).toContain(`<source path='${consoleLog}'/>`);
      expect(xml).toMatch(/<console type='file'>/);

      await conn.remote.domainDestroy({ dom });
      expect(await isGone(dom.name)).toBe(true);
    },
    BOOT_WAIT_MS + 30_000,
  );

  it(
    'powers off when libvirt presses the ACPI power button (domainShutdown)',
    async () => {
      const { dom, consoleLog } = await boot('shutdown');
      await conn.remote.domainShutdown({ dom });
      const deadline = Date.now() + POWEROFF_WAIT_MS;
      while (!(await isGone(dom.name))) {
        if (Date.now() >= deadline) {
          throw new Error(
            `guest still defined ${String(POWEROFF_WAIT_MS)} ms after domainShutdown; console: ${readFileSync(consoleLog, 'utf8')}`,
          );
        }
        await sleep(100);
      }
      expect(readFileSync(consoleLog, 'utf8')).toContain('power button pressed');
    },
    BOOT_WAIT_MS + POWEROFF_WAIT_MS + 30_000,
  );
});
