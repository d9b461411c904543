import { describe, expect, it } from 'vitest';
import {
  ConnectListAllDomainsFlags as D,
  ConnectListAllInterfacesFlags,
  ConnectListAllNetworksFlags as N,
  ConnectListAllNodeDeviceFlags as ND,
  ConnectListAllSecretsFlags as S,
  ConnectListAllStoragePoolsFlags as P,
  DomainStatsTypes,
} from '../../src/constants/index.js';
import { InvalidArgumentsError } from '../../src/errors.js';
import { impactFlags } from '../../src/objects/domain.js';
import { domainStateInfo } from '../../src/objects/domain-state.js';
import { decodeVersion } from '../../src/objects/host.js';
import {
  domainListFlags,
  domainStatsMask,
  interfaceListFlags,
  networkListFlags,
  nodeDeviceListFlags,
  secretListFlags,
  storagePoolListFlags,
  type DomainListFilter,
  type DomainListState,
} from '../../src/objects/list-filters.js';
import { kebabCase, maskOf, nameTable } from '../../src/objects/names.js';
import { flagBits } from '../../src/objects/context.js';

describe('listing filters → connectListAll* flags', () => {
  it('maps no filter to 0 (everything)', () => {
    for (const f of [domainListFlags, networkListFlags, storagePoolListFlags, nodeDeviceListFlags, secretListFlags]) {
      expect(f()).toBe(0);
      expect(f({})).toBe(0);
    }
    expect(interfaceListFlags()).toBe(0);
  });

  it('maps each domain yes/no field to its pair of flags', () => {
    const pairs: [keyof DomainListFilter, number, number][] = [
      ['active', D.Active, D.Inactive],
      ['persistent', D.Persistent, D.Transient],
      ['autostart', D.Autostart, D.NoAutostart],
      ['managedSave', D.Managedsave, D.NoManagedsave],
      ['hasSnapshot', D.HasSnapshot, D.NoSnapshot],
      ['hasCheckpoint', D.HasCheckpoint, D.NoCheckpoint],
    ];
    for (const [field, yes, no] of pairs) {
      expect(domainListFlags({ [field]: true })).toBe(yes);
      expect(domainListFlags({ [field]: false })).toBe(no);
      expect(domainListFlags({ [field]: undefined })).toBe(0);
    }
  });

  it('ORs domain states and combines groups', () => {
    expect(domainListFlags({ state: 'running' })).toBe(D.Running);
    expect(domainListFlags({ state: ['running', 'paused', 'shutoff', 'other'] })).toBe(
      D.Running | D.Paused | D.Shutoff | D.Other,
    );
    expect(domainListFlags({ state: 'paused', persistent: true, autostart: false, flags: D.HasSnapshot })).toBe(
      D.Paused | D.Persistent | D.NoAutostart | D.HasSnapshot,
    );
    expect(() => domainListFlags({ state: 'sleeping' as DomainListState })).toThrow(InvalidArgumentsError);
  });

  it('maps network, pool, secret and interface filters', () => {
    expect(networkListFlags({ active: true, persistent: false, autostart: true })).toBe(
      N.Active | N.Transient | N.Autostart,
    );
    expect(networkListFlags({ active: false, persistent: true, autostart: false })).toBe(
      N.Inactive | N.Persistent | N.NoAutostart,
    );
    expect(storagePoolListFlags({ active: true, type: 'dir' })).toBe(P.Active | P.Dir);
    expect(storagePoolListFlags({ type: ['logical', 'iscsi-direct', 'netfs'] })).toBe(
      P.Logical | P.IscsiDirect | P.Netfs,
    );
    // The state filters are not pool types.
    expect(() => storagePoolListFlags({ type: 'active' as 'dir' })).toThrow(InvalidArgumentsError);
    expect(secretListFlags({ ephemeral: true, private: false })).toBe(S.Ephemeral | S.NoPrivate);
    expect(secretListFlags({ ephemeral: false, private: true })).toBe(S.NoEphemeral | S.Private);
    expect(interfaceListFlags({ active: true })).toBe(ConnectListAllInterfacesFlags.Active);
    expect(interfaceListFlags({ active: false })).toBe(ConnectListAllInterfacesFlags.Inactive);
  });

  it('maps node device capabilities and keeps bit 31 (ACTIVE) unsigned', () => {
    expect(nodeDeviceListFlags({ capability: 'pci-dev' })).toBe(ND.CapPciDev);
    expect(nodeDeviceListFlags({ capability: ['scsi-host', 'fc-host', 'mdev-types', 'ccwgroup-member'] })).toBe(
      ND.CapScsiHost | ND.CapFcHost | ND.CapMdevTypes | ND.CapCcwgroupMember,
    );
    const active = nodeDeviceListFlags({ active: true, capability: 'system' });
    expect(active).toBe(2 ** 31 + 1);
    expect(active).toBeGreaterThan(0);
    expect(nodeDeviceListFlags({ active: false, persistent: true })).toBe(ND.Inactive + ND.Persistent);
    expect(() => nodeDeviceListFlags({ capability: 'toaster' as 'net' })).toThrow(/unknown node device capability/);
  });

  it('turns stats kinds into a DomainStatsTypes mask', () => {
    expect(domainStatsMask()).toBe(0);
    expect(domainStatsMask(['state', 'cpu-total', 'balloon', 'vcpu', 'interface', 'block'])).toBe(
      DomainStatsTypes.State |
        DomainStatsTypes.CpuTotal |
        DomainStatsTypes.Balloon |
        DomainStatsTypes.Vcpu |
        DomainStatsTypes.Interface |
        DomainStatsTypes.Block,
    );
    expect(domainStatsMask(['perf', 'iothread', 'memory', 'dirtyrate', 'vm'])).toBe(64 | 128 | 256 | 512 | 1024);
    expect(domainStatsMask(DomainStatsTypes.Vm)).toBe(1024);
    expect(() => domainStatsMask(['cpu' as 'state'])).toThrow(InvalidArgumentsError);
  });

  it('maps { live, config } to the modification-impact flags', () => {
    expect(impactFlags({})).toBe(0);
    expect(impactFlags({ live: true })).toBe(1);
    expect(impactFlags({ config: true })).toBe(2);
    expect(impactFlags({ live: true, config: true })).toBe(3);
    expect(impactFlags({ live: false, config: false })).toBe(0);
    expect(impactFlags(4)).toBe(4);
  });

  it('keeps masks unsigned', () => {
    expect(flagBits(2 ** 31, 1)).toBe(2 ** 31 + 1);
    expect(flagBits(-1)).toBe(2 ** 32 - 1);
  });
});

