import { Duplex, type Readable, type Writable } from 'node:stream';

/** How much of the command's stderr is kept: its tail is what explains a failure. */
const STDERR_KEPT_BYTES = 16 * 1024;
/** Lines of stderr quoted in error messages (libvirt quotes up to 1 KiB of it). */
const STDERR_LINES_IN_MESSAGE = 6;
/**
 * After a failed command exits, how long to wait for the rest of its stderr. A grandchild that
 * inherited it (an ssh ControlMaster, a ProxyCommand) may hold it open for ever; what arrived
 * by then is quoted.
 */
const STDERR_GRACE_MS = 500;

/** How a command ended, with the tail of what it wrote to stderr. */
export interface CommandExit {
  /** The exit status, or `null` when a signal ended it (or it never said). */
  readonly code: number | null;
  readonly signal: string | null;
  /** The last bytes of its stderr (up to 16 KiB), as text. */
  readonly stderr: string;
  /** The stream was closed by its reader first, so the command was told to stop. */
  readonly closedByReader: boolean;
  /** Bytes the command wrote to stdout. */
  readonly bytesReceived: number;
}

/** The last non-empty lines of stderr, trimmed, for an error message. */
export function stderrTail(stderr: string, lines = STDERR_LINES_IN_MESSAGE): string {
  return stderr
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .slice(-lines)
    .join('\n');
}

/** `exit code 255` or `signal SIGTERM`. */
export function describeExit(exit: Pick<CommandExit, 'code' | 'signal'>): string {
  return exit.signal === null ? `exit code ${exit.code ?? '?'}` : `signal ${exit.signal}`;
}

/**
 * A running command whose stdin and stdout carry a connection: a local child process, or a
 * command executed over an ssh channel.
 */
export interface CommandHandle {
  readonly stdin: Writable;
  readonly stdout: Readable;
  readonly stderr: Readable;
  /** Calls `listener` once the command's status is known. */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  /** Calls `listener` once the command has ended and its output is closed, exit status or not. */
  onClose(listener: () => void): void;
  /** Asks the command to stop, and makes sure it does. */
  terminate(): void;
}

/**
 * A byte stream over a command's stdin and stdout, as libvirt's `+ext` and ssh transports use
 * one (`virNetSocketNewConnectCommand`). Its stderr is kept: when the command fails (non-zero
 * status or a signal) before the reader closed the stream, the stream does not just end, which
 * the RPC layer would report as "the daemon closed the connection", but fails with the error
 * `exitError` makes of the status and the last lines of stderr (`Permission denied
 * (publickey)`, `nc: not found`). A clean exit ends the stream like a closed socket, whatever
 * stderr says: ssh warns there on success too.
 *
 * Destroying the stream stops the command ({@link CommandHandle.terminate}); {@link exited}
 * settles once it is gone.
 */
export class CommandStream extends Duplex {
  /** Settles when the command has ended and its output is closed (never rejects). */
  readonly exited: Promise<CommandExit>;
  private readonly handle: CommandHandle;
  private readonly exitError: (exit: CommandExit) => Error;
  private stderrChunks: Buffer[] = [];
  private stderrBytes = 0;
  private bytesReceived = 0;
  private stdoutEnded = false;
  private exitStatus: { code: number | null; signal: string | null } | undefined;
  /** All of stderr was read, or its grace period after the exit is over. */
  private stderrDone = false;
  private closedByReader = false;
  private settled = false;
  private graceTimer: NodeJS.Timeout | undefined;
  private resolveExited!: (exit: CommandExit) => void;

