/**
 * `+ssh` with a stand-in for the system ssh (the `command` parameter names it): the command line
 * and environment libvirt gives ssh, the bytes reaching the daemon, and ssh's failures named from
 * its exit status and stderr. The real ssh and sshd are exercised in the integration project.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/connect.js';
import { ConnectError, ConnectionClosedError } from '../../src/errors.js';
import type { CommandExit } from '../../src/transport/command-stream.js';
import {
  SshAuthenticationError,
  SshConnectError,
  SshError,
  SshHostKeyError,
  sshExitError,
  SshRemoteCommandError,
  type SshDestination,
} from '../../src/transport/ssh-errors.js';
import { sshTransport } from '../../src/transport/ssh.js';
import { TransportError } from '../../src/transport/transport.js';
import { resolveRemoteTarget, type SshTarget } from '../../src/uri/index.js';
import { unixBridgeCommand, writeScript } from '../support/command-scripts.js';
import { FakeDaemon } from '../support/fake-daemon.js';

let dir: string;
let daemon: FakeDaemon | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-ssh-'));
});

afterEach(async () => {
  await daemon?.stop();
  daemon = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function script(name: string, body: string): string {
  return writeScript(dir, name, body);
}

/** A fake ssh that fails as the real one would: `status` and `stderr`. */
function failingSsh(status: number, stderr: string): string {
  return script('ssh', `cat >&2 <<'EOF'\n${stderr}\nEOF\nexit ${status}`);
}

function sshTarget(uri: string): SshTarget {
  const target = resolveRemoteTarget(uri, { env: {}, uid: 0, fileExists: () => false });
  if (target.transport !== 'ssh') throw new Error('not ssh');
  return target;
}

function causeOf<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (e instanceof type) return e;
  return undefined;
}

const destination: SshDestination = { host: 'kvm1', port: 22, user: 'root', proxy: 'auto' };

function exit(code: number | null, stderr: string, signal: string | null = null): CommandExit {
  return { code, signal, stderr, closedByReader: false, bytesReceived: 0 };
}

describe('+ssh runs ssh as libvirt does', () => {
  it('passes the argv and the cleared environment, and carries the connection', async () => {
    daemon = await FakeDaemon.start();
    const argvFile = join(dir, 'argv');
    const envFile = join(dir, 'env');
    const ssh = script(
      'ssh',
      `for a in "$@"; do printf '%s\\n' "$a"; done > '${argvFile}'\nenv > '${envFile}'\n${unixBridgeCommand(daemon.path)}`,
    );
    const uri = `qemu+ssh://alice@kvm1.example.org:2222/system?keyfile=/keys/id&no_tty=1&no_verify=1&socket=/run/x-sock&command=${ssh}`;
    const connection = await connect(uri, {
      env: { PATH: '/usr/bin:/bin', HOME: '/home/alice', SSH_AUTH_SOCK: '/tmp/agent', SECRET: 'x' },
      config: {},
      keepalive: false,
    });
    expect(connection.transport).toBe('ssh:alice@kvm1.example.org:2222');
    await connection.close();
    expect(readFileSync(argvFile, 'utf8').split('\n').slice(0, -1)).toEqual([
      '-p',
      '2222',
      '-l',
      'alice',
      '-i',
      '/keys/id',
      '-T',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=no',
      '--',
      'kvm1.example.org',
      sshTarget(uri).remoteCommand,
    ]);
    expect(sshTarget(uri).remoteCommand).toContain('-U /run/x-sock');
    const env = readFileSync(envFile, 'utf8');
    expect(env).toContain('LC_ALL=C\n');
    expect(env).toContain('SSH_AUTH_SOCK=/tmp/agent\n');
    expect(env).toContain('HOME=/home/alice\n');
    expect(env).not.toContain('SECRET');
    expect(daemon.calls.length).toBeGreaterThan(0);
  });

  it('leaves port, user, key and host key checking to ssh when the URI does not set them', () => {
    const target = sshTarget('qemu+ssh://kvm1/system');
    expect(target.argv.slice(0, 6)).toEqual(['ssh', '-T', '-e', 'none', '--', 'kvm1']);
    expect(sshTransport(target, { env: {}, credentials: undefined }).description).toBe('ssh:kvm1:22');
  });

  it('a refused login rejects connect() with an SshAuthenticationError carrying ssh stderr', async () => {
    const ssh = failingSsh(255, 'root@kvm1: Permission denied (publickey,password).');
    const error = await connect(`qemu+ssh://root@kvm1/system?command=${ssh}`, { env: {}, config: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as Error).message).toContain('Permission denied (publickey,password)');
    expect((error as Error).cause).toBeInstanceOf(ConnectionClosedError);
    const auth = causeOf(error, SshAuthenticationError);
    expect(auth?.exitCode).toBe(255);
    expect(auth?.stderr).toContain('Permission denied');
    expect(auth?.message).toBe(
      'ssh could not log in to root@kvm1:22 (exit code 255: root@kvm1: Permission denied (publickey,password).)',
    );
  });

  it('a missing ssh binary rejects open with a TransportError', async () => {
    const target = sshTarget('qemu+ssh://kvm1/system?command=/nonexistent/ssh');
    const error = await sshTransport(target, { env: {}, credentials: undefined })
      .open()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('ENOENT');
  });
});

