import type { RemoteNonnullDomain } from '../protocol/remote.gen.js';
import { flagBits, type CallOptions, type ObjectContext } from './context.js';
import { Domain } from './domain.js';
import { domainListFlags, domainStatsMask, type DomainListFilter, type DomainStatsKind } from './list-filters.js';
import { decodeTypedParams, type TypedParams } from './typed-params.js';
import { isUuid, parseUuid } from './uuid.js';

/** One domain's statistics: `{ domain, stats: { 'state.state': 1, 'cpu.time': 123n, … } }`. */
export interface DomainStatsRecord {
  readonly domain: Domain;
  readonly stats: TypedParams;
}

/** The domains of a connection: `conn.domains`. */
export class Domains {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.domains`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  /** Domains matching every given filter field, e.g. `{ state: 'running', persistent: true }`. */
  async list(filter: DomainListFilter = {}, options?: CallOptions): Promise<Domain[]> {
    const { domains } = await this.#ctx.remote.connectListAllDomains(
      { needResults: 1, flags: domainListFlags(filter) },
      options,
    );
    return domains.map((dom) => this.#handle(dom));
  }

  /**
   * Finds a domain as virsh does: a number is an id, a string that parses as a UUID is a UUID,
   * anything else a name. A missing domain rejects with the daemon's LibvirtError (`isNotFound()`).
   */
  async lookup(key: string | number, options?: CallOptions): Promise<Domain> {
    if (typeof key === 'number') return this.lookupById(key, options);
    return isUuid(key) ? this.lookupByUuid(key, options) : this.lookupByName(key, options);
  }

  async lookupByName(name: string, options?: CallOptions): Promise<Domain> {
    return this.#handle((await this.#ctx.remote.domainLookupByName({ name }, options)).dom);
  }

  async lookupByUuid(uuid: string | Uint8Array, options?: CallOptions): Promise<Domain> {
    const bytes = typeof uuid === 'string' ? parseUuid(uuid) : uuid;
    return this.#handle((await this.#ctx.remote.domainLookupByUuid({ uuid: bytes }, options)).dom);
  }

  async lookupById(id: number, options?: CallOptions): Promise<Domain> {
    return this.#handle((await this.#ctx.remote.domainLookupById({ id }, options)).dom);
  }

  /** Defines (or redefines) a persistent domain from XML; `flags` are `DomainDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<Domain> {
    const remote = this.#ctx.remote;
    // The flag-less call reaches daemons older than DOMAIN_DEFINE_XML_FLAGS (libvirt 1.2.12).
    const { dom } =
      flags === 0
        ? await remote.domainDefineXml({ xml }, options)
        : await remote.domainDefineXmlFlags({ xml, flags: flagBits(flags) }, options);
    return this.#handle(dom);
  }

  /** Creates and starts a transient domain, gone once it stops; `flags` are `DomainCreateFlags`. */
  async createTransient(xml: string, flags = 0, options?: CallOptions): Promise<Domain> {
    const { dom } = await this.#ctx.remote.domainCreateXml({ xmlDesc: xml, flags: flagBits(flags) }, options);
    return this.#handle(dom);
  }

  /**
   * Statistics of every domain (`virsh domstats`). `kinds` selects groups (empty: all the driver
   * has); `flags` are `ConnectGetAllDomainStatsFlags` (which domains, `EnforceStats`, …).
   */
  async allStats(
    kinds: readonly DomainStatsKind[] | number = [],
    flags = 0,
    options?: CallOptions,
  ): Promise<DomainStatsRecord[]> {
    const { retStats } = await this.#ctx.remote.connectGetAllDomainStats(
      { doms: [], stats: domainStatsMask(kinds), flags: flagBits(flags) },
      options,
    );
    return retStats.map((record) => ({ domain: this.#handle(record.dom), stats: decodeTypedParams(record.params) }));
  }

  #handle(dom: RemoteNonnullDomain): Domain {
    return new Domain(this.#ctx, dom);
  }
}
