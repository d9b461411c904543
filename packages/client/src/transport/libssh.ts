import ssh2 from 'ssh2';
import type { ClientChannel, ConnectConfig } from 'ssh2';
import type { Credentials } from '../auth/credentials.js';
import type { Environment, KnownHostsVerify, LibsshTarget } from '../uri/index.js';
import { CommandStream, type CommandExit, type CommandHandle } from './command-stream.js';
import {
  appendKnownHost,
  checkHostKey,
  knownHostsName,
  preferredHostKeyAlgorithms,
  readKnownHosts,
  sshFingerprint,
  sshKeyType,
  type KnownHostsEntry,
} from './known-hosts.js';
import { sshAuthHandler, type SshAuthReport } from './ssh-auth.js';
import {
  SshAuthenticationError,
  SshConnectError,
  SshError,
  SshHostKeyError,
  sshHostPort,
  sshUserHostPort,
  remoteCommandError,
  type SshDestination,
} from './ssh-errors.js';
import { TransportError, type Transport } from './transport.js';

export interface LibsshTargetTransportOptions {
  readonly env: Environment;
  /** Passwords, key passphrases and keyboard-interactive answers (see Credentials). */
  readonly credentials: Credentials | undefined;
}

/**
 * How long ssh2 may take from the TCP connection to a successful login when nobody can be asked
 * anything. With a credentials callback there is no limit, as in libvirt: a person may be
 * typing; the caller's AbortSignal still applies.
 */
const UNATTENDED_LOGIN_TIMEOUT_MS = 30_000;

/**
 * The names a host's key may be listed under. libssh (`+libssh`) looks up `host` on port 22 and
 * `[host]:port` otherwise, as OpenSSH does; libssh2 (`+libssh2`) tries `[host]:port`, then `host`.
 */
function lookupNames(target: LibsshTarget): string[] {
  return target.transport === 'libssh2'
    ? [`[${target.host}]:${target.port}`, target.host]
    : [knownHostsName(target.host, target.port)];
}

/** The name a newly accepted key is stored under: libssh2 always writes `[host]:port`. */
function storeName(target: LibsshTarget): string {
  return target.transport === 'libssh2' ? `[${target.host}]:${target.port}` : knownHostsName(target.host, target.port);
}

interface HostKeyCheckResult {
  readonly accept: boolean;
  readonly failure?: SshHostKeyError;
}

/**
 * libvirt's host key policy (`virNetLibsshCheckHostKey`, `virNetSSHCheckHostKey`): `ignore`
 * accepts anything; a listed key is accepted; a host listed with other keys (changed, or of
 * another type) is refused in `normal` and `auto` alike; an unknown host is added in `auto`.
 * In `normal` libvirt would ask its auth callback to accept an unknown key; Credentials has no
 * such question, so the key must already be in known_hosts.
 */
async function checkServerKey(
  key: Buffer,
  target: LibsshTarget,
  entries: readonly KnownHostsEntry[],
  destination: SshDestination,
): Promise<HostKeyCheckResult> {
  const verify: KnownHostsVerify = target.knownHostsVerify;
  if (verify === 'ignore') return { accept: true };
  const where = sshHostPort(target);
  const identity = `${sshKeyType(key) ?? 'unknown type'} ${sshFingerprint(key)}`;
  const verdict = checkHostKey(entries, lookupNames(target), key);
  switch (verdict.status) {
    case 'known':
      return { accept: true };
    case 'revoked':
      return {
        accept: false,
        failure: new SshHostKeyError(
          `the host key of ${where} (${identity}) is marked @revoked in ${target.knownHostsFile} line ${verdict.entry.line}`,
          { destination },
        ),
      };
    case 'changed': {
      const lines = verdict.entries.map((entry) => `${entry.line} (${entry.keyType})`).join(', ');
      return {
        accept: false,
        failure: new SshHostKeyError(
          `SSH host key verification failed: the identity of ${where} differs from the one stored in ${target.knownHostsFile} (line ${lines}); ` +
            `the server offered ${identity}. Verify it to rule out a man in the middle, then fix known_hosts`,
          { destination },
        ),
      };
    }
    case 'unknown':
      if (verify === 'normal') {
        return {
          accept: false,
          failure: new SshHostKeyError(
            `the host key of ${where} (${identity}) is not in ${target.knownHostsFile}; add it there ` +
              `(ssh-keyscan -p ${target.port} ${target.host}), or use known_hosts_verify=auto to add it on first use`,
            { destination },
          ),
        };
      }
      try {
        await appendKnownHost(target.knownHostsFile, storeName(target), key);
      } catch (error) {
        return {
          accept: false,
          failure: new SshHostKeyError(
            `cannot add the host key of ${where} to ${target.knownHostsFile}: ${(error as Error).message}`,
            { destination, cause: error },
          ),
        };
      }
      return { accept: true };
  }
}

