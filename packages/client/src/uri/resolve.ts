import type { LibvirtClientConfig } from './config.js';
import { authConfigPath, tlsCredentialPaths, type TlsCredentialPaths } from './credentials.js';
import { daemonUriName } from './daemon-name.js';
import {
  DEFAULT_LOCAL_STATE_DIR,
  DEFAULT_SYSCONF_DIR,
  homeDirectory,
  joinPath,
  userConfigDirectory,
  userRuntimeDirectory,
  type InstallDirectories,
  type UserDirectoryInputs,
} from './environment.js';
import { LibvirtUriError } from './errors.js';
import { parseLibvirtUri, type LibvirtTransport, type LibvirtUri } from './parse.js';
import { asciiLowerCase, parseMode, parseProxy, type RemoteMode, type RemoteProxy } from './remote-params.js';
import { selectDaemonSocket } from './sockets.js';
import { sshArgv, sshProxyCommand } from './ssh-command.js';

/** Default ports of the network transports (libvirt's `LIBVIRTD_TCP_PORT`, `LIBVIRTD_TLS_PORT`) and ssh. */
export const DEFAULT_TCP_PORT = 16509;
export const DEFAULT_TLS_PORT = 16514;
export const DEFAULT_SSH_PORT = 22;

/** Bits of the `flags` libvirt's remote driver sends in `REMOTE_PROC_CONNECT_OPEN` (`remoteDriverOpenFlags`). */
export const RemoteOpenFlags = {
  /** Same bit as `VIR_CONNECT_RO`; the only one the daemon reads. */
  ReadOnly: 1,
  /** The per-user session daemon was chosen. */
  User: 2,
  /** The client would autostart the session daemon. */
  Autostart: 4,
} as const;

export interface ResolveOptions extends UserDirectoryInputs, InstallDirectories {
  /** Open read-only (`virConnectOpenReadOnly`): selects the `-ro` system socket. */
  readonly readOnly?: boolean | undefined;
  /** The effective uid: root uses the system daemon even for `/session` URIs. */
  readonly uid: number;
  /** Whether a path exists; used to choose between daemon sockets and to find keys and certificates. */
  readonly fileExists: (path: string) => boolean;
  /** Settings from libvirt.conf. */
  readonly config?: LibvirtClientConfig | undefined;
  /**
   * What `mode=auto` picks over a local socket when neither the per-driver nor the libvirt
   * socket exists: libvirt's build option `remote_default_mode` (upstream `direct`, some
   * distributions `legacy`).
   */
  readonly defaultMode?: 'direct' | 'legacy' | undefined;
}

interface RemoteTargetBase {
  /** The parsed URI; `undefined` when none was given and the daemon picks. */
  readonly uri: LibvirtUri | undefined;
  readonly driver: string | undefined;
  /** The name to send in `REMOTE_PROC_CONNECT_OPEN`; `''` lets the daemon pick. */
  readonly nameForDaemon: string;
  /** No URI was given: after opening, ask the daemon which one it chose (`REMOTE_PROC_CONNECT_GET_URI`). */
  readonly queryUriAfterOpen: boolean;
  readonly readOnly: boolean;
  /** The `flags` to send in `REMOTE_PROC_CONNECT_OPEN`, as libvirt does (see {@link RemoteOpenFlags}). */
  readonly openFlags: number;
  /** The per-user session daemon is targeted (`/session` URIs, `test+…` URIs, or no URI, for non-root users). */
  readonly userSession: boolean;
  /** libvirt marks the transport secure (everything but `tcp` and `ext`), which `virConnectIsSecure` reports. */
  readonly secure: boolean;
  /** The `auth` parameter: the authentication type to request from the daemon. */
  readonly authType: string | undefined;
  /** The auth.conf to read credentials from, if any. */
  readonly authConfigPath: string | undefined;
}

interface SocketTargetFields {
  /** The daemon socket: local for `unix`, on the server for the ssh transports. May be `@abstract`. */
  readonly socketPath: string;
  /** The socket came from the `socket` parameter rather than from libvirt's selection. */
  readonly socketExplicit: boolean;
  /** How the socket was chosen, unless explicit. */
  readonly mode: 'direct' | 'legacy' | undefined;
  /** The daemon behind the chosen socket (`virtqemud`, `libvirtd`, `virtproxyd`), unless explicit. */
  readonly daemon: string | undefined;
}

export interface UnixTarget extends RemoteTargetBase, SocketTargetFields {
  readonly transport: 'unix';
  /** libvirt would start the session daemon if the socket were missing (we only report it). */
  readonly autostart: boolean;
}

export interface TcpTarget extends RemoteTargetBase {
  readonly transport: 'tcp';
  readonly host: string;
  readonly port: number;
}

