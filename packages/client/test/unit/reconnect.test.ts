/**
 * ReconnectingConnection against fake daemons that go away and come back: backoff, calls made
 * while disconnected, subscriptions registered again with a notice of the gap, giving up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../src/connection.js';
import { ConnectionClosedError } from '../../src/errors.js';
import { EventNotSupportedError } from '../../src/events/errors.js';
import type { EventNotice, LibvirtEvent } from '../../src/events/event-types.js';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/reconnect/backoff.js';
import {
  DisconnectedError,
  ReconnectingConnection,
  type ReconnectAttempt,
  type ReconnectOptions,
} from '../../src/reconnect/reconnecting-connection.js';
import {
  REMOTE_PROGRAM,
  RemoteConnectGetLibVersionRetCodec,
  RemoteDomainEventCallbackLifecycleMsgCodec,
  RemoteProcedure,
} from '../../src/protocol/remote.gen.js';
import { unixTransport } from '../../src/transport/socket.js';
import type { Transport } from '../../src/transport/transport.js';
import { EventScript } from '../support/event-daemon.js';
import { encodeValue, FakeDaemon } from '../support/fake-daemon.js';

describe('backoffDelay', () => {
  it('grows by the factor from the initial delay up to the maximum', () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000, factor: 2, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, options))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('takes up to the jitter fraction off at random', () => {
    const options = { ...DEFAULT_BACKOFF, initialDelayMs: 1000, jitter: 0.5 };
    expect(backoffDelay(1, options, () => 0)).toBe(1000);
    expect(backoffDelay(1, options, () => 0.5)).toBe(750);
    expect(backoffDelay(1, options, () => 0.999999)).toBe(500);
  });
});

/** A daemon that can go away and come back: each comeback is a new FakeDaemon at a new path. */
class FlakyDaemon {
  daemon: FakeDaemon | undefined;
  script: EventScript | undefined;
  generation = 0;
  readonly transport: Transport = {
    description: 'flaky fake daemon',
    open: (signal) => {
      if (this.daemon === undefined) return Promise.reject(new Error('connect ENOENT (the daemon is away)'));
      return unixTransport(this.daemon.path).open(signal);
    },
  };

  async up(configure?: (script: EventScript) => void): Promise<EventScript> {
    this.generation++;
    const daemon = await FakeDaemon.start();
    // Callback IDs differ per daemon generation, so a test can tell which daemon registered.
    const script = new EventScript(daemon, this.generation * 100);
    const previous = daemon.handler;
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.ConnectGetLibVersion) return previous(call, d);
      d.reply(call, encodeValue(RemoteConnectGetLibVersionRetCodec, { libVer: BigInt(this.generation) }));
      return true;
    };
    configure?.(script);
    this.daemon = daemon;
    this.script = script;
    return script;
  }

  async down(): Promise<void> {
    const daemon = this.daemon;
    this.daemon = undefined;
    this.script = undefined;
    await daemon?.stop();
  }

  sendLifecycle(callbackID: number, id: number): void {
    this.daemon?.send(
      REMOTE_PROGRAM,
      RemoteProcedure.DomainEventCallbackLifecycle,
      encodeValue(RemoteDomainEventCallbackLifecycleMsgCodec, {
        callbackID,
        msg: { dom: { name: 'web', uuid: new Uint8Array(16), id }, event: 2, detail: 0 },
      }),
    );
  }
}

let flaky: FlakyDaemon;
let rc: ReconnectingConnection | undefined;

beforeEach(() => {
  flaky = new FlakyDaemon();
});

afterEach(async () => {
  await rc?.close();
  rc = undefined;
  await flaky.down();
});

async function open(options: ReconnectOptions = {}): Promise<ReconnectingConnection> {
  rc = await ReconnectingConnection.open(
    (signal) => openConnection(flaky.transport, { name: 'test:///default', keepalive: false, signal }),
    { initialDelayMs: 2, maxDelayMs: 16, factor: 2, jitter: 0, ...options },
  );
  return rc;
}

function attempts(connection: ReconnectingConnection): ReconnectAttempt[] {
  const seen: ReconnectAttempt[] = [];
  connection.on('reconnecting', (attempt) => seen.push(attempt));
  return seen;
}

function nextEvent(connection: ReconnectingConnection, name: 'disconnect' | 'reconnect' | 'close'): Promise<unknown> {
  return new Promise((resolve) => connection.once(name, resolve));
}

