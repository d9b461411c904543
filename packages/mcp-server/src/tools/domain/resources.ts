/** Autostart, memory and vCPU settings: set, then read back both the live and the persistent values. */
import { DomainXMLFlags, type Domain } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool.js';
import { formatKiB } from '../format.js';
import { configFlagSchema, domainNameSchema, liveFlagSchema } from '../schemas.js';
import { sizeSchema } from '../size.js';
import { callOptions } from './change-state.js';
import { readDomainDevices } from './devices.js';
import { lookupDomain } from './lookup.js';
import { describeState, domainStateSchema, readDomainState } from './state.js';

/** libvirt's own upper bound on vCPUs of one domain (VIR_DOMAIN_VCPUS_MAX-ish; drivers lower it). */
export const MAX_VCPUS = 16384;

const configViewSchema = z
  .object({
    memoryKiB: z.number().int().optional().describe('Memory at next boot (currentMemory)'),
    maxMemoryKiB: z.number().int().optional().describe('Maximum memory at next boot'),
    vcpus: z.number().int().optional().describe('vCPUs at next boot'),
    maxVcpus: z.number().int().optional().describe('Maximum vCPUs at next boot'),
  })
  .describe('The persistent definition, used from the next boot');

const settingsOutputSchema = z.object({
  domain: domainStateSchema.describe('The live state read back (for a running domain, what the guest has now)'),
  config: configViewSchema.nullable().describe('The persistent definition read back; null for a transient domain'),
});
type SettingsOutput = z.infer<typeof settingsOutputSchema>;

async function readSettings(ctx: ToolContext, dom: Domain): Promise<SettingsOutput> {
  const domain = await readDomainState(ctx, dom);
  if (!domain.persistent) return { domain, config: null };
  const devices = readDomainDevices(await dom.xml(DomainXMLFlags.Inactive, { signal: ctx.signal }));
  return {
    domain,
    config: {
      ...(devices.currentMemoryKiB === undefined ? {} : { memoryKiB: devices.currentMemoryKiB }),
      ...(devices.memoryKiB === undefined ? {} : { maxMemoryKiB: devices.memoryKiB }),
      ...(devices.vcpusCurrent === undefined ? {} : { vcpus: devices.vcpusCurrent }),
      ...(devices.vcpusMaximum === undefined ? {} : { maxVcpus: devices.vcpusMaximum }),
    },
  };
}

function impact(args: { live?: boolean | undefined; config?: boolean | undefined }): {
  live?: boolean;
  config?: boolean;
} {
  return { ...(args.live === true ? { live: true } : {}), ...(args.config === true ? { config: true } : {}) };
}

function describeConfig(config: SettingsOutput['config']): string {
  if (config === null) return '';
  const parts = [
    config.memoryKiB === undefined ? '' : `${formatKiB(config.memoryKiB)} memory`,
    config.maxMemoryKiB === undefined ? '' : `${formatKiB(config.maxMemoryKiB)} maximum`,
    config.vcpus === undefined ? '' : `${config.vcpus} vCPUs`,
    config.maxVcpus === undefined ? '' : `${config.maxVcpus} maximum vCPUs`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? '' : ` Next boot: ${parts.join(', ')}.`;
}

export const domainSetAutostart = defineTool({
  name: 'domain_set_autostart',
  operation: 'domain.set_autostart',
  toolset: 'domain',
  title: 'Set domain autostart',
  description:
    'Turns on or off whether a persistent domain starts automatically when the host (libvirt) starts. ' +
    'Does not start or stop it now. Returns the state read back, including autostart.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    autostart: z.boolean().describe('true to start the domain at host boot, false not to'),
  }),
  output: z.object({ domain: domainStateSchema }),
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const dom = await lookupDomain(ctx, args.name);
    await dom.setAutostart(args.autostart, callOptions(ctx));
    const domain = await readDomainState(ctx, dom);
    return {
      structured: { domain },
      summary: `Autostart of domain '${dom.name}' is now ${domain.autostart ? 'on' : 'off'}.`,
    };
  },
});

export const domainSetMemory = defineTool({
  name: 'domain_set_memory',
  operation: 'domain.set_memory',
  toolset: 'domain',
  title: 'Set domain memory',
  description:
    'Changes how much memory a domain has. For a running domain this resizes the balloon, up to its ' +
    'maximum memory; with config: true it changes the persistent definition for the next boot. With ' +
    'maximum: true it changes the maximum instead (usually only possible with config: true or while ' +
    'shut off). Sizes take units: "2GiB", "512 MiB", "1.5G" (a bare number is KiB). Returns the live ' +
    'state and the persistent settings read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    memory: sizeSchema(
      'New size with a unit: "2GiB", "512 MiB", "1.5G", "4000000KB" (KiB = 1024 bytes, KB = 1000); a bare number is KiB',
    ),
    maximum: z.boolean().default(false).describe('Change the maximum memory rather than the current allocation'),
    live: liveFlagSchema,
    config: configFlagSchema,
  }),
  output: settingsOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const dom = await lookupDomain(ctx, args.name);
    await dom.setMemory(args.memory, { ...impact(args), maximum: args.maximum }, callOptions(ctx));
    const structured = await readSettings(ctx, dom);
    return {
      structured,
      summary:
        `Set ${args.maximum ? 'maximum memory' : 'memory'} of domain '${dom.name}' to ${formatKiB(args.memory)}. ` +
        `Now: ${describeState(structured.domain)}.${describeConfig(structured.config)}`,
    };
  },
});

export const domainSetVcpus = defineTool({
  name: 'domain_set_vcpus',
  operation: 'domain.set_vcpus',
  toolset: 'domain',
  title: 'Set domain vCPUs',
  description:
    'Changes the number of virtual CPUs of a domain. A running domain can go up to its maximum vCPUs ' +
    '(hot-plug, if the guest and hypervisor support it); config: true changes the persistent definition ' +
    'for the next boot; maximum: true changes the maximum (with config: true). Returns the live state and ' +
    'the persistent settings read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    count: z.number().int().min(1).max(MAX_VCPUS).describe('New number of vCPUs'),
    maximum: z.boolean().default(false).describe('Change the maximum vCPU count rather than the current one'),
    live: liveFlagSchema,
    config: configFlagSchema,
  }),
  output: settingsOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const dom = await lookupDomain(ctx, args.name);
    await dom.setVcpus(args.count, { ...impact(args), maximum: args.maximum }, callOptions(ctx));
    const structured = await readSettings(ctx, dom);
    return {
      structured,
      summary:
        `Set ${args.maximum ? 'maximum vCPUs' : 'vCPUs'} of domain '${dom.name}' to ${args.count}. ` +
        `Now: ${describeState(structured.domain)}.${describeConfig(structured.config)}`,
    };
  },
});
