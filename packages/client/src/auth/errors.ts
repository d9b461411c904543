import { ConnectError } from '../errors.js';

/** Why authentication with the daemon did not succeed. */
export type AuthenticationFailure =
  /** The daemon refused the credentials (wrong password, unknown user). */
  | 'rejected'
  /** No credential source answered: no fixed value, no callback answer, nothing in auth.conf. */
  | 'no-credentials'
  /** The daemon offers no SASL mechanism this client implements, or not the one the URI asks for. */
  | 'no-mechanism'
  /** libvirt requires a SASL security layer on this transport, which none of our mechanisms has. */
  | 'insecure-transport'
  /** The daemon failed to prove it knows the password (SCRAM's server signature). */
  | 'server-not-verified'
  /** The daemon broke the SASL exchange (malformed or unexpected messages). */
  | 'protocol'
  /** The daemon wants an authentication type this client does not know, or not the one the URI asks for. */
  | 'unsupported-type';

/** Authentication with the daemon failed; `failure` says why, `cause` carries the daemon's error if any. */
export class AuthenticationError extends ConnectError {
  override readonly name: string = 'AuthenticationError';
  readonly failure: AuthenticationFailure;
  /** The SASL mechanism in use, when one was chosen. */
  readonly mechanism: string | undefined;
  constructor(
    message: string,
    failure: AuthenticationFailure,
    options?: { cause?: unknown; mechanism?: string | undefined },
  ) {
    super(message, options);
    this.failure = failure;
    this.mechanism = options?.mechanism;
  }
}

/** libvirt's auth.conf cannot be used: unreadable, not in key-file syntax, or a dangling `credentials=` reference. */
export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
  readonly path: string;
  /** 1-based line of a syntax error. */
  readonly line: number | undefined;
  constructor(message: string, path: string, options?: { cause?: unknown; line?: number }) {
    super(message, options);
    this.path = path;
    this.line = options?.line;
  }
}
