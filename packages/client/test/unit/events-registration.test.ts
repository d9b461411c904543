/**
 * `conn.events` against the fake daemon: what goes on the wire when subscribing, events that
 * race the register reply, shared registrations, bounded buffers, and refused event IDs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../src/connection.js';
import { ConnectionClosedError } from '../../src/errors.js';
import { EventNotSupportedError, EventsMissedError } from '../../src/events/errors.js';
import type { EventNotice, LibvirtEvent } from '../../src/events/event-types.js';
import { Domain } from '../../src/objects/domain.js';
import {
  REMOTE_PROGRAM,
  RemoteConnectDomainEventCallbackRegisterAnyRetCodec,
  RemoteConnectGetLibVersionRetCodec,
  RemoteDomainEventCallbackLifecycleMsgCodec,
  RemoteDomainEventCallbackRebootMsgCodec,
  RemoteNetworkEventLifecycleMsgCodec,
  RemoteProcedure,
  REMOTE_PROTOCOL_VERSION,
  type RemoteNonnullDomain,
} from '../../src/protocol/remote.gen.js';
import { unixTransport } from '../../src/transport/socket.js';
import { MessageStatus, MessageType } from '../../src/wire/message.js';
import { EventScript } from '../support/event-daemon.js';
import { encodeValue, FakeDaemon, frame } from '../support/fake-daemon.js';

let daemon: FakeDaemon;
let script: EventScript;
let conn: Connection | undefined;

beforeEach(async () => {
  daemon = await FakeDaemon.start();
  script = new EventScript(daemon);
});

afterEach(async () => {
  await conn?.close();
  conn = undefined;
  await daemon.stop();
});

async function open(): Promise<Connection> {
  conn = await openConnection(unixTransport(daemon.path), { name: 'test:///default', keepalive: false });
  return conn;
}

function dom(id: number, name = 'web'): RemoteNonnullDomain {
  return { name, uuid: Uint8Array.from({ length: 16 }, (_, i) => (i === 15 ? id : i)), id };
}

function lifecycleBody(callbackID: number, id: number, event = 2, detail = 0): Uint8Array {
  return encodeValue(RemoteDomainEventCallbackLifecycleMsgCodec, { callbackID, msg: { dom: dom(id), event, detail } });
}

function sendLifecycle(callbackID: number, id: number, event = 2, detail = 0): void {
  daemon.send(
    REMOTE_PROGRAM,
    RemoteProcedure.DomainEventCallbackLifecycle,
    lifecycleBody(callbackID, id, event, detail),
  );
}

/** A marker message after the events under test: once it arrived, everything before it has. */
async function flush(c: Connection): Promise<void> {
  daemon.handler = ((previous) => (call, d) => {
    if (call.header.proc !== RemoteProcedure.ConnectGetLibVersion) return previous(call, d);
    d.reply(call, encodeValue(RemoteConnectGetLibVersionRetCodec, { libVer: 1n }));
    return true;
  })(daemon.handler);
  await c.remote.connectGetLibVersion();
}

function ids(events: readonly (LibvirtEvent | EventNotice)[]): (number | string)[] {
  return events.map((e) => ('domain' in e ? e.domain.id : e.kind));
}

describe('registering', () => {
  it('registers with CALLBACK_REGISTER_ANY, delivers typed events, deregisters the callback ID', async () => {
    const c = await open();
    const seen: LibvirtEvent[] = [];
    const off = await c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    expect(script.registered).toHaveLength(1);
    expect(script.registered[0]).toMatchObject({ family: 'domain', args: { eventID: 0, dom: null }, callbackID: 1 });
    sendLifecycle(1, 4, 5, 1);
    await flush(c);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: 'domain.lifecycle', event: 'stopped', detail: 'destroyed' });
    expect(seen[0]).toMatchObject({ domain: { name: 'web', id: 4 } });
    await off();
    expect(script.deregistered).toEqual([{ family: 'domain', callbackID: 1 }]);
    expect(c.events.registrations).toBe(0);
    // A late event for the released ID is dropped quietly.
    sendLifecycle(1, 5);
    await flush(c);
    expect(seen).toHaveLength(1);
    expect(c.closed).toBe(false);
  });

  it('filters on the daemon: the domain goes in the register call', async () => {
    const c = await open();
    const web = new Domain(c, dom(9));
    await c.events.on('domain.reboot', () => undefined, { domain: web });
    expect(script.registered[0]?.args).toMatchObject({ eventID: 1, dom: { name: 'web', id: 9 } });
    expect(script.registered[0]?.args['dom']).toMatchObject({ uuid: dom(9).uuid });
  });

  it('uses each family own register procedure and callback ID space', async () => {
    const c = await open();
    const events: LibvirtEvent[] = [];
    await c.events.on('domain.lifecycle', (ev) => events.push(ev));
    await c.events.on('network.lifecycle', (ev) => events.push(ev));
    // Both families handed out callback ID 1: the message's procedure tells them apart.
    expect(script.registered.map((r) => [r.family, r.callbackID])).toEqual([
      ['domain', 1],
      ['network', 1],
    ]);
    daemon.send(
      REMOTE_PROGRAM,
      RemoteProcedure.NetworkEventLifecycle,
      encodeValue(RemoteNetworkEventLifecycleMsgCodec, {
        callbackID: 1,
        net: { name: 'default', uuid: new Uint8Array(16) },
        event: 2,
        detail: 0,
      }),
    );
    sendLifecycle(1, 3);
    await flush(c);
    expect(events.map((e) => e.kind)).toEqual(['network.lifecycle', 'domain.lifecycle']);
  });
});

