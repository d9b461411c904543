import { Duplex } from 'node:stream';
import type { ProcedureInfo } from '../protocol/procedure.js';
import type { RpcClient } from '../rpc/rpc-client.js';
import { StreamClosedError } from './errors.js';
import { channelInbox, type Inbox } from './inbox.js';
import {
  DEFAULT_BUFFER_BYTES,
  DEFAULT_WRITE_HIGH_WATER_MARK,
  openCallOptions,
  READ_HIGH_WATER_MARK,
  type DuplexStreamOptions,
} from './options.js';
import { sendPieces } from './outbox.js';
import { StreamChannel } from './stream-channel.js';

type Callback = (error?: Error | null) => void;

/**
 * A libvirt stream both sides send on (a domain's console or channel), as a Node Duplex.
 * Libvirt's streams have no half-close: `end()` finishes the whole stream (the readable side ends
 * once the daemon confirms), and when the daemon ends it (the guest side hung up) the stream is
 * finished and both sides end. Destroying it aborts the stream on the daemon.
 */
export class LibvirtDuplexStream<Ret = unknown> extends Duplex {
  /** Resolves once the daemon accepted the opening call; rejects with its error (which the stream also emits). */
  readonly opened: Promise<Ret>;
  readonly #channel: StreamChannel<unknown, Ret>;
  readonly #inbox: Inbox;
  #finalCallback: Callback | undefined;
  #ended = false;

  /** @internal Use `domain.openConsole()`, `domain.openChannel()` or `openDuplexStream()`. */
  constructor(
    rpc: RpcClient,
    procedure: ProcedureInfo<unknown, Ret>,
    args: unknown,
    options: DuplexStreamOptions = {},
  ) {
    super({
      allowHalfOpen: false,
      readableHighWaterMark: READ_HIGH_WATER_MARK,
      writableHighWaterMark: options.highWaterMark ?? DEFAULT_WRITE_HIGH_WATER_MARK,
      decodeStrings: true,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const channel = new StreamChannel(
      rpc,
      procedure,
      {
        data: (bytes) => {
          this.#inbox.data(bytes);
        },
        hole: () => {
          // Consoles and channels are never sparse; the channel refuses holes.
        },
        end: () => {
          this.#ended = true;
          this.#inbox.end();
          const callback = this.#finalCallback;
          this.#finalCallback = undefined;
          callback?.();
        },
        error: (error) => {
          const callback = this.#finalCallback;
          this.#finalCallback = undefined;
          if (callback === undefined) this.destroy(error);
          else callback(error);
        },
      },
      { direction: 'duplex', sparse: false },
    );
    this.#channel = channel;
    this.#inbox = channelInbox(
      (chunk) => this.push(chunk),
      channel,
      options.bufferBytes ?? DEFAULT_BUFFER_BYTES,
      'zeros',
    );
    this.opened = channel.open(args, openCallOptions(options));
    this.opened.catch(ignore);
  }

  override _construct(callback: Callback): void {
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

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: Callback): void {
    sendPieces(this.#channel, [{ data: chunk }]).then(() => {
      callback();
    }, callback);
  }

  override _final(callback: Callback): void {
    if (this.#ended) {
      callback();
      return;
    }
    const state = this.#channel.state;
    if (state !== 'open' && state !== 'finishing') {
      callback(new StreamClosedError(`${this.#channel.procedure.method}: the stream closed before it was finished`));
      return;
    }
    // When finishing already (the daemon ended the stream), its confirmation settles this too.
    this.#finalCallback = callback;
    this.#channel.finish();
  }

  override _destroy(error: Error | null, callback: Callback): void {
    this.#channel.abort();
    callback(error);
  }
}

function ignore(): void {
  // `opened` rejections reach the stream as its 'error'; awaiting `opened` is optional.
}
