import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { evaluateIntegerMacro } from '../../scripts/constants-expression.js';
import { memberKeys } from '../../scripts/constants-naming.js';
import { constantsDir, generateConstantFiles } from '../../scripts/constants-render.js';
import { clientRoot, findProtocolSources, GeneratorInputError } from '../../scripts/gen-common.js';
import * as constants from '../../src/constants/index.js';

const exported: Readonly<Record<string, unknown>> = constants;
const sources = findProtocolSources();

describe('generated libvirt constants: values known from libvirt', () => {
  it('has the domain states and their C names', () => {
    expect(constants.DomainState.Nostate).toBe(0);
    expect(constants.DomainState.Running).toBe(1);
    expect(constants.DomainState.Shutoff).toBe(5);
    expect(constants.DomainState.Pmsuspended).toBe(7);
    expect(constants.DomainStateNames[1]).toBe('VIR_DOMAIN_RUNNING');
    expect(constants.DomainStateNames[5]).toBe('VIR_DOMAIN_SHUTOFF');
    expect(constants.DomainRunningReason.Booted).toBe(1);
  });

  it('has the error codes and domains, named without VIR_ERR_ / VIR_FROM_', () => {
    expect(constants.ErrorNumber.Ok).toBe(0);
    expect(constants.ErrorNumber.NoDomain).toBe(42);
    expect(constants.ErrorNumberNames[42]).toBe('VIR_ERR_NO_DOMAIN');
    expect(constants.ErrorNumber.OperationInvalid).toBe(55);
    // The warnings share virErrorNumber with the errors and keep their WAR word.
    expect(constants.ErrorNumber.WarNoNetwork).toBe(41);
    expect(constants.ErrorNumberNames[41]).toBe('VIR_WAR_NO_NETWORK');
    expect(constants.ErrorDomain.Qemu).toBe(10);
    expect(constants.ErrorDomainNames[10]).toBe('VIR_FROM_QEMU');
    expect(constants.ErrorLevel.Error).toBe(2);
  });

  it('has flags, events and typed-parameter types', () => {
    expect(constants.ConnectListAllDomainsFlags.Active).toBe(1);
    expect(constants.ConnectListAllDomainsFlags.Inactive).toBe(2);
    expect(constants.ConnectGetAllDomainStatsFlags.EnforceStats).toBe(2 ** 31);
    expect(constants.DomainEventID.Lifecycle).toBe(0);
    expect(constants.DomainEventType.Stopped).toBe(5);
    expect(constants.DomainEventStoppedDetailType.Destroyed).toBe(1);
    expect(constants.TypedParameterType.Int).toBe(1);
    expect(constants.TypedParameterType.String).toBe(7);
    expect(constants.CPUCompareResult.Error).toBe(-1);
    expect(constants.CPUCompareResultNames[-1]).toBe('VIR_CPU_COMPARE_ERROR');
  });

  it('leaves out *_LAST sentinels but keeps real members whose name ends in LAST', () => {
    expect(Object.keys(constants.DomainState)).not.toContain('Last');
    expect(Object.values(constants.DomainStateNames)).not.toContain('VIR_DOMAIN_LAST');
    expect(constants.NetworkUpdateCommand.AddLast).toBe(3);
    expect(constants.DomainMemoryStatTags.LastUpdate).toBe(9);
  });

  it('keeps aliases as keys and reports one C name per value', () => {
    expect(constants.DomainQemuAgentCommandTimeoutValues.Block).toBe(-2);
    expect(constants.DomainQemuAgentCommandTimeoutValues.Min).toBe(-2);
    expect(constants.DomainQemuAgentCommandTimeoutValuesNames[-2]).toBe('VIR_DOMAIN_QEMU_AGENT_COMMAND_BLOCK');
    // Defined in terms of another type's members: the value is resolved, not referenced.
    expect(constants.DomainVcpuFlags.Live).toBe(constants.DomainModificationImpact.Live);
  });

  it('names lone members by what they add to their type', () => {
    expect(constants.NetworkDefineFlags.Validate).toBe(1);
    expect(constants.TypedParameterFlags.StringOkay).toBe(4);
  });

  it('has the #define constants with their values', () => {
    expect(constants.VIR_DOMAIN_SCHEDULER_CPU_SHARES).toBe('cpu_shares');
    expect(constants.VIR_UUID_BUFLEN).toBe(16);
    expect(constants.VIR_UUID_STRING_BUFLEN).toBe(37);
    expect(constants.VIR_SECURITY_LABEL_BUFLEN).toBe(4097);
    expect(constants.VIR_TYPED_PARAM_FIELD_LENGTH).toBe(80);
    expect(constants.VIR_DOMAIN_SCHED_FIELD_LENGTH).toBe(80);
    expect(constants.VIR_DOMAIN_MEMORY_PARAM_UNLIMITED).toBe(Number.MAX_SAFE_INTEGER);
    expect(constants.VIR_KEYCODE_SET_RFB).toBe(constants.KeycodeSet.Qnum);
    expect(constants.VIR_MIGRATE_PARAM_URI).toBe('migrate_uri');
    expect(constants.VIR_CONNECT_IDENTITY_USER_NAME).toBe('user-name');
    expect(exported['VIR_CPU_USED']).toBeUndefined();
  });
});