describe('events that arrive before the register reply', () => {
  it('holds them until the reply names the callback ID, then delivers them in order', async () => {
    const c = await open();
    script.holdReplies = true;
    const seen: LibvirtEvent[] = [];
    const registered = c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    await expect.poll(() => script.held.length).toBe(1);
    // The daemon registered callback 1 and sends its events before its reply.
    sendLifecycle(1, 10);
    sendLifecycle(1, 11);
    await expect.poll(() => script.held.length).toBe(1);
    await flush(c);
    expect(seen).toEqual([]);
    script.releaseHeld();
    sendLifecycle(1, 12);
    await registered;
    await flush(c);
    expect(ids(seen)).toEqual([10, 11, 12]);
  });

  it('delivers events that come in the same read as the reply, after the ones before it', async () => {
    const c = await open();
    script.holdReplies = true;
    const seen: LibvirtEvent[] = [];
    const registered = c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    await expect.poll(() => script.held.length).toBe(1);
    const call = script.held.splice(0)[0]!.call;
    const event = (id: number) =>
      frame(
        {
          prog: REMOTE_PROGRAM,
          vers: REMOTE_PROTOCOL_VERSION,
          proc: RemoteProcedure.DomainEventCallbackLifecycle,
          type: MessageType.Message,
          serial: 0,
          status: MessageStatus.Ok,
        },
        lifecycleBody(1, id),
      );
    const reply = frame(
      { ...call.header, type: MessageType.Reply, status: MessageStatus.Ok },
      encodeValue(RemoteConnectDomainEventCallbackRegisterAnyRetCodec, { callbackID: 1 }),
    );
    daemon.writeRaw(Buffer.concat([event(20), reply, event(21), event(22)]));
    await registered;
    await flush(c);
    expect(ids(seen)).toEqual([20, 21, 22]);
  });

  it('keeps events of registered kinds in order behind a held one', async () => {
    const c = await open();
    const seen: LibvirtEvent[] = [];
    await c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    script.holdReplies = true;
    const reboot = c.events.on('domain.reboot', (ev) => seen.push(ev));
    await expect.poll(() => script.held.length).toBe(1);
    // Callback 2 is the reboot registration, still unknown to the client.
    daemon.send(
      REMOTE_PROGRAM,
      RemoteProcedure.DomainEventCallbackReboot,
      encodeValue(RemoteDomainEventCallbackRebootMsgCodec, { callbackID: 2, msg: { dom: dom(30) } }),
    );
    sendLifecycle(1, 31);
    await flush(c);
    expect(seen).toEqual([]);
    script.releaseHeld();
    await reboot;
    expect(seen.map((e) => [e.kind, 'domain' in e ? e.domain.id : -1])).toEqual([
      ['domain.reboot', 30],
      ['domain.lifecycle', 31],
    ]);
  });

  it('drops held events of an ID no registration claims once no reply is awaited', async () => {
    const c = await open();
    script.holdReplies = true;
    const seen: LibvirtEvent[] = [];
    const registered = c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    await expect.poll(() => script.held.length).toBe(1);
    sendLifecycle(99, 40);
    sendLifecycle(1, 41);
    await flush(c);
    script.releaseHeld();
    await registered;
    await flush(c);
    expect(ids(seen)).toEqual([41]);
  });
});

