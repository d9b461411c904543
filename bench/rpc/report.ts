import type { MemoryResult } from './node-worker.js';
import { median, type TimingOptions } from './timing.js';

const MB = 1024 * 1024;

/** The targets the results are checked against: reported, never enforced. */
export const TARGETS = {
  /** Our sequential latency at most this many times the raw floor's. */
  sequentialLatencyVsRaw: 1.1,
  /** Our throughput with many calls in flight at least this fraction of the raw floor's. */
  inFlightThroughputVsRaw: 0.95,
  rssGrowthMb: 20,
} as const;

export interface Measured {
  readonly id: string;
  readonly label: string;
  /** Calls per second of each timed round. */
  readonly rates: readonly number[];
  readonly median: number;
  readonly clientCpuUsPerCall: number;
  readonly daemonCpuUsPerCall: number | undefined;
  readonly domains?: number;
}

export interface Results {
  readonly header: readonly string[];
  readonly timing: TimingOptions;
  readonly depth: number;
  readonly threads: number;
  readonly libVersion: readonly Measured[];
  readonly listAll: readonly Measured[];
  readonly memory: MemoryResult;
}

function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function signed(value: number, digits: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    const cells = row.map((text, column) =>
      column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!),
    );
    console.log(cells.join('  ').trimEnd());
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/**
 * Ratios of `a` to `b` round by round. Rounds of different cases run moments apart, so these
 * show how much of a ratio of medians is drift in machine load rather than the clients.
 */
