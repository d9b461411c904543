/**
 * Streams against the test guest under the qemu driver: a screenshot (a read stream after a reply
 * that names its mime type) compared with virsh's, and the serial console as a Duplex.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Connection, type Domain, type LibvirtDuplexStream } from '../../src/index.js';
import { qemuDriverUri } from '../support/object-helpers.js';
import {
  buildGuest,
  createGuestScratchDir,
  GUEST_READY_BANNER,
  guestDomainXml,
  waitForConsole,
  type GuestImage,
} from '../support/guest.js';

const libvirtd = inject('libvirtd');

// Wait bounds, not performance thresholds (see guest-boot.test.ts).
const BOOT_WAIT_MS = 90_000;
const PROMPT = 'libvirt-ts-guest# ';

interface ImageSize {
  readonly format: 'png' | 'ppm';
  readonly width: number;
  readonly height: number;
}

/** Width and height from a PNG's IHDR chunk or a binary PPM's header; throws on anything else. */
function imageSize(data: Buffer): ImageSize {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.subarray(0, 8).equals(png)) {
    if (data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
    return { format: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  // P6, then width, height and maxval separated by whitespace (comments aside), then one space.
  const header = /^P6\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 64));
  if (header === null) throw new Error(`neither PNG nor PPM: ${JSON.stringify(data.toString('latin1', 0, 16))}`);
  const [whole, width, height, maxval] = header as unknown as [string, string, string, string];
  const pixels = Number(width) * Number(height) * (Number(maxval) < 256 ? 3 : 6);
  if (data.byteLength !== whole.length + pixels) {
    throw new Error(`PPM of ${width}x${height} should hold ${pixels} bytes of pixels after its header`);
  }
  return { format: 'ppm', width: Number(width), height: Number(height) };
}

/** Collects a console's output until it contains `text` (or the wait bound passes). */
function outputUntil(stream: LibvirtDuplexStream, output: { text: string }, text: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!output.text.includes(text)) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`no ${JSON.stringify(text)} on the console within ${ms} ms; got ${JSON.stringify(output.text)}`),
      );
    }, ms);
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      stream.off('data', check);
      stream.off('error', onError);
    };
    stream.on('data', check);
    stream.on('error', onError);
    check();
  });
}

describe('streams on a running guest', () => {
  let conn: Connection;
  let guest: GuestImage;
  let scratch: string;
  const names: string[] = [];

  beforeAll(async () => {
    guest = await buildGuest();
    scratch = createGuestScratchDir();
    conn = await connect(qemuDriverUri(libvirtd.socket));
  }, 600_000);

  afterAll(async () => {
    for (const name of names) {
      const dom = await conn.domains.lookup(name).catch(() => undefined);
      await dom?.destroy().catch(() => undefined);
    }
    await conn.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function create(
    label: string,
    options: { serial?: 'pty'; video?: boolean },
  ): Promise<{ dom: Domain; log: string }> {
    const name = `it-stream-${label}-${randomUUID().slice(0, 8)}`;
    names.push(name);
    const log = join(scratch, `${name}.console.log`);
    const dom = await conn.domains.createTransient(guestDomainXml({ name, image: guest, consoleLog: log, ...options }));
    return { dom, log };
  }

  it(
    'screenshot() returns an image of the guest screen, the size virsh sees',
    async () => {
      const { dom, log } = await create('shot', { video: true });
      await waitForConsole(log, GUEST_READY_BANNER, BOOT_WAIT_MS);
      const shot = await dom.screenshot(0);
      expect(['image/png', 'image/x-portable-pixmap']).toContain(shot.mimeType);
      const size = imageSize(shot.data);
      expect(size.format).toBe(shot.mimeType === 'image/png' ? 'png' : 'ppm');
      // VGA text mode is 720x400; a framebuffer mode would be larger. Nothing smaller is a screen.
      expect(size.width).toBeGreaterThanOrEqual(640);
      expect(size.height).toBeGreaterThanOrEqual(400);

      const virshFile = join(scratch, `${dom.name}.virsh-shot`);
      execFileSync('virsh', ['-c', qemuDriverUri(libvirtd.socket), 'screenshot', dom.name, '--file', virshFile], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const theirs = imageSize(readFileSync(virshFile));
      expect({ width: size.width, height: size.height }).toEqual({ width: theirs.width, height: theirs.height });

      await dom.destroy();
    },
    BOOT_WAIT_MS + 30_000,
  );

  it(
    'openConsole() reads the boot banner, runs a command, and closes with the finish handshake',
    async () => {
      const { dom, log } = await create('console', { serial: 'pty' });
      // Opened at once: the banner comes seconds later, once the kernel has booted.
      const consoleStream = dom.openConsole(null, { force: true });
      await consoleStream.opened;
      const output = { text: '' };
      consoleStream.setEncoding('utf8');
      consoleStream.on('data', (chunk: string) => {
        output.text += chunk;
      });
      try {
        await outputUntil(consoleStream, output, GUEST_READY_BANNER, BOOT_WAIT_MS);
      } catch (error) {
        // Only if qemu dropped output before the console was open; the log then has the banner.
        await waitForConsole(log, GUEST_READY_BANNER, 1000).catch(() => {
          throw error;
        });
      }
      consoleStream.write('\n');
      await outputUntil(consoleStream, output, PROMPT, 30_000);

      const marker = `hello-${randomUUID().slice(0, 8)}`;
      output.text = '';
      consoleStream.write(`echo ${marker}\n`);
      // The tty echoes the command line; the command's own output is the marker on a line of its own.
      await outputUntil(consoleStream, output, `\n${marker}\r\n`, 30_000);

      const ended = new Promise<void>((resolve) => consoleStream.on('end', resolve));
      consoleStream.end();
      await ended;
      expect(consoleStream.errored).toBeNull();
      // The console is free again: a second client gets it without force.
      const again = dom.openConsole();
      await again.opened;
      again.destroy();
      expect(await conn.host.hostname()).not.toBe('');
      await dom.destroy();
    },
    BOOT_WAIT_MS + 90_000,
  );
});
