import { Writable } from 'node:stream';
import { ErrorNumber } from '../constants/error.gen.js';
import { LibvirtError } from '../errors.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import type { RpcClient } from '../rpc/rpc-client.js';
import { StreamClosedError } from './errors.js';
import {
  DEFAULT_MIN_HOLE_BYTES,
  DEFAULT_WRITE_HIGH_WATER_MARK,
  openCallOptions,
  type WriteStreamOptions,
} from './options.js';
import { sendPieces } from './outbox.js';
import { StreamChannel } from './stream-channel.js';
import { ZeroRunSplitter } from './zero-runs.js';

type Callback = (error?: Error | null) => void;

/** The same call's arguments without the sparse flag: the stream opens with these when the daemon refuses that flag. */
export interface WriteStreamFallback {
  readonly nonSparseArgs?: unknown;
}

/**
 * A libvirt stream the client sends on (`@writestream`: volume uploads), as a Node Writable.
 * `end()` performs the finish handshake: 'finish' is emitted only once the daemon confirmed that
 * everything was written, and an error it reports then fails the stream. On a sparse stream, runs
 * of zeros of `minHoleBytes` or more travel as holes. Destroying it aborts the stream on the daemon.
 */
export class LibvirtWriteStream<Ret = unknown> extends Writable {
  /** Resolves to the opening call's reply once the daemon accepted it; rejects with the call's error (which the stream also emits). */
  readonly opened: Promise<Ret>;
  readonly #rpc: RpcClient;
  readonly #procedure: ProcedureInfo<unknown, Ret>;
  #channel: StreamChannel<unknown, Ret>;
  #splitter: ZeroRunSplitter | undefined;
  #finalCallback: Callback | undefined;
  #endedByDaemon = false;

  /** @internal Use the object API (`volume.upload()`) or `openWriteStream()`. */
  constructor(
    rpc: RpcClient,
    procedure: ProcedureInfo<unknown, Ret>,
    args: unknown,
    options: WriteStreamOptions & WriteStreamFallback = {},
  ) {
    super({
      highWaterMark: options.highWaterMark ?? DEFAULT_WRITE_HIGH_WATER_MARK,
      decodeStrings: true,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const sparse = options.sparse ?? false;
    this.#rpc = rpc;
    this.#procedure = procedure;
    this.#splitter = sparse ? new ZeroRunSplitter(options.minHoleBytes ?? DEFAULT_MIN_HOLE_BYTES) : undefined;
    this.#channel = this.#newChannel(sparse);
    this.opened = this.#open(args, options.nonSparseArgs, openCallOptions(options));
    this.opened.catch(ignore);
  }

  /**
   * Opens the stream; a sparse one is opened again without the sparse flag when the daemon
   * refuses that flag (libvirt before 3.4, or a storage backend without sparse uploads): zeros
   * then travel as data.
   */
  async #open(args: unknown, nonSparseArgs: unknown, callOptions: CallOptions): Promise<Ret> {
    try {
      return await this.#channel.open(args, callOptions);
    } catch (error) {
      if (nonSparseArgs === undefined || this.#splitter === undefined || !refusedFlags(error)) throw error;
    }
    this.#splitter = undefined;
    this.#channel = this.#newChannel(false);
    return this.#channel.open(nonSparseArgs, callOptions);
  }

  #newChannel(sparse: boolean): StreamChannel<unknown, Ret> {
    return new StreamChannel(
      this.#rpc,
      this.#procedure,
      {
        data: () => {
          // A write stream receives no data; the channel refuses it before it gets here.
        },
        hole: () => {
          // Likewise.
        },
        end: () => {
          this.#endedByDaemon = this.#finalCallback === undefined;
          this.#settleFinal();
        },
        error: (error) => {
          if (this.#finalCallback === undefined) this.destroy(error);
          else this.#settleFinal(error);
        },
      },
      { direction: 'write', sparse },
    );
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

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: Callback): void {
    const pieces = this.#splitter === undefined ? [{ data: chunk }] : this.#splitter.split(chunk);
    sendPieces(this.#channel, pieces).then(() => {
      callback();
    }, callback);
  }

  override _final(callback: Callback): void {
    if (this.#endedByDaemon) {
      callback();
      return;
    }
    sendPieces(this.#channel, this.#splitter?.end() ?? []).then(() => {
      if (!this.#channel.sendable) {
        callback(new StreamClosedError(`${this.#channel.procedure.method}: the stream closed before it was finished`));
        return;
      }
      this.#finalCallback = callback;
      this.#channel.finish();
    }, callback);
  }

  override _destroy(error: Error | null, callback: Callback): void {
    this.#channel.abort();
    callback(error);
  }

  #settleFinal(error?: Error): void {
    const callback = this.#finalCallback;
    this.#finalCallback = undefined;
    callback?.(error ?? null);
  }
}

/** libvirt's virCheckFlags refusal: VIR_ERR_INVALID_ARG, "unsupported flags (0x1) in function …". */
function refusedFlags(error: unknown): boolean {
  return (
    error instanceof LibvirtError && error.code === ErrorNumber.InvalidArg && /unsupported flags/i.test(error.message)
  );
}

function ignore(): void {
  // `opened` rejections reach the stream as its 'error'; awaiting `opened` is optional.
}
