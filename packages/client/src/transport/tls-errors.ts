import { TransportError } from './transport.js';

/**
 * Our own TLS files are unusable: the CA certificate is missing or unreadable (libvirt requires
 * it even with `no_verify=1`), a key lacks its certificate, or a file fails the sanity checks
 * libvirt's client runs unless `no_sanity=1` (expired, not a CA, not issued by the CA).
 */
export class TlsCredentialsError extends TransportError {
  override readonly name: string = 'TlsCredentialsError';
  /** The file at fault. */
  readonly path: string;
  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.path = path;
  }
}

/** Why the server's certificate was not accepted. */
export type TlsCertificateProblem =
  /** Not issued (directly or through the chain it sent) by a CA in our CA file. */
  | 'untrusted'
  | 'expired'
  | 'not-yet-valid'
  /** Listed in our CA's revocation list (`cacrl.pem`). */
  | 'revoked'
  /** Issued for other names than the host the URI names. */
  | 'hostname-mismatch'
  /** A CA certificate presented as a server certificate. */
  | 'not-a-server-certificate';

/**
 * The server's certificate failed verification against our CA file or the URI's host name.
 * libvirt's client refuses such a server unless `no_verify=1`.
 */
export class TlsCertificateError extends TransportError {
  override readonly name: string = 'TlsCertificateError';
  readonly problem: TlsCertificateProblem;
  /** The CA file the certificate was checked against. */
  readonly caFile: string;
  /** The host name the certificate was checked for. */
  readonly host: string;
  /** OpenSSL's verification code when it found the problem (`UNABLE_TO_VERIFY_LEAF_SIGNATURE`, `CERT_HAS_EXPIRED`). */
  readonly verifyCode: string | undefined;
  constructor(
    message: string,
    details: { problem: TlsCertificateProblem; caFile: string; host: string; verifyCode?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.problem = details.problem;
    this.caFile = details.caFile;
    this.host = details.host;
    this.verifyCode = details.verifyCode;
  }
}

/**
 * After the TLS handshake libvirtd checks our client certificate (and its `tls_allowed_dn_list`)
 * and sends one byte, 1, when it accepts us; otherwise it closes the connection. This error
 * says it did not accept us: no client certificate, one from a CA it does not trust, or a
 * name it does not allow.
 */
export class TlsClientRefusedError extends TransportError {
  override readonly name: string = 'TlsClientRefusedError';
  /** The byte the server sent instead of 1, or `null` when it closed the connection. */
  readonly confirmation: number | null;
  constructor(message: string, confirmation: number | null, options?: { cause?: unknown }) {
    super(message, options);
    this.confirmation = confirmation;
  }
}
