// Encode/decode throughput of libvirt-shaped messages: @libvirt-ts/xdr with the generated codecs
// against @stellar/js-xdr describing the same types, in one process. No thresholds: it reports.
//   pnpm bench:xdr [--rounds 9] [--round-ms 1000] [--warmup-ms 1000] [--quick]
import { deepStrictEqual } from 'node:assert/strict';
import { cpus, platform, release } from 'node:os';
import { parseArgs } from 'node:util';
import { decodeXdr, encodeXdr, XdrWriter, type XdrCodec } from '@libvirt-ts/xdr';
import { median, measure, type Timed, type TimingOptions } from './measure.js';
import { getAllDomainStatsRet, listAllDomainsRet } from './messages.js';
import { RemoteConnectGetAllDomainStatsRetCodec, RemoteConnectListAllDomainsRetCodec } from './ours.js';
import {
  getAllDomainStatsRetSchema,
  getAllDomainStatsRetV5,
  listAllDomainsRetSchema,
  listAllDomainsRetV5,
} from './stellar-v5.js';
import {
  GetAllDomainStatsRetV3,
  getAllDomainStatsRetV3,
  ListAllDomainsRetV3,
  listAllDomainsRetV3,
} from './stellar-v3.js';

const TARGET_RATIO = 5;

const OURS = '@libvirt-ts/xdr';
const V5 = '@stellar/js-xdr 5.0.0';
const V3 = '@stellar/js-xdr 3.1.2';
const REFERENCES = [V5, V3] as const;

interface Implementation {
  readonly impl: string;
  readonly encode: () => unknown;
  readonly decode: () => unknown;
}

interface Message {
  readonly name: string;
  readonly description: string;
  readonly bytes: Uint8Array;
  readonly implementations: readonly Implementation[];
}

function sameBytes(label: string, actual: Uint8Array, expected: Uint8Array): void {
  if (Buffer.compare(actual, expected) !== 0) {
    throw new Error(`${label}: encoding differs from ${OURS} (${actual.byteLength} vs ${expected.byteLength} bytes)`);
  }
}

/**
 * Builds the timed closures for one message, after checking that all three encoders produce
 * identical bytes and that every decoder reads those bytes back to the same value.
 */
function message<T, V5Value>(
  name: string,
  description: string,
  value: T,
  ours: XdrCodec<T>,
  v5: { encode(v: V5Value): Uint8Array; decode(b: Uint8Array): V5Value; value: V5Value },
  v3: { fromXDR(b: Buffer): { toXDR(): Buffer }; value: { toXDR(): Buffer } },
): Message {
  const writer = new XdrWriter(1024);
  const bytes = encodeXdr(ours, value, writer);
  sameBytes(`${V5} ${name}`, v5.encode(v5.value), bytes);
  sameBytes(`${V3} ${name}`, v3.value.toXDR(), bytes);
  deepStrictEqual(decodeXdr(ours, bytes), value);
  sameBytes(`${V5} ${name} decode`, v5.encode(v5.decode(bytes)), bytes);
  // js-xdr 3 copies any input that is not a Buffer; handing it one keeps the copy out of the timing.
  const buffer = Buffer.from(bytes);
  sameBytes(`${V3} ${name} decode`, v3.fromXDR(buffer).toXDR(), bytes);
  return {
    name,
    description,
    bytes,
    implementations: [
      {
        impl: OURS,
        // As the RPC client does: one writer, reset per message, a copy handed to the socket.
        encode: () => {
          writer.reset();
          ours.encode(writer, value);
          return writer.toBytes();
        },
        decode: () => decodeXdr(ours, bytes),
      },
      { impl: V5, encode: () => v5.encode(v5.value), decode: () => v5.decode(bytes) },
      { impl: V3, encode: () => v3.value.toXDR(), decode: () => v3.fromXDR(buffer) },
    ],
  };
}

function buildMessages(): Message[] {
  const list = listAllDomainsRet(1000);
  const stats = getAllDomainStatsRet(100);
  const params = stats.retStats.reduce((n, r) => n + r.params.length, 0);
  return [
    message(
      'remote_connect_list_all_domains_ret',
      '1,000 domains',
      list,
      RemoteConnectListAllDomainsRetCodec,
      {
        encode: (v) => listAllDomainsRetSchema.encode(v),
        decode: (b) => listAllDomainsRetSchema.decode(b),
        value: listAllDomainsRetV5(list),
      },
      { fromXDR: (b) => ListAllDomainsRetV3.fromXDR(b), value: listAllDomainsRetV3(list) },
    ),
    message(
      'remote_connect_get_all_domain_stats_ret',
      `${stats.retStats.length} domains × ${params / stats.retStats.length} typed params`,
      stats,
      RemoteConnectGetAllDomainStatsRetCodec,
      {
        encode: (v) => getAllDomainStatsRetSchema.encode(v),
        decode: (b) => getAllDomainStatsRetSchema.decode(b),
        value: getAllDomainStatsRetV5(stats),
      },
      { fromXDR: (b) => GetAllDomainStatsRetV3.fromXDR(b), value: getAllDomainStatsRetV3(stats) },
    ),
  ];
}

