import { LibvirtError } from '../errors.js';
import type { CallOptions } from '../protocol/procedure.js';
import { RemoteAuthType, RemoteAuthTypeNames, type RemoteMethods } from '../protocol/remote.gen.js';
import { CredentialSource } from './credential-source.js';
import type { Credentials } from './credentials.js';
import { AuthenticationError } from './errors.js';
import { saslExchange, type SaslRpc } from './sasl/exchange.js';

/** What authentication needs to know beyond the RPC stream; `connect()` fills it from the URI. */
export interface AuthenticationOptions {
  /** Credentials for SASL: fixed values and/or a callback; auth.conf is consulted after them. */
  readonly credentials?: Credentials | undefined;
  /** The server as the URI names it, for prompts and auth.conf's `[auth-libvirt-HOST]`; default `localhost`. */
  readonly hostname?: string | undefined;
  /**
   * Whether libvirt counts the transport as secure: TLS, unix sockets and SSH are; plain TCP is
   * not. SASL without a security layer (SCRAM, PLAIN) is refused unless it is. Default false.
   */
  readonly secure?: boolean | undefined;
  /** The URI's `auth` parameter: `sasl`, `sasl.MECHANISM` or `polkit`. */
  readonly authType?: string | undefined;
  /** The auth.conf to read credentials from (RemoteTarget.authConfigPath). */
  readonly authConfigPath?: string | undefined;
}

/** The calls authentication makes. */
export type AuthRpc = Pick<RemoteMethods, 'authList' | 'authPolkit'> & SaslRpc;

function parseAuthType(authType: string, where: string): { type: number; mechanism: string | undefined } {
  const lower = authType.toLowerCase();
  if (lower === 'sasl') return { type: RemoteAuthType.Sasl, mechanism: undefined };
  if (lower.startsWith('sasl.')) return { type: RemoteAuthType.Sasl, mechanism: authType.slice(5) };
  if (lower === 'polkit') return { type: RemoteAuthType.Polkit, mechanism: undefined };
  throw new AuthenticationError(`${where}: unknown authentication type ${authType}`, 'unsupported-type');
}

function typeName(type: number): string {
  return (RemoteAuthTypeNames[type] ?? `type ${type}`).replace(/^REMOTE_AUTH_/, '').toLowerCase();
}

/**
 * Authentication as libvirt's client does it (remoteAuthenticate): ask which types the daemon
 * wants (AUTH_LIST); take the first, or the one the URI's `auth` parameter names; `none` needs
 * nothing, `polkit` one call (the daemon checks the peer of a unix socket), `sasl` an exchange.
 * Resolves with the type used.
 */
export async function authenticate(
  rpc: AuthRpc,
  callOptions: CallOptions,
  options: AuthenticationOptions,
  where: string,
): Promise<'none' | 'polkit' | 'sasl'> {
  let types: readonly number[];
  try {
    types = (await rpc.authList(callOptions)).types;
  } catch (error) {
    // Very old daemons lack AUTH_LIST; libvirt's client carries on as if it said "none".
    if (error instanceof LibvirtError && error.isUnsupported()) return 'none';
    throw error;
  }
  if (types.length === 0) return 'none';

  let type = types[0] ?? RemoteAuthType.None;
  let mechanism: string | undefined;
  if (options.authType !== undefined) {
    const wanted = parseAuthType(options.authType, where);
    if (!types.includes(wanted.type)) {
      throw new AuthenticationError(
        `${where}: the URI asks for ${typeName(wanted.type)} authentication, which the daemon does not offer (it offers: ${types.map(typeName).join(', ')})`,
        'unsupported-type',
      );
    }
    type = wanted.type;
    mechanism = wanted.mechanism;
  }

  switch (type) {
    case RemoteAuthType.None:
      return 'none';
    case RemoteAuthType.Polkit:
      await rpc.authPolkit(callOptions);
      return 'polkit';
    case RemoteAuthType.Sasl:
      await saslExchange(rpc, callOptions, {
        where,
        secure: options.secure ?? false,
        secureStated: options.secure !== undefined,
        wantedMechanism: mechanism,
        credentials: new CredentialSource({
          credentials: options.credentials,
          authConfigPath: options.authConfigPath,
          service: 'libvirt',
          hostname: options.hostname ?? 'localhost',
        }),
      });
      return 'sasl';
    default:
      throw new AuthenticationError(
        `${where}: the daemon requires an unknown authentication type ${type}`,
        'unsupported-type',
      );
  }
}
