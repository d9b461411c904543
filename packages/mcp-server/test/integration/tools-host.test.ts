/** host_list, host_info and host_capabilities through the server, against the daemon's test driver. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hostList } from '../../src/tools/host/list.js';
import {
  callDirect,
  directContext,
  DirectHosts,
  startToolHarness,
  TEST_HOST,
  testDriverUri,
  type ToolHarness,
} from '../support/direct-host.js';

const libvirtd = inject('libvirtd');

describe('host tools on the test driver', () => {
  let harness: ToolHarness;

  beforeAll(async () => {
    harness = await startToolHarness(libvirtd);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('host_list shows the configured host, its state and a URI without server-side paths', async () => {
    await harness.connection(); // connect first, so the state is not idle
    const { structured, text } = await harness.ok('host_list');
    expect(structured).toEqual({
      total: 1,
      hosts: [
        {
          name: TEST_HOST,
          uri: 'test+unix:///default',
          default: true,
          state: 'connected',
          readOnly: false,
          since: expect.any(String) as unknown,
        },
      ],
    });
    expect(JSON.stringify(structured)).not.toContain(libvirtd.socket);
    expect(text).toBe(`1 host(s): ${TEST_HOST} (connected, default).`);
  });

  it('host_list lists every configured host from the host provider, default first, credentials removed', async () => {
    // Driven directly: the server passes its host provider as ctx.hosts.
    const hosts = new DirectHosts([
      { name: TEST_HOST, uri: testDriverUri(libvirtd.socket) },
      { name: 'far', uri: 'qemu+ssh://admin:hunter2@far.example/system?keyfile=/root/.ssh/id' },
    ]);
    try {
      const host = await hosts.get(TEST_HOST);
      const { structured, summary } = await callDirect(hostList, {}, directContext(host, { hosts }));
      expect(structured.hosts).toEqual([
        expect.objectContaining({ name: TEST_HOST, uri: 'test+unix:///default', default: true, state: 'connected' }),
        expect.objectContaining({
          name: 'far',
          uri: 'qemu+ssh://admin@far.example/system',
          default: false,
          state: 'idle',
        }),
      ]);
      expect(JSON.stringify(structured)).not.toMatch(/hunter2|keyfile/);
      expect(summary).toBe(`2 host(s): ${TEST_HOST} (connected, default), far (idle).`);
    } finally {
      await hosts.close();
    }
  });

  it('host_info reports versions, CPU and memory as the client API sees them', async () => {
    const conn = await harness.connection();
    const [node, lib, free] = await Promise.all([conn.host.info(), conn.host.libVersion(), conn.host.freeMemory()]);
    const { structured, text } = await harness.ok('host_info');
    expect(structured).toMatchObject({
      host: TEST_HOST,
      hostname: await conn.host.hostname(),
      uri: 'test+unix:///default',
      hypervisor: { type: 'TEST', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown },
      libvirtVersion: `${lib.major}.${lib.minor}.${lib.micro}`,
      cpu: {
        arch: node.model,
        cpus: node.cpus,
        mhz: node.mhz,
        numaNodes: node.nodes,
        socketsPerNode: node.sockets,
        coresPerSocket: node.cores,
        threadsPerCore: node.threads,
      },
      memoryTotalKiB: Number(node.memory),
      memoryFreeKiB: Number(free / 1024n),
    });
    expect(text).toContain(`Host '${TEST_HOST}'`);
    expect(text).toContain('TEST');
  });

  it('host_capabilities summarizes, and adds the raw XML only on request', async () => {
    const conn = await harness.connection();
    const raw = await conn.host.capabilities();
    const summary = await harness.ok('host_capabilities');
    expect(summary.structured.xml).toBeUndefined();
    expect(summary.structured.host.arch).toEqual(expect.any(String));
    expect(summary.structured.guests.length).toBeGreaterThan(0);
    expect(summary.structured.guests.flatMap((g: { domainTypes: string[] }) => g.domainTypes)).toContain('test');
    expect(summary.text).toMatch(/guests: .*\(test\)/);

    const full = await harness.ok('host_capabilities', { includeXml: true });
    expect(full.structured.xml).toBe(raw);
    const { xml, ...rest } = full.structured as { xml: string };
    expect(rest).toEqual(summary.structured);
    expect(xml.length).toBeGreaterThan(JSON.stringify(rest).length);
  });

  it('refuses arguments a tool does not declare', async () => {
    const result = await harness.call('host_info', { verbose: true });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('verbose');
  });
});
