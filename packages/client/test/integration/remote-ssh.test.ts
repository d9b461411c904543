/**
 * The ssh transports against a real OpenSSH server (scripts/sshd, a private sshd on a loopback
 * port) in front of the real test daemon: the system ssh (`+ssh`) and ssh2 (`+libssh2`,
 * `+libssh`), through `nc -U socket` and through the real virt-ssh-helper (the private sshd sees
 * the test daemon's socket directory as /run/libvirt, where the helper looks), and each way of
 * failing: host keys, refused keys, a missing remote nc, a missing socket, a closed port.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type ConnectOptions } from '../../src/connect.js';
import { ConnectError, LibvirtError } from '../../src/errors.js';
import {
  SshAuthenticationError,
  SshConnectError,
  SshHostKeyError,
  SshRemoteCommandError,
} from '../../src/transport/ssh-errors.js';
import { TransportError } from '../../src/transport/transport.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const libvirtd = inject('libvirtd');

interface Sshd {
  readonly dir: string;
  readonly port: number;
  readonly key: string;
  readonly wrongKey: string;
  readonly knownHosts: string;
  readonly hostKey: string;
  readonly config: string;
  readonly command: string;
}

let sshd: Sshd;
let scratch: string;
/** What afterAll cleans up; unset when beforeAll failed early. */
const cleanup: { sshdDir?: string; scratch?: string } = {};

