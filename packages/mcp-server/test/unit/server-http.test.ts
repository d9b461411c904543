import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/schema.js';
import type { AuditEntry, AuditLog } from '../../src/server/audit.js';
import { HttpConfigError } from '../../src/server/http-guard.js';
import { runServer, type RunningServer } from '../../src/server/run.js';
import { MODERN_PROTOCOL_VERSION } from '../support/in-process.js';
import { FakeHosts, fakeTools, testConfig, type FakeTools } from '../support/server-fakes.js';

/*
 * The Streamable HTTP transport as runServer starts it, on a loopback port, with fake tools and
 * hosts: token, Host/Origin checks, health endpoints, both protocol eras, graceful shutdown.
 */

const TOKEN = 'test-token-0123456789abcdef';

interface Running {
  readonly server: RunningServer;
  readonly url: string;
  readonly fakes: FakeTools;
  readonly hosts: FakeHosts;
  readonly audit: AuditEntry[];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(
  options: { http?: Record<string, unknown>; security?: Record<string, unknown>; unavailable?: string[] } = {},
): Promise<Running> {
  const config: Config = testConfig({
    transport: 'http',
    http: { host: '127.0.0.1', port: 0, token: TOKEN, ...options.http },
    ...(options.security === undefined ? {} : { security: options.security }),
  });
  const fakes = fakeTools();
  const hosts = new FakeHosts(['lab1', 'lab2'], new Set(options.unavailable ?? []));
  const audit: AuditEntry[] = [];
  const auditLog: AuditLog = { record: (entry) => audit.push(entry), flush: () => Promise.resolve() };
  const server = await runServer(config, {
    logger: pino({ level: 'silent' }),
    hosts,
    audit: auditLog,
    tools: fakes.tools,
    manageProcess: false,
    env: {},
  });
  cleanups.push(() => server.close());
  if (server.url === undefined) throw new Error('no url');
  return { server, url: server.url, fakes, hosts, audit };
}

async function connect(
  url: string,
  options: { era?: '2025' | '2026'; token?: string; confirm?: boolean } = {},
): Promise<Client> {
  const client = new Client(
    { name: `http-test-${options.era ?? '2025'}`, version: '1.0.0' },
    {
      capabilities: options.confirm === undefined ? {} : { elicitation: { form: {} } },
      ...(options.era === '2026' ? { versionNegotiation: { mode: { pin: MODERN_PROTOCOL_VERSION } } } : {}),
    },
  );
  const confirm = options.confirm;
  if (confirm !== undefined) {
    client.setRequestHandler('elicitation/create', () =>
      confirm ? { action: 'accept', content: { confirm: true } } : { action: 'decline' },
    );
  }
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { authorization: `Bearer ${options.token ?? TOKEN}` } },
  });
  await client.connect(transport);
  cleanups.push(() => client.close());
  return client;
}

function post(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body,
  });
}

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

describe.each(['2025', '2026'] as const)('MCP over HTTP, %s-era client', (era) => {
  it('lists and calls tools, with the bearer token', async () => {
    const running = await serve();
    const client = await connect(running.url, { era });
    const tools = await client.listTools();
    expect(tools.tools.map((tool) => tool.name)).toContain('thing_get');
    const result = await client.callTool({
      name: 'thing_get',
      arguments: { name: 'a', host: 'lab2' },
    });
    expect(result.structuredContent).toEqual({ name: 'a', host: 'lab2', state: 'running' });
    expect(running.audit.at(-1)).toMatchObject({ outcome: 'ok', client: { name: `http-test-${era}` } });
  });

  it('asks the human before a destructive tool runs', async () => {
    const running = await serve();
    const yes = await connect(running.url, { era, confirm: true });
    expect((await yes.callTool({ name: 'thing_destroy', arguments: { name: 'a' } })).isError).toBeFalsy();
    const no = await connect(running.url, { era, confirm: false });
    const declined = await no.callTool({ name: 'thing_destroy', arguments: { name: 'b' } });
    expect(declined.isError).toBe(true);
    const cannot = await connect(running.url, { era });
    const denied = await cannot.callTool({ name: 'thing_destroy', arguments: { name: 'c' } });
    expect(denied.isError).toBe(true);
    expect(running.fakes.calls.map((call) => (call.args as { name: string }).name)).toEqual(['a']);
    expect(running.audit.map((entry) => entry.outcome)).toEqual(['ok', 'declined', 'denied']);
  });
});