describe('generated libvirt constants: complete against the API XML', () => {
  const xml = readXmlSymbols(Object.values(sources.apiXml));

  it('has every enum type of the XML, and no other', () => {
    const xmlTypes = [...new Set(xml.enums.map((e) => e.type.slice('vir'.length)))].sort();
    const generatedTypes = Object.keys(exported)
      .filter((name) => `${name}Names` in exported)
      .sort();
    expect(xmlTypes.length).toBeGreaterThan(150);
    expect(generatedTypes).toEqual(xmlTypes);
  });

  it('has every non-sentinel member with its value, and one C name per value', () => {
    const byType = new Map<string, XmlEnum[]>();
    for (const e of xml.enums) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
    const valueOf = xmlValueResolver(xml.enums);
    let members = 0;
    for (const [type, group] of byType) {
      const name = type.slice('vir'.length);
      const object = record(exported[name], name);
      const names = record(exported[`${name}Names`], `${name}Names`);
      const resolved = group.map((e) => ({ name: e.name, value: valueOf(e.name) }));
      const max = Math.max(...resolved.map((e) => e.value));
      const real = resolved.filter((e) => !(e.name.endsWith('_LAST') && e.value === max));

      const sortedValues = (values: readonly unknown[]): unknown[] => [...values].sort((a, b) => Number(a) - Number(b));
      expect(sortedValues(Object.values(object)), type).toEqual(sortedValues(real.map((e) => e.value)));
      for (const member of real) {
        const reported = names[String(member.value)];
        const candidates = real.filter((e) => e.value === member.value).map((e) => e.name);
        expect(candidates, `${type} ${member.name}`).toContain(reported);
      }
      const byNumber = (a: number, b: number): number => a - b;
      expect(Object.keys(names).map(Number).sort(byNumber), type).toEqual(
        [...new Set(real.map((e) => e.value))].sort(byNumber),
      );
      for (const value of Object.keys(names)) expect(Object.values(object), type).toContain(Number(value));
      members += real.length;
    }
    expect(members).toBeGreaterThan(900);
  });

  it('has every string macro with its value', () => {
    const strings = xml.macros.filter((m) => m.string !== undefined);
    expect(strings.length).toBeGreaterThan(400);
    for (const macro of strings) expect(exported[macro.name], macro.name).toBe(macro.string);
  });
});

describe('generated libvirt constants: modules', () => {
  const moduleFiles = readdirSync(join(clientRoot, constantsDir))
    .filter((name) => name.endsWith('.gen.ts') && name !== 'index.gen.ts')
    .sort();

  it('exports each name from one module only, and index re-exports them all', async () => {
    const owners = new Map<string, string>();
    for (const file of moduleFiles) {
      const module: unknown = await import(pathToFileURL(join(clientRoot, constantsDir, file)).href);
      for (const name of Object.keys(record(module, file))) {
        expect(owners.get(name), `${name} in ${file}`).toBeUndefined();
        owners.set(name, file);
      }
    }
    expect(moduleFiles).toContain('error.gen.ts');
    expect(owners.get('ErrorNumberNames')).toBe('error.gen.ts');
    expect(owners.get('DomainState')).toBe('domain.gen.ts');
    expect(owners.get('VIR_UUID_BUFLEN')).toBe('host.gen.ts');
    expect(Object.keys(exported).sort()).toEqual([...owners.keys()].sort());
  });

  it('are what the generator writes today, byte for byte, on every run', () => {
    const first = generateConstantFiles(sources).files;
    const second = generateConstantFiles(sources).files;
    expect([...second]).toEqual([...first]);
    expect([...first.keys()].map((path) => path.slice(constantsDir.length + 1))).toEqual(
      [...moduleFiles, 'index.gen.ts'].sort(),
    );
    for (const [path, content] of first) expect(readFileSync(join(clientRoot, path), 'utf8'), path).toBe(content);
  });
});

