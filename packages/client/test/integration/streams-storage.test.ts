/**
 * Volume upload and download through the system storage driver, with a directory pool in a temp
 * folder: 64 MiB both ways, sparse with a hole in the middle, and an abort halfway; and
 * downloads straight into files, sparse ones and pipes included.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AbortError,
  connect,
  DownloadFileError,
  LibvirtError,
  type Connection,
  type StoragePool,
  type StorageVolume,
  type StreamHole,
} from '../../src/index.js';
import { qemuDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

const MiB = 1024 * 1024;
const SIZE = 64 * MiB;

/** Chunks of `bytes` as a Writable receives them from a file: 64 KiB at a time. */
function source(bytes: Buffer): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= bytes.byteLength) {
        this.push(null);
        return;
      }
      this.push(bytes.subarray(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

async function readAll(stream: AsyncIterable<unknown>): Promise<(Buffer | StreamHole)[]> {
  const chunks: (Buffer | StreamHole)[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer | StreamHole);
  return chunks;
}

function sameBytes(actual: Buffer, expected: Buffer): boolean {
  return actual.byteLength === expected.byteLength && actual.equals(expected);
}

describe('volume streams on a directory pool', () => {
  let conn: Connection;
  let dir: string;
  let pool: StoragePool;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
    dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-streams-'));
    // The daemon must be able to reach the folder; mkdtemp makes it 0700.
    chmodSync(dir, 0o755);
    pool = await conn.storagePools.createTransient(
      `<pool type='dir'><name>${uniqueName('it-streams')}</name><target><path>${dir}</path></target></pool>`,
    );
  });

  afterAll(async () => {
    await pool.destroy().catch(() => undefined);
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An empty sparse file: a sparse upload skips holes rather than zeroing them. */
  function createVolume(name: string): Promise<StorageVolume> {
    return pool.createVolume(
      `<volume><name>${name}</name><capacity unit='bytes'>${SIZE}</capacity><allocation>0</allocation><target><format type='raw'/></target></volume>`,
    );
  }

  it('uploads 64 MiB and downloads the same bytes', { timeout: 120_000 }, async () => {
    const vol = await createVolume('plain.img');
    const data = randomBytes(SIZE);
    const upload = vol.upload(0, SIZE);
    await pipeline(source(data), upload);
    const downloaded = Buffer.concat((await readAll(vol.download(0, SIZE))) as Buffer[]);
    expect(sameBytes(downloaded, data)).toBe(true);
    // Part of it, from an offset.
    const part = Buffer.concat((await readAll(vol.download(MiB + 3, 1000))) as Buffer[]);
    expect(sameBytes(part, data.subarray(MiB + 3, MiB + 1003))).toBe(true);
    await vol.delete();
  });

  it(
    'uploads sparse with a hole in the middle; downloads give the bytes and the hole back',
    { timeout: 120_000 },
    async () => {
      const vol = await createVolume('sparse.img');
      const head = randomBytes(16 * MiB);
      const tail = randomBytes(16 * MiB);
      const data = Buffer.concat([head, Buffer.alloc(32 * MiB), tail]);
      await pipeline(source(data), vol.upload(0, SIZE, { sparse: true }));
      // The daemon skipped the hole: the file has no blocks for it.
      const path = await vol.path();
      expect(statSync(path).size).toBe(SIZE);
      expect(statSync(path).blocks * 512).toBeLessThan(40 * MiB);

      const plain = Buffer.concat((await readAll(vol.download(0, 0))) as Buffer[]);
      expect(sameBytes(plain, data)).toBe(true);

      // Sparse with holes as zeros: the same bytes.
      const zeros = Buffer.concat((await readAll(vol.download(0, 0, { sparse: true }))) as Buffer[]);
      expect(sameBytes(zeros, data)).toBe(true);

      // Sparse with holes as objects: the hole is where it was, as long as it was.
      const pieces = await readAll(vol.download(0, 0, { sparse: true, holes: 'objects' }));
      const holes: { at: number; length: number }[] = [];
      const bytes: Buffer[] = [];
      let position = 0;
      for (const piece of pieces) {
        if (Buffer.isBuffer(piece)) {
          bytes.push(piece);
          position += piece.byteLength;
        } else {
          holes.push({ at: position, length: piece.hole });
          bytes.push(Buffer.alloc(piece.hole));
          position += piece.hole;
        }
      }
      expect(holes).toEqual([{ at: 16 * MiB, length: 32 * MiB }]);
      expect(sameBytes(Buffer.concat(bytes), data)).toBe(true);
      await vol.delete();
    },
  );

  it('aborting a download halfway leaves the connection usable', { timeout: 120_000 }, async () => {
    const vol = await createVolume('abort.img');
    const data = randomBytes(SIZE);
    await pipeline(source(data), vol.upload(0, SIZE));
    const download = vol.download(0, SIZE);
    let received = 0;
    for await (const chunk of download) {
      received += (chunk as Buffer).byteLength;
      if (received >= SIZE / 2) break; // `break` destroys the stream: the abort goes to the daemon
    }
    expect(received).toBeLessThan(SIZE);
    expect(download.destroyed).toBe(true);
    // Other calls work, a new download works, and the volume is not held by the aborted stream.
    expect(await conn.host.hostname()).not.toBe('');
    const again = Buffer.concat((await readAll(vol.download(SIZE - MiB, MiB))) as Buffer[]);
    expect(sameBytes(again, data.subarray(SIZE - MiB))).toBe(true);
    await vol.delete();
    expect(conn.closed).toBe(false);
  });

  describe('downloadToFile()', () => {
    let data: Buffer;
    let sparseData: Buffer;
    let plainVol: StorageVolume;
    let sparseVol: StorageVolume;
    let out: string;

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), 'libvirt-ts-download-'));
      data = randomBytes(SIZE);
      plainVol = await createVolume('to-file.img');
      await pipeline(source(data), plainVol.upload(0, SIZE));
      sparseData = Buffer.concat([
        randomBytes(8 * MiB),
        Buffer.alloc(40 * MiB),
        randomBytes(8 * MiB),
        Buffer.alloc(8 * MiB),
      ]);
      sparseVol = await createVolume('to-file-sparse.img');
      await pipeline(source(sparseData), sparseVol.upload(0, SIZE, { sparse: true }));
    }, 120_000);

    afterAll(async () => {
      await plainVol.delete().catch(() => undefined);
      await sparseVol.delete().catch(() => undefined);
      rmSync(out, { recursive: true, force: true });
    });

    it('writes the volume to a new file, and a part of it over an existing one', { timeout: 120_000 }, async () => {
      const file = join(out, 'plain.img');
      expect(await plainVol.downloadToFile(file)).toEqual({ dataBytes: SIZE, holeBytes: 0 });
      expect(sameBytes(readFileSync(file), data)).toBe(true);
      // An existing file is truncated first, as virsh does.
      expect(await plainVol.downloadToFile(file, MiB + 3, 1000)).toEqual({ dataBytes: 1000, holeBytes: 0 });
      expect(sameBytes(readFileSync(file), data.subarray(MiB + 3, MiB + 1003))).toBe(true);
    });

    it('keeps the holes of a sparse download in a regular file, a trailing one too', { timeout: 120_000 }, async () => {
      const file = join(out, 'sparse.img');
      const result = await sparseVol.downloadToFile(file, 0, 0, { sparse: true });
      expect(result).toEqual({ dataBytes: 16 * MiB, holeBytes: 48 * MiB });
      expect(statSync(file).size).toBe(SIZE);
      expect(statSync(file).blocks * 512).toBeLessThan(24 * MiB);
      expect(sameBytes(readFileSync(file), sparseData)).toBe(true);
      // Without `sparse` the daemon reads the holes as zeros: same bytes, all allocated.
      expect(await sparseVol.downloadToFile(file)).toEqual({ dataBytes: SIZE, holeBytes: 0 });
      expect(statSync(file).blocks * 512).toBeGreaterThanOrEqual(SIZE);
      expect(sameBytes(readFileSync(file), sparseData)).toBe(true);
    });

    it('writes holes as zeros where the target cannot have them (a pipe)', { timeout: 120_000 }, async () => {
      const fifo = join(out, 'fifo');
      execFileSync('mkfifo', [fifo]);
      // A reader on the other end, in another process: the pipe holds only 64 KiB.
      const reader = execFile('sh', ['-c', 'cat "$1" | sha256sum', 'sh', fifo], { encoding: 'utf8' });
      const digest = new Promise<string>((resolve, reject) => {
        let text = '';
        reader.stdout?.on('data', (chunk: string) => (text += chunk));
        reader.on('error', reject);
        reader.on('close', () => {
          resolve(text.split(' ')[0] ?? '');
        });
      });
      const result = await sparseVol.downloadToFile(fifo, 0, 0, { sparse: true });
      expect(result).toEqual({ dataBytes: 16 * MiB, holeBytes: 48 * MiB });
      expect(await digest).toBe(createHash('sha256').update(sparseData).digest('hex'));
    });

    it('fails with DownloadFileError when the file cannot be created, before opening a stream', async () => {
      const error = await plainVol.downloadToFile(join(out, 'no-such-dir', 'x.img')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DownloadFileError);
      expect((error as DownloadFileError).message).toMatch(/cannot create .*no-such-dir.*ENOENT/);
      expect(await conn.host.hostname()).not.toBe('');
    });

    it(
      'fails with DownloadFileError when a write fails, and the connection stays usable',
      { timeout: 60_000 },
      async () => {
        // /dev/full refuses every write with ENOSPC.
        const error = await plainVol.downloadToFile('/dev/full').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DownloadFileError);
        expect((error as DownloadFileError).message).toMatch(/cannot write \/dev\/full: ENOSPC/);
        const again = join(out, 'after-failure.img');
        await plainVol.downloadToFile(again, SIZE - MiB, MiB);
        expect(sameBytes(readFileSync(again), data.subarray(SIZE - MiB))).toBe(true);
        expect(conn.closed).toBe(false);
      },
    );

    it(
      'aborts on the signal: the file it created is removed, the connection stays usable',
      { timeout: 60_000 },
      async () => {
        const file = join(out, 'aborted.img');
        const controller = new AbortController();
        const download = plainVol.downloadToFile(file, 0, 0, { signal: controller.signal });
        // Abort once part of the file is there.
        while (!existsSync(file) || statSync(file).size < MiB) await new Promise((r) => setTimeout(r, 1));
        controller.abort();
        const error = await download.catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AbortError);
        expect(existsSync(file)).toBe(false);
        expect(await conn.host.hostname()).not.toBe('');
        const again = join(out, 'after-abort.img');
        expect(await plainVol.downloadToFile(again, 0, MiB)).toEqual({ dataBytes: MiB, holeBytes: 0 });
      },
    );

    it('leaves an existing file in place when the download fails', async () => {
      const file = join(out, 'existing.img');
      writeFileSync(file, 'keep me');
      const gone = await createVolume('to-file-gone.img');
      await gone.delete();
      const error = await gone.downloadToFile(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibvirtError);
      expect((error as LibvirtError).isNotFound()).toBe(true);
      // Truncated by the open, as virsh does, but not removed: it was not ours.
      expect(existsSync(file)).toBe(true);
    });
  });

  it('reports a failed opening call as the stream error', async () => {
    const vol = await createVolume('gone.img');
    await vol.delete();
    const error = await readAll(vol.download()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).isNotFound()).toBe(true);
  });
});
