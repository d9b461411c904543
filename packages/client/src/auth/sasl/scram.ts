import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { SaslError, type PasswordCredentials, type SaslMechanism } from './mechanism.js';

export type ScramHash = 'sha256' | 'sha1';

const MECHANISM_NAMES = { sha256: 'SCRAM-SHA-256', sha1: 'SCRAM-SHA-1' } as const;
const HASH_BYTES = { sha256: 32, sha1: 20 } as const;

/**
 * The most PBKDF2 rounds we run for a server. RFC 7677 asks for at least 4096 (Cyrus's
 * default); a count far above any real deployment would only make us spin for a hostile server.
 */
export const SCRAM_MAX_ITERATIONS = 10_000_000;

export interface ScramOptions extends PasswordCredentials {
  readonly hash: ScramHash;
  /** The client nonce; default 24 random bytes in base64. Fixed only to replay test vectors. */
  readonly clientNonce?: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// RFC 5802 `printable`: %x21-2B / %x2D-7E, i.e. visible ASCII but the comma.
const PRINTABLE = /^[\x21-\x2b\x2d-\x7e]+$/;

/** RFC 5802 saslname: `=` and `,` are escaped, as they delimit the message. */
function saslName(name: string): string {
  return name.replaceAll('=', '=3D').replaceAll(',', '=2C');
}

/** Splits `a=1,b=2` into ordered [attribute, value] pairs, rejecting anything else. */
function parseAttributes(message: string, what: string): [string, string][] {
  return message.split(',').map((part) => {
    if (!/^[A-Za-z]=/.test(part)) {
      throw new SaslError(`malformed ${what}: ${JSON.stringify(message)}`, 'protocol');
    }
    return [part[0] ?? '', part.slice(2)];
  });
}

function decodeBase64(value: string, what: string): Buffer {
  if (!BASE64.test(value)) throw new SaslError(`${what} is not valid base64`, 'protocol');
  return Buffer.from(value, 'base64');
}

function hmac(hash: ScramHash, key: Uint8Array, data: string | Uint8Array): Buffer {
  return createHmac(hash, key).update(data).digest();
}

function xor(a: Uint8Array, b: Uint8Array): Buffer {
  const out = Buffer.alloc(a.byteLength);
  for (let i = 0; i < out.byteLength; i++) out[i] = (a[i] ?? 0) ^ (b[i] ?? 0);
  return out;
}

function pbkdf2Async(password: string, salt: Buffer, iterations: number, hash: ScramHash): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password, salt, iterations, HASH_BYTES[hash], hash, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/**
 * SCRAM-SHA-256 (RFC 7677) and SCRAM-SHA-1 (RFC 5802), client side, without channel binding
 * (libvirt passes none to Cyrus SASL, so the daemon never offers the -PLUS variants). The
 * server's final message is verified: a server that cannot prove it knows the password fails
 * the exchange even when it says it accepted us.
 *
 * Passwords and names are used as given, not SASLprep-normalised: Cyrus SASL, which libvirtd
 * uses, does not normalise either, and the two must derive the same key. For ASCII they agree.
 */
export class ScramMechanism implements SaslMechanism {
  readonly name: (typeof MECHANISM_NAMES)[ScramHash];
  private readonly hash: ScramHash;
  private readonly credentials: PasswordCredentials;
  private readonly clientNonce: string;
  private readonly gs2Header: string;
  private readonly clientFirstBare: string;
  private state: 'initial' | 'first-sent' | 'final-sent' | 'done' = 'initial';
  private expectedServerSignature: Buffer | undefined;

  constructor(options: ScramOptions) {
    this.hash = options.hash;
    this.name = MECHANISM_NAMES[options.hash];
    this.credentials = options;
    this.clientNonce = options.clientNonce ?? randomBytes(24).toString('base64');
    if (!PRINTABLE.test(this.clientNonce)) throw new TypeError('a SCRAM nonce must be printable ASCII without commas');
    const authzid = options.authorizationId;
    this.gs2Header = authzid === undefined || authzid === '' ? 'n,,' : `n,a=${saslName(authzid)},`;
    this.clientFirstBare = `n=${saslName(options.username)},r=${this.clientNonce}`;
  }

