// A driver to profile the client alone, e.g.:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=source rpc/profile.ts \
//     --socket /tmp/libvirt-ts.X/run/libvirt-sock --depth 1 --seconds 10
// Keeps `depth` connectGetLibVersion (or, with --list-all, connectListAllDomains) calls in flight
// for the given time after a one-second warm-up, then prints calls/s and client CPU µs per call.
import { parseArgs } from 'node:util';
import { connect } from '../../packages/client/src/index.js';
import { promiseRound, reportRound } from './timing.js';

const { values } = parseArgs({
  options: {
    socket: { type: 'string' },
    depth: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    'list-all': { type: 'boolean', default: false },
  },
});
if (values.socket === undefined) throw new Error('--socket is required');
const conn = await connect(`test+unix:///default?socket=${encodeURIComponent(values.socket)}`);
try {
  const call = values['list-all']
    ? () => conn.remote.connectListAllDomains({ needResults: 1, flags: 0 })
    : () => conn.remote.connectGetLibVersion();
  const run = promiseRound(call, Number(values.depth));
  await run(1000);
  const round = await reportRound(run, Number(values.seconds) * 1000, undefined);
  console.log(
    `${((round.calls * 1000) / round.elapsedMs).toFixed(0)} calls/s, client CPU ${(round.clientCpuUs / round.calls).toFixed(1)} µs/call`,
  );
} finally {
  await conn.close();
}
