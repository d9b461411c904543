import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConnection, type Connection } from '../../src/connection.js';
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  InvalidArgumentsError,
  LibvirtError,
  ProtocolError,
  TimeoutError,
} from '../../src/errors.js';
import {
  REMOTE_PROGRAM,
  RemoteAuthListRetCodec,
  RemoteConnectGetHostnameRetCodec,
  RemoteConnectGetLibVersionRetCodec,
  RemoteConnectGetUriRetCodec,
  RemoteDomainEventLifecycleMsgCodec,
  RemoteProcedure,
} from '../../src/protocol/remote.gen.js';
import { unixTransport } from '../../src/transport/socket.js';
import { MessageStatus, MessageType } from '../../src/wire/message.js';
import { encodeValue, FakeDaemon, frame } from '../support/fake-daemon.js';

let daemon: FakeDaemon;
let conn: Connection | undefined;

beforeEach(async () => {
  daemon = await FakeDaemon.start();
});

afterEach(async () => {
  await conn?.close();
  conn = undefined;
  await daemon.stop();
});

async function open(options: { keepalive?: { intervalMs: number; count: number } | false } = {}): Promise<Connection> {
  conn = await openConnection(unixTransport(daemon.path), { name: 'test:///default', keepalive: false, ...options });
  return conn;
}

function closeEvent(connection: Connection): Promise<ConnectionClosedError> {
  return new Promise((resolve) => connection.once('close', resolve));
}

/** Answers GET_LIB_VERSION calls with their own serial as the version, so replies are tellable apart. */
function libVersionBySerial(): void {
  daemon.handler = (call, d) => {
    if (call.header.proc !== RemoteProcedure.ConnectGetLibVersion) return false;
    d.reply(call, encodeValue(RemoteConnectGetLibVersionRetCodec, { libVer: BigInt(call.header.serial) }));
    return true;
  };
}

describe('handshake', () => {
  it('performs libvirt C client handshake order', async () => {
    const c = await open();
    const procs = daemon.calls.map((call) => call.header.proc);
    expect(procs).toEqual([
      RemoteProcedure.AuthList,
      RemoteProcedure.ConnectOpen,
      RemoteProcedure.ConnectSupportsFeature,
      RemoteProcedure.ConnectSupportsFeature,
      RemoteProcedure.ConnectSupportsFeature,
    ]);
    expect(c.features).toEqual({
      keepalive: false,
      eventCallbacks: true,
      closeCallbacks: true,
      typedParamString: true,
    });
    expect(c.uri).toBe('test:///default');
  });

  it('asks the daemon which URI it opened when none was named', async () => {
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.ConnectGetUri) return false;
      d.reply(call, encodeValue(RemoteConnectGetUriRetCodec, { uri: 'qemu:///system' }));
      return true;
    };
    conn = await openConnection(unixTransport(daemon.path), { name: '', keepalive: false });
    expect(conn.uri).toBe('qemu:///system');
  });

  it('fails with ConnectError carrying the LibvirtError when CONNECT_OPEN is refused', async () => {
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.ConnectOpen) return false;
      d.replyError(call, { code: 38, domain: 7, message: 'no connection driver available for bogus:///' });
      return true;
    };
    const error = await openConnection(unixTransport(daemon.path), { name: 'bogus:///', keepalive: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).cause).toBeInstanceOf(LibvirtError);
    expect((error as Error).message).toMatch(/no connection driver available/);
    await expect.poll(() => daemon.sockets.size).toBe(0);
  });

  it('refuses SASL plainly until it is supported', async () => {
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.AuthList) return false;
      d.reply(call, encodeValue(RemoteAuthListRetCodec, { types: [1] }));
      return true;
    };
    await expect(openConnection(unixTransport(daemon.path), { name: 'x:///', keepalive: false })).rejects.toThrow(
      /SASL/,
    );
  });
});

