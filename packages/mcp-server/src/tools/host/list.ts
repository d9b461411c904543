import { z } from 'zod';
import { defineTool, type HostStatusView } from '../define-tool.js';
import { ifDefined } from '../format.js';
import { uriForClients } from '../../redact/uri.js';

export const hostList = defineTool({
  name: 'host_list',
  operation: 'host.list',
  toolset: 'host',
  title: 'List hosts',
  description:
    'Lists the libvirt hosts this server is configured for, with each one’s connection state ' +
    '(idle: not connected yet, connecting, connected, reconnecting, failed with the last error). The ' +
    'first is the default; other tools take its name as the host argument. Hosts come only from the ' +
    'server configuration.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({}),
  output: z.object({
    total: z.number().int(),
    hosts: z.array(
      z.object({
        name: z.string(),
        uri: z.string().describe('libvirt URI, credentials and query parameters removed'),
        default: z.boolean().describe('Used when a tool is called without a host argument'),
        state: z.enum(['idle', 'connecting', 'connected', 'reconnecting', 'failed']),
        readOnly: z.boolean().optional().describe('Connections to it are read-only: tools that change state fail'),
        lastError: z.string().optional(),
        since: z.string().optional().describe('When it entered this state (ISO 8601)'),
      }),
    ),
  }),
  connects: false,
  handler(_args, ctx) {
    // Without a host manager (tests driving handlers directly) only the current host is known.
    const statuses: readonly HostStatusView[] = ctx.hosts?.status() ?? [
      {
        name: ctx.host.name,
        uri: ctx.host.connection.uri,
        state: 'connected',
        readOnly: ctx.host.readOnly,
        since: new Date().toISOString(),
      },
    ];
    const defaultName = ctx.hosts?.names[0] ?? ctx.host.name;
    const hosts = statuses.map((s) => ({
      name: s.name,
      uri: uriForClients(s.uri),
      default: s.name === defaultName,
      state: s.state,
      ...ifDefined('readOnly', s.readOnly),
      ...ifDefined('lastError', s.lastError),
      ...ifDefined('since', s.since),
    }));
    const summary = `${hosts.length} host(s): ${hosts
      .map((h) => `${h.name} (${h.state}${h.default ? ', default' : ''})`)
      .join(', ')}.`;
    return Promise.resolve({ structured: { total: hosts.length, hosts }, summary });
  },
});
