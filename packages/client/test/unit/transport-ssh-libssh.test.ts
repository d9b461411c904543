/**
 * `+libssh2` and `+libssh` (ssh2) against an in-process SSH server whose exec channel leads to a
 * fake daemon: host key checks per known_hosts_verify, authentication in sshauth order with keys,
 * passphrases, passwords and keyboard-interactive answers, and the remote command failing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CredentialRequest, Credentials } from '../../src/auth/credentials.js';
import { connect } from '../../src/connect.js';
import { ConnectError } from '../../src/errors.js';
import { libsshTransport } from '../../src/transport/libssh.js';
import {
  SshAuthenticationError,
  SshConnectError,
  SshError,
  SshHostKeyError,
  SshRemoteCommandError,
} from '../../src/transport/ssh-errors.js';
import { TransportError } from '../../src/transport/transport.js';
import { resolveRemoteTarget, type LibsshTarget } from '../../src/uri/index.js';
import { FakeDaemon } from '../support/fake-daemon.js';
import { generateKeyPair, TestSshServer, type KeyPair } from '../support/ssh-server.js';

let dir: string;
let daemon: FakeDaemon;
let server: TestSshServer | undefined;
const clientKey = generateKeyPair();
const otherKey = generateKeyPair();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-libssh-'));
  daemon = await FakeDaemon.start();
});

afterEach(async () => {
  await server?.stop();
  server = undefined;
  await daemon.stop();
  rmSync(dir, { recursive: true, force: true });
});

function writeKey(name: string, key: KeyPair): string {
  const path = join(dir, name);
  writeFileSync(path, key.private, { mode: 0o600 });
  return path;
}

async function startServer(policy: Parameters<typeof TestSshServer.start>[0] = {}): Promise<TestSshServer> {
  server = await TestSshServer.start({ keys: [clientKey.public], exec: { socket: daemon.path }, ...policy });
  return server;
}

/** A `+libssh2`/`+libssh` URI to the test server; `params` are added verbatim. */
function uri(flavour: 'libssh' | 'libssh2', params: string): string {
  if (server === undefined) throw new Error('no server');
  return `test+${flavour}://root@127.0.0.1:${server.port}/default?socket=/run/test-sock&${params}`;
}

function target(text: string): LibsshTarget {
  const resolved = resolveRemoteTarget(text, { env: {}, uid: 0, homeDir: dir, fileExists: () => false });
  if (resolved.transport !== 'libssh' && resolved.transport !== 'libssh2') throw new Error('not a libssh target');
  return resolved;
}