describe('constant naming rule', () => {
  it('strips the common prefix, then words that continue the type name', () => {
    const keys = memberKeys('virErrorNumber', ['VIR_ERR_OK', 'VIR_ERR_NO_DOMAIN', 'VIR_WAR_NO_NETWORK']);
    expect([...keys.values()]).toEqual(['Ok', 'NoDomain', 'WarNoNetwork']);
    expect([...memberKeys('virDomainState', ['VIR_DOMAIN_NOSTATE', 'VIR_DOMAIN_PMSUSPENDED']).values()]).toEqual([
      'Nostate',
      'Pmsuspended',
    ]);
    expect([...memberKeys('virNodeGetCPUStatsAllCPUs', ['VIR_NODE_CPU_STATS_ALL_CPUS']).values()]).toEqual([
      'CpuStatsAllCpus',
    ]);
  });

  it('keeps one more prefix word rather than start a key with a digit', () => {
    expect([...memberKeys('virFooMode', ['VIR_FOO_MODE_1A', 'VIR_FOO_MODE_2B']).values()]).toEqual([
      'Mode1a',
      'Mode2b',
    ]);
  });

  it('refuses two members that would get the same key', () => {
    // VIR_X_A loses X (it continues the type name), VIR_A has nothing more to lose: both become A.
    expect(() => memberKeys('virX', ['VIR_X_A', 'VIR_A'])).toThrow(GeneratorInputError);
    expect(() => memberKeys('virX', ['VIR_X_A', 'VIR_B'])).not.toThrow();
    expect(() => memberKeys('virX', ['VIR_X_a'])).toThrow(GeneratorInputError);
  });
});

describe('macro expression evaluation', () => {
  const lookup = (name: string): bigint | undefined => (name === 'EIGHTY' ? 80n : undefined);

  it('evaluates integer constant expressions', () => {
    expect(evaluateIntegerMacro('(36+1)', lookup)).toBe(37n);
    expect(evaluateIntegerMacro('9007199254740991LL /* = INT64_MAX >> 10 */', lookup)).toBe(9007199254740991n);
    expect(evaluateIntegerMacro('1 << 3 | 1', lookup)).toBe(9n);
    expect(evaluateIntegerMacro('-(EIGHTY / 3) * 2', lookup)).toBe(-52n);
    expect(evaluateIntegerMacro('0x10 + EIGHTY', lookup)).toBe(96n);
  });

  it('refuses anything else', () => {
    expect(evaluateIntegerMacro('', lookup)).toBeUndefined();
    expect(evaluateIntegerMacro('_virTypedParameter', lookup)).toBeUndefined();
    expect(evaluateIntegerMacro('(16', lookup)).toBeUndefined();
    expect(evaluateIntegerMacro('16 16', lookup)).toBeUndefined();
    expect(evaluateIntegerMacro('1 / 0', lookup)).toBeUndefined();
    expect(evaluateIntegerMacro('((int)4)', lookup)).toBeUndefined();
  });
});

interface XmlEnum {
  readonly name: string;
  readonly type: string;
  readonly value: string;
}

interface XmlMacro {
  readonly name: string;
  readonly string: string | undefined;
}

/** Read independently of the generator, so a bug there cannot hide itself here. */
function readXmlSymbols(paths: readonly string[]): { enums: XmlEnum[]; macros: XmlMacro[] } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const enums: XmlEnum[] = [];
  const macros: XmlMacro[] = [];
  for (const path of paths) {
    const document: unknown = parser.parse(readFileSync(path, 'utf8'));
    const symbols = record(record(document, path)['api'], path)['symbols'];
    if (symbols === undefined) continue;
    for (const element of list(record(symbols, path)['enum'])) {
      const e = record(element, path);
      if (typeof e['@name'] !== 'string' || !e['@name'].startsWith('VIR_')) continue;
      enums.push({ name: e['@name'], type: String(e['@type']), value: String(e['@value']) });
    }
    for (const element of list(record(symbols, path)['macro'])) {
      const m = record(element, path);
      macros.push({ name: String(m['@name']), string: typeof m['@string'] === 'string' ? m['@string'] : undefined });
    }
  }
  return { enums, macros };
}

/** An enum member's value may name another member, in any of the XML files. */
function xmlValueResolver(enums: readonly XmlEnum[]): (name: string) => number {
  const byName = new Map(enums.map((e) => [e.name, e]));
  const valueOf = (name: string): number => {
    const member = byName.get(name);
    if (member === undefined) throw new Error(`no enum member ${name}`);
    return /^-?\d+$/.test(member.value) ? Number(member.value) : valueOf(member.value);
  };
  return valueOf;
}

function record(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) throw new Error(`${what} is not an object`);
  return value as Readonly<Record<string, unknown>>;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}
