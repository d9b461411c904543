/**
 * HostManager against the real libvirtd (test driver): lazy connection, one connection shared
 * by concurrent callers, dead and silent hosts that fail on their own without holding up a live
 * one, read-only connections the daemon itself enforces, and reconnection across a restart.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { connect, LibvirtError } from '@libvirt-ts/client';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LibvirtdEnv } from '../../../client/test/integration/global-setup.js';
import { connectionsSchema, hostSchema, type ConnectionsConfig, type HostConfig } from '../../src/config/schema.js';
import { HostConnectTimeoutError, HostUnavailableError, UnknownHostError } from '../../src/hosts/errors.js';
import { HostManager, type HostState } from '../../src/hosts/host-manager.js';

const libvirtd: LibvirtdEnv = inject('libvirtd');
const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const liveUri = `test+unix:///default?socket=${libvirtd.socket}`;
const silent = pino({ level: 'silent' });

function host(name: string, uri: string, extra: Partial<HostConfig> = {}): HostConfig {
  return hostSchema.parse({ name, uri, ...extra });
}

function manager(
  hosts: HostConfig[],
  options: { readOnly?: boolean; connections?: Partial<ConnectionsConfig>; connect?: typeof connect } = {},
): HostManager {
  return new HostManager(hosts, {
    readOnly: options.readOnly ?? false,
    logger: silent,
    connections: connectionsSchema.parse(options.connections ?? {}),
    ...(options.connect === undefined ? {} : { connect: options.connect }),
  });
}

function testDomainXml(name: string): string {
  return `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><os><type>hvm</type></os></domain>`;
}

/** A TCP port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) =>
    server.close(() => {
      done();
    }),
  );
  return port;
}

/** Accepts connections and never says a word: the libvirt handshake waits forever. */
async function silentServer(): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume(); // read and ignore the client's handshake
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as { port: number }).port, sockets };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function stateOf(m: HostManager, name: string): HostState | undefined {
  return m.status().find((s) => s.name === name)?.state;
}