interface Row {
  readonly message: string;
  readonly op: 'encode' | 'decode';
  readonly impl: string;
  readonly bytes: number;
  readonly msgsPerSecond: number;
  readonly mbPerSecond: number;
  readonly roundsMsgsPerSecond: number[];
}

function options(): TimingOptions {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '9' },
      'round-ms': { type: 'string', default: '1000' },
      'warmup-ms': { type: 'string', default: '1000' },
      quick: { type: 'boolean', default: false },
    },
  });
  if (values.quick) return { rounds: 3, roundMs: 200, warmupMs: 200 };
  return { rounds: Number(values.rounds), roundMs: Number(values['round-ms']), warmupMs: Number(values['warmup-ms']) };
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function main(): void {
  const timing = options();
  const messages = buildMessages();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`XDR benchmark: Node ${process.version}, ${platform()} ${release()}, ${cpus().length} × ${cpu}`);
  console.log(
    `median of ${timing.rounds} rounds of ≥${timing.roundMs} ms after ${timing.warmupMs} ms warm-up per case; ` +
      'all encoders produce identical bytes (checked); MB = 10^6 bytes of XDR',
  );

  const cases: Timed[] = [];
  for (const m of messages) {
    for (const op of ['encode', 'decode'] as const) {
      for (const impl of m.implementations) cases.push({ id: `${m.name}|${op}|${impl.impl}`, run: impl[op] });
    }
  }
  const timings = measure(cases, timing);

  const rows: Row[] = [];
  for (const m of messages) {
    for (const op of ['encode', 'decode'] as const) {
      for (const impl of m.implementations) {
        const rounds = timings.get(`${m.name}|${op}|${impl.impl}`) ?? [];
        const msgsPerSecond = median(rounds);
        rows.push({
          message: m.name,
          op,
          impl: impl.impl,
          bytes: m.bytes.byteLength,
          msgsPerSecond,
          mbPerSecond: (msgsPerSecond * m.bytes.byteLength) / 1e6,
          roundsMsgsPerSecond: rounds.map((r) => Math.round(r)),
        });
      }
    }
  }

  const ratios: { message: string; op: string; versus: string; ratio: number; pass: boolean }[] = [];
  for (const m of messages) {
    console.log(`\n${m.name} (${m.description}, ${fmt(m.bytes.byteLength)} bytes)`);
    console.log(`  ${'op'.padEnd(7)}${'implementation'.padEnd(24)}${'msgs/s'.padStart(10)}${'MB/s'.padStart(10)}`);
    for (const row of rows.filter((r) => r.message === m.name)) {
      console.log(
        `  ${row.op.padEnd(7)}${row.impl.padEnd(24)}${fmt(row.msgsPerSecond).padStart(10)}${fmt(row.mbPerSecond, 1).padStart(10)}`,
      );
    }
    for (const op of ['encode', 'decode'] as const) {
      const ours = rows.find((r) => r.message === m.name && r.op === op && r.impl === OURS);
      for (const versus of REFERENCES) {
        const theirs = rows.find((r) => r.message === m.name && r.op === op && r.impl === versus);
        if (ours === undefined || theirs === undefined) continue;
        const ratio = ours.msgsPerSecond / theirs.msgsPerSecond;
        const pass = ratio >= TARGET_RATIO;
        ratios.push({ message: m.name, op, versus, ratio: Math.round(ratio * 100) / 100, pass });
        console.log(
          `  ${op} ours/theirs vs ${versus}: ${ratio.toFixed(2)}x  (target ≥${TARGET_RATIO}x: ${pass ? 'PASS' : 'FAIL'})`,
        );
      }
    }
  }

  console.log(
    JSON.stringify({
      bench: 'xdr',
      node: process.version,
      platform: `${platform()} ${release()}`,
      cpu,
      cores: cpus().length,
      timing,
      results: rows.map((r) => ({ ...r, msgsPerSecond: Math.round(r.msgsPerSecond), mbPerSecond: r.mbPerSecond })),
      ratios,
    }),
  );
}

main();
