/**
 * domain_list, domain_get, domain_get_xml and domain_stats through the server against the test
 * driver, including the target filter (hidden looks like missing) and secret handling in XML.
 */
import { randomUUID } from 'node:crypto';
import { DomainXMLFlags, type Domain } from '@libvirt-ts/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startToolHarness, type ToolHarness } from '../support/direct-host.js';

const libvirtd = inject('libvirtd');
const run = randomUUID().slice(0, 8);
const name = (suffix: string): string => `mcp-read-${run}-${suffix}`;

const DEVICES = `
  <disk type='file' device='disk'><driver name='test' type='raw'/><source file='/guest/disk.img'/><target dev='vda' bus='virtio'/></disk>
  <interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/><model type='virtio'/></interface>
  <graphics type='vnc' port='5901' autoport='no' passwd='vnc-s3cret'/>`;

function domainXml(domainName: string, devices = ''): string {
  return `<domain type='test'><name>${domainName}</name><title>T ${domainName}</title><memory unit='MiB'>128</memory><currentMemory unit='MiB'>64</currentMemory><vcpu current='1'>2</vcpu><os><type arch='x86_64'>hvm</type></os><devices>${devices}</devices></domain>`;
}

describe('domain read tools on the test driver', () => {
  let harness: ToolHarness;
  let filtered: ToolHarness;
  let secure: ToolHarness;
  const created: Domain[] = [];

  beforeAll(async () => {
    harness = await startToolHarness(libvirtd);
    filtered = await startToolHarness(libvirtd, { domains: { deny: [`mcp-read-${run}-hidden*`] } });
    secure = await startToolHarness(libvirtd, { security: { allow_secure_xml: true } });
    const conn = await harness.connection();
    const define = async (suffix: string, devices = ''): Promise<Domain> => {
      const dom = await conn.domains.define(domainXml(name(suffix), devices));
      created.push(dom);
      return dom;
    };
    await define('full', DEVICES);
    await (await define('running')).start();
    await define('hidden');
    for (const i of [1, 2, 3, 4, 5]) await define(`page-${i}`);
  });

  afterAll(async () => {
    for (const dom of created) {
      await dom.destroy().catch(() => undefined);
      await dom.undefine().catch(() => undefined);
    }
    await Promise.all([harness.close(), filtered.close(), secure.close()]);
  });

  describe('domain_list', () => {
    it('lists matching domains sorted by name with state, and the total', async () => {
      const { structured, text } = await harness.ok('domain_list', { name: `mcp-read-${run}-*` });
      expect(structured.total).toBe(8);
      expect(structured.domains.map((d: { name: string }) => d.name)).toEqual(
        ['full', 'hidden', 'page-1', 'page-2', 'page-3', 'page-4', 'page-5', 'running'].map(name),
      );
      expect(structured.domains[7]).toEqual({ name: name('running'), state: 'running' });
      expect(structured.domains[0]).toEqual({ name: name('full'), state: 'shutoff' });
      expect(structured.nextCursor).toBeUndefined();
      expect(text).toContain(`8 of 8 matching domains: ${name('full')} (shutoff)`);
    });

    it('pages with a cursor', async () => {
      const first = await harness.ok('domain_list', { name: `mcp-read-${run}-page-*`, limit: 2 });
      expect(first.structured.domains.map((d: { name: string }) => d.name)).toEqual([name('page-1'), name('page-2')]);
      const second = await harness.ok('domain_list', {
        name: `mcp-read-${run}-page-*`,
        limit: 2,
        cursor: first.structured.nextCursor,
      });
      expect(second.structured.domains.map((d: { name: string }) => d.name)).toEqual([name('page-3'), name('page-4')]);
      expect(second.structured.total).toBe(5);
      const bad = await harness.call('domain_list', { cursor: 'garbage' });
      expect(bad).toMatchObject({ isError: true, text: expect.stringContaining('invalid cursor') as unknown });
    });

    it('filters by state through libvirt and returns the fields asked for', async () => {
      const conn = await harness.connection();
      const running = await conn.domains.lookupByName(name('running'));
      const { structured } = await harness.ok('domain_list', {
        name: `mcp-read-${run}-*`,
        state: ['running'],
        fields: ['uuid', 'id', 'reason', 'persistent', 'autostart', 'vcpus', 'memoryKiB', 'maxMemoryKiB', 'cpuTimeNs'],
      });
      expect(structured.domains).toEqual([
        {
          name: name('running'),
          uuid: running.uuid,
          id: running.id,
          reason: 'booted',
          persistent: true,
          autostart: false,
          vcpus: 1,
          memoryKiB: 65536,
          maxMemoryKiB: 131072,
          // The test driver's CPU time is a clock reading past 2^53: a decimal string, never rounded.
          cpuTimeNs: expect.stringMatching(/^\d{17,}$/) as unknown,
        },
      ]);
      const shutoff = await harness.ok('domain_list', { name: `mcp-read-${run}-*`, state: ['shutoff'] });
      expect(shutoff.structured.total).toBe(7);
    });

    it('leaves out what the target filter hides', async () => {
      const { structured } = await filtered.ok('domain_list', { name: `mcp-read-${run}-*`, limit: 200 });
      expect(structured.total).toBe(7);
      expect(JSON.stringify(structured)).not.toContain('hidden');
    });
  });

  describe('domain_get', () => {
    it('describes state, resources, disks, NICs and graphics, without the VNC password', async () => {
      const conn = await harness.connection();
      const dom = await conn.domains.lookupByName(name('full'));
      const { structured, text } = await harness.ok('domain_get', { name: name('full') });
      expect(structured).toEqual({
        name: name('full'),
        uuid: dom.uuid,
        id: null,
        state: 'shutoff',
        reason: expect.any(String) as unknown,
        persistent: true,
        autostart: false,
        vcpus: 1,
        memoryKiB: 65536,
        maxMemoryKiB: 131072,
        cpuTimeNs: expect.stringMatching(/^\d+$/) as unknown,
        title: `T ${name('full')}`,
        osType: 'hvm',
        arch: 'x86_64',
        maxVcpus: 2,
        disks: [
          {
            target: 'vda',
            device: 'disk',
            type: 'file',
            bus: 'virtio',
            format: 'raw',
            source: '/guest/disk.img',
            readOnly: false,
          },
        ],
        nics: [
          {
            type: 'network',
            mac: '52:54:00:aa:bb:01',
            network: 'default',
            model: 'virtio',
            targetDevice: expect.any(String) as unknown, // the test driver names one even when shut off
          },
        ],
        graphics: [{ type: 'vnc', port: 5901, autoport: false }],
      });
      expect(JSON.stringify(structured)).not.toContain('s3cret');
      expect(text).toContain(`Domain '${name('full')}' is shutoff`);
    });

    it('finds a domain by UUID, either case', async () => {
      const conn = await harness.connection();
      const dom = await conn.domains.lookupByName(name('running'));
      const byUuid = await harness.ok('domain_get', { uuid: dom.uuid.toUpperCase() });
      expect(byUuid.structured).toMatchObject({
        name: name('running'),
        state: 'running',
        reason: 'booted',
        id: dom.id,
      });
    });

    it('wants exactly one of name and UUID, and a well-formed UUID', async () => {
      expect((await harness.call('domain_get', {})).isError).toBe(true);
      const both = await harness.call('domain_get', { name: 'x', uuid: randomUUID() });
      expect(both).toMatchObject({ isError: true, text: expect.stringContaining('exactly one') as unknown });
      expect((await harness.call('domain_get', { uuid: 'not-a-uuid' })).isError).toBe(true);
      expect((await harness.call('domain_get', { name: 'bad\nname' })).isError).toBe(true);
    });

    it('says "not found" for a hidden domain exactly as for a missing one, by name and by UUID', async () => {
      const conn = await harness.connection();
      const hidden = await conn.domains.lookupByName(name('hidden'));
      const missingName = name('missing');
      const missing = await filtered.call('domain_get', { name: missingName });
      const hiddenResult = await filtered.call('domain_get', { name: name('hidden') });
      expect(missing.isError).toBe(true);
      expect(hiddenResult.isError).toBe(true);
      expect(hiddenResult.text.replaceAll(name('hidden'), 'X')).toBe(missing.text.replaceAll(missingName, 'X'));

      const missingUuid = randomUUID();
      const byMissingUuid = await filtered.call('domain_get', { uuid: missingUuid });
      const byHiddenUuid = await filtered.call('domain_get', { uuid: hidden.uuid });
      expect(byHiddenUuid.isError).toBe(true);
      expect(byHiddenUuid.text.replaceAll(hidden.uuid, 'X')).toBe(byMissingUuid.text.replaceAll(missingUuid, 'X'));
      // Unfiltered, the same lookups succeed.
      expect((await harness.call('domain_get', { uuid: hidden.uuid })).isError).toBe(false);
    });
  });

  describe('domain_get_xml', () => {
    it('returns the XML without secrets by default', async () => {
      const conn = await harness.connection();
      const dom = await conn.domains.lookupByName(name('full'));
      const { structured, text } = await harness.ok('domain_get_xml', { name: name('full') });
      expect(structured).toMatchObject({ name: name('full'), inactive: false, secure: false, removed: [] });
      expect(structured.xml).toBe(await dom.xml());
      expect(structured.xml).toContain("<graphics type='vnc' port='5901'");
      expect(structured.xml).not.toContain('s3cret');
      expect(text).toContain('Current XML');
    });

    it('asked for secure XML without the policy allowing it, still leaves secrets out and says so', async () => {
      const { structured, text } = await harness.ok('domain_get_xml', { name: name('full'), secure: true });
      expect(structured.secure).toBe(false);
      expect(structured.xml).not.toContain('s3cret');
      expect(text).toContain('the server policy does not allow secure XML');
    });

    it('includes secure fields when the policy allows it and they are asked for', async () => {
      const withSecrets = await secure.ok('domain_get_xml', { name: name('full'), secure: true });
      expect(withSecrets.structured.secure).toBe(true);
      expect(withSecrets.structured.xml).toContain("passwd='vnc-s3cret'");
      const notAsked = await secure.ok('domain_get_xml', { name: name('full') });
      expect(notAsked.structured.xml).not.toContain('s3cret');
    });

    it('gives the persistent definition with inactive: true', async () => {
      const conn = await harness.connection();
      const dom = await conn.domains.lookupByName(name('running'));
      const { structured } = await harness.ok('domain_get_xml', { name: name('running'), inactive: true });
      expect(structured.inactive).toBe(true);
      expect(structured.xml).toBe(await dom.xml(DomainXMLFlags.Inactive));
    });

    it('hides filtered domains', async () => {
      const result = await filtered.call('domain_get_xml', { name: name('hidden') });
      expect(result).toMatchObject({ isError: true, text: expect.stringContaining('not found') as unknown });
    });
  });

  describe('domain_stats', () => {
    it('reads one domain from the all-domain-stats call', async () => {
      const { structured, text } = await harness.ok('domain_stats', { name: name('running') });
      expect(structured.total).toBe(1);
      // The 9.0 test driver reports the state group only; the grouping of the others is unit-tested.
      expect(structured.domains).toEqual([{ name: name('running'), state: 'running', reason: 'booted' }]);
      expect(text).toContain(`${name('running')}: running`);
    });

    it('pages through many domains, honouring the name pattern and the target filter', async () => {
      const first = await filtered.ok('domain_stats', { match: `mcp-read-${run}-*`, limit: 4, groups: ['cpu'] });
      expect(first.structured.total).toBe(7);
      expect(first.structured.domains.map((d: { name: string }) => d.name)).toEqual(
        ['full', 'page-1', 'page-2', 'page-3'].map(name),
      );
      const second = await filtered.ok('domain_stats', {
        match: `mcp-read-${run}-*`,
        limit: 4,
        groups: ['cpu'],
        cursor: first.structured.nextCursor,
      });
      expect(second.structured.domains.map((d: { name: string }) => d.name)).toEqual(
        ['page-4', 'page-5', 'running'].map(name),
      );
      expect(second.structured.nextCursor).toBeUndefined();
    });

    it('says "not found" for a missing or hidden domain', async () => {
      const hidden = await filtered.call('domain_stats', { name: name('hidden') });
      expect(hidden).toMatchObject({ isError: true, text: expect.stringContaining('not found') as unknown });
      const missing = await harness.call('domain_stats', { name: name('missing') });
      expect(missing.isError).toBe(true);
    });
  });
});
