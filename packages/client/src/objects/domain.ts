import {
  DomainChannelFlags,
  DomainConsoleFlags,
  DomainDeviceModifyFlags,
  DomainInterfaceAddressesSource,
  DomainMemoryModFlags,
  DomainMemoryStatTags,
  DomainRebootFlagValues,
  DomainShutdownFlagValues,
  DomainVcpuFlags,
  IPAddrType,
} from '../constants/index.js';
import {
  remoteProcDomainOpenChannel,
  remoteProcDomainOpenConsole,
  remoteProcDomainScreenshot,
  type RemoteNonnullDomain,
  type RemoteTypedParam,
} from '../protocol/remote.gen.js';
import { openDuplexStream, openReadStream } from '../streams/open.js';
import type { DuplexStreamOptions, LibvirtDuplexStream, ReadStreamOptions } from '../streams/index.js';
import { bool, either, flagBits, getterFlags, type CallOptions, type ObjectContext } from './context.js';
import { BLKIO_PARAMETER_TYPES, MEMORY_PARAMETER_TYPES, SCHEDULER_PARAMETER_TYPES } from './domain-parameters.js';
import { domainStateInfo, domainStateName, type DomainStateInfo, type DomainStateName } from './domain-state.js';
import { domainStatsMask, type DomainStatsKind } from './list-filters.js';
import { kebabCase, maskOf, nameTable, valueNamed, type NameOf } from './names.js';
import { DomainSnapshots } from './snapshots.js';
import { decodeTypedParams, encodeTypedParams, type TypedParamInput, type TypedParams } from './typed-params.js';
import { formatUuid } from './uuid.js';

/** Where a change applies: the running domain (`live`), its persistent definition (`config`), both, or (neither) whichever it has now. */
export interface Impact {
  readonly live?: boolean;
  readonly config?: boolean;
}

export interface MemoryTarget extends Impact {
  /** Change the maximum rather than the current allocation. */
  readonly maximum?: boolean;
}

export interface VcpuTarget extends Impact {
  /** The maximum rather than the current count. */
  readonly maximum?: boolean;
  /** Ask the guest agent rather than the hypervisor. */
  readonly guest?: boolean;
}

export interface DomainInfo {
  readonly state: DomainStateName | 'unknown';
  readonly stateCode: number;
  /** Maximum memory in KiB. */
  readonly maxMemory: bigint;
  /** Current memory in KiB. */
  readonly memory: bigint;
  readonly vcpus: number;
  /** CPU time used, in nanoseconds. */
  readonly cpuTime: bigint;
}

/** How a guest is asked to shut down or reboot: `'acpi-power-btn'`, `'guest-agent'`, `'initctl'`, `'signal'`, `'paravirt'`. */
export type ShutdownMode = Exclude<NameOf<typeof DomainShutdownFlagValues>, 'default'>;

/** Where `interfaceAddresses` learns addresses: DHCP leases, the guest agent, or the host's ARP table. */
export type InterfaceAddressSource = NameOf<typeof DomainInterfaceAddressesSource>;

export interface DomainInterfaceAddresses {
  /** The interface's name (host side for leases and ARP, guest side for the agent). */
  readonly name: string;
  readonly hwaddr: string | null;
  readonly addresses: readonly {
    readonly type: 'ipv4' | 'ipv6';
    readonly address: string;
    readonly prefix: number;
  }[];
}

/** Sizes of one disk in bytes (`virsh domblkinfo`). */
export interface BlockInfo {
  readonly capacity: bigint;
  readonly allocation: bigint;
  readonly physical: bigint;
}

/** A screenshot as the hypervisor made it. */
export interface Screenshot {
  /** `image/png`, or `image/x-portable-pixmap` (PPM) from hypervisors without PNG; `application/octet-stream` if the daemon named none. */
  readonly mimeType: string;
  readonly data: Buffer;
}

export interface ConsoleOptions extends DuplexStreamOptions {
  /** Take the console from another client that has it open (VIR_DOMAIN_CONSOLE_FORCE). */
  readonly force?: boolean;
  /** Refuse unless the driver can guarantee exclusive access (VIR_DOMAIN_CONSOLE_SAFE). */
  readonly safe?: boolean;
}

