/**
 * Generates src/events/event-versions.gen.ts: the libvirt release that added each event ID
 * (`VIR_DOMAIN_EVENT_ID_*`, `VIR_NETWORK_EVENT_ID_*`, …), from the `version` attribute of the
 * `<enum>` symbols in libvirt's API XML. The client uses it to say which libvirt a daemon needs
 * when it refuses an event ID. Only names, values and versions are read.
 * Run with `pnpm --filter @libvirt-ts/client exec tsx scripts/gen-event-versions.ts`.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { clientRoot, findProtocolSources, generatedHeader, GeneratorInputError, writeGenerated } from './gen-common.js';

/** The C enums of event IDs, one per event family, in the order the output lists them. */
export const EVENT_ID_ENUMS = [
  'virDomainEventID',
  'virNetworkEventID',
  'virStoragePoolEventID',
  'virNodeDeviceEventID',
  'virSecretEventID',
] as const;

export const eventVersionsPath = 'src/events/event-versions.gen.ts';

interface VersionedEnum {
  readonly name: string;
  readonly type: string;
  readonly value: number;
  readonly version: string;
}

export function readEventIdVersions(apiXml: string): VersionedEnum[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false });
  const document = parser.parse(readFileSync(apiXml, 'utf8')) as { api?: { symbols?: { enum?: unknown } } };
  const enums = document.api?.symbols?.enum;
  if (!Array.isArray(enums)) throw new GeneratorInputError(`${apiXml}: no <enum> symbols`);
  const wanted = new Set<string>(EVENT_ID_ENUMS);
  const out: VersionedEnum[] = [];
  for (const element of enums as Record<string, unknown>[]) {
    const { name, type, value, version } = element;
    if (typeof type !== 'string' || !wanted.has(type)) continue;
    if (typeof name !== 'string' || name.endsWith('_LAST')) continue;
    if (typeof value !== 'string' || !/^\d+$/.test(value)) {
      throw new GeneratorInputError(`${apiXml}: ${name} has no decimal value`);
    }
    if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
      throw new GeneratorInputError(`${apiXml}: ${name} has no version attribute`);
    }
    out.push({ name, type, value: Number(value), version });
  }
  for (const type of EVENT_ID_ENUMS) {
    if (!out.some((e) => e.type === type)) throw new GeneratorInputError(`${apiXml}: no members of ${type}`);
  }
  return out;
}

/** The `version` of one `<function>` of an API XML (the release that added it). */
export function readFunctionVersion(apiXml: string, name: string): string {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    isArray: (tagName) => tagName === 'function',
  });
  const document = parser.parse(readFileSync(apiXml, 'utf8')) as { api?: { symbols?: { function?: unknown } } };
  const functions = document.api?.symbols?.function;
  const found = Array.isArray(functions)
    ? (functions as Record<string, unknown>[]).find((f) => f['name'] === name)
    : undefined;
  const version = found?.['version'];
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new GeneratorInputError(`${apiXml}: no function ${name} with a version attribute`);
  }
  return version;
}

export function renderEventVersions(libvirtVersion: string, apiXml: string, qemuApiXml: string): string {
  const enums = readEventIdVersions(apiXml);
  const qemuSince = readFunctionVersion(qemuApiXml, 'virConnectDomainQemuMonitorEventRegister');
  const lines = [
    generatedHeader(libvirtVersion, `${basename(apiXml)}, ${basename(qemuApiXml)}`),
    '/** The C enums of event IDs, one per event family. */',
    `export type EventIdEnum = ${EVENT_ID_ENUMS.map((type) => `'${type}'`).join(' | ')};`,
    '',
    "/** The libvirt release that added each event ID: `EVENT_ID_SINCE.virDomainEventID[27] === '11.2.0'`. */",
    'export const EVENT_ID_SINCE: Readonly<Record<EventIdEnum, Readonly<Record<number, string>>>> = {',
  ];
  for (const type of EVENT_ID_ENUMS) {
    lines.push(`  ${type}: {`);
    const members = enums.filter((e) => e.type === type).sort((a, b) => a.value - b.value);
    for (const member of members) lines.push(`    ${member.value}: '${member.version}', // ${member.name}`);
    lines.push('  },');
  }
  lines.push(
    '};',
    '',
    '/** The libvirt release that added QEMU monitor events (virConnectDomainQemuMonitorEventRegister). */',
    `export const QEMU_MONITOR_EVENTS_SINCE = '${qemuSince}';`,
    '',
  );
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  const sources = findProtocolSources();
  const changed = writeGenerated(
    join(clientRoot, eventVersionsPath),
    renderEventVersions(sources.libvirtVersion, sources.apiXml.libvirt, sources.apiXml.qemu),
  );
  console.log(`event versions: libvirt ${sources.libvirtVersion}, ${changed ? 'changed' : 'unchanged'}`);
}
