import type { SecurityConfig } from '../config/schema.js';
import { RateLimitedError } from './errors.js';
import { Glob } from './glob.js';

/*
 * `security.rate_limits`: `{ "domain.*": { calls: 10, per_seconds: 60 } }`. Each key is an
 * operation glob with ONE token bucket shared by every operation it matches (so `domain.*`
 * bounds all domain operations together). A bucket holds at most `calls` tokens, starts full and
 * refills continuously at `calls` per `per_seconds`: a burst of `calls` is allowed, then the
 * steady rate. When several keys match an operation, all of them apply: a call needs a token
 * from every matching bucket and takes none unless all have one.
 *
 * Tokens are kept scaled by the period (a token is `periodMs` units, refill is `calls` units
 * per ms) so that whole-millisecond clocks give exact integer arithmetic: no float drift that
 * would refuse a call at exactly the moment its token is due.
 */

export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

interface Bucket {
  readonly glob: Glob;
  readonly calls: number;
  readonly periodMs: number;
  readonly capacity: number;
  level: number;
  updatedAt: number;
}

const OK: RateDecision = { ok: true };
// Operations come from tool definitions, so this stays small; the cap only guards misuse.
const MAX_CACHED_OPERATIONS = 4096;

export class RateLimiter {
  private readonly buckets: readonly Bucket[];
  private readonly now: () => number;
  private readonly byOperation = new Map<string, readonly Bucket[]>();

  /** `now` returns milliseconds on a monotonic clock; tests inject their own. */
  constructor(limits: SecurityConfig['rate_limits'], now: () => number = () => performance.now()) {
    this.now = now;
    const start = now();
    this.buckets = Object.entries(limits).map(([pattern, limit]) => {
      const periodMs = limit.per_seconds * 1000;
      const capacity = limit.calls * periodMs;
      return { glob: new Glob(pattern), calls: limit.calls, periodMs, capacity, level: capacity, updatedAt: start };
    });
  }

  /** Takes one token for `operation` from every matching bucket, or none and says how long to wait. */
  take(operation: string): RateDecision {
    const buckets = this.bucketsFor(operation);
    if (buckets.length === 0) return OK;
    const now = this.now();
    let waitMs = 0;
    for (const bucket of buckets) {
      refill(bucket, now);
      if (bucket.level < bucket.periodMs) {
        waitMs = Math.max(waitMs, Math.ceil((bucket.periodMs - bucket.level) / bucket.calls));
      }
    }
    if (waitMs > 0) return { ok: false, retryAfterMs: waitMs };
    for (const bucket of buckets) bucket.level -= bucket.periodMs;
    return OK;
  }

  /** `take`, throwing RateLimitedError when a limit is exhausted. */
  takeOrThrow(operation: string): void {
    const decision = this.take(operation);
    if (!decision.ok) throw new RateLimitedError(operation, decision.retryAfterMs);
  }

  private bucketsFor(operation: string): readonly Bucket[] {
    let buckets = this.byOperation.get(operation);
    if (buckets === undefined) {
      buckets = this.buckets.filter((bucket) => bucket.glob.matches(operation));
      if (this.byOperation.size >= MAX_CACHED_OPERATIONS) this.byOperation.clear();
      this.byOperation.set(operation, buckets);
    }
    return buckets;
  }
}

function refill(bucket: Bucket, now: number): void {
  // A clock that goes backwards (or an injected one) never drains a bucket.
  const elapsed = now - bucket.updatedAt;
  if (elapsed <= 0) return;
  bucket.level = Math.min(bucket.capacity, bucket.level + elapsed * bucket.calls);
  bucket.updatedAt = now;
}

/** `security.max_concurrent_calls`: a counting semaphore that never waits. */
export class ConcurrencyLimiter {
  readonly max: number;
  private active = 0;

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError(`max concurrent calls must be a positive integer, got ${max}`);
    this.max = max;
  }

  get inUse(): number {
    return this.active;
  }

  /** A release function when a slot is free (calling it twice releases once), else undefined. */
  tryAcquire(): (() => void) | undefined {
    if (this.active >= this.max) return undefined;
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
    };
  }
}