export interface TlsTarget extends RemoteTargetBase {
  readonly transport: 'tls';
  readonly host: string;
  readonly port: number;
  readonly credentials: TlsCredentialPaths;
  /** GnuTLS priority string from the URI or libvirt.conf. */
  readonly priority: string | undefined;
  /** Verify the server's certificate and host name (off with `no_verify=1`). */
  readonly verifyCertificate: boolean;
  /** Sanity-check the client's own certificates before use (off with `no_sanity=1`). */
  readonly sanityCheckCertificates: boolean;
}

interface SshCommonFields extends SocketTargetFields {
  readonly host: string;
  readonly port: number;
  /** How the server side reaches the daemon; `netcat` when a `netcat` path is given with `auto`. */
  readonly proxy: RemoteProxy;
  readonly netcat: string | undefined;
  /** The command libvirt runs on the server, byte for byte. */
  readonly remoteCommand: string;
}

export interface SshTarget extends RemoteTargetBase, SshCommonFields {
  readonly transport: 'ssh';
  /** `undefined` leaves it to ssh (its configuration or the local user name). */
  readonly user: string | undefined;
  readonly keyFile: string | undefined;
  readonly noTty: boolean;
  readonly noVerify: boolean;
  /** The ssh command line libvirt runs; `port` is passed only when the URI gives one. */
  readonly argv: readonly string[];
}

export type SshAuthMethod = 'agent' | 'privkey' | 'password' | 'keyboard-interactive';
export type KnownHostsVerify = 'normal' | 'auto' | 'ignore';

export interface LibsshTarget extends RemoteTargetBase, SshCommonFields {
  readonly transport: 'libssh' | 'libssh2';
  /** Defaults to `root`, as libvirt's libssh transports do. */
  readonly user: string;
  /** The `keyfile` parameter, else the first of `~/.ssh/{identity,id_dsa,id_ecdsa,id_ed25519,id_rsa}` that exists. */
  readonly keyFile: string | undefined;
  readonly knownHostsFile: string;
  readonly knownHostsVerify: KnownHostsVerify;
  readonly authMethods: readonly SshAuthMethod[];
}

export interface ExtTarget extends RemoteTargetBase {
  readonly transport: 'ext';
  /** Run as a single argv entry (no shell); the RPC stream is its stdin/stdout. */
  readonly command: string;
}

/** Everything needed to reach the daemon for a URI, decided as libvirt's remote driver decides it. */
export type RemoteTarget = UnixTarget | TcpTarget | TlsTarget | SshTarget | LibsshTarget | ExtTarget;

/** Drivers libvirt runs inside its client library for local URIs (registered in `virGlobalInit`). */
const IN_PROCESS_LOCAL_DRIVERS: ReadonlySet<string> = new Set([
  'test',
  'openvz',
  'vmwareplayer',
  'vmwarews',
  'vmwarefusion',
]);
/** Drivers libvirt runs inside its client library that talk to a remote hypervisor themselves. */
const IN_PROCESS_REMOTE_DRIVERS: ReadonlySet<string> = new Set(['esx', 'vpx', 'gsx', 'hyperv']);