export interface ChannelOptions extends DuplexStreamOptions {
  /** Take the channel from another client that has it open (VIR_DOMAIN_CHANNEL_FORCE). */
  readonly force?: boolean;
}

const SHUTDOWN_MODES = nameTable(DomainShutdownFlagValues);
const REBOOT_MODES = nameTable(DomainRebootFlagValues);
const ADDRESS_SOURCES = nameTable(DomainInterfaceAddressesSource);

// The names virsh dommemstat prints; the balloon size is `actual` there.
const MEMORY_STAT_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(DomainMemoryStatTags)
    .filter(([key]) => key !== 'Nr')
    .map(([key, tag]) => [
      tag,
      tag === DomainMemoryStatTags.ActualBalloon ? 'actual' : kebabCase(key).replaceAll('-', '_'),
    ]),
);

/**
 * A domain handle: a value naming one domain (name, UUID, id). It holds nothing on the daemon;
 * two lookups of the same domain give equal handles. `id` is as the daemon reported it when the
 * handle was made (-1 when the domain was not running); `refresh()` gets a current one.
 */
export class Domain {
  readonly name: string;
  /** Canonical lower-case UUID. */
  readonly uuid: string;
  /** The id of the running domain, -1 when it was not running. */
  readonly id: number;
  readonly #ctx: ObjectContext;
  readonly #ref: RemoteNonnullDomain;

  /** @internal Handles come from `conn.domains`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullDomain) {
    this.#ctx = ctx;
    this.#ref = ref;
    this.name = ref.name;
    this.uuid = formatUuid(ref.uuid);
    this.id = ref.id;
  }

  /** Same domain (same UUID), whatever the id was when each handle was made. */
  equals(other: Domain): boolean {
    return this.uuid === other.uuid;
  }

