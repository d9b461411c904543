import { DomainStatsTypes, type Domain } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { formatKiB } from '../format.js';
import { matchesGlob } from '../name-glob.js';
import { compareNames, paginate } from '../pagination.js';
import { cursorSchema, domainNameSchema, nameGlobSchema, pageLimitSchema } from '../schemas.js';
import { domainNotFound, lookupDomain } from './lookup.js';
import { pageStats } from './page-details.js';
import {
  domainStatsSchema,
  formatDomainStats,
  STATS_GROUPS,
  type DomainStats,
  type StatsGroup,
} from './stats-format.js';

export const DOMAIN_STATS_DEFAULT_LIMIT = 20;
export const DOMAIN_STATS_MAX_LIMIT = 100;

const GROUP_MASKS: Readonly<Record<StatsGroup, number>> = {
  cpu: DomainStatsTypes.CpuTotal,
  balloon: DomainStatsTypes.Balloon,
  vcpu: DomainStatsTypes.Vcpu,
  block: DomainStatsTypes.Block,
  net: DomainStatsTypes.Interface,
};

export const domainStats = defineTool({
  name: 'domain_stats',
  operation: 'domain.stats',
  toolset: 'domain',
  title: 'Domain statistics',
  description:
    'Usage counters of running domains, as virsh domstats reports them: CPU time, memory balloon ' +
    '(current, available, RSS), vCPUs, and per-disk and per-NIC I/O (bytes, requests, errors). Give ' +
    'name for one domain, or omit it to page through all domains (optionally filtered by a name ' +
    'pattern); groups limits which counters are read. Counters are cumulative since the domain started: ' +
    'call twice and subtract for rates. Shut-off domains have only their state.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema.optional().describe('One domain; omit to list statistics of many'),
    match: nameGlobSchema.optional().describe("Without name: only domains whose name matches, e.g. 'web-*'"),
    groups: z
      .array(z.enum(STATS_GROUPS))
      .min(1)
      .max(STATS_GROUPS.length)
      .default([...STATS_GROUPS])
      .describe('Counter groups to read: cpu, balloon, vcpu, block, net (default all)'),
    perVcpu: z.boolean().default(false).describe('Include one entry per vCPU (large for big domains)'),
    cursor: cursorSchema.optional(),
    limit: pageLimitSchema(DOMAIN_STATS_DEFAULT_LIMIT, DOMAIN_STATS_MAX_LIMIT),
  }),
  output: z.object({
    total: z.number().int().describe('Domains the statistics cover, over all pages'),
    domains: z.array(domainStatsSchema),
    nextCursor: z.string().optional().describe('Pass as cursor for the next page; absent on the last page'),
  }),
  target: (args) => (args.name === undefined ? undefined : { kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const groups = new Set(args.groups);
    const mask = args.groups.reduce<number>((m, g) => m | GROUP_MASKS[g], DomainStatsTypes.State);

    let doms: Domain[];
    let total: number;
    let nextCursor: string | undefined;
    if (args.name !== undefined) {
      doms = [await lookupDomain(ctx, args.name)];
      total = 1;
    } else {
      const all = await ctx.host.connection.domains.list({}, { signal: ctx.signal });
      const visible = all
        .filter((d) => ctx.policy.allowsTarget('domain', d.name))
        .filter((d) => args.match === undefined || matchesGlob(args.match, d.name))
        .sort((a, b) => compareNames(a.name, b.name));
      const page = paginate(visible, (d) => d.name, { cursor: args.cursor, limit: args.limit });
      doms = page.items;
      total = visible.length;
      nextCursor = page.nextCursor;
    }

    const stats = await pageStats(ctx, doms, mask);
    if (args.name !== undefined && !stats.has(doms[0]?.uuid ?? '')) throw domainNotFound(ctx, args.name);
    const domains = doms.flatMap((d) => {
      const params = stats.get(d.uuid);
      return params === undefined ? [] : [formatDomainStats(d.name, params, groups, args.perVcpu)];
    });
    const structured = { total, domains, ...(nextCursor === undefined ? {} : { nextCursor }) };
    const lines = domains.map(describeStats);
    const more = nextCursor === undefined ? '' : ` More remain: call again with cursor = nextCursor.`;
    const summary =
      domains.length === 0
        ? 'No domains match.'
        : `Statistics of ${domains.length} of ${total} domain(s): ${lines.join('; ')}.${more}`;
    return { structured, summary };
  },
});

function describeStats(s: DomainStats): string {
  const parts: string[] = [s.state ?? 'unknown state'];
  const cpu = s.cpu?.timeNs;
  if (cpu !== undefined) parts.push(`CPU ${(Number(cpu) / 1e9).toFixed(1)} s`);
  const mem = s.balloon?.currentKiB;
  if (mem !== undefined) parts.push(`memory ${formatKiB(mem)}`);
  if (s.blocks !== undefined) parts.push(`${s.blocks.length} disk(s)`);
  if (s.nets !== undefined) parts.push(`${s.nets.length} NIC(s)`);
  return `${s.name}: ${parts.join(', ')}`;
}
