import { readFile } from 'node:fs/promises';
import type { LibvirtClientConfig } from './config.js';
import { clientConfigPath, type InstallDirectories, type UserDirectoryInputs } from './environment.js';
import { LibvirtConfigError, parseVirConf, virConfGetString, virConfGetStringList } from './virconf.js';

/** libvirt refuses configuration files larger than this (`virConfReadFile`). */
const MAX_CONFIG_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The settings of a parsed libvirt.conf. As in libvirt, a setting of the wrong type (say
 * `uri_default = 1`) is an error only when it is read: each field is a getter that throws a
 * LibvirtConfigError then, so a URI given explicitly still opens despite a bad `uri_default`.
 */
export function clientConfigFromText(text: string, path: string): LibvirtClientConfig {
  const entries = parseVirConf(text, path);
  return {
    get uriDefault() {
      return virConfGetString(entries, 'uri_default', path);
    },
    get uriAliases() {
      return virConfGetStringList(entries, 'uri_aliases', path);
    },
    get remoteMode() {
      return virConfGetString(entries, 'remote_mode', path);
    },
    get remoteProxy() {
      return virConfGetString(entries, 'remote_proxy', path);
    },
    get tlsPriority() {
      return virConfGetString(entries, 'tls_priority', path);
    },
  };
}

export interface ClientConfigLocation extends UserDirectoryInputs, InstallDirectories {
  /** The effective uid: root reads `<sysconfdir>/libvirt/libvirt.conf`, others `$XDG_CONFIG_HOME/libvirt/libvirt.conf`. */
  readonly uid: number;
  /** Reads a file; injectable for tests. */
  readonly readFile?: (path: string) => Promise<Buffer>;
}

/**
 * Loads libvirt's client configuration file as virsh does on every open (`virConfLoadConfig`):
 * `/etc/libvirt/libvirt.conf` for root, `$XDG_CONFIG_HOME/libvirt/libvirt.conf` (default
 * `~/.config/libvirt/libvirt.conf`) for anyone else. A missing file means no settings
 * (`undefined`); an unreadable or malformed one is an error, which makes every open fail, as
 * in libvirt.
 */
export async function loadClientConfig(location: ClientConfigLocation): Promise<LibvirtClientConfig | undefined> {
  const path = clientConfigPath(location);
  let bytes: Buffer;
  try {
    bytes = await (location.readFile ?? ((p: string) => readFile(p)))(path);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new LibvirtConfigError(`cannot read ${path}: ${(error as Error).message}`, { path, cause: error });
  }
  if (bytes.byteLength > MAX_CONFIG_FILE_BYTES) {
    throw new LibvirtConfigError(`${path} is too large (more than ${MAX_CONFIG_FILE_BYTES} bytes)`, { path });
  }
  return clientConfigFromText(bytes.toString('utf8'), path);
}
