import type { OnReadOpts } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import type { Credentials } from '../auth/credentials.js';
import type { Environment, TlsTarget } from '../uri/index.js';
import { flushAlignerAtEnd, FrameAligner, READ_BUFFER_BYTES } from './frame-aligner.js';
import { loadTlsCredentials, type TlsClientCredentials } from './tls-credentials.js';
import { TlsCertificateError, TlsClientRefusedError, type TlsCertificateProblem } from './tls-errors.js';
import { writeOneMessagePerRecord } from './tls-records.js';
import { TransportError, type Transport } from './transport.js';

/** The byte libvirtd sends, encrypted, once it has accepted our client certificate. */
const CLIENT_ACCEPTED = 1;

export interface TlsTargetTransportOptions {
  readonly env: Environment;
  /** Not used by TLS itself: SASL, when the daemon asks for it, takes them from the connection options. */
  readonly credentials: Credentials | undefined;
  /** The time our own certificates must be valid at (tests); default now. */
  readonly now?: () => Date;
  /** Reads the PKI files (tests); default node:fs. */
  readonly readFile?: (path: string) => Promise<Buffer>;
}

/**
 * `+tls`, libvirt's default for remote URIs: TLS with libvirt's PKI files, then the one-byte
 * confirmation libvirtd sends after checking our client certificate. The stream is handed on
 * only after that byte, so the RPC layer never sees it.
 *
 * Verification follows libvirt's client (virNetTLSContextCheckCertificate): the server's
 * certificate must chain to our CA file, be valid now, not be revoked by `cacrl.pem` when one
 * exists, not be a CA certificate, and name the URI's host (DNS or IP subject alternative
 * name). With `no_verify=1` those failures are ignored, as libvirt logs and ignores them; the
 * handshake, our own certificate, the CA file (still required) and the server's check of our
 * certificate stay as they are. GnuTLS priority strings (`tls_priority`) have no OpenSSL
 * equivalent and are not applied. Each message leaves in its own TLS record, as libvirt's
 * client sends them (see writeOneMessagePerRecord).
 */
export function tlsTransport(target: TlsTarget, options: TlsTargetTransportOptions): Transport {
  const host = target.host;
  const description = `tls:${host.includes(':') ? `[${host}]` : host}:${target.port}`;
  return {
    description,
    async open(signal) {
      throwIfAborted(signal, description);
      const credentials = await loadTlsCredentials(target.credentials, {
        sanityCheck: target.sanityCheckCertificates,
        ...(options.now === undefined ? {} : { now: options.now() }),
        ...(options.readFile === undefined ? {} : { readFile: options.readFile }),
      });
      throwIfAborted(signal, description);
      const socket = await openTls(target, credentials, description, signal);
      // Calls are small request/response messages: Nagle's algorithm would only add latency.
      socket.setNoDelay(true);
      return socket;
    },
  };
}

function throwIfAborted(signal: AbortSignal | undefined, description: string): void {
  if (signal?.aborted === true) {
    throw new TransportError(`connecting to ${description} was aborted`, { cause: signal.reason });
  }
}

/**
 * Connects, completes the handshake, checks the server's certificate and waits for the
 * confirmation byte. Resolves with the socket once libvirtd has accepted us.
 */
