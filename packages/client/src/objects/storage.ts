import {
  StoragePoolState,
  StorageVolDownloadFlags,
  StorageVolType,
  StorageVolUploadFlags,
  StorageVolWipeAlgorithm,
} from '../constants/index.js';
import {
  remoteProcStorageVolDownload,
  remoteProcStorageVolUpload,
  type RemoteNonnullStoragePool,
  type RemoteNonnullStorageVol,
} from '../protocol/remote.gen.js';
import type {
  DownloadToFileOptions,
  DownloadToFileResult,
  LibvirtReadStream,
  LibvirtWriteStream,
  ReadStreamOptions,
  WriteStreamOptions,
} from '../streams/index.js';
import { downloadToFile, openReadStream, openWriteStream } from '../streams/open.js';
import { bool, flagBits, type CallOptions, type ObjectContext } from './context.js';
import { storagePoolListFlags, type StoragePoolListFilter } from './list-filters.js';
import { nameTable, valueNamed, type NameOf } from './names.js';
import { formatUuid, isUuid, parseUuid } from './uuid.js';

export type StoragePoolStateName = NameOf<typeof StoragePoolState>;
export type StorageVolumeType = NameOf<typeof StorageVolType>;
export type WipeAlgorithm = NameOf<typeof StorageVolWipeAlgorithm>;

/** Sizes in bytes. */
export interface StoragePoolInfo {
  /** `'unknown'` only for a state newer than this client. */
  readonly state: StoragePoolStateName | 'unknown';
  readonly stateCode: number;
  readonly capacity: bigint;
  readonly allocation: bigint;
  readonly available: bigint;
}

/** Sizes in bytes. */
export interface StorageVolumeInfo {
  /** `'unknown'` only for a type newer than this client. */
  readonly type: StorageVolumeType | 'unknown';
  readonly typeCode: number;
  readonly capacity: bigint;
  readonly allocation: bigint;
}

const POOL_STATES = nameTable(StoragePoolState);
const VOLUME_TYPES = nameTable(StorageVolType);
const WIPE_ALGORITHMS = nameTable(StorageVolWipeAlgorithm);

