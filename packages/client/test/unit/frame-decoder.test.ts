import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import { FrameDecoder } from '../../src/wire/frame-decoder.js';

/** A frame of `length` bytes whose length word is right and whose other bytes count up. */
function frame(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  new DataView(bytes.buffer).setUint32(0, length);
  for (let i = 4; i < length; i++) bytes[i] = (seed + i) & 0xff;
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

function decodeAll(chunks: Uint8Array[]): Uint8Array[] {
  const decoder = new FrameDecoder();
  const frames: Uint8Array[] = [];
  for (const chunk of chunks) decoder.push(chunk, (f) => frames.push(f.slice()));
  expect(decoder.hasPartialFrame).toBe(false);
  return frames;
}

describe('FrameDecoder', () => {
  const frames = [frame(28, 1), frame(40, 2), frame(29, 3), frame(300, 4), frame(28, 5)];
  const stream = concat(frames);

  it('decodes frames from one chunk', () => {
    expect(decodeAll([stream])).toEqual(frames);
  });

  it('decodes frames with the stream split at every byte position', () => {
    for (let split = 1; split < stream.byteLength; split++) {
      expect(decodeAll([stream.subarray(0, split), stream.subarray(split)])).toEqual(frames);
    }
  });

  it('decodes frames with the stream split at every pair of positions', () => {
    for (let a = 1; a < 72; a++) {
      for (let b = a + 1; b < a + 40; b++) {
        expect(decodeAll([stream.subarray(0, a), stream.subarray(a, b), stream.subarray(b)])).toEqual(frames);
      }
    }
  });

  it('decodes frames fed one byte at a time', () => {
    const chunks = Array.from(stream, (byte) => Uint8Array.of(byte));
    expect(decodeAll(chunks)).toEqual(frames);
  });

  it('hands out whole frames of a chunk without copying', () => {
    const decoder = new FrameDecoder();
    const seen: Uint8Array[] = [];
    decoder.push(stream, (f) => seen.push(f));
    expect(seen.every((f) => f.buffer === stream.buffer)).toBe(true);
  });

  it('reports a partial frame until it completes', () => {
    const decoder = new FrameDecoder();
    const seen: Uint8Array[] = [];
    decoder.push(stream.subarray(0, 2), (f) => seen.push(f));
    expect(decoder.hasPartialFrame).toBe(true);
    decoder.push(stream.subarray(2, 27), (f) => seen.push(f));
    expect(decoder.hasPartialFrame).toBe(true);
    decoder.push(stream.subarray(27, 28), (f) => seen.push(f));
    expect(decoder.hasPartialFrame).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['shorter than a header', 27],
    ['zero', 0],
    ['one past the maximum', 33_554_432 + 4 + 1],
    ['0xffffffff', 0xffff_ffff],
  ])('refuses a length %s before allocating, and stays failed', (_label, length) => {
    const decoder = new FrameDecoder();
    const bad = new Uint8Array(8);
    new DataView(bad.buffer).setUint32(0, length);
    expect(() => {
      decoder.push(bad, () => undefined);
    }).toThrow(ProtocolError);
    expect(() => {
      decoder.push(frame(28, 0), () => undefined);
    }).toThrow(ProtocolError);
  });

  it('refuses a bad length split across chunks', () => {
    const decoder = new FrameDecoder();
    expect(() => {
      decoder.push(Uint8Array.of(0xff, 0xff), () => undefined);
      decoder.push(Uint8Array.of(0xff, 0xff), () => undefined);
    }).toThrow(/exceeds libvirt's maximum/);
  });

  it('accepts the largest frame libvirt allows', () => {
    const decoder = new FrameDecoder();
    const big = new Uint8Array(33_554_432 + 4);
    new DataView(big.buffer).setUint32(0, big.byteLength);
    let count = 0;
    decoder.push(big.subarray(0, 1000), () => count++);
    decoder.push(big.subarray(1000), () => count++);
    expect(count).toBe(1);
  });
});
