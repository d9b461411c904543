import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { formatKiB, ifDefined } from '../format.js';
import { domainNameSchema, uuidSchema } from '../schemas.js';
import { diskSchema, graphicsSchema, nicSchema, readDomainDevices } from './devices.js';
import { lookupDomain, lookupDomainByUuid } from './lookup.js';
import { domainStateSchema, readDomainState } from './state.js';

export const domainGet = defineTool({
  name: 'domain_get',
  operation: 'domain.get',
  toolset: 'domain',
  title: 'Get domain details',
  description:
    'Shows one domain (virtual machine) in detail: state and why, vCPUs (current and maximum), memory, ' +
    'CPU time used, autostart, whether it is persistent, its disks (target, source, format), network ' +
    'interfaces (MAC address, network or bridge, model) and graphics consoles. Name it by name or by ' +
    'UUID (exactly one). Use domain_get_xml for the full definition, domain_stats for usage counters.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z
    .strictObject({
      name: domainNameSchema.optional(),
      uuid: uuidSchema.optional().describe('The domain UUID, instead of name'),
    })
    .refine((args) => (args.name === undefined) !== (args.uuid === undefined), {
      message: 'give exactly one of name and uuid',
    }),
  output: domainStateSchema.extend({
    title: z.string().optional(),
    description: z.string().optional().describe('The definition’s description, cut at 1000 characters'),
    osType: z.string().optional().describe('hvm (full virtualization), linux (Xen PV), exe (containers), …'),
    arch: z.string().optional(),
    maxVcpus: z.number().int().optional().describe('vCPUs the domain may be given without a restart'),
    disks: z.array(diskSchema),
    nics: z.array(nicSchema),
    graphics: z.array(graphicsSchema),
  }),
  target: (args) => (args.name === undefined ? undefined : { kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const dom =
      args.uuid !== undefined ? await lookupDomainByUuid(ctx, args.uuid) : await lookupDomain(ctx, args.name ?? '');
    const [state, xml] = await Promise.all([readDomainState(ctx, dom), dom.xml(0, { signal: ctx.signal })]);
    const devices = readDomainDevices(xml);
    const structured = {
      ...state,
      ...ifDefined('title', devices.title),
      ...ifDefined('description', devices.description),
      ...ifDefined('osType', devices.osType),
      ...ifDefined('arch', devices.arch),
      ...ifDefined('maxVcpus', devices.vcpusMaximum),
      disks: devices.disks,
      nics: devices.nics,
      graphics: devices.graphics,
    };
    const summary =
      `Domain '${state.name}' is ${state.state} (${state.reason}): ${state.vcpus} vCPU${state.vcpus === 1 ? '' : 's'}, ` +
      `${formatKiB(state.memoryKiB)} of ${formatKiB(state.maxMemoryKiB)} memory, ${devices.disks.length} disk(s), ` +
      `${devices.nics.length} NIC(s)${state.persistent ? '' : ', transient'}${state.autostart ? ', autostart' : ''}.`;
    return { structured, summary };
  },
});
