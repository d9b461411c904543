/** A tool named a host that is not in the configuration (tools never add hosts). */
export class UnknownHostError extends Error {
  override readonly name = 'UnknownHostError';
  readonly host: string;

  constructor(host: string, known: readonly string[], options?: { cause?: unknown }) {
    super(`unknown host '${host}'; configured hosts: ${known.join(', ')}`, options);
    this.host = host;
  }
}

/**
 * The host is configured but cannot be used now: its daemon is unreachable, the connection is
 * being re-established, or the server is shutting down. `cause` is the connect error, if any.
 */
export class HostUnavailableError extends Error {
  override readonly name = 'HostUnavailableError';
  readonly host: string;

  constructor(host: string, reason: string, options?: { cause?: unknown }) {
    super(`host '${host}' is unavailable: ${reason}`, options);
    this.host = host;
  }
}

/** One connection attempt took longer than `connections.connect_timeout_ms`. */
export class HostConnectTimeoutError extends Error {
  override readonly name = 'HostConnectTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`no connection within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}
