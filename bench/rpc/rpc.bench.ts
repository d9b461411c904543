// RPC round trips against one libvirtd, in one run: a raw-socket floor (hand-built frames, no
// library), @libvirt-ts/client, and python3-libvirt (libvirt's C client under Python). Prints a
// table, pass/fail for the targets and a final JSON line; no threshold fails the run.
//   pnpm bench:rpc [--rounds 9] [--round-ms 1000] [--warmup-ms 1000] [--domains 2000] [--quick]
// Starts a private libvirtd with scripts/libvirtd/start.sh (as root; it stops any other libvirtd)
// and stops it at the end, unless LIBVIRT_TS_SOCK (and optionally LIBVIRT_TS_PID) name one.
//
// Every client runs in its own process with its connection open; rounds are interleaved (one
// client at a time, the order rotating each round), so drift in machine load hits all alike.
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '../../packages/client/src/index.js';
import type { RemoteNonnullDomain } from '../../packages/client/src/protocol/remote.gen.js';
import { startDaemon, stopDaemon, type Daemon } from './daemon.js';
import { defineDomains, removeLeftovers, undefineDomains } from './domains.js';
import type { MemoryResult, NodeCase, Ready } from './node-worker.js';
import { report, type Measured } from './report.js';
import { median, type RoundReport, type TimingOptions } from './timing.js';
import { Worker } from './worker.js';

const PYTHON = '/usr/bin/python3';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    'round-ms': { type: 'string', default: '1000' },
    'warmup-ms': { type: 'string', default: '1000' },
    depth: { type: 'string', default: '64' },
    threads: { type: 'string', default: '4' },
    domains: { type: 'string', default: '2000' },
    'memory-calls': { type: 'string', default: '100000' },
    'memory-warmup-calls': { type: 'string', default: '10000' },
    quick: { type: 'boolean', default: false },
  },
});

const timing: TimingOptions = flags.quick
  ? { warmupMs: 300, roundMs: 300, rounds: 3 }
  : { warmupMs: Number(flags['warmup-ms']), roundMs: Number(flags['round-ms']), rounds: Number(flags.rounds) };
const depth = Number(flags.depth);
const threads = Number(flags.threads);
const domainCount = flags.quick ? 200 : Number(flags.domains);
const memoryCalls = flags.quick ? 20_000 : Number(flags['memory-calls']);
const memoryWarmupCalls = flags.quick ? 2_000 : Number(flags['memory-warmup-calls']);

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

function step(what: string): void {
  process.stderr.write(`bench:rpc: ${what}\n`);
}

function daemonArgs(daemon: Daemon): string[] {
  return [`--socket=${daemon.socket}`, ...(daemon.pid === undefined ? [] : [`--daemon-pid=${daemon.pid}`])];
}

/** Node.js workers start the way this process was (the tsx loader, the source condition). */
function nodeArgs(daemon: Daemon, kind: NodeCase, extra: readonly string[], nodeFlags: readonly string[] = []) {
  return [
    ...process.execArgv,
    ...nodeFlags,
    here('./node-worker.ts'),
    `--case=${kind}`,
    ...daemonArgs(daemon),
    ...extra,
  ];
}

interface CaseSpec {
  readonly id: string;
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

function nodeCase(daemon: Daemon, id: string, label: string, kind: NodeCase, caseDepth: number): CaseSpec {
  return { id, label, command: process.execPath, args: nodeArgs(daemon, kind, [`--depth=${caseDepth}`]) };
}

function pythonCase(daemon: Daemon, id: string, label: string, kind: string, extra: readonly string[] = []): CaseSpec {
  return {
    id,
    label,
    command: PYTHON,
    args: [here('./python_client.py'), `--case=${kind}`, ...daemonArgs(daemon), ...extra],
  };
}

/**
 * Starts every case's worker, warms each up, then runs the timed rounds one worker at a time,
 * rotating which goes first each round.
 */
async function measureGroup(specs: readonly CaseSpec[]): Promise<Measured[]> {
  const workers: Worker[] = [];
  const readies: Ready[] = [];
  let failed = false;
  try {
    for (const spec of specs) {
      step(`starting ${spec.label}`);
      const [worker, ready] = await Worker.start(spec.label, spec.command, spec.args);
      workers.push(worker);
      readies.push(ready as Ready);
    }
    for (const worker of workers) {
      step(`warming up ${worker.label}`);
      await worker.round(timing.warmupMs);
    }
    const reports: RoundReport[][] = specs.map(() => []);
    for (let round = 0; round < timing.rounds; round++) {
      step(`round ${round + 1} of ${timing.rounds}`);
      for (let k = 0; k < workers.length; k++) {
        const index = (round + k) % workers.length;
        reports[index]!.push(await workers[index]!.round(timing.roundMs));
      }
    }
    return specs.map((spec, index) => summarize(spec, reports[index]!, readies[index]!));
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const worker of workers) {
      if (failed) worker.kill();
      else await worker.quit();
    }
  }
}

