/**
 * Volume upload and download through the system storage driver, with a directory pool in a temp
 * folder: 64 MiB both ways, sparse with a hole in the middle, and an abort halfway.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  connect,
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

  it('reports a failed opening call as the stream error', async () => {
    const vol = await createVolume('gone.img');
    await vol.delete();
    const error = await readAll(vol.download()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).isNotFound()).toBe(true);
  });
});
