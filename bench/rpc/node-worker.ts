// One Node.js client in a process of its own, so no client inherits another's heap, JIT state or
// sockets. Speaks the line protocol of python_client.py (see there): after connecting it prints
// one JSON "ready" line, then runs a round per `round MS` line on stdin and prints its
// RoundReport, until `quit`. The memory case instead runs once and prints a MemoryResult.
import { createInterface } from 'node:readline';
import { getHeapSpaceStatistics } from 'node:v8';
import { parseArgs } from 'node:util';
import { connect, type Connection } from '../../packages/client/src/index.js';
import { openRawClient } from './raw-client.js';
import { promiseRound, reportRound, type RoundRunner } from './timing.js';

export type NodeCase = 'raw-lib-version' | 'ours-lib-version' | 'ours-list-all-domains' | 'ours-memory';

export interface Ready {
  readonly ready: true;
  /** Domains in a listAllDomains reply, for that case. */
  readonly domains?: number;
}

/** Memory after the warm-up, after `calls` calls, and after as many again (to tell growth from a leak). */
export interface MemoryResult {
  readonly calls: number;
  readonly depth: number;
  readonly before: MemorySample;
  readonly after: MemorySample;
  readonly afterAgain: MemorySample;
}

export interface MemorySample {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** Size of V8's young generation, which V8 grows (up to a limit) while a program allocates fast. */
  readonly newSpaceBytes: number;
}

const { values } = parseArgs({
  options: {
    case: { type: 'string' },
    socket: { type: 'string' },
    'daemon-pid': { type: 'string' },
    depth: { type: 'string', default: '1' },
    'memory-warmup-calls': { type: 'string', default: '10000' },
    'memory-calls': { type: 'string', default: '100000' },
  },
});

const socketPath = values.socket ?? '';
if (socketPath === '') throw new Error('--socket is required');
const depth = Number(values.depth);
const daemonPid = values['daemon-pid'] === undefined ? undefined : Number(values['daemon-pid']);
const uri = `test+unix:///default?socket=${encodeURIComponent(socketPath)}`;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Answers `round MS` lines until `quit` or the end of stdin. */
async function serveRounds(run: RoundRunner): Promise<void> {
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, argument] = line.trim().split(/\s+/);
    if (command === 'quit') return;
    if (command !== 'round') throw new Error(`unknown command ${JSON.stringify(line)}`);
    print(await reportRound(run, Number(argument), daemonPid));
  }
}

async function withConnection(body: (conn: Connection) => Promise<void>): Promise<void> {
  const conn = await connect(uri);
  try {
    await body(conn);
  } finally {
    await conn.close();
  }
}

/** Runs exactly `count` calls with `depth` in flight. */
function runCalls(call: () => Promise<unknown>, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let launched = 0;
    let settled = 0;
    const onSettled = (): void => {
      settled++;
      if (launched < count) launch();
      else if (settled === count) resolve();
    };
    const launch = (): void => {
      launched++;
      call().then(onSettled, reject);
    };
    for (let i = 0; i < Math.min(depth, count); i++) launch();
  });
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('the memory case needs node --expose-gc');
  // Twice: the first pass may only finalise what the second can then free.
  gc();
  gc();
}

function sampleMemory(): MemorySample {
  collectGarbage();
  const usage = process.memoryUsage();
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  return { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, newSpaceBytes: newSpace?.space_size ?? 0 };
}

async function measureMemory(conn: Connection): Promise<MemoryResult> {
  const call = (): Promise<unknown> => conn.remote.connectGetLibVersion();
  await runCalls(call, Number(values['memory-warmup-calls']));
  const before = sampleMemory();
  const calls = Number(values['memory-calls']);
  await runCalls(call, calls);
  const after = sampleMemory();
  await runCalls(call, calls);
  const afterAgain = sampleMemory();
  return { calls, depth, before, after, afterAgain };
}

switch (values.case as NodeCase) {
  case 'raw-lib-version': {
    const raw = await openRawClient(socketPath, 'test:///default');
    try {
      print({ ready: true } satisfies Ready);
      await serveRounds(raw.round(depth));
    } finally {
      raw.close();
    }
    break;
  }
  case 'ours-lib-version':
    await withConnection(async (conn) => {
      print({ ready: true } satisfies Ready);
      await serveRounds(promiseRound(() => conn.remote.connectGetLibVersion(), depth));
    });
    break;
  case 'ours-list-all-domains':
    await withConnection(async (conn) => {
      const { domains } = await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 });
      print({ ready: true, domains: domains.length } satisfies Ready);
      await serveRounds(promiseRound(() => conn.remote.connectListAllDomains({ needResults: 1, flags: 0 }), depth));
    });
    break;
  case 'ours-memory':
    await withConnection(async (conn) => {
      print(await measureMemory(conn));
    });
    break;
  default:
    throw new Error(`unknown --case ${String(values.case)}`);
}
