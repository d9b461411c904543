import type { Config } from '../config/schema.js';
import { ConcurrencyLimiter, RateLimiter } from '../policy/rate-limit.js';
import { Confirmations } from './confirm.js';
import { InFlightCalls } from './in-flight.js';

/**
 * State shared by every McpServer instance of one process. The HTTP transport builds a server
 * per session or per request, but rate limits, the concurrency cap, confirmation nonces and
 * the shutdown signal are per process.
 */
export interface ServerRuntime {
  readonly rateLimiter: RateLimiter;
  readonly concurrency: ConcurrencyLimiter;
  readonly inFlight: InFlightCalls;
  readonly confirmations: Confirmations;
  /** Aborted when shutdown begins: calls that arrive after it are refused, running ones go on. */
  readonly draining: AbortController;
  /** Aborted when the grace period is over: every tool call's signal follows it. */
  readonly shutdown: AbortController;
}

export function createServerRuntime(config: Config): ServerRuntime {
  return {
    rateLimiter: new RateLimiter(config.security.rate_limits),
    concurrency: new ConcurrencyLimiter(config.security.max_concurrent_calls),
    inFlight: new InFlightCalls(),
    confirmations: new Confirmations(),
    draining: new AbortController(),
    shutdown: new AbortController(),
  };
}
