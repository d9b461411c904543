/**
 * Listing filters as objects, mapped onto the `connectListAll*` flags. A yes/no field picks one
 * flag of a pair (`active: true` → ACTIVE, `false` → INACTIVE) and an absent field neither; libvirt
 * ANDs the groups and ORs within one, so `state: ['running', 'paused']` lists both.
 */
import {
  ConnectListAllDomainsFlags,
  ConnectListAllInterfacesFlags,
  ConnectListAllNetworksFlags,
  ConnectListAllNodeDeviceFlags,
  ConnectListAllSecretsFlags,
  ConnectListAllStoragePoolsFlags,
  DomainStatsTypes,
} from '../constants/index.js';
import { InvalidArgumentsError } from '../errors.js';
import { either, flagBits } from './context.js';
import { kebabCase, maskOf, nameTable, type KebabCase, type NameOf } from './names.js';

/** Extra raw flags ORed into the mapped ones, for filters this object form does not name. */
interface RawFlags {
  readonly flags?: number;
}

export type DomainListState = 'running' | 'paused' | 'shutoff' | 'other';

export interface DomainListFilter extends RawFlags {
  readonly active?: boolean;
  readonly persistent?: boolean;
  readonly state?: DomainListState | readonly DomainListState[];
  readonly autostart?: boolean;
  readonly managedSave?: boolean;
  readonly hasSnapshot?: boolean;
  readonly hasCheckpoint?: boolean;
}

const DOMAIN_STATE_FLAGS: ReadonlyMap<string, number> = new Map([
  ['running', ConnectListAllDomainsFlags.Running],
  ['paused', ConnectListAllDomainsFlags.Paused],
  ['shutoff', ConnectListAllDomainsFlags.Shutoff],
  ['other', ConnectListAllDomainsFlags.Other],
]);

export function domainListFlags(filter: DomainListFilter = {}): number {
  const F = ConnectListAllDomainsFlags;
  return flagBits(
    either(filter.active, F.Active, F.Inactive),
    either(filter.persistent, F.Persistent, F.Transient),
    ...oneOrMany(filter.state).map((state) => named(DOMAIN_STATE_FLAGS.get(state), state, 'domain state')),
    either(filter.autostart, F.Autostart, F.NoAutostart),
    either(filter.managedSave, F.Managedsave, F.NoManagedsave),
    either(filter.hasSnapshot, F.HasSnapshot, F.NoSnapshot),
    either(filter.hasCheckpoint, F.HasCheckpoint, F.NoCheckpoint),
    filter.flags ?? 0,
  );
}

export interface NetworkListFilter extends RawFlags {
  readonly active?: boolean;
  readonly persistent?: boolean;
  readonly autostart?: boolean;
}

export function networkListFlags(filter: NetworkListFilter = {}): number {
  const F = ConnectListAllNetworksFlags;
  return flagBits(
    either(filter.active, F.Active, F.Inactive),
    either(filter.persistent, F.Persistent, F.Transient),
    either(filter.autostart, F.Autostart, F.NoAutostart),
    filter.flags ?? 0,
  );
}

/** Pool types as `connectListAllStoragePools` can filter them: `'dir'`, `'logical'`, `'iscsi-direct'`, …. */
export type StoragePoolType = Exclude<
  NameOf<typeof ConnectListAllStoragePoolsFlags>,
  'inactive' | 'active' | 'persistent' | 'transient' | 'autostart' | 'no-autostart'
>;

export interface StoragePoolListFilter extends NetworkListFilter {
  readonly type?: StoragePoolType | readonly StoragePoolType[];
}

// The type flags are the ones from DIR upwards; the lower bits are the state filters above.
const POOL_TYPE_FLAGS: ReadonlyMap<string, number> = new Map(
  Object.entries(ConnectListAllStoragePoolsFlags)
    .filter(([, value]) => value >= ConnectListAllStoragePoolsFlags.Dir)
    .map(([key, value]) => [kebabCase(key), value]),
);

export function storagePoolListFlags(filter: StoragePoolListFilter = {}): number {
  const F = ConnectListAllStoragePoolsFlags;
  return flagBits(
    either(filter.active, F.Active, F.Inactive),
    either(filter.persistent, F.Persistent, F.Transient),
    either(filter.autostart, F.Autostart, F.NoAutostart),
    ...oneOrMany(filter.type).map((type) => named(POOL_TYPE_FLAGS.get(type), type, 'storage pool type')),
    filter.flags ?? 0,
  );
}

/** Device capabilities as `connectListAllNodeDevices` can filter them: `'system'`, `'pci-dev'`, `'scsi-host'`, …. */
export type NodeDeviceCapability = NodeDeviceCapabilityOf<keyof typeof ConnectListAllNodeDeviceFlags>;
type NodeDeviceCapabilityOf<K extends string> = K extends `Cap${infer Rest}` ? KebabCase<Rest> : never;

export interface NodeDeviceListFilter extends RawFlags {
  readonly capability?: NodeDeviceCapability | readonly NodeDeviceCapability[];
  readonly active?: boolean;
  readonly persistent?: boolean;
}

const NODE_DEVICE_CAPABILITY_FLAGS: ReadonlyMap<string, number> = new Map(
  Object.entries(ConnectListAllNodeDeviceFlags)
    .filter(([key]) => key.startsWith('Cap'))
    .map(([key, value]) => [kebabCase(key.slice('Cap'.length)), value]),
);

export function nodeDeviceListFlags(filter: NodeDeviceListFilter = {}): number {
  const F = ConnectListAllNodeDeviceFlags;
  return flagBits(
    ...oneOrMany(filter.capability).map((cap) =>
      named(NODE_DEVICE_CAPABILITY_FLAGS.get(cap), cap, 'node device capability'),
    ),
    either(filter.active, F.Active, F.Inactive),
    either(filter.persistent, F.Persistent, F.Transient),
    filter.flags ?? 0,
  );
}

export interface SecretListFilter extends RawFlags {
  readonly ephemeral?: boolean;
  readonly private?: boolean;
}

export function secretListFlags(filter: SecretListFilter = {}): number {
  const F = ConnectListAllSecretsFlags;
  return flagBits(
    either(filter.ephemeral, F.Ephemeral, F.NoEphemeral),
    either(filter.private, F.Private, F.NoPrivate),
    filter.flags ?? 0,
  );
}

export interface InterfaceListFilter extends RawFlags {
  readonly active?: boolean;
}

export function interfaceListFlags(filter: InterfaceListFilter = {}): number {
  const F = ConnectListAllInterfacesFlags;
  return flagBits(either(filter.active, F.Active, F.Inactive), filter.flags ?? 0);
}

/** Groups of domain statistics: `'state'`, `'cpu-total'`, `'balloon'`, `'vcpu'`, `'block'`, …. */
export type DomainStatsKind = NameOf<typeof DomainStatsTypes>;

const STATS_KINDS = nameTable(DomainStatsTypes);

/** A `DomainStatsTypes` mask from names (or a mask as is). Empty means every group the driver has. */
export function domainStatsMask(kinds: readonly DomainStatsKind[] | number = []): number {
  return maskOf(STATS_KINDS, kinds, 'domain stats kind');
}

function oneOrMany<T extends string>(value: T | readonly T[] | undefined): readonly T[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

function named(value: number | undefined, name: string, what: string): number {
  if (value === undefined) throw new InvalidArgumentsError(`unknown ${what}: ${JSON.stringify(name)}`);
  return value;
}
