import { describe, expect, it } from 'vitest';
import { SaslError } from '../../src/auth/sasl/mechanism.js';
import { PlainMechanism } from '../../src/auth/sasl/plain.js';
import { SCRAM_MAX_ITERATIONS, ScramMechanism } from '../../src/auth/sasl/scram.js';

const text = (bytes: Uint8Array | null): string => (bytes === null ? '<null>' : Buffer.from(bytes).toString('utf8'));
const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);

/** The exchanges printed in RFC 5802 section 5 (SHA-1) and RFC 7677 section 3 (SHA-256). */
const vectors = [
  {
    rfc: 'RFC 5802',
    hash: 'sha1',
    name: 'SCRAM-SHA-1',
    clientNonce: 'fyko+d2lbbFgONRv9qkxdawL',
    clientFirst: 'n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL',
    serverFirst: 'r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096',
    clientFinal: 'c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=',
    serverFinal: 'v=rmF9pqV8S7suAoZWja4dJRkFsKQ=',
  },
  {
    rfc: 'RFC 7677',
    hash: 'sha256',
    name: 'SCRAM-SHA-256',
    clientNonce: 'rOprNGfwEbeRWgbNEkqO',
    clientFirst: 'n,,n=user,r=rOprNGfwEbeRWgbNEkqO',
    serverFirst: 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
    clientFinal:
      'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
    serverFinal: 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=',
  },
] as const;

function scram(hash: 'sha1' | 'sha256', clientNonce: string, overrides: { username?: string; password?: string } = {}) {
  return new ScramMechanism({ hash, username: 'user', password: 'pencil', clientNonce, ...overrides });
}