describe('calls', () => {
  it('pipelines many calls and matches replies by serial in any order', async () => {
    const c = await open();
    const held: Parameters<FakeDaemon['reply']>[0][] = [];
    daemon.handler = (call) => {
      if (call.header.proc !== RemoteProcedure.ConnectGetLibVersion) return false;
      held.push(call);
      if (held.length === 100) {
        for (const h of held.reverse()) {
          daemon.reply(h, encodeValue(RemoteConnectGetLibVersionRetCodec, { libVer: BigInt(h.header.serial) }));
        }
      }
      return true;
    };
    const results = await Promise.all(Array.from({ length: 100 }, () => c.remote.connectGetLibVersion()));
    const serials = daemon.callsOf(RemoteProcedure.ConnectGetLibVersion).map((call) => BigInt(call.header.serial));
    expect(results.map((r) => r.libVer)).toEqual(serials);
    expect(c.pendingCalls).toBe(0);
  });

  it('turns an error reply into LibvirtError with names', async () => {
    const c = await open();
    daemon.handler = (call, d) => {
      d.replyError(call, { code: 42, domain: 10, message: "Domain not found: no domain with matching name 'x'" });
      return true;
    };
    const error = await c.remote.domainLookupByName({ name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    const e = error as LibvirtError;
    expect([e.code, e.codeName, e.domain, e.domainName]).toEqual([42, 'VIR_ERR_NO_DOMAIN', 10, 'VIR_FROM_QEMU']);
    expect(e.isNotFound()).toBe(true);
    expect(e.procedure).toBe('REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME');
    expect(c.closed).toBe(false);
  });

  it('says the daemon is older than the call for an unknown procedure', async () => {
    const c = await open();
    daemon.handler = (call, d) => {
      d.replyError(call, { code: 39, domain: 7, message: `unknown procedure: ${call.header.proc}` });
      return true;
    };
    const error = (await c.remote
      .domainGraphicsReload({ dom: dom(), type: 0, flags: 0 })
      .catch((e: unknown) => e)) as LibvirtError;
    expect(error).toBeInstanceOf(LibvirtError);
    expect(error.isUnsupported()).toBe(true);
    expect(error.codeName).toBe('VIR_ERR_NO_SUPPORT');
    expect(error.message).toMatch(/does not know REMOTE_PROC_DOMAIN_GRAPHICS_RELOAD.*older/);
  });

  it('rejects arguments that do not encode, sending nothing', async () => {
    const c = await open();
    const before = daemon.calls.length;
    await expect(c.remote.domainLookupByName({ name: 42 as unknown as string })).rejects.toBeInstanceOf(
      InvalidArgumentsError,
    );
    await expect(c.remote.domainLookupById({ id: 2 ** 40 })).rejects.toThrow(/out of range/);
    libVersionBySerial();
    await c.remote.connectGetLibVersion();
    expect(daemon.calls.length).toBe(before + 1);
  });

  it('times out a call, drops its late reply, and stays usable', async () => {
    const c = await open();
    let late: Parameters<FakeDaemon['reply']>[0] | undefined;
    daemon.handler = (call) => {
      if (call.header.proc !== RemoteProcedure.ConnectGetHostname || late !== undefined) return false;
      late = call;
      return true;
    };
    await expect(c.remote.connectGetHostname({ timeoutMs: 30 })).rejects.toBeInstanceOf(TimeoutError);
    expect(c.pendingCalls).toBe(0);
    daemon.reply(late!, encodeValue(RemoteConnectGetHostnameRetCodec, { hostname: 'late' }));
    libVersionBySerial();
    const { libVer } = await c.remote.connectGetLibVersion();
    expect(libVer).toBeGreaterThan(0n);
    expect(c.closed).toBe(false);
  });

  it('aborts a call with its AbortSignal', async () => {
    const c = await open();
    daemon.handler = (call) => call.header.proc === RemoteProcedure.ConnectGetHostname;
    const controller = new AbortController();
    const pending = c.remote.connectGetHostname({ signal: controller.signal });
    controller.abort(new Error('user gave up'));
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(c.remote.connectGetHostname({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(c.pendingCalls).toBe(0);
  });

  it('publishes call start and end on diagnostics channels without argument values', async () => {
    const c = await open();
    const seen: unknown[] = [];
    const onMessage = (message: unknown): void => {
      seen.push(message);
    };
    subscribe('libvirt-ts:client:call:start', onMessage);
    subscribe('libvirt-ts:client:call:end', onMessage);
    try {
      await c.remote.domainLookupByName({ name: 'secret-name' }).catch(() => undefined);
    } finally {
      unsubscribe('libvirt-ts:client:call:start', onMessage);
      unsubscribe('libvirt-ts:client:call:end', onMessage);
    }
    expect(seen).toHaveLength(2);
    expect(JSON.stringify(seen)).toContain('REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME');
    expect(JSON.stringify(seen)).not.toContain('secret-name');
  });

  it('refuses to call an event procedure', async () => {
    const c = await open();
    const { remoteProcedureByNumber } = await import('../../src/protocol/remote.gen.js');
    const event = remoteProcedureByNumber.get(RemoteProcedure.DomainEventLifecycle)!;
    await expect(c.call(event, {})).rejects.toBeInstanceOf(InvalidArgumentsError);
  });
});

describe('server messages', () => {
  it('answers a keepalive PING with a PONG even with keepalive disabled', async () => {
    await open();
    daemon.send(0x6b656570, 1, undefined, 1);
    await expect.poll(() => daemon.keepalives).toEqual([2]);
  });

  it('decodes events and emits them', async () => {
    const c = await open();
    const received = new Promise((resolve) => c.once('message', resolve));
    daemon.send(
      REMOTE_PROGRAM,
      RemoteProcedure.DomainEventLifecycle,
      encodeValue(RemoteDomainEventLifecycleMsgCodec, { dom: dom(), event: 2, detail: 0 }),
    );
    const message = (await received) as { body: { dom: { uuid: Uint8Array } } };
    expect(message).toMatchObject({
      procedure: { name: 'REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE' },
      body: { dom: { name: 'vm1', id: 1 }, event: 2, detail: 0 },
    });
    // Opaque data are plain Uint8Arrays, never Buffers leaking from the socket.
    expect(Object.getPrototypeOf(message.body.dom.uuid)).toBe(Uint8Array.prototype);
  });
});

describe('cleanup', () => {
  it('a closed connection leaves no timers behind', async () => {
    const c = await open({ keepalive: { intervalMs: 60_000, count: 3 } });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      daemon.handler = (call) => call.header.proc === RemoteProcedure.ConnectGetHostname;
      const pending = c.remote.connectGetHostname({ timeoutMs: 60_000 }).catch((e: unknown) => e);
      await expect.poll(() => daemon.callsOf(RemoteProcedure.ConnectGetHostname).length).toBe(1);
      // The call's timeout timer is the only one (keepalive started before fake timers).
      expect(vi.getTimerCount()).toBe(1);
      for (const s of daemon.sockets) s.destroy();
      expect(await pending).toBeInstanceOf(ConnectionClosedError);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops stream packets for a serial with no open stream and stays usable', async () => {
    const c = await open();
    const dropped: unknown[] = [];
    const onDropped = (message: unknown): void => {
      dropped.push(message);
    };
    subscribe('libvirt-ts:client:dropped', onDropped);
    try {
      daemon.writeRaw(
        frame({
          prog: REMOTE_PROGRAM,
          vers: 1,
          proc: 209,
          type: MessageType.Stream,
          serial: 4242,
          status: MessageStatus.Continue,
        }),
      );
      libVersionBySerial();
      await c.remote.connectGetLibVersion();
    } finally {
      unsubscribe('libvirt-ts:client:dropped', onDropped);
    }
    expect(dropped).toMatchObject([{ serial: 4242, reason: 'stream packet for no open stream' }]);
    expect(c.closed).toBe(false);
  });
});

describe('faults', () => {
  async function pendingCallDuring(fault: () => void): Promise<{ error: unknown; closed: ConnectionClosedError }> {
    const c = await open();
    daemon.handler = (call) => call.header.proc === RemoteProcedure.ConnectGetHostname;
    const closed = closeEvent(c);
    const pending = c.remote.connectGetHostname().catch((e: unknown) => e);
    await expect.poll(() => daemon.callsOf(RemoteProcedure.ConnectGetHostname).length).toBe(1);
    fault();
    const error = await pending;
    expect(c.pendingCalls).toBe(0);
    expect(c.closed).toBe(true);
    await expect(c.remote.connectGetLibVersion()).rejects.toBeInstanceOf(ConnectionClosedError);
    return { error, closed: await closed };
  }

  it('a frame shorter than a header closes the connection with ProtocolError', async () => {
    const { error, closed } = await pendingCallDuring(() => {
      daemon.writeRaw(Uint8Array.of(0, 0, 0, 8, 0, 0, 0, 0));
    });
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect(closed.reason).toBe('error');
    expect(closed.cause).toBeInstanceOf(ProtocolError);
  });

  it('an oversized length is refused before allocating', async () => {
    const { error, closed } = await pendingCallDuring(() => {
      daemon.writeRaw(Uint8Array.of(0x7f, 0xff, 0xff, 0xff));
    });
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((closed.cause as Error).message).toMatch(/exceeds libvirt's maximum/);
  });

  it('a reply with an unknown serial is a protocol error', async () => {
    const { closed } = await pendingCallDuring(() => {
      daemon.writeRaw(
        frame({
          prog: REMOTE_PROGRAM,
          vers: 1,
          proc: 59,
          type: MessageType.Reply,
          serial: 999_999,
          status: MessageStatus.Ok,
        }),
      );
    });
    expect((closed.cause as Error).message).toMatch(/serial 999999 matches no call/);
  });

  it('an undecodable reply fails only its call', async () => {
    const c = await open();
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.ConnectGetHostname) return false;
      d.reply(call, Uint8Array.of(0, 0, 0, 99, 1, 2, 3, 4));
      return true;
    };
    const error = await c.remote.connectGetHostname().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(c.closed).toBe(false);
  });

  it('an abrupt close in the middle of a frame says so', async () => {
    const { error, closed } = await pendingCallDuring(() => {
      daemon.writeRaw(Uint8Array.of(0, 0, 0, 200, 0x20, 0x00));
      setTimeout(() => {
        for (const s of daemon.sockets) s.destroy();
      }, 10);
    });
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect(closed.reason).toBe('eof');
    expect((closed.cause as Error).message).toMatch(/middle of a message/);
  });

  it('a daemon that goes silent is declared dead by keepalive', async () => {
    const c = await open({ keepalive: { intervalMs: 20, count: 2 } });
    expect(c.features.keepalive).toBe(true);
    const closed = await closeEvent(c);
    expect(closed.reason).toBe('keepalive');
    expect(daemon.keepalives).toEqual([1, 1]);
  });

  it('close() sends CONNECT_CLOSE, fails pending calls and is idempotent', async () => {
    const c = await open();
    daemon.handler = (call) => call.header.proc === RemoteProcedure.ConnectGetHostname;
    const pending = c.remote.connectGetHostname().catch((e: unknown) => e);
    await expect.poll(() => daemon.callsOf(RemoteProcedure.ConnectGetHostname).length).toBe(1);
    await Promise.all([c.close(), c.close()]);
    const error = (await pending) as ConnectionClosedError;
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect(error.reason).toBe('client');
    expect(daemon.callsOf(RemoteProcedure.ConnectClose)).toHaveLength(1);
  });
});

function dom() {
  return { name: 'vm1', uuid: new Uint8Array(16).fill(7), id: 1 };
}
