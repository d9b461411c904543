import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startStdio, testDriverUri, type StdioServer } from './spawn-server.js';

/*
 * The built bin over stdio, driven by the SDK's stdio client transport, against the real daemon's
 * test driver: both protocol eras, stdout carrying nothing but protocol, the audit line surviving
 * a SIGKILL right after the call returned, and a clean exit on SIGTERM.
 */

const libvirtd = inject('libvirtd');
const running: StdioServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.client.close().catch(() => undefined)));
});

async function start(era: '2025' | '2026', extraArgs: string[] = []): Promise<StdioServer> {
  const server = await startStdio({ era, args: ['--libvirt-uri', testDriverUri(libvirtd), ...extraArgs] });
  running.push(server);
  return server;
}

describe.each(['2025', '2026'] as const)('stdio, %s-era client', (era) => {
  it('lists the tools and calls host and domain tools on the test driver', async () => {
    const server = await start(era);
    const tools = await server.client.listTools();
    const names = tools.tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['host_list', 'host_info', 'domain_list', 'domain_destroy']));
    for (const tool of tools.tools) {
      expect(tool.inputSchema.properties, tool.name).toHaveProperty('host');
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
    }

    const hosts = await server.client.callTool({ name: 'host_list', arguments: {} });
    expect(hosts.isError, JSON.stringify(hosts.content)).toBeFalsy();
    expect(JSON.stringify(hosts.structuredContent)).toContain('default');

    const domains = await server.client.callTool({ name: 'domain_list', arguments: {} });
    expect(domains.isError, JSON.stringify(domains.content)).toBeFalsy();
    expect(JSON.stringify(domains.structuredContent)).toContain('"test"');
    expect(domains.content[0]).toMatchObject({ type: 'text' });

    const missing = await server.client.callTool({
      name: 'domain_get',
      arguments: { name: 'no-such-domain-e2e' },
    });
    expect(missing.isError).toBe(true);
    expect(JSON.stringify(missing.content)).toMatch(/no-such-domain-e2e/);
    expect(JSON.stringify(missing.content)).not.toMatch(/\n\s+at |\/work\/|node_modules/);

    // Everything the server logged went to stderr; stdout held only protocol (no client errors).
    expect(server.clientErrors).toEqual([]);
    expect(server.stderr()).toMatch(/"msg":"MCP server ready on stdio"/);
  });
});

describe('stdio process behaviour', () => {
  it('--read-only leaves only read-only tools', async () => {
    const server = await start('2025', ['--read-only']);
    const tools = await server.client.listTools();
    expect(tools.tools.length).toBeGreaterThan(0);
    for (const tool of tools.tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
  });

  it('has the audit line on disk when killed right after a call returned', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'mcp-audit-')), 'audit.jsonl');
    const server = await start('2025', ['--audit-file', auditFile]);
    const result = await server.client.callTool({ name: 'domain_list', arguments: {} });
    expect(result.isError).toBeFalsy();
    const pid = server.transport.pid;
    if (pid === null) throw new Error('no pid');
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid);
    const lines = readFileSync(auditFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      event: 'tool_call',
      tool: 'domain_list',
      operation: 'domain.list',
      host: 'default',
      outcome: 'ok',
      client: { name: 'e2e-2025', version: '1.0.0' },
      session: 'stdio',
    });
  });

  it('exits cleanly on SIGTERM', async () => {
    const server = await start('2026');
    await server.client.listTools();
    const pid = server.transport.pid;
    if (pid === null) throw new Error('no pid');
    process.kill(pid, 'SIGTERM');
    await waitForExit(pid);
    expect(server.stderr()).toMatch(/"msg":"shut down"/);
  });
});

async function waitForExit(pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`process ${pid} did not exit`);
}