describe.each(vectors)('$name against the $rfc test vector', (v) => {
  it('produces the client messages of the RFC and accepts its server signature', async () => {
    const mechanism = scram(v.hash, v.clientNonce);
    expect(mechanism.name).toBe(v.name);
    expect(text(await mechanism.start())).toBe(v.clientFirst);
    expect(mechanism.complete).toBe(false);
    expect(text(await mechanism.step(bytes(v.serverFirst)))).toBe(v.clientFinal);
    expect(mechanism.complete).toBe(false);
    expect(await mechanism.step(bytes(v.serverFinal))).toBeNull();
    expect(mechanism.complete).toBe(true);
  });

  it('rejects a server signature that does not match, even by one bit', async () => {
    const mechanism = scram(v.hash, v.clientNonce);
    await mechanism.start();
    await mechanism.step(bytes(v.serverFirst));
    const signature = Buffer.from(v.serverFinal.slice(2), 'base64');
    signature[0] = (signature[0] ?? 0) ^ 1;
    const error = await mechanism.step(bytes(`v=${signature.toString('base64')}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaslError);
    expect((error as SaslError).kind).toBe('server-not-verified');
    expect(mechanism.complete).toBe(false);
  });

  it('computes a different proof for another password, so a wrong password cannot pass', async () => {
    const mechanism = scram(v.hash, v.clientNonce, { password: 'pencil2' });
    await mechanism.start();
    const final = text(await mechanism.step(bytes(v.serverFirst)));
    expect(final).not.toBe(v.clientFinal);
    // The server's signature for the right password does not verify against the wrong one.
    await expect(mechanism.step(bytes(v.serverFinal))).rejects.toMatchObject({ kind: 'server-not-verified' });
  });
});

describe('SCRAM message handling', () => {
  const nonce = 'abcdefghijklmnop';
  const serverFirst = `r=${nonce}SERVER,s=${Buffer.from('salt').toString('base64')},i=4096`;

  async function afterStart(options: { username?: string; authorizationId?: string } = {}) {
    const mechanism = new ScramMechanism({
      hash: 'sha256',
      password: 'pw',
      clientNonce: nonce,
      username: 'u',
      ...options,
    });
    const first = text(await mechanism.start());
    return { mechanism, first };
  }

  it('escapes = and , in the user name and sends an authorization identity in the GS2 header', async () => {
    const { first } = await afterStart({ username: 'a=b,c', authorizationId: 'x,y' });
    expect(first).toBe(`n,a=x=2Cy,n=a=3Db=2Cc,r=${nonce}`);
  });

  it('binds the GS2 header into the final message (c= is its base64)', async () => {
    const { mechanism } = await afterStart({ authorizationId: 'admin' });
    const final = text(await mechanism.step(bytes(serverFirst)));
    expect(final.startsWith(`c=${Buffer.from('n,a=admin,').toString('base64')},r=${nonce}SERVER,p=`)).toBe(true);
  });

  it('makes a fresh random nonce by default', async () => {
    const a = text(await new ScramMechanism({ hash: 'sha256', username: 'u', password: 'p' }).start());
    const b = text(await new ScramMechanism({ hash: 'sha256', username: 'u', password: 'p' }).start());
    expect(a).toMatch(/^n,,n=u,r=[A-Za-z0-9+/=]{32}$/);
    expect(a).not.toBe(b);
  });

  it.each([
    ['a nonce that does not extend ours', `r=other${nonce},s=c2FsdA==,i=4096`, 'did not extend our SCRAM nonce'],
    ['our nonce unextended', `r=${nonce},s=c2FsdA==,i=4096`, 'did not extend our SCRAM nonce'],
    ['a mandatory extension', `m=ext,r=${nonce}X,s=c2FsdA==,i=4096`, 'SCRAM extension'],
    ['attributes out of order', `s=c2FsdA==,r=${nonce}X,i=4096`, 'malformed'],
    ['a salt that is not base64', `r=${nonce}X,s=!!!,i=4096`, 'base64'],
    ['an empty salt', `r=${nonce}X,s=,i=4096`, 'salt is empty'],
    ['a zero iteration count', `r=${nonce}X,s=c2FsdA==,i=0`, 'iteration count'],
    ['a non-numeric iteration count', `r=${nonce}X,s=c2FsdA==,i=4k`, 'iteration count'],
    ['garbage', 'hello', 'malformed'],
  ])('refuses a server-first-message with %s', async (_what, message, reason) => {
    const { mechanism } = await afterStart();
    const error = await mechanism.step(bytes(message)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaslError);
    expect((error as SaslError).kind).toBe('protocol');
    expect((error as Error).message).toContain(reason);
  });

  it('refuses to spin on an absurd iteration count', async () => {
    const { mechanism } = await afterStart();
    await expect(mechanism.step(bytes(`r=${nonce}X,s=c2FsdA==,i=${SCRAM_MAX_ITERATIONS + 1}`))).rejects.toThrow(
      /more than the/,
    );
  });

  it('reports a server-final error attribute as a rejection', async () => {
    const { mechanism } = await afterStart();
    await mechanism.step(bytes(serverFirst));
    await expect(mechanism.step(bytes('e=invalid-proof'))).rejects.toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('invalid-proof') as unknown,
    });
  });

  it('refuses a challenge after completion and a second start', async () => {
    const v = vectors[1];
    const mechanism = scram(v.hash, v.clientNonce);
    await mechanism.start();
    await expect(mechanism.start()).rejects.toBeInstanceOf(SaslError);
    await mechanism.step(bytes(v.serverFirst));
    await mechanism.step(bytes(v.serverFinal));
    await expect(mechanism.step(bytes(v.serverFinal))).rejects.toMatchObject({ kind: 'protocol' });
  });

  it('uses the password as given, without SASLprep, as Cyrus SASL does', async () => {
    // NO-BREAK SPACE would become a space under SASLprep: the proofs must differ.
    const finals: string[] = [];
    for (const password of ['p\u00a0w', 'p w']) {
      const mechanism = new ScramMechanism({ hash: 'sha256', username: 'u', password, clientNonce: nonce });
      await mechanism.start();
      finals.push(text(await mechanism.step(bytes(serverFirst))));
    }
    expect(finals[0]).not.toBe(finals[1]);
  });
});

describe('PLAIN', () => {
  it('sends authzid NUL authcid NUL password as its initial response and is then complete', async () => {
    const plain = new PlainMechanism({ username: 'fred', password: 's3cret' });
    expect(plain.complete).toBe(false);
    expect(text(await plain.start())).toBe('\0fred\0s3cret');
    expect(plain.complete).toBe(true);
    expect(await plain.step()).toBeNull();
    const withAuthz = new PlainMechanism({ username: 'fred', password: 'x', authorizationId: 'admin' });
    expect(text(await withAuthz.start())).toBe('admin\0fred\0x');
  });
});
