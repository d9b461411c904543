import { describe, expect, it } from 'vitest';
import { FramePool, POOLED_FRAME_MAX_BYTES, POOLED_FRAME_MIN_BYTES } from '../../src/wire/frame-pool.js';

const LARGE = 262_148;

describe('FramePool', () => {
  it('hands out exactly the length asked for, in memory no other frame shares', () => {
    const pool = new FramePool();
    const a = pool.take(LARGE);
    const b = pool.take(LARGE);
    expect(a.byteLength).toBe(LARGE);
    expect(a.byteOffset).toBe(0);
    expect(a.buffer.byteLength).toBe(LARGE);
    expect(a.buffer).not.toBe(b.buffer);
    expect(pool.stats).toEqual({ reused: 0, allocated: 2, free: 0 });
  });

  it('reuses released memory for the next frame that fits, and a too-small one is let go', () => {
    const pool = new FramePool();
    const first = pool.take(LARGE - 1000);
    pool.release(first.subarray(28));
    const second = pool.take(LARGE - 2000);
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteLength).toBe(LARGE - 2000);
    pool.release(second);
    const bigger = pool.take(LARGE);
    expect(bigger.buffer).not.toBe(first.buffer);
    expect(pool.stats).toEqual({ reused: 1, allocated: 2, free: 0 });
  });

  it('takes back only memory it issued, once', () => {
    const pool = new FramePool();
    pool.release(Buffer.allocUnsafeSlow(LARGE));
    pool.release(new Uint8Array(LARGE));
    expect(pool.stats.free).toBe(0);
    const frame = pool.take(LARGE);
    pool.release(frame);
    pool.release(frame);
    expect(pool.stats.free).toBe(1);
    const a = pool.take(LARGE);
    const b = pool.take(LARGE);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('leaves small and huge frames to the garbage collector', () => {
    const pool = new FramePool();
    const small = pool.take(POOLED_FRAME_MIN_BYTES - 1);
    const huge = pool.take(POOLED_FRAME_MAX_BYTES + 1);
    pool.release(small);
    pool.release(huge);
    expect(pool.stats).toEqual({ reused: 0, allocated: 0, free: 0 });
  });

  it('keeps at most its capacity of free frames', () => {
    const pool = new FramePool(2);
    const frames = [pool.take(LARGE), pool.take(LARGE), pool.take(LARGE)];
    for (const frame of frames) pool.release(frame);
    expect(pool.stats.free).toBe(2);
  });
});