function perRound(a: Measured, b: Measured): { median: number; min: number; max: number } {
  const ratios = a.rates.map((rate, i) => rate / b.rates[i]!);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

function showPerRound(ratio: { median: number; min: number; max: number }): string {
  return `per round ${ratio.median.toFixed(2)}x, ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}`;
}

function find(cases: readonly Measured[], id: string): Measured {
  const found = cases.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no case ${id}`);
  return found;
}

/** Prints the table, the targets with PASS/FAIL, and one JSON line with everything. */
export function report(results: Results): void {
  const { libVersion, listAll, memory, depth, threads } = results;
  const rawSeq = find(libVersion, 'raw-seq');
  const rawDeep = find(libVersion, 'raw-inflight');
  const oursSeq = find(libVersion, 'ours-seq');
  const oursDeep = find(libVersion, 'ours-inflight');
  const pySeq = find(libVersion, 'python-seq');
  const pyOwn = find(libVersion, 'python-threads-own');
  const pyShared = find(libVersion, 'python-threads-shared');
  const listOurs = find(listAll, 'ours-list-all');
  const listPython = find(listAll, 'python-list-all');
  /** Sequential cases compare with the sequential floor, concurrent ones with the in-flight floor. */
  const floorOf = (c: Measured): Measured => (c.id.endsWith('-seq') ? rawSeq : rawDeep);
  const cpu = (value: number | undefined): string => (value === undefined ? 'n/a' : fmt(value, 1));

  const rows: string[][] = [
    ['CONNECT_GET_LIB_VERSION', 'calls/s', 'µs/call', 'min–max calls/s', 'vs floor', 'client CPU µs', 'daemon CPU µs'],
  ];
  for (const c of libVersion) {
    rows.push([
      c.label,
      fmt(c.median),
      fmt(1e6 / c.median, 1),
      `${fmt(Math.min(...c.rates))}–${fmt(Math.max(...c.rates))}`,
      `${(c.median / floorOf(c).median).toFixed(3)}x`,
      cpu(c.clientCpuUsPerCall),
      cpu(c.daemonCpuUsPerCall),
    ]);
  }
  const domains = listOurs.domains ?? 0;
  rows.push(['', '', '', '', '', '', '']);
  rows.push([
    `CONNECT_LIST_ALL_DOMAINS, ${fmt(domains)} domains`,
    'calls/s',
    'ms/call',
    'min–max calls/s',
    'vs python',
    'client CPU µs',
    'daemon CPU µs',
  ]);
  for (const c of listAll) {
    rows.push([
      c.label,
      fmt(c.median, 1),
      fmt(1000 / c.median, 3),
      `${fmt(Math.min(...c.rates), 1)}–${fmt(Math.max(...c.rates), 1)}`,
      `${(c.median / listPython.median).toFixed(3)}x`,
      cpu(c.clientCpuUsPerCall),
      cpu(c.daemonCpuUsPerCall),
    ]);
  }

  for (const line of results.header) console.log(line);
  console.log('');
  printTable(rows);
  console.log('(CPU columns: CPU time per call over the timed rounds; the daemon column counts all its threads.)');

  const { before, after, afterAgain } = memory;
  const rssGrowthMb = (after.rssBytes - before.rssBytes) / MB;
  const heapGrowthMb = (after.heapUsedBytes - before.heapUsedBytes) / MB;
  const newSpaceGrowthMb = (after.newSpaceBytes - before.newSpaceBytes) / MB;
  const rssGrowthAgainMb = (afterAgain.rssBytes - after.rssBytes) / MB;
  const heapGrowthAgainMb = (afterAgain.heapUsedBytes - after.heapUsedBytes) / MB;
  console.log('');
  console.log(
    `memory: ${fmt(memory.calls)} calls of ours, ${memory.depth} in flight, after a warm-up, each figure after a forced GC:`,
  );
  console.log(
    `  RSS ${fmt(before.rssBytes / MB, 1)} → ${fmt(after.rssBytes / MB, 1)} MB (${signed(rssGrowthMb, 1)} MB); ` +
      `live heap ${signed(heapGrowthMb, 2)} MB; V8 young generation ${fmt(before.newSpaceBytes / MB, 0)} → ` +
      `${fmt(after.newSpaceBytes / MB, 0)} MB (${signed(newSpaceGrowthMb, 0)} MB)`,
  );
  console.log(
    `  a further ${fmt(memory.calls)} calls: RSS ${signed(rssGrowthAgainMb, 1)} MB, live heap ${signed(heapGrowthAgainMb, 2)} MB`,
  );

  const pyThreadsBest = Math.max(pyOwn.median, pyShared.median);
  const pyThreadsBestCase = pyOwn.median >= pyShared.median ? pyOwn : pyShared;
  const rounds = {
    sequentialLatencyVsRaw: perRound(rawSeq, oursSeq),
    sequentialVsPython: perRound(oursSeq, pySeq),
    inFlightThroughputVsRaw: perRound(oursDeep, rawDeep),
    inFlightVsPythonThreads: perRound(oursDeep, pyThreadsBestCase),
    listAllDomainsVsPython: perRound(listOurs, listPython),
  };
  const ratios = {
    sequentialLatencyVsRaw: rawSeq.median / oursSeq.median,
    sequentialVsPython: oursSeq.median / pySeq.median,
    inFlightThroughputVsRaw: oursDeep.median / rawDeep.median,
    inFlightVsPythonThreadsOwn: oursDeep.median / pyOwn.median,
    inFlightVsPythonThreadsShared: oursDeep.median / pyShared.median,
    listAllDomainsVsPython: listOurs.median / listPython.median,
  };
  const targets = [
    {
      id: 'sequentialLatencyVsRaw',
      text: `sequential latency within ${TARGETS.sequentialLatencyVsRaw}x of the raw floor's`,
      measured: `${ratios.sequentialLatencyVsRaw.toFixed(3)}x (${fmt(1e6 / oursSeq.median, 1)} vs ${fmt(1e6 / rawSeq.median, 1)} µs; ${showPerRound(rounds.sequentialLatencyVsRaw)})`,
      pass: ratios.sequentialLatencyVsRaw <= TARGETS.sequentialLatencyVsRaw,
    },
    {
      id: 'sequentialFasterThanPython',
      text: 'sequential faster than python3-libvirt',
      measured: `${ratios.sequentialVsPython.toFixed(3)}x its calls/s (${showPerRound(rounds.sequentialVsPython)})`,
      pass: oursSeq.median > pySeq.median,
    },
    {
      id: 'inFlightVsRaw',
      text: `${depth} in flight at least ${TARGETS.inFlightThroughputVsRaw}x the raw floor's throughput`,
      measured: `${ratios.inFlightThroughputVsRaw.toFixed(3)}x (${showPerRound(rounds.inFlightThroughputVsRaw)})`,
      pass: ratios.inFlightThroughputVsRaw >= TARGETS.inFlightThroughputVsRaw,
    },
    {
      id: 'inFlightFasterThanPythonThreads',
      text: `${depth} in flight above python3-libvirt with ${threads} threads (the better of own and shared connections)`,
      measured: `${(oursDeep.median / pyThreadsBest).toFixed(3)}x (own ${ratios.inFlightVsPythonThreadsOwn.toFixed(3)}x, shared ${ratios.inFlightVsPythonThreadsShared.toFixed(3)}x; ${showPerRound(rounds.inFlightVsPythonThreads)})`,
      pass: oursDeep.median > pyThreadsBest,
    },
    {
      id: 'listAllDomainsFasterThanPython',
      text: `listAllDomains with ${fmt(domains)} domains faster than python3-libvirt`,
      measured: `${ratios.listAllDomainsVsPython.toFixed(3)}x (${fmt(1000 / listOurs.median, 3)} vs ${fmt(1000 / listPython.median, 3)} ms/call; ${showPerRound(rounds.listAllDomainsVsPython)})`,
      pass: listOurs.median > listPython.median,
    },
    {
      id: 'rssGrowth',
      text: `RSS growth over ${fmt(memory.calls)} calls below ${TARGETS.rssGrowthMb} MB`,
      measured: `${signed(rssGrowthMb, 1)} MB`,
      pass: rssGrowthMb < TARGETS.rssGrowthMb,
    },
  ];
  console.log('');
  console.log(
    'targets (ratio of the medians; "per round": the median and range of the same ratio taken round by round):',
  );
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.text}: ${t.measured}`);
  console.log('');

  const cell = (c: Measured) => ({
    callsPerSecond: round(c.median, 1),
    rounds: c.rates.map((r) => round(r, 1)),
    clientCpuUsPerCall: round(c.clientCpuUsPerCall, 2),
    ...(c.daemonCpuUsPerCall === undefined ? {} : { daemonCpuUsPerCall: round(c.daemonCpuUsPerCall, 2) }),
  });
  console.log(
    JSON.stringify({
      bench: 'rpc',
      timing: results.timing,
      depth,
      threads,
      libVersion: Object.fromEntries(libVersion.map((c) => [c.id, cell(c)])),
      listAllDomains: {
        domains,
        ...Object.fromEntries(listAll.map((c) => [c.id, { ...cell(c), msPerCall: round(1000 / c.median, 3) }])),
      },
      memory: {
        calls: memory.calls,
        depth: memory.depth,
        rssGrowthMb: round(rssGrowthMb, 2),
        heapGrowthMb: round(heapGrowthMb, 2),
        youngGenerationGrowthMb: round(newSpaceGrowthMb, 2),
        furtherCallsRssGrowthMb: round(rssGrowthAgainMb, 2),
        furtherCallsHeapGrowthMb: round(heapGrowthAgainMb, 2),
      },
      ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v, 3)])),
      perRoundRatios: Object.fromEntries(
        Object.entries(rounds).map(([k, v]) => [
          k,
          { median: round(v.median, 3), min: round(v.min, 3), max: round(v.max, 3) },
        ]),
      ),
      targets: Object.fromEntries(targets.map((t) => [t.id, t.pass])),
    }),
  );
}
