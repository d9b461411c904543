import { describeExit, stderrTail, type CommandExit } from './command-stream.js';

/** Where an ssh transport was going, for messages. */
export interface SshDestination {
  readonly host: string;
  readonly port: number;
  readonly user: string | undefined;
  /** How the server side reaches the daemon: virt-ssh-helper (`native`), `netcat`, or `auto`. */
  readonly proxy: 'auto' | 'netcat' | 'native';
}

export interface SshErrorDetails {
  readonly destination: SshDestination;
  /** The exit status of the system ssh or of the remote command, when there was one. */
  readonly exitCode?: number | null | undefined;
  /** The tail of ssh's stderr or of the remote command's stderr. */
  readonly stderr?: string | undefined;
  readonly cause?: unknown;
}

/**
 * Reaching the daemon over ssh failed, through the system ssh (`+ssh`) or ssh2 (`+libssh2`,
 * `+libssh`). Subclasses say which step failed; `stderr` holds what ssh or the remote command
 * printed.
 */
export class SshError extends Error {
  override readonly name: string = 'SshError';
  readonly host: string;
  readonly port: number;
  readonly exitCode: number | null | undefined;
  readonly stderr: string | undefined;

  constructor(message: string, details: SshErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.host = details.destination.host;
    this.port = details.destination.port;
    this.exitCode = details.exitCode;
    this.stderr = details.stderr;
  }
}

/** The ssh server could not be reached: refused, unresolvable, unreachable, timed out, or closed at once. */
export class SshConnectError extends SshError {
  override readonly name: string = 'SshConnectError';
}

/** The server's host key is unknown, or differs from the one known for it: possibly a man in the middle. */
export class SshHostKeyError extends SshError {
  override readonly name: string = 'SshHostKeyError';
}

/** The server refused every authentication method tried (wrong key, no agent, bad password). */
export class SshAuthenticationError extends SshError {
  override readonly name: string = 'SshAuthenticationError';
}

/**
 * Logged in, but the command run on the server to reach the daemon failed: virt-ssh-helper or
 * nc is missing there (exit status 127), or it could not connect to the daemon's socket.
 */
export class SshRemoteCommandError extends SshError {
  override readonly name: string = 'SshRemoteCommandError';
}

export function sshHostPort(destination: Pick<SshDestination, 'host' | 'port'>): string {
  return `${destination.host.includes(':') ? `[${destination.host}]` : destination.host}:${destination.port}`;
}

export function sshUserHostPort(destination: SshDestination): string {
  return `${destination.user === undefined ? '' : `${destination.user}@`}${sshHostPort(destination)}`;
}

function quoted(stderr: string): string {
  const tail = stderrTail(stderr);
  return tail === '' ? '' : `: ${tail}`;
}

/** What to install or change when the remote command is missing, by proxy mode. */
function missingCommandHint(proxy: SshDestination['proxy']): string {
  switch (proxy) {
    case 'native':
      return 'virt-ssh-helper, which comes with the libvirt daemon, is missing on the server; proxy=netcat uses nc instead';
    case 'netcat':
      return 'nc is missing on the server: install netcat-openbsd there, or name another netcat with netcat=PATH';
    case 'auto':
      return 'neither virt-ssh-helper nor nc was found on the server: install the libvirt daemon or netcat-openbsd there';
  }
}

// OpenSSH's own words (ssh exits with 255 for any failure of its own).
const HOST_KEY_FAILURE =
  /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key for .* has changed|No \S+ host key is known|HOST KEY VERIFICATION FAILED/i;
const AUTHENTICATION_FAILURE =
  /Permission denied|Too many authentication failures|No more authentication methods|Authentication failed|no supported authentication methods/i;
const CONNECT_FAILURE =
  /Connection refused|Could not resolve hostname|Name or service not known|No route to host|Network is unreachable|Connection timed out|Operation timed out|kex_exchange_identification|Connection closed by|Connection reset|Bad port|ssh_exchange_identification/i;
/** ssh's exit status for its own failures; otherwise it passes on the remote command's. */
const SSH_FAILURE_STATUS = 255;
/** The shell's status for "command not found". */
const COMMAND_NOT_FOUND_STATUS = 127;

/**
 * Names the failure of the system ssh from its exit status and stderr, as a person reading them
 * would: 255 is ssh's own failure (host key, authentication, connection); any other status is the
 * remote command's (127: not found).
 */
export function sshExitError(exit: CommandExit, destination: SshDestination): SshError {
  const details: SshErrorDetails = { destination, exitCode: exit.code, stderr: exit.stderr };
  const how = `${describeExit(exit)}${quoted(exit.stderr)}`;
  const where = sshUserHostPort(destination);
  if (exit.signal !== null) return new SshError(`ssh to ${where} ended by ${how}`, details);
  if (exit.code === SSH_FAILURE_STATUS) {
    if (HOST_KEY_FAILURE.test(exit.stderr)) {
      return new SshHostKeyError(
        `ssh could not verify the host key of ${sshHostPort(destination)} (${how}); check known_hosts (or no_verify=1 to accept an unknown key)`,
        details,
      );
    }
    if (AUTHENTICATION_FAILURE.test(exit.stderr)) {
      return new SshAuthenticationError(`ssh could not log in to ${where} (${how})`, details);
    }
    if (CONNECT_FAILURE.test(exit.stderr)) {
      return new SshConnectError(`ssh could not reach ${sshHostPort(destination)} (${how})`, details);
    }
    return new SshError(`ssh to ${where} failed (${how})`, details);
  }
  return remoteCommandError(exit, destination);
}

/**
 * The command run on the server to reach the daemon (virt-ssh-helper, nc) failed: status 127
 * means the shell did not find it; anything else, it ran but could not connect or was cut off.
 */
export function remoteCommandError(exit: CommandExit, destination: SshDestination): SshRemoteCommandError {
  const details: SshErrorDetails = { destination, exitCode: exit.code, stderr: exit.stderr };
  const how = `${describeExit(exit)}${quoted(exit.stderr)}`;
  if (exit.code === COMMAND_NOT_FOUND_STATUS) {
    return new SshRemoteCommandError(
      `the command that reaches the daemon on ${destination.host} was not found (${how}); ${missingCommandHint(destination.proxy)}`,
      details,
    );
  }
  return new SshRemoteCommandError(
    `the command that reaches the daemon on ${destination.host} failed (${how}); check the socket= path and that the daemon runs there`,
    details,
  );
}
