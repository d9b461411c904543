// The MCP server's own cost, in one run: cold start of the built bin (spawn to the first tools/list
// answer over stdio), and domain_list over N domains (default 1,000) end to end against the raw
// client doing the same libvirt work. Prints a table, pass/fail for the targets and a final JSON
// line; no threshold fails the run.
//   pnpm bench:mcp [--domains 1000] [--rounds 9] [--calls 40] [--starts 10] [--quick]
// Needs the built bin (pnpm build). Starts a private libvirtd with scripts/libvirtd/start.sh (as
// root; it stops any other libvirtd, so hold /tmp/libvirt-ts-integration.lock on a shared machine)
// unless LIBVIRT_TS_SOCK (and optionally LIBVIRT_TS_PID) name one.
//
// Cases, each a sequence of calls on an open connection (depth 1), rounds interleaved with the
// order rotating, so machine drift hits all alike:
// - raw list: `conn.domains.list()`, the one listing call (REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS);
// - raw tool work: domain_list's handler called directly on the same kind of connection: the
//   listing plus the state of each domain on the first page, i.e. everything but MCP;
// - MCP in memory: the SDK client calling domain_list through the real server (policy, wrapper,
//   validation, audit) over the SDK's in-memory transport, per protocol era;
// - MCP stdio: the SDK's stdio client calling the spawned built bin, per protocol era.
// "MCP adds" = a case's ms per call minus the raw tool work's in the same round (rounds are
// interleaved, so pairing them cancels most machine drift), median over rounds: the target is
// < 2 ms.
import { cpus, loadavg, platform, release } from 'node:os';
import { parseArgs } from 'node:util';
import { connect, type Connection } from '../../packages/client/src/index.js';
import type { RemoteNonnullDomain } from '../../packages/client/src/protocol/remote.gen.js';
import { configSchema } from '../../packages/mcp-server/src/config/schema.js';
import { HostManager } from '../../packages/mcp-server/src/hosts/host-manager.js';
import { createLogger } from '../../packages/mcp-server/src/logging/logger.js';
import { policyView } from '../../packages/mcp-server/src/policy/view.js';
import { domainList } from '../../packages/mcp-server/src/tools/domain/list.js';
import { assertBuilt, startStdio, type StdioServer } from '../../packages/mcp-server/test/e2e/spawn-server.js';
import { startInProcess, type InProcess } from '../../packages/mcp-server/test/support/in-process.js';
import { startDaemon, stopDaemon, type Daemon } from '../rpc/daemon.js';
import { defineDomains, removeLeftovers, undefineDomains } from '../rpc/domains.js';
import { median } from '../rpc/timing.js';

/** Reported, never enforced. */
const TARGET_OVERHEAD_MS = 2;

const { values: flags } = parseArgs({
  options: {
    domains: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '9' },
    calls: { type: 'string', default: '40' },
    starts: { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
  },
});
const domainCount = Number(flags.domains);
const rounds = flags.quick ? 3 : Number(flags.rounds);
const callsPerRound = flags.quick ? 10 : Number(flags.calls);
const starts = flags.quick ? 3 : Number(flags.starts);

function step(what: string): void {
  process.stderr.write(`bench:mcp: ${what}\n`);
}

interface Case {
  readonly id: string;
  readonly label: string;
  readonly call: () => Promise<void>;
  /** Mean ms per call of each round. */
  readonly rounds: number[];
}

/** What every domain_list call returns, checked once per case so no case measures an error. */
interface ListOutput {
  readonly total: number;
  readonly domains: readonly unknown[];
}

function checkList(output: unknown, expectedAtLeast: number, label: string): void {
  const list = output as ListOutput | undefined;
  if (list === undefined || list.total < expectedAtLeast || list.domains.length === 0) {
    throw new Error(
      `${label}: domain_list returned ${output === undefined ? 'nothing' : JSON.stringify(output).slice(0, 200)}`,
    );
  }
}

async function timeRound(testCase: Case): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < callsPerRound; i++) await testCase.call();
  testCase.rounds.push((performance.now() - start) / callsPerRound);
}

async function coldStarts(daemon: Daemon, era: '2025' | '2026'): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < starts; i++) {
    const start = performance.now();
    const server = await startStdio({
      era,
      args: ['--libvirt-uri', `test+unix:///default?socket=${daemon.socket}`, '--log-level', 'warn'],
    });
    const tools = await server.client.listTools();
    samples.push(performance.now() - start);
    if (tools.tools.length === 0) throw new Error('cold start: no tools listed');
    await server.client.close();
  }
  return samples;
}

function fmt(value: number, digits = 2): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function printTable(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    );
  }
}

