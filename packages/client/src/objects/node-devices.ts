import { bool, flagBits, type CallOptions, type ObjectContext } from './context.js';
import { nodeDeviceListFlags, type NodeDeviceListFilter } from './list-filters.js';

/** The host devices of a connection (`virsh nodedev-*`): `conn.nodeDevices`. */
export class NodeDevices {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.nodeDevices`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  /** Devices, e.g. `{ capability: ['pci-dev', 'net'] }` (either capability). */
  async list(filter: NodeDeviceListFilter = {}, options?: CallOptions): Promise<NodeDevice[]> {
    const { devices } = await this.#ctx.remote.connectListAllNodeDevices(
      { needResults: 1, flags: nodeDeviceListFlags(filter) },
      options,
    );
    return devices.map((dev) => new NodeDevice(this.#ctx, dev.name));
  }

  async lookup(name: string, options?: CallOptions): Promise<NodeDevice> {
    const { dev } = await this.#ctx.remote.nodeDeviceLookupByName({ name }, options);
    return new NodeDevice(this.#ctx, dev.name);
  }

  /** The SCSI host of a Fibre Channel adapter by its WWNN and WWPN. */
  async lookupScsiHostByWwn(wwnn: string, wwpn: string, options?: CallOptions): Promise<NodeDevice> {
    const { dev } = await this.#ctx.remote.nodeDeviceLookupScsiHostByWwn({ wwnn, wwpn, flags: 0 }, options);
    return new NodeDevice(this.#ctx, dev.name);
  }

  /** Creates a transient device (a vHBA, an mdev) from XML; `flags` are `NodeDeviceCreateXMLFlags`. */
  async createTransient(xml: string, flags = 0, options?: CallOptions): Promise<NodeDevice> {
    const { dev } = await this.#ctx.remote.nodeDeviceCreateXml({ xmlDesc: xml, flags: flagBits(flags) }, options);
    return new NodeDevice(this.#ctx, dev.name);
  }

  /** Defines a persistent device (mediated devices); `flags` are `NodeDeviceDefineXMLFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<NodeDevice> {
    const { dev } = await this.#ctx.remote.nodeDeviceDefineXml({ xmlDesc: xml, flags: flagBits(flags) }, options);
    return new NodeDevice(this.#ctx, dev.name);
  }
}

/** A host device handle: its name (`pci_0000_00_01_0`, `net_eth0_…`); holds nothing on the daemon. */
export class NodeDevice {
  readonly name: string;
  readonly #ctx: ObjectContext;

  /** @internal Handles come from `conn.nodeDevices`. */
  constructor(ctx: ObjectContext, name: string) {
    this.#ctx = ctx;
    this.name = name;
  }

  equals(other: NodeDevice): boolean {
    return this.name === other.name;
  }

  /** The device XML; `flags` are `NodeDeviceXMLFlags`. */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.nodeDeviceGetXmlDesc({ name: this.name, flags: flagBits(flags) }, options)).xml;
  }

  /** The parent device's name; null for the root (`computer`). */
  async parent(options?: CallOptions): Promise<string | null> {
    return (await this.#ctx.remote.nodeDeviceGetParent({ name: this.name }, options)).parentName;
  }

  /** Capability names, e.g. `['scsi_host', 'fc_host', 'vport_ops']`. */
  async capabilities(options?: CallOptions): Promise<string[]> {
    const remote = this.#ctx.remote;
    const { num } = await remote.nodeDeviceNumOfCaps({ name: this.name }, options);
    return (await remote.nodeDeviceListCaps({ name: this.name, maxnames: num }, options)).names;
  }

  /** Removes a device made by `createTransient` (or stops a defined one). */
  async destroy(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.nodeDeviceDestroy({ name: this.name }, options);
  }

  /** Starts a defined (inactive) device. */
  async start(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.nodeDeviceCreate({ name: this.name, flags: 0 }, options);
  }

  /** Removes a defined device's persistent definition. */
  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.nodeDeviceUndefine({ name: this.name, flags: 0 }, options);
  }

  async isActive(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.nodeDeviceIsActive({ name: this.name }, options)).active);
  }

  async isPersistent(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.nodeDeviceIsPersistent({ name: this.name }, options)).persistent);
  }

  async autostart(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.nodeDeviceGetAutostart({ name: this.name }, options)).autostart);
  }

  async setAutostart(autostart: boolean, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.nodeDeviceSetAutostart({ name: this.name, autostart: autostart ? 1 : 0 }, options);
  }
}
