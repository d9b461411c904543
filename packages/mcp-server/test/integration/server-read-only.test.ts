import { randomUUID } from 'node:crypto';
import { connect, LibvirtError, type Connection } from '@libvirt-ts/client';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/schema.js';
import { HostManager } from '../../src/hosts/host-manager.js';
import { policyView } from '../../src/policy/view.js';
import { mapError } from '../../src/server/errors.js';
import { domainSuspend } from '../../src/tools/domain/lifecycle.js';
import { allTools } from '../../src/tools/index.js';
import { startInProcess } from '../support/in-process.js';

/*
 * security.read_only end to end with the real tools, the real host manager and the real daemon:
 * write tools are not offered, and the connection itself is read-only, so even a write handler
 * called behind the server's back is refused by libvirtd.
 */

const libvirtd = inject('libvirtd');
const uri = `test+unix:///default?socket=${libvirtd.socket}`;
const name = `mcp-ro-${randomUUID().slice(0, 8)}`;
let config: Config;
let hosts: HostManager;
// Held open throughout: the test driver's default state lives only while a connection is open.
let admin: Connection;

beforeAll(async () => {
  admin = await connect(uri);
  const domain = await admin.domains.define(
    `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><os><type>hvm</type></os></domain>`,
  );
  await domain.start();
  config = configSchema.parse({ hosts: [{ name: 'lab', uri }], security: { read_only: true } });
  hosts = new HostManager(config.hosts, { readOnly: true, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await hosts.close();
  try {
    const domain = await admin.domains.lookupByName(name);
    await domain.destroy().catch(() => undefined);
    await domain.undefine();
  } finally {
    await admin.close();
  }
});

describe('read-only server', () => {
  it.each(['2025', '2026'] as const)('offers read-only tools only and serves them (%s)', async (era) => {
    const started = await startInProcess({ config, hosts, clientEra: era });
    try {
      const listed = await started.client.listTools();
      expect(listed.tools.map((tool) => tool.name)).toEqual(
        allTools.filter((tool) => tool.annotations.readOnlyHint).map((tool) => tool.name),
      );
      expect(listed.tools.map((tool) => tool.name)).not.toContain('domain_suspend');
      const got = await started.client.callTool({ name: 'domain_get', arguments: { name } });
      expect(got.isError, JSON.stringify(got.content)).toBeFalsy();
      await expect(started.client.callTool({ name: 'domain_suspend', arguments: { name } })).rejects.toThrow(
        /domain_suspend not found/,
      );
      // The refused call is audited too, with the policy's reason.
      expect(started.auditLines().map((line) => [line['tool'], line['outcome'], line['error_code']])).toEqual([
        ['domain_get', 'ok', undefined],
        ['domain_suspend', 'denied', 'operation_denied'],
      ]);
    } finally {
      await started.close();
    }
  });

  it('opens the connection read-only, so the daemon refuses a write handler called directly', async () => {
    const host = await hosts.get('lab');
    expect(host.readOnly).toBe(true);
    expect(host.connection.readOnly).toBe(true);
    const hostConfig = config.hosts[0]!;
    const error: unknown = await domainSuspend
      .handler(
        { name },
        {
          host,
          policy: policyView(hostConfig, config.security),
          signal: new AbortController().signal,
          progress: () => Promise.resolve(),
        },
      )
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).isDenied()).toBe(true);
    const mapped = mapError(error, 'lab');
    expect(mapped).toMatchObject({ outcome: 'denied', code: 'libvirt' });
    expect(mapped.message).toMatch(/^libvirt error VIR_ERR_OPERATION_DENIED on host 'lab': .*read only/);
    expect((await (await admin.domains.lookupByName(name)).state()).state).toBe('running');
  });
});
