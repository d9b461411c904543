/**
 * A client-side SASL mechanism, driven the way libvirt's client drives Cyrus SASL
 * (sasl_client_start, then sasl_client_step for each server challenge). `null` and an empty
 * message differ in SASL: `null` is "no data", sent as libvirt's `nil` flag.
 */
export interface SaslMechanism {
  /** The IANA name, as the daemon lists it: `SCRAM-SHA-256`. */
  readonly name: string;
  /** True once the mechanism has verified the server, when it can, and has nothing more to send. */
  readonly complete: boolean;
  /** The initial response sent with AUTH_SASL_START. */
  start(): Promise<Uint8Array | null>;
  /** Answers one server challenge; rejects with SaslError when the server's data is wrong. */
  step(challenge: Uint8Array | null): Promise<Uint8Array | null>;
}

export type SaslErrorKind = 'server-not-verified' | 'rejected' | 'protocol';

/** The server's SASL data is malformed, or it failed to prove its identity. */
export class SaslError extends Error {
  override readonly name = 'SaslError';
  /**
   * `server-not-verified`: the server's proof did not match; `rejected`: the server said no
   * inside the mechanism; `protocol`: its messages were malformed.
   */
  readonly kind: SaslErrorKind;
  constructor(message: string, kind: SaslErrorKind) {
    super(message);
    this.kind = kind;
  }
}

/** A username and password, as SCRAM and PLAIN need them. */
export interface PasswordCredentials {
  /** The authentication identity (SASL authcid, auth.conf `authname`). */
  readonly username: string;
  readonly password: string;
  /** The identity to act as, when not the authentication identity (SASL authzid); usually absent. */
  readonly authorizationId?: string | undefined;
}
