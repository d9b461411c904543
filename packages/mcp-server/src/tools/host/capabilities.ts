import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { capabilitiesSummarySchema, summarizeCapabilities } from './capabilities-xml.js';

export const hostCapabilities = defineTool({
  name: 'host_capabilities',
  operation: 'host.capabilities',
  toolset: 'host',
  title: 'Host capabilities',
  description:
    'Summarizes what the host can run: its CPU (model, vendor, topology), NUMA cells, IOMMU, security ' +
    'models, migration transports, and for each guest architecture the domain types (kvm, qemu, …) and ' +
    'machine types. Use it before writing domain XML for this host. includeXml: true adds the full ' +
    'capabilities XML (large; only when the summary lacks something).',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    includeXml: z.boolean().default(false).describe('Also return the raw capabilities XML (often tens of KiB)'),
  }),
  output: capabilitiesSummarySchema.extend({
    xml: z.string().optional().describe('The raw capabilities XML, only with includeXml: true'),
  }),
  async handler(args, ctx) {
    const xml = await ctx.host.connection.host.capabilities({ signal: ctx.signal });
    const summary = summarizeCapabilities(xml);
    const guests = summary.guests.map((g) => `${g.arch}/${g.osType} (${g.domainTypes.join(', ')})`);
    const text =
      `Host ${summary.host.arch ?? 'unknown arch'}${summary.host.cpuModel === undefined ? '' : `, CPU ${summary.host.cpuModel}`}, ` +
      `${summary.host.numaCells} NUMA cell(s); guests: ${guests.length === 0 ? 'none' : guests.join('; ')}.`;
    return { structured: args.includeXml ? { ...summary, xml } : summary, summary: text };
  },
});
