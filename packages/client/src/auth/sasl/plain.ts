import type { PasswordCredentials, SaslMechanism } from './mechanism.js';

/**
 * PLAIN (RFC 4616): the password in the clear, inside the transport. Negotiation only offers it
 * over transports libvirt counts as secure (TLS, unix sockets, SSH).
 */
export class PlainMechanism implements SaslMechanism {
  readonly name = 'PLAIN';
  private done = false;
  private readonly credentials: PasswordCredentials;

  constructor(credentials: PasswordCredentials) {
    this.credentials = credentials;
  }

  get complete(): boolean {
    return this.done;
  }

  start(): Promise<Uint8Array | null> {
    this.done = true;
    const { authorizationId = '', username, password } = this.credentials;
    return Promise.resolve(new TextEncoder().encode(`${authorizationId}\0${username}\0${password}`));
  }

  step(): Promise<Uint8Array | null> {
    // PLAIN has nothing to answer: the server's reply to the initial response ends it.
    return Promise.resolve(null);
  }
}
