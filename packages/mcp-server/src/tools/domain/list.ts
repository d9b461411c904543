import type { DomainListFilter } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { int64, int64Schema } from '../format.js';
import { matchesGlob } from '../name-glob.js';
import { compareNames, paginate } from '../pagination.js';
import { cursorSchema, nameGlobSchema, pageLimitSchema } from '../schemas.js';
import { pageAutostart, pageInfos, pagePersistence, pageStates } from './page-details.js';
import { domainStateNameSchema } from './state.js';

export const DOMAIN_LIST_DEFAULT_LIMIT = 50;
export const DOMAIN_LIST_MAX_LIMIT = 200;

export const DOMAIN_LIST_FIELDS = [
  'state',
  'reason',
  'uuid',
  'id',
  'persistent',
  'autostart',
  'vcpus',
  'memoryKiB',
  'maxMemoryKiB',
  'cpuTimeNs',
] as const;
export type DomainListField = (typeof DOMAIN_LIST_FIELDS)[number];

const LIST_STATES = ['running', 'paused', 'shutoff', 'other'] as const;

export const domainListItemSchema = z.object({
  name: z.string(),
  state: domainStateNameSchema.optional(),
  reason: z.string().optional(),
  uuid: z.string().optional(),
  id: z.number().int().nullable().optional().describe('Hypervisor id while running; null when not running'),
  persistent: z.boolean().optional(),
  autostart: z.boolean().optional(),
  vcpus: z.number().int().optional(),
  memoryKiB: int64Schema.optional(),
  maxMemoryKiB: int64Schema.optional(),
  cpuTimeNs: int64Schema.optional(),
});
type DomainListItem = z.infer<typeof domainListItemSchema>;

export const domainList = defineTool({
  name: 'domain_list',
  operation: 'domain.list',
  toolset: 'domain',
  title: 'List domains',
  description:
    'Lists the domains (virtual machines) of a host, sorted by name, one page at a time. Filter by ' +
    "state, a name pattern ('web-*'), persistence or autostart. By default each entry has only name " +
    'and state; ask for more with fields (uuid, id, vcpus, memoryKiB, cpuTimeNs, …). Returns the page, ' +
    'the total number of matching domains, and nextCursor when there are more: pass it as cursor to ' +
    'get the next page. Use domain_get for one domain in detail.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    state: z
      .array(z.enum(LIST_STATES))
      .min(1)
      .max(LIST_STATES.length)
      .optional()
      .describe("Only domains in one of these states; 'other' is any other state (crashed, shutting down, …)"),
    name: nameGlobSchema.optional(),
    persistent: z
      .boolean()
      .optional()
      .describe('true: only domains with a persistent definition; false: only transient ones'),
    autostart: z.boolean().optional().describe('true: only domains started at host boot; false: only the others'),
    fields: z
      .array(z.enum(DOMAIN_LIST_FIELDS))
      .max(DOMAIN_LIST_FIELDS.length)
      .default(['state'])
      .describe('Fields to include besides name (default: state); each costs one more query per listed domain'),
    cursor: cursorSchema.optional(),
    limit: pageLimitSchema(DOMAIN_LIST_DEFAULT_LIMIT, DOMAIN_LIST_MAX_LIMIT),
  }),
  output: z.object({
    total: z.number().int().describe('Domains matching the filters, over all pages'),
    domains: z.array(domainListItemSchema),
    nextCursor: z.string().optional().describe('Pass as cursor for the next page; absent on the last page'),
  }),
  async handler(args, ctx) {
    const filter: DomainListFilter = {
      ...(args.state === undefined ? {} : { state: args.state }),
      ...(args.persistent === undefined ? {} : { persistent: args.persistent }),
      ...(args.autostart === undefined ? {} : { autostart: args.autostart }),
    };
    // libvirt has no paging of its own: the listing names every domain (name, UUID, id only),
    // which sorting and the total need anyway. Everything else is fetched for the page alone.
    const all = await ctx.host.connection.domains.list(filter, { signal: ctx.signal });
    const visible = all
      .filter((d) => ctx.policy.allowsTarget('domain', d.name))
      .filter((d) => args.name === undefined || matchesGlob(args.name, d.name))
      .sort((a, b) => compareNames(a.name, b.name));
    const page = paginate(visible, (d) => d.name, { cursor: args.cursor, limit: args.limit });

    const fields = new Set<DomainListField>(args.fields);
    const wants = (...names: DomainListField[]): boolean => names.some((f) => fields.has(f));
    const [states, infos, persistence, autostart] = await Promise.all([
      wants('state', 'reason') ? pageStates(ctx, page.items) : undefined,
      wants('vcpus', 'memoryKiB', 'maxMemoryKiB', 'cpuTimeNs') ? pageInfos(ctx, page.items) : undefined,
      wants('persistent') ? pagePersistence(ctx, page.items) : undefined,
      wants('autostart') ? pageAutostart(ctx, page.items) : undefined,
    ]);

    const domains: DomainListItem[] = [];
    for (const d of page.items) {
      const state = states?.get(d.uuid);
      const info = infos?.get(d.uuid);
      // A domain that vanished between the listing and the details is left out of the page.
      if ((states !== undefined && state === undefined) || (infos !== undefined && info === undefined)) continue;
      const item: DomainListItem = { name: d.name };
      if (state !== undefined) {
        if (fields.has('state')) item.state = state.state;
        if (fields.has('reason')) item.reason = state.reason;
      }
      if (fields.has('uuid')) item.uuid = d.uuid;
      if (fields.has('id')) item.id = d.id >= 0 ? d.id : null;
      if (persistence !== undefined) item.persistent = persistence.get(d.uuid);
      if (autostart !== undefined) item.autostart = autostart.get(d.uuid);
      if (info !== undefined) {
        if (fields.has('vcpus')) item.vcpus = info.vcpus;
        if (fields.has('memoryKiB')) item.memoryKiB = int64(info.memory);
        if (fields.has('maxMemoryKiB')) item.maxMemoryKiB = int64(info.maxMemory);
        if (fields.has('cpuTimeNs')) item.cpuTimeNs = int64(info.cpuTime);
      }
      domains.push(item);
    }

    const structured = {
      total: visible.length,
      domains,
      ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
    };
    return { structured, summary: summarizeList(structured, args.cursor !== undefined) };
  },
});

function summarizeList(out: { total: number; domains: DomainListItem[]; nextCursor?: string }, continued: boolean) {
  if (out.total === 0) return 'No domains match.';
  const entries = out.domains.map((d) => (d.state === undefined ? d.name : `${d.name} (${d.state})`));
  const head = `${out.domains.length} of ${out.total} matching domain${out.total === 1 ? '' : 's'}${continued ? ' (continued)' : ''}`;
  const tail = out.nextCursor === undefined ? '' : ' More remain: call again with cursor = nextCursor.';
  return `${head}: ${entries.join(', ')}.${tail}`;
}
