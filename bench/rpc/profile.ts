// A driver to profile the client alone, e.g.:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=@libvirt-ts/source rpc/profile.ts \
//     --socket /tmp/libvirt-ts.X/run/libvirt-sock --depth 1 --seconds 10
// Keeps `depth` connectGetLibVersion (or, with --list-all, connectListAllDomains) calls in flight
// for the given time after a one-second warm-up, then prints calls/s and client CPU µs per call.
// --raw runs the raw-socket floor instead, for comparison.
import { parseArgs } from 'node:util';
import { connect } from '../../packages/client/src/index.js';
import { openRawClient } from './raw-client.js';
import { promiseRound, type RoundRunner } from './timing.js';

const { values } = parseArgs({
  options: {
    socket: { type: 'string' },
    depth: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    'list-all': { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
  },
});
if (values.socket === undefined) throw new Error('--socket is required');
const socketPath = values.socket;
const depth = Number(values.depth);
let run: RoundRunner;
let close: () => Promise<void>;
if (values.raw) {
  const raw = await openRawClient(socketPath, 'test:///default');
  run = raw.round(depth);
  close = () => {
    raw.close();
    return Promise.resolve();
  };
} else {
  const conn = await connect(`test+unix:///default?socket=${encodeURIComponent(socketPath)}`);
  const call = values['list-all']
    ? () => conn.remote.connectListAllDomains({ needResults: 1, flags: 0 })
    : () => conn.remote.connectGetLibVersion();
  run = promiseRound(call, depth);
  close = () => conn.close();
}
try {
  await run(1000);
  const before = process.cpuUsage();
  const round = await run(Number(values.seconds) * 1000);
  const cpu = process.cpuUsage(before);
  console.log(
    `${((round.calls * 1000) / round.elapsedMs).toFixed(0)} calls/s; client CPU per call: ` +
      `user ${(cpu.user / round.calls).toFixed(1)} µs, system ${(cpu.system / round.calls).toFixed(1)} µs`,
  );
} finally {
  await close();
}