const SSH_KEY_NAMES = ['identity', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_rsa'] as const;
const SSH_AUTH_METHODS: readonly SshAuthMethod[] = ['agent', 'privkey', 'password', 'keyboard-interactive'];
const KNOWN_HOSTS_VERIFY: readonly KnownHostsVerify[] = ['normal', 'auto', 'ignore'];
/** `sizeof(sun_path)` on Linux, less the terminating NUL. */
const MAX_UNIX_PATH_BYTES = 107;

/** Refuses URIs that libvirt's client library would serve itself, never reaching the remote driver. */
function rejectInProcessDrivers(uri: LibvirtUri): void {
  if (IN_PROCESS_LOCAL_DRIVERS.has(uri.scheme) && uri.host === undefined) {
    const hint = uri.scheme === 'test' ? `; use test+unix://${uri.path} to open the daemon's test driver` : '';
    throw new LibvirtUriError(
      `libvirt runs the ${uri.scheme} driver inside its client library, not in a daemon${hint}`,
      { uri: uri.uri },
    );
  }
  if (IN_PROCESS_REMOTE_DRIVERS.has(uri.scheme)) {
    throw new LibvirtUriError(
      uri.host === undefined
        ? 'the URI is missing the server part'
        : `libvirt's ${uri.scheme} driver talks to the hypervisor directly from the client library; no libvirt daemon serves it`,
      { uri: uri.uri },
    );
  }
}

function checkUnixSocketPath(path: string, uri: string | undefined): void {
  if (path === '') throw new LibvirtUriError('the socket parameter is empty', { uri });
  if (new TextEncoder().encode(path).length > MAX_UNIX_PATH_BYTES) {
    throw new LibvirtUriError(`socket path is too long for a UNIX socket: ${path}`, { uri });
  }
}

function defaultSshKey(options: ResolveOptions): string | undefined {
  const home = homeDirectory(options);
  if (home === undefined) return undefined;
  return SSH_KEY_NAMES.map((name) => joinPath(home, '.ssh', name)).find((path) => options.fileExists(path));
}

function parseKnownHostsVerify(value: string | undefined, uri: string | undefined): KnownHostsVerify {
  if (value === undefined) return 'normal';
  const found = KNOWN_HOSTS_VERIFY.find((v) => v === asciiLowerCase(value));
  if (found === undefined) {
    throw new LibvirtUriError(`invalid host key verification method ${JSON.stringify(value)}`, { uri });
  }
  return found;
}

function parseSshAuth(
  value: string | undefined,
  keyFile: string | undefined,
  uri: string | undefined,
): SshAuthMethod[] {
  if (value === undefined) {
    return keyFile === undefined
      ? ['agent', 'password', 'keyboard-interactive']
      : ['agent', 'privkey', 'password', 'keyboard-interactive'];
  }
  return value.split(',').map((entry) => {
    const method = SSH_AUTH_METHODS.find((m) => m === asciiLowerCase(entry));
    if (method === undefined)
      throw new LibvirtUriError(`invalid authentication method ${JSON.stringify(entry)}`, { uri });
    if (method === 'privkey' && keyFile === undefined) {
      throw new LibvirtUriError('private key authentication needs a key file (keyfile parameter or ~/.ssh key)', {
        uri,
      });
    }
    return method;
  });
}

/**
 * `remoteGetURIDaemonInfo`: non-root users get their session daemon for `/session` URIs, for
 * `test+…` URIs, and when there is no URI; libvirt would autostart it over a local socket
 * unless `LIBVIRT_AUTOSTART=0`.
 */
function daemonInfo(
  parsed: LibvirtUri | undefined,
  transport: LibvirtTransport,
  options: ResolveOptions,
): { userSession: boolean; autostart: boolean } {
  const autostartAllowed = options.env.LIBVIRT_AUTOSTART !== '0';
  if (parsed === undefined) {
    const userSession = options.uid > 0;
    return { userSession, autostart: userSession && autostartAllowed };
  }
  const userSession = (parsed.path === '/session' || parsed.scheme.startsWith('test+')) && options.uid > 0;
  return {
    userSession,
    autostart: userSession && parsed.host === undefined && transport === 'unix' && autostartAllowed,
  };
}

/** The ssh proxy as `doRemoteOpen` picks it: URI, then libvirt.conf, then a default. */
function chooseProxy(
  fromUri: RemoteProxy | undefined,
  fromConfig: string | undefined,
  explicitSocket: string | undefined,
  userSession: boolean,
  uri: string | undefined,
): RemoteProxy {
  if (fromUri !== undefined) return fromUri;
  if (fromConfig !== undefined) return parseProxy(fromConfig, 'libvirt.conf remote_proxy', uri);
  // virt-ssh-helper cannot take an explicit socket; for session URIs only it can find the
  // remote session socket; otherwise try it and fall back to netcat.
  if (explicitSocket !== undefined) return 'netcat';
  return userSession ? 'native' : 'auto';
}

/**
 * Decides how to reach the daemon for a URI, following libvirt's remote driver
 * (`remoteConnectOpen`, `remoteGetURIDaemonInfo`, `doRemoteOpen`, `remoteGetUNIXSocket`).
 * `uri` may be a string, an already parsed URI, or `''`/`null`/`undefined` for "no URI": the
 * local daemon then picks (virtproxyd or libvirtd), and the client should ask it which URI it
 * chose. Pure: the filesystem is only consulted through `options.fileExists`.
 */
export function resolveRemoteTarget(
  uri: string | LibvirtUri | null | undefined,
  options: ResolveOptions,
): RemoteTarget {
  const parsed = typeof uri === 'string' ? (uri === '' ? undefined : parseLibvirtUri(uri)) : (uri ?? undefined);
  const uriText = parsed?.uri;
  if (parsed !== undefined) rejectInProcessDrivers(parsed);

  const transport: LibvirtTransport = parsed?.transport ?? (parsed?.host === undefined ? 'unix' : 'tls');
  if (transport === 'unix' && parsed?.host !== undefined) {
    throw new LibvirtUriError(`the unix transport cannot reach the remote server ${parsed.host}`, { uri: uriText });
  }

  const readOnly = options.readOnly ?? false;
  const { userSession, autostart } = daemonInfo(parsed, transport, options);
  const openFlags =
    (readOnly ? RemoteOpenFlags.ReadOnly : 0) |
    (userSession ? RemoteOpenFlags.User : 0) |
    (autostart ? RemoteOpenFlags.Autostart : 0);

  const remote = parsed?.remote ?? {};
  const config = options.config ?? {};
  const mode: RemoteMode =
    remote.mode ??
    (config.remoteMode === undefined ? 'auto' : parseMode(config.remoteMode, 'libvirt.conf remote_mode', uriText));
  const explicitSocket = remote.socket;
  const proxy = chooseProxy(remote.proxy, config.remoteProxy, explicitSocket, userSession, uriText);

  if (transport === 'ext' && remote.command === undefined) {
    throw new LibvirtUriError('the ext transport needs the command parameter', { uri: uriText });
  }

  const sysconfDir = options.sysconfDir ?? DEFAULT_SYSCONF_DIR;
  const base: RemoteTargetBase = {
    uri: parsed,
    driver: parsed?.driver,
    nameForDaemon: parsed === undefined ? '' : daemonUriName(parsed),
    queryUriAfterOpen: parsed === undefined,
    readOnly,
    openFlags,
    userSession,
    secure: transport !== 'tcp' && transport !== 'ext',
    authType: remote.auth,
    authConfigPath: authConfigPath({ ...options, authFile: remote.authFile, sysconfDir }),
  };
  const host = parsed?.host ?? 'localhost';

  const socketFields = (): SocketTargetFields => {
    if (explicitSocket !== undefined) {
      return { socketPath: explicitSocket, socketExplicit: true, mode: undefined, daemon: undefined };
    }
    const selected = selectDaemonSocket({
      transport,
      mode,
      driver: parsed?.driver,
      userSession,
      readOnly,
      fileExists: options.fileExists,
      defaultMode: options.defaultMode ?? 'direct',
      localStateDir: options.localStateDir ?? DEFAULT_LOCAL_STATE_DIR,
      userRuntimeDirectory: () => userRuntimeDirectory(options),
      uri: uriText,
    });
    return { ...selected, socketExplicit: false };
  };

  switch (transport) {
    case 'unix': {
      const socket = socketFields();
      checkUnixSocketPath(socket.socketPath, uriText);
      return { ...base, transport, ...socket, autostart: autostart && !socket.socketExplicit };
    }
    case 'tcp':
      return { ...base, transport, host, port: parsed?.port ?? DEFAULT_TCP_PORT };
    case 'tls':
      return {
        ...base,
        transport,
        host,
        port: parsed?.port ?? DEFAULT_TLS_PORT,
        credentials: tlsCredentialPaths({ ...options, pkiPath: remote.pkiPath, sysconfDir }),
        priority: remote.tlsPriority ?? config.tlsPriority,
        verifyCertificate: remote.noVerify !== true,
        sanityCheckCertificates: remote.noSanity !== true,
      };
    case 'ext':
      return { ...base, transport, command: remote.command ?? '' };
    case 'ssh':
    case 'libssh':
    case 'libssh2': {
      const socket = socketFields();
      const remoteCommand = sshProxyCommand({
        proxy,
        netcat: remote.netcat,
        socketPath: socket.socketPath,
        daemonName: base.nameForDaemon,
        readOnly,
        uri: uriText,
      });
      const common: SshCommonFields = {
        ...socket,
        host,
        port: parsed?.port ?? DEFAULT_SSH_PORT,
        proxy: proxy === 'auto' && remote.netcat !== undefined ? 'netcat' : proxy,
        netcat: remote.netcat,
        remoteCommand,
      };
      if (transport === 'ssh') {
        const noTty = remote.noTty === true;
        const noVerify = remote.noVerify === true;
        return {
          ...base,
          ...common,
          transport,
          user: parsed?.user,
          keyFile: remote.keyFile,
          noTty,
          noVerify,
          argv: sshArgv({
            command: remote.command,
            host,
            port: parsed?.port,
            user: parsed?.user,
            keyFile: remote.keyFile,
            noTty,
            noVerify,
            remoteCommand,
          }),
        };
      }
      const keyFile = remote.keyFile ?? defaultSshKey(options);
      return {
        ...base,
        ...common,
        transport,
        user: parsed?.user ?? 'root',
        keyFile,
        knownHostsFile: remote.knownHosts ?? joinPath(userConfigDirectory(options), 'known_hosts'),
        knownHostsVerify: parseKnownHostsVerify(remote.knownHostsVerify, uriText),
        authMethods: parseSshAuth(remote.sshAuth, keyFile, uriText),
      };
    }
  }
}
