import type { Connection } from '../../packages/client/src/index.js';
import type { RemoteNonnullDomain } from '../../packages/client/src/protocol/remote.gen.js';

const PREFIX = 'bench-rpc-';
const IN_FLIGHT = 64;

function domainXml(name: string): string {
  return `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>`;
}

/** Runs `task(i)` for i in [0, count) with up to IN_FLIGHT at once. */
async function inParallel(count: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane));
}

/**
 * Undefines inactive `bench-rpc-*` domains that an interrupted run left behind, so the listing
 * holds only this run's domains on top of the driver's own.
 */
export async function removeLeftovers(conn: Connection): Promise<number> {
  const { domains } = await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 });
  const leftovers = domains.filter((dom) => dom.name.startsWith(PREFIX) && dom.id === -1);
  await inParallel(leftovers.length, (i) => conn.remote.domainUndefine({ dom: leftovers[i]! }));
  return leftovers.length;
}

/**
 * Defines `count` domains on the test driver, adding each to `defined` as soon as it exists so a
 * failure part-way still leaves the caller a complete list to undefine. test:///default's state
 * lives only while some connection has it open: keep `conn` open until they are undefined.
 */
export async function defineDomains(conn: Connection, count: number, defined: RemoteNonnullDomain[]): Promise<void> {
  const tag = `${PREFIX}${process.pid}-${Date.now().toString(36)}-`;
  await inParallel(count, async (i) => {
    const { dom } = await conn.remote.domainDefineXml({ xml: domainXml(`${tag}${i}`) });
    defined.push(dom);
  });
}

export async function undefineDomains(conn: Connection, domains: readonly RemoteNonnullDomain[]): Promise<void> {
  await inParallel(domains.length, (i) => conn.remote.domainUndefine({ dom: domains[i]! }));
}
