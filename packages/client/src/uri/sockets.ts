import { LibvirtUriError } from './errors.js';
import { joinPath } from './environment.js';
import type { LibvirtTransport } from './parse.js';
import type { RemoteMode } from './remote-params.js';

export interface SocketSelectionInput {
  readonly transport: LibvirtTransport;
  readonly mode: RemoteMode;
  /** The URI's driver; `undefined` when there is no URI (the daemon will pick). */
  readonly driver: string | undefined;
  /** Use the per-user session daemon's socket (`REMOTE_DRIVER_OPEN_USER`). */
  readonly userSession: boolean;
  readonly readOnly: boolean;
  readonly fileExists: (path: string) => boolean;
  /** What `auto` falls back to when no socket exists: libvirt's build option `remote_default_mode`. */
  readonly defaultMode: 'direct' | 'legacy';
  readonly localStateDir: string;
  /** libvirt's per-user runtime directory; only asked for when `userSession` is set. */
  readonly userRuntimeDirectory: () => string;
  readonly uri?: string | undefined;
}

export interface SelectedSocket {
  /** For `unix` a local path; for the ssh transports the path on the server. */
  readonly socketPath: string;
  /** Whether a per-driver daemon (`direct`) or libvirtd / virtproxyd (`legacy`) was chosen. */
  readonly mode: 'direct' | 'legacy';
  /** The daemon behind that socket, which libvirt would autostart: `virtqemud`, `libvirtd`, … */
  readonly daemon: string;
}

/**
 * `remoteGetUNIXSocketHelper`: session sockets are `<runtime>/<prefix>-sock` (there is no
 * read-only session socket); system sockets are `<localstatedir>/run/libvirt/<prefix>-sock`
 * or `-sock-ro`. libvirt deliberately uses `/var/run` rather than `/run` here, since the same
 * path is also used on remote hosts, where only `/var/run` is certain to exist.
 */
function socketPath(prefix: string, input: SocketSelectionInput): string {
  if (input.userSession) return joinPath(input.userRuntimeDirectory(), `${prefix}-sock`);
  return joinPath(input.localStateDir, 'run', 'libvirt', `${prefix}-${input.readOnly ? 'sock-ro' : 'sock'}`);
}

/**
 * Picks the daemon socket as libvirt's `remoteGetUNIXSocket` does (current upstream, where a
 * connection without a URI goes to virtproxyd on the libvirt socket):
 * - `direct` means the per-driver daemon `virt<driver>d` (e.g. `virtqemud-sock`);
 * - `legacy` means `libvirt-sock`, served by libvirtd or, on modular hosts, by virtproxyd;
 * - `auto` over a local socket picks whichever exists, per-driver first, and otherwise the
 *   build default; over ssh it always picks `legacy`, since the remote host cannot be probed
 *   (virt-ssh-helper, when used, probes on the remote side instead).
 */
export function selectDaemonSocket(input: SocketSelectionInput): SelectedSocket {
  // `remote:///` asks the daemon to choose, like no URI at all; libvirt would look for a
  // nonexistent `virtremoted` socket here, which only matters when no socket exists anyway.
  const perDriver = input.driver === undefined || input.driver === 'remote' ? undefined : `virt${input.driver}d`;
  const direct: SelectedSocket = {
    socketPath: socketPath(perDriver ?? 'libvirt', input),
    mode: 'direct',
    daemon: perDriver ?? 'virtproxyd',
  };
  const legacy: SelectedSocket = { socketPath: socketPath('libvirt', input), mode: 'legacy', daemon: 'libvirtd' };

  let mode = input.mode;
  if (mode === 'auto') {
    if (input.transport !== 'unix') mode = 'legacy';
    else if (input.fileExists(direct.socketPath)) mode = 'direct';
    else if (input.fileExists(legacy.socketPath)) mode = 'legacy';
    else mode = input.defaultMode;
  }

  if (mode === 'legacy') return legacy;
  if (input.transport !== 'unix') {
    throw new LibvirtUriError(`cannot use direct socket mode for the ${input.transport} transport`, { uri: input.uri });
  }
  return direct;
}
