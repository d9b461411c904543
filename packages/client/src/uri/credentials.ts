import { homeDirectory, joinPath, userConfigDirectory, type UserDirectoryInputs } from './environment.js';

/** The four files a TLS client uses. The CRL is optional: libvirt loads it only when it exists. */
export interface TlsCredentialPaths {
  readonly caCert: string;
  readonly caCrl: string;
  readonly clientCert: string;
  readonly clientKey: string;
}

export interface TlsCredentialInput extends UserDirectoryInputs {
  /** The `pkipath` parameter. */
  readonly pkiPath: string | undefined;
  /** libvirt tries `~/.pki/libvirt` for anyone but root. */
  readonly uid: number;
  readonly fileExists: (path: string) => boolean;
  readonly sysconfDir: string;
}

/**
 * Where libvirt's TLS client looks for its credentials (`virNetTLSContextLocateCredentials`):
 * - with `pkipath`, all four files there, whether or not they exist;
 * - otherwise, for non-root users, those found in `~/.pki/libvirt` (key and certificate only
 *   as a pair);
 * - anything still missing from `<sysconfdir>/pki`: `CA/cacert.pem`, `CA/cacrl.pem`,
 *   `libvirt/clientcert.pem`, `libvirt/private/clientkey.pem`.
 */
export function tlsCredentialPaths(input: TlsCredentialInput): TlsCredentialPaths {
  if (input.pkiPath !== undefined) {
    return {
      caCert: joinPath(input.pkiPath, 'cacert.pem'),
      caCrl: joinPath(input.pkiPath, 'cacrl.pem'),
      clientCert: joinPath(input.pkiPath, 'clientcert.pem'),
      clientKey: joinPath(input.pkiPath, 'clientkey.pem'),
    };
  }

  const pki = joinPath(input.sysconfDir, 'pki');
  let caCert = joinPath(pki, 'CA', 'cacert.pem');
  let caCrl = joinPath(pki, 'CA', 'cacrl.pem');
  let clientCert = joinPath(pki, 'libvirt', 'clientcert.pem');
  let clientKey = joinPath(pki, 'libvirt', 'private', 'clientkey.pem');

  const home = input.uid === 0 ? undefined : homeDirectory(input);
  if (home !== undefined) {
    const userPki = joinPath(home, '.pki', 'libvirt');
    const user = {
      caCert: joinPath(userPki, 'cacert.pem'),
      caCrl: joinPath(userPki, 'cacrl.pem'),
      clientCert: joinPath(userPki, 'clientcert.pem'),
      clientKey: joinPath(userPki, 'clientkey.pem'),
    };
    if (input.fileExists(user.caCert)) caCert = user.caCert;
    if (input.fileExists(user.caCrl)) caCrl = user.caCrl;
    if (input.fileExists(user.clientKey) && input.fileExists(user.clientCert)) {
      clientCert = user.clientCert;
      clientKey = user.clientKey;
    }
  }
  return { caCert, caCrl, clientCert, clientKey };
}

export interface AuthConfigInput extends UserDirectoryInputs {
  /** The first URI parameter spelt exactly `authfile`. */
  readonly authFile: string | undefined;
  readonly fileExists: (path: string) => boolean;
  readonly sysconfDir: string;
}

/**
 * The auth.conf libvirt reads credentials from (`virAuthGetConfigFilePathURI`): `$LIBVIRT_AUTH_FILE`,
 * else the `authfile` parameter, else the first of `~/.config/libvirt/auth.conf` and
 * `<sysconfdir>/libvirt/auth.conf` that exists; `undefined` when there is none.
 */
export function authConfigPath(input: AuthConfigInput): string | undefined {
  const fromEnv = input.env.LIBVIRT_AUTH_FILE;
  if (fromEnv !== undefined) return fromEnv;
  if (input.authFile !== undefined) return input.authFile;
  const candidates: string[] = [];
  if (homeDirectory(input) !== undefined || (input.env.XDG_CONFIG_HOME ?? '') !== '') {
    candidates.push(joinPath(userConfigDirectory(input), 'auth.conf'));
  }
  candidates.push(joinPath(input.sysconfDir, 'libvirt', 'auth.conf'));
  return candidates.find((path) => input.fileExists(path));
}
