/**
 * The TLS transport against a local node:tls server standing in for libvirtd: the confirmation
 * byte libvirtd sends after checking our certificate, server certificate verification and what
 * `no_verify=1` skips, and the checks of our own PKI files. The certificates in
 * test/fixtures/tls were made by `LIBVIRT_TS_PKI_DAYS=36500 scripts/libvirtd/pki.sh DIR` (the
 * CA keys left out). The same behaviours are checked against a real libvirtd in
 * test/integration/remote-tls.test.ts.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TlsCertificateError, TlsClientRefusedError, TlsCredentialsError } from '../../src/transport/tls-errors.js';
import { tlsTransport } from '../../src/transport/tls.js';
import { TransportError } from '../../src/transport/transport.js';
import { resolveRemoteTarget, type TlsTarget } from '../../src/uri/index.js';
import { MessageStatus, MessageType } from '../../src/wire/message.js';
import { frame } from '../support/fake-daemon.js';

/** Asserts `value` is an instance of `type` and returns it as one. */
function instance<T>(value: unknown, type: abstract new (...args: never[]) => T): T {
  expect(value).toBeInstanceOf(type);
  if (!(value instanceof type)) throw new Error(`expected ${type.name}`);
  return value;
}

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'tls');
const fixture = (path: string): Buffer => readFileSync(join(FIXTURES, path));

type Behaviour = (socket: TLSSocket) => void;

const servers: Server[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'tls-transport-'));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A TLS server like libvirtd's: it asks for a client certificate and checks it only after the handshake. */
async function fakeDaemon(behaviour: Behaviour, serverDir = 'server'): Promise<{ port: number; peers: string[] }> {
  const peers: string[] = [];
  const server = createServer(
    {
      key: fixture(`${serverDir}/serverkey.pem`),
      cert: fixture(`${serverDir}/servercert.pem`),
      ca: fixture('server/cacert.pem'),
      requestCert: true,
      rejectUnauthorized: false,
    },
    (socket) => {
      const subject = socket.getPeerCertificate().subject as Record<string, string> | undefined;
      peers.push(subject?.['CN'] ?? '(none)');
      socket.on('error', () => undefined);
      behaviour(socket);
    },
  );
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, peers };
}

function target(port: number, query: string, host = '127.0.0.1'): TlsTarget {
  const t = resolveRemoteTarget(`test+tls://${host}:${port}/default?${query}`, {
    env: {},
    uid: 0,
    homeDir: '/nonexistent',
    fileExists: () => false,
  });
  if (t.transport !== 'tls') throw new Error('expected a TLS target');
  return t;
}

const pki = (dir: string): string => `pkipath=${dir.startsWith('/') ? dir : join(FIXTURES, dir)}`;

function open(t: TlsTarget, options: { now?: Date; signal?: AbortSignal } = {}): Promise<Duplex> {
  const transport = tlsTransport(t, {
    env: {},
    credentials: undefined,
    ...(options.now === undefined ? {} : { now: () => options.now! }),
  });
  return transport.open(options.signal);
}

