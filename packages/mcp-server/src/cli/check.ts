import type { connect } from '@libvirt-ts/client';
import type { Logger } from 'pino';
import { redactUri, redactUrisInText } from '../redact/uri.js';
import type { Config } from '../config/schema.js';
import { HostManager } from '../hosts/host-manager.js';

/** What `check` learnt about one host. */
export type HostCheck =
  | {
      readonly name: string;
      readonly uri: string;
      readonly readOnly: boolean;
      readonly reachable: true;
      readonly hostname: string;
      /** The daemon's libvirt version, `11.3.0`. */
      readonly libvirtVersion: string;
      /** The driver (`QEMU`, `TEST`) and its hypervisor's version (QEMU's own for QEMU). */
      readonly hypervisor: string;
    }
  | {
      readonly name: string;
      readonly uri: string;
      readonly readOnly: boolean;
      readonly reachable: false;
      readonly error: string;
    };

export interface CheckOptions {
  readonly logger: Logger;
  /** For tests. */
  readonly connect?: typeof connect;
}

/**
 * Connects to every configured host at once, each within `connections.connect_timeout_ms` (and
 * its calls within the same bound), so one dead host costs at most one timeout in total.
 * Connections are read-only when the configuration says so, as the server would open them.
 */
export async function checkHosts(config: Config, options: CheckOptions): Promise<HostCheck[]> {
  const timeoutMs = config.connections.connect_timeout_ms;
  const manager = new HostManager(config.hosts, {
    readOnly: config.security.read_only,
    logger: options.logger,
    connections: config.connections,
    ...(options.connect === undefined ? {} : { connect: options.connect }),
  });
  try {
    return await Promise.all(
      config.hosts.map(async (host): Promise<HostCheck> => {
        const base = {
          name: host.name,
          uri: redactUri(host.uri),
          readOnly: config.security.read_only || host.read_only,
        };
        try {
          const { connection } = await manager.get(host.name);
          const call = { timeoutMs };
          const [hostname, libVersion, type, hvVersion] = await Promise.all([
            connection.host.hostname(call),
            connection.host.libVersion(call),
            connection.host.type(call),
            connection.host.version(call),
          ]);
          return {
            ...base,
            reachable: true,
            hostname,
            libvirtVersion: `${libVersion.major}.${libVersion.minor}.${libVersion.micro}`,
            hypervisor:
              hvVersion.number === 0 ? type : `${type} ${hvVersion.major}.${hvVersion.minor}.${hvVersion.micro}`,
          };
        } catch (error) {
          return { ...base, reachable: false, error: errorText(error) };
        }
      }),
    );
  } finally {
    await manager.close();
  }
}

/** The report `check` prints: a block per host, then a summary line. */
export function formatCheck(results: readonly HostCheck[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.name}: ${result.reachable ? 'ok' : 'UNREACHABLE'}`);
    lines.push(`  uri:        ${result.uri}`);
    lines.push(`  access:     ${result.readOnly ? 'read-only' : 'read-write'}`);
    if (result.reachable) {
      lines.push(`  hostname:   ${result.hostname}`);
      lines.push(`  libvirt:    ${result.libvirtVersion}`);
      lines.push(`  hypervisor: ${result.hypervisor}`);
    } else {
      lines.push(`  error:      ${result.error}`);
    }
  }
  const reachable = results.filter((r) => r.reachable).length;
  const total = results.length;
  lines.push(
    `${total} host${total === 1 ? '' : 's'}: ${reachable} reachable` +
      (reachable === total ? '' : `, ${total - reachable} unreachable`),
  );
  return `${lines.join('\n')}\n`;
}

/** `libvirt-mcp-server check`: prints the report; exit code 0 only when every host is reachable. */
export async function runCheck(config: Config, options: CheckOptions & { write(text: string): void }): Promise<number> {
  const results = await checkHosts(config, options);
  options.write(formatCheck(results));
  return results.every((r) => r.reachable) ? 0 : 1;
}

/** HostUnavailableError's message already carries the connect error's; URIs in it lose their passwords. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUrisInText(message);
}