  /** The wire value, for the generated layer: `conn.remote.domainGetInfo({ dom: dom.toRemote() })`. */
  toRemote(): RemoteNonnullDomain {
    return { name: this.#ref.name, uuid: this.#ref.uuid.slice(), id: this.#ref.id };
  }

  /** A new handle with the current id (the daemon looks the domain up by UUID). */
  async refresh(options?: CallOptions): Promise<Domain> {
    const { dom } = await this.#ctx.remote.domainLookupByUuid({ uuid: this.#ref.uuid }, options);
    return new Domain(this.#ctx, dom);
  }

  async info(options?: CallOptions): Promise<DomainInfo> {
    const info = await this.#ctx.remote.domainGetInfo({ dom: this.#ref }, options);
    return {
      state: domainStateName(info.state),
      stateCode: info.state,
      maxMemory: info.maxMem,
      memory: info.memory,
      vcpus: info.nrVirtCpu,
      cpuTime: info.cpuTime,
    };
  }

  /** State and why, e.g. `{ state: 'running', reason: 'booted', stateCode: 1, reasonCode: 1 }`. */
  async state(options?: CallOptions): Promise<DomainStateInfo> {
    const { state, reason } = await this.#ctx.remote.domainGetState({ dom: this.#ref, flags: 0 }, options);
    return domainStateInfo(state, reason);
  }

  /** The domain XML; `flags` are `DomainXMLFlags` (`Inactive`, `Secure`, …). */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.domainGetXmlDesc({ dom: this.#ref, flags: flagBits(flags) }, options)).xml;
  }

  async osType(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.domainGetOsType({ dom: this.#ref }, options)).type;
  }

  async isActive(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.domainIsActive({ dom: this.#ref }, options)).active);
  }

  async isPersistent(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.domainIsPersistent({ dom: this.#ref }, options)).persistent);
  }

  /**
   * Starts a defined domain; `flags` are `DomainCreateFlags` (`StartPaused`, …). Resolves to a
   * handle carrying the new id.
   */
  async start(flags = 0, options?: CallOptions): Promise<Domain> {
    const { dom } = await this.#ctx.remote.domainCreateWithFlags({ dom: this.#ref, flags: flagBits(flags) }, options);
    return new Domain(this.#ctx, dom);
  }

  /** Asks the guest to shut down; the default lets the hypervisor choose how. Returns before the guest is off. */
  async shutdown(mode: ShutdownMode | readonly ShutdownMode[] | number = 0, options?: CallOptions): Promise<void> {
    const flags = maskOf(SHUTDOWN_MODES, mode, 'shutdown mode');
    await this.#ctx.remote.domainShutdownFlags({ dom: this.#ref, flags }, options);
  }

  /** Asks the guest to reboot. */
  async reboot(mode: ShutdownMode | readonly ShutdownMode[] | number = 0, options?: CallOptions): Promise<void> {
    const flags = maskOf(REBOOT_MODES, mode, 'reboot mode');
    await this.#ctx.remote.domainReboot({ dom: this.#ref, flags }, options);
  }

  /** Resets the virtual machine at once, like the reset button: the guest is not asked. */
  async reset(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainReset({ dom: this.#ref, flags: 0 }, options);
  }

  /** Stops the domain at once (pulls the plug); `flags` are `DomainDestroyFlagsValues`. A transient domain is gone afterwards. */
  async destroy(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainDestroyFlags({ dom: this.#ref, flags: flagBits(flags) }, options);
  }

  async suspend(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainSuspend({ dom: this.#ref }, options);
  }

  async resume(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainResume({ dom: this.#ref }, options);
  }

  /** Removes the persistent definition; `flags` are `DomainUndefineFlagsValues` (`Nvram`, `SnapshotsMetadata`, …). */
  async undefine(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainUndefineFlags({ dom: this.#ref, flags: flagBits(flags) }, options);
  }

  async autostart(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.domainGetAutostart({ dom: this.#ref }, options)).autostart);
  }

  async setAutostart(autostart: boolean, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainSetAutostart({ dom: this.#ref, autostart: autostart ? 1 : 0 }, options);
  }

  /** Sets the memory allocation (or with `maximum`, the maximum) in KiB. */
  async setMemory(kib: bigint | number, target: MemoryTarget | number = {}, options?: CallOptions): Promise<void> {
    const flags =
      typeof target === 'number'
        ? flagBits(target)
        : flagBits(impactFlags(target), target.maximum === true ? DomainMemoryModFlags.Maximum : 0);
    await this.#ctx.remote.domainSetMemoryFlags({ dom: this.#ref, memory: BigInt(kib), flags }, options);
  }

  /** Virtual CPU count: current (default) or maximum, live or config, from the hypervisor or the guest agent. */
  async vcpus(target: VcpuTarget | number = {}, options?: CallOptions): Promise<number> {
    return (await this.#ctx.remote.domainGetVcpusFlags({ dom: this.#ref, flags: vcpuFlags(target) }, options)).num;
  }

  async setVcpus(count: number, target: VcpuTarget | number = {}, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainSetVcpusFlags({ dom: this.#ref, nvcpus: count, flags: vcpuFlags(target) }, options);
  }

  /**
   * Statistics of this domain as `virsh domstats` shows them: `{ 'state.state': 1, 'cpu.time': 123n, … }`.
   * `kinds` selects groups (empty: every group the driver has); `flags` are `ConnectGetAllDomainStatsFlags`.
   */
  async stats(kinds: readonly DomainStatsKind[] | number = [], flags = 0, options?: CallOptions): Promise<TypedParams> {
    const { retStats } = await this.#ctx.remote.connectGetAllDomainStats(
      { doms: [this.#ref], stats: domainStatsMask(kinds), flags: flagBits(flags) },
      options,
    );
    return decodeTypedParams(retStats[0]?.params ?? []);
  }

  /** Balloon statistics in KiB (`actual`, `rss`, `available`, `unused`, …), named as `virsh dommemstat` names them. */
  async memoryStats(options?: CallOptions): Promise<Record<string, bigint>> {
    const { stats } = await this.#ctx.remote.domainMemoryStats(
      { dom: this.#ref, maxStats: DomainMemoryStatTags.Nr, flags: 0 },
      options,
    );
    const out: Record<string, bigint> = {};
    for (const { tag, val } of stats) out[MEMORY_STAT_NAMES.get(tag) ?? `tag_${tag}`] = val;
    return out;
  }

  /**
   * A screenshot of a screen (a video device's head; 0 is the first). The daemon streams the
   * image; this collects it. `bufferBytes` and `signal` are those of the underlying stream.
   */
  async screenshot(screen = 0, options?: ReadStreamOptions): Promise<Screenshot> {
    const stream = openReadStream(
      this.#ctx,
      remoteProcDomainScreenshot,
      { dom: this.#ref, screen, flags: 0 },
      { ...options, sparse: false, holes: 'zeros' },
    );
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const { mime } = await stream.opened;
    return { mimeType: mime ?? 'application/octet-stream', data: Buffer.concat(chunks) };
  }

  /**
   * The domain's console as a Duplex: what the guest writes comes out, what you write goes in.
   * `device` names a console or serial alias (`serial0`, `console1`); null picks the first console.
   * `end()` closes it; the stream ends when the guest side hangs up (the domain stops).
   */
  openConsole(device: string | null = null, options: ConsoleOptions = {}): LibvirtDuplexStream<undefined> {
    const flags = flagBits(
      either(options.force, DomainConsoleFlags.Force, 0),
      either(options.safe, DomainConsoleFlags.Safe, 0),
    );
    return openDuplexStream(
      this.#ctx,
      remoteProcDomainOpenConsole,
      { dom: this.#ref, devName: device, flags },
      options,
    );
  }

  /** A guest channel (`<channel>` device, e.g. `org.qemu.guest_agent.0`) as a Duplex, like openConsole(). */
  openChannel(name: string | null = null, options: ChannelOptions = {}): LibvirtDuplexStream<undefined> {
    const flags = either(options.force, DomainChannelFlags.Force, 0);
    return openDuplexStream(this.#ctx, remoteProcDomainOpenChannel, { dom: this.#ref, name, flags }, options);
  }

  /** The domain's snapshots. */
  get snapshots(): DomainSnapshots {
    return new DomainSnapshots(this.#ctx, this);
  }

  /** IP addresses of the guest's interfaces, from DHCP leases (default), the guest agent, or ARP. */
  async interfaceAddresses(
    source: InterfaceAddressSource | number = 'lease',
    options?: CallOptions,
  ): Promise<DomainInterfaceAddresses[]> {
    const code = typeof source === 'number' ? source : valueNamed(ADDRESS_SOURCES, source, 'address source');
    const { ifaces } = await this.#ctx.remote.domainInterfaceAddresses(
      { dom: this.#ref, source: code, flags: 0 },
      options,
    );
    return ifaces.map((iface) => ({
      name: iface.name,
      hwaddr: iface.hwaddr,
      addresses: iface.addrs.map((a) => ({
        type: a.type === IPAddrType.Ipv6 ? 'ipv6' : 'ipv4',
        address: a.addr,
        prefix: a.prefix,
      })),
    }));
  }

  /** Sizes of a disk, named by target (`vda`) or source path. */
  async blockInfo(disk: string, options?: CallOptions): Promise<BlockInfo> {
    const info = await this.#ctx.remote.domainGetBlockInfo({ dom: this.#ref, path: disk, flags: 0 }, options);
    return { capacity: info.capacity, allocation: info.allocation, physical: info.physical };
  }

  /** Adds a device described by XML, to the running domain (`live`), its definition (`config`), or both. */
  async attachDevice(xml: string, target: Impact | number = {}, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainAttachDeviceFlags({ dom: this.#ref, xml, flags: impactFlags(target) }, options);
  }

  /** Removes the device the XML matches. Live detaching may finish only after the guest lets go of it. */
  async detachDevice(xml: string, target: Impact | number = {}, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainDetachDeviceFlags({ dom: this.#ref, xml, flags: impactFlags(target) }, options);
  }

  /** Memory tunables in KiB (`hard_limit`, `soft_limit`, `swap_hard_limit`, `min_guarantee`). */
  async memoryParameters(target: Impact | number = {}, options?: CallOptions): Promise<TypedParams> {
    const flags = getterFlags(this.#ctx, impactFlags(target));
    return decodeTypedParams(
      await twoStep((nparams) =>
        this.#ctx.remote.domainGetMemoryParameters({ dom: this.#ref, nparams, flags }, options),
      ),
    );
  }

  /** Sets memory tunables; plain numbers are sent as the `ullong` libvirt expects. */
  async setMemoryParameters(
    values: Readonly<Record<string, TypedParamInput>>,
    target: Impact | number = {},
    options?: CallOptions,
  ): Promise<void> {
    const params = encodeTypedParams(values, MEMORY_PARAMETER_TYPES);
    await this.#ctx.remote.domainSetMemoryParameters({ dom: this.#ref, params, flags: impactFlags(target) }, options);
  }

  /** The scheduler's name (`posix`, `fair`, …). */
  async schedulerType(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.domainGetSchedulerType({ dom: this.#ref }, options)).type;
  }

  /**
   * Scheduler tunables (`cpu_shares`, `vcpu_quota`, …). Without `target` this uses the original
   * call, which every driver has; with one, the flags variant (live or config).
   */
  async schedulerParameters(target?: Impact | number, options?: CallOptions): Promise<TypedParams> {
    const remote = this.#ctx.remote;
    const { nparams } = await remote.domainGetSchedulerType({ dom: this.#ref }, options);
    if (target === undefined) {
      return decodeTypedParams(
        (await remote.domainGetSchedulerParameters({ dom: this.#ref, nparams }, options)).params,
      );
    }
    const flags = getterFlags(this.#ctx, impactFlags(target));
    return decodeTypedParams(
      (await remote.domainGetSchedulerParametersFlags({ dom: this.#ref, nparams, flags }, options)).params,
    );
  }

  /** Sets scheduler tunables; plain numbers get the wire type libvirt documents for each field. */
  async setSchedulerParameters(
    values: Readonly<Record<string, TypedParamInput>>,
    target?: Impact | number,
    options?: CallOptions,
  ): Promise<void> {
    const params = encodeTypedParams(values, SCHEDULER_PARAMETER_TYPES);
    if (target === undefined) {
      await this.#ctx.remote.domainSetSchedulerParameters({ dom: this.#ref, params }, options);
    } else {
      await this.#ctx.remote.domainSetSchedulerParametersFlags(
        { dom: this.#ref, params, flags: impactFlags(target) },
        options,
      );
    }
  }

  /** Block I/O tunables (`weight`, and per-device `device_weight`, … as strings). */
  async blkioParameters(target: Impact | number = {}, options?: CallOptions): Promise<TypedParams> {
    const flags = getterFlags(this.#ctx, impactFlags(target));
    return decodeTypedParams(
      await twoStep((nparams) =>
        this.#ctx.remote.domainGetBlkioParameters({ dom: this.#ref, nparams, flags }, options),
      ),
    );
  }

  async setBlkioParameters(
    values: Readonly<Record<string, TypedParamInput>>,
    target: Impact | number = {},
    options?: CallOptions,
  ): Promise<void> {
    const params = encodeTypedParams(values, BLKIO_PARAMETER_TYPES);
    await this.#ctx.remote.domainSetBlkioParameters({ dom: this.#ref, params, flags: impactFlags(target) }, options);
  }
}

/** `DomainModificationImpact` flags from `{ live, config }` (neither: CURRENT), or a mask as is. */
export function impactFlags(target: Impact | number): number {
  if (typeof target === 'number') return flagBits(target);
  return flagBits(
    either(target.live, DomainDeviceModifyFlags.Live, 0),
    either(target.config, DomainDeviceModifyFlags.Config, 0),
  );
}

function vcpuFlags(target: VcpuTarget | number): number {
  if (typeof target === 'number') return flagBits(target);
  return flagBits(
    impactFlags(target),
    either(target.maximum, DomainVcpuFlags.Maximum, 0),
    either(target.guest, DomainVcpuFlags.Guest, 0),
  );
}

/**
 * libvirt's two-step typed-parameter getters: called with nparams 0 they report how many
 * parameters there are; called again with that count they return them.
 */
async function twoStep(
  call: (nparams: number) => Promise<{ params: RemoteTypedParam[]; nparams: number }>,
): Promise<RemoteTypedParam[]> {
  const { nparams } = await call(0);
  if (nparams === 0) return [];
  return (await call(nparams)).params;
}