  constructor(handle: CommandHandle, exitError: (exit: CommandExit) => Error) {
    super({ allowHalfOpen: false });
    this.handle = handle;
    this.exitError = exitError;
    this.exited = new Promise((resolve) => {
      this.resolveExited = resolve;
    });

    handle.stdout.on('data', (chunk: Buffer) => {
      this.bytesReceived += chunk.byteLength;
      if (!this.push(chunk)) handle.stdout.pause();
    });
    handle.stdout.on('end', () => {
      this.stdoutEnded = true;
      this.settle();
    });
    handle.stderr.on('data', (chunk: Buffer) => {
      this.keepStderr(chunk);
    });
    handle.stderr.on('end', () => {
      this.stderrDone = true;
      this.settle();
    });
    // A command that exits while we write gives EPIPE: its status and stderr explain more.
    handle.stdin.on('error', ignore);
    handle.stdout.on('error', ignore);
    handle.stderr.on('error', ignore);
    handle.onExit((code, signal) => {
      this.exitStatus ??= { code, signal };
      this.graceTimer = setTimeout(() => {
        this.stderrDone = true;
        this.settle();
      }, STDERR_GRACE_MS);
      this.graceTimer.unref();
      this.settle();
    });
    handle.onClose(() => {
      this.exitStatus ??= { code: null, signal: null };
      this.stderrDone = true;
      this.settle();
    });
  }

  /** What is known of the command so far (status `null` while it runs). */
  snapshot(): CommandExit {
    return {
      code: this.exitStatus?.code ?? null,
      signal: this.exitStatus?.signal ?? null,
      stderr: Buffer.concat(this.stderrChunks).toString('utf8'),
      closedByReader: this.closedByReader,
      bytesReceived: this.bytesReceived,
    };
  }

  override _read(): void {
    this.handle.stdout.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const stdin = this.handle.stdin;
    if (stdin.destroyed || !stdin.writable) {
      // The command is going away; its exit, not this write, will say why.
      callback();
      return;
    }
    stdin.write(chunk, () => {
      callback();
    });
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.handle.stdin.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.exitStatus === undefined) {
      this.closedByReader = true;
      this.handle.terminate();
    } else {
      // Already ended: let the rest of its output drain so that it can close.
      this.handle.stdout.resume();
    }
    callback(error);
  }

  private keepStderr(chunk: Buffer): void {
    this.stderrChunks.push(chunk);
    this.stderrBytes += chunk.byteLength;
    if (this.stderrBytes <= STDERR_KEPT_BYTES) return;
    const all = Buffer.concat(this.stderrChunks);
    this.stderrChunks = [all.subarray(all.byteLength - STDERR_KEPT_BYTES)];
    this.stderrBytes = STDERR_KEPT_BYTES;
  }

  /**
   * Once the command has exited: a clean exit (status 0) ends the stream after the last of
   * stdout was read; anything else fails it, once stderr is complete (or its grace is over).
   */
  private settle(): void {
    if (this.settled || this.exitStatus === undefined) return;
    const clean = this.exitStatus.code === 0 && this.exitStatus.signal === null;
    const ready = this.destroyed || !clean ? this.stderrDone : this.stdoutEnded;
    if (!ready) return;
    this.settled = true;
    clearTimeout(this.graceTimer);
    const exit = this.snapshot();
    if (this.destroyed) {
      this.resolveExited(exit);
      return;
    }
    if (clean) this.push(null);
    else this.fail(this.exitError(exit));
    this.resolveExited(exit);
  }

  /**
   * Fails the stream with `error`, once someone listens for it. A command can fail before the
   * opener has attached its listeners (the exec reply, the exit and the close of an ssh channel
   * may arrive in one packet); an 'error' event then would be an uncaught exception, and a plain
   * close would lose the reason.
   */
  private fail(error: Error): void {
    if (this.listenerCount('error') > 0) {
      this.destroy(error);
      return;
    }
    const onNewListener = (event: string | symbol): void => {
      if (event !== 'error') return;
      this.off('newListener', onNewListener);
      // The listener is added right after this event: fail once it is in place.
      process.nextTick(() => {
        if (!this.destroyed) this.destroy(error);
      });
    };
    this.on('newListener', onNewListener);
  }
}

function ignore(): void {
  // Errors of the command's pipes: its exit status and stderr explain more.
}
