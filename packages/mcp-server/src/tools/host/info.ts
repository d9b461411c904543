import type { Version } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { bytesToKiB, formatKiB, ifDefined, int64, int64Schema } from '../format.js';
import { summarizeCapabilities } from './capabilities-xml.js';
import { uriForClients } from '../../redact/uri.js';

const version = (v: Version): string => `${v.major}.${v.minor}.${v.micro}`;

export const hostInfo = defineTool({
  name: 'host_info',
  operation: 'host.info',
  toolset: 'host',
  title: 'Host information',
  description:
    'Describes a libvirt host: hostname, URI, hypervisor and libvirt versions, CPU (architecture, ' +
    'model, sockets, cores, threads, active CPUs, MHz) and memory (total and free). Use it to see how ' +
    'big a host is before creating or resizing domains; host_capabilities tells what guests it can run.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({}),
  output: z.object({
    host: z.string().describe('The configured host name (the host argument of tools)'),
    hostname: z.string(),
    uri: z.string().describe('libvirt URI, credentials and query parameters removed'),
    hypervisor: z.object({ type: z.string().describe('Driver: QEMU, TEST, …'), version: z.string() }),
    libvirtVersion: z.string().describe("The daemon's libvirt version"),
    cpu: z.object({
      arch: z.string(),
      model: z.string().optional().describe('Host CPU model from the capabilities'),
      vendor: z.string().optional(),
      cpus: z.number().int().describe('Active logical CPUs'),
      mhz: z.number().int().describe('Nominal frequency; 0 when unknown'),
      numaNodes: z.number().int(),
      socketsPerNode: z.number().int(),
      coresPerSocket: z.number().int(),
      threadsPerCore: z.number().int(),
    }),
    memoryTotalKiB: int64Schema,
    memoryFreeKiB: int64Schema,
  }),
  async handler(_args, ctx) {
    const host = ctx.host.connection.host;
    const options = { signal: ctx.signal };
    const [hostname, type, hvVersion, libVersion, node, freeBytes, capabilities] = await Promise.all([
      host.hostname(options),
      host.type(options),
      host.version(options),
      host.libVersion(options),
      host.info(options),
      host.freeMemory(options),
      host.capabilities(options),
    ]);
    const caps = summarizeCapabilities(capabilities);
    const configured = ctx.hosts?.status().find((s) => s.name === ctx.host.name);
    const structured = {
      host: ctx.host.name,
      hostname,
      uri: uriForClients(configured?.uri ?? ctx.host.connection.uri),
      hypervisor: { type, version: version(hvVersion) },
      libvirtVersion: version(libVersion),
      cpu: {
        arch: node.model,
        ...ifDefined('model', caps.host.cpuModel),
        ...ifDefined('vendor', caps.host.cpuVendor),
        cpus: node.cpus,
        mhz: node.mhz,
        numaNodes: node.nodes,
        socketsPerNode: node.sockets,
        coresPerSocket: node.cores,
        threadsPerCore: node.threads,
      },
      memoryTotalKiB: int64(node.memory),
      memoryFreeKiB: int64(bytesToKiB(freeBytes)),
    };
    const summary =
      `Host '${ctx.host.name}' (${hostname}): ${type} ${structured.hypervisor.version}, libvirt ${structured.libvirtVersion}; ` +
      `${node.cpus} CPUs ${node.model}${caps.host.cpuModel === undefined ? '' : ` (${caps.host.cpuModel})`}; ` +
      `memory ${formatKiB(node.memory)} total, ${formatKiB(bytesToKiB(freeBytes))} free.`;
    return { structured, summary };
  },
});
