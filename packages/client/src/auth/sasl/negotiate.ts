import type { AuthenticationFailure } from '../errors.js';

/** The mechanisms this client implements, best first (Cyrus SASL also prefers SCRAM-SHA-256). */
export const SUPPORTED_SASL_MECHANISMS = ['SCRAM-SHA-256', 'SCRAM-SHA-1', 'PLAIN'] as const;
export type SupportedSaslMechanism = (typeof SUPPORTED_SASL_MECHANISMS)[number];

export interface MechanismChoiceInput {
  /** The daemon's list from AUTH_SASL_INIT, as sent (Cyrus separates names with spaces). */
  readonly offered: string;
  /**
   * Whether libvirt counts the transport as secure (TLS, unix socket, SSH). Elsewhere libvirt
   * demands a SASL security layer of at least 56 bits, which none of our mechanisms has.
   */
  readonly secure: boolean;
  /** The mechanism the URI asks for with `auth=sasl.NAME`. */
  readonly wanted?: string | undefined;
}

export type MechanismChoice =
  | { readonly ok: true; readonly mechanism: SupportedSaslMechanism; readonly offered: readonly string[] }
  | { readonly ok: false; readonly failure: AuthenticationFailure; readonly reason: string };

/** Mechanism names in a daemon's list, upper-cased, without duplicates. */
export function parseMechanismList(list: string): string[] {
  const names = list
    .split(/[\s,]+/)
    .filter((name) => name !== '')
    .map((name) => name.toUpperCase());
  return [...new Set(names)];
}

function isSupported(name: string): name is SupportedSaslMechanism {
  return (SUPPORTED_SASL_MECHANISMS as readonly string[]).includes(name);
}

function listText(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

const IMPLEMENTED = `${SUPPORTED_SASL_MECHANISMS.slice(0, -1).join(', ')} and ${SUPPORTED_SASL_MECHANISMS.at(-1) ?? ''}`;

/**
 * Picks the mechanism to authenticate with from the daemon's list, or says plainly why none
 * will do: the transport needs a security layer, the daemon offers only mechanisms we lack
 * (GSSAPI, DIGEST-MD5, …), or the URI's `auth=sasl.NAME` cannot be honoured.
 */
export function chooseMechanism(input: MechanismChoiceInput): MechanismChoice {
  const offered = parseMechanismList(input.offered);
  if (!input.secure) {
    return {
      ok: false,
      failure: 'insecure-transport',
      reason:
        `libvirt requires a SASL security layer (SSF of at least 56, e.g. GSSAPI/Kerberos) on an unencrypted transport such as plain TCP; ` +
        `${IMPLEMENTED} have none, so this client will not send credentials that way. ` +
        `Connect over TLS (+tls), SSH (+ssh) or a unix socket instead (the daemon offers: ${listText(offered)})`,
    };
  }
  if (input.wanted !== undefined) {
    const wanted = input.wanted.toUpperCase();
    if (!offered.includes(wanted)) {
      return {
        ok: false,
        failure: 'no-mechanism',
        reason: `SASL mechanism ${wanted} is not offered by the daemon (it offers: ${listText(offered)})`,
      };
    }
    if (!isSupported(wanted)) {
      return {
        ok: false,
        failure: 'no-mechanism',
        reason: `the URI asks for SASL mechanism ${wanted}, which this client does not implement (it implements ${IMPLEMENTED})`,
      };
    }
    return { ok: true, mechanism: wanted, offered };
  }
  const chosen = SUPPORTED_SASL_MECHANISMS.find((name) => offered.includes(name));
  if (chosen === undefined) {
    return {
      ok: false,
      failure: 'no-mechanism',
      reason:
        offered.length === 0
          ? 'the daemon offers no SASL mechanism'
          : `the daemon offers only SASL mechanisms this client does not implement: ${listText(offered)} (it implements ${IMPLEMENTED})`,
    };
  }
  return { ok: true, mechanism: chosen, offered };
}
