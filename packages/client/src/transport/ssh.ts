import type { Credentials } from '../auth/credentials.js';
import { sshEnvironment, type Environment, type SshTarget } from '../uri/index.js';
import { spawnCommandStream } from './child-process.js';
import { sshExitError, sshUserHostPort, type SshDestination } from './ssh-errors.js';
import type { Transport } from './transport.js';

export interface SshTargetTransportOptions {
  readonly env: Environment;
  /** Unused: the system ssh asks for passwords and passphrases itself (terminal, askpass, agent). */
  readonly credentials: Credentials | undefined;
}

/**
 * `+ssh`: runs the system `ssh` as libvirt does (`virNetSocketNewConnectSSH`): the command line
 * of {@link SshTarget.argv} (`-p`, `-l`, `-i`, `-T -e none`, `BatchMode` for `no_tty`,
 * `StrictHostKeyChecking=no` for `no_verify`), a cleared environment keeping only what ssh needs
 * (agent socket, askpass, terminal), and on the server `virt-ssh-helper` or `nc -U socket`.
 * Everything in ~/.ssh/config (jump hosts, control masters, identities) applies.
 *
 * ssh's failures surface as named errors carrying its stderr (SshHostKeyError,
 * SshAuthenticationError, SshConnectError, SshRemoteCommandError): the stream fails with them,
 * so the connection's handshake rejects with one as the cause.
 */
export function sshTransport(target: SshTarget, options: SshTargetTransportOptions): Transport {
  const destination: SshDestination = {
    host: target.host,
    port: target.port,
    user: target.user,
    proxy: target.proxy,
  };
  const description = `ssh:${sshUserHostPort(destination)}`;
  return {
    description,
    open(signal) {
      return spawnCommandStream(
        {
          argv: target.argv,
          env: sshEnvironment(options.env),
          description,
          exitError: (exit) => sshExitError(exit, destination),
        },
        signal,
      );
    },
  };
}
