import type { Duplex } from 'node:stream';

/**
 * How a connection reaches the daemon: something that opens a byte stream. Unix sockets and TCP
 * live here; TLS, SSH and in-memory transports implement the same interface.
 */
export interface Transport {
  /** For messages and diagnostics, e.g. `unix:/run/libvirt/libvirt-sock`. Never contains credentials. */
  readonly description: string;
  /** Opens the stream. Rejects with a TransportError; honours `signal` while connecting. */
  open(signal?: AbortSignal): Promise<Duplex>;
}

/** Opening the transport failed: no such socket, connection refused, host unreachable. */
export class TransportError extends Error {
  // `string`, not the literal, so subclasses (the TLS errors) can name themselves.
  override readonly name: string = 'TransportError';
  /** The system error code when there is one (`ENOENT`, `ECONNREFUSED`, `EACCES`). */
  readonly code: string | undefined;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const cause = options?.cause;
    this.code =
      typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
        ? cause.code
        : undefined;
  }
}