describe('ReconnectingConnection', () => {
  it('reconnects with backoff, registers subscriptions again and says events may have been missed', async () => {
    await flaky.up();
    const c = await open();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    const handled: (LibvirtEvent | EventNotice)[] = [];
    await c.events.on('domain.lifecycle', (ev) => handled.push(ev));
    await c.events.on('reconnected', (notice) => handled.push(notice));
    await sub.ready;
    expect(flaky.script?.registered.map((r) => r.callbackID)).toEqual([100]);
    flaky.sendLifecycle(100, 1);
    expect((await sub.next()).value).toMatchObject({ kind: 'domain.lifecycle', domain: { id: 1 } });

    const seen = attempts(c);
    const disconnected = nextEvent(c, 'disconnect');
    await flaky.down();
    expect(await disconnected).toBeInstanceOf(ConnectionClosedError);
    expect(c.connected).toBe(false);
    // The daemon stays away for a few attempts: the delays double up to the maximum.
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(6);
    expect(seen.slice(0, 6).map((a) => [a.attempt, a.delayMs])).toEqual([
      [1, 2],
      [2, 4],
      [3, 8],
      [4, 16],
      [5, 16],
      [6, 16],
    ]);
    expect(seen[0]?.error).toBeInstanceOf(ConnectionClosedError);
    expect(seen[1]?.error.message).toMatch(/ENOENT/);

    const reconnected = nextEvent(c, 'reconnect');
    const script = await flaky.up();
    const info = (await reconnected) as { attempts: number; downtimeMs: number };
    expect(info.attempts).toBeGreaterThanOrEqual(6);
    expect(info.downtimeMs).toBeGreaterThan(0);
    expect(c.connected).toBe(true);
    // One registration on the new daemon, shared by the iterator and the handler.
    expect(script.registered.map((r) => [r.family, r.args['eventID'], r.callbackID])).toEqual([['domain', 0, 200]]);

    flaky.sendLifecycle(200, 2);
    const rest = [(await sub.next()).value, (await sub.next()).value, (await sub.next()).value];
    expect(rest[0]).toMatchObject({ kind: 'disconnected', error: { reason: 'eof' } });
    expect(rest[1]).toMatchObject({ kind: 'reconnected', attempts: info.attempts });
    expect(rest[2]).toMatchObject({ kind: 'domain.lifecycle', domain: { id: 2 } });
    expect(handled.map((e) => e.kind)).toEqual(['domain.lifecycle', 'reconnected', 'domain.lifecycle']);
    expect(await c.remote.connectGetLibVersion()).toEqual({ libVer: 2n });
  });

  it('fails the subscriptions a new daemon refuses, and keeps the others', async () => {
    await flaky.up();
    const c = await open();
    const refused = c.events.subscribe({ kinds: ['domain.reboot'] });
    const kept = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    const errors: Error[] = [];
    await c.events.on('domain.reboot', () => undefined, { onError: (error) => errors.push(error) });
    await Promise.all([refused.ready, kept.ready]);
    const reconnected = nextEvent(c, 'reconnect');
    await flaky.down();
    // The daemon that comes back is older and knows no reboot events.
    const script = await flaky.up((s) => {
      s.refuse = (_family, args) =>
        args['eventID'] === 1 ? { code: 1, domain: 7, message: 'internal error: unsupported event ID 1' } : undefined;
    });
    await reconnected;
    expect((await refused.next()).value).toMatchObject({ kind: 'disconnected' });
    expect((await refused.next()).value).toMatchObject({ kind: 'reconnected' });
    await expect(refused.next()).rejects.toBeInstanceOf(EventNotSupportedError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EventNotSupportedError);
    expect(script.registered.map((r) => r.args['eventID'])).toEqual([0]);
    expect(c.events.registrations).toBe(1);
    flaky.sendLifecycle(200, 3);
    const notices = [(await kept.next()).value, (await kept.next()).value];
    expect(notices.map((n) => n?.kind)).toEqual(['disconnected', 'reconnected']);
    expect((await kept.next()).value).toMatchObject({ kind: 'domain.lifecycle', domain: { id: 3 } });
  });

  it('holds calls made while disconnected until it is back (whileDisconnected: wait)', async () => {
    await flaky.up();
    const c = await open();
    expect(await c.remote.connectGetLibVersion()).toEqual({ libVer: 1n });
    const disconnected = nextEvent(c, 'disconnect');
    await flaky.down();
    await disconnected;
    const waiting = c.remote.connectGetLibVersion();
    const gaveUp = c.remote.connectGetLibVersion({ timeoutMs: 1 }).catch((e: unknown) => e);
    expect(await gaveUp).toBeInstanceOf(DisconnectedError);
    await flaky.up();
    expect(await waiting).toEqual({ libVer: 2n });
  });

  it('fails calls at once while disconnected with whileDisconnected: fail', async () => {
    await flaky.up();
    const c = await open({ whileDisconnected: 'fail' });
    const disconnected = nextEvent(c, 'disconnect');
    await flaky.down();
    await disconnected;
    const error = await c.remote.connectGetLibVersion().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisconnectedError);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((error as Error).message).toMatch(/reconnecting/);
  });

  it('gives up after maxAttempts: closes, and iterators throw', async () => {
    await flaky.up();
    const c = await open({ maxAttempts: 3 });
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub.ready;
    const seen = attempts(c);
    const closed = nextEvent(c, 'close');
    await flaky.down();
    const error = (await closed) as ConnectionClosedError;
    expect(error.message).toMatch(/gave up reconnecting after 3 attempts: .*ENOENT/);
    expect(seen.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(c.closed).toBe(true);
    expect((await sub.next()).value).toMatchObject({ kind: 'disconnected' });
    await expect(sub.next()).rejects.toThrow(/gave up reconnecting/);
    await expect(c.remote.connectGetLibVersion()).rejects.toBeInstanceOf(ConnectionClosedError);
  });

  it('stops reconnecting when closed, and fails the calls that were waiting', async () => {
    await flaky.up();
    const c = await open({ initialDelayMs: 60_000, maxDelayMs: 60_000 });
    const seen = attempts(c);
    const disconnected = nextEvent(c, 'disconnect');
    await flaky.down();
    await disconnected;
    const waiting = c.remote.connectGetLibVersion().catch((e: unknown) => e);
    await c.close();
    const error = await waiting;
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((error as ConnectionClosedError).reason).toBe('client');
    expect(seen).toHaveLength(1);
    await flaky.up();
    expect(flaky.daemon?.calls).toEqual([]);
  });

  it('refuses bad options before connecting', async () => {
    await flaky.up();
    await expect(open({ factor: 0.5 })).rejects.toThrow(RangeError);
    await expect(open({ jitter: 2 })).rejects.toThrow(RangeError);
    await expect(open({ maxAttempts: 0 })).rejects.toThrow(RangeError);
    expect(flaky.daemon?.calls).toEqual([]);
  });
});