describe('shared registrations', () => {
  it('registers once per kind and filter, and deregisters when the last subscriber leaves', async () => {
    const c = await open();
    const a: LibvirtEvent[] = [];
    const b: LibvirtEvent[] = [];
    const offA = await c.events.on('domain.lifecycle', (ev) => a.push(ev));
    const offB = await c.events.on('domain.lifecycle', (ev) => b.push(ev));
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub.ready;
    expect(script.registrationsOf('domain')).toHaveLength(1);
    expect(c.events.registrations).toBe(1);
    sendLifecycle(1, 50);
    await flush(c);
    expect([ids(a), ids(b)]).toEqual([[50], [50]]);
    expect((await sub.next()).value).toMatchObject({ domain: { id: 50 } });

    await offA();
    await sub.close();
    expect(script.deregistered).toEqual([]);
    sendLifecycle(1, 51);
    await flush(c);
    expect([ids(a), ids(b)]).toEqual([[50], [50, 51]]);
    await offB();
    expect(script.deregistered).toEqual([{ family: 'domain', callbackID: 1 }]);
    await offB(); // twice is harmless
    expect(script.deregistered).toHaveLength(1);

    // A new subscriber after that gets a new registration.
    await c.events.on('domain.lifecycle', () => undefined);
    expect(script.registrationsOf('domain').map((r) => r.callbackID)).toEqual([1, 2]);
  });

  it('shares a registration still in flight, and releases it when everyone left before the reply', async () => {
    const c = await open();
    script.holdReplies = true;
    const first = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    const second = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    await expect.poll(() => script.held.length).toBe(1);
    await first.close();
    await second.close();
    expect(script.deregistered).toEqual([]);
    script.releaseHeld();
    await expect.poll(() => script.deregistered).toEqual([{ family: 'domain', callbackID: 1 }]);
    expect(script.registered).toHaveLength(1);
  });

  it('keeps different filters apart', async () => {
    const c = await open();
    await c.events.on('domain.lifecycle', () => undefined, { domain: new Domain(c, dom(1, 'a')) });
    await c.events.on('domain.lifecycle', () => undefined, { domain: new Domain(c, dom(2, 'b')) });
    await c.events.on('domain.lifecycle', () => undefined, { domain: new Domain(c, dom(1, 'a')) });
    await c.events.on('domain.lifecycle', () => undefined);
    expect(script.registered.map((r) => (r.args['dom'] as { name: string } | null)?.name ?? null)).toEqual([
      'a',
      'b',
      null,
    ]);
  });
});

describe('async iterators', () => {
  it('iterates typed events and releases the registration on break', async () => {
    const c = await open();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle', 'domain.reboot'] });
    await sub.ready;
    expect(script.registered.map((r) => r.args['eventID'])).toEqual([0, 1]);
    sendLifecycle(1, 60);
    daemon.send(
      REMOTE_PROGRAM,
      RemoteProcedure.DomainEventCallbackReboot,
      encodeValue(RemoteDomainEventCallbackRebootMsgCodec, { callbackID: 2, msg: { dom: dom(61) } }),
    );
    const seen: string[] = [];
    for await (const ev of sub) {
      seen.push(ev.kind);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['domain.lifecycle', 'domain.reboot']);
    expect(script.deregistered.map((d) => d.callbackID).sort()).toEqual([1, 2]);
    expect(c.events.registrations).toBe(0);
  });

  it('ends when the connection is closed by the client, and throws when the daemon goes away', async () => {
    const c = await open();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub.ready;
    sendLifecycle(1, 70);
    await flush(c);
    await c.close();
    expect((await sub.next()).value).toMatchObject({ domain: { id: 70 } });
    expect(await sub.next()).toEqual({ done: true, value: undefined });
    await expect(c.events.on('domain.lifecycle', () => undefined)).rejects.toBeInstanceOf(ConnectionClosedError);

    const c2 = await open();
    const sub2 = c2.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub2.ready;
    for (const socket of daemon.sockets) socket.destroy();
    const error = await sub2.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((error as ConnectionClosedError).reason).toBe('eof');
    expect(await sub2.next()).toEqual({ done: true, value: undefined });
  });

  it('stops on its AbortSignal', async () => {
    const c = await open();
    const controller = new AbortController();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'], signal: controller.signal });
    await sub.ready;
    const pending = sub.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    await expect.poll(() => script.deregistered).toHaveLength(1);
  });
});

