import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CommandStream, describeExit, stderrTail, type CommandExit, type CommandHandle } from './command-stream.js';
import { TransportError } from './transport.js';

/** Between SIGTERM and SIGKILL when stopping a child that does not exit by itself. */
const KILL_GRACE_MS = 3000;

/** A local command serving as the connection (`+ext`) ended before the stream did. */
export class ChildProcessExitError extends Error {
  override readonly name = 'ChildProcessExitError';
  /** The program that was run. */
  readonly command: string;
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The tail of its stderr. */
  readonly stderr: string;

  constructor(command: string, exit: CommandExit, options?: { cause?: unknown }) {
    const tail = stderrTail(exit.stderr);
    super(`${command} exited (${describeExit(exit)})${tail === '' ? '' : `: ${tail}`}`, options);
    this.command = command;
    this.exitCode = exit.code;
    this.signal = exit.signal;
    this.stderr = exit.stderr;
  }
}

export interface SpawnCommandOptions {
  /** Program and arguments; the program is looked up in `env.PATH` unless it contains a `/`. */
  readonly argv: readonly string[];
  /** The child's whole environment. */
  readonly env: Readonly<Record<string, string>>;
  /** For messages: what is being reached, e.g. `ssh:root@host:22`. */
  readonly description: string;
  /**
   * The error the stream fails with when the child exits with a non-zero status or is killed
   * before the reader closed the stream. Default: a ChildProcessExitError.
   */
  readonly exitError?: (exit: CommandExit) => Error;
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

function childHandle(child: Child): CommandHandle {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    stderr: child.stderr,
    onExit(listener) {
      child.once('exit', listener);
    },
    onClose(listener) {
      child.once('close', () => {
        listener();
      });
    },
    terminate() {
      // As libvirt's virProcessAbort: SIGTERM, then SIGKILL. Closing stdin first lets ssh and
      // netcat see the end of input, but only the signal is sure to stop them.
      child.stdin.destroy();
      child.stdout.destroy();
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, KILL_GRACE_MS);
      timer.unref();
      child.once('exit', () => {
        clearTimeout(timer);
      });
    },
  };
}

/**
 * Starts a child process whose stdin and stdout carry a connection (a {@link CommandStream}).
 * Resolves once it is running; rejects with a TransportError when it cannot start (no such
 * program, not executable) or when `signal` aborts first. Node reaps the child when it exits,
 * so it never lingers as a zombie.
 */
export function spawnCommandStream(options: SpawnCommandOptions, signal?: AbortSignal): Promise<CommandStream> {
  const [program, ...args] = options.argv;
  if (program === undefined || program === '') {
    return Promise.reject(new TransportError(`no command to run for ${options.description}`));
  }
  if (signal?.aborted === true) {
    return Promise.reject(
      new TransportError(`connecting to ${options.description} was aborted`, { cause: signal.reason }),
    );
  }
  return new Promise((resolve, reject) => {
    const child: Child = spawn(program, args, {
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const exitError = options.exitError ?? ((exit: CommandExit) => new ChildProcessExitError(program, exit));
    const stream = new CommandStream(childHandle(child), exitError);
    const cleanup = (): void => {
      child.off('spawn', onSpawn);
      child.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onSpawn = (): void => {
      cleanup();
      // Later process-level errors (a failed kill) have nowhere better to go.
      child.on('error', ignore);
      resolve(stream);
    };
    const onError = (error: Error): void => {
      cleanup();
      child.on('error', ignore);
      stream.destroy();
      reject(
        new TransportError(`cannot run ${program} for ${options.description}: ${error.message}`, { cause: error }),
      );
    };
    const onAbort = (): void => {
      cleanup();
      child.on('error', ignore);
      stream.destroy();
      reject(new TransportError(`connecting to ${options.description} was aborted`, { cause: signal?.reason }));
    };
    child.once('spawn', onSpawn);
    child.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function ignore(): void {
  // See where it is attached.
}
