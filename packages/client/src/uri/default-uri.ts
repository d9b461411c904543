import type { LibvirtClientConfig } from './config.js';
import type { Environment } from './environment.js';
import { LibvirtUriError } from './errors.js';

const ALIAS_NAME = /^[A-Za-z0-9_-]*$/;

/**
 * The URI libvirt opens when given none (`virConnectGetDefaultURI`): `$LIBVIRT_DEFAULT_URI` if
 * set and non-empty, else libvirt.conf's `uri_default`; `undefined` means "no URI", and the
 * daemon picks. (libvirt would reject an empty `uri_default`; we treat it as unset.)
 */
export function defaultUri(env: Environment, config?: LibvirtClientConfig): string | undefined {
  const fromEnv = env.LIBVIRT_DEFAULT_URI;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const fromConfig = config?.uriDefault;
  return fromConfig === undefined || fromConfig === '' ? undefined : fromConfig;
}

/**
 * Looks `name` up in libvirt.conf's `uri_aliases` (`virURIResolveAlias`): entries are
 * `alias=uri`, compared case-sensitively with the whole name. Like libvirt, a malformed entry
 * met before the match is an error (so a broken file fails every lookup that reaches it), and
 * an alias may use only `A-Z a-z 0-9 _ -`. Returns `undefined` when nothing matches.
 */
export function resolveUriAlias(name: string, aliases: readonly string[] | undefined): string | undefined {
  for (const entry of aliases ?? []) {
    const equals = entry.indexOf('=');
    if (equals < 0) {
      throw new LibvirtUriError(`malformed uri_aliases entry ${JSON.stringify(entry)}: expected alias=uri`);
    }
    const alias = entry.slice(0, equals);
    if (!ALIAS_NAME.test(alias)) {
      throw new LibvirtUriError(
        `malformed uri_aliases entry ${JSON.stringify(entry)}: an alias may only contain A-Z, a-z, 0-9, _ and -`,
      );
    }
    if (alias === name) return entry.slice(equals + 1);
  }
  return undefined;
}

export interface SelectConnectUriOptions {
  readonly env: Environment;
  readonly config?: LibvirtClientConfig | undefined;
  /** Skip alias lookup, like `VIR_CONNECT_NO_ALIASES`. */
  readonly noAliases?: boolean | undefined;
}

/**
 * Turns what the caller asked to open into the URI string to use, as `virConnectOpenInternal`
 * does before choosing a driver: an empty or missing name falls back to {@link defaultUri};
 * the historical `xen` and `xen://` become `xen:///system`; then aliases apply. `undefined`
 * means no URI at all: connect to the local daemon and let it choose.
 */
export function selectConnectUri(
  requested: string | null | undefined,
  options: SelectConnectUriOptions,
): string | undefined {
  let name = requested === null || requested === '' ? undefined : requested;
  if (name !== undefined && (name.toLowerCase() === 'xen' || name === 'xen://')) name = 'xen:///system';
  name ??= defaultUri(options.env, options.config);
  if (name === undefined || options.noAliases === true) return name;
  return resolveUriAlias(name, options.config?.uriAliases) ?? name;
}
