import { LibvirtError } from '../../errors.js';
import type { CallOptions } from '../../protocol/procedure.js';
import type { RemoteMethods } from '../../protocol/remote.gen.js';
import type { CredentialSource } from '../credential-source.js';
import { AuthConfigError, AuthenticationError } from '../errors.js';
import { SaslError, type PasswordCredentials, type SaslMechanism } from './mechanism.js';
import { chooseMechanism, type SupportedSaslMechanism } from './negotiate.js';
import { PlainMechanism } from './plain.js';
import { ScramMechanism } from './scram.js';

/** The calls a SASL exchange makes. */
export type SaslRpc = Pick<RemoteMethods, 'authSaslInit' | 'authSaslStart' | 'authSaslStep'>;

export interface SaslExchangeOptions {
  /** The transport, for messages: `tls:kvm1:16514`. */
  readonly where: string;
  /** libvirt counts the transport as secure (TLS, unix socket, SSH). */
  readonly secure: boolean;
  /** Whether `secure` was stated or defaulted (for the hint when it is false). */
  readonly secureStated: boolean;
  /** `auth=sasl.NAME` from the URI. */
  readonly wantedMechanism: string | undefined;
  readonly credentials: CredentialSource;
}

/** Rounds a real exchange never needs (SCRAM takes two, PLAIN none): a bound for a looping daemon. */
const MAX_STEPS = 16;

/** libvirt carries SASL data as XDR `char` (signed) arrays. */
function toWire(bytes: Uint8Array | null): { nil: number; data: number[] } {
  if (bytes === null) return { nil: 1, data: [] };
  return { nil: 0, data: Array.from(bytes, (b) => (b > 127 ? b - 256 : b)) };
}

function fromWire(reply: { nil: number; data: readonly number[] }): Uint8Array | null {
  return reply.nil !== 0 ? null : Uint8Array.from(reply.data, (c) => c & 0xff);
}

function createMechanism(name: SupportedSaslMechanism, credentials: PasswordCredentials): SaslMechanism {
  switch (name) {
    case 'SCRAM-SHA-256':
      return new ScramMechanism({ ...credentials, hash: 'sha256' });
    case 'SCRAM-SHA-1':
      return new ScramMechanism({ ...credentials, hash: 'sha1' });
    case 'PLAIN':
      return new PlainMechanism(credentials);
  }
}

/**
 * SASL authentication over AUTH_SASL_INIT/START/STEP, in the order libvirt's remoteAuthSASL
 * runs it: ask for the daemon's mechanisms, pick one, gather credentials, then exchange until
 * both the daemon and the mechanism are complete (the client always verifies the daemon's last
 * message, so a daemon that claims success without proving it knows the password fails).
 * Resolves with the mechanism used.
 */
export async function saslExchange(
  rpc: SaslRpc,
  callOptions: CallOptions,
  options: SaslExchangeOptions,
): Promise<SupportedSaslMechanism> {
  const { where } = options;
  let offered: string;
  try {
    offered = (await rpc.authSaslInit(callOptions)).mechlist;
  } catch (error) {
    if (!(error instanceof LibvirtError)) throw error;
    // Over plain TCP libvirtd itself filters out every mechanism without a security layer.
    const choice = chooseMechanism({ offered: '', secure: options.secure });
    const reason = choice.ok ? 'the daemon could not start SASL' : choice.reason;
    throw new AuthenticationError(
      `${where}: ${reason} (AUTH_SASL_INIT: ${error.message})`,
      choice.ok ? 'no-mechanism' : choice.failure,
      { cause: error },
    );
  }

  const choice = chooseMechanism({ offered, secure: options.secure, wanted: options.wantedMechanism });
  if (!choice.ok) {
    const hint =
      choice.failure === 'insecure-transport' && !options.secureStated
        ? ' (openConnection was not told the transport is secure: set authentication.secure for TLS, SSH or unix sockets)'
        : '';
    throw new AuthenticationError(`${where}: ${choice.reason}${hint}`, choice.failure);
  }
  const name = choice.mechanism;
  const credentials = await gatherCredentials(options.credentials, name, where);

  const mechanism = createMechanism(name, credentials);
  const describe = `SASL ${name} authentication as ${credentials.username}`;
  try {
    let reply = await rpc.authSaslStart({ mech: name, ...toWire(await mechanism.start()) }, callOptions);
    let complete = reply.complete !== 0;
    for (let steps = 0; !(complete && mechanism.complete); steps++) {
      if (steps === MAX_STEPS) {
        throw new SaslError(`the daemon did not finish ${name} within ${MAX_STEPS} steps`, 'protocol');
      }
      const response = await mechanism.step(fromWire(reply));
      if (complete && mechanism.complete) break;
      reply = await rpc.authSaslStep(toWire(response), callOptions);
      complete = reply.complete !== 0;
    }
  } catch (error) {
    if (error instanceof LibvirtError && error.isAuthFailed()) {
      throw new AuthenticationError(`${where}: the daemon rejected ${describe}: ${error.message}`, 'rejected', {
        cause: error,
        mechanism: name,
      });
    }
    if (error instanceof SaslError) {
      const failure = error.kind === 'server-not-verified' ? 'server-not-verified' : error.kind;
      throw new AuthenticationError(`${where}: ${describe} failed: ${error.message}`, failure, {
        cause: error,
        mechanism: name,
      });
    }
    throw error;
  }
  return name;
}

async function gatherCredentials(
  source: CredentialSource,
  mechanism: SupportedSaslMechanism,
  where: string,
): Promise<PasswordCredentials> {
  const host = source.hostname;
  const missing = (what: string): AuthenticationError =>
    new AuthenticationError(
      `${where}: the daemon wants SASL ${mechanism} authentication and no ${what} was given ` +
        `(pass credentials, a credentials callback, or an auth.conf with [auth-libvirt-${host}] or [auth-libvirt-default])`,
      'no-credentials',
      { mechanism },
    );
  try {
    const username = await source.request('username', `Authentication name for ${host} (libvirt SASL ${mechanism})`);
    if (username === undefined) throw missing('authentication name');
    const password = await source.request(
      'password',
      `Password for ${username}@${host} (libvirt SASL ${mechanism})`,
      username,
    );
    if (password === undefined) throw missing(`password for ${username}`);
    return { username, password };
  } catch (error) {
    if (error instanceof AuthConfigError) {
      throw new AuthenticationError(`${where}: ${error.message}`, 'no-credentials', { cause: error, mechanism });
    }
    throw error;
  }
}