/** Opens via connect(); returns the error it fails with, or undefined after closing a success. */
async function tryConnect(text: string, credentials?: Credentials, env: Record<string, string> = {}): Promise<unknown> {
  try {
    const connection = await connect(text, { env, config: {}, keepalive: false, credentials });
    await connection.close();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The first error in a cause chain that is an instance of `type`. */
function causeOf<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (e instanceof type) return e;
  return undefined;
}

describe.each(['libssh2', 'libssh'] as const)('+%s', (flavour) => {
  it('logs in with the key file, runs the remote command and reaches the daemon', async () => {
    const s = await startServer();
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, `${s.knownHostsLine()}\n`);
    const text = uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}`);
    expect(await tryConnect(text)).toBeUndefined();
    // The remote command is libvirt's, byte for byte: netcat on the socket for an explicit socket=.
    expect(s.commands).toEqual([target(text).remoteCommand]);
    expect(s.commands[0]).toContain("-U /run/test-sock'");
    // libvirt's order: `none` first, then the key.
    expect(s.attempts.map((a) => a.method)).toEqual(['none', 'publickey']);
    expect(daemon.calls.length).toBeGreaterThan(0);
  });

  it('describes itself without secrets', () => {
    const t = target(`test+${flavour}://alice@example.org:2222/default?keyfile=/k`);
    expect(libsshTransport(t, { env: {}, credentials: { password: 'secret' } }).description).toBe(
      `${flavour}:alice@example.org:2222`,
    );
  });

  it('normal: an unknown host fails as a host key error and the file stays untouched', async () => {
    await startServer();
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, '');
    const error = await tryConnect(uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}`));
    expect(error).toBeInstanceOf(TransportError);
    const hostKeyError = causeOf(error, SshHostKeyError);
    expect(hostKeyError?.message).toMatch(/is not in .*known_hosts.*known_hosts_verify=auto/);
    expect(readFileSync(knownHosts, 'utf8')).toBe('');
  });

  it('normal and auto: a changed key fails as a host key error, naming the stored line', async () => {
    const s = await startServer();
    const knownHosts = join(dir, 'known_hosts');
    const wrong = generateKeyPair().public.split(' ').slice(0, 2).join(' ');
    writeFileSync(knownHosts, `# comment\n[127.0.0.1]:${s.port} ${wrong}\n`);
    for (const verify of ['normal', 'auto']) {
      const error = await tryConnect(
        uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}&known_hosts_verify=${verify}`),
      );
      expect(causeOf(error, SshHostKeyError)?.message).toMatch(
        /differs from the one stored .* \(line 2 \(ssh-ed25519\)\)/,
      );
    }
    expect(s.attempts).toEqual([]);
  });

  it('auto: adds an unknown host to known_hosts (creating it), then knows it', async () => {
    const s = await startServer();
    const knownHosts = join(dir, 'sub', 'dir', 'known_hosts');
    const params = `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}`;
    expect(await tryConnect(uri(flavour, `${params}&known_hosts_verify=auto`))).toBeUndefined();
    const line = readFileSync(knownHosts, 'utf8');
    expect(line).toBe(`${s.knownHostsLine()}\n`);
    // Now known: the normal mode accepts it.
    expect(await tryConnect(uri(flavour, params))).toBeUndefined();
  });

  it('ignore: any key is accepted', async () => {
    await startServer();
    const params = `keyfile=${writeKey('id', clientKey)}&known_hosts=${join(dir, 'none')}&known_hosts_verify=ignore`;
    expect(await tryConnect(uri(flavour, params))).toBeUndefined();
  });

  it('accepts hashed known_hosts entries', async () => {
    const s = await startServer();
    const { createHmac, randomBytes } = await import('node:crypto');
    const salt = randomBytes(20);
    const hash = createHmac('sha1', salt).update(`[127.0.0.1]:${s.port}`).digest();
    const knownHosts = join(dir, 'known_hosts');
    const key = s.knownHostsLine().split(' ').slice(1).join(' ');
    writeFileSync(knownHosts, `|1|${salt.toString('base64')}|${hash.toString('base64')} ${key}\n`);
    expect(
      await tryConnect(uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}`)),
    ).toBeUndefined();
  });

  it('a key the server does not know fails as an authentication error listing what was tried', async () => {
    const s = await startServer({ methods: ['publickey'] });
    const params = `keyfile=${writeKey('other', otherKey)}&known_hosts_verify=ignore`;
    const error = await tryConnect(uri(flavour, params));
    expect(error).toBeInstanceOf(TransportError);
    const authError = causeOf(error, SshAuthenticationError);
    expect(authError).toBeInstanceOf(SshError);
    expect(authError?.message).toMatch(/refused every authentication method for root@127\.0\.0\.1:\d+/);
    expect(authError?.message).toContain('privkey: tried');
    expect(authError?.message).toContain('agent: skipped, SSH_AUTH_SOCK is not set');
    expect(authError?.message).toContain('password: skipped, the server does not offer password');
    expect(authError?.message).toContain('the server accepts publickey');
    expect(s.attempts.map((a) => a.method)).toEqual(['none', 'publickey']);
  });

  it('password: the fixed password, and the callback when it is wrong', async () => {
    const s = await startServer({ methods: ['password'], passwords: ['right'] });
    const asked: CredentialRequest[] = [];
    const credentials: Credentials = {
      password: 'wrong',
      callback: (request) => {
        asked.push(request);
        return 'right';
      },
    };
    expect(await tryConnect(uri(flavour, 'sshauth=password&known_hosts_verify=ignore'), credentials)).toBeUndefined();
    expect(s.attempts.map((a) => `${a.method}:${a.secret ?? ''}`)).toEqual([
      'none:',
      'password:wrong',
      'password:right',
    ]);
    expect(asked).toEqual([
      {
        kind: 'password',
        prompt: "Enter root's password for 127.0.0.1",
        service: 'ssh',
        hostname: '127.0.0.1',
        username: 'root',
      },
    ]);
  });

  it("password: auth.conf's auth-ssh-HOST answers when Credentials do not", async () => {
    const s = await startServer({ methods: ['password'], passwords: ['from-auth-conf'] });
    const authFile = join(dir, 'auth.conf');
    writeFileSync(authFile, '[credentials-lab]\npassword=from-auth-conf\n\n[auth-ssh-127.0.0.1]\ncredentials=lab\n');
    expect(
      await tryConnect(uri(flavour, `sshauth=password&known_hosts_verify=ignore&authfile=${authFile}`)),
    ).toBeUndefined();
    expect(s.attempts.at(-1)).toEqual({ method: 'password', username: 'root', secret: 'from-auth-conf' });
  });

  it('password: a callback that keeps answering wrong is asked three times, then authentication fails', async () => {
    const s = await startServer({ methods: ['password'], passwords: ['right'] });
    let calls = 0;
    const error = await tryConnect(uri(flavour, 'sshauth=password&known_hosts_verify=ignore'), {
      callback: () => {
        calls++;
        return 'wrong';
      },
    });
    expect(causeOf(error, SshAuthenticationError)).toBeDefined();
    expect(calls).toBe(3);
    expect(s.attempts.filter((a) => a.method === 'password')).toHaveLength(3);
  });

  it('keyboard-interactive: hidden prompts get the password', async () => {
    const s = await startServer({ methods: ['keyboard-interactive'], passwords: ['pin'] });
    const asked: string[] = [];
    const credentials: Credentials = {
      callback: (request) => {
        asked.push(`${request.kind}:${request.prompt}`);
        return 'pin';
      },
    };
    expect(
      await tryConnect(uri(flavour, 'sshauth=keyboard-interactive&known_hosts_verify=ignore'), credentials),
    ).toBeUndefined();
    expect(asked).toEqual(['password:Test login\nAnswer the question\nPassword:']);
    expect(s.attempts.at(-1)).toEqual({ method: 'keyboard-interactive', username: 'root', secret: 'pin' });
  });

  it('follows the sshauth order and skips methods the server does not offer', async () => {
    const s = await startServer({ methods: ['password', 'publickey'], passwords: ['pw'] });
    const keyfile = writeKey('id', clientKey);
    const text = uri(
      flavour,
      `keyfile=${keyfile}&sshauth=keyboard-interactive,password,privkey&known_hosts_verify=ignore`,
    );
    expect(await tryConnect(text, { password: 'nope' })).toBeUndefined();
    expect(s.attempts.map((a) => a.method)).toEqual(['none', 'password', 'publickey']);
  });

  it('an encrypted key asks for its passphrase', async () => {
    const encrypted = generateKeyPair({ passphrase: 'open sesame' });
    await startServer({ keys: [encrypted.public] });
    const asked: CredentialRequest[] = [];
    const text = uri(flavour, `keyfile=${writeKey('enc', encrypted)}&sshauth=privkey&known_hosts_verify=ignore`);
    const credentials: Credentials = {
      callback: (request) => {
        asked.push(request);
        return 'open sesame';
      },
    };
    expect(await tryConnect(text, credentials)).toBeUndefined();
    expect(asked.map((r) => r.kind)).toEqual(['passphrase']);
    // A wrong passphrase is an authentication error naming the key, as in libvirt.
    const error = await tryConnect(text, { callback: () => 'wrong' });
    expect(causeOf(error, SshAuthenticationError)?.message).toMatch(/cannot use the private key .*enc/);
  });

  it('an unreadable key file is an authentication error naming it', async () => {
    await startServer();
    const error = await tryConnect(uri(flavour, `keyfile=${join(dir, 'missing')}&known_hosts_verify=ignore`));
    expect(causeOf(error, SshAuthenticationError)?.message).toMatch(/cannot read the private key .*missing/);
  });

  it('a missing remote nc fails as a remote command error with its stderr', async () => {
    await startServer({ exec: { exitCode: 127, stderr: 'sh: 1: nc: not found\n' } });
    const error = await tryConnect(uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts_verify=ignore`));
    expect(error).toBeInstanceOf(ConnectError);
    const remote = causeOf(error, SshRemoteCommandError);
    expect(remote?.exitCode).toBe(127);
    expect(remote?.message).toContain('sh: 1: nc: not found');
    expect(remote?.message).toContain('install netcat-openbsd');
  });

  it('a remote command that cannot reach the socket fails with its stderr', async () => {
    await startServer({ exec: { socket: join(dir, 'no-such-socket') } });
    const error = await tryConnect(uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts_verify=ignore`));
    const remote = causeOf(error, SshRemoteCommandError);
    expect(remote?.exitCode).toBe(1);
    expect(remote?.stderr).toContain('No such file or directory');
  });

  it('a refused TCP connection is a connect error', async () => {
    const s = await startServer();
    const port = s.port;
    await s.stop();
    server = undefined;
    const error = await tryConnect(`test+${flavour}://root@127.0.0.1:${port}/default?known_hosts_verify=ignore`);
    expect(error).toBeInstanceOf(TransportError);
    expect(causeOf(error, SshConnectError)?.message).toMatch(
      /cannot reach the ssh server 127\.0\.0\.1:\d+: .*ECONNREFUSED/,
    );
  });

  it('an aborted signal stops the attempt', async () => {
    await startServer();
    const controller = new AbortController();
    const t = target(uri(flavour, `keyfile=${writeKey('id', clientKey)}&known_hosts_verify=ignore`));
    const opening = libsshTransport(t, { env: {}, credentials: undefined }).open(controller.signal);
    controller.abort(new Error('stop'));
    const error = await opening.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toMatch(/aborted/);
  });
});

describe('known_hosts names', () => {
  it('libssh2 also accepts a plain host entry for a non-default port; libssh does not', async () => {
    const s = await startServer();
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, `${s.knownHostsLine('127.0.0.1')}\n`);
    const params = `keyfile=${writeKey('id', clientKey)}&known_hosts=${knownHosts}`;
    expect(await tryConnect(uri('libssh2', params))).toBeUndefined();
    expect(causeOf(await tryConnect(uri('libssh', params)), SshHostKeyError)).toBeDefined();
  });
});
