import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Keepalive } from '../../src/rpc/keepalive.js';

describe('Keepalive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(intervalMs: number, count: number) {
    const events: string[] = [];
    const keepalive = new Keepalive(
      { intervalMs, count },
      {
        ping: () => events.push(`ping@${Date.now()}`),
        dead: (idle) => events.push(`dead idle=${idle}`),
      },
    );
    return { keepalive, events };
  }

  it('pings once per silent interval and declares death after count unanswered pings', () => {
    const t0 = Date.now();
    const { events } = start(5000, 3);
    vi.advanceTimersByTime(4999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([`ping@${t0 + 5000}`]);
    vi.advanceTimersByTime(10_000);
    expect(events).toHaveLength(3);
    vi.advanceTimersByTime(5000);
    expect(events.at(-1)).toBe('dead idle=20000');
    vi.advanceTimersByTime(60_000);
    expect(events).toHaveLength(4);
  });

  it('does not ping while messages keep arriving', () => {
    const { keepalive, events } = start(1000, 2);
    for (let i = 0; i < 50; i++) {
      vi.advanceTimersByTime(900);
      keepalive.received();
    }
    expect(events).toEqual([]);
  });

  it('a message after some pings restores the full count', () => {
    const { keepalive, events } = start(1000, 2);
    vi.advanceTimersByTime(2000);
    expect(events).toHaveLength(2);
    keepalive.received();
    vi.advanceTimersByTime(2000);
    expect(events.filter((e) => e.startsWith('ping'))).toHaveLength(4);
    expect(events.some((e) => e.startsWith('dead'))).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(events.at(-1)).toBe('dead idle=3000');
  });

  it('count 0 declares death after one silent interval without pinging', () => {
    const { events } = start(1000, 0);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['dead idle=1000']);
  });

  it('stop() leaves no timer behind', () => {
    const { keepalive, events } = start(1000, 2);
    keepalive.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });

  it('rejects nonsensical options', () => {
    expect(() => new Keepalive({ intervalMs: 0, count: 1 }, { ping: () => undefined, dead: () => undefined })).toThrow(
      RangeError,
    );
    expect(
      () => new Keepalive({ intervalMs: 10, count: -1 }, { ping: () => undefined, dead: () => undefined }),
    ).toThrow(RangeError);
  });
});
