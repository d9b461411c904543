import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../src/policy/errors.js';
import { ConcurrencyLimiter, RateLimiter } from '../../src/policy/rate-limit.js';

/** A clock the test moves by hand (milliseconds). */
function manualClock(start = 1_000_000): {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
} {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
}

function takeN(limiter: RateLimiter, operation: string, n: number): boolean[] {
  return Array.from({ length: n }, () => limiter.take(operation).ok);
}

describe('RateLimiter', () => {
  it('lets everything through without limits, and operations no key matches', () => {
    const clock = manualClock();
    expect(takeN(new RateLimiter({}, clock.now), 'domain.start', 100).every(Boolean)).toBe(true);
    const limiter = new RateLimiter({ 'domain.*': { calls: 1, per_seconds: 60 } }, clock.now);
    expect(takeN(limiter, 'host.info', 100).every(Boolean)).toBe(true);
  });

  it('allows a burst of `calls`, then refuses with the time until the next token', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'domain.start': { calls: 3, per_seconds: 60 } }, clock.now);
    expect(takeN(limiter, 'domain.start', 3)).toEqual([true, true, true]);
    expect(limiter.take('domain.start')).toEqual({ ok: false, retryAfterMs: 20_000 });
    clock.advance(5_000);
    expect(limiter.take('domain.start')).toEqual({ ok: false, retryAfterMs: 15_000 });
  });

  it('refills continuously: one token per per_seconds/calls, exactly at the boundary', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'domain.*': { calls: 2, per_seconds: 1 } }, clock.now);
    expect(takeN(limiter, 'domain.start', 2)).toEqual([true, true]);
    clock.advance(499);
    expect(limiter.take('domain.start')).toEqual({ ok: false, retryAfterMs: 1 });
    clock.advance(1);
    expect(limiter.take('domain.start').ok).toBe(true);
    expect(limiter.take('domain.start').ok).toBe(false);
  });

  it('never holds more than `calls` tokens, however long it was idle', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'domain.*': { calls: 2, per_seconds: 1 } }, clock.now);
    clock.advance(3_600_000);
    expect(takeN(limiter, 'domain.list', 3)).toEqual([true, true, false]);
  });

  it('within any window of per_seconds, at most 2×calls pass (burst plus refill)', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'domain.*': { calls: 5, per_seconds: 10 } }, clock.now);
    let passed = 0;
    for (let ms = 0; ms < 10_000; ms += 100) {
      if (limiter.take('domain.start').ok) passed++;
      clock.advance(100);
    }
    expect(passed).toBeLessThanOrEqual(10);
    expect(passed).toBeGreaterThanOrEqual(5);
  });

  it('shares one bucket among every operation a key matches', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'domain.*': { calls: 2, per_seconds: 60 } }, clock.now);
    expect(limiter.take('domain.start').ok).toBe(true);
    expect(limiter.take('domain.stop').ok).toBe(true);
    expect(limiter.take('domain.list').ok).toBe(false);
  });

  it('applies every matching key, and takes no token unless all have one', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(
      {
        'domain.*': { calls: 10, per_seconds: 60 },
        'domain.destroy': { calls: 1, per_seconds: 60 },
      },
      clock.now,
    );
    expect(limiter.take('domain.destroy').ok).toBe(true);
    // The narrow key is empty: refused, and the broad bucket keeps its token.
    expect(limiter.take('domain.destroy')).toEqual({ ok: false, retryAfterMs: 60_000 });
    expect(takeN(limiter, 'domain.start', 9)).toEqual(Array(9).fill(true));
    expect(limiter.take('domain.start')).toEqual({ ok: false, retryAfterMs: 6_000 });
  });

  it('reports the longest wait among the empty buckets', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(
      {
        '*': { calls: 1, per_seconds: 10 },
        'domain.*': { calls: 1, per_seconds: 100 },
      },
      clock.now,
    );
    expect(limiter.take('domain.start').ok).toBe(true);
    expect(limiter.take('domain.start')).toEqual({ ok: false, retryAfterMs: 100_000 });
    clock.advance(10_000);
    expect(limiter.take('host.info').ok).toBe(true);
  });

  it('a clock that goes backwards neither refills nor drains', () => {
    const clock = manualClock(50_000);
    const limiter = new RateLimiter({ 'a.*': { calls: 1, per_seconds: 10 } }, clock.now);
    expect(limiter.take('a.b').ok).toBe(true);
    clock.set(0);
    expect(limiter.take('a.b').ok).toBe(false);
    clock.set(60_000);
    expect(limiter.take('a.b').ok).toBe(true);
  });

  it('takeOrThrow throws RateLimitedError with the wait', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ 'a.b': { calls: 1, per_seconds: 2 } }, clock.now);
    limiter.takeOrThrow('a.b');
    expect(() => {
      limiter.takeOrThrow('a.b');
    }).toThrow(RateLimitedError);
    try {
      limiter.takeOrThrow('a.b');
    } catch (error) {
      expect(error).toMatchObject({ name: 'RateLimitedError', operation: 'a.b', retryAfterMs: 2000 });
      expect((error as Error).message).toBe('rate limit reached for a.b; retry in 2 s');
    }
  });

  it('uses the real clock by default', () => {
    const limiter = new RateLimiter({ 'a.b': { calls: 1, per_seconds: 3600 } });
    expect(limiter.take('a.b').ok).toBe(true);
    expect(limiter.take('a.b').ok).toBe(false);
  });
});

describe('ConcurrencyLimiter', () => {
  it('hands out at most `max` slots and takes them back', () => {
    const limiter = new ConcurrencyLimiter(2);
    const first = limiter.tryAcquire();
    const second = limiter.tryAcquire();
    expect(first).toBeTypeOf('function');
    expect(second).toBeTypeOf('function');
    expect(limiter.tryAcquire()).toBeUndefined();
    expect(limiter.inUse).toBe(2);
    first?.();
    expect(limiter.inUse).toBe(1);
    const third = limiter.tryAcquire();
    expect(third).toBeTypeOf('function');
    expect(limiter.tryAcquire()).toBeUndefined();
  });

  it('releasing twice frees one slot only', () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = limiter.tryAcquire();
    release?.();
    release?.();
    expect(limiter.inUse).toBe(0);
    expect(limiter.tryAcquire()).toBeTypeOf('function');
    expect(limiter.tryAcquire()).toBeUndefined();
  });

  it('refuses a nonsensical maximum', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimiter(1.5)).toThrow(RangeError);
  });
});
