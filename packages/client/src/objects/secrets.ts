import { SecretUsageType } from '../constants/index.js';
import type { RemoteNonnullSecret } from '../protocol/remote.gen.js';
import { flagBits, type CallOptions, type ObjectContext } from './context.js';
import { secretListFlags, type SecretListFilter } from './list-filters.js';
import { nameTable, valueNamed, type NameOf } from './names.js';
import { formatUuid, parseUuid } from './uuid.js';

/** What a secret is for: `'volume'`, `'ceph'`, `'iscsi'`, `'tls'`, `'vtpm'`, or `'none'`. */
export type SecretUsage = NameOf<typeof SecretUsageType>;

const USAGES = nameTable(SecretUsageType);

/** The secrets of a connection (passphrases, keys): `conn.secrets`. */
export class Secrets {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.secrets`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async list(filter: SecretListFilter = {}, options?: CallOptions): Promise<Secret[]> {
    const { secrets } = await this.#ctx.remote.connectListAllSecrets(
      { needResults: 1, flags: secretListFlags(filter) },
      options,
    );
    return secrets.map((secret) => new Secret(this.#ctx, secret));
  }

  async lookup(uuid: string | Uint8Array, options?: CallOptions): Promise<Secret> {
    const bytes = typeof uuid === 'string' ? parseUuid(uuid) : uuid;
    return new Secret(this.#ctx, (await this.#ctx.remote.secretLookupByUuid({ uuid: bytes }, options)).secret);
  }

  /** By what it is for: e.g. `('ceph', 'client.libvirt secret')` or `('volume', '/path/to/disk.img')`. */
  async lookupByUsage(usage: SecretUsage | number, usageId: string, options?: CallOptions): Promise<Secret> {
    const usageType = typeof usage === 'number' ? usage : valueNamed(USAGES, usage, 'secret usage');
    return new Secret(
      this.#ctx,
      (await this.#ctx.remote.secretLookupByUsage({ usageType, usageID: usageId }, options)).secret,
    );
  }

  /** Defines a secret from `<secret>` XML (its value is set separately); `flags` are `SecretDefineFlags`. */
  async define(xml: string, flags = 0, options?: CallOptions): Promise<Secret> {
    const { secret } = await this.#ctx.remote.secretDefineXml({ xml, flags: flagBits(flags) }, options);
    return new Secret(this.#ctx, secret);
  }
}

/** A secret handle (UUID and usage); holds nothing on the daemon. */
export class Secret {
  readonly uuid: string;
  /** `'unknown'` only for a usage newer than this client. */
  readonly usage: SecretUsage | 'unknown';
  readonly usageCode: number;
  /** What the usage names: the volume path, the Ceph or iSCSI name, …; empty for `'none'`. */
  readonly usageId: string;
  readonly #ctx: ObjectContext;
  readonly #ref: RemoteNonnullSecret;

  /** @internal Handles come from `conn.secrets`. */
  constructor(ctx: ObjectContext, ref: RemoteNonnullSecret) {
    this.#ctx = ctx;
    this.#ref = ref;
    this.uuid = formatUuid(ref.uuid);
    this.usage = USAGES.nameOf(ref.usageType) ?? 'unknown';
    this.usageCode = ref.usageType;
    this.usageId = ref.usageID;
  }

  equals(other: Secret): boolean {
    return this.uuid === other.uuid;
  }

  toRemote(): RemoteNonnullSecret {
    return { uuid: this.#ref.uuid.slice(), usageType: this.#ref.usageType, usageID: this.#ref.usageID };
  }

  async xml(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.secretGetXmlDesc({ secret: this.#ref, flags: 0 }, options)).xml;
  }

  /** The secret's value as bytes. The daemon refuses this for a private secret. */
  async value(options?: CallOptions): Promise<Uint8Array> {
    return (await this.#ctx.remote.secretGetValue({ secret: this.#ref, flags: 0 }, options)).value;
  }

  /** Sets the value; a string is sent as its UTF-8 bytes. */
  async setValue(value: Uint8Array | string, options?: CallOptions): Promise<void> {
    const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    await this.#ctx.remote.secretSetValue({ secret: this.#ref, value: bytes, flags: 0 }, options);
  }

  async undefine(options?: CallOptions): Promise<void> {
    await this.#ctx.remote.secretUndefine({ secret: this.#ref }, options);
  }
}