describe('HostManager against libvirtd', () => {
  it('connects on first use, and the connection works', async () => {
    const m = manager([host('lab', liveUri)]);
    try {
      expect(stateOf(m, 'lab')).toBe('idle');
      const handle = await m.get(undefined);
      expect(handle.name).toBe('lab');
      expect(typeof (await handle.connection.host.hostname())).toBe('string');
      expect(handle.connection.readOnly).toBe(false);
      expect(stateOf(m, 'lab')).toBe('connected');
    } finally {
      await m.close();
    }
  });

  it('shares one connection among concurrent callers', async () => {
    let connects = 0;
    const counting: typeof connect = (uri, options) => {
      connects += 1;
      return connect(uri, options);
    };
    const m = manager([host('lab', liveUri)], { connect: counting });
    try {
      const handles = await Promise.all(Array.from({ length: 20 }, () => m.get('lab')));
      expect(connects).toBe(1);
      expect(new Set(handles.map((h) => h.connection)).size).toBe(1);
      expect((await Promise.all(handles.map((h) => h.connection.host.type()))).every((t) => t === 'TEST')).toBe(true);
      expect((await m.get('lab')).connection).toBe(handles[0]!.connection);
      expect(connects).toBe(1);
    } finally {
      await m.close();
    }
  });

  it('refuses a host that is not configured', async () => {
    const m = manager([host('lab', liveUri)]);
    await expect(m.get('elsewhere')).rejects.toBeInstanceOf(UnknownHostError);
    await m.close();
  });

  it('fails dead hosts on their own, quickly, while a silent one times out and a live one is served', async () => {
    const quiet = await silentServer();
    const refusedPort = await closedPort();
    const m = manager(
      [
        host('silent', `test+tcp://127.0.0.1:${quiet.port}/default`),
        host('no-socket', `test+unix:///default?socket=${join(libvirtd.stateDir, 'no-such-socket')}`),
        host('refused', `test+tcp://127.0.0.1:${refusedPort}/default`),
        host('live', liveUri),
      ],
      { connections: { connect_timeout_ms: 3000 } },
    );
    try {
      let silentSettled = false;
      const silentHost = m.get('silent').finally(() => {
        silentSettled = true;
      });
      silentHost.catch(() => undefined);

      const noSocket = await m.get('no-socket').catch((e: unknown) => e);
      expect(noSocket).toBeInstanceOf(HostUnavailableError);
      expect((noSocket as Error).message).toMatch(/ENOENT/);
      const refused = await m.get('refused').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(HostUnavailableError);
      expect((refused as Error).message).toMatch(/ECONNREFUSED/);
      // Both failed, and the live host answers, while the silent one is still waiting.
      const live = await m.get('live');
      expect(typeof (await live.connection.host.hostname())).toBe('string');
      expect(silentSettled).toBe(false);
      expect(stateOf(m, 'silent')).toBe('connecting');

      const timedOut = await silentHost.catch((e: unknown) => e);
      expect(timedOut).toBeInstanceOf(HostUnavailableError);
      expect((timedOut as Error).cause).toBeInstanceOf(HostConnectTimeoutError);
      expect(m.status().map((s) => [s.name, s.state])).toEqual([
        ['silent', 'failed'],
        ['no-socket', 'failed'],
        ['refused', 'failed'],
        ['live', 'connected'],
      ]);
      // The abandoned handshake's socket was closed.
      await until(
        'the silent server to see its client go',
        () => quiet.sockets.size === 0 || [...quiet.sockets].every((s) => s.destroyed || s.readableEnded),
        10_000,
      );
    } finally {
      await m.close();
      quiet.server.close();
    }
  });

  it('opens a read_only host read-only, so the daemon refuses writes', async () => {
    const m = manager([host('ro', liveUri, { read_only: true })]);
    try {
      const handle = await m.get('ro');
      expect(handle.readOnly).toBe(true);
      expect(handle.connection.readOnly).toBe(true);
      // Reads work...
      expect(Array.isArray(await handle.connection.domains.list())).toBe(true);
      // ...and the daemon itself refuses the write (no policy in between here).
      const error = await handle.connection.domains
        .define(testDomainXml(`ro-${randomUUID().slice(0, 8)}`))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibvirtError);
      expect((error as LibvirtError).isDenied()).toBe(true);
    } finally {
      await m.close();
    }
  });

  it('opens every host read-only under security.read_only', async () => {
    const m = manager([host('rw', liveUri)], { readOnly: true });
    try {
      const handle = await m.get('rw');
      expect(handle.readOnly).toBe(true);
      const error = await handle.connection.domains
        .define(testDomainXml(`ro-${randomUUID().slice(0, 8)}`))
        .catch((e: unknown) => e);
      expect((error as LibvirtError).isDenied()).toBe(true);
    } finally {
      await m.close();
    }
  });
});

const execFileAsync = promisify(execFile);

async function libvirtdScript(script: 'start.sh' | 'stop.sh'): Promise<void> {
  await execFileAsync('bash', [join(repoRoot, 'scripts', 'libvirtd', script), libvirtd.stateDir], {
    // Same TCP port as before, for the test files that run after this one.
    env: { ...process.env, LIBVIRT_TS_TCP_PORT: String(libvirtd.tcpPort) },
    timeout: 120_000,
  });
}

describe('HostManager across a daemon restart', () => {
  let m: HostManager;

  beforeAll(() => {
    m = manager([host('lab', liveUri)], {
      connections: { reconnect_initial_delay_ms: 100, reconnect_max_delay_ms: 1000, connect_timeout_ms: 5000 },
    });
  });

  afterAll(async () => {
    await m.close();
  });

  it('reports reconnecting while libvirtd is down and hands out a new connection once it is back', async () => {
    const before = await m.get('lab');
    expect(stateOf(m, 'lab')).toBe('connected');

    await libvirtdScript('stop.sh');
    await until('the manager to notice', () => stateOf(m, 'lab') === 'reconnecting');
    expect(before.connection.closed).toBe(true);
    expect(m.status()[0]?.lastError).toBeDefined();

    await libvirtdScript('start.sh');
    let after = before;
    await until('a new connection', async () => {
      try {
        after = await m.get('lab');
        return after.connection !== before.connection;
      } catch (error) {
        // Calls fail fast once the outage outlasts connect_timeout_ms; keep asking.
        if (!(error instanceof HostUnavailableError)) throw error;
        return false;
      }
    });
    expect(stateOf(m, 'lab')).toBe('connected');
    expect(m.status()[0]?.lastError).toBeUndefined();
    expect(typeof (await after.connection.host.hostname())).toBe('string');
  });
});
