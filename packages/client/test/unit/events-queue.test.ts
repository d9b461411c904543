/** The bounded buffer behind async iterators: overflow policies and notices. */
import { describe, expect, it } from 'vitest';
import { EventsMissedError } from '../../src/events/errors.js';
import { EventQueue } from '../../src/events/event-queue.js';

async function drain(queue: EventQueue<number>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (;;) {
    const result = await queue.next();
    if (result.done === true) return out;
    out.push(result.value);
  }
}

describe('EventQueue', () => {
  it('drop-oldest: one overflow notice for all drops since the last read, placed where they were', async () => {
    const queue = new EventQueue<number>(2);
    for (const n of [1, 2, 3, 4]) queue.push(n);
    expect(await queue.next()).toEqual({ done: false, value: { kind: 'overflow', missed: 2 } });
    expect(await queue.next()).toEqual({ done: false, value: 3 });
    queue.push(5);
    queue.push(6);
    queue.end();
    // 4 was buffered, then pushed out by 6.
    expect(await drain(queue)).toEqual([{ kind: 'overflow', missed: 1 }, 5, 6]);
    expect(queue.totalMissed).toBe(3);
  });

  it('counts only events as missed when a notice is pushed out', async () => {
    const queue = new EventQueue<number>(2);
    queue.notice({ kind: 'reconnected', attempts: 1, downtimeMs: 5 });
    queue.push(1);
    queue.push(2);
    queue.end();
    expect(await drain(queue)).toEqual([1, 2]);
    expect(queue.totalMissed).toBe(0);
  });

  it('hands an item straight to a waiting reader', async () => {
    const queue = new EventQueue<number>(1);
    const waiting = queue.next();
    queue.push(7);
    expect(await waiting).toEqual({ done: false, value: 7 });
    expect(queue.size).toBe(0);
  });

  it('error: refuses more once full, then reports EventsMissedError once after the buffered items', async () => {
    const queue = new EventQueue<number>(2, 'error');
    expect([queue.push(1), queue.push(2), queue.push(3), queue.push(4)]).toEqual([true, true, false, false]);
    expect(queue.ended).toBe(true);
    expect(await queue.next()).toEqual({ done: false, value: 1 });
    expect(await queue.next()).toEqual({ done: false, value: 2 });
    await expect(queue.next()).rejects.toBeInstanceOf(EventsMissedError);
    expect(await queue.next()).toEqual({ done: true, value: undefined });
  });

  it('discard() drops what is buffered and ends', async () => {
    const queue = new EventQueue<number>(4);
    queue.push(1);
    queue.discard();
    expect(await queue.next()).toEqual({ done: true, value: undefined });
    expect(queue.push(2)).toBe(false);
  });
});
