/** How long to wait before each reconnection attempt. */
export interface BackoffOptions {
  /** Before the first attempt. Default 250 ms. */
  readonly initialDelayMs?: number;
  /** The delay grows by `factor` per attempt up to this. Default 30 s. */
  readonly maxDelayMs?: number;
  /** Default 2. */
  readonly factor?: number;
  /**
   * Up to this fraction of each delay is taken off at random (0…1; default 0.2), so clients of a
   * daemon that restarted do not all come back in the same instant.
   */
  readonly jitter?: number;
}

export const DEFAULT_BACKOFF: Required<BackoffOptions> = {
  initialDelayMs: 250,
  maxDelayMs: 30_000,
  factor: 2,
  jitter: 0.2,
};

/** The delay before attempt `attempt` (1 for the first): `initial × factor^(attempt−1)`, capped, less jitter. */
export function backoffDelay(
  attempt: number,
  options: Required<BackoffOptions>,
  random: () => number = Math.random,
): number {
  const exponential = options.initialDelayMs * options.factor ** Math.max(0, attempt - 1);
  const capped = Math.min(options.maxDelayMs, exponential);
  return Math.max(0, Math.round(capped * (1 - options.jitter * random())));
}

/** Checks the options once, so a bad value fails at connect time rather than after the first disconnect. */
export function backoffOptions(options: BackoffOptions = {}): Required<BackoffOptions> {
  const merged = { ...DEFAULT_BACKOFF, ...definedOnly(options) };
  const { initialDelayMs, maxDelayMs, factor, jitter } = merged;
  if (!(initialDelayMs >= 0) || !(maxDelayMs >= initialDelayMs)) {
    throw new RangeError(
      `reconnect delays must satisfy 0 <= initialDelayMs <= maxDelayMs, got ${initialDelayMs} and ${maxDelayMs}`,
    );
  }
  if (!(factor >= 1)) throw new RangeError(`reconnect factor must be at least 1, got ${factor}`);
  if (!(jitter >= 0 && jitter <= 1)) throw new RangeError(`reconnect jitter must be within 0…1, got ${jitter}`);
  return merged;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
