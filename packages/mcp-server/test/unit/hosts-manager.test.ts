/**
 * HostManager over a fake connect(): lazy connection, one connect shared by concurrent callers,
 * per-host failure handling that never holds up another host, reconnection, read-only, close().
 * The same behaviour against a real libvirtd is in test/integration/hosts.test.ts.
 */
import { AbortError } from '@libvirt-ts/client';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { connectionsSchema, hostSchema, type ConnectionsConfig, type HostConfig } from '../../src/config/schema.js';
import { HostConnectTimeoutError, HostUnavailableError, UnknownHostError } from '../../src/hosts/errors.js';
import { HostManager, type HostStatus } from '../../src/hosts/host-manager.js';
import { FakeConnector } from '../support/fake-libvirt-connection.js';

const silent = pino({ level: 'silent' });

function hosts(...specs: [string, string, Partial<HostConfig>?][]): HostConfig[] {
  return specs.map(([name, uri, extra]) => hostSchema.parse({ name, uri, ...extra }));
}

function manager(
  configured: HostConfig[],
  connector: FakeConnector,
  options: { readOnly?: boolean; connections?: Partial<ConnectionsConfig> } = {},
): HostManager {
  return new HostManager(configured, {
    readOnly: options.readOnly ?? false,
    logger: silent,
    connect: connector.connect,
    connections: connectionsSchema.parse({ reconnect_initial_delay_ms: 0, ...options.connections }),
    random: () => 0,
  });
}

