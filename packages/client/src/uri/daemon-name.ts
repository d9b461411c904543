import type { LibvirtUri } from './parse.js';
import { formatQueryParams } from './params.js';
import { escapeUriFragment, escapeUriPath } from './percent.js';

/**
 * The name the remote driver sends in `REMOTE_PROC_CONNECT_OPEN` for a URI (`doRemoteOpen`):
 * - the `name` parameter, verbatim, when given;
 * - `''` for the `remote` pseudo-driver (`remote:///`, `remote+ssh://host/`), so the daemon picks;
 * - otherwise the URI rebuilt as libvirt's `virURIFormat` writes it from the driver, path,
 *   forwarded parameters and fragment alone: no transport, user, host or port. A URI without a
 *   host is formatted with an empty authority, so `qemu+ssh://root@h/system` becomes `qemu:///system`.
 */
export function daemonUriName(uri: LibvirtUri): string {
  if (uri.remote.name !== undefined) return uri.remote.name;
  if (uri.scheme === 'remote' || uri.scheme.startsWith('remote+')) return '';
  const query = formatQueryParams(uri.passthroughParams);
  let name = `${uri.driver}://${escapeUriPath(uri.path)}`;
  if (query !== undefined) name += `?${query}`;
  if (uri.fragment !== undefined) name += `#${escapeUriFragment(uri.fragment)}`;
  return name;
}
