/**
 * `+tls` against the real libvirtd's TLS listener (auth_tls none), with the PKI that
 * scripts/libvirtd/pki.sh generated. Every case also runs virsh (libvirt's C client) on the
 * same URI: both must succeed or fail alike, which is what "behaves as libvirt" means for
 * `no_verify`, `no_sanity` and friends.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/index.js';
import { TlsCertificateError, TlsClientRefusedError, TlsCredentialsError } from '../../src/transport/tls-errors.js';

/** Asserts `value` is an instance of `type` and returns it as one. */
function instance<T>(value: unknown, type: abstract new (...args: never[]) => T): T {
  expect(value).toBeInstanceOf(type);
  if (!(value instanceof type)) throw new Error(`expected ${type.name}`);
  return value;
}

const libvirtd = inject('libvirtd');
const pki = (dir: string): string => join(libvirtd.pkiDir, dir);

const scratch = mkdtempSync(join(tmpdir(), 'remote-tls-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
/** A pkipath with the daemon's CA but no client certificate. */
const caOnly = join(scratch, 'ca-only');
mkdirSync(caOnly);
copyFileSync(join(pki('client'), 'cacert.pem'), join(caOnly, 'cacert.pem'));

function uri(host: string, query: string): string {
  return `test+tls://${host}:${libvirtd.tlsPort}/default?${query}`;
}

/** Whether virsh (libvirt's own client) connects with this URI, and what it said. */
function virsh(connectUri: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'virsh',
      ['-q', '-c', connectUri, 'list', '--name'],
      { timeout: 30_000, env: { ...process.env, LIBVIRT_AUTH_FILE: '/nonexistent' } },
      (error, stdout, stderr) => {
        resolve({ ok: error === null, output: `${stdout}${stderr}` });
      },
    );
  });
}

type Outcome = { ok: true } | { ok: false; error: new (...args: never[]) => Error; check?: (error: Error) => void };

const cases: [string, string, string, Outcome][] = [
  ['our CA and certificate', '127.0.0.1', `pkipath=${pki('client')}`, { ok: true }],
  ['localhost, also in the certificate', 'localhost', `pkipath=${pki('client')}`, { ok: true }],
  ['the CA revocation list when there is one', '127.0.0.1', `pkipath=${pki('client-crl')}`, { ok: true }],
  [
    'a CA that did not sign the server: certificate error',
    '127.0.0.1',
    `pkipath=${pki('other-client')}`,
    {
      ok: false,
      error: TlsCertificateError,
      check: (e) => {
        expect(instance(e, TlsCertificateError).problem).toBe('untrusted');
        expect(e.message).toContain(join(pki('other-client'), 'cacert.pem'));
      },
    },
  ],
  [
    'the same with no_verify=1: the server is no longer checked, but it refuses our certificate',
    '127.0.0.1',
    `pkipath=${pki('other-client')}&no_verify=1`,
    {
      ok: false,
      error: TlsClientRefusedError,
      check: (e) => {
        expect(instance(e, TlsClientRefusedError).confirmation).toBeNull();
      },
    },
  ],
  [
    'our certificate not from our CA: the sanity check refuses it before connecting',
    '127.0.0.1',
    `pkipath=${pki('other-ca-trust')}`,
    {
      ok: false,
      error: TlsCredentialsError,
      check: (e) => {
        expect(e.message).toMatch(/was not issued by the CA/);
      },
    },
  ],
  [
    'the same with no_sanity=1: now the server certificate fails',
    '127.0.0.1',
    `pkipath=${pki('other-ca-trust')}&no_sanity=1`,
    { ok: false, error: TlsCertificateError },
  ],
  [
    'the same with no_sanity=1&no_verify=1: connects (the daemon trusts our certificate)',
    '127.0.0.1',
    `pkipath=${pki('other-ca-trust')}&no_sanity=1&no_verify=1`,
    { ok: true },
  ],
  [
    'a host name the certificate does not name (127.1 is 127.0.0.1)',
    '127.1',
    `pkipath=${pki('client')}`,
    {
      ok: false,
      error: TlsCertificateError,
      check: (e) => {
        expect(instance(e, TlsCertificateError).problem).toBe('hostname-mismatch');
      },
    },
  ],
  ['the same with no_verify=1: connects', '127.1', `pkipath=${pki('client')}&no_verify=1`, { ok: true }],
  [
    'no client certificate: the daemon closes instead of confirming',
    '127.0.0.1',
    `pkipath=${caOnly}`,
    {
      ok: false,
      error: TlsClientRefusedError,
      check: (e) => {
        expect(e.message).toContain('we have none');
      },
    },
  ],
  [
    'no CA certificate, even with no_verify=1',
    '127.0.0.1',
    `pkipath=${join(scratch, 'empty')}&no_verify=1`,
    { ok: false, error: TlsCredentialsError },
  ],
];

describe('TLS against libvirtd, side by side with virsh', () => {
  it.each(cases)('%s', async (_name, host, query, expected) => {
    const connectUri = uri(host, query);
    const result = await connect(connectUri).then(
      async (conn) => {
        try {
          expect(conn.transport).toBe(`tls:${host}:${libvirtd.tlsPort}`);
          expect((await conn.remote.connectGetType()).type).toBe('TEST');
          const { domains } = await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 });
          expect(domains.map((d) => d.name)).toContain('test');
        } finally {
          await conn.close();
        }
        return undefined;
      },
      (e: unknown) => e as Error,
    );
    if (expected.ok) {
      expect(result).toBeUndefined();
    } else {
      expect(result).toBeInstanceOf(expected.error);
      expected.check?.(result!);
    }
    const c = await virsh(connectUri);
    expect({ virshConnects: c.ok, output: c.output }).toMatchObject({ virshConnects: expected.ok });
  });

  it('answers pipelined calls at once: each message leaves in its own TLS record', async () => {
    // libvirtd leaves a second message in a TLS record unread until more bytes arrive; without
    // keepalive PINGs to wake it, such a call would wait for its timeout.
    const conn = await connect(uri('127.0.0.1', `pkipath=${pki('client')}`), { keepalive: false });
    try {
      const results = await Promise.all(
        Array.from({ length: 64 }, () => conn.remote.domainLookupByName({ name: 'test' }, { timeoutMs: 10_000 })),
      );
      expect(new Set(results.map((r) => r.dom.name))).toEqual(new Set(['test']));
      const capabilities = (await conn.remote.connectGetCapabilities()).capabilities;
      expect(capabilities).toContain('<capabilities>');
    } finally {
      await conn.close();
    }
  });
});
