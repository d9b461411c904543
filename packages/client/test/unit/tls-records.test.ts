import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:tls';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameBoundarySplitter } from '../../src/transport/tls-records.js';
import { tlsTransport } from '../../src/transport/tls.js';
import { resolveRemoteTarget } from '../../src/uri/index.js';

/** A libvirt-style frame: a 4-byte big-endian length that counts itself, then `body` bytes. */
function frameOf(body: number, fill: number): Buffer {
  const frame = Buffer.alloc(4 + body, fill);
  frame.writeUInt32BE(4 + body, 0);
  return frame;
}

describe('FrameBoundarySplitter', () => {
  it('cuts a write holding several frames at each frame end', () => {
    const a = frameOf(24, 1);
    const b = frameOf(40, 2);
    const c = frameOf(28, 3);
    const pieces = new FrameBoundarySplitter().split(Buffer.concat([a, b, c]));
    expect(pieces).toEqual([a, b, c]);
  });

  it('keeps pieces of one frame apart where the writes cut it, and cuts where a frame ends inside a write', () => {
    const a = frameOf(24, 1);
    const b = frameOf(40, 2);
    const splitter = new FrameBoundarySplitter();
    const joined = Buffer.concat([a, b]);
    // The cut falls inside b's length word.
    expect(splitter.split(joined.subarray(0, 30))).toEqual([a, joined.subarray(28, 30)]);
    expect(splitter.split(joined.subarray(30))).toEqual([joined.subarray(30)]);
  });

  it('never lets a piece span a frame boundary, whatever the frames and chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 20 }),
        (bodies, cuts) => {
          const frames = bodies.map((body, i) => frameOf(body, i));
          const stream = Buffer.concat(frames);
          const boundaries = new Set<number>();
          let at = 0;
          for (const f of frames) boundaries.add((at += f.byteLength));
          const splitter = new FrameBoundarySplitter();
          const pieces: Buffer[] = [];
          let offset = 0;
          for (let i = 0; offset < stream.byteLength; i++) {
            const size = cuts[i % cuts.length] ?? 1;
            pieces.push(...splitter.split(stream.subarray(offset, offset + size)));
            offset += size;
          }
          expect(Buffer.compare(Buffer.concat(pieces), stream)).toBe(0);
          let start = 0;
          for (const piece of pieces) {
            const end = start + piece.byteLength;
            for (const boundary of boundaries) expect(boundary > start && boundary < end).toBe(false);
            start = end;
          }
        },
      ),
    );
  });

  it('passes bytes through uncut after a length no frame can have', () => {
    const splitter = new FrameBoundarySplitter();
    const garbage = Buffer.from([0, 0, 0, 1, 9, 9, 9, 9]);
    expect(splitter.split(garbage)).toEqual([garbage]);
    expect(splitter.split(Buffer.concat([frameOf(4, 0), frameOf(4, 0)]))).toHaveLength(1);
  });
});

describe('one TLS record per message', () => {
  it('sends frames written together as separate records, as libvirtd needs', async () => {
    const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'tls');
    const read = (path: string): Buffer => readFileSync(join(fixtures, path));
    // Node's TLS server hands each record's plaintext to its own 'data' event.
    const records: Buffer[] = [];
    let gotAll: () => void = () => undefined;
    const got = new Promise<void>((r) => (gotAll = r));
    const server = createServer(
      {
        key: read('server/serverkey.pem'),
        cert: read('server/servercert.pem'),
        requestCert: true,
        rejectUnauthorized: false,
      },
      (socket) => {
        socket.on('data', (chunk: Buffer) => {
          records.push(chunk);
          if (records.reduce((n, r) => n + r.byteLength, 0) === 4 * 3 + 24 + 100 + 28) gotAll();
        });
        socket.write(Buffer.from([1]));
      },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const target = resolveRemoteTarget(
        `test+tls://127.0.0.1:${(server.address() as AddressInfo).port}/default?pkipath=${join(fixtures, 'client')}`,
        { env: {}, uid: 0, homeDir: '/nonexistent', fileExists: () => false },
      );
      if (target.transport !== 'tls') throw new Error('expected TLS');
      const socket = await tlsTransport(target, { env: {}, credentials: undefined }).open();
      try {
        const frames = [frameOf(24, 1), frameOf(100, 2), frameOf(28, 3)];
        socket.write(Buffer.concat(frames));
        await got;
        expect(records).toEqual(frames);
      } finally {
        socket.destroy();
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
