import type { EventKind } from './event-types.js';

/**
 * The daemon refused to register an event kind: it is older than the event ID (libvirt adds IDs
 * over time; a 9.0 daemon answers "unsupported event ID 27" for `domain.nic-mac-change`), or its
 * driver has no such events (QEMU monitor events on the test driver). The connection is unharmed.
 */
export class EventNotSupportedError extends Error {
  override readonly name = 'EventNotSupportedError';
  readonly kind: EventKind;
  /** The libvirt release that added the event, when known. */
  readonly since: string | undefined;

  constructor(kind: EventKind, since: string | undefined, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.since = since;
  }
}

/**
 * An async iterator with the `'error'` overflow policy fell more than its buffer behind: the
 * subscription ended, after the events already buffered.
 */
export class EventsMissedError extends Error {
  override readonly name = 'EventsMissedError';
  /** How many events were buffered when the buffer overflowed. */
  readonly bufferSize: number;

  constructor(bufferSize: number) {
    super(`the consumer fell more than ${bufferSize} events behind; the subscription ended`);
    this.bufferSize = bufferSize;
  }
}
