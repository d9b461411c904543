import type { RemoteNonnullInterface } from '../protocol/remote.gen.js';
import { bool, flagBits, type CallOptions, type ObjectContext } from './context.js';
import { interfaceListFlags, type InterfaceListFilter } from './list-filters.js';

/**
 * The host's network interfaces as libvirt's interface driver manages them (`virsh iface-*`):
 * `conn.interfaces`.
 */
export class HostInterfaces {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.interfaces`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async list(filter: InterfaceListFilter = {}, options?: CallOptions): Promise<HostInterface[]> {
    const { ifaces } = await this.#ctx.remote.connectListAllInterfaces(
      { needResults: 1, flags: interfaceListFlags(filter) },
      options,
    );
    return ifaces.map((iface) => new HostInterface(this.#ctx, iface));
  }

  async lookup(name: string, options?: CallOptions): Promise<HostInterface> {
    return new HostInterface(this.#ctx, (await this.#ctx.remote.interfaceLookupByName({ name }, options)).iface);
  }

  async lookupByMac(mac: string, options?: CallOptions): Promise<HostInterface> {
    return new HostInterface(this.#ctx, (await this.#ctx.remote.interfaceLookupByMacString({ mac }, options)).iface);
  }

  /** Defines an interface from `<interface>` XML; `flags` are `InterfaceDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<HostInterface> {
    const { iface } = await this.#ctx.remote.interfaceDefineXml({ xml, flags: flagBits(flags) }, options);
    return new HostInterface(this.#ctx, iface);
  }

  /** Snapshots the host's interface configuration so later changes can be rolled back. */
  async changeBegin(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceChangeBegin({ flags: 0 }, options);
  }

  /** Keeps the changes made since `changeBegin`. */
  async changeCommit(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceChangeCommit({ flags: 0 }, options);
  }

  /** Restores the configuration saved by `changeBegin`. */
  async changeRollback(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceChangeRollback({ flags: 0 }, options);
  }
}

/** A host interface handle (name and MAC address); holds nothing on the daemon. */
export class HostInterface {
  readonly name: string;
  readonly mac: string;
  readonly #ctx: ObjectContext;

  /** @internal Handles come from `conn.interfaces`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullInterface) {
    this.#ctx = ctx;
    this.name = ref.name;
    this.mac = ref.mac;
  }

  equals(other: HostInterface): boolean {
    return this.name === other.name;
  }

  toRemote(): RemoteNonnullInterface {
    return { name: this.name, mac: this.mac };
  }

  /** The interface XML; `flags` are `InterfaceXMLFlags`. */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.interfaceGetXmlDesc({ iface: this.toRemote(), flags: flagBits(flags) }, options))
      .xml;
  }

  /** Brings the interface up. */
  async start(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceCreate({ iface: this.toRemote(), flags: 0 }, options);
  }

  /** Brings the interface down. */
  async destroy(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceDestroy({ iface: this.toRemote(), flags: 0 }, options);
  }

  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.interfaceUndefine({ iface: this.toRemote() }, options);
  }

  async isActive(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.interfaceIsActive({ iface: this.toRemote() }, options)).active);
  }
}
