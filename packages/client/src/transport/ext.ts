import type { Credentials } from '../auth/credentials.js';
import { childEnvironment } from '../uri/environment.js';
import type { Environment, ExtTarget } from '../uri/index.js';
import { ChildProcessExitError, spawnCommandStream } from './child-process.js';
import type { Transport } from './transport.js';

export interface ExtTargetTransportOptions {
  readonly env: Environment;
  /** Unused: the command authenticates however it likes. */
  readonly credentials: Credentials | undefined;
}

/** The environment of the `+ext` command: `LC_ALL=C` and the few variables libvirt passes on. */
export function extEnvironment(env: Environment): Record<string, string> {
  return childEnvironment(env);
}

/**
 * `+ext`: runs the `command` parameter as libvirt does (`virNetSocketNewConnectExternal`): one
 * program, no arguments and no shell, looked up in PATH; the RPC stream is its stdin and stdout.
 * When it exits with a failure before the connection is closed, the stream fails with a
 * ChildProcessExitError carrying its status and stderr.
 */
export function extTransport(target: ExtTarget, options: ExtTargetTransportOptions): Transport {
  const description = `ext:${target.command}`;
  return {
    description,
    open(signal) {
      return spawnCommandStream(
        {
          argv: [target.command],
          env: extEnvironment(options.env),
          description,
          exitError: (exit) => new ChildProcessExitError(target.command, exit),
        },
        signal,
      );
    },
  };
}