async function openError(t: TlsTarget, options: { now?: Date; signal?: AbortSignal } = {}): Promise<Error> {
  const result = await open(t, options).then(
    (socket) => {
      socket.destroy();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(result).toBeInstanceOf(Error);
  return result as Error;
}

const FRAME = frame({
  prog: 0x20008086,
  vers: 1,
  proc: 1,
  type: MessageType.Reply,
  serial: 7,
  status: MessageStatus.Ok,
});

async function firstChunk(socket: Duplex): Promise<Buffer> {
  return new Promise((resolveChunk, reject) => {
    socket.once('data', (chunk: Buffer) => {
      resolveChunk(chunk);
    });
    socket.once('error', reject);
  });
}

/** A directory of PKI files picked from the fixtures: [name in the dir, fixture path]. */
function pkiDir(files: [string, string][]): string {
  const dir = mkdtempSync(join(scratch, 'pki-'));
  for (const [name, from] of files) copyFileSync(join(FIXTURES, from), join(dir, name));
  return dir;
}

describe('the confirmation byte', () => {
  it('strips the 1 libvirtd sends and hands on the frames after it, with our certificate presented', async () => {
    const daemon = await fakeDaemon((s) => s.write(Buffer.concat([Buffer.from([1]), FRAME])));
    const socket = await open(target(daemon.port, pki('client')));
    expect(Buffer.compare(await firstChunk(socket), Buffer.from(FRAME))).toBe(0);
    expect(daemon.peers).toEqual(['libvirt-ts client']);
    socket.destroy();
  });

  it('waits for the byte when it comes alone, and keeps a frame cut across records whole', async () => {
    const daemon = await fakeDaemon((s) => {
      s.write(Buffer.from([1]));
      setTimeout(() => s.write(FRAME.subarray(0, 10)), 20);
      setTimeout(() => s.write(FRAME.subarray(10)), 40);
    });
    const socket = await open(target(daemon.port, pki('client')));
    expect(Buffer.compare(await firstChunk(socket), Buffer.from(FRAME))).toBe(0);
    socket.destroy();
  });

  it.each([
    [0, 'answered 0 instead of confirming it with 1'],
    [2, 'answered 2 instead of confirming it with 1'],
  ])('refuses a connection confirmed with %i', async (byte, text) => {
    const daemon = await fakeDaemon((s) => s.write(Buffer.from([byte])));
    const error = await openError(target(daemon.port, pki('client')));
    expect(error).toBeInstanceOf(TlsClientRefusedError);
    expect(instance(error, TlsClientRefusedError).confirmation).toBe(byte);
    expect(error.message).toContain('the server refused our client certificate');
    expect(error.message).toContain(text);
  });

  it('reports the server closing instead of confirming as a refusal of our certificate', async () => {
    const daemon = await fakeDaemon((s) => s.end());
    const error = await openError(target(daemon.port, pki('client')));
    expect(error).toBeInstanceOf(TlsClientRefusedError);
    expect(instance(error, TlsClientRefusedError).confirmation).toBeNull();
    expect(error.message).toMatch(
      /refused our client certificate \(.*client\/clientcert\.pem\) .*closed the connection/,
    );
    expect(error.name).toBe('TlsClientRefusedError');
    expect(error).toBeInstanceOf(TransportError);
  });

  it('says so when we had no client certificate to offer', async () => {
    const daemon = await fakeDaemon((s) => s.end());
    const dir = pkiDir([['cacert.pem', 'client/cacert.pem']]);
    const error = await openError(target(daemon.port, pki(dir)));
    expect(error.message).toContain(`we have none: ${dir}/clientcert.pem does not exist`);
    expect(daemon.peers).toEqual(['(none)']);
  });

  it('gives up waiting when aborted', async () => {
    const daemon = await fakeDaemon(() => undefined);
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort(new Error('enough'));
    }, 50);
    const error = await openError(target(daemon.port, pki('client')), { signal: controller.signal });
    expect(error).toBeInstanceOf(TransportError);
    expect(error.message).toMatch(/was aborted/);
    const already = await openError(target(daemon.port, pki('client')), { signal: AbortSignal.abort() });
    expect(already.message).toMatch(/was aborted/);
  });
});

describe('server certificate verification', () => {
  const accept: Behaviour = (s) => s.write(Buffer.from([1]));

  it('refuses a server our CA did not sign, naming the CA file', async () => {
    const daemon = await fakeDaemon(accept);
    const error = await openError(target(daemon.port, pki('other-client')));
    const certError = instance(error, TlsCertificateError);
    expect(certError.problem).toBe('untrusted');
    expect(certError.caFile).toBe(join(FIXTURES, 'other-client', 'cacert.pem'));
    expect(certError.message).toContain(join(FIXTURES, 'other-client', 'cacert.pem'));
    // libvirtd sends its certificate alone, this server its CA too: OpenSSL words the two apart.
    expect(certError.verifyCode).toMatch(/^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN)$/);
  });

  it('refuses a host name the certificate does not name (127.1 reaches 127.0.0.1)', async () => {
    const daemon = await fakeDaemon(accept);
    const error = await openError(target(daemon.port, pki('client'), '127.1'));
    expect(error).toBeInstanceOf(TlsCertificateError);
    expect(instance(error, TlsCertificateError).problem).toBe('hostname-mismatch');
    expect(error.message).toBe(
      `the server certificate of 127.1:${daemon.port} does not match the host name 127.1: it names DNS:localhost, IP Address:127.0.0.1`,
    );
  });

  it('accepts localhost and 127.0.0.1, both named by the certificate', async () => {
    const daemon = await fakeDaemon(accept);
    for (const host of ['localhost', '127.0.0.1']) {
      (await open(target(daemon.port, pki('client'), host))).destroy();
    }
  });

  it('refuses a certificate the CA revoked when cacrl.pem exists, and ignores revocation without one', async () => {
    const daemon = await fakeDaemon(accept, 'revoked');
    const error = await openError(target(daemon.port, pki('client-crl')));
    expect(instance(error, TlsCertificateError).problem).toBe('revoked');
    (await open(target(daemon.port, pki('client')))).destroy();
  });

  it('with no_verify=1 ignores the server certificate, but still shakes hands and waits for the confirmation', async () => {
    const accepting = await fakeDaemon(accept);
    (await open(target(accepting.port, `${pki('other-client')}&no_verify=1`))).destroy();
    (await open(target(accepting.port, `${pki('client')}&no_verify=1`, '127.1'))).destroy();
    expect(accepting.peers).toHaveLength(2);
    const refusing = await fakeDaemon((s) => s.end());
    const error = await openError(target(refusing.port, `${pki('other-client')}&no_verify=1`));
    expect(error).toBeInstanceOf(TlsClientRefusedError);
  });
});