function state(m: HostManager, name: string): HostStatus | undefined {
  return m.status().find((s) => s.name === name);
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

describe('HostManager', () => {
  it('connects lazily, on the first get(), and reports each host idle until then', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['lab1', 'test:///a'], ['lab2', 'test:///b']), connector);
    expect(m.names).toEqual(['lab1', 'lab2']);
    expect(connector.calls).toHaveLength(0);
    expect(m.status().map((s) => s.state)).toEqual(['idle', 'idle']);

    const handle = await m.get('lab2');
    expect(handle.name).toBe('lab2');
    expect(handle.readOnly).toBe(false);
    expect(handle.connection.uri).toBe('test:///b');
    expect(connector.calls.map((c) => c.uri)).toEqual(['test:///b']);
    expect(m.status().map((s) => s.state)).toEqual(['idle', 'connected']);
    await m.close();
  });

  it('uses the first host when no name is given', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['lab1', 'test:///a'], ['lab2', 'test:///b']), connector);
    expect((await m.get(undefined)).name).toBe('lab1');
    await m.close();
  });

  it('shares one connect among concurrent callers, and reuses the connection afterwards', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///a', 'manual');
    const m = manager(hosts(['lab1', 'test:///a']), connector);
    const waiting = Array.from({ length: 10 }, () => m.get('lab1'));
    await settle();
    expect(connector.calls).toHaveLength(1);
    expect(state(m, 'lab1')?.state).toBe('connecting');
    connector.calls[0]!.succeed();
    const handles = await Promise.all(waiting);
    expect(new Set(handles.map((h) => h.connection)).size).toBe(1);
    expect((await m.get('lab1')).connection).toBe(handles[0]!.connection);
    expect(connector.calls).toHaveLength(1);
    await m.close();
  });

  it('throws UnknownHostError naming the configured hosts', async () => {
    const m = manager(hosts(['lab1', 'test:///a'], ['lab2', 'test:///b']), new FakeConnector());
    const error = await m.get('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownHostError);
    expect((error as UnknownHostError).host).toBe('nope');
    expect((error as Error).message).toBe("unknown host 'nope'; configured hosts: lab1, lab2");
  });

  it('reports a failed connect as HostUnavailableError with the cause, and state failed', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///dead', 'fail');
    const m = manager(hosts(['dead', 'test:///dead']), connector);
    const error = await m.get('dead').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostUnavailableError);
    expect((error as HostUnavailableError).host).toBe('dead');
    expect((error as Error).cause).toBe(connector.failure);
    expect((error as Error).message).toBe(`host 'dead' is unavailable: ${connector.failure.message}`);
    expect(state(m, 'dead')).toMatchObject({ state: 'failed', lastError: connector.failure.message });
  });

  it('after a failure, fails at once until the retry delay has passed, then tries again', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///dead', 'fail');
    const m = manager(hosts(['dead', 'test:///dead']), connector, {
      connections: { reconnect_initial_delay_ms: 60_000, reconnect_max_delay_ms: 60_000 },
    });
    await expect(m.get('dead')).rejects.toThrow(HostUnavailableError);
    const again = await m.get('dead').catch((e: unknown) => e);
    expect((again as Error).message).toMatch(/next attempt in 60 s$/);
    expect(connector.calls).toHaveLength(1);

    const retrying = manager(hosts(['dead', 'test:///dead']), connector);
    await expect(retrying.get('dead')).rejects.toThrow(HostUnavailableError);
    connector.behaviour.set('test:///dead', 'succeed');
    expect((await retrying.get('dead')).name).toBe('dead');
    expect(state(retrying, 'dead')?.state).toBe('connected');
    await retrying.close();
  });

  it('gives up on a connect that hangs after connect_timeout_ms', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///hung', 'hang');
    const m = manager(hosts(['hung', 'test:///hung']), connector, { connections: { connect_timeout_ms: 100 } });
    const error = await m.get('hung').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(HostConnectTimeoutError);
    expect((error as Error).message).toBe("host 'hung' is unavailable: no connection within 100 ms");
    expect(connector.calls[0]!.options.signal?.aborted).toBe(true);
  });

  it('serves a healthy host while another is still connecting', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///hung', 'manual');
    const m = manager(hosts(['hung', 'test:///hung'], ['ok', 'test:///ok']), connector);
    let hungSettled = false;
    const hung = m.get('hung').finally(() => {
      hungSettled = true;
    });
    expect((await m.get('ok')).name).toBe('ok');
    expect(hungSettled).toBe(false);
    connector.callsFor('test:///hung')[0]!.fail(new Error('refused'));
    await expect(hung).rejects.toThrow("host 'hung' is unavailable: refused");
    await m.close();
  });

  it('opens read-only when the policy is read-only, or only the hosts marked read_only', async () => {
    const connector = new FakeConnector();
    const configured = hosts(['rw', 'test:///rw'], ['ro', 'test:///ro', { read_only: true }]);
    const m = manager(configured, connector);
    expect((await m.get('rw')).readOnly).toBe(false);
    expect((await m.get('ro')).readOnly).toBe(true);
    expect(connector.calls.map((c) => c.options.readOnly)).toEqual([false, true]);
    expect(m.status().map((s) => s.readOnly)).toEqual([false, true]);
    await m.close();

    const all = manager(configured, connector, { readOnly: true });
    expect((await all.get('rw')).readOnly).toBe(true);
    expect(connector.calls.at(-1)?.options.readOnly).toBe(true);
    expect(all.readOnly).toBe(true);
    await all.close();
  });

  it('passes the keepalive and timeout settings to connect', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['a', 'test:///a'], ['b', 'test:///b']), connector, {
      connections: { keepalive_interval_ms: 2000, keepalive_count: 3, connect_timeout_ms: 4000 },
    });
    await m.get('a');
    expect(connector.calls[0]!.options).toMatchObject({
      keepalive: { intervalMs: 2000, count: 3 },
      handshakeTimeoutMs: 4000,
    });
    await m.close();
    const off = manager(hosts(['a', 'test:///a']), connector, { connections: { keepalive_interval_ms: 0 } });
    await off.get('a');
    expect(connector.calls.at(-1)?.options.keepalive).toBe(false);
    await off.close();
  });

  it("stops one caller's wait when its signal aborts; the shared connect goes on for the others", async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///a', 'manual');
    const m = manager(hosts(['a', 'test:///a']), connector);
    const controller = new AbortController();
    const impatient = m.get('a', controller.signal);
    const patient = m.get('a');
    await settle();
    controller.abort(new Error('client cancelled'));
    await expect(impatient).rejects.toBeInstanceOf(AbortError);
    connector.calls[0]!.succeed();
    expect((await patient).name).toBe('a');
    await expect(m.get('a', AbortSignal.abort())).rejects.toBeInstanceOf(AbortError);
    await m.close();
  });

  it('reconnects after the daemon goes away; calls meanwhile wait for the new connection', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['a', 'test:///a']), connector);
    const first = await m.get('a');
    connector.behaviour.set('test:///a', 'manual');
    connector.connections[0]!.drop('eof');
    expect(state(m, 'a')).toMatchObject({ state: 'reconnecting', lastError: 'connection eof' });

    const waiting = m.get('a');
    // The reconnect attempt follows a backoff timer (0 ms here).
    await until(() => connector.calls.length === 2);
    const attempt = connector.calls.at(-1)!;
    attempt.succeed();
    const second = await waiting;
    expect(second.connection).not.toBe(first.connection);
    expect(second.connection.closed).toBe(false);
    expect(state(m, 'a')?.state).toBe('connected');
    expect(state(m, 'a')?.lastError).toBeUndefined();
    await m.close();
  });

  it('while reconnecting, waits at most connect_timeout_ms from the start of the outage, then fails', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['a', 'test:///a']), connector, { connections: { connect_timeout_ms: 100 } });
    await m.get('a');
    connector.behaviour.set('test:///a', 'fail');
    connector.connections[0]!.drop('eof');
    const error = await m.get('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostUnavailableError);
    expect((error as Error).message).toMatch(/^host 'a' is unavailable: reconnecting after: /);
    expect(state(m, 'a')?.state).toBe('reconnecting');
    await m.close();
  });

  it('connects anew when the connection was closed for good underneath it', async () => {
    const connector = new FakeConnector();
    const m = manager(hosts(['a', 'test:///a']), connector);
    await m.get('a');
    connector.connections[0]!.drop('client');
    await settle();
    expect(state(m, 'a')?.state).toBe('failed');
    expect((await m.get('a')).connection.closed).toBe(false);
    expect(connector.calls).toHaveLength(2);
    await m.close();
  });

  it('close() closes every connection, cancels connects in flight, and refuses later calls', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('test:///hung', 'hang');
    const m = manager(hosts(['a', 'test:///a'], ['hung', 'test:///hung']), connector);
    const a = await m.get('a');
    const hung = m.get('hung');
    await settle();
    await m.close();
    expect(a.connection.closed).toBe(true);
    await expect(hung).rejects.toThrow("host 'hung' is unavailable: the server is shutting down");
    await expect(m.get('a')).rejects.toThrow("host 'a' is unavailable: the server is shutting down");
    expect(m.status().map((s) => s.state)).toEqual(['idle', 'idle']);
    await m.close();
  });

  it('reports statuses with passwords redacted, state changes timestamped', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('qemu+ssh://root:hunter2@kvm1/system', 'fail');
    connector.failure = new Error('opening qemu+ssh://root:hunter2@kvm1/system failed');
    const m = manager(hosts(['kvm1', 'qemu+ssh://root:hunter2@kvm1/system']), connector);
    const before = m.status()[0]!;
    await expect(m.get('kvm1')).rejects.toThrow(HostUnavailableError);
    const after = m.status()[0]!;
    expect(JSON.stringify([before, after])).not.toContain('hunter2');
    expect(after).toMatchObject({
      name: 'kvm1',
      uri: 'qemu+ssh://root:[redacted]@kvm1/system',
      state: 'failed',
      lastError: 'opening qemu+ssh://root:[redacted]@kvm1/system failed',
    });
    expect(Date.parse(after.since)).toBeGreaterThanOrEqual(Date.parse(before.since));
  });
});
