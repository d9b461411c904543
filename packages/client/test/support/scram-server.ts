/**
 * A SCRAM server (RFC 5802 / 7677) for tests only, so the client's SASL exchange can be driven
 * without a daemon; written from the RFC independently of src/auth/sasl/scram.ts. Real
 * interoperability is tested against libvirtd's Cyrus SASL in the integration tests.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export class ScramTestServer {
  private readonly hash: 'sha1' | 'sha256';
  private readonly users: ReadonlyMap<string, string>;
  private readonly salt = randomBytes(16);
  private readonly iterations = 4096;
  private clientFirstBare = '';
  private serverFirst = '';
  private username = '';
  /** Set to make the server claim success with a wrong signature (an impostor). */
  forgeSignature = false;

  constructor(hash: 'sha1' | 'sha256', users: Record<string, string>) {
    this.hash = hash;
    this.users = new Map(Object.entries(users));
  }

  /** Answers the client-first-message with the server-first-message. */
  first(clientFirst: string): string {
    const match = /^n,(?:a=[^,]*)?,(n=([^,]*),r=([^,]+))$/.exec(clientFirst);
    if (match === null) throw new Error(`bad client-first-message ${clientFirst}`);
    this.clientFirstBare = match[1] ?? '';
    this.username = (match[2] ?? '').replaceAll('=2C', ',').replaceAll('=3D', '=');
    this.serverFirst = `r=${match[3] ?? ''}${randomBytes(12).toString('base64')},s=${this.salt.toString('base64')},i=${this.iterations}`;
    return this.serverFirst;
  }

  /** Checks the client-final-message; returns the server-final-message, or undefined for a wrong proof. */
  final(clientFinal: string): string | undefined {
    const at = clientFinal.lastIndexOf(',p=');
    const withoutProof = clientFinal.slice(0, at);
    const proof = Buffer.from(clientFinal.slice(at + 3), 'base64');
    const password = this.users.get(this.username);
    if (password === undefined) return undefined;
    const salted = pbkdf2Sync(password, this.salt, this.iterations, this.hash === 'sha1' ? 20 : 32, this.hash);
    const hmac = (key: Uint8Array, data: string): Buffer => createHmac(this.hash, key).update(data).digest();
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const clientKey = hmac(salted, 'Client Key');
    const storedKey = createHash(this.hash).update(clientKey).digest();
    const signature = hmac(storedKey, authMessage);
    const expected = Buffer.from(clientKey.map((b, i) => b ^ (signature[i] ?? 0)));
    if (proof.byteLength !== expected.byteLength || !timingSafeEqual(proof, expected)) return undefined;
    const serverSignature = hmac(hmac(salted, 'Server Key'), authMessage);
    if (this.forgeSignature) serverSignature[0] = (serverSignature[0] ?? 0) ^ 0xff;
    return `v=${serverSignature.toString('base64')}`;
  }
}

/** libvirt's wire form of SASL data (signed chars) and back. */
export function toChars(text: string): number[] {
  return Array.from(Buffer.from(text, 'utf8'), (b) => (b > 127 ? b - 256 : b));
}

export function fromChars(chars: readonly number[]): string {
  return Buffer.from(chars.map((c) => c & 0xff)).toString('utf8');
}