function authenticationError(report: SshAuthReport, destination: SshDestination, cause: unknown): SshError {
  const where = sshUserHostPort(destination);
  if (report.fatal !== undefined) {
    return new SshAuthenticationError(`authentication to ${where} failed: ${report.fatal.message}`, {
      destination,
      cause: report.fatal,
    });
  }
  const offered = report.serverMethods === undefined ? '' : `; the server accepts ${report.serverMethods.join(', ')}`;
  const tried = report.attempts.length === 0 ? '' : ` (${report.attempts.join('; ')})`;
  return new SshAuthenticationError(`the server refused every authentication method for ${where}${tried}${offered}`, {
    destination,
    cause,
  });
}

/** The level ssh2 attaches to its errors. */
function levelOf(error: Error): string | undefined {
  return 'level' in error && typeof error.level === 'string' ? error.level : undefined;
}

function channelHandle(channel: ClientChannel, client: ssh2.Client): CommandHandle {
  return {
    stdin: channel,
    stdout: channel,
    stderr: channel.stderr,
    onExit(listener) {
      channel.once('exit', (code: number | null, signal?: string) => {
        listener(code, signal ?? null);
      });
    },
    onClose(listener) {
      channel.once('close', listener);
    },
    terminate() {
      channel.close();
      client.end();
    },
  };
}

/**
 * `+libssh2` and `+libssh`: libvirt's in-process ssh clients, here ssh2 (pure JavaScript). Opens
 * a TCP connection to the server, checks its host key against `known_hosts` per
 * `known_hosts_verify`, logs in with the `sshauth` methods in order (agent, private key,
 * password, keyboard-interactive; passwords and passphrases come from Credentials), then runs
 * the same remote command as `+ssh` (virt-ssh-helper or `nc -U socket`) on an exec channel.
 *
 * `~/.ssh/config` is not read. Failures reject `open` with a TransportError whose cause is an
 * SshConnectError, SshHostKeyError, SshAuthenticationError or SshRemoteCommandError; the remote
 * command failing later fails the stream with an SshRemoteCommandError carrying its stderr.
 */
