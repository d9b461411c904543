/**
 * The parts of a domain definition a model asks about (disks, NICs, graphics, vCPU counts),
 * read from the domain XML libvirt formats without secure fields. Only named attributes are
 * copied out, so nothing secret could ride along even if the daemon included it.
 */
import type { Element } from '@xmldom/xmldom';
import { z } from 'zod';
import { ifDefined } from '../format.js';
import { parseSizeKiB } from '../size.js';
import { attr, child, children, int, parseXml, path, rootElement, text } from '../xml.js';

export const diskSchema = z.object({
  target: z.string().optional().describe('Device name in the guest, e.g. vda, sda, hdc'),
  device: z.string().describe('disk, cdrom, floppy or lun'),
  type: z.string().describe('Source kind: file, block, network, volume, dir'),
  bus: z.string().optional(),
  format: z.string().optional().describe('Image format, e.g. qcow2, raw'),
  source: z.string().optional().describe('Host path, pool/volume, or protocol://name; absent for an empty drive'),
  readOnly: z.boolean(),
});

export const nicSchema = z.object({
  type: z.string().describe('network, bridge, direct, user, …'),
  mac: z.string().optional(),
  network: z.string().optional().describe('libvirt network name (type network)'),
  bridge: z.string().optional().describe('Host bridge (type bridge, or the bridge of the network)'),
  sourceDevice: z.string().optional().describe('Host device (type direct, ethernet, …)'),
  model: z.string().optional(),
  targetDevice: z.string().optional().describe('Host-side device name while running, e.g. vnet0'),
});

export const graphicsSchema = z.object({
  type: z.string().describe('vnc, spice, rdp, sdl, egl-headless, dbus'),
  port: z.number().int().optional().describe('TCP port while running (-1 or absent: none yet)'),
  autoport: z.boolean().optional(),
  listen: z.string().optional().describe('Address it listens on'),
});

export interface DomainDevices {
  readonly title?: string;
  readonly description?: string;
  readonly osType?: string;
  readonly arch?: string;
  readonly vcpusMaximum?: number;
  readonly vcpusCurrent?: number;
  readonly memoryKiB?: number;
  readonly currentMemoryKiB?: number;
  readonly disks: z.infer<typeof diskSchema>[];
  readonly nics: z.infer<typeof nicSchema>[];
  readonly graphics: z.infer<typeof graphicsSchema>[];
}

/** Longest description copied into structured output; the full text is in domain_get_xml. */
const MAX_DESCRIPTION = 1000;

export function readDomainDevices(xml: string): DomainDevices {
  const root = rootElement(parseXml(xml, 'the domain XML'), 'domain', 'the domain XML');
  const devices = child(root, 'devices');
  const vcpu = child(root, 'vcpu');
  const vcpusMaximum = int(text(vcpu));
  const description = text(child(root, 'description'));
  return {
    ...ifDefined('title', text(child(root, 'title'))),
    ...ifDefined('description', description?.slice(0, MAX_DESCRIPTION)),
    ...ifDefined('osType', text(path(root, 'os', 'type'))),
    ...ifDefined('arch', attr(path(root, 'os', 'type'), 'arch')),
    ...ifDefined('vcpusMaximum', vcpusMaximum),
    ...ifDefined('vcpusCurrent', int(attr(vcpu, 'current')) ?? vcpusMaximum),
    ...ifDefined('memoryKiB', sizeKiB(child(root, 'memory'))),
    ...ifDefined('currentMemoryKiB', sizeKiB(child(root, 'currentMemory'))),
    disks: children(devices, 'disk').map(readDisk),
    nics: children(devices, 'interface').map(readNic),
    graphics: children(devices, 'graphics').map(readGraphics),
  };
}

function readDisk(disk: Element): z.infer<typeof diskSchema> {
  const source = child(disk, 'source');
  return {
    ...ifDefined('target', attr(child(disk, 'target'), 'dev')),
    device: attr(disk, 'device') ?? 'disk',
    type: attr(disk, 'type') ?? 'file',
    ...ifDefined('bus', attr(child(disk, 'target'), 'bus')),
    ...ifDefined('format', attr(child(disk, 'driver'), 'type')),
    ...ifDefined('source', diskSource(source)),
    readOnly: child(disk, 'readonly') !== undefined,
  };
}

function diskSource(source: Element | undefined): string | undefined {
  if (source === undefined) return undefined;
  const pool = attr(source, 'pool');
  const volume = attr(source, 'volume');
  if (pool !== undefined && volume !== undefined) return `${pool}/${volume}`;
  const protocol = attr(source, 'protocol');
  const name = attr(source, 'name');
  if (protocol !== undefined) return `${protocol}://${name ?? ''}`;
  return attr(source, 'file') ?? attr(source, 'dev') ?? attr(source, 'dir') ?? name;
}

function readNic(nic: Element): z.infer<typeof nicSchema> {
  const type = attr(nic, 'type') ?? 'unknown';
  const source = child(nic, 'source');
  return {
    type,
    ...ifDefined('mac', attr(child(nic, 'mac'), 'address')),
    ...ifDefined('network', attr(source, 'network')),
    ...ifDefined('bridge', attr(source, 'bridge')),
    ...ifDefined('sourceDevice', attr(source, 'dev')),
    ...ifDefined('model', attr(child(nic, 'model'), 'type')),
    ...ifDefined('targetDevice', attr(child(nic, 'target'), 'dev')),
  };
}

function readGraphics(graphics: Element): z.infer<typeof graphicsSchema> {
  const autoport = attr(graphics, 'autoport');
  const listen = attr(graphics, 'listen') ?? attr(child(graphics, 'listen'), 'address');
  return {
    type: attr(graphics, 'type') ?? 'unknown',
    ...ifDefined('port', int(attr(graphics, 'port'))),
    ...ifDefined('autoport', autoport === undefined ? undefined : autoport === 'yes'),
    ...ifDefined('listen', listen),
  };
}

/** `<memory unit='KiB'>1048576</memory>` in KiB (libvirt formats KiB; other units are converted). */
function sizeKiB(element: Element | undefined): number | undefined {
  const value = text(element);
  if (value === undefined) return undefined;
  try {
    return parseSizeKiB(`${value}${attr(element, 'unit') ?? 'KiB'}`);
  } catch {
    return undefined;
  }
}
