import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile as fsReadFile } from 'node:fs/promises';
import type { TlsCredentialPaths } from '../uri/credentials.js';
import { TlsCredentialsError } from './tls-errors.js';

/** The PEM contents of a client's TLS files, as node:tls takes them. */
export interface TlsClientCredentials {
  readonly paths: TlsCredentialPaths;
  readonly ca: Buffer;
  /** Only when `cacrl.pem` exists: libvirt skips a missing revocation list. */
  readonly crl: Buffer | undefined;
  /** Only when `clientcert.pem` exists: libvirt then connects without one (the server will refuse it). */
  readonly cert: Buffer | undefined;
  readonly key: Buffer | undefined;
}

export interface LoadTlsCredentialsOptions {
  /** Run libvirt's sanity checks on our own certificates (skipped with `no_sanity=1`). */
  readonly sanityCheck: boolean;
  /** The time certificates must be valid at; default now. */
  readonly now?: Date;
  readonly readFile?: (path: string) => Promise<Buffer>;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the client's TLS files as libvirt's `virNetTLSContextLoadCredentials` does: the CA
 * certificate is required (also with `no_verify=1`), the revocation list and the client
 * certificate are used when they exist, and a client certificate needs its key. Then, unless
 * disabled, the sanity checks of `virNetTLSContextSanityCheckCredentials`.
 */
export async function loadTlsCredentials(
  paths: TlsCredentialPaths,
  options: LoadTlsCredentialsOptions,
): Promise<TlsClientCredentials> {
  const read = options.readFile ?? fsReadFile;
  const readRequired = async (path: string, what: string): Promise<Buffer> => {
    try {
      return await read(path);
    } catch (cause) {
      throw new TlsCredentialsError(`cannot read the ${what} ${path}: ${describeError(cause)}`, path, { cause });
    }
  };
  const readOptional = async (path: string, what: string): Promise<Buffer | undefined> => {
    try {
      return await read(path);
    } catch (cause) {
      if (isMissing(cause)) return undefined;
      throw new TlsCredentialsError(`cannot read the ${what} ${path}: ${describeError(cause)}`, path, { cause });
    }
  };

  const ca = await readRequired(paths.caCert, 'CA certificate');
  const crl = await readOptional(paths.caCrl, 'CA revocation list');
  const cert = await readOptional(paths.clientCert, 'client certificate');
  const key = cert === undefined ? undefined : await readRequired(paths.clientKey, 'client key');

  const caCerts = parseCertificates(ca, paths.caCert, 'CA certificate');
  const clientCert =
    cert === undefined ? undefined : parseCertificates(cert, paths.clientCert, 'client certificate')[0];
  if (clientCert !== undefined && key !== undefined) checkKeyPair(clientCert, key, paths);
  if (options.sanityCheck) sanityCheck(caCerts, clientCert, paths, options.now ?? new Date());
  return { paths, ca, crl, cert, key };
}

function parseCertificates(pem: Buffer, path: string, what: string): X509Certificate[] {
  const blocks = pem.toString('latin1').match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw new TlsCredentialsError(`the ${what} ${path} holds no PEM certificate`, path);
  return blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch (cause) {
      throw new TlsCredentialsError(`cannot parse the ${what} ${path}: ${describeError(cause)}`, path, { cause });
    }
  });
}

function checkKeyPair(cert: X509Certificate, keyPem: Buffer, paths: TlsCredentialPaths): void {
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch (cause) {
    throw new TlsCredentialsError(
      `cannot parse the client key ${paths.clientKey}: ${describeError(cause)}`,
      paths.clientKey,
      { cause },
    );
  }
  if (!cert.checkPrivateKey(key)) {
    throw new TlsCredentialsError(
      `the client key ${paths.clientKey} does not belong to the client certificate ${paths.clientCert}`,
      paths.clientKey,
    );
  }
}

function checkTimes(cert: X509Certificate, role: string, path: string, now: Date): void {
  if (Date.parse(cert.validTo) < now.getTime()) {
    throw new TlsCredentialsError(`the ${role} ${path} expired on ${cert.validTo}`, path);
  }
  if (Date.parse(cert.validFrom) > now.getTime()) {
    throw new TlsCredentialsError(`the ${role} ${path} is not valid before ${cert.validFrom}`, path);
  }
}

/**
 * The checks libvirt's client makes of its own files before connecting, so a broken setup
 * fails with the file to blame rather than as a refusal by the server. Key usage and purposes
 * are not checked: libvirt only rejects them when marked critical, which node:crypto does not
 * expose; the server checks them again anyway.
 */
function sanityCheck(
  caCerts: readonly X509Certificate[],
  clientCert: X509Certificate | undefined,
  paths: TlsCredentialPaths,
  now: Date,
): void {
  for (const caCert of caCerts) {
    checkTimes(caCert, 'CA certificate', paths.caCert, now);
    if (!caCert.ca) {
      throw new TlsCredentialsError(
        `the CA certificate ${paths.caCert} is not a CA certificate (its basic constraints say CA:FALSE or are missing)`,
        paths.caCert,
      );
    }
  }
  if (clientCert === undefined) return;
  checkTimes(clientCert, 'client certificate', paths.clientCert, now);
  if (clientCert.ca) {
    throw new TlsCredentialsError(
      `the client certificate ${paths.clientCert} is a CA certificate, not one for a client`,
      paths.clientCert,
    );
  }
  const issued = caCerts.some((caCert) => clientCert.checkIssued(caCert) && clientCert.verify(caCert.publicKey));
  if (!issued) {
    throw new TlsCredentialsError(
      `our own certificate ${paths.clientCert} was not issued by the CA in ${paths.caCert}`,
      paths.clientCert,
    );
  }
}
