/**
 * SASL against a real libvirtd: the session-mode daemon scripts/libvirtd/start.sh runs as user
 * libvirt-ts, whose every listener wants SASL (Cyrus SASL with `mech_list: scram-sha-256
 * scram-sha-1` and a sasldb made by saslpasswd2). SCRAM on the unix socket and over TLS; plain
 * TCP refused, as libvirt refuses it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { AuthenticationError } from '../../src/auth/errors.js';
import type { CredentialRequest } from '../../src/auth/credentials.js';
import { connect, LibvirtError, type ConnectOptions } from '../../src/index.js';

const libvirtd = inject('libvirtd');
const sasl = libvirtd.sasl;

const scratch = mkdtempSync(join(tmpdir(), 'remote-sasl-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const listeners = [
  ['the unix socket', `test+unix:///default?socket=${sasl.socket}`, `unix:${sasl.socket}`],
  [
    'the TLS listener',
    `test+tls://127.0.0.1:${sasl.tlsPort}/default?pkipath=${join(libvirtd.pkiDir, 'client')}`,
    `tls:127.0.0.1:${sasl.tlsPort}`,
  ],
] as const;

/** An environment without LIBVIRT_AUTH_FILE or a user auth.conf, so only what a test passes counts. */
const env = { HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config') };

async function listDomains(uri: string, options: ConnectOptions): Promise<string[]> {
  const conn = await connect(uri, { env, ...options });
  try {
    const { domains } = await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 });
    return domains.map((d) => d.name);
  } finally {
    await conn.close();
  }
}

async function authError(uri: string, options: ConnectOptions): Promise<AuthenticationError> {
  const error = await listDomains(uri, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

describe.each(listeners)('SCRAM-SHA-256 on %s', (_name, uri, where) => {
  it('connects with the right password from the options', async () => {
    expect(await listDomains(uri, { credentials: { username: sasl.username, password: sasl.password } })).toContain(
      'test',
    );
  });

  it('connects with credentials from a callback, asked for name then password', async () => {
    const requests: CredentialRequest[] = [];
    const callback = (request: CredentialRequest): string => {
      requests.push(request);
      return request.kind === 'username' ? sasl.username : sasl.password;
    };
    expect(await listDomains(uri, { credentials: { callback } })).toContain('test');
    expect(requests.map((r) => [r.kind, r.service, r.hostname])).toEqual([
      ['username', 'libvirt', uri.includes('+tls') ? '127.0.0.1' : 'localhost'],
      ['password', 'libvirt', uri.includes('+tls') ? '127.0.0.1' : 'localhost'],
    ]);
    expect(requests[1]?.username).toBe(sasl.username);
  });

  it('connects with credentials from an auth.conf named by authfile=, and by LIBVIRT_AUTH_FILE', async () => {
    expect(await listDomains(`${uri}&authfile=${sasl.authFile}`, {})).toContain('test');
    expect(await listDomains(uri, { env: { ...env, LIBVIRT_AUTH_FILE: sasl.authFile } })).toContain('test');
  });

  it('fails with an authentication error for a wrong password, carrying the daemon error', async () => {
    const error = await authError(uri, { credentials: { username: sasl.username, password: `${sasl.password}x` } });
    expect(error.failure).toBe('rejected');
    expect(error.mechanism).toBe('SCRAM-SHA-256');
    expect(error.message).toMatch(new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the daemon rejected`));
    expect(error.cause).toBeInstanceOf(LibvirtError);
    expect((error.cause as LibvirtError).isAuthFailed()).toBe(true);
  });

  it('fails with an authentication error for an unknown user, and a wrong password in auth.conf', async () => {
    expect((await authError(uri, { credentials: { username: 'nobody', password: 'x' } })).failure).toBe('rejected');
    const bad = join(scratch, `bad-${String(Math.random()).slice(2)}.conf`);
    writeFileSync(
      bad,
      `[credentials-x]\nauthname=${sasl.username}\npassword=wrong\n[auth-libvirt-default]\ncredentials=x\n`,
    );
    expect((await authError(`${uri}&authfile=${bad}`, {})).failure).toBe('rejected');
  });

  it('answers pipelined calls once authenticated', async () => {
    const conn = await connect(uri, {
      env,
      keepalive: false,
      credentials: { username: sasl.username, password: sasl.password },
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 32 }, () => conn.remote.domainLookupByName({ name: 'test' }, { timeoutMs: 10_000 })),
      );
      expect(results.every((r) => r.dom.name === 'test')).toBe(true);
    } finally {
      await conn.close();
    }
  });

  it('says no credentials were given when none were', async () => {
    const error = await authError(uri, {});
    expect(error.failure).toBe('no-credentials');
  });
});

describe('SASL details against Cyrus SASL', () => {
  const [, unixUri] = listeners[0];

  it('uses SCRAM-SHA-1 when the URI asks for it with auth=sasl.scram-sha-1', async () => {
    expect(
      await listDomains(`${unixUri}&auth=sasl.scram-sha-1`, {
        credentials: { username: sasl.username, password: sasl.password },
      }),
    ).toContain('test');
  });

  it('says plainly that the daemon does not offer a mechanism the URI names', async () => {
    const error = await authError(`${unixUri}&auth=sasl.gssapi`, {
      credentials: { username: sasl.username, password: sasl.password },
    });
    expect(error.failure).toBe('no-mechanism');
    expect(error.message).toContain(
      'SASL mechanism GSSAPI is not offered by the daemon (it offers: SCRAM-SHA-256, SCRAM-SHA-1)',
    );
  });

  it('sends passwords as they are, without SASLprep, like Cyrus SASL: the raw one works, the prepared one fails', async () => {
    expect(sasl.utf8Password).toContain('\u00a0');
    expect(
      await listDomains(unixUri, { credentials: { username: sasl.utf8Username, password: sasl.utf8Password } }),
    ).toContain('test');
    const prepared = sasl.utf8Password.replace('\u00a0', ' ').replace('\u2168', 'IX');
    expect(
      (await authError(unixUri, { credentials: { username: sasl.utf8Username, password: prepared } })).failure,
    ).toBe('rejected');
  });

  it('refuses SCRAM over plain TCP without asking for credentials, as libvirt does', async () => {
    const callback = vi.fn(() => sasl.password);
    const error = await authError(`test+tcp://127.0.0.1:${sasl.tcpPort}/default`, {
      credentials: { callback },
    });
    expect(error.failure).toBe('insecure-transport');
    expect(error.message).toMatch(/security layer/);
    expect(callback).not.toHaveBeenCalled();
  });

  it('refuses auth=sasl against a daemon that wants no authentication', async () => {
    const error = await authError(`test+unix:///default?socket=${libvirtd.socket}&auth=sasl`, {});
    expect(error.failure).toBe('unsupported-type');
    expect(error.message).toContain('the URI asks for sasl authentication, which the daemon does not offer');
  });
});
