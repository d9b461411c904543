import { constants, ftruncate, write, writev, type Stats } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { AbortError } from '../errors.js';
import type { ProcedureInfo } from '../protocol/procedure.js';
import type { RpcClient } from '../rpc/rpc-client.js';
import { framePool } from '../wire/frame-pool.js';
import { ZERO_CHUNK_BYTES } from './inbox.js';
import { DEFAULT_BUFFER_BYTES, openCallOptions, type StreamOptions } from './options.js';
import { ReadThrottle } from './read-throttle.js';
import { StreamChannel } from './stream-channel.js';

export interface DownloadToFileOptions extends StreamOptions {
  /** Received data held while the file catches up, before the connection stops being read. Default 4 MiB. */
  readonly bufferBytes?: number;
  /** Permission bits of a file the download creates (before the umask). Default 0o666, as virsh. */
  readonly mode?: number;
}

/** What a download to a file wrote. */
export interface DownloadToFileResult {
  /** Bytes of data written. */
  readonly dataBytes: number;
  /** Bytes of holes: skipped in a regular file (which stays sparse there), written as zeros elsewhere. */
  readonly holeBytes: number;
}

/** The file of a download to a file could not be opened or written; `cause` is the system error. */
export class DownloadFileError extends Error {
  override readonly name = 'DownloadFileError';
  readonly path: string;

