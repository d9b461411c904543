/** The host and guest facts of libvirt's capabilities XML (`virsh capabilities`) that models ask about. */
import { z } from 'zod';
import { ifDefined } from '../format.js';
import { attr, child, children, int, parseXml, path, rootElement, text } from '../xml.js';

/** Machine types listed per guest architecture; QEMU lists dozens of versioned ones. */
export const MAX_MACHINES = 20;

export const capabilitiesSummarySchema = z.object({
  host: z.object({
    arch: z.string().optional(),
    cpuModel: z.string().optional().describe('Host CPU model as libvirt names it, e.g. Skylake-Client-IBRS'),
    cpuVendor: z.string().optional(),
    topology: z
      .object({
        sockets: z.number().int().optional(),
        dies: z.number().int().optional(),
        cores: z.number().int().optional(),
        threads: z.number().int().optional(),
      })
      .optional(),
    cpuFeatureCount: z.number().int().describe('CPU features libvirt lists beyond the model'),
    numaCells: z.number().int(),
    iommu: z.boolean().optional().describe('Host IOMMU available (device assignment possible)'),
    migrationTransports: z.array(z.string()),
    securityModels: z.array(z.object({ model: z.string(), doi: z.string().optional() })),
  }),
  guests: z.array(
    z.object({
      osType: z.string().describe('hvm (full virtualization), xen, linux, exe, …'),
      arch: z.string(),
      wordSize: z.number().int().optional(),
      emulator: z.string().optional(),
      domainTypes: z.array(z.string()).describe('Values for <domain type=…>: kvm, qemu, test, …'),
      machines: z.array(z.string()).describe(`Machine types, at most ${MAX_MACHINES}`),
      machineCount: z.number().int(),
    }),
  ),
});
export type CapabilitiesSummary = z.infer<typeof capabilitiesSummarySchema>;

export function summarizeCapabilities(xml: string): CapabilitiesSummary {
  const root = rootElement(parseXml(xml, 'the capabilities XML'), 'capabilities', 'the capabilities XML');
  const host = child(root, 'host');
  const cpu = child(host, 'cpu');
  const topology = child(cpu, 'topology');
  const iommu = attr(child(host, 'iommu'), 'support');
  return {
    host: {
      ...ifDefined('arch', text(child(cpu, 'arch'))),
      ...ifDefined('cpuModel', text(child(cpu, 'model'))),
      ...ifDefined('cpuVendor', text(child(cpu, 'vendor'))),
      ...(topology === undefined
        ? {}
        : {
            topology: {
              ...ifDefined('sockets', int(attr(topology, 'sockets'))),
              ...ifDefined('dies', int(attr(topology, 'dies'))),
              ...ifDefined('cores', int(attr(topology, 'cores'))),
              ...ifDefined('threads', int(attr(topology, 'threads'))),
            },
          }),
      cpuFeatureCount: children(cpu, 'feature').length,
      numaCells: children(path(host, 'topology', 'cells'), 'cell').length,
      ...ifDefined('iommu', iommu === undefined ? undefined : iommu === 'yes'),
      migrationTransports: children(path(host, 'migration_features', 'uri_transports'), 'uri_transport')
        .map((t) => text(t))
        .filter((t) => t !== undefined),
      securityModels: children(host, 'secmodel').map((s) => ({
        model: text(child(s, 'model')) ?? 'unknown',
        ...ifDefined('doi', text(child(s, 'doi'))),
      })),
    },
    guests: children(root, 'guest').map((guest) => {
      const arch = child(guest, 'arch');
      const machines = [...new Set(children(arch, 'machine').map((m) => text(m) ?? ''))].filter((m) => m !== '');
      return {
        osType: text(child(guest, 'os_type')) ?? 'unknown',
        arch: attr(arch, 'name') ?? 'unknown',
        ...ifDefined('wordSize', int(text(child(arch, 'wordsize')))),
        ...ifDefined('emulator', text(child(arch, 'emulator'))),
        domainTypes: children(arch, 'domain')
          .map((d) => attr(d, 'type'))
          .filter((t) => t !== undefined),
        machines: machines.slice(0, MAX_MACHINES),
        machineCount: machines.length,
      };
    }),
  };
}
