/**
 * `+ext` and the child-process stream under it (also used by `+ssh`): the connection runs over
 * a command's stdin and stdout; its failures surface with exit status and stderr instead of a
 * hang or "connection closed"; closing or aborting stops the child and leaves no zombie.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/connect.js';
import { ConnectError, ConnectionClosedError } from '../../src/errors.js';
import { ChildProcessExitError, spawnCommandStream } from '../../src/transport/child-process.js';
import { CommandStream } from '../../src/transport/command-stream.js';
import { extEnvironment, extTransport } from '../../src/transport/ext.js';
import { TransportError } from '../../src/transport/transport.js';
import { resolveRemoteTarget, type ExtTarget } from '../../src/uri/index.js';
import { unixBridgeCommand, writeScript } from '../support/command-scripts.js';
import { FakeDaemon } from '../support/fake-daemon.js';

let dir: string;
let daemon: FakeDaemon | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-ext-'));
});

afterEach(async () => {
  await daemon?.stop();
  daemon = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Writes an executable shell script into the scratch directory and returns its path. */
function script(name: string, body: string): string {
  return writeScript(dir, name, body);
}

/** A command that connects its stdin/stdout to a unix socket, as `nc -U` would (with Node, which is always there). */
function bridgeTo(socket: string): string {
  return script('bridge', unixBridgeCommand(socket));
}

function extTarget(command: string): ExtTarget {
  const target = resolveRemoteTarget(`test+ext:///default?command=${encodeURIComponent(command)}`, {
    env: {},
    uid: 0,
    fileExists: () => false,
  });
  if (target.transport !== 'ext') throw new Error('not ext');
  return target;
}

async function open(
  command: string,
  env: Record<string, string> = { PATH: process.env['PATH'] ?? '' },
): Promise<CommandStream> {
  const stream = await extTransport(extTarget(command), { env, credentials: undefined }).open();
  if (!(stream instanceof CommandStream)) throw new Error('+ext should open a CommandStream');
  return stream;
}

function errorOf(stream: CommandStream): Promise<Error | undefined> {
  return new Promise((resolve) => {
    stream.on('error', resolve);
    stream.on('end', () => {
      resolve(undefined);
    });
    stream.resume();
  });
}