/** The storage pools of a connection, and volume lookups that need no pool: `conn.storagePools`. */
export class StoragePools {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.storagePools`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async list(filter: StoragePoolListFilter = {}, options?: CallOptions): Promise<StoragePool[]> {
    const { pools } = await this.#ctx.remote.connectListAllStoragePools(
      { needResults: 1, flags: storagePoolListFlags(filter) },
      options,
    );
    return pools.map((pool) => new StoragePool(this.#ctx, pool));
  }

  /** By UUID when the string parses as one, else by name. */
  async lookup(nameOrUuid: string, options?: CallOptions): Promise<StoragePool> {
    return isUuid(nameOrUuid) ? this.lookupByUuid(nameOrUuid, options) : this.lookupByName(nameOrUuid, options);
  }

  async lookupByName(name: string, options?: CallOptions): Promise<StoragePool> {
    return new StoragePool(this.#ctx, (await this.#ctx.remote.storagePoolLookupByName({ name }, options)).pool);
  }

  async lookupByUuid(uuid: string | Uint8Array, options?: CallOptions): Promise<StoragePool> {
    const bytes = typeof uuid === 'string' ? parseUuid(uuid) : uuid;
    return new StoragePool(this.#ctx, (await this.#ctx.remote.storagePoolLookupByUuid({ uuid: bytes }, options)).pool);
  }

  /** Defines a persistent pool (inactive until `start()`); `flags` are `StoragePoolDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<StoragePool> {
    const { pool } = await this.#ctx.remote.storagePoolDefineXml({ xml, flags: flagBits(flags) }, options);
    return new StoragePool(this.#ctx, pool);
  }

  /** Creates and starts a transient pool; `flags` are `StoragePoolCreateFlags`. */
  async createTransient(xml: string, flags = 0, options?: CallOptions): Promise<StoragePool> {
    const { pool } = await this.#ctx.remote.storagePoolCreateXml({ xml, flags: flagBits(flags) }, options);
    return new StoragePool(this.#ctx, pool);
  }

  /** A volume by its key (unique on the host, often its path). */
  async lookupVolumeByKey(key: string, options?: CallOptions): Promise<StorageVolume> {
    return new StorageVolume(this.#ctx, (await this.#ctx.remote.storageVolLookupByKey({ key }, options)).vol);
  }

  /** A volume by its path on the host. */
  async lookupVolumeByPath(path: string, options?: CallOptions): Promise<StorageVolume> {
    return new StorageVolume(this.#ctx, (await this.#ctx.remote.storageVolLookupByPath({ path }, options)).vol);
  }
}

/** A storage pool handle (name and UUID); holds nothing on the daemon. */
export class StoragePool {
  readonly name: string;
  readonly uuid: string;
  readonly #ctx: ObjectContext;
  readonly #ref: RemoteNonnullStoragePool;

  /** @internal Handles come from `conn.storagePools`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullStoragePool) {
    this.#ctx = ctx;
    this.#ref = ref;
    this.name = ref.name;
    this.uuid = formatUuid(ref.uuid);
  }

  equals(other: StoragePool): boolean {
    return this.uuid === other.uuid;
  }

  toRemote(): RemoteNonnullStoragePool {
    return { name: this.#ref.name, uuid: this.#ref.uuid.slice() };
  }

  /** The pool XML; `flags` are `StorageXMLFlags`. */
  async xml(flags = 0, options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.storagePoolGetXmlDesc({ pool: this.#ref, flags: flagBits(flags) }, options)).xml;
  }

  async info(options?: CallOptions): Promise<StoragePoolInfo> {
    const info = await this.#ctx.remote.storagePoolGetInfo({ pool: this.#ref }, options);
    return {
      state: POOL_STATES.nameOf(info.state) ?? 'unknown',
      stateCode: info.state,
      capacity: info.capacity,
      allocation: info.allocation,
      available: info.available,
    };
  }

  /** Builds the pool's underlying storage (creates the directory, formats the disk, …); `flags` are `StoragePoolBuildFlags`. */
  async build(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolBuild({ pool: this.#ref, flags: flagBits(flags) }, options);
  }

  /** Starts a defined pool; `flags` are `StoragePoolCreateFlags`. */
  async start(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolCreate({ pool: this.#ref, flags: flagBits(flags) }, options);
  }

  /** Stops the pool (its data stays); a transient pool is gone afterwards. */
  async destroy(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolDestroy({ pool: this.#ref }, options);
  }

  /** Deletes the pool's underlying storage (the inverse of `build`); `flags` are `StoragePoolDeleteFlags`. */
  async delete(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolDelete({ pool: this.#ref, flags: flagBits(flags) }, options);
  }

  /** Removes the persistent definition. */
  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolUndefine({ pool: this.#ref }, options);
  }

  /** Rescans the pool's volumes. */
  async refresh(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolRefresh({ pool: this.#ref, flags: 0 }, options);
  }

  async isActive(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.storagePoolIsActive({ pool: this.#ref }, options)).active);
  }

  async isPersistent(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.storagePoolIsPersistent({ pool: this.#ref }, options)).persistent);
  }

  async autostart(options?: CallOptions): Promise<boolean> {
    return bool((await this.#ctx.remote.storagePoolGetAutostart({ pool: this.#ref }, options)).autostart);
  }

  async setAutostart(autostart: boolean, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storagePoolSetAutostart({ pool: this.#ref, autostart: autostart ? 1 : 0 }, options);
  }

  /** The pool's volumes (of an active pool). */
  async volumes(options?: CallOptions): Promise<StorageVolume[]> {
    const { vols } = await this.#ctx.remote.storagePoolListAllVolumes(
      { pool: this.#ref, needResults: 1, flags: 0 },
      options,
    );
    return vols.map((vol) => new StorageVolume(this.#ctx, vol));
  }

  async lookupVolume(name: string, options?: CallOptions): Promise<StorageVolume> {
    return new StorageVolume(
      this.#ctx,
      (await this.#ctx.remote.storageVolLookupByName({ pool: this.#ref, name }, options)).vol,
    );
  }

  /** Creates a volume from `<volume>` XML; `flags` are `StorageVolCreateFlags`. */
  async createVolume(xml: string, flags = 0, options?: CallOptions): Promise<StorageVolume> {
    const { vol } = await this.#ctx.remote.storageVolCreateXml(
      { pool: this.#ref, xml, flags: flagBits(flags) },
      options,
    );
    return new StorageVolume(this.#ctx, vol);
  }

  /** Creates a volume in this pool as a copy of `source` (which may live in another pool). */
  async cloneVolume(xml: string, source: StorageVolume, flags = 0, options?: CallOptions): Promise<StorageVolume> {
    const { vol } = await this.#ctx.remote.storageVolCreateXmlFrom(
      { pool: this.#ref, xml, clonevol: source.toRemote(), flags: flagBits(flags) },
      options,
    );
    return new StorageVolume(this.#ctx, vol);
  }
}

/** A storage volume handle (pool name, volume name, key); holds nothing on the daemon. */
export class StorageVolume {
  /** The name of the pool holding the volume. */
  readonly pool: string;
  readonly name: string;
  /** Unique on the host; often the volume's path. */
  readonly key: string;
  readonly #ctx: ObjectContext;

  /** @internal Handles come from `conn.storagePools` and `StoragePool`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullStorageVol) {
    this.#ctx = ctx;
    this.pool = ref.pool;
    this.name = ref.name;
    this.key = ref.key;
  }

  equals(other: StorageVolume): boolean {
    return this.key === other.key;
  }

  toRemote(): RemoteNonnullStorageVol {
    return { pool: this.pool, name: this.name, key: this.key };
  }

  async info(options?: CallOptions): Promise<StorageVolumeInfo> {
    const info = await this.#ctx.remote.storageVolGetInfo({ vol: this.toRemote() }, options);
    return {
      type: VOLUME_TYPES.nameOf(info.type) ?? 'unknown',
      typeCode: info.type,
      capacity: info.capacity,
      allocation: info.allocation,
    };
  }

  /** The volume XML. */
  async xml(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.storageVolGetXmlDesc({ vol: this.toRemote(), flags: 0 }, options)).xml;
  }

  /** The volume's path on the host. */
  async path(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.storageVolGetPath({ vol: this.toRemote() }, options)).name;
  }

  /** The pool holding the volume, as a handle. */
  async storagePool(options?: CallOptions): Promise<StoragePool> {
    const { pool } = await this.#ctx.remote.storagePoolLookupByVolume({ vol: this.toRemote() }, options);
    return new StoragePool(this.#ctx, pool);
  }

  /** Deletes the volume; `flags` are `StorageVolDeleteFlags`. */
  async delete(flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storageVolDelete({ vol: this.toRemote(), flags: flagBits(flags) }, options);
  }

  /** Overwrites the volume's data, with zeros by default or another pattern (`'nnsa'`, `'random'`, …). */
  async wipe(algorithm: WipeAlgorithm = 'zero', options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storageVolWipePattern(
      { vol: this.toRemote(), algorithm: valueNamed(WIPE_ALGORITHMS, algorithm, 'wipe algorithm'), flags: 0 },
      options,
    );
  }

  /**
   * The volume's bytes from `offset`, `length` of them (0: to the end), as a Readable. With
   * `sparse`, the daemon skips holes instead of reading them: they come out as zero-filled
   * Buffers, or with `holes: 'objects'` as `{ hole: bytes }` objects (to recreate them sparse).
   */
  download(
    offset: bigint | number = 0,
    length: bigint | number = 0,
    options: ReadStreamOptions = {},
  ): LibvirtReadStream<undefined> {
    return openReadStream(
      this.#ctx,
      remoteProcStorageVolDownload,
      this.downloadArgs(offset, length, options.sparse),
      options,
    );
  }

  /**
   * Downloads the volume's bytes from `offset`, `length` of them (0: to the end), into the file at
   * `path`, as `virsh vol-download` does: the file is created or truncated, and removed again if
   * this call created it and the download fails. With `sparse`, holes are skipped in a regular
   * file, which comes out sparse. Faster than piping `download()` to a file: each packet's memory
   * is reused once written, as libvirt's C client does.
   */
  downloadToFile(
    path: string,
    offset: bigint | number = 0,
    length: bigint | number = 0,
    options: DownloadToFileOptions = {},
  ): Promise<DownloadToFileResult> {
    return downloadToFile(
      this.#ctx,
      remoteProcStorageVolDownload,
      this.downloadArgs(offset, length, options.sparse),
      path,
      options,
    );
  }

  private downloadArgs(offset: bigint | number, length: bigint | number, sparse: boolean | undefined) {
    const flags = sparse === true ? StorageVolDownloadFlags.SparseStream : 0;
    return { vol: this.toRemote(), offset: BigInt(offset), length: BigInt(length), flags };
  }

  /**
   * Writes the volume from `offset`, `length` bytes of it (0: up to its end), from what is
   * written to the returned Writable; 'finish' means the daemon confirmed every byte. With
   * `sparse`, runs of zeros of `minHoleBytes` (default 64 KiB) or more are sent as holes, which
   * the daemon seeks over rather than writes.
   */
  upload(
    offset: bigint | number = 0,
    length: bigint | number = 0,
    options: WriteStreamOptions = {},
  ): LibvirtWriteStream<undefined> {
    const args = { vol: this.toRemote(), offset: BigInt(offset), length: BigInt(length), flags: 0 };
    if (options.sparse !== true) return openWriteStream(this.#ctx, remoteProcStorageVolUpload, args, options);
    return openWriteStream(
      this.#ctx,
      remoteProcStorageVolUpload,
      { ...args, flags: StorageVolUploadFlags.SparseStream },
      { ...options, nonSparseArgs: args },
    );
  }

  /** Changes the capacity to `bytes`; `flags` are `StorageVolResizeFlags` (`Delta`, `Shrink`, `Allocate`). */
  async resize(bytes: bigint | number, flags = 0, options?: CallOptions): Promise<void> {
    await this.#ctx.remote.storageVolResize(
      { vol: this.toRemote(), capacity: BigInt(bytes), flags: flagBits(flags) },
      options,
    );
  }
}
