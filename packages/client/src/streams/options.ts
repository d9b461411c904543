import type { CallOptions } from '../protocol/procedure.js';
import type { HoleMode } from './inbox.js';

/** Options of every stream: `timeoutMs` bounds the call that opens it; `signal` destroys the stream (aborting it on the daemon). */
export interface StreamOptions extends CallOptions {
  /** The opening call's flags included the procedure's sparse flag: holes may cross. */
  readonly sparse?: boolean;
}

export interface ReadStreamOptions extends StreamOptions {
  /**
   * Bytes of received data held for a slow consumer before the connection's socket stops being
   * read (it resumes at half). Default 4 MiB. While it is paused, every other call on the
   * connection waits too: give long transfers to slow consumers a connection of their own.
   */
  readonly bufferBytes?: number;
  /** How a sparse stream's holes come out: zero-filled Buffers (default) or `{ hole: bytes }` objects. */
  readonly holes?: HoleMode;
}

export interface WriteStreamOptions extends StreamOptions {
  /** On a sparse stream, runs of zeros at least this long are sent as holes. Default 64 KiB; at least 4096. */
  readonly minHoleBytes?: number;
  /** The Writable's buffer before write() returns false. Default 1 MiB. */
  readonly highWaterMark?: number;
}

export type DuplexStreamOptions = Omit<ReadStreamOptions, 'holes' | 'sparse'> &
  Pick<WriteStreamOptions, 'highWaterMark'>;

export const DEFAULT_BUFFER_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MIN_HOLE_BYTES = 64 * 1024;
export const DEFAULT_WRITE_HIGH_WATER_MARK = 1024 * 1024;
/** The Node stream's own read buffer; the Inbox before it holds the rest. */
export const READ_HIGH_WATER_MARK = 256 * 1024;
/** In `holes: 'objects'` mode the Node buffer counts chunks (of up to 256 KiB) and holes. */
export const READ_HIGH_WATER_MARK_OBJECTS = 4;

/** The opening call's own options: the signal is the stream's, not the call's (see StreamOptions). */
export function openCallOptions(options: StreamOptions | undefined): CallOptions {
  return options?.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
}
