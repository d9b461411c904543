import { performance } from 'node:perf_hooks';

export interface Timed {
  readonly id: string;
  /** One message encoded or decoded; the result is kept so V8 cannot drop the work. */
  readonly run: () => unknown;
}

export interface TimingOptions {
  readonly warmupMs: number;
  readonly roundMs: number;
  readonly rounds: number;
}

let sink: unknown;

/** Runs `run` until at least `ms` have passed; returns operations per second. */
function timeRound(run: () => unknown, ms: number): number {
  let operations = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    sink = run();
    operations++;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (operations * 1000) / elapsed;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Warms every case up (so each runs optimised code), then times `rounds` rounds. Rounds are
 * interleaved across cases, so drift (thermal, other load) hits every case alike rather than
 * whichever happened to run last. Returns ops/s per round, by case id.
 */
export function measure(cases: readonly Timed[], options: TimingOptions): Map<string, number[]> {
  for (const c of cases) timeRound(c.run, options.warmupMs);
  const results = new Map<string, number[]>(cases.map((c) => [c.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const c of cases) results.get(c.id)?.push(timeRound(c.run, options.roundMs));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return results;
}
