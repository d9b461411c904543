import { describe, expect, it } from 'vitest';
import { waitFor } from '../../src/tools/domain/wait.js';

/** A clock that advances by the interval on every read, so no test waits for real time. */
function fakeReads(values: string[]) {
  let calls = 0;
  return {
    read: () => Promise.resolve(values[Math.min(calls++, values.length - 1)] ?? 'end'),
    get calls() {
      return calls;
    },
  };
}

describe('waitFor', () => {
  it('resolves as soon as the condition holds, reporting progress meanwhile', async () => {
    const reads = fakeReads(['running', 'running', 'shutoff']);
    const progress: number[] = [];
    const result = await waitFor(reads.read, (s) => s === 'shutoff', {
      timeoutMs: 10_000,
      intervalMs: 1,
      signal: new AbortController().signal,
      onProgress: (elapsed) => {
        progress.push(elapsed);
        return Promise.resolve();
      },
    });
    expect(result.reached).toBe(true);
    expect(result.value).toBe('shutoff');
    expect(reads.calls).toBe(3);
    expect(progress).toHaveLength(2);
  });

  it('gives up at the timeout with the last value read', async () => {
    let now = 0;
    const reads = fakeReads(['running']);
    const result = await waitFor(
      async () => {
        now += 400;
        return reads.read();
      },
      (s) => s === 'shutoff',
      { timeoutMs: 1000, intervalMs: 1, signal: new AbortController().signal, now: () => now },
    );
    expect(result).toMatchObject({ reached: false, value: 'running' });
    expect(result.waitedMs).toBeGreaterThanOrEqual(1000);
    expect(reads.calls).toBe(3);
  });

  it('stops with the signal reason when the request is cancelled mid-wait', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by client');
    const pending = waitFor(
      () => Promise.resolve('running'),
      () => false,
      {
        timeoutMs: 60_000,
        intervalMs: 30_000,
        signal: controller.signal,
      },
    );
    setTimeout(() => {
      controller.abort(reason);
    }, 10);
    await expect(pending).rejects.toBe(reason);
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    let reads = 0;
    const pending = waitFor(
      () => {
        reads++;
        return Promise.resolve('x');
      },
      () => true,
      { timeoutMs: 1000, intervalMs: 10, signal: controller.signal },
    );
    await expect(pending).rejects.toThrow('gone');
    expect(reads).toBe(0);
  });
});
