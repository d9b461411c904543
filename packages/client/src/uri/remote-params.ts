import { LibvirtUriError } from './errors.js';
import type { LibvirtUriParam } from './params.js';

/** Values of the `mode` parameter and of `remote_mode` in libvirt.conf (`remoteDriverMode`). */
export const REMOTE_MODES = ['auto', 'legacy', 'direct'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

/** Values of the `proxy` parameter and of `remote_proxy` in libvirt.conf (`virNetClientProxy`). */
export const REMOTE_PROXIES = ['auto', 'netcat', 'native'] as const;
export type RemoteProxy = (typeof REMOTE_PROXIES)[number];

/**
 * The query parameters libvirt's remote driver consumes (`doRemoteOpen`) instead of forwarding
 * them to the daemon. Names match case-insensitively and the last occurrence wins, as there.
 */
export interface RemoteUriOptions {
  /** `name`: the URI to open on the daemon, replacing the one derived from this URI. */
  readonly name?: string;
  /** `command`: the ssh binary (`+ssh`), or the program to run (`+ext`). */
  readonly command?: string;
  /** `socket`: the UNIX socket path (local for `+unix`, on the server for the ssh transports). */
  readonly socket?: string;
  /** `auth`: the authentication type to ask the daemon for (e.g. `sasl`, `sasl.gssapi`, `polkit`). */
  readonly auth?: string;
  /** `sshauth`: comma-separated libssh/libssh2 authentication methods, in order. */
  readonly sshAuth?: string;
  /** `netcat`: the netcat binary on the server. */
  readonly netcat?: string;
  /** `keyfile`: the SSH private key. */
  readonly keyFile?: string;
  /** `pkipath`: the directory holding the TLS CA certificate, client certificate and key. */
  readonly pkiPath?: string;
  /** `known_hosts`: the known_hosts file for libssh/libssh2. */
  readonly knownHosts?: string;
  /** `known_hosts_verify`: `normal`, `auto` or `ignore` (checked when a libssh transport uses it). */
  readonly knownHostsVerify?: string;
  /** `tls_priority`: a GnuTLS priority string. */
  readonly tlsPriority?: string;
  /** `mode`: per-driver daemon (`direct`), libvirtd (`legacy`) or choose (`auto`). */
  readonly mode?: RemoteMode;
  /** `proxy`: how ssh reaches the daemon on the server: virt-ssh-helper (`native`), `netcat`, or `auto`. */
  readonly proxy?: RemoteProxy;
  /** `no_sanity`: skip the sanity checks on the local TLS certificates. */
  readonly noSanity?: boolean;
  /** `no_verify`: do not verify the server (TLS certificate, or ssh host key for new hosts). */
  readonly noVerify?: boolean;
  /** `no_tty`: never let ssh prompt on a terminal. */
  readonly noTty?: boolean;
  /**
   * `authfile`: the auth.conf holding credentials. libvirt strips every `authfile` regardless of
   * case but its credential lookup reads only the first one spelt exactly `authfile`; so do we.
   */
  readonly authFile?: string;
}

type StringOption =
  | 'name'
  | 'command'
  | 'socket'
  | 'auth'
  | 'sshAuth'
  | 'netcat'
  | 'keyFile'
  | 'pkiPath'
  | 'knownHosts'
  | 'knownHostsVerify'
  | 'tlsPriority';

const STRING_PARAMS: ReadonlyMap<string, StringOption> = new Map([
  ['name', 'name'],
  ['command', 'command'],
  ['socket', 'socket'],
  ['auth', 'auth'],
  ['sshauth', 'sshAuth'],
  ['netcat', 'netcat'],
  ['keyfile', 'keyFile'],
  ['pkipath', 'pkiPath'],
  ['known_hosts', 'knownHosts'],
  ['known_hosts_verify', 'knownHostsVerify'],
  ['tls_priority', 'tlsPriority'],
]);

const BOOLEAN_PARAMS: ReadonlyMap<string, 'noSanity' | 'noVerify' | 'noTty'> = new Map([
  ['no_sanity', 'noSanity'],
  ['no_verify', 'noVerify'],
  ['no_tty', 'noTty'],
]);

/** libvirt compares parameter names with `STRCASEEQ`, which folds ASCII letters only. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const C_SPACE = ' \t\n\v\f\r';

/**
 * libvirt reads the boolean parameters with `virStrToLong_i(value, NULL, 10)`: optional leading
 * white space and sign, decimal digits, nothing after, within the range of a C int.
 */
function parseCInt(text: string): number | undefined {
  let start = 0;
  while (start < text.length && C_SPACE.includes(text.charAt(start))) start++;
  const digits = text.slice(start);
  if (!/^[+-]?[0-9]+$/.test(digits)) return undefined;
  const value = Number(digits);
  return value >= -2147483648 && value <= 2147483647 ? value : undefined;
}

export function parseMode(value: string, source: string, uri?: string): RemoteMode {
  const mode = REMOTE_MODES.find((m) => m === value);
  if (mode === undefined) {
    throw new LibvirtUriError(
      `unknown remote mode ${JSON.stringify(value)} in ${source} (expected auto, legacy or direct)`,
      { uri },
    );
  }
  return mode;
}

export function parseProxy(value: string, source: string, uri?: string): RemoteProxy {
  const proxy = REMOTE_PROXIES.find((p) => p === value);
  if (proxy === undefined) {
    throw new LibvirtUriError(
      `unknown proxy type ${JSON.stringify(value)} in ${source} (expected auto, netcat or native)`,
      { uri },
    );
  }
  return proxy;
}

export interface ExtractedRemoteParams {
  readonly options: RemoteUriOptions;
  /** The parameters the remote driver leaves in the URI it forwards to the daemon, in order. */
  readonly passthrough: readonly LibvirtUriParam[];
}

/** Splits parameters into those the remote driver consumes and those it forwards, as `doRemoteOpen` does. */
export function extractRemoteParams(params: readonly LibvirtUriParam[], uri: string): ExtractedRemoteParams {
  const options: { -readonly [K in keyof RemoteUriOptions]: RemoteUriOptions[K] } = {};
  const passthrough: LibvirtUriParam[] = [];
  // Like doRemoteOpen, keep the last spelling and validate it only once all are read.
  let mode: string | undefined;
  let proxy: string | undefined;

  for (const param of params) {
    const key = asciiLowerCase(param.name);
    const stringOption = STRING_PARAMS.get(key);
    if (stringOption !== undefined) {
      options[stringOption] = param.value;
      continue;
    }
    const booleanOption = BOOLEAN_PARAMS.get(key);
    if (booleanOption !== undefined) {
      const value = parseCInt(param.value);
      if (value === undefined) {
        throw new LibvirtUriError(`parameter ${param.name} must be an integer, not ${JSON.stringify(param.value)}`, {
          uri,
        });
      }
      options[booleanOption] = value !== 0;
      continue;
    }
    if (key === 'mode') {
      mode = param.value;
      continue;
    }
    if (key === 'proxy') {
      proxy = param.value;
      continue;
    }
    if (key === 'authfile') {
      if (param.name === 'authfile') options.authFile ??= param.value;
      continue;
    }
    passthrough.push(param);
  }
  if (mode !== undefined) options.mode = parseMode(mode, 'the URI parameter mode', uri);
  if (proxy !== undefined) options.proxy = parseProxy(proxy, 'the URI parameter proxy', uri);
  return { options, passthrough };
}