function runScript(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('bash', [join(repoRoot, 'scripts', 'sshd', script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
}

beforeAll(() => {
  runScript('install.sh', []);
  // The private sshd's /run/libvirt is the test daemon's socket directory, for virt-ssh-helper.
  const out = runScript('start.sh', [], { LIBVIRT_TS_SSHD_LIBVIRT_RUN: dirname(libvirtd.socket) });
  const dir = /^LIBVIRT_TS_SSHD_DIR=(.*)$/m.exec(out)?.[1];
  if (dir === undefined) throw new Error('scripts/sshd/start.sh did not report its directory');
  const env = JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8')) as Record<string, string>;
  const read = (key: string): string => {
    const value = env[key];
    if (value === undefined) throw new Error(`${dir}/env.json lacks ${key}`);
    return value;
  };
  cleanup.sshdDir = dir;
  sshd = {
    dir,
    port: Number(read('LIBVIRT_TS_SSHD_PORT')),
    key: read('LIBVIRT_TS_SSH_KEY'),
    wrongKey: read('LIBVIRT_TS_SSH_WRONG_KEY'),
    knownHosts: read('LIBVIRT_TS_SSH_KNOWN_HOSTS'),
    hostKey: read('LIBVIRT_TS_SSH_HOST_KEY'),
    config: read('LIBVIRT_TS_SSH_CONFIG'),
    command: read('LIBVIRT_TS_SSH_COMMAND'),
  };
  scratch = mkdtempSync(join(tmpdir(), 'libvirt-ts-remote-ssh-'));
  cleanup.scratch = scratch;
});

afterAll(() => {
  if (cleanup.scratch !== undefined) rmSync(cleanup.scratch, { recursive: true, force: true });
  if (cleanup.sshdDir !== undefined) runScript('stop.sh', ['--remove', cleanup.sshdDir]);
});

/** Options for connect(): no libvirt.conf, no agent of the machine's user, no keepalive noise. */
function options(extra: Partial<ConnectOptions> = {}): ConnectOptions {
  return { env: { ...process.env, SSH_AUTH_SOCK: undefined }, config: {}, keepalive: false, ...extra };
}

function sshUri(params: string): string {
  return `test+ssh://root@127.0.0.1:${sshd.port}/default?${params}`;
}

/** Opens, checks the connection really reaches the test daemon, closes. */
async function roundTrip(uri: string, extra: Partial<ConnectOptions> = {}): Promise<string> {
  const connection = await connect(uri, options(extra));
  try {
    const [hostname, viaUnix] = [await connection.host.hostname(), await unixHostname()];
    expect(hostname).toBe(viaUnix);
    return connection.transport;
  } finally {
    await connection.close();
  }
}

async function unixHostname(): Promise<string> {
  const connection = await connect(`test+unix:///default?socket=${libvirtd.socket}`, options());
  try {
    return await connection.host.hostname();
  } finally {
    await connection.close();
  }
}

async function failure(uri: string, extra: Partial<ConnectOptions> = {}): Promise<Error> {
  const result = await connect(uri, options(extra)).then(
    async (connection) => {
      await connection.close();
      return undefined;
    },
    (error: unknown) => error,
  );
  if (!(result instanceof Error)) throw new Error(`${uri} connected, but should have failed`);
  return result;
}

function causeOf<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (e instanceof type) return e;
  return undefined;
}

/** Processes whose command line mentions `marker` (read-only look at /proc). */
function processesMentioning(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/** A known_hosts file that lists another key for the server. */
function wrongKnownHosts(): string {
  const path = join(scratch, `wrong_known_hosts-${randomUUID()}`);
  const other = readFileSync(`${sshd.wrongKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
  writeFileSync(path, `[127.0.0.1]:${sshd.port} ${other}\n`);
  return path;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('+ssh (the system ssh)', () => {
  const base = (): string => `keyfile=${sshd.key}&command=${sshd.command}`;

  it('reaches the daemon through nc -U on the explicit socket', async () => {
    expect(await roundTrip(sshUri(`socket=${libvirtd.socket}&${base()}`))).toBe(`ssh:root@127.0.0.1:${sshd.port}`);
  });

  it('reaches the daemon through the real virt-ssh-helper (proxy=native and auto)', async () => {
    expect(existsSync('/usr/bin/virt-ssh-helper')).toBe(true);
    await roundTrip(sshUri(`proxy=native&${base()}`));
    await roundTrip(sshUri(`proxy=auto&${base()}`));
  });

  it('read-only through virt-ssh-helper -r reaches the read-only socket', async () => {
    const connection = await connect(sshUri(`proxy=native&${base()}`), options({ readOnly: true }));
    try {
      expect(connection.readOnly).toBe(true);
      const xml = `<domain type='test'><name>ro-${randomUUID().slice(0, 8)}</name><memory>65536</memory><os><type>hvm</type></os></domain>`;
      const error = await connection.domains.define(xml).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibvirtError);
    } finally {
      await connection.close();
    }
  });

  it('closing the connection ends the ssh process', async () => {
    const marker = join(scratch, `marker-${randomUUID()}`);
    // A copy of the key under a unique name marks this ssh's command line.
    writeFileSync(marker, readFileSync(sshd.key), { mode: 0o600 });
    const connection = await connect(
      sshUri(`socket=${libvirtd.socket}&keyfile=${marker}&command=${sshd.command}`),
      options(),
    );
    expect(processesMentioning(marker).length).toBeGreaterThan(0);
    await connection.close();
    for (let i = 0; i < 100 && processesMentioning(marker).length > 0; i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(processesMentioning(marker)).toEqual([]);
  });

  it('a key the server does not accept fails with SshAuthenticationError and ssh stderr', async () => {
    const error = await failure(sshUri(`socket=${libvirtd.socket}&keyfile=${sshd.wrongKey}&command=${sshd.command}`));
    expect(error).toBeInstanceOf(ConnectError);
    const auth = causeOf(error, SshAuthenticationError);
    expect(auth?.exitCode).toBe(255);
    expect(auth?.message).toContain('Permission denied (publickey)');
  });

  it('a host key that differs from known_hosts fails with SshHostKeyError', async () => {
    const config = join(scratch, `ssh_config-${randomUUID()}`);
    writeFileSync(
      config,
      readFileSync(sshd.config, 'utf8').replace(
        `UserKnownHostsFile ${sshd.knownHosts}`,
        `UserKnownHostsFile ${wrongKnownHosts()}`,
      ),
    );
    const wrapper = join(scratch, `ssh-${randomUUID()}`);
    writeFileSync(wrapper, `#!/bin/sh\nexec ssh -F '${config}' "$@"\n`, { mode: 0o755 });
    const error = await failure(sshUri(`socket=${libvirtd.socket}&keyfile=${sshd.key}&command=${wrapper}`));
    const hostKey = causeOf(error, SshHostKeyError);
    expect(hostKey?.message).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
  });

  it('a missing remote nc fails with SshRemoteCommandError (status 127)', async () => {
    const error = await failure(sshUri(`socket=${libvirtd.socket}&netcat=/nonexistent/nc&${base()}`));
    const remote = causeOf(error, SshRemoteCommandError);
    expect(remote?.exitCode).toBe(127);
    expect(remote?.message).toContain('/nonexistent/nc');
    expect(remote?.message).toContain('not found');
  });

  it('a missing socket fails with SshRemoteCommandError quoting nc', async () => {
    const error = await failure(sshUri(`socket=/nonexistent/libvirt-sock&${base()}`));
    const remote = causeOf(error, SshRemoteCommandError);
    expect(remote?.exitCode).toBe(1);
    expect(remote?.stderr).toContain('/nonexistent/libvirt-sock');
  });

  it('a closed port fails with SshConnectError', async () => {
    const port = await closedPort();
    const error = await failure(`test+ssh://root@127.0.0.1:${port}/default?socket=${libvirtd.socket}&${base()}`);
    expect(causeOf(error, SshConnectError)?.message).toContain('Connection refused');
  });
});

describe.each(['libssh2', 'libssh'] as const)('+%s (ssh2)', (flavour) => {
  const uri = (params: string): string => `test+${flavour}://root@127.0.0.1:${sshd.port}/default?${params}`;

  it('reaches the daemon through nc -U, checking the host key against known_hosts', async () => {
    expect(await roundTrip(uri(`socket=${libvirtd.socket}&keyfile=${sshd.key}&known_hosts=${sshd.knownHosts}`))).toBe(
      `${flavour}:root@127.0.0.1:${sshd.port}`,
    );
  });

  it('reaches the daemon through the real virt-ssh-helper', async () => {
    await roundTrip(uri(`proxy=native&keyfile=${sshd.key}&known_hosts=${sshd.knownHosts}`));
  });

  it('authenticates with an ssh-agent (sshauth=agent)', async () => {
    const socket = join(scratch, `agent-${randomUUID()}`);
    const started = execFileSync('ssh-agent', ['-s', '-a', socket], { encoding: 'utf8' });
    const pid = Number(/SSH_AGENT_PID=(\d+)/.exec(started)?.[1]);
    try {
      execFileSync('ssh-add', ['-q', sshd.key], { env: { ...process.env, SSH_AUTH_SOCK: socket }, stdio: 'ignore' });
      await roundTrip(uri(`socket=${libvirtd.socket}&sshauth=agent&known_hosts=${sshd.knownHosts}`), {
        env: { ...process.env, SSH_AUTH_SOCK: socket },
      });
    } finally {
      process.kill(pid, 'SIGTERM');
    }
  });

  it('known_hosts_verify=normal: a wrong entry fails with SshHostKeyError', async () => {
    const error = await failure(uri(`socket=${libvirtd.socket}&keyfile=${sshd.key}&known_hosts=${wrongKnownHosts()}`));
    expect(error).toBeInstanceOf(TransportError);
    expect(causeOf(error, SshHostKeyError)?.message).toMatch(/SSH host key verification failed/);
  });

  it('known_hosts_verify=normal: an unknown host fails; auto adds it; then normal accepts it', async () => {
    const knownHosts = join(scratch, `kh-${randomUUID()}`, 'known_hosts');
    const params = `socket=${libvirtd.socket}&keyfile=${sshd.key}&known_hosts=${knownHosts}`;
    expect(causeOf(await failure(uri(params)), SshHostKeyError)?.message).toMatch(/is not in/);
    await roundTrip(uri(`${params}&known_hosts_verify=auto`));
    expect(readFileSync(knownHosts, 'utf8')).toBe(`[127.0.0.1]:${sshd.port} ${sshd.hostKey}\n`);
    await roundTrip(uri(params));
    // The system ssh agrees with what was written.
    const out = execFileSync(
      'ssh',
      [
        '-F',
        sshd.config,
        '-o',
        `UserKnownHostsFile=${knownHosts}`,
        '-p',
        String(sshd.port),
        '-i',
        sshd.key,
        'root@127.0.0.1',
        'echo ok',
      ],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('ok');
  });

  it('a key the server does not accept fails with SshAuthenticationError', async () => {
    const error = await failure(
      uri(`socket=${libvirtd.socket}&keyfile=${sshd.wrongKey}&known_hosts=${sshd.knownHosts}&sshauth=privkey`),
    );
    expect(error).toBeInstanceOf(TransportError);
    const auth = causeOf(error, SshAuthenticationError);
    expect(auth?.message).toMatch(/refused every authentication method .*privkey: tried/);
    expect(auth?.message).toContain('the server accepts publickey');
  });

  it('a missing remote nc fails with SshRemoteCommandError', async () => {
    const error = await failure(
      uri(`socket=${libvirtd.socket}&netcat=/nonexistent/nc&keyfile=${sshd.key}&known_hosts=${sshd.knownHosts}`),
    );
    const remote = causeOf(error, SshRemoteCommandError);
    expect(remote?.exitCode).toBe(127);
    expect(remote?.stderr).toContain('/nonexistent/nc');
  });

  it('a closed port fails with SshConnectError', async () => {
    const port = await closedPort();
    const error = await failure(`test+${flavour}://root@127.0.0.1:${port}/default?known_hosts_verify=ignore`);
    expect(causeOf(error, SshConnectError)?.message).toContain('ECONNREFUSED');
  });
});
