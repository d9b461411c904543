import type { RemoteNonnullDomainSnapshot } from '../protocol/remote.gen.js';
import { bool, flagBits, type CallOptions, type ObjectContext } from './context.js';
import type { Domain } from './domain.js';

/**
 * The snapshots of one domain: `dom.snapshots`. `flags` arguments are the generated
 * `DomainSnapshot*Flags` constants.
 */
export class DomainSnapshots {
  readonly #ctx: ObjectContext;
  readonly #domain: Domain;

  /** @internal Use `dom.snapshots`. */
  constructor(ctx: ObjectContext, domain: Domain) {
    this.#ctx = ctx;
    this.#domain = domain;
  }

  /** Snapshots of the domain; `flags` are `DomainSnapshotListFlags` (`Roots`, `Leaves`, `Topological`, …). */
  async list(flags = 0, options?: CallOptions): Promise<DomainSnapshot[]> {
    const { snapshots } = await this.#ctx.remote.domainListAllSnapshots(
      { dom: this.#domain.toRemote(), needResults: 1, flags: flagBits(flags) },
      options,
    );
    return snapshots.map((snap) => this.#handle(snap));
  }

  async lookup(name: string, options?: CallOptions): Promise<DomainSnapshot> {
    const { snap } = await this.#ctx.remote.domainSnapshotLookupByName(
      { dom: this.#domain.toRemote(), name, flags: 0 },
      options,
    );
    return this.#handle(snap);
  }

  /**
   * Takes a snapshot described by `<domainsnapshot>` XML (the default lets the daemon name it);
   * `flags` are `DomainSnapshotCreateFlags` (`DiskOnly`, `Atomic`, …).
   */
  async create(xml = '<domainsnapshot/>', flags = 0, options?: CallOptions): Promise<DomainSnapshot> {
    const { snap } = await this.#ctx.remote.domainSnapshotCreateXml(
      { dom: this.#domain.toRemote(), xmlDesc: xml, flags: flagBits(flags) },
      options,
    );
    return this.#handle(snap);
  }

  /** The current snapshot; without one the daemon's VIR_ERR_NO_DOMAIN_SNAPSHOT (`isNotFound()`) propagates. */
  async current(options?: CallOptions): Promise<DomainSnapshot> {
    const { snap } = await this.#ctx.remote.domainSnapshotCurrent({ dom: this.#domain.toRemote(), flags: 0 }, options);
    return this.#handle(snap);
  }

  async hasCurrent(options?: CallOptions): Promise<boolean> {
    const { result } = await this.#ctx.remote.domainHasCurrentSnapshot(
      { dom: this.#domain.toRemote(), flags: 0 },
      options,
    );
    return bool(result);
  }

  /** Reverts the domain to a snapshot (same as `snapshot.revert()`). */
  async revert(snapshot: DomainSnapshot | string, flags = 0, options?: CallOptions): Promise<void> {
    const snap = typeof snapshot === 'string' ? await this.lookup(snapshot, options) : snapshot;
    await snap.revert(flags, options);
  }

  /** Deletes a snapshot (same as `snapshot.delete()`). */
  async delete(snapshot: DomainSnapshot | string, flags = 0, options?: CallOptions): Promise<void> {
    const snap = typeof snapshot === 'string' ? await this.lookup(snapshot, options) : snapshot;
    await snap.delete(flags, options);
  }

  #handle(snap: RemoteNonnullDomainSnapshot): DomainSnapshot {
    return new DomainSnapshot(this.#ctx, this.#domain, snap.name);
  }
}

/** A snapshot handle: the snapshot's name and its domain. Holds nothing on the daemon. */
export class DomainSnapshot {
  readonly name: string;
  readonly domain: Domain;
  readonly #ctx: ObjectContext;

  /** @internal Handles come from `dom.snapshots`. */
  constructor(ctx: ObjectContext, domain: Domain, name: string) {
    this.#ctx = ctx;
    this.domain = domain;
    this.name = name;
  }

  equals(other: DomainSnapshot): boolean {
    return this.name === other.name && this.domain.equals(other.domain);
  }

  toRemote(): RemoteNonnullDomainSnapshot {
    return { name: this.name, dom: this.domain.toRemote() };
  }

  /** The `<domainsnapshot>` XML; `flags` are `DomainSnapshotXMLFlags`. */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.domainSnapshotGetXmlDesc({ snap: this.toRemote(), flags: flagBits(flags) }, options))
      .xml;
  }

  /** Reverts the domain to this snapshot; `flags` are `DomainSnapshotRevertFlags` (`Running`, `Paused`, `Force`). */
  async revert(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainRevertToSnapshot({ snap: this.toRemote(), flags: flagBits(flags) }, options);
  }

  /** Deletes the snapshot; `flags` are `DomainSnapshotDeleteFlags` (`Children`, `MetadataOnly`, …). */
  async delete(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.domainSnapshotDelete({ snap: this.toRemote(), flags: flagBits(flags) }, options);
  }

  /** The parent snapshot; for a root the daemon's VIR_ERR_NO_DOMAIN_SNAPSHOT propagates. */
  async parent(options?: CallOptions): Promise<DomainSnapshot> {
    const { snap } = await this.#ctx.remote.domainSnapshotGetParent({ snap: this.toRemote(), flags: 0 }, options);
    return new DomainSnapshot(this.#ctx, this.domain, snap.name);
  }

  /** Direct children; `flags` are `DomainSnapshotListFlags` (`Descendants` for all below). */
  async children(flags = 0, options?: CallOptions): Promise<DomainSnapshot[]> {
    const { snapshots } = await this.#ctx.remote.domainSnapshotListAllChildren(
      { snapshot: this.toRemote(), needResults: 1, flags: flagBits(flags) },
      options,
    );
    return snapshots.map((snap) => new DomainSnapshot(this.#ctx, this.domain, snap.name));
  }

  async isCurrent(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.domainSnapshotIsCurrent({ snap: this.toRemote(), flags: 0 }, options)).current);
  }

  async hasMetadata(options?: CallOptions): Promise<boolean> {
    const { metadata } = await this.#ctx.remote.domainSnapshotHasMetadata({ snap: this.toRemote(), flags: 0 }, options);
    return bool(metadata);
  }
}
