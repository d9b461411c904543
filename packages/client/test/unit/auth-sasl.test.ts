import { afterEach, describe, expect, it, vi } from 'vitest';
import { authenticate, type AuthRpc } from '../../src/auth/authenticate.js';
import type { Credentials } from '../../src/auth/credentials.js';
import { AuthenticationError } from '../../src/auth/errors.js';
import { chooseMechanism, parseMechanismList } from '../../src/auth/sasl/negotiate.js';
import { openConnection } from '../../src/connection.js';
import { ErrorNumber } from '../../src/constants/error.gen.js';
import { ConnectError, LibvirtError } from '../../src/errors.js';
import {
  RemoteAuthListRetCodec,
  RemoteAuthSaslInitRetCodec,
  RemoteAuthSaslStartArgsCodec,
  RemoteAuthSaslStartRetCodec,
  RemoteAuthSaslStepArgsCodec,
  RemoteAuthSaslStepRetCodec,
  RemoteProcedure,
  type RemoteAuthSaslStartArgs,
  type RemoteAuthType,
  type RemoteAuthSaslStepArgs,
} from '../../src/protocol/remote.gen.js';
import { unixTransport } from '../../src/transport/socket.js';
import { decodeXdr } from '@libvirt-ts/xdr';
import { encodeValue, FakeDaemon } from '../support/fake-daemon.js';
import { fromChars, ScramTestServer, toChars } from '../support/scram-server.js';

const WHERE = 'unix:/test';

function authFailed(
  code: number = ErrorNumber.AuthFailed,
  message = 'authentication failed: authentication failed',
): LibvirtError {
  return new LibvirtError({
    code,
    domain: 7,
    message,
    level: 2,
    str1: null,
    str2: null,
    str3: null,
    int1: 0,
    int2: 0,
  });
}

/** An in-memory daemon side of AUTH_LIST and the SASL calls, with a SCRAM server behind it. */
class FakeAuthRpc implements AuthRpc {
  readonly calls: string[] = [];
  readonly starts: RemoteAuthSaslStartArgs[] = [];
  readonly steps: RemoteAuthSaslStepArgs[] = [];
  types: RemoteAuthType[] = [1];
  mechlist = 'SCRAM-SHA-256 SCRAM-SHA-1';
  initError: LibvirtError | undefined;
  readonly server: ScramTestServer;

  constructor(users: Record<string, string> = { fred: 'letmein' }, hash: 'sha1' | 'sha256' = 'sha256') {
    this.server = new ScramTestServer(hash, users);
  }

  authList() {
    this.calls.push('authList');
    return Promise.resolve({ types: this.types });
  }
  authPolkit() {
    this.calls.push('authPolkit');
    return Promise.resolve({ complete: 1 });
  }
  authSaslInit() {
    this.calls.push('authSaslInit');
    if (this.initError !== undefined) return Promise.reject(this.initError);
    return Promise.resolve({ mechlist: this.mechlist });
  }
  authSaslStart(args: RemoteAuthSaslStartArgs) {
    this.calls.push(`authSaslStart ${args.mech}`);
    this.starts.push(args);
    if (args.mech === 'PLAIN') {
      const [, user, password] = fromChars(args.data).split('\0');
      return user === 'fred' && password === 'letmein'
        ? Promise.resolve({ complete: 1, nil: 1, data: [] })
        : Promise.reject(authFailed());
    }
    return Promise.resolve({ complete: 0, nil: 0, data: toChars(this.server.first(fromChars(args.data))) });
  }
  authSaslStep(args: RemoteAuthSaslStepArgs) {
    this.calls.push('authSaslStep');
    this.steps.push(args);
    const final = this.server.final(fromChars(args.data));
    if (final === undefined) return Promise.reject(authFailed());
    return Promise.resolve({ complete: 1, nil: 0, data: toChars(final) });
  }
}

function run(
  rpc: FakeAuthRpc,
  credentials: Credentials | undefined,
  options: { secure?: boolean; authType?: string } = {},
) {
  return authenticate(
    rpc,
    {},
    { credentials, secure: options.secure ?? true, authType: options.authType, hostname: 'kvm1' },
    WHERE,
  );
}

async function failure(promise: Promise<unknown>): Promise<AuthenticationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

