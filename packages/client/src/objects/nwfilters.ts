import type { RemoteNonnullNwfilter } from '../protocol/remote.gen.js';
import { flagBits, type CallOptions, type ObjectContext } from './context.js';
import { formatUuid, isUuid, parseUuid } from './uuid.js';

/** The network filters of a connection (`virsh nwfilter-*`): `conn.nwfilters`. */
export class NwFilters {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.nwfilters`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async list(options?: CallOptions): Promise<NwFilter[]> {
    const { filters } = await this.#ctx.remote.connectListAllNwfilters({ needResults: 1, flags: 0 }, options);
    return filters.map((filter) => new NwFilter(this.#ctx, filter));
  }

  /** By UUID when the string parses as one, else by name. */
  async lookup(nameOrUuid: string, options?: CallOptions): Promise<NwFilter> {
    return isUuid(nameOrUuid) ? this.lookupByUuid(nameOrUuid, options) : this.lookupByName(nameOrUuid, options);
  }

  async lookupByName(name: string, options?: CallOptions): Promise<NwFilter> {
    return new NwFilter(this.#ctx, (await this.#ctx.remote.nwfilterLookupByName({ name }, options)).nwfilter);
  }

  async lookupByUuid(uuid: string | Uint8Array, options?: CallOptions): Promise<NwFilter> {
    const bytes = typeof uuid === 'string' ? parseUuid(uuid) : uuid;
    return new NwFilter(this.#ctx, (await this.#ctx.remote.nwfilterLookupByUuid({ uuid: bytes }, options)).nwfilter);
  }

  /** Defines (or redefines) a filter from `<filter>` XML; `flags` are `NWFilterDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<NwFilter> {
    const remote = this.#ctx.remote;
    // The flag-less call reaches daemons older than NWFILTER_DEFINE_XML_FLAGS (libvirt 7.7).
    const { nwfilter } =
      flags === 0
        ? await remote.nwfilterDefineXml({ xml }, options)
        : await remote.nwfilterDefineXmlFlags({ xml, flags: flagBits(flags) }, options);
    return new NwFilter(this.#ctx, nwfilter);
  }
}

/** A network filter handle (name and UUID); holds nothing on the daemon. */
export class NwFilter {
  readonly name: string;
  readonly uuid: string;
  readonly #ctx: ObjectContext;
  readonly #ref: RemoteNonnullNwfilter;

  /** @internal Handles come from `conn.nwfilters`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullNwfilter) {
    this.#ctx = ctx;
    this.#ref = ref;
    this.name = ref.name;
    this.uuid = formatUuid(ref.uuid);
  }

  equals(other: NwFilter): boolean {
    return this.uuid === other.uuid;
  }

  toRemote(): RemoteNonnullNwfilter {
    return { name: this.#ref.name, uuid: this.#ref.uuid.slice() };
  }

  async xml(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.nwfilterGetXmlDesc({ nwfilter: this.#ref, flags: 0 }, options)).xml;
  }

  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.nwfilterUndefine({ nwfilter: this.#ref }, options);
  }
}