  constructor(message: string, path: string, options: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}

/**
 * Receives a `@readstream` stream into a file, as `virsh vol-download` does: the file is created,
 * or truncated if it exists; a file this call created is removed again if the download fails.
 * In a regular file, holes of a sparse stream are skipped and the file is extended over them, so
 * it comes out sparse; in anything else (a pipe, a device) they are written as zeros.
 *
 * Unlike a Readable, this path owns every packet from socket to disk, so once a packet is written
 * its memory goes back to the frame pool and the next packet reuses it: the download touches no
 * fresh memory, which is most of what a download into new buffers costs (bench/stream).
 */
export async function receiveFile<Args, Ret>(
  rpc: RpcClient,
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  path: string,
  options: DownloadToFileOptions = {},
): Promise<DownloadToFileResult> {
  const { signal } = options;
  if (signal?.aborted === true) throw abortError(procedure, signal);
  const { file, created } = await openTarget(path, options.mode ?? 0o666);
  let succeeded = false;
  try {
    const stat = await file.stat();
    const receiver = new FileReceiver(rpc, procedure, file, path, stat, options);
    const result = await receiver.run(args, options);
    succeeded = true;
    return result;
  } finally {
    await file.close().catch(() => undefined);
    if (!succeeded && created) await unlink(path).catch(() => undefined);
  }
}

/** Opens `path` for writing: created new if it can be (remembered, to remove it on failure), else truncated. */
async function openTarget(path: string, mode: number): Promise<{ file: FileHandle; created: boolean }> {
  const { O_WRONLY, O_CREAT, O_EXCL, O_TRUNC } = constants;
  try {
    return { file: await open(path, O_WRONLY | O_CREAT | O_EXCL, mode), created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileError('cannot create', path, error);
  }
  try {
    return { file: await open(path, O_WRONLY | O_TRUNC, mode), created: false };
  } catch (error) {
    throw fileError('cannot open', path, error);
  }
}

/** Most packets handed to one writev: the daemon's 4 MiB of backlog is about 16. */
const WRITEV_MAX_CHUNKS = 64;

/**
 * Writes packets in order, one write at a time: whatever arrived while a write was in flight
 * goes out in the next as one writev. A ReadThrottle holds the connection back once
 * `bufferBytes` of data wait.
 */
class FileReceiver<Args, Ret> {
  private readonly channel: StreamChannel<Args, Ret>;
  private readonly fd: number;
  private readonly path: string;
  /** Regular files are written at explicit positions so holes can be skipped; others in order. */
  private readonly seekable: boolean;
  private readonly throttle: ReadThrottle;
  /** Data (Buffers) and holes (byte counts), in stream order. */
  private readonly queue: (Buffer | number)[] = [];
  private position = 0;
  private dataBytes = 0;
  private holeBytes = 0;
  private zeros: Buffer | undefined;
  private zerosLeft = 0;
  private writing = false;
  private ended = false;
  private failure: Error | undefined;
  private done!: { resolve: (result: DownloadToFileResult) => void; reject: (error: Error) => void };

  constructor(
    rpc: RpcClient,
    procedure: ProcedureInfo<Args, Ret>,
    file: FileHandle,
    path: string,
    stat: Stats,
    options: DownloadToFileOptions,
  ) {
    this.fd = file.fd;
    this.path = path;
    this.seekable = stat.isFile();
    this.channel = new StreamChannel(
      rpc,
      procedure,
      {
        data: (bytes) => {
          this.enqueue(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        },
        hole: (length) => {
          this.enqueue(length);
        },
        end: () => {
          this.ended = true;
          this.next();
        },
        error: (error) => {
          this.fail(error);
        },
      },
      { direction: 'read', sparse: options.sparse ?? false },
    );
    this.throttle = new ReadThrottle(this.channel, options.bufferBytes ?? DEFAULT_BUFFER_BYTES);
  }

  async run(args: Args, options: DownloadToFileOptions): Promise<DownloadToFileResult> {
    const finished = new Promise<DownloadToFileResult>((resolve, reject) => {
      this.done = { resolve, reject };
    });
    const { signal } = options;
    const onAbort = (): void => {
      this.fail(abortError(this.channel.procedure, signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      try {
        await this.channel.open(args, openCallOptions(options));
      } catch (error) {
        this.fail(error as Error);
      }
      return await finished;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private enqueue(entry: Buffer | number): void {
    this.queue.push(entry);
    if (typeof entry !== 'number') this.throttle.queued(entry.byteLength);
    this.next();
  }

  /** Starts the next write unless one is in flight; completes once everything is written. */
  private next(): void {
    if (this.writing || this.failure !== undefined) return;
    while (typeof this.queue[0] === 'number') {
      const hole = this.queue.shift() as number;
      this.holeBytes += hole;
      if (this.seekable) {
        this.position += hole;
      } else {
        this.zerosLeft = hole;
        this.writing = true;
        this.writeZeros();
        return;
      }
    }
    if (this.queue.length === 0) {
      if (this.ended) this.complete();
      return;
    }
    let count = 0;
    while (count < this.queue.length && count < WRITEV_MAX_CHUNKS && typeof this.queue[count] !== 'number') count++;
    const chunks = this.queue.splice(0, count) as Buffer[];
    this.writing = true;
    this.writeChunks(
      chunks,
      chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
      0,
    );
  }

  /** Writes a batch of packets whole, resuming after short writes, then gives their memory back. */
  private writeChunks(chunks: Buffer[], total: number, from: number): void {
    const done = (error: NodeJS.ErrnoException | null, written: number): void => {
      if (error !== null) {
        this.fail(fileError('cannot write', this.path, error));
        return;
      }
      this.advance(written);
      if (from + written < total) {
        this.writeChunks(chunks, total, from + written);
        return;
      }
      // Written and dropped: no one else holds these packets (they came here alone).
      for (const chunk of chunks) framePool.release(chunk);
      this.dequeued(total);
    };
    const position = this.seekable ? this.position : null;
    const pieces = from === 0 ? chunks : piecesFrom(chunks, from);
    if (pieces.length === 1) {
      const piece = pieces[0] as Buffer;
      write(this.fd, piece, 0, piece.byteLength, position, done);
    } else {
      writev(this.fd, pieces, position, done);
    }
  }

  /** A hole where the file cannot have one: `zerosLeft` bytes of zeros, a chunk at a time. */
  private writeZeros(): void {
    this.zeros ??= Buffer.alloc(ZERO_CHUNK_BYTES);
    write(this.fd, this.zeros, 0, Math.min(this.zerosLeft, ZERO_CHUNK_BYTES), null, (error, written) => {
      if (error !== null) {
        this.fail(fileError('cannot write', this.path, error));
        return;
      }
      this.zerosLeft -= written;
      if (this.zerosLeft > 0) {
        this.writeZeros();
        return;
      }
      this.writing = false;
      this.next();
    });
  }

  private advance(written: number): void {
    this.position += written;
    this.dataBytes += written;
  }

  private dequeued(bytes: number): void {
    this.throttle.drained(bytes);
    this.writing = false;
    this.next();
  }

  /** Every packet is written: give a regular file the length its trailing hole implies. */
  private complete(): void {
    if (!this.seekable || this.holeBytes === 0) {
      this.succeed();
      return;
    }
    this.writing = true;
    ftruncate(this.fd, this.position, (error) => {
      if (error !== null) this.fail(fileError('cannot extend', this.path, error));
      else this.succeed();
    });
  }

  private succeed(): void {
    if (this.failure === undefined) this.done.resolve({ dataBytes: this.dataBytes, holeBytes: this.holeBytes });
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    // Tells the daemon; drops what it still sends. The connection stays usable.
    this.channel.abort();
    this.done.reject(error);
  }
}

/** The bytes of `chunks` from byte `from` on, as views. */
function piecesFrom(chunks: Buffer[], from: number): Buffer[] {
  let skip = from;
  let index = 0;
  while (skip >= (chunks[index] as Buffer).byteLength) {
    skip -= (chunks[index] as Buffer).byteLength;
    index++;
  }
  return [(chunks[index] as Buffer).subarray(skip), ...chunks.slice(index + 1)];
}

function abortError(procedure: ProcedureInfo, signal: AbortSignal | undefined): AbortError {
  return new AbortError(`${procedure.name} was aborted`, { cause: signal?.reason });
}

function fileError(what: string, path: string, cause: unknown): DownloadFileError {
  const reason = (cause as NodeJS.ErrnoException).code ?? (cause instanceof Error ? cause.message : String(cause));
  return new DownloadFileError(`${what} ${path}: ${reason}`, path, { cause });
}