describe('overflow', () => {
  it('drop-oldest: keeps the newest events and says how many were dropped', async () => {
    const c = await open();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'], bufferSize: 3 });
    await sub.ready;
    for (let id = 1; id <= 10; id++) sendLifecycle(1, id);
    await flush(c);
    expect(sub.buffered).toBe(3);
    expect(sub.missed).toBe(7);
    const read: (LibvirtEvent | EventNotice)[] = [];
    for (let i = 0; i < 4; i++) read.push((await sub.next()).value as LibvirtEvent | EventNotice);
    expect(read[0]).toEqual({ kind: 'overflow', missed: 7 });
    expect(ids(read.slice(1))).toEqual([8, 9, 10]);
    // Keeping up again: nothing more is dropped.
    sendLifecycle(1, 11);
    expect(ids([(await sub.next()).value as LibvirtEvent])).toEqual([11]);
    expect(sub.missed).toBe(7);
    await sub.close();
  });

  it('error: delivers what was buffered, then throws EventsMissedError and releases the registration', async () => {
    const c = await open();
    const sub = c.events.subscribe({ kinds: ['domain.lifecycle'], bufferSize: 2, overflow: 'error' });
    await sub.ready;
    for (let id = 1; id <= 5; id++) sendLifecycle(1, id);
    await flush(c);
    await expect.poll(() => script.deregistered).toEqual([{ family: 'domain', callbackID: 1 }]);
    expect(ids([(await sub.next()).value as LibvirtEvent, (await sub.next()).value as LibvirtEvent])).toEqual([1, 2]);
    const error = await sub.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventsMissedError);
    expect((error as EventsMissedError).bufferSize).toBe(2);
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it('refuses a buffer size that is not a positive integer', async () => {
    const c = await open();
    expect(() => c.events.subscribe({ kinds: ['domain.lifecycle'], bufferSize: 0 })).toThrow(RangeError);
    expect(() => c.events.subscribe({ kinds: [] })).toThrow(/at least one event kind/);
    expect(script.registered).toEqual([]);
  });
});

describe('event IDs the daemon does not know', () => {
  it('fails with EventNotSupportedError naming the libvirt that added it, and the connection keeps working', async () => {
    const c = await open();
    // What libvirt 9.0's remote_daemon_dispatch.c answers for an event ID past its VIR_DOMAIN_EVENT_ID_LAST.
    script.refuse = (family, args) =>
      family === 'domain' && args['eventID'] === 27
        ? { code: 1, domain: 7, message: 'internal error: unsupported event ID 27' }
        : undefined;
    const error = await c.events.on('domain.nic-mac-change', () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventNotSupportedError);
    const e = error as EventNotSupportedError;
    expect(e.kind).toBe('domain.nic-mac-change');
    expect(e.since).toBe('11.2.0');
    expect(e.message).toMatch(/VIR_DOMAIN_EVENT_ID_NIC_MAC_CHANGE, which libvirt 11\.2\.0 added/);
    expect(e.cause).toMatchObject({ name: 'LibvirtError', codeName: 'VIR_ERR_INTERNAL_ERROR' });
    expect(c.closed).toBe(false);
    expect(c.events.registrations).toBe(0);

    const sub = c.events.subscribe({ kinds: ['domain.lifecycle', 'domain.nic-mac-change'] });
    await expect(sub.ready).rejects.toBeInstanceOf(EventNotSupportedError);
    await expect(sub.next()).rejects.toBeInstanceOf(EventNotSupportedError);
    // The lifecycle half was registered, then released with the failed subscription.
    await expect.poll(() => script.deregistered).toEqual([{ family: 'domain', callbackID: 1 }]);

    const seen: LibvirtEvent[] = [];
    await c.events.on('domain.lifecycle', (ev) => seen.push(ev));
    sendLifecycle(2, 80);
    await flush(c);
    expect(ids(seen)).toEqual([80]);
  });

  it('reports a driver without such events (QEMU monitor events on the test driver)', async () => {
    const c = await open();
    script.refuse = (family) =>
      family === 'qemu'
        ? { code: 3, domain: 6, message: 'this function is not supported by the connection driver' }
        : undefined;
    const error = await c.events.on('qemu.monitor', () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventNotSupportedError);
    expect((error as Error).message).toMatch(/qemu\.monitor.*does not support them/);
  });

  it('passes other errors through unchanged', async () => {
    const c = await open();
    script.refuse = () => ({ code: 55, domain: 7, message: 'Requested operation is not valid' });
    await expect(c.events.on('secret.lifecycle', () => undefined)).rejects.toMatchObject({
      name: 'LibvirtError',
      codeName: 'VIR_ERR_OPERATION_INVALID',
    });
  });
});