describe('constant names', () => {
  it('kebab-cases the generated keys', () => {
    expect(kebabCase('Running')).toBe('running');
    expect(kebabCase('FromSnapshot')).toBe('from-snapshot');
    expect(kebabCase('PostcopyFailed')).toBe('postcopy-failed');
    expect(kebabCase('Pfitzner33')).toBe('pfitzner33');
  });

  it('looks names up both ways, keeping the first name of an alias', () => {
    const table = nameTable({ Descendants: 1, Roots: 1, Metadata: 2 });
    expect(table.nameOf(1)).toBe('descendants');
    expect(table.valueOf('roots')).toBe(1);
    expect(table.nameOf(9)).toBeUndefined();
    expect(table.names).toEqual(['descendants', 'roots', 'metadata']);
    expect(maskOf(table, ['roots', 'metadata'], 'flag')).toBe(3);
    expect(maskOf(table, 'metadata', 'flag')).toBe(2);
    expect(() => maskOf(table, 'nope' as 'roots', 'flag')).toThrow(/unknown flag: "nope"/);
  });

  it('names domain states and the reason of each state', () => {
    expect(domainStateInfo(1, 1)).toEqual({ state: 'running', reason: 'booted', stateCode: 1, reasonCode: 1 });
    expect(domainStateInfo(5, 2)).toEqual({ state: 'shutoff', reason: 'destroyed', stateCode: 5, reasonCode: 2 });
    expect(domainStateInfo(3, 1)).toEqual({ state: 'paused', reason: 'user', stateCode: 3, reasonCode: 1 });
    expect(domainStateInfo(1, 4).reason).toBe('from-snapshot');
    expect(domainStateInfo(6, 1).reason).toBe('panicked');
    expect(domainStateInfo(7, 0)).toEqual({ state: 'pmsuspended', reason: 'unknown', stateCode: 7, reasonCode: 0 });
    // Codes from a newer daemon keep their numbers.
    expect(domainStateInfo(42, 3)).toEqual({ state: 'unknown', reason: 'unknown', stateCode: 42, reasonCode: 3 });
    expect(domainStateInfo(1, 99).reason).toBe('unknown');
  });

  it('decodes version numbers', () => {
    expect(decodeVersion(9_000_000n)).toEqual({ major: 9, minor: 0, micro: 0, number: 9_000_000 });
    expect(decodeVersion(7_002_022)).toEqual({ major: 7, minor: 2, micro: 22, number: 7_002_022 });
    expect(decodeVersion(11_003_000n)).toEqual({ major: 11, minor: 3, micro: 0, number: 11_003_000 });
  });
});
