/**
 * What the client may ask its caller for while authenticating (SASL with libvirtd, passwords
 * and key passphrases for the ssh2 transports), like libvirt's virConnectAuth callbacks.
 */
export type CredentialKind = 'username' | 'password' | 'passphrase';

export interface CredentialRequest {
  readonly kind: CredentialKind;
  /** Human-readable, e.g. `Password for alice@kvm1 (libvirt SASL)`. Never contains secrets. */
  readonly prompt: string;
  /** Who asks: libvirtd's SASL authentication or an SSH login. */
  readonly service: 'libvirt' | 'ssh';
  /** The server's host name as the URI spells it. */
  readonly hostname: string;
  /** The user name already known, when there is one. */
  readonly username?: string;
}

/** Answers a credential request; `undefined` means "no answer" (authentication then fails). */
export type CredentialCallback = (request: CredentialRequest) => Promise<string | undefined> | string | undefined;

/**
 * Credentials for a connection. Looked up in this order, as virsh does: these fixed values,
 * then the callback, then libvirt's auth.conf (`authfile=` in the URI, `LIBVIRT_AUTH_FILE`,
 * `$XDG_CONFIG_HOME/libvirt/auth.conf`, `/etc/libvirt/auth.conf`).
 */
export interface Credentials {
  readonly username?: string;
  readonly password?: string;
  readonly callback?: CredentialCallback;
}