describe('sshExitError names what failed', () => {
  it.each([
    [255, 'Host key verification failed.', SshHostKeyError, /could not verify the host key of kvm1:22/],
    [
      255,
      '@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@\nHost key verification failed.',
      SshHostKeyError,
      /REMOTE HOST IDENTIFICATION HAS CHANGED/,
    ],
    [255, 'No ED25519 host key is known for kvm1 and you have requested strict checking.', SshHostKeyError, /strict/],
    [255, 'root@kvm1: Permission denied (publickey).', SshAuthenticationError, /could not log in to root@kvm1:22/],
    [
      255,
      'Received disconnect from 10.0.0.1 port 22:2: Too many authentication failures',
      SshAuthenticationError,
      /Too many/,
    ],
    [255, 'ssh: connect to host kvm1 port 22: Connection refused', SshConnectError, /could not reach kvm1:22/],
    [255, 'ssh: Could not resolve hostname kvm1: Name or service not known', SshConnectError, /resolve/],
    [255, 'kex_exchange_identification: read: Connection reset by peer', SshConnectError, /reset/],
    [255, 'ssh: something unexpected', SshError, /ssh to root@kvm1:22 failed/],
    [127, 'sh: 1: nc: not found', SshRemoteCommandError, /was not found .*neither virt-ssh-helper nor nc/],
    [1, 'nc: /run/x: No such file or directory', SshRemoteCommandError, /failed \(exit code 1: nc: \/run\/x/],
  ] as const)('exit %i, %j', (code, stderr, type, message) => {
    const error = sshExitError(exit(code, `${stderr}\n`), destination);
    expect(error.constructor).toBe(type);
    expect(error.name).toBe(type.name);
    expect(error.message).toMatch(message);
    expect(error.host).toBe('kvm1');
    expect(error.exitCode).toBe(code);
  });

  it('hints by proxy mode when the remote command is missing', () => {
    const missing = exit(127, 'sh: 1: virt-ssh-helper: not found');
    expect(sshExitError(missing, { ...destination, proxy: 'native' }).message).toMatch(/virt-ssh-helper.*proxy=netcat/);
    expect(sshExitError(missing, { ...destination, proxy: 'netcat' }).message).toMatch(/netcat-openbsd.*netcat=PATH/);
  });

  it('a signal ends ssh as a plain SshError', () => {
    const error = sshExitError(exit(null, '', 'SIGKILL'), destination);
    expect(error.constructor).toBe(SshError);
    expect(error.message).toBe('ssh to root@kvm1:22 ended by signal SIGKILL');
  });
});
