import { Readable } from 'node:stream';
import type { ProcedureInfo } from '../protocol/procedure.js';
import type { RpcClient } from '../rpc/rpc-client.js';
import { channelInbox, type Inbox } from './inbox.js';
import {
  DEFAULT_BUFFER_BYTES,
  openCallOptions,
  READ_HIGH_WATER_MARK,
  READ_HIGH_WATER_MARK_OBJECTS,
  type ReadStreamOptions,
} from './options.js';
import { StreamChannel } from './stream-channel.js';

/**
 * A libvirt stream the daemon sends on (`@readstream`: volume downloads, screenshots), as a Node
 * Readable of Buffers, or with `holes: 'objects'` of Buffers and `{ hole }` objects. It ends once
 * the daemon has sent everything and confirmed the finish handshake, so a read error the daemon
 * only learns at the end (an I/O helper's exit status) still fails the stream. Destroying it
 * aborts the stream on the daemon; the connection stays usable.
 */
export class LibvirtReadStream<Ret = unknown> extends Readable {
  /** Resolves to the opening call's reply once the daemon accepted it; rejects with the call's error (which the stream also emits). */
  readonly opened: Promise<Ret>;
  readonly #channel: StreamChannel<unknown, Ret>;
  readonly #inbox: Inbox;

  /** @internal Use the object API (`volume.download()`) or `openReadStream()`. */
  constructor(rpc: RpcClient, procedure: ProcedureInfo<unknown, Ret>, args: unknown, options: ReadStreamOptions = {}) {
    const objectMode = options.holes === 'objects';
    super({
      objectMode,
      highWaterMark: objectMode ? READ_HIGH_WATER_MARK_OBJECTS : READ_HIGH_WATER_MARK,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const channel = new StreamChannel(
      rpc,
      procedure,
      {
        data: (bytes) => {
          this.#inbox.data(bytes);
        },
        hole: (length) => {
          this.#inbox.hole(length);
        },
        end: () => {
          this.#inbox.end();
        },
        error: (error) => {
          this.destroy(error);
        },
      },
      { direction: 'read', sparse: options.sparse ?? false },
    );
    this.#channel = channel;
    this.#inbox = channelInbox(
      (chunk) => this.push(chunk),
      channel,
      options.bufferBytes ?? DEFAULT_BUFFER_BYTES,
      options.holes ?? 'zeros',
    );
    this.opened = channel.open(args, openCallOptions(options));
    this.opened.catch(ignore);
  }

  override _construct(callback: (error?: Error | null) => void): void {
    this.opened.then(
      () => {
        callback();
      },
      (error: unknown) => {
        callback(error as Error);
      },
    );
  }

  override _read(): void {
    this.#inbox.read();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#channel.abort();
    callback(error);
  }
}

function ignore(): void {
  // `opened` rejections reach the stream as its 'error'; awaiting `opened` is optional.
}
