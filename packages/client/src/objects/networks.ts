import { IPAddrType } from '../constants/index.js';
import type { RemoteNonnullNetwork } from '../protocol/remote.gen.js';
import { bool, flagBits, type CallOptions, type ObjectContext } from './context.js';
import { networkListFlags, type NetworkListFilter } from './list-filters.js';
import { formatUuid, isUuid, parseUuid } from './uuid.js';

/** One DHCP lease of a virtual network (`virsh net-dhcp-leases`). */
export interface NetworkDhcpLease {
  /** The network's bridge. */
  readonly iface: string;
  /** When the lease expires, in seconds since the epoch. */
  readonly expiryTime: bigint;
  readonly type: 'ipv4' | 'ipv6';
  readonly mac: string | null;
  readonly iaid: string | null;
  readonly address: string;
  readonly prefix: number;
  readonly hostname: string | null;
  readonly clientId: string | null;
}

/** The virtual networks of a connection: `conn.networks`. */
export class Networks {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.networks`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async list(filter: NetworkListFilter = {}, options?: CallOptions): Promise<Network[]> {
    const { nets } = await this.#ctx.remote.connectListAllNetworks(
      { needResults: 1, flags: networkListFlags(filter) },
      options,
    );
    return nets.map((net) => new Network(this.#ctx, net));
  }

  /** By UUID when the string parses as one, else by name. */
  async lookup(nameOrUuid: string, options?: CallOptions): Promise<Network> {
    return isUuid(nameOrUuid) ? this.lookupByUuid(nameOrUuid, options) : this.lookupByName(nameOrUuid, options);
  }

  async lookupByName(name: string, options?: CallOptions): Promise<Network> {
    return new Network(this.#ctx, (await this.#ctx.remote.networkLookupByName({ name }, options)).net);
  }

  async lookupByUuid(uuid: string | Uint8Array, options?: CallOptions): Promise<Network> {
    const bytes = typeof uuid === 'string' ? parseUuid(uuid) : uuid;
    return new Network(this.#ctx, (await this.#ctx.remote.networkLookupByUuid({ uuid: bytes }, options)).net);
  }

  /** Defines a persistent network (inactive until `start()`); `flags` are `NetworkDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<Network> {
    const remote = this.#ctx.remote;
    // The flag-less call reaches daemons older than NETWORK_DEFINE_XML_FLAGS (libvirt 7.7).
    const { net } =
      flags === 0
        ? await remote.networkDefineXml({ xml }, options)
        : await remote.networkDefineXmlFlags({ xml, flags: flagBits(flags) }, options);
    return new Network(this.#ctx, net);
  }

  /** Creates and starts a transient network, gone once destroyed; `flags` are `NetworkCreateFlags`. */
  async createTransient(xml: string, flags = 0, options?: CallOptions): Promise<Network> {
    const remote = this.#ctx.remote;
    // Likewise for NETWORK_CREATE_XML_FLAGS (libvirt 7.8).
    const { net } =
      flags === 0
        ? await remote.networkCreateXml({ xml }, options)
        : await remote.networkCreateXmlFlags({ xml, flags: flagBits(flags) }, options);
    return new Network(this.#ctx, net);
  }
}

/** A virtual network handle (name and UUID); holds nothing on the daemon. */
export class Network {
  readonly name: string;
  readonly uuid: string;
  readonly #ctx: ObjectContext;
  readonly #ref: RemoteNonnullNetwork;

  /** @internal Handles come from `conn.networks`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullNetwork) {
    this.#ctx = ctx;
    this.#ref = ref;
    this.name = ref.name;
    this.uuid = formatUuid(ref.uuid);
  }

  equals(other: Network): boolean {
    return this.uuid === other.uuid;
  }

  toRemote(): RemoteNonnullNetwork {
    return { name: this.#ref.name, uuid: this.#ref.uuid.slice() };
  }

  /** The network XML; `flags` are `NetworkXMLFlags`. */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.networkGetXmlDesc({ net: this.#ref, flags: flagBits(flags) }, options)).xml;
  }

  /** Starts a defined network. */
  async start(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.networkCreate({ net: this.#ref }, options);
  }

  /** Stops the network; a transient one is gone afterwards. */
  async destroy(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.networkDestroy({ net: this.#ref }, options);
  }

  /** Removes the persistent definition. */
  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.networkUndefine({ net: this.#ref }, options);
  }

  async isActive(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.networkIsActive({ net: this.#ref }, options)).active);
  }

  async isPersistent(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.networkIsPersistent({ net: this.#ref }, options)).persistent);
  }

  async autostart(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.networkGetAutostart({ net: this.#ref }, options)).autostart);
  }

  async setAutostart(autostart: boolean, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.networkSetAutostart({ net: this.#ref, autostart: autostart ? 1 : 0 }, options);
  }

  /** The host bridge the network uses. */
  async bridgeName(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.networkGetBridgeName({ net: this.#ref }, options)).name;
  }

  /** Current DHCP leases, optionally of one MAC address. */
  async dhcpLeases(mac: string | null = null, options?: CallOptions): Promise<NetworkDhcpLease[]> {
    const { leases } = await this.#ctx.remote.networkGetDhcpLeases(
      { net: this.#ref, mac, needResults: 1, flags: 0 },
      options,
    );
    return leases.map((lease) => ({
      iface: lease.iface,
      expiryTime: lease.expirytime,
      type: lease.type === IPAddrType.Ipv6 ? 'ipv6' : 'ipv4',
      mac: lease.mac,
      iaid: lease.iaid,
      address: lease.ipaddr,
      prefix: lease.prefix,
      hostname: lease.hostname,
      clientId: lease.clientid,
    }));
  }
}
