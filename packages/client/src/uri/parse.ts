import { LibvirtUriError } from './errors.js';
import { parseQueryParams, type LibvirtUriParam } from './params.js';
import { asciiLowerCase, extractRemoteParams, type RemoteUriOptions } from './remote-params.js';
import { parseUriSyntax } from './syntax.js';

/** The remote driver's transports (`remoteDriverTransport`), as spelt after `+` in a scheme. */
export const LIBVIRT_TRANSPORTS = ['tls', 'unix', 'ssh', 'libssh2', 'ext', 'tcp', 'libssh'] as const;
export type LibvirtTransport = (typeof LIBVIRT_TRANSPORTS)[number];

/** A parsed libvirt connection URI: `driver[+transport]://[user@][host][:port]/path[?params][#fragment]`. */
export interface LibvirtUri {
  /** The URI as given. */
  readonly uri: string;
  /** The whole scheme, e.g. `qemu+ssh`. */
  readonly scheme: string;
  /** The part of the scheme before `+`, e.g. `qemu`: the hypervisor driver to open on the daemon. */
  readonly driver: string;
  /** The transport written after `+` (lower-cased, as libvirt compares it), if any. */
  readonly transport: LibvirtTransport | undefined;
  /** Decoded; the whole userinfo, as libvirt takes it. */
  readonly user: string | undefined;
  /** Decoded, IPv6 brackets removed; `undefined` for local URIs such as `qemu:///system`. */
  readonly host: string | undefined;
  /** `undefined` when absent (or 0): the transport's default applies. */
  readonly port: number | undefined;
  /** Decoded; `''` when absent. */
  readonly path: string;
  /** The raw query, without `?`. */
  readonly query: string | undefined;
  /** Decoded, without `#`. */
  readonly fragment: string | undefined;
  /** Every query parameter, decoded, in order. */
  readonly params: readonly LibvirtUriParam[];
  /** The parameters libvirt's remote driver consumes, typed. */
  readonly remote: RemoteUriOptions;
  /** The parameters the remote driver forwards to the daemon inside the URI it opens there. */
  readonly passthroughParams: readonly LibvirtUriParam[];
}

/** Drivers whose URIs need a path, for which libvirt catches `qemu://system` (`virConnectCheckURIMissingSlash`). */
const PATH_DRIVERS: ReadonlySet<string> = new Set(['qemu', 'vbox', 'vz']);

function splitScheme(scheme: string, uri: string): { driver: string; transport: LibvirtTransport | undefined } {
  const plus = scheme.indexOf('+');
  if (plus < 0) return { driver: scheme, transport: undefined };
  const written = asciiLowerCase(scheme.slice(plus + 1));
  const transport = LIBVIRT_TRANSPORTS.find((t) => t === written);
  if (transport === undefined) {
    throw new LibvirtUriError(
      `unknown transport ${JSON.stringify(scheme.slice(plus + 1))} (expected one of ${LIBVIRT_TRANSPORTS.join(', ')})`,
      { uri },
    );
  }
  return { driver: scheme.slice(0, plus), transport };
}

/**
 * Parses a libvirt connection URI as `virConnectOpen` and the remote driver do (libvirt's
 * `virURIParse`, `remoteSplitURIScheme`, and the parameter extraction of `doRemoteOpen`).
 * Throws {@link LibvirtUriError} for URIs libvirt would refuse at that stage.
 */
export function parseLibvirtUri(uri: string): LibvirtUri {
  const components = parseUriSyntax(uri);
  const { driver, transport } = splitScheme(components.scheme, uri);

  if (PATH_DRIVERS.has(components.scheme) && (components.host === 'system' || components.host === 'session')) {
    throw new LibvirtUriError(
      `"${components.host}" is read as a host name here; did you mean ${components.scheme}:///${components.host}?`,
      { uri },
    );
  }

  let params: LibvirtUriParam[];
  try {
    params = parseQueryParams(components.query);
  } catch (error) {
    throw new LibvirtUriError('a query parameter is not valid UTF-8 once percent-decoded', { uri, cause: error });
  }
  const { options, passthrough } = extractRemoteParams(params, uri);

  return {
    uri,
    scheme: components.scheme,
    driver,
    transport,
    user: components.user,
    host: components.host,
    port: components.port,
    path: components.path,
    query: components.query,
    fragment: components.fragment,
    params,
    remote: options,
    passthroughParams: passthrough,
  };
}
