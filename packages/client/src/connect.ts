import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { openConnection, type Connection, type OpenOptions } from './connection.js';
import type { Credentials } from './auth/credentials.js';
import { extTransport } from './transport/ext.js';
import { libsshTransport } from './transport/libssh.js';
import { tcpTransport, unixTransport } from './transport/socket.js';
import { sshTransport } from './transport/ssh.js';
import { tlsTransport } from './transport/tls.js';
import type { Transport } from './transport/transport.js';
import { loadClientConfig } from './uri/config-file.js';
import {
  resolveRemoteTarget,
  selectConnectUri,
  type Environment,
  type LibvirtClientConfig,
  type RemoteTarget,
} from './uri/index.js';

export interface ConnectOptions extends Pick<OpenOptions, 'readOnly' | 'keepalive' | 'signal' | 'handshakeTimeoutMs'> {
  /** Reach the daemon through this transport instead of the one the URI names. */
  readonly transport?: Transport;
  /** Environment for `LIBVIRT_DEFAULT_URI`, `XDG_RUNTIME_DIR` and friends; default `process.env`. */
  readonly env?: Environment;
  /**
   * libvirt.conf settings (`uri_default`, `uri_aliases`, `remote_mode`, …); by default read, as
   * virsh does, from the user's or the system's libvirt.conf.
   */
  readonly config?: LibvirtClientConfig;
  /** Credentials for SASL and the ssh2 transports (see Credentials for the lookup order). */
  readonly credentials?: Credentials;
}

/**
 * Connects to a libvirt daemon by URI, as `virConnectOpen` does: `qemu:///system`,
 * `test+unix:///default?socket=/run/x`, `qemu+tcp://host/system`. Without a URI,
 * `LIBVIRT_DEFAULT_URI` or libvirt.conf's `uri_default` decides, else the local daemon chooses.
 */
export async function connect(uri?: string, options: ConnectOptions = {}): Promise<Connection> {
  const env = options.env ?? process.env;
  const uid = process.geteuid?.() ?? 0;
  // As virsh, read libvirt.conf on every open unless the caller hands the settings over.
  const config = options.config ?? (await loadClientConfig({ env, uid, homeDir: homedir() }));
  const selected = selectConnectUri(uri, { env, config });
  const target = resolveRemoteTarget(selected, {
    env,
    uid,
    homeDir: homedir(),
    fileExists: existsSync,
    readOnly: options.readOnly,
    config,
  });
  const transport = options.transport ?? transportFor(target, env, options.credentials);
  return openConnection(transport, {
    name: target.nameForDaemon,
    queryUriAfterOpen: target.queryUriAfterOpen,
    ...(selected === undefined ? {} : { uri: selected }),
    readOnly: target.readOnly,
    flags: target.openFlags,
    ...pick(options, ['keepalive', 'signal', 'handshakeTimeoutMs']),
    authentication: {
      credentials: options.credentials,
      hostname: target.uri?.host ?? 'localhost',
      secure: target.secure,
      authType: target.authType,
      authConfigPath: target.authConfigPath,
    },
  });
}

function transportFor(target: RemoteTarget, env: Environment, credentials: Credentials | undefined): Transport {
  switch (target.transport) {
    case 'unix':
      return unixTransport(target.socketPath);
    case 'tcp':
      return tcpTransport(target.host, target.port);
    case 'tls':
      return tlsTransport(target, { env, credentials });
    case 'ssh':
      return sshTransport(target, { env, credentials });
    case 'libssh':
    case 'libssh2':
      return libsshTransport(target, { env, credentials });
    case 'ext':
      return extTransport(target, { env, credentials });
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