async function main(): Promise<void> {
  assertBuilt();
  const daemon = await startDaemon();
  const uri = `test+unix:///default?socket=${daemon.socket}`;
  // Holds the test driver's state (the domains) for the whole run, and defines them.
  const admin: Connection = await connect(uri);
  const defined: RemoteNonnullDomain[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  let failed = false;
  try {
    const leftovers = await removeLeftovers(admin);
    if (leftovers > 0) step(`removed ${leftovers} domains an earlier run left`);
    step(`defining ${domainCount} domains`);
    await defineDomains(admin, domainCount, defined);
    const total = (await admin.domains.list()).length;

    const config = configSchema.parse({ hosts: [{ name: 'bench', uri }] });
    const hosts = new HostManager(config.hosts, { readOnly: false, logger: createLogger({ level: 'silent' }) });
    closers.push(() => hosts.close());
    const handle = await hosts.get('bench');
    const toolArgs = domainList.input.parse({});
    const toolContext = {
      host: handle,
      policy: policyView(config.hosts[0]!, config.security),
      signal: new AbortController().signal,
      progress: () => Promise.resolve(),
    };
    const raw = await connect(uri);
    closers.push(() => raw.close());

    const inMemory: Record<'2025' | '2026', InProcess> = {
      '2025': await startInProcess({ config, hosts, clientEra: '2025' }),
      '2026': await startInProcess({ config, hosts, clientEra: '2026' }),
    };
    closers.push(
      () => inMemory['2025'].close(),
      () => inMemory['2026'].close(),
    );
    const stdio: Record<'2025' | '2026', StdioServer> = {
      '2025': await startStdio({ era: '2025', args: ['--libvirt-uri', uri] }),
      '2026': await startStdio({ era: '2026', args: ['--libvirt-uri', uri] }),
    };
    closers.push(
      () => stdio['2025'].client.close(),
      () => stdio['2026'].client.close(),
    );

    const viaClient = (client: InProcess['client'], label: string) => async (): Promise<void> => {
      const result = await client.callTool({ name: 'domain_list', arguments: {} });
      if (result.isError === true) throw new Error(`${label}: ${JSON.stringify(result.content)}`);
    };
    const cases: Case[] = [
      {
        id: 'raw-list',
        label: 'raw client: conn.domains.list()',
        call: async () => {
          await raw.domains.list();
        },
        rounds: [],
      },
      {
        id: 'raw-tool',
        label: 'raw tool work (handler, no MCP)',
        call: async () => {
          await domainList.handler(toolArgs, toolContext);
        },
        rounds: [],
      },
      ...(['2025', '2026'] as const).flatMap((era) => [
        {
          id: `mcp-memory-${era}`,
          label: `MCP in memory, ${era}-era client`,
          call: viaClient(inMemory[era].client, `in memory ${era}`),
          rounds: [],
        },
        {
          id: `mcp-stdio-${era}`,
          label: `MCP stdio (built bin), ${era}-era client`,
          call: viaClient(stdio[era].client, `stdio ${era}`),
          rounds: [],
        },
      ]),
    ];

    // Correctness first: every MCP case sees every domain.
    checkList((await domainList.handler(toolArgs, toolContext)).structured, total, 'raw tool');
    for (const era of ['2025', '2026'] as const) {
      for (const [label, client] of [
        [`in memory ${era}`, inMemory[era].client],
        [`stdio ${era}`, stdio[era].client],
      ] as const) {
        checkList((await client.callTool({ name: 'domain_list', arguments: {} })).structuredContent, total, label);
      }
    }

    step(`warming up, then ${rounds} rounds of ${callsPerRound} sequential calls per case`);
    for (const testCase of cases) for (let i = 0; i < Math.max(5, callsPerRound / 4); i++) await testCase.call();
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < cases.length; i++) await timeRound(cases[(round + i) % cases.length]!);
    }

    step(`${starts} cold starts per era (spawn → initialize → first tools/list answer)`);
    const cold = { '2025': await coldStarts(daemon, '2025'), '2026': await coldStarts(daemon, '2026') };

    const medianOf = (id: string): number => median(cases.find((c) => c.id === id)!.rounds);
    const rawList = medianOf('raw-list');
    const rawTool = medianOf('raw-tool');
    const rawToolRounds = cases.find((c) => c.id === 'raw-tool')!.rounds;
    /** The case's ms per call minus the raw tool work's, round by round; the median of that. */
    const adds = (c: Case): number => median(c.rounds.map((ms, round) => ms - rawToolRounds[round]!));
    console.log(
      `bench:mcp — ${platform()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ` +
        `load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    console.log(
      `domain_list (default arguments: first page of 50, name and state) over ${fmt(total, 0)} domains; ` +
        `${rounds} rounds × ${callsPerRound} sequential calls; median of rounds`,
    );
    console.log('');
    const rows: string[][] = [['case', 'ms/call', 'min–max ms', 'vs raw list', 'vs raw tool', 'MCP adds ms', 'target']];
    for (const c of cases) {
      const ms = median(c.rounds);
      const isMcp = c.id.startsWith('mcp-');
      rows.push([
        c.label,
        fmt(ms, 3),
        `${fmt(Math.min(...c.rounds), 3)}–${fmt(Math.max(...c.rounds), 3)}`,
        `${(ms / rawList).toFixed(2)}×`,
        `${(ms / rawTool).toFixed(2)}×`,
        isMcp ? fmt(adds(c), 3) : '',
        isMcp ? (adds(c) < TARGET_OVERHEAD_MS ? 'PASS' : 'FAIL') : '',
      ]);
    }
    printTable(rows);
    console.log('');
    const coldRows: string[][] = [['cold start (stdio)', 'median ms', 'min ms', 'max ms']];
    for (const era of ['2025', '2026'] as const) {
      coldRows.push([
        `${era}-era client`,
        fmt(median(cold[era]), 1),
        fmt(Math.min(...cold[era]), 1),
        fmt(Math.max(...cold[era]), 1),
      ]);
    }
    printTable(coldRows);
    console.log(`(target: MCP adds < ${TARGET_OVERHEAD_MS} ms per domain_list call; reported, never enforced)`);
    console.log(
      JSON.stringify({
        bench: 'mcp',
        node: process.version,
        domains: total,
        rounds,
        callsPerRound,
        msPerCall: Object.fromEntries(cases.map((c) => [c.id, median(c.rounds)])),
        roundsMsPerCall: Object.fromEntries(cases.map((c) => [c.id, c.rounds])),
        overheadMsVsRawTool: Object.fromEntries(
          cases.filter((c) => c.id.startsWith('mcp-')).map((c) => [c.id, adds(c)]),
        ),
        coldStartMs: cold,
      }),
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await undefineDomains(admin, defined).catch(() => undefined);
    await admin.close();
    await stopDaemon(daemon, failed);
  }
}

await main();