  get complete(): boolean {
    return this.state === 'done';
  }

  start(): Promise<Uint8Array | null> {
    if (this.state !== 'initial') return Promise.reject(new SaslError('SCRAM exchange already started', 'protocol'));
    this.state = 'first-sent';
    return Promise.resolve(new TextEncoder().encode(this.gs2Header + this.clientFirstBare));
  }

  async step(challenge: Uint8Array | null): Promise<Uint8Array | null> {
    const text = challenge === null ? '' : new TextDecoder('utf-8', { fatal: true }).decode(challenge);
    switch (this.state) {
      case 'first-sent':
        return new TextEncoder().encode(await this.clientFinal(text));
      case 'final-sent':
        this.verifyServerFinal(text);
        return null;
      default:
        throw new SaslError(`unexpected SCRAM challenge in state ${this.state}`, 'protocol');
    }
  }

  /** Computes client-final-message from server-first-message. */
  private async clientFinal(serverFirst: string): Promise<string> {
    const attributes = parseAttributes(serverFirst, 'SCRAM server-first-message');
    const [nonceAttr, saltAttr, iterationsAttr] = attributes;
    if (nonceAttr?.[0] === 'm') {
      throw new SaslError('the server requires a SCRAM extension this client does not know', 'protocol');
    }
    if (nonceAttr?.[0] !== 'r' || saltAttr?.[0] !== 's' || iterationsAttr?.[0] !== 'i') {
      throw new SaslError(`malformed SCRAM server-first-message: ${JSON.stringify(serverFirst)}`, 'protocol');
    }
    const nonce = nonceAttr[1];
    if (!nonce.startsWith(this.clientNonce) || nonce.length === this.clientNonce.length || !PRINTABLE.test(nonce)) {
      throw new SaslError('the server did not extend our SCRAM nonce', 'protocol');
    }
    const salt = decodeBase64(saltAttr[1], 'the SCRAM salt');
    if (salt.byteLength === 0) throw new SaslError('the SCRAM salt is empty', 'protocol');
    if (!/^[1-9][0-9]*$/.test(iterationsAttr[1])) {
      throw new SaslError(`invalid SCRAM iteration count ${JSON.stringify(iterationsAttr[1])}`, 'protocol');
    }
    const iterations = Number(iterationsAttr[1]);
    if (iterations > SCRAM_MAX_ITERATIONS) {
      throw new SaslError(
        `the server asks for ${iterations} SCRAM iterations, more than the ${SCRAM_MAX_ITERATIONS} this client runs`,
        'protocol',
      );
    }

    const hash = this.hash;
    const saltedPassword = await pbkdf2Async(this.credentials.password, salt, iterations, hash);
    const clientKey = hmac(hash, saltedPassword, 'Client Key');
    const storedKey = createHash(hash).update(clientKey).digest();
    const withoutProof = `c=${Buffer.from(this.gs2Header, 'utf8').toString('base64')},r=${nonce}`;
    const authMessage = `${this.clientFirstBare},${serverFirst},${withoutProof}`;
    const clientProof = xor(clientKey, hmac(hash, storedKey, authMessage));
    this.expectedServerSignature = hmac(hash, hmac(hash, saltedPassword, 'Server Key'), authMessage);
    this.state = 'final-sent';
    return `${withoutProof},p=${clientProof.toString('base64')}`;
  }

  private verifyServerFinal(serverFinal: string): void {
    const [first] = parseAttributes(serverFinal, 'SCRAM server-final-message');
    if (first?.[0] === 'e') {
      throw new SaslError(`the server refused the SCRAM proof: ${first[1]}`, 'rejected');
    }
    if (first?.[0] !== 'v' || this.expectedServerSignature === undefined) {
      throw new SaslError(`malformed SCRAM server-final-message: ${JSON.stringify(serverFinal)}`, 'protocol');
    }
    const signature = decodeBase64(first[1], 'the SCRAM server signature');
    const expected = this.expectedServerSignature;
    if (signature.byteLength !== expected.byteLength || !timingSafeEqual(signature, expected)) {
      throw new SaslError(
        'the server signature does not match: the daemon does not know our password (or is not the daemon we meant)',
        'server-not-verified',
      );
    }
    this.state = 'done';
  }
}
