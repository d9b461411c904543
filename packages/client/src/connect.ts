import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { openConnection, type Connection, type OpenOptions } from './connection.js';
import { ConnectError } from './errors.js';
import { tcpTransport, unixTransport } from './transport/socket.js';
import type { Transport } from './transport/transport.js';
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
  /** libvirt.conf settings (`uri_default`, `uri_aliases`, `remote_mode`, …). */
  readonly config?: LibvirtClientConfig;
}

/**
 * Connects to a libvirt daemon by URI, as `virConnectOpen` does: `qemu:///system`,
 * `test+unix:///default?socket=/run/x`, `qemu+tcp://host/system`. Without a URI,
 * `LIBVIRT_DEFAULT_URI` or libvirt.conf's `uri_default` decides, else the local daemon chooses.
 */
export async function connect(uri?: string, options: ConnectOptions = {}): Promise<Connection> {
  const env = options.env ?? process.env;
  const selected = selectConnectUri(uri, { env, config: options.config });
  const target = resolveRemoteTarget(selected, {
    env,
    uid: process.geteuid?.() ?? 0,
    homeDir: homedir(),
    fileExists: existsSync,
    readOnly: options.readOnly,
    config: options.config,
  });
  const transport = options.transport ?? transportFor(target);
  return openConnection(transport, {
    name: target.nameForDaemon,
    queryUriAfterOpen: target.queryUriAfterOpen,
    ...(selected === undefined ? {} : { uri: selected }),
    readOnly: target.readOnly,
    flags: target.openFlags,
    ...pick(options, ['keepalive', 'signal', 'handshakeTimeoutMs']),
  });
}

function transportFor(target: RemoteTarget): Transport {
  switch (target.transport) {
    case 'unix':
      return unixTransport(target.socketPath);
    case 'tcp':
      return tcpTransport(target.host, target.port);
    default:
      throw new ConnectError(
        `the ${target.transport} transport is not supported yet; pass a Transport in options.transport to reach ${target.nameForDaemon}`,
      );
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