describe('HTTP guards', () => {
  it('answers 401 without the token or with a wrong one', async () => {
    const running = await serve();
    const none = await post(running.url, {}, initialize);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post(running.url, { authorization: `Bearer ${TOKEN}x` }, initialize)).status).toBe(401);
    expect((await post(running.url, { authorization: `Bearer ${TOKEN}` }, initialize)).status).toBe(200);
    await expect(connect(running.url, { token: 'wrong-token-0123456789' })).rejects.toThrow();
  });

  it('answers 403 to a foreign Origin or Host (DNS rebinding)', async () => {
    const running = await serve({ http: { allowed_origins: ['https://app.example.org'] } });
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await post(running.url, { ...auth, origin: 'https://evil.example' }, initialize)).status).toBe(403);
    expect((await post(running.url, { ...auth, origin: 'https://app.example.org' }, initialize)).status).toBe(200);
    expect((await post(running.url, { ...auth, origin: 'http://localhost:3000' }, initialize)).status).toBe(200);
    // fetch() cannot set Host; node:http can.
    expect(await statusWithHost(running.url, 'attacker.example')).toBe(403);
    expect(await statusWithHost(running.url.replace('/mcp', '/readyz'), 'attacker.example:80', 'GET')).toBe(403);
    expect(await statusWithHost(running.url.replace('/mcp', '/readyz'), 'localhost', 'GET')).toBe(200);
  });

  it('caps the request body', async () => {
    const running = await serve();
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    expect((await post(running.url, { authorization: `Bearer ${TOKEN}` }, big)).status).toBe(413);
  });

  it('serves the token-free loopback default, and refuses a public bind without a token', async () => {
    const open = await serve({ http: { token: undefined } });
    expect((await post(open.url, {}, initialize)).status).toBe(200);
    await expect(serve({ http: { host: '0.0.0.0', token: undefined } })).rejects.toThrow(HttpConfigError);
    const guarded = await serve({ http: { host: '0.0.0.0' } });
    expect((await post(guarded.url.replace('0.0.0.0', '127.0.0.1'), {}, initialize)).status).toBe(401);
  });
});

describe('health endpoints', () => {
  it('reports liveness, and readiness from the default host', async () => {
    const up = await serve();
    const base = up.url.replace('/mcp', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      hosts: [
        { name: 'lab1', state: 'connected' },
        { name: 'lab2', state: 'connected' },
      ],
    });
    const down = await serve({ unavailable: ['lab1'] });
    const notReady = await fetch(down.url.replace('/mcp', '/readyz'));
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, reason: "default host 'lab1' is not connected" });
    const other = await serve({ unavailable: ['lab2'] });
    expect((await fetch(other.url.replace('/mcp', '/readyz'))).status).toBe(200);
  });
});

describe('graceful shutdown', () => {
  it('lets a running call finish, refuses new ones, then closes', async () => {
    const running = await serve();
    const client = await connect(running.url, { era: '2026' });
    // The client reads tools/list to validate results; have it cached before new requests get 503.
    await client.listTools();
    const pending = client.callTool({ name: 'thing_wait', arguments: { name: 'slow' } });
    await until(() => running.fakes.calls.length === 1);
    let closed = false;
    const closing = running.server.close('test').then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    const ready = await fetch(running.url.replace('/mcp', '/readyz')).catch(() => undefined);
    if (ready !== undefined) expect(ready.status).toBe(503);
    running.fakes.release();
    const result = await pending;
    expect(result.isError).toBeFalsy();
    await closing;
    expect(running.hosts.closed).toBe(true);
    await expect(fetch(running.url.replace('/mcp', '/healthz'))).rejects.toThrow();
  });
});

describe('TLS', () => {
  it('serves HTTPS with the configured certificate and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-tls-'));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const running = await serve({ http: { tls: { cert, key } } });
    expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(running.url.replace('/mcp', '/healthz'), { ca: readFileSync(cert) }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => {
          resolve(text);
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(body)).toEqual({ status: 'ok' });
  });
});

function statusWithHost(url: string, host: string, method = 'POST'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, headers: { host, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? initialize : undefined);
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met in time');
}