describe('mechanism negotiation', () => {
  it('reads the daemon list in any case and separator', () => {
    expect(parseMechanismList(' scram-sha-1,SCRAM-SHA-256  plain scram-sha-1')).toEqual([
      'SCRAM-SHA-1',
      'SCRAM-SHA-256',
      'PLAIN',
    ]);
  });

  it.each([
    ['SCRAM-SHA-1 SCRAM-SHA-256', 'SCRAM-SHA-256'],
    ['PLAIN SCRAM-SHA-1 GSSAPI', 'SCRAM-SHA-1'],
    ['DIGEST-MD5 PLAIN', 'PLAIN'],
  ])('prefers the strongest mechanism we have: %s gives %s', (offered, mechanism) => {
    expect(chooseMechanism({ offered, secure: true })).toMatchObject({ ok: true, mechanism });
  });

  it('names the mechanisms the daemon offers when we implement none of them', () => {
    const choice = chooseMechanism({ offered: 'GSSAPI DIGEST-MD5', secure: true });
    expect(choice).toMatchObject({ ok: false, failure: 'no-mechanism' });
    expect(!choice.ok && choice.reason).toBe(
      'the daemon offers only SASL mechanisms this client does not implement: GSSAPI, DIGEST-MD5 (it implements SCRAM-SHA-256, SCRAM-SHA-1 and PLAIN)',
    );
    expect(chooseMechanism({ offered: '', secure: true })).toMatchObject({
      ok: false,
      reason: 'the daemon offers no SASL mechanism',
    });
  });

  it('refuses every mechanism we have on an insecure transport, as libvirt demands a security layer there', () => {
    const choice = chooseMechanism({ offered: 'SCRAM-SHA-256 PLAIN', secure: false });
    expect(choice).toMatchObject({ ok: false, failure: 'insecure-transport' });
    expect(!choice.ok && choice.reason).toMatch(/security layer.*TLS \(\+tls\).*offers: SCRAM-SHA-256, PLAIN/);
  });

  it('honours auth=sasl.NAME: offered and implemented, not offered, not implemented', () => {
    expect(
      chooseMechanism({ offered: 'SCRAM-SHA-256 SCRAM-SHA-1', secure: true, wanted: 'scram-sha-1' }),
    ).toMatchObject({ ok: true, mechanism: 'SCRAM-SHA-1' });
    expect(chooseMechanism({ offered: 'SCRAM-SHA-256', secure: true, wanted: 'PLAIN' })).toMatchObject({
      ok: false,
      reason: 'SASL mechanism PLAIN is not offered by the daemon (it offers: SCRAM-SHA-256)',
    });
    expect(chooseMechanism({ offered: 'GSSAPI SCRAM-SHA-256', secure: true, wanted: 'gssapi' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining(
        'asks for SASL mechanism GSSAPI, which this client does not implement',
      ) as unknown,
    });
  });
});

describe('SASL exchange over AUTH_SASL_INIT/START/STEP', () => {
  it('authenticates with SCRAM-SHA-256 in the order libvirt does, verifying the server', async () => {
    const rpc = new FakeAuthRpc();
    expect(await run(rpc, { username: 'fred', password: 'letmein' })).toBe('sasl');
    expect(rpc.calls).toEqual(['authList', 'authSaslInit', 'authSaslStart SCRAM-SHA-256', 'authSaslStep']);
    expect(rpc.starts[0]?.nil).toBe(0);
  });

  it('carries bytes above 127 as libvirt signed chars', async () => {
    const rpc = new FakeAuthRpc({ jürgen: 'pässword' });
    await run(rpc, { username: 'jürgen', password: 'pässword' });
    expect(rpc.starts[0]?.data.some((c) => c < 0)).toBe(true);
    expect(fromChars(rpc.starts[0]?.data ?? [])).toMatch(/^n,,n=jürgen,r=/);
  });

  it('uses SCRAM-SHA-1 when the URI asks for it', async () => {
    const rpc = new FakeAuthRpc({ fred: 'letmein' }, 'sha1');
    await run(rpc, { username: 'fred', password: 'letmein' }, { authType: 'sasl.SCRAM-SHA-1' });
    expect(rpc.calls).toContain('authSaslStart SCRAM-SHA-1');
  });

  it('uses PLAIN when it is all the daemon offers on a secure transport', async () => {
    const rpc = new FakeAuthRpc();
    rpc.mechlist = 'PLAIN';
    await run(rpc, { username: 'fred', password: 'letmein' });
    expect(rpc.calls).toEqual(['authList', 'authSaslInit', 'authSaslStart PLAIN']);
  });

  it('reports a wrong password as a rejection carrying the daemon error', async () => {
    const error = await failure(run(new FakeAuthRpc(), { username: 'fred', password: 'wrong' }));
    expect(error.failure).toBe('rejected');
    expect(error.mechanism).toBe('SCRAM-SHA-256');
    expect(error.cause).toBeInstanceOf(LibvirtError);
    expect(error.message).toBe(
      `${WHERE}: the daemon rejected SASL SCRAM-SHA-256 authentication as fred: authentication failed: authentication failed`,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(error.name).toBe('AuthenticationError');
  });

  it('fails when the daemon says yes without proving it knows the password', async () => {
    const rpc = new FakeAuthRpc();
    rpc.server.forgeSignature = true;
    const error = await failure(run(rpc, { username: 'fred', password: 'letmein' }));
    expect(error.failure).toBe('server-not-verified');
    expect(error.message).toMatch(/server signature does not match/);
  });

  it('asks the callback for the name and then the password, naming the host', async () => {
    const rpc = new FakeAuthRpc();
    const callback = vi.fn((request: { kind: string }) => (request.kind === 'username' ? 'fred' : 'letmein'));
    await run(rpc, { callback });
    expect(callback.mock.calls.map(([request]) => request)).toEqual([
      expect.objectContaining({ kind: 'username', service: 'libvirt', hostname: 'kvm1' }),
      expect.objectContaining({ kind: 'password', service: 'libvirt', hostname: 'kvm1', username: 'fred' }),
    ]);
  });

  it('says which credential is missing before sending anything', async () => {
    const rpc = new FakeAuthRpc();
    const error = await failure(run(rpc, { username: 'fred' }));
    expect(error.failure).toBe('no-credentials');
    expect(error.message).toMatch(/no password for fred was given/);
    expect(rpc.starts).toHaveLength(0);
  });

  it('refuses SCRAM over an insecure transport without asking for credentials', async () => {
    const rpc = new FakeAuthRpc();
    const callback = vi.fn(() => 'x');
    const error = await failure(run(rpc, { callback }, { secure: false }));
    expect(error.failure).toBe('insecure-transport');
    expect(callback).not.toHaveBeenCalled();
    expect(rpc.starts).toHaveLength(0);
  });

  it('explains an AUTH_SASL_INIT refusal on an insecure transport the same way', async () => {
    const rpc = new FakeAuthRpc();
    rpc.initError = authFailed();
    const error = await failure(run(rpc, { username: 'fred', password: 'letmein' }, { secure: false }));
    expect(error.failure).toBe('insecure-transport');
    expect(error.cause).toBe(rpc.initError);
    rpc.calls.length = 0;
    const secure = await failure(run(rpc, { username: 'fred', password: 'letmein' }));
    expect(secure.failure).toBe('no-mechanism');
  });

  it('names the daemon mechanisms when it offers only ones we lack', async () => {
    const rpc = new FakeAuthRpc();
    rpc.mechlist = 'GSSAPI DIGEST-MD5';
    const error = await failure(run(rpc, { username: 'fred', password: 'letmein' }));
    expect(error.failure).toBe('no-mechanism');
    expect(error.message).toContain('GSSAPI, DIGEST-MD5');
  });
});

describe('authentication types (remoteAuthenticate)', () => {
  it.each([
    [[], 'none', ['authList']],
    [[0, 1], 'none', ['authList']],
    [[2], 'polkit', ['authList', 'authPolkit']],
  ] as const)('daemon types %j: %s', async (types, expected, calls) => {
    const rpc = new FakeAuthRpc();
    rpc.types = [...types];
    expect(await run(rpc, undefined)).toBe(expected);
    expect(rpc.calls).toEqual(calls);
  });

  it('takes the type the URI asks for when the daemon offers it, and refuses it otherwise', async () => {
    const rpc = new FakeAuthRpc();
    rpc.types = [2, 1];
    expect(await run(rpc, { username: 'fred', password: 'letmein' }, { authType: 'SASL' })).toBe('sasl');
    rpc.types = [0];
    const error = await failure(run(rpc, undefined, { authType: 'sasl' }));
    expect(error.failure).toBe('unsupported-type');
    expect(error.message).toBe(
      `${WHERE}: the URI asks for sasl authentication, which the daemon does not offer (it offers: none)`,
    );
    expect((await failure(run(rpc, undefined, { authType: 'kerberos' }))).message).toBe(
      `${WHERE}: unknown authentication type kerberos`,
    );
  });

  it('treats a daemon without AUTH_LIST as wanting none, and an unknown type as an error', async () => {
    const old = new FakeAuthRpc();
    old.authList = () => Promise.reject(authFailed(ErrorNumber.NoSupport, 'unknown procedure'));
    expect(await run(old, undefined)).toBe('none');
    const odd = new FakeAuthRpc();
    odd.types = [7 as RemoteAuthType];
    expect((await failure(run(odd, undefined))).failure).toBe('unsupported-type');
  });
});

describe('openConnection with a SASL daemon', () => {
  let daemon: FakeDaemon | undefined;
  afterEach(async () => {
    await daemon?.stop();
    daemon = undefined;
  });

  async function saslDaemon(): Promise<FakeDaemon> {
    const server = new ScramTestServer('sha256', { fred: 'letmein' });
    const started = await FakeDaemon.start();
    started.handler = (call, d) => {
      switch (call.header.proc) {
        case RemoteProcedure.AuthList:
          d.reply(call, encodeValue(RemoteAuthListRetCodec, { types: [1] }));
          return true;
        case RemoteProcedure.AuthSaslInit:
          d.reply(call, encodeValue(RemoteAuthSaslInitRetCodec, { mechlist: 'SCRAM-SHA-256' }));
          return true;
        case RemoteProcedure.AuthSaslStart: {
          const args = decodeXdr(RemoteAuthSaslStartArgsCodec, call.payload);
          const data = toChars(server.first(fromChars(args.data)));
          d.reply(call, encodeValue(RemoteAuthSaslStartRetCodec, { complete: 0, nil: 0, data }));
          return true;
        }
        case RemoteProcedure.AuthSaslStep: {
          const final = server.final(fromChars(decodeXdr(RemoteAuthSaslStepArgsCodec, call.payload).data));
          if (final === undefined)
            d.replyError(call, { code: ErrorNumber.AuthFailed, message: 'authentication failed' });
          else d.reply(call, encodeValue(RemoteAuthSaslStepRetCodec, { complete: 1, nil: 0, data: toChars(final) }));
          return true;
        }
        default:
          return false;
      }
    };
    daemon = started;
    return started;
  }

  it('authenticates before opening, then works as usual', async () => {
    const d = await saslDaemon();
    const conn = await openConnection(unixTransport(d.path), {
      name: 'test:///default',
      keepalive: false,
      authentication: { secure: true, credentials: { username: 'fred', password: 'letmein' } },
    });
    expect(d.calls.map((c) => c.header.proc).slice(0, 4)).toEqual([
      RemoteProcedure.AuthList,
      RemoteProcedure.AuthSaslInit,
      RemoteProcedure.AuthSaslStart,
      RemoteProcedure.AuthSaslStep,
    ]);
    expect(d.callsOf(RemoteProcedure.ConnectOpen)).toHaveLength(1);
    await conn.close();
  });

  it('rejects with AuthenticationError itself (not wrapped), and refuses when not told the transport is secure', async () => {
    const d = await saslDaemon();
    const wrong = await openConnection(unixTransport(d.path), {
      name: 'test:///default',
      authentication: { secure: true, credentials: { username: 'fred', password: 'nope' } },
    }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect((wrong as AuthenticationError).failure).toBe('rejected');
    expect(d.callsOf(RemoteProcedure.ConnectOpen)).toHaveLength(0);

    const insecure = await openConnection(unixTransport(d.path), {
      name: 'test:///default',
      authentication: { credentials: { username: 'fred', password: 'letmein' } },
    }).catch((e: unknown) => e);
    expect((insecure as AuthenticationError).failure).toBe('insecure-transport');
    expect((insecure as Error).message).toMatch(/set authentication.secure/);
  });
});
