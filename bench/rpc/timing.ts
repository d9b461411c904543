import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Warm-up and round lengths, applied by rpc.bench.ts to every client alike. */
export interface TimingOptions {
  readonly warmupMs: number;
  readonly roundMs: number;
  readonly rounds: number;
}

/** One timed round: calls completed and the time they took. */
export interface Round {
  readonly calls: number;
  readonly elapsedMs: number;
}

/**
 * Runs calls for at least `ms`: launches no new call after that, and resolves once the last
 * launched call has completed.
 */
export type RoundRunner = (ms: number) => Promise<Round>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * CPU time a process has used, all threads, from /proc/PID/stat (Linux), in µs; undefined when
 * unreadable. The kernel counts in USER_HZ ticks, which is 100 per second on every Linux ABI.
 */
export function processCpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** A round as the workers report it: calls, wall time, and the CPU time it cost both sides. */
export interface RoundReport extends Round {
  /** CPU time (user + system) of the client process during the round, µs. */
  readonly clientCpuUs: number;
  /** CPU time of the daemon (all its threads) during the round, µs; absent when its pid is unknown. */
  readonly daemonCpuUs?: number;
}

export async function reportRound(run: RoundRunner, ms: number, daemonPid: number | undefined): Promise<RoundReport> {
  const clientBefore = process.cpuUsage();
  const daemonBefore = processCpuMicros(daemonPid);
  const round = await run(ms);
  const client = process.cpuUsage(clientBefore);
  const daemonAfter = processCpuMicros(daemonPid);
  return {
    ...round,
    clientCpuUs: client.user + client.system,
    ...(daemonBefore === undefined || daemonAfter === undefined ? {} : { daemonCpuUs: daemonAfter - daemonBefore }),
  };
}

/**
 * A round of promise-returning calls with `depth` of them outstanding at all times: every
 * settled call is counted and replaced by a new one until the deadline; the round ends when the
 * last one settles (that drain is timed too, so the rate is never flattered by calls cut off).
 * With depth 1 this is a sequential round-trip loop.
 */
export function promiseRound(call: () => Promise<unknown>, depth: number): RoundRunner {
  return (ms) =>
    new Promise<Round>((resolve, reject) => {
      const start = performance.now();
      const deadline = start + ms;
      let calls = 0;
      let outstanding = 0;
      let failed = false;
      const settled = (): void => {
        calls++;
        outstanding--;
        if (failed) return;
        if (performance.now() < deadline) launch();
        else if (outstanding === 0) resolve({ calls, elapsedMs: performance.now() - start });
      };
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const launch = (): void => {
        outstanding++;
        call().then(settled, fail);
      };
      for (let i = 0; i < depth; i++) launch();
    });
}