/** Whether a process still exists (a zombie counts: it would still hold its pid). */
function processExists(pid: number): boolean {
  return existsSync(`/proc/${pid}`);
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('+ext', () => {
  it('opens the daemon through the command, and closing stops the command', async () => {
    daemon = await FakeDaemon.start();
    const pidFile = join(dir, 'pid');
    const bridge = bridgeTo(daemon.path);
    const command = script('ext', `echo $$ > '${pidFile}'\nexec '${bridge}'`);
    const connection = await connect(`test+ext:///default?command=${command}`, {
      env: process.env,
      config: {},
      keepalive: false,
    });
    expect(connection.transport).toBe(`ext:${command}`);
    expect(daemon.calls.length).toBeGreaterThan(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(processExists(pid)).toBe(true);
    await connection.close();
    await waitFor(() => !processExists(pid), `pid ${pid} to be gone`);
  });

  it('runs the command with no arguments, no shell, and only the environment libvirt passes', async () => {
    const dump = join(dir, 'env');
    const command = script('dump', `env > '${dump}'`);
    const stream = await open(command, { PATH: '/usr/bin:/bin', HOME: '/home/x', SECRET_TOKEN: 'nope', DISPLAY: ':0' });
    expect(await errorOf(stream)).toBeUndefined();
    const env = readFileSync(dump, 'utf8');
    expect(env).toContain('LC_ALL=C\n');
    expect(env).toContain('PATH=/usr/bin:/bin\n');
    expect(env).toContain('HOME=/home/x\n');
    expect(env).not.toContain('SECRET_TOKEN');
    expect(env).not.toContain('DISPLAY');
    expect(extEnvironment({ USER: 'u', TERM: 'xterm', TMPDIR: '/t' })).toEqual({
      LC_ALL: 'C',
      USER: 'u',
      TMPDIR: '/t',
    });
  });

  it('carries bytes both ways and ends when the command exits cleanly', async () => {
    const stream = await open('cat');
    stream.write('hello, ');
    stream.end('daemon');
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    expect(text).toBe('hello, daemon');
    expect((await stream.exited).code).toBe(0);
  });

  it('a command that exits early fails the stream with its status and the last lines of stderr', async () => {
    const command = script('fail', 'echo "first problem" >&2\necho "second problem" >&2\nexit 3');
    const stream = await open(command);
    const error = await errorOf(stream);
    expect(error).toBeInstanceOf(ChildProcessExitError);
    const exit = error as ChildProcessExitError;
    expect(exit.exitCode).toBe(3);
    expect(exit.signal).toBeNull();
    expect(exit.message).toBe(`${command} exited (exit code 3): first problem\nsecond problem`);
  });

  it('through connect(), an early exit rejects with the command stderr instead of hanging', async () => {
    const command = script('nope', 'echo "ext: cannot reach the hypervisor" >&2\nexit 1');
    const error = await connect(`test+ext:///default?command=${command}`, { env: process.env, config: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as Error).message).toContain('ext: cannot reach the hypervisor');
    const closed = (error as Error).cause;
    expect(closed).toBeInstanceOf(ConnectionClosedError);
    expect((closed as Error).cause).toBeInstanceOf(ChildProcessExitError);
  });

  it('a clean exit before any answer is an end of stream, not an error', async () => {
    const command = script('quiet', 'echo "just a warning" >&2\nexit 0');
    const error = await connect(`test+ext:///default?command=${command}`, { env: process.env, config: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(((error as Error).cause as ConnectionClosedError).reason).toBe('eof');
  });

  it('keeps only the tail of a long stderr', async () => {
    const command = script(
      'noisy',
      `i=0\nwhile [ $i -lt 2000 ]; do echo "noise line $i ......................" >&2; i=$((i+1)); done\necho "the real reason" >&2\nexit 2`,
    );
    const error = (await errorOf(await open(command))) as ChildProcessExitError;
    expect(error.message.endsWith('the real reason')).toBe(true);
    expect(Buffer.byteLength(error.stderr)).toBeLessThanOrEqual(16 * 1024);
    expect(error.stderr.length).toBeGreaterThan(8 * 1024);
  });

  it('a command killed by a signal reports the signal', async () => {
    const command = script('killed', 'kill -9 $$');
    const error = (await errorOf(await open(command))) as ChildProcessExitError;
    expect(error.signal).toBe('SIGKILL');
    expect(error.message).toContain('signal SIGKILL');
  });

  it('a missing program rejects open with a TransportError naming it', async () => {
    const error = await open('/nonexistent/libvirt-ext-command').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('ENOENT');
    expect((error as Error).message).toContain('/nonexistent/libvirt-ext-command');
  });
});

describe('child process stream', () => {
  it('destroying the stream stops the child and leaves no zombie', async () => {
    const pidFile = join(dir, 'pid');
    const command = script('sleeper', `echo $$ > '${pidFile}'\nexec sleep 30`);
    const stream = await spawnCommandStream({
      argv: [command],
      env: { PATH: process.env['PATH'] ?? '' },
      description: 't',
    });
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 'the pid file');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(processExists(pid)).toBe(true);
    stream.destroy();
    const exit = await stream.exited;
    expect(exit.closedByReader).toBe(true);
    expect(exit.signal).toBe('SIGTERM');
    // Reaped: not even a zombie holds the pid.
    expect(processExists(pid)).toBe(false);
  });

  it('a child that ignores SIGTERM is killed', async () => {
    const pidFile = join(dir, 'pid');
    const command = script('stubborn', `trap '' TERM\necho $$ > '${pidFile}'\nwhile :; do sleep 1; done`);
    const stream = await spawnCommandStream({
      argv: [command],
      env: { PATH: process.env['PATH'] ?? '' },
      description: 't',
    });
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 'the pid file');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    stream.destroy();
    const exit = await stream.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(processExists(pid)).toBe(false);
  });

  it('an AbortSignal that fires first rejects open', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await spawnCommandStream({ argv: ['cat'], env: {}, description: 'x' }, controller.signal).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toBe('connecting to x was aborted');
  });

  it('aborting while the child starts rejects open and stops the child', async () => {
    const pidFile = join(dir, 'pid');
    const command = script('slow', `echo $$ > '${pidFile}'\nexec sleep 30`);
    const controller = new AbortController();
    const opening = spawnCommandStream(
      { argv: [command], env: { PATH: process.env['PATH'] ?? '' }, description: 'x' },
      controller.signal,
    );
    controller.abort();
    expect(await opening.catch((e: unknown) => e)).toBeInstanceOf(TransportError);
    // The child may have been killed before it wrote its pid; if it did write it, it must be gone.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '') {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      await waitFor(() => !processExists(pid), `pid ${pid} to be gone`);
    }
  });

  it('aborting the handshake kills the command', async () => {
    const pidFile = join(dir, 'pid');
    // Never answers: the handshake waits until the signal fires.
    const command = script('mute', `echo $$ > '${pidFile}'\nexec sleep 30`);
    const controller = new AbortController();
    const connecting = connect(`test+ext:///default?command=${command}`, {
      env: process.env,
      config: {},
      signal: controller.signal,
    });
    // connect() spawns synchronously; let the child's 'spawn' event in, so the handshake is under way.
    await new Promise((resolve) => setImmediate(resolve));
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 'the pid file');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    controller.abort();
    expect(await connecting.catch((e: unknown) => e)).toBeInstanceOf(ConnectError);
    await waitFor(() => !processExists(pid), `pid ${pid} to be gone`);
  });
});