function summarize(spec: CaseSpec, rounds: readonly RoundReport[], ready: Ready): Measured {
  const rates = rounds.map((r) => (r.calls * 1000) / r.elapsedMs);
  const calls = rounds.reduce((sum, r) => sum + r.calls, 0);
  const daemonCpu = rounds.every((r) => r.daemonCpuUs !== undefined)
    ? rounds.reduce((sum, r) => sum + (r.daemonCpuUs ?? 0), 0) / calls
    : undefined;
  return {
    id: spec.id,
    label: spec.label,
    rates,
    median: median(rates),
    clientCpuUsPerCall: rounds.reduce((sum, r) => sum + r.clientCpuUs, 0) / calls,
    daemonCpuUsPerCall: daemonCpu,
    ...(ready.domains === undefined ? {} : { domains: ready.domains }),
  };
}

async function versions(socket: string): Promise<{ libvirtd: string; python: string }> {
  const conn = await connect(`test+unix:///default?socket=${encodeURIComponent(socket)}`, { keepalive: false });
  try {
    const v = Number((await conn.remote.connectGetLibVersion()).libVer);
    const python = (await Worker.once('python version', PYTHON, [
      '-c',
      'import json, platform, libvirt; v = libvirt.getVersion(); print(json.dumps("%s, libvirt-python %d.%d.%d" % (platform.python_version(), v // 1000000, v // 1000 % 1000, v % 1000)))',
    ])) as string;
    return { libvirtd: `${Math.floor(v / 1_000_000)}.${Math.floor(v / 1000) % 1000}.${v % 1000}`, python };
  } finally {
    await conn.close();
  }
}

async function measureAll(daemon: Daemon): Promise<void> {
  const load = loadavg()[0] ?? 0;
  const env = await versions(daemon.socket);
  const header = [
    `bench:rpc — ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${platform()} ${release()}`,
    `node ${process.version}; python ${env.python}; libvirtd ${env.libvirtd} (test:///default) at ${daemon.socket}`,
    `warm-up ${timing.warmupMs} ms, then ${timing.rounds} rounds of ≥${timing.roundMs} ms per case, interleaved; median reported`,
    ...(load > 0.5
      ? [`note: 1-minute load average ${load.toFixed(2)} at the start: other work may skew the results`]
      : []),
  ];

  const libVersion = await measureGroup([
    nodeCase(daemon, 'raw-seq', 'raw socket floor, sequential', 'raw-lib-version', 1),
    nodeCase(daemon, 'ours-seq', '@libvirt-ts/client, sequential', 'ours-lib-version', 1),
    pythonCase(daemon, 'python-seq', 'python3-libvirt, sequential', 'lib-version'),
    nodeCase(daemon, 'raw-inflight', `raw socket floor, ${depth} in flight`, 'raw-lib-version', depth),
    nodeCase(daemon, 'ours-inflight', `@libvirt-ts/client, ${depth} in flight`, 'ours-lib-version', depth),
    pythonCase(daemon, 'python-threads-own', `python3-libvirt, ${threads} threads, own connections`, 'lib-version', [
      `--threads=${threads}`,
    ]),
    pythonCase(
      daemon,
      'python-threads-shared',
      `python3-libvirt, ${threads} threads, one shared connection`,
      'lib-version',
      [`--threads=${threads}`, '--shared'],
    ),
  ]);

  // test:///default keeps its state only while a connection has it open: this one, until the end.
  const owner = await connect(`test+unix:///default?socket=${encodeURIComponent(daemon.socket)}`, {
    keepalive: false,
  });
  const defined: RemoteNonnullDomain[] = [];
  let listAll: Measured[];
  try {
    const leftovers = await removeLeftovers(owner);
    if (leftovers > 0) step(`undefined ${leftovers} domains left by an earlier run`);
    step(`defining ${domainCount} domains`);
    await defineDomains(owner, domainCount, defined);
    listAll = await measureGroup([
      nodeCase(daemon, 'ours-list-all', '@libvirt-ts/client connectListAllDomains', 'ours-list-all-domains', 1),
      pythonCase(daemon, 'python-list-all', 'python3-libvirt listAllDomains(0)', 'list-all-domains'),
    ]);
  } finally {
    step(`undefining ${defined.length} domains`);
    try {
      await undefineDomains(owner, defined);
    } catch (error) {
      // Keep the error that got us here; a later run removes what is left.
      process.stderr.write(`bench:rpc: undefining the domains failed: ${String(error)}\n`);
    }
    await owner.close();
  }

  step(`memory: ${memoryWarmupCalls} warm-up calls, then twice ${memoryCalls} calls, ${depth} in flight`);
  const memory = (await Worker.once(
    'memory',
    process.execPath,
    nodeArgs(
      daemon,
      'ours-memory',
      [`--depth=${depth}`, `--memory-calls=${memoryCalls}`, `--memory-warmup-calls=${memoryWarmupCalls}`],
      ['--expose-gc'],
    ),
  )) as MemoryResult;

  report({ header, timing, depth, threads, libVersion, listAll, memory });
}

const daemon = await startDaemon();
let stopping: Promise<void> | undefined;
const stop = (keepState: boolean): Promise<void> => (stopping ??= stopDaemon(daemon, keepState));
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
] as const) {
  process.once(signal, () => {
    void stop(true).finally(() => process.exit(128 + number));
  });
}
let succeeded = false;
try {
  await measureAll(daemon);
  succeeded = true;
} finally {
  await stop(!succeeded);
}