describe('our own PKI files', () => {
  it('needs the CA certificate, even with no_verify=1, as libvirt does', async () => {
    const dir = pkiDir([
      ['clientcert.pem', 'client/clientcert.pem'],
      ['clientkey.pem', 'client/clientkey.pem'],
    ]);
    const error = await openError(target(1, `${pki(dir)}&no_verify=1`));
    expect(error).toBeInstanceOf(TlsCredentialsError);
    expect(instance(error, TlsCredentialsError).path).toBe(join(dir, 'cacert.pem'));
    expect(error.message).toMatch(/cannot read the CA certificate .*ENOENT/);
  });

  it('needs the key of a client certificate, and the key that belongs to it', async () => {
    const noKey = pkiDir([
      ['cacert.pem', 'client/cacert.pem'],
      ['clientcert.pem', 'client/clientcert.pem'],
    ]);
    expect((await openError(target(1, pki(noKey)))).message).toMatch(/cannot read the client key/);
    const wrongKey = pkiDir([
      ['cacert.pem', 'client/cacert.pem'],
      ['clientcert.pem', 'client/clientcert.pem'],
      ['clientkey.pem', 'other-client/clientkey.pem'],
    ]);
    expect((await openError(target(1, `${pki(wrongKey)}&no_sanity=1`))).message).toMatch(
      /does not belong to the client certificate/,
    );
  });

  it('sanity-checks our certificate against our CA unless no_sanity=1', async () => {
    const mixed = pkiDir([
      ['cacert.pem', 'client/cacert.pem'],
      ['clientcert.pem', 'other-client/clientcert.pem'],
      ['clientkey.pem', 'other-client/clientkey.pem'],
    ]);
    const error = await openError(target(1, pki(mixed)));
    expect(error).toBeInstanceOf(TlsCredentialsError);
    expect(error.message).toBe(
      `our own certificate ${mixed}/clientcert.pem was not issued by the CA in ${mixed}/cacert.pem`,
    );
    const daemon = await fakeDaemon((s) => s.write(Buffer.from([1])));
    (await open(target(daemon.port, `${pki(mixed)}&no_sanity=1`))).destroy();
  });

  it('refuses an expired certificate of ours, and a server certificate used as our CA', async () => {
    const expired = await openError(target(1, pki('client')), { now: new Date('2200-01-01T00:00:00Z') });
    expect(expired.message).toMatch(/the CA certificate .* expired on/);
    const notCa = pkiDir([['cacert.pem', 'server/servercert.pem']]);
    expect((await openError(target(1, pki(notCa)))).message).toMatch(/is not a CA certificate/);
  });

  it('reports a refused TCP connection as a TransportError with the system code', async () => {
    const daemon = await fakeDaemon(() => undefined);
    const port = daemon.port;
    await new Promise((r) => servers.pop()?.close(r));
    const error = await openError(target(port, pki('client')));
    expect(error).toBeInstanceOf(TransportError);
    expect(instance(error, TransportError).code).toBe('ECONNREFUSED');
    expect(error.message).toContain(`tls:127.0.0.1:${port}`);
  });
});