export function libsshTransport(target: LibsshTarget, options: LibsshTargetTransportOptions): Transport {
  const destination: SshDestination = { host: target.host, port: target.port, user: target.user, proxy: target.proxy };
  const description = `${target.transport}:${sshUserHostPort(destination)}`;

  return {
    description,
    async open(signal) {
      if (signal?.aborted === true) {
        throw new TransportError(`connecting to ${description} was aborted`, { cause: signal.reason });
      }
      let entries: KnownHostsEntry[] = [];
      if (target.knownHostsVerify !== 'ignore') {
        try {
          entries = await readKnownHosts(target.knownHostsFile);
        } catch (error) {
          throw new TransportError(`cannot read ${target.knownHostsFile}: ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
      const auth = sshAuthHandler({
        methods: target.authMethods,
        username: target.user,
        hostname: target.host,
        keyFile: target.keyFile,
        agentSocket: options.env.SSH_AUTH_SOCK,
        credentials: options.credentials,
        authConfigPath: target.authConfigPath,
      });
      const prefer = preferredHostKeyAlgorithms(entries, lookupNames(target));
      let hostKeyFailure: SshHostKeyError | undefined;
      const config: ConnectConfig = {
        host: target.host,
        port: target.port,
        username: target.user,
        authHandler: auth.handler,
        readyTimeout: options.credentials?.callback === undefined ? UNATTENDED_LOGIN_TIMEOUT_MS : 0,
        hostVerifier: (key: Buffer, verify: (valid: boolean) => void) => {
          checkServerKey(key, target, entries, destination).then(
            (result) => {
              hostKeyFailure = result.failure;
              verify(result.accept);
            },
            (error: unknown) => {
              hostKeyFailure = new SshHostKeyError(`cannot check the host key of ${sshHostPort(target)}`, {
                destination,
                cause: error,
              });
              verify(false);
            },
          );
        },
        ...(prefer.length === 0 ? {} : { algorithms: { serverHostKey: { prepend: prefer, append: [], remove: [] } } }),
      };

      const client = new ssh2.Client();
      return new Promise<CommandStream>((resolve, reject) => {
        let settled = false;
        let lastError: Error | undefined;
        const fail = (error: SshError | TransportError): void => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          client.end();
          client.destroy();
          reject(error instanceof TransportError ? error : new TransportError(error.message, { cause: error }));
        };
        const onAbort = (): void => {
          fail(new TransportError(`connecting to ${description} was aborted`, { cause: signal?.reason }));
        };
        signal?.addEventListener('abort', onAbort, { once: true });

        client.on('error', (error: Error) => {
          lastError = error;
          const level = levelOf(error);
          const report = auth.report();
          // ssh2 reports a failing agent or key signature and then goes on to the next method.
          if (level === 'agent' || (level === 'client-authentication' && !report.exhausted)) return;
          if (hostKeyFailure !== undefined) fail(hostKeyFailure);
          else if (level === 'client-authentication') fail(authenticationError(report, destination, error));
          else if (level === 'client-socket' || level === 'client-timeout') {
            fail(
              new SshConnectError(`cannot reach the ssh server ${sshHostPort(target)}: ${error.message}`, {
                destination,
                cause: error,
              }),
            );
          } else {
            fail(
              new SshError(`ssh session with ${sshHostPort(target)} failed: ${error.message}`, {
                destination,
                cause: error,
              }),
            );
          }
        });
        client.on('close', () => {
          if (hostKeyFailure !== undefined) fail(hostKeyFailure);
          fail(
            new SshConnectError(
              `the ssh server ${sshHostPort(target)} closed the connection before the session was set up` +
                (lastError === undefined ? '' : `: ${lastError.message}`),
              { destination, cause: lastError },
            ),
          );
        });
        client.on('ready', () => {
          client.exec(target.remoteCommand, (error, channel) => {
            if (settled) {
              // Aborted meanwhile: the channel (if any) has no reader.
              if (error === undefined) channel.close();
              return;
            }
            if (error !== undefined) {
              fail(
                new SshError(`cannot run the remote command on ${sshHostPort(target)}: ${error.message}`, {
                  destination,
                  cause: error,
                }),
              );
              return;
            }
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            const stream = new CommandStream(channelHandle(channel, client), (exit: CommandExit) =>
              exit.code === null && exit.signal === null && lastError !== undefined
                ? new SshConnectError(`the ssh connection to ${sshHostPort(target)} failed: ${lastError.message}`, {
                    destination,
                    cause: lastError,
                    stderr: exit.stderr,
                  })
                : remoteCommandError(exit, destination),
            );
            // The session exists for this one channel.
            channel.once('close', () => client.end());
            resolve(stream);
          });
        });
        client.connect(config);
        // RPC calls are small request/response messages: Nagle's algorithm would only add latency.
        client.setNoDelay(true);
      });
    },
  };
}
