import { afterEach, describe, expect, it } from 'vitest';
import { ErrorNumber } from '@libvirt-ts/client';
import { startInProcess, type InProcess } from '../support/in-process.js';
import { FakeHosts, fakeTools, libvirtError, testConfig, type FakeTools } from '../support/server-fakes.js';

/*
 * What a failing call shows the client (libvirt's meaning, nothing of ours) and what every call
 * leaves in the audit log.
 */

const open: InProcess[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((started) => started.close()));
});

async function start(era: '2025' | '2026' = '2025'): Promise<InProcess & { fakes: FakeTools }> {
  const fakes = fakeTools();
  const started = await startInProcess({
    config: testConfig(),
    hosts: new FakeHosts(['lab1', 'lab2']),
    tools: fakes.tools,
    clientEra: era,
    clientInfo: { name: 'audit-test-client', version: '4.5.6' },
  });
  open.push(started);
  return Object.assign(started, { fakes });
}

async function fail(started: InProcess & { fakes: FakeTools }, error: Error): Promise<string> {
  started.fakes.failures.push(error);
  const result = await started.client.callTool({ name: 'thing_fail', arguments: {} });
  expect(result.isError).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  return result.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

describe('error mapping', () => {
  it("keeps libvirt's meaning: code name, host and the daemon's message", async () => {
    const started = await start();
    const message = await fail(
      started,
      libvirtError(ErrorNumber.NoDomain, "Domain not found: no domain with matching name 'x'"),
    );
    expect(message).toBe(
      "libvirt error VIR_ERR_NO_DOMAIN on host 'lab1': Domain not found: no domain with matching name 'x'",
    );
    expect(started.auditLines()[0]).toMatchObject({
      outcome: 'error',
      error_code: 'libvirt',
      libvirt_error: { code: ErrorNumber.NoDomain, name: 'VIR_ERR_NO_DOMAIN', domain: 'VIR_FROM_QEMU' },
    });
  });

  it('marks the daemon’s refusals (read-only connection) as denied', async () => {
    const started = await start();
    const message = await fail(
      started,
      libvirtError(ErrorNumber.OperationDenied, 'operation forbidden: read only access prevents virDomainCreate'),
    );
    expect(message).toMatch(/^libvirt error VIR_ERR_OPERATION_DENIED on host 'lab1': operation forbidden: read only/);
    expect(started.auditLines()[0]).toMatchObject({ outcome: 'denied', error_code: 'libvirt' });
  });

  it('never shows a stack trace, a path of this machine or a credential', async () => {
    const started = await start();
    const thrown = new Error(
      'cannot read /etc/libvirt-mcp/token.txt for qemu+ssh://admin:hunter2@kvm1/system?keyfile=/root/.ssh/id&password=s3cret',
    );
    const message = await fail(started, thrown);
    expect(message).not.toMatch(/\/etc\/libvirt-mcp|hunter2|s3cret|\/root\/\.ssh|at .*\(.*:\d+:\d+\)/);
    expect(message).toContain('qemu+ssh://admin:[redacted]@kvm1/system');
  });

  it('hides programming errors behind a generic message', async () => {
    const started = await start();
    const message = await fail(
      started,
      new TypeError("Cannot read properties of undefined (reading 'x') at /work/src/a.ts:1"),
    );
    expect(message).toBe('Internal error while serving the call; see the server log.');
    expect(started.auditLines()[0]).toMatchObject({ error_code: 'internal' });
  });

  it('refuses output that breaks the tool’s own output schema', async () => {
    const started = await start();
    const result = await started.client.callTool({ name: 'thing_bad_output', arguments: {} });
    expect(result.isError).toBe(true);
    expect(started.auditLines()[0]).toMatchObject({ outcome: 'error', error_code: 'invalid_output' });
  });
});

describe('audit log', () => {
  it.each(['2025', '2026'] as const)('writes one complete line per call (%s-era client)', async (era) => {
    const started = await start(era);
    const result = await started.client.callTool({
      name: 'thing_get',
      arguments: { name: 'web-1', host: 'lab2' },
    });
    expect(result.structuredContent).toEqual({ name: 'web-1', host: 'lab2', state: 'running' });
    expect(result.content).toEqual([{ type: 'text', text: 'thing web-1 is running' }]);
    const lines = started.auditLines();
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({
      event: 'tool_call',
      client: {
        name: 'audit-test-client',
        version: '4.5.6',
      },
      session: 'in-process',
      tool: 'thing_get',
      operation: 'domain.get',
      host: 'lab2',
      target: { kind: 'domain', name: 'web-1' },
      arguments: { name: 'web-1' },
      outcome: 'ok',
    });
    const protocol = (line['client'] as { protocol: string }).protocol;
    expect(protocol).toMatch(era === '2026' ? /^2026-07-28$/ : /^2025-/);
    expect(new Date(line['time'] as string).toISOString()).toBe(line['time']);
    expect(typeof line['duration_ms']).toBe('number');
    expect(line).not.toHaveProperty('error_code');
  });

  it('writes a denied line for a call to a tool the policy removed, or to no tool at all', async () => {
    const fakes = fakeTools();
    const started = await startInProcess({
      config: testConfig({ security: { read_only: true } }),
      hosts: new FakeHosts(['lab1']),
      tools: fakes.tools,
      clientEra: '2025',
    });
    open.push(started);
    // The SDK answers these with a protocol error ("not found"), as for any tool it does not have.
    await expect(started.client.callTool({ name: 'thing_destroy', arguments: { name: 'web-1' } })).rejects.toThrow(
      /not found/,
    );
    await expect(
      started.client.callTool({ name: 'x'.repeat(500), arguments: { password: 'hunter2' } }),
    ).rejects.toThrow(/not found/);
    expect(fakes.calls).toEqual([]);
    const [first, second] = started.auditLines();
    expect(first).toMatchObject({
      tool: 'thing_destroy',
      operation: 'domain.destroy',
      outcome: 'denied',
      error_code: 'operation_denied',
      arguments: { name: 'web-1' },
    });
    expect(String(first?.['message'])).toMatch(/read_only/);
    expect(second).toMatchObject({
      tool: 'x'.repeat(128),
      operation: 'unknown',
      outcome: 'denied',
      error_code: 'unknown_tool',
    });
    expect(JSON.stringify(second)).not.toContain('hunter2');
  });

  it('redacts secrets in arguments, including inside libvirt XML', async () => {
    const started = await start();
    started.fakes.failures.push(new Error('refused'));
    await started.client.callTool({
      name: 'thing_fail',
      arguments: {
        password: 'hunter2',
        xml: "<domain><devices><graphics type='vnc' passwd='s3cret'/></devices></domain>",
      },
    });
    const line = JSON.stringify(started.auditLines()[0]);
    expect(line).not.toMatch(/hunter2|s3cret/);
    const args = started.auditLines()[0]?.['arguments'] as { password: string; xml: string };
    expect(args.password).toBe('[redacted]');
    expect(args.xml).toContain('passwd="[redacted]"');
  });
});
