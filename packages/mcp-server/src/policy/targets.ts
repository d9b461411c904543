import type { HostConfig, TargetFilter } from '../config/schema.js';
import type { TargetKind } from '../tools/define-tool.js';
import { GlobList } from './glob.js';

/*
 * Per-host target filters (`hosts[].domains`, `.networks`, `.pools`): an object a filter hides
 * is absent from lists and "not found" on lookup. `allow` empty means every name; `deny` wins
 * over `allow`. Names are matched case-sensitively, as libvirt compares them.
 */

/** One kind's filter, compiled. */
export class NameFilter {
  private readonly allow: GlobList;
  private readonly deny: GlobList;

  constructor(filter: TargetFilter) {
    this.allow = new GlobList(filter.allow);
    this.deny = new GlobList(filter.deny);
  }

  allows(name: string): boolean {
    if (this.deny.matchesAny(name)) return false;
    return this.allow.isEmpty || this.allow.matchesAny(name);
  }

  /** True when the filter lets every name through, so callers can skip filtering. */
  get isOpen(): boolean {
    return this.allow.isEmpty && this.deny.isEmpty;
  }
}

export class TargetFilters {
  readonly host: string;
  private readonly filters: Readonly<Record<TargetKind, NameFilter>>;

  constructor(host: HostConfig) {
    this.host = host.name;
    this.filters = {
      domain: new NameFilter(host.domains),
      network: new NameFilter(host.networks),
      pool: new NameFilter(host.pools),
    };
  }

  allows(kind: TargetKind, name: string): boolean {
    return this.filters[kind].allows(name);
  }

  /** The compiled filter of one kind. */
  filter(kind: TargetKind): NameFilter {
    return this.filters[kind];
  }
}
