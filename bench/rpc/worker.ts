import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { RoundReport } from './timing.js';

/**
 * A client under test in a child process (node-worker.ts or python_client.py), driven line by
 * line: it prints a JSON "ready" line once connected, then one JSON report per `round MS`.
 * Idle workers only hold an open connection, so several can wait while one is timed.
 */
export class Worker {
  private constructor(
    readonly label: string,
    private readonly child: ChildProcessByStdio<Writable, Readable, null>,
    private readonly lines: AsyncIterator<string>,
    private readonly exited: Promise<string>,
  ) {}

  /** Starts the child and resolves to it and its ready line. */
  static async start(label: string, command: string, args: readonly string[]): Promise<[Worker, unknown]> {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<string>((resolve) => {
      child.on('error', (error) => {
        resolve(`could not run ${command}: ${error.message}`);
      });
      child.on('close', (code, signal) => {
        resolve(`exited with ${signal ?? code}`);
      });
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const worker = new Worker(label, child, lines, exited);
    return [worker, await worker.next()];
  }

  private async next(): Promise<unknown> {
    const line = await this.lines.next();
    if (line.done === true) throw new Error(`${this.label}: ${await this.exited}`);
    try {
      return JSON.parse(line.value);
    } catch (error) {
      throw new Error(`${this.label}: not a JSON line: ${JSON.stringify(line.value)}`, { cause: error });
    }
  }

  async round(ms: number): Promise<RoundReport> {
    this.child.stdin.write(`round ${ms}\n`);
    return (await this.next()) as RoundReport;
  }

  /** Asks the worker to close its connections and exit, and waits for it; kills it if it does not go. */
  async quit(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.stdin.end('quit\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const how = await this.exited;
    clearTimeout(timer);
    if (how !== 'exited with 0') throw new Error(`${this.label}: ${how}`);
  }

  /** Runs the child to completion without rounds and returns its one JSON line. */
  static async once(label: string, command: string, args: readonly string[]): Promise<unknown> {
    const [worker, result] = await Worker.start(label, command, args);
    const how = await worker.exited;
    if (how !== 'exited with 0') throw new Error(`${label}: ${how}`);
    return result;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
