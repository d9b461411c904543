/**
 * Per-domain details for one page of a list. Only the page's domains are asked about, so a
 * 2,000-domain host costs the same per page as a 20-domain one; the calls are pipelined on the
 * connection, and state comes from one all-domain-stats call for the whole page.
 */
import {
  ConnectGetAllDomainStatsFlags,
  DomainStatsTypes,
  LibvirtError,
  decodeTypedParams,
  domainStateInfo,
  formatUuid,
  type Domain,
  type DomainInfo,
  type TypedParams,
} from '@libvirt-ts/client';
import type { ToolContext } from '../define-tool.js';
import { isDomainGone } from './lookup.js';

/**
 * Typed-parameter statistics of the given domains, keyed by UUID, from one
 * connectGetAllDomainStats call. Domains that vanished meanwhile are simply absent (the drivers
 * skip missing domains of an explicit list).
 */
export async function pageStats(
  ctx: ToolContext,
  doms: readonly Domain[],
  stats: number,
): Promise<Map<string, TypedParams>> {
  if (doms.length === 0) return new Map();
  // NOWAIT: report what can be had without waiting for a domain's job lock, so one busy domain
  // does not stall a whole page.
  const { retStats } = await ctx.host.connection.remote.connectGetAllDomainStats(
    { doms: doms.map((d) => d.toRemote()), stats, flags: ConnectGetAllDomainStatsFlags.Nowait },
    { signal: ctx.signal },
  );
  return new Map(retStats.map((record) => [formatUuid(record.dom.uuid), decodeTypedParams(record.params)]));
}

export interface StateOf {
  readonly state: string;
  readonly reason: string;
}

/**
 * State and reason of each domain, keyed by UUID: one stats call, or per-domain calls on drivers
 * without the stats API. Missing entries are domains that vanished.
 */
export async function pageStates(ctx: ToolContext, doms: readonly Domain[]): Promise<Map<string, StateOf>> {
  let stats: Map<string, TypedParams>;
  try {
    stats = await pageStats(ctx, doms, DomainStatsTypes.State);
  } catch (error) {
    if (!(error instanceof LibvirtError && error.isUnsupported())) throw error;
    return perDomain(doms, async (d) => {
      const s = await d.state({ signal: ctx.signal });
      return { state: s.state, reason: s.reason };
    });
  }
  const out = new Map<string, StateOf>();
  for (const [uuid, params] of stats) {
    const code = params['state.state'];
    const reason = params['state.reason'];
    if (typeof code !== 'number') continue;
    const info = domainStateInfo(code, typeof reason === 'number' ? reason : -1);
    out.set(uuid, { state: info.state, reason: info.reason });
  }
  return out;
}

export function pageInfos(ctx: ToolContext, doms: readonly Domain[]): Promise<Map<string, DomainInfo>> {
  return perDomain(doms, (d) => d.info({ signal: ctx.signal }));
}

export function pagePersistence(ctx: ToolContext, doms: readonly Domain[]): Promise<Map<string, boolean>> {
  return perDomain(doms, (d) => d.isPersistent({ signal: ctx.signal }));
}

export function pageAutostart(ctx: ToolContext, doms: readonly Domain[]): Promise<Map<string, boolean>> {
  return perDomain(doms, (d) => d.autostart({ signal: ctx.signal }));
}

/** One call per domain, all in flight together; domains that vanished meanwhile are left out. */
async function perDomain<T>(doms: readonly Domain[], get: (d: Domain) => Promise<T>): Promise<Map<string, T>> {
  const results = await Promise.all(
    doms.map(async (d) => {
      try {
        return [d.uuid, await get(d)] as const;
      } catch (error) {
        if (isDomainGone(error)) return undefined;
        throw error;
      }
    }),
  );
  return new Map(results.filter((r) => r !== undefined));
}