function openTls(
  target: TlsTarget,
  credentials: TlsClientCredentials,
  description: string,
  signal: AbortSignal | undefined,
): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const aligner = new FrameAligner();
    let phase: 'handshake' | 'confirmation' | 'open' | 'failed' = 'handshake';
    // The confirmation byte once read: it may come in before 'secureConnect' is handled.
    let confirmation: number | 'awaited' = 'awaited';

    const fail = (error: Error): void => {
      if (phase === 'open' || phase === 'failed') return;
      phase = 'failed';
      cleanup();
      socket.on('error', () => undefined);
      socket.destroy();
      reject(error);
    };

    const onConfirmation = (byte: number | null, cause?: unknown): void => {
      if (phase !== 'confirmation') return;
      if (byte === CLIENT_ACCEPTED) {
        phase = 'open';
        cleanup();
        resolve(socket);
        return;
      }
      const what =
        byte === null
          ? 'closed the connection instead of confirming it'
          : `answered ${byte} instead of confirming it with 1`;
      fail(
        new TlsClientRefusedError(
          `${description}: the server refused our client certificate (${credentials.cert === undefined ? `we have none: ${credentials.paths.clientCert} does not exist` : credentials.paths.clientCert}) or our address; it ${what}`,
          byte,
          cause === undefined ? undefined : { cause },
        ),
      );
    };

    // node:tls takes net's `onread` (since Node 14), though its type declarations omit it.
    const connectOptions: ConnectionOptions & { onread: OnReadOpts } = {
      host: target.host,
      port: target.port,
      ca: credentials.ca,
      ...(credentials.crl === undefined ? {} : { crl: credentials.crl }),
      ...(credentials.cert === undefined ? {} : { cert: credentials.cert, key: credentials.key }),
      // Verification is ours (verifyServer), after the handshake, so that `no_verify=1` can
      // ignore its result as libvirt does and failures can name what was checked.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      onread: {
        buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
        callback: (bytesRead: number, buffer: Uint8Array): boolean => {
          let bytes = buffer.subarray(0, bytesRead);
          if (confirmation === 'awaited') {
            // libvirtd sends nothing else before it, and we have not called yet, so the first
            // decrypted byte is the confirmation.
            const first = bytes[0];
            if (first === undefined) return true;
            bytes = bytes.subarray(1);
            confirmation = first;
            if (phase === 'confirmation') onConfirmation(first);
            if (phase === 'failed') return false;
          }
          return bytes.byteLength === 0 || aligner.feed(bytes, (chunk) => socket.push(chunk));
        },
      },
    };
    const socket: TLSSocket = tlsConnect(connectOptions);
    writeOneMessagePerRecord(socket);

    // End of stream before the confirmation means the server refused us.
    flushAlignerAtEnd(socket, aligner, () => {
      if (phase === 'confirmation') onConfirmation(null);
    });

    const onSecureConnect = (): void => {
      if (phase !== 'handshake') return;
      const problem = verifyServer(socket, target, credentials.paths.caCert);
      if (problem !== undefined && target.verifyCertificate) {
        fail(problem);
        return;
      }
      phase = 'confirmation';
      if (confirmation !== 'awaited') onConfirmation(confirmation);
    };
    const onError = (error: Error): void => {
      if (phase === 'confirmation') {
        onConfirmation(null, error);
        return;
      }
      fail(new TransportError(`TLS connection to ${description} failed: ${error.message}`, { cause: error }));
    };
    const onClose = (): void => {
      if (phase === 'confirmation') onConfirmation(null);
      else fail(new TransportError(`${description} closed the connection during the TLS handshake`));
    };
    const onAbort = (): void => {
      fail(new TransportError(`connecting to ${description} was aborted`, { cause: signal?.reason }));
    };
    const cleanup = (): void => {
      socket.off('secureConnect', onSecureConnect);
      socket.off('error', onError);
      socket.off('close', onClose);
      signal?.removeEventListener('abort', onAbort);
    };
    socket.once('secureConnect', onSecureConnect);
    socket.on('error', onError);
    socket.once('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The server certificate's first problem, in the order libvirt checks, or undefined when it passes. */
function verifyServer(socket: TLSSocket, target: TlsTarget, caFile: string): TlsCertificateError | undefined {
  const where = `${target.host}:${target.port}`;
  const make = (problem: TlsCertificateProblem, detail: string, verifyCode?: string): TlsCertificateError =>
    new TlsCertificateError(`the server certificate of ${where} ${detail}`, {
      problem,
      caFile,
      host: target.host,
      verifyCode,
    });

  if (!socket.authorized) {
    const code = verifyErrorCode(socket.authorizationError);
    switch (code) {
      case 'CERT_HAS_EXPIRED':
        return make('expired', `has expired (checked against the CA certificate ${caFile})`, code);
      case 'CERT_NOT_YET_VALID':
        return make('not-yet-valid', `is not valid yet (checked against the CA certificate ${caFile})`, code);
      case 'CERT_REVOKED':
        return make('revoked', `is revoked by the revocation list of the CA certificate ${caFile}`, code);
      default:
        return make('untrusted', `is not trusted by the CA certificate ${caFile} (${code})`, code);
    }
  }
  const peer = socket.getPeerCertificate();
  const mismatch = checkServerIdentity(target.host, peer);
  if (mismatch !== undefined) {
    return make(
      'hostname-mismatch',
      `does not match the host name ${target.host}: it names ${peer.subjectaltname ?? `CN=${String(peer.subject.CN)}`}`,
    );
  }
  if (socket.getPeerX509Certificate()?.ca === true) {
    return make('not-a-server-certificate', 'is a CA certificate, not one for a server');
  }
  return undefined;
}

/** Node documents `authorizationError` as an Error but sets OpenSSL's code string. */
function verifyErrorCode(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    const code = (value as Error & { code?: unknown }).code;
    return typeof code === 'string' ? code : value.message;
  }
  return 'unknown verification error';
}
