import { StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newClient, startHttp, testDriverUri, type HttpServer } from './spawn-server.js';

/*
 * The built bin serving Streamable HTTP: a bearer token (no token: 401), Origin checks (foreign
 * Origin: 403), health endpoints, and real calls from a 2025-era and a 2026-era SDK client.
 */

const libvirtd = inject('libvirtd');
const TOKEN = 'e2e-token-0123456789abcdef';
let server: HttpServer;

beforeAll(async () => {
  server = await startHttp({
    args: ['--libvirt-uri', testDriverUri(libvirtd)],
    env: { LIBVIRT_MCP_TOKEN: TOKEN },
  });
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

function post(headers: Record<string, string>): Promise<Response> {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: initialize,
  });
}

describe('HTTP guards on the built server', () => {
  it('binds loopback and answers 401 without the token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const response = await post({});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
  });

  it('answers 403 to a foreign Origin, even with the token', async () => {
    const response = await post({ authorization: `Bearer ${TOKEN}`, origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect((await post({ authorization: `Bearer ${TOKEN}`, origin: 'http://localhost:6274' })).status).toBe(200);
  });

  it('serves /healthz, and /readyz once the default host is connected', async () => {
    const base = server.url.replace(/\/mcp$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    let ready: Response | undefined;
    for (let i = 0; i < 100; i++) {
      ready = await fetch(`${base}/readyz`);
      if (ready.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready?.status).toBe(200);
    expect(await ready?.json()).toEqual({ ready: true, hosts: [{ name: 'default', state: 'connected' }] });
  });
});

describe.each(['2025', '2026'] as const)('HTTP, %s-era client', (era) => {
  it('calls tools with the token', async () => {
    const client = newClient(era);
    await client.connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { authorization: `Bearer ${TOKEN}` } },
      }),
    );
    try {
      const tools = await client.listTools();
      expect(tools.tools.map((tool) => tool.name)).toContain('domain_list');
      const result = await client.callTool({ name: 'domain_list', arguments: {} });
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
      expect(JSON.stringify(result.structuredContent)).toContain('"test"');
      // A destructive call from a client that cannot confirm: refused by the default fallback.
      const destroy = await client.callTool({
        name: 'domain_destroy',
        arguments: { name: 'test' },
      });
      expect(destroy.isError).toBe(true);
      expect(JSON.stringify(destroy.content)).toMatch(/confirm_fallback is 'deny'/);
    } finally {
      await client.close();
    }
  });
});
